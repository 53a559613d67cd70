"""The deterministic month-by-month projection (SPEC section 3) and the typical participant
(SPEC section 4).

Pure Python on purpose: a horizon is at most 120 months, the work is a few thousand additions,
and the app recomputes on every keystroke without paying numpy's import.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from . import terms as offer_terms
from .i18n import tr
from .model import Evaluation
from .plans import MonthState
from .terms import ProductMix, product_mix  # noqa: F401  (re-exported: their old home)

REVENUE_SOURCES = ("retail", "downline", "recruiting", "rank")
COST_CATEGORIES = ("fees", "purchases", "training", "other")
BREAK_EVEN_TOLERANCE = 1e-9  # cumulative sums of floats; 0 counts as even


@dataclass
class Projection:
    months: list[int]
    revenue: dict[str, list[float]]
    costs: dict[str, list[float]]
    net: list[float]
    cumulative_net: list[float]
    total_net: float
    break_even_month: int | None
    hourly: float | None
    recruitment_share: float | None
    # Extras for the screen, the red flags and the PDF (not part of the JSON contract's minimum).
    customers: list[float] = field(default_factory=list)
    downline_active: list[float] = field(default_factory=list)  # all levels, per month
    downline_joined: list[float] = field(default_factory=list)  # everyone who ever joined it, per month
    personal_recruits_active: list[float] = field(default_factory=list)  # a_1(m)
    own_purchase_volume: list[float] = field(default_factory=list)  # OV per month
    retail_volume: list[float] = field(default_factory=list)  # RV per month
    rank: list[str | None] = field(default_factory=list)
    by_component: dict[str, list[float]] = field(default_factory=dict)  # revenue per plan component

    @property
    def is_empty(self) -> bool:
        """No income and no cost in any month (a new, empty offer): it "breaks even in month 1"
        by the rule, which says nothing true, so the texts say that nothing is entered yet."""
        return not any(any(v) for v in self.revenue.values()) and not any(any(v) for v in self.costs.values())

    @property
    def total_revenue(self) -> dict[str, float]:
        return {k: sum(v) for k, v in self.revenue.items()}

    @property
    def total_costs(self) -> dict[str, float]:
        return {k: sum(v) for k, v in self.costs.items()}

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        return data


def downline_step(levels: list[float], total_members: float, recruits: float, rho_d: float,
                  d: float, i: int) -> tuple[list[float], float, float]:
    """One month of the downline recurrences (SPEC section 3), month index ``i`` (0-based):
    a_1(m) = rho_d a_1(m-1) + recruits, a_{l+1}(m) = rho_d a_{l+1}(m-1) + d a_l(m-1), and the whole
    downline T(m) = (rho_d + d) T(m-1) + recruits. Returns (levels, joined this month, T(m))."""
    tracked = len(levels)
    # a_{l+1}(m) uses a_l(m-1): update from the deepest level up, with last month's values.
    new_levels = [0.0] * tracked
    new_levels[0] = rho_d * levels[0] + recruits
    # Level l+1 can be non-zero only from month l+1 on, and only with downline recruiting.
    depth = min(i + 1, tracked) if d > 0 else 1
    for idx in range(1, depth):
        prev_upper = levels[idx - 1]
        own = levels[idx]
        if prev_upper == 0.0 and own == 0.0:
            continue
        new_levels[idx] = rho_d * own + d * prev_upper
    joined_new = recruits + d * total_members
    return new_levels, joined_new, (rho_d + d) * total_members + recruits


def project(evaluation: Evaluation) -> Projection:
    t = offer_terms.of(evaluation)
    a, offer, plan = evaluation.assumptions, t.offer, t.plan
    horizon = a.horizon_months
    rho_c = a.customer_retention_percent / 100
    rho_d = a.downline_retention_percent / 100
    volumes = t.downline  # per downline member per month (constant over time)
    mv = volumes.member

    months = list(range(1, horizon + 1))
    revenue = {k: [0.0] * horizon for k in REVENUE_SOURCES}
    by_component = {k.type: [0.0] * horizon for k in plan.kinds}
    costs = {k: [0.0] * horizon for k in COST_CATEGORIES}
    customers, downline_active, a1_series, ov_series, rv_series, ranks = [], [], [], [], [], []
    downline_joined: list[float] = []

    # Only the levels that are paid need tracking one by one; the whole downline follows
    # T(m) = (rho_d + d) * T(m-1) + recruits_per_month (sum the level recurrences over l: level
    # H+1 cannot be reached within H months, so nothing is cut off).
    d = a.downline_recruits_per_member_per_month
    tracked = max(1, min(horizon, plan.projection_depth()))
    levels = [0.0] * tracked  # a_l(m-1) for l = 1..tracked (index l-1)
    total_members = 0.0
    joined = 0.0  # everyone who ever joined the downline (a matrix's filled positions)
    history: list[list[float]] = []  # a_l of the months before (fast start's new members)
    # Each component's projection with its constants read once (exactly ``kind.project``).
    kinds = [(kind, kind.projector()) for kind in plan.kinds]
    c = 0.0
    for i, m in enumerate(months):
        c = rho_c * c + a.new_customers_per_month
        sales = c * a.customer_monthly_spend
        retail = offer.retail_income(sales)
        rv = t.mix.volume_of_sales(sales)
        ov = offer.own_purchase_volume(rv)

        recruits = t.recruits_in_month(m)  # recruits_per_month, or recruits_total spread (SPEC 8.3)
        levels, joined_new, total_members = downline_step(levels, total_members, recruits, rho_d, d, i)
        joined += joined_new

        group_volume = rv + ov + total_members * mv
        best = plan.paid_as(rv + ov, group_volume, levels[0])
        state = MonthState(month=m, levels=levels, downline=total_members,
                           recruits=recruits, volumes=volumes, rank=best,
                           personal_volume=rv + ov, personal_customer_volume=rv, joined=joined,
                           joined_new=joined_new, history=history, retention=rho_d)
        revenue["retail"][i] = retail
        paid: set[str] = set()
        for kind, project_kind in kinds:
            value = project_kind(state)
            by_component[kind.type][i] = value
            if kind.source in paid:
                revenue[kind.source][i] += value
            else:  # the first component of a source sets it (as it is: 0 stays 0 in the JSON)
                revenue[kind.source][i] = value
                paid.add(kind.source)
        for k, v in t.costs_for_month(m, ov, a.include_optional_training).items():
            costs[k][i] = v
        customers.append(c)
        downline_active.append(total_members)
        downline_joined.append(joined)
        history.append(levels)
        a1_series.append(levels[0])
        ov_series.append(ov)
        rv_series.append(rv)
        ranks.append(plan.rank_name(best))

    net = [sum(revenue[k][i] for k in REVENUE_SOURCES) - sum(costs[k][i] for k in COST_CATEGORIES)
           for i in range(horizon)]
    cumulative, running = [], 0.0
    for value in net:
        running += value
        cumulative.append(running)
    total_net = cumulative[-1]
    break_even = next((m for m, cum in zip(months, cumulative) if cum >= -BREAK_EVEN_TOLERANCE), None)
    hours = a.hours_per_week * 52 / 12 * horizon
    hourly = total_net / hours if a.hours_per_week > 0 else None
    if hourly is not None and not math.isfinite(hourly):  # hours so small they underflow
        hourly = None
    totals = {k: sum(v) for k, v in revenue.items()}
    total_revenue = sum(totals.values())
    recruitment_share = (
        (totals["downline"] + totals["recruiting"] + totals["rank"]) / total_revenue
        if total_revenue > 0 else None
    )
    return Projection(
        months=months, revenue=revenue, costs=costs, net=net, cumulative_net=cumulative,
        total_net=total_net, break_even_month=break_even, hourly=hourly,
        recruitment_share=recruitment_share, customers=customers, downline_active=downline_active,
        downline_joined=downline_joined,
        personal_recruits_active=a1_series, own_purchase_volume=ov_series, retail_volume=rv_series,
        rank=ranks, by_component=by_component,
    )


# ----------------------------------------------------------------------------------------------
# The typical participant (SPEC sections 4 and 9.1)
#
# The rules, in order:
# - Annual figures: the tiers' amounts are per ``period``; x1 (year), x12 (month), x52 (week).
# - Coverage: with ``basis: all`` the statement covers everyone (a null ``covered_percent`` is
#   100). Otherwise a stated ``covered_percent`` puts the tiers on an all-participants basis (each
#   share x covered / 100, a tier of 100 - covered earning 0 placed first); with none stated the
#   coverage is unknown: nobody can say what the typical participant gets, so the typical figures
#   are None (``coverage_unknown``) and ``covered_group_annual_gross`` is the same figure among
#   those the statement counts only.
# - The median tier is the first (lowest first) whose cumulative share reaches 50 - 1e-9; its
#   median, else its average, is the typical annual gross; 0 when half or more are paid nothing.
# - ``share_nothing_percent``: a stated one (of all participants; ``share_nothing_basis: covered``
#   is of the covered group: converted with a known coverage as (100 - c) + s c / 100, else a lower
#   bound); otherwise derived: a tier whose average is 0 counts whole, a tier whose median is 0 but
#   whose average is not counts half (at least half of it was paid nothing), the implied zero tier
#   whole. Without a known coverage the derived share is of the covered group: a lower bound.
# - Costs: section 3's with no customers, no recruits and no optional training; ``annual_costs``
#   = months 1-12 (one-offs in, the month-13 renewal out), ``later_annual_costs`` = months 13-24
#   (renewals in, one-offs out).

PERIOD_FACTORS: dict[str, int] = {"year": 1, "month": 12, "week": 52}


@dataclass
class AllParticipantsTier:
    name: str
    share_percent: float  # of ALL participants (of the covered group when coverage is unknown)
    annual: float  # the tier's median, else its average, per year (gross, before expenses)
    implied: bool = False  # the zero tier added for participants the statement leaves out
    average: float = 0.0  # per year
    median: float | None = None  # per year
    low: float | None = None  # per year: the tier's lowest figure, where published
    high: float | None = None  # per year: the tier's highest figure, where published


@dataclass
class MedianTier:
    """The tier that holds the median participant, in annual figures (SPEC 9.1). Where ``median``
    is None the typical figure is the tier's *average*: never call it a median."""

    name: str
    average: float
    median: float | None
    low: float | None
    high: float | None
    implied: bool = False  # the zero tier of participants the statement leaves out

    @property
    def figure_is_median(self) -> bool:
        return self.median is not None

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "average": self.average, "median": self.median,
                "low": self.low, "high": self.high, "implied": self.implied}


@dataclass
class Typical:
    # None when the coverage is unknown (SPEC 9.1): nobody can say what the typical one gets.
    median_annual_gross: float | None
    annual_costs: float  # months 1-12
    median_annual_net: float | None
    share_nothing_percent: float  # of all participants; a lower bound when flagged so
    cumulative_net: list[float] | None
    basis: str
    covered_percent: float | None  # None: not stated and not "all"
    median_tier: MedianTier | None  # of all participants; None when the coverage is unknown
    tiers: list[AllParticipantsTier]  # all-participants basis; the covered group's when unknown
    monthly_costs: list[float]  # the typical participant's costs per month, months 1..H
    gross_is_before_expenses: bool = True
    later_annual_costs: float = 0.0  # months 13-24: renewals in, one-off costs out
    later_annual_net: float | None = None
    period: str = "year"  # what the disclosure's amounts are per
    coverage_unknown: bool = False
    covered_group_annual_gross: float | None = None  # the section-4 figure among those counted
    covered_group_median_tier: MedianTier | None = None
    share_nothing_is_lower_bound: bool = False

    @property
    def known(self) -> bool:
        return self.median_annual_gross is not None

    @property
    def scaled_up(self) -> bool:
        """Annual figures scaled up from a monthly or weekly one (SPEC 8.2)."""
        return self.period != "year"

    @property
    def loses_money(self) -> bool:
        """Either year's net is negative (SPEC 9.1); False when unknown."""
        return ((self.median_annual_net is not None and self.median_annual_net < 0)
                or (self.later_annual_net is not None and self.later_annual_net < 0))

    def paid_nothing(self) -> "Typical":
        """The same participant paid nothing: what the verdict must be at least as severe as when
        the coverage is unknown (SPEC 9.1)."""
        months = len(self.monthly_costs)
        cum, running = [], 0.0
        for value in self.monthly_costs:
            running += value
            cum.append(-running)
        return replace(self, median_annual_gross=0.0, median_annual_net=-self.annual_costs,
                       later_annual_net=-self.later_annual_costs, cumulative_net=cum[:months],
                       share_nothing_percent=max(self.share_nothing_percent, 50.0),
                       coverage_unknown=False, share_nothing_is_lower_bound=False)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def scaled_up_note(period: str, lang: str) -> str:
    """The sentence every annual figure from a monthly or weekly disclosure carries (SPEC 8.2);
    "" for a yearly one."""
    if period == "month":
        return tr(lang, "Scaled up from a monthly figure (x 12), which overstates what one person gets in a year when people come and go.",
                  "Omgerekend van een maandbedrag (x 12); dat overschat wat één persoon in een jaar krijgt, omdat mensen komen en gaan.")
    if period == "week":
        return tr(lang, "Scaled up from a weekly figure (x 52), which overstates what one person gets in a year when people come and go.",
                  "Omgerekend van een weekbedrag (x 52); dat overschat wat één persoon in een jaar krijgt, omdat mensen komen en gaan.")
    return ""


def group_words(basis: str, lang: str) -> str:
    """Whom a figure "among those the statement counts" is about: "among earners", ..."""
    return {
        "earners": tr(lang, "among earners", "onder wie iets verdiende"),
        "active": tr(lang, "among active participants", "onder actieve deelnemers"),
    }.get(basis, tr(lang, "among those the statement counts", "onder wie de verklaring meetelt"))


def unknown_reason(typical: "Typical", lang: str) -> str:
    """Why the typical participant is unknown (SPEC 9.1), "" when known."""
    if typical.known:
        return ""
    who = {"earners": tr(lang, "only participants who earned something", "alleen deelnemers die iets verdienden"),
           "active": tr(lang, "only 'active' participants", "alleen 'actieve' deelnemers")}.get(
        typical.basis, tr(lang, "an unstated group of participants", "een niet vermelde groep deelnemers"))
    return tr(lang,
              f"Unknown: the disclosure counts {who} and does not say what share of all participants that is, so nobody can say what the typical participant gets.",
              f"Onbekend: de inkomensverklaring telt {who} en zegt niet welk deel van alle deelnemers dat is, dus niemand kan zeggen wat de gewone deelnemer krijgt.")


MEDIAN_TOLERANCE = 1e-9
LATER_YEAR = (13, 24)  # the months of "a later year" (SPEC 9.1)


@dataclass(frozen=True)
class _TierFigures:
    name: str
    share_percent: float
    average: float  # per period
    median: float | None
    low: float | None
    high: float | None


@dataclass(frozen=True)
class _DisclosureFigures:
    """The disclosure's figures the typical participant needs, read from the model in one place."""

    basis: str
    period: str
    covered_percent: float | None  # None: not stated (only possible when basis is not "all")
    share_nothing_percent: float | None
    share_nothing_basis: str  # "all" or "covered"
    tiers: tuple[_TierFigures, ...]

    @property
    def factor(self) -> int:
        return PERIOD_FACTORS[self.period]


def _figures(evaluation: Evaluation) -> _DisclosureFigures | None:
    """The one place that reads the disclosure's fields (format version 2, SPEC 8.2)."""
    d = evaluation.offer.disclosure
    if d is None:
        return None
    tiers = tuple(_TierFigures(t.name, t.share_percent, t.average, t.median, t.low, t.high)
                  for t in d.tiers)
    return _DisclosureFigures(basis=d.basis, period=d.period, covered_percent=d.covered_percent,
                              share_nothing_percent=d.share_nothing_percent,
                              share_nothing_basis=d.share_nothing_basis, tiers=tiers)


def _coverage(fig: _DisclosureFigures) -> float | None:
    """The share of all participants the tiers describe; None when unknown (SPEC 9.1)."""
    if fig.basis == "all":
        return 100.0 if fig.covered_percent is None else fig.covered_percent
    return fig.covered_percent


def _annual(value: float | None, factor: int) -> float | None:
    return None if value is None else value * factor


def _tiers_on_basis(fig: _DisclosureFigures, covered: float) -> list[AllParticipantsTier]:
    """The tiers with each share x covered / 100, after a zero tier of 100 - covered."""
    f = fig.factor
    out: list[AllParticipantsTier] = []
    if covered < 100:
        out.append(AllParticipantsTier("", 100 - covered, 0.0, implied=True, average=0.0,
                                       median=0.0, low=0.0, high=0.0))
    for t in fig.tiers:
        average = t.average * f
        median = _annual(t.median, f)
        out.append(AllParticipantsTier(t.name, t.share_percent * covered / 100,
                                       median if median is not None else average,
                                       average=average, median=median,
                                       low=_annual(t.low, f), high=_annual(t.high, f)))
    return out


def all_participants_tiers(evaluation: Evaluation) -> list[AllParticipantsTier]:
    """Put a disclosure's tiers on an all-participants basis (SPEC section 4); [] without a
    disclosure or when its coverage is unknown (SPEC 9.1: it cannot be put on that basis)."""
    fig = _figures(evaluation)
    if fig is None:
        return []
    covered = _coverage(fig)
    return [] if covered is None else _tiers_on_basis(fig, covered)


def covered_group_tiers(evaluation: Evaluation) -> list[AllParticipantsTier]:
    """The tiers as the statement gives them, of the group it counts, in annual figures."""
    fig = _figures(evaluation)
    return [] if fig is None else _tiers_on_basis(fig, 100.0)


def _median_tier(tiers: list[AllParticipantsTier]) -> AllParticipantsTier:
    cumulative = 0.0
    for tier in tiers:
        cumulative += tier.share_percent
        if cumulative >= 50 - MEDIAN_TOLERANCE:
            return tier
    return tiers[-1]


def _as_median_tier(tier: AllParticipantsTier) -> MedianTier:
    return MedianTier(tier.name, tier.average, tier.median, tier.low, tier.high, tier.implied)


def derived_share_nothing(tiers: list[AllParticipantsTier]) -> float:
    """SPEC 9.1's half rule: a tier whose average is 0 counts whole (the implied zero tier too),
    one whose median is 0 but whose average is not counts half."""
    total = 0.0
    for t in tiers:
        if t.implied or t.average == 0:
            total += t.share_percent
        elif t.median == 0:
            total += t.share_percent / 2
    return total


def _share_nothing(fig: _DisclosureFigures, covered: float | None,
                   tiers: list[AllParticipantsTier]) -> tuple[float, bool]:
    """(share of all participants paid nothing, whether it is only a lower bound)."""
    stated = fig.share_nothing_percent
    if stated is not None:
        if fig.share_nothing_basis == "all":
            return stated, False
        if covered is not None:  # of the covered group; the others were paid nothing
            return (100 - covered) + stated * covered / 100, False
        return stated, True  # at least this many of everyone: the others can only add to it
    return derived_share_nothing(tiers), covered is None


def typical_costs(evaluation: Evaluation, months: int) -> list[float]:
    """Section 3 costs with no customers, no recruits and no optional training."""
    t = offer_terms.of(evaluation)
    own_volume = max(0.0, t.offer.monthly_volume)
    return [sum(t.costs_for_month(m, own_volume, include_optional=False).values())
            for m in range(1, months + 1)]


def typical(evaluation: Evaluation) -> Typical | None:
    fig = _figures(evaluation)
    if fig is None:
        return None
    covered = _coverage(fig)
    group = _tiers_on_basis(fig, 100.0)
    tiers = group if covered is None else _tiers_on_basis(fig, covered)
    share_nothing, lower_bound = _share_nothing(fig, covered, tiers)

    horizon = evaluation.assumptions.horizon_months
    first, last = LATER_YEAR
    monthly = typical_costs(evaluation, max(horizon, last))
    annual_costs = sum(monthly[:12])
    later_costs = sum(monthly[first - 1:last])

    group_tier = _median_tier(group)
    group_gross = group_tier.annual
    if fig.basis == "all" or covered is not None:
        median_tier: MedianTier | None = _as_median_tier(_median_tier(tiers))
        gross: float | None = _median_tier(tiers).annual
        if share_nothing >= 50 - MEDIAN_TOLERANCE and not lower_bound:
            gross = 0.0
    else:
        median_tier, gross = None, None

    cumulative_net: list[float] | None = None
    if gross is not None:
        cumulative_net, running = [], 0.0
        for m, value in enumerate(monthly[:horizon], start=1):
            running += value
            cumulative_net.append(gross / 12 * m - running)
    return Typical(
        median_annual_gross=gross,
        annual_costs=annual_costs,
        median_annual_net=None if gross is None else gross - annual_costs,
        share_nothing_percent=share_nothing,
        cumulative_net=cumulative_net,
        basis=fig.basis,
        covered_percent=covered,
        median_tier=median_tier,
        tiers=tiers,
        monthly_costs=monthly[:horizon],
        later_annual_costs=later_costs,
        later_annual_net=None if gross is None else gross - later_costs,
        period=fig.period,
        coverage_unknown=covered is None,
        covered_group_annual_gross=None if fig.basis == "all" else group_gross,
        covered_group_median_tier=None if fig.basis == "all" else _as_median_tier(group_tier),
        share_nothing_is_lower_bound=lower_bound,
    )


# ----------------------------------------------------------------------------------------------
# The break-even search's fast path
#
# The break-even solver (breakeven.py) asks for ``project(evaluation with one assumption = x)
# .total_net`` a dozen or two times per keystroke. ``total_net_of`` gives the same number — the
# same floating-point operations in the same order, so bit for bit the same — without the
# per-month lists and objects, and with the part that does not depend on x computed once: the
# outside customers, retail income and costs when the recruits vary, the downline when the
# customers vary. Each component runs as its ``Kind.projector`` (its constants read once), and
# when the customers vary and no component reads your own volume, a month's component income at
# a rank is computed once for the whole search. When the recruits vary, a plan of unilevel, fast
# start, matching (on one unilevel), stairstep, recruit and rank bonuses runs over numpy arrays,
# every month at once, once numpy is loaded (projection_vec.py). tests/core/test_breakeven_fast.py,
# tests/core/test_core_fig_vector.py and tests/core/test_projection_speed.py hold it to
# ``project`` and the components exactly.

SOLVED_INPUTS = ("new_customers_per_month", "recruits_per_month", "recruits_total")


def total_net_of(evaluation: Evaluation, varied: str,
                 fees_apart: str | None = None) -> Callable[[float], float]:
    """``lambda x: project(evaluation with assumptions.<varied> = x).total_net``, faster.

    ``varied`` is one of SOLVED_INPUTS. ``recruits_total`` spreads x over the first 12 months (or
    the horizon) as SPEC 8.3 does; ``recruits_per_month`` takes effect only when no
    ``recruits_total`` is given (as in the projection).

    ``fees_apart``: the document's JSON without its fees (``breakeven`` makes it), under which
    what the customers search computes from the plan alone is kept for the next document that
    differs in its fees only (typing a monthly fee): fees are costs, and no plan component reads
    them. None keeps nothing."""
    if varied not in SOLVED_INPUTS:
        raise ValueError(f"cannot solve for {varied}")
    t = offer_terms.of(evaluation)
    a, offer, plan = evaluation.assumptions, t.offer, t.plan
    horizon = a.horizon_months
    rho_c = a.customer_retention_percent / 100
    rho_d = a.downline_retention_percent / 100
    volumes = t.downline
    mv = volumes.member
    d = a.downline_recruits_per_member_per_month
    tracked = max(1, min(horizon, plan.projection_depth()))
    include_optional = a.include_optional_training
    other = a.other_expenses_per_month

    # What a month costs apart from the own purchases does not depend on the customers.
    fees = [offer.fee(m) for m in range(1, horizon + 1)]
    trainings = [offer.training_cost(m, include_optional) for m in range(1, horizon + 1)]
    spend = a.customer_monthly_spend
    retail_income, volume_of_sales = offer.retail_income, t.mix.volume_of_sales
    own_purchase_volume, purchases = offer.own_purchase_volume, t.purchases

    def recruits_for(x: float) -> list[float]:
        return _recruits_for(evaluation, varied, x)

    def customers_for(new: float) -> list[tuple[float, float, float, float]]:
        """(retail, rv, ov, costs) per month for ``new`` customers a month."""
        out: list[tuple[float, float, float, float]] = []
        c = 0.0
        for i in range(horizon):
            c = rho_c * c + new
            sales = c * spend
            retail = retail_income(sales)
            rv = volume_of_sales(sales)
            ov = own_purchase_volume(rv)
            cost: float = 0
            for v in (fees[i], purchases(ov), trainings[i], other):
                cost += v
            out.append((retail, rv, ov, cost))
        return out

    def downline_for(recruits_by_month: list[float]) -> list[tuple[float, list[float], float, float, float]]:
        return _downline_months(recruits_by_month, tracked, rho_d, d)

    # The components with their constants read once (``Kind.projector``), each with the index
    # of its source in REVENUE_SOURCES and whether it is the first of that source in plan order
    # (the first sets the source's revenue, as it is, the others add to it: as in project()).
    seen: set[str] = set()
    projectors: list[tuple[Callable[[MonthState], float], int, bool]] = []
    for kind in plan.kinds:
        projectors.append((kind.projector(), REVENUE_SOURCES.index(kind.source), kind.source not in seen))
        seen.add(kind.source)
    # Varying the outside customers changes only your own volume and your rank: when no
    # component reads your own volume, a month's component income at a rank is computed once.
    memo: dict[tuple[int, int], list[float]] | None = (
        {} if varied == "new_customers_per_month"
        and not any(kind.reads_own_volume for kind in plan.kinds) else None)
    paid_as = plan.paid_as

    def components(state: MonthState, retail: float) -> list[float]:
        revenue = [retail, 0.0, 0.0, 0.0]
        for project_kind, source, first in projectors:
            value = project_kind(state)
            if first:
                revenue[source] = value
            else:
                revenue[source] += value
        return revenue

    def total(months_c: list[tuple[float, float, float, float]],
              months_d: list[tuple[float, list[float], float, float, float]]) -> float:
        running = 0.0
        history: list[list[float]] = []  # grows as in project(): the months before this one
        for i in range(horizon):
            retail, rv, ov, cost = months_c[i]
            recruits, levels, total_members, joined, joined_new = months_d[i]
            group_volume = rv + ov + total_members * mv
            best = paid_as(rv + ov, group_volume, levels[0])
            if memo is None:
                revenue = components(MonthState(i + 1, levels, total_members, recruits, volumes,
                                                best, rv + ov, rv, joined, joined_new, history,
                                                rho_d), retail)
            else:
                key = (i, id(best))
                found = memo.get(key)
                if found is None:
                    found = memo[key] = components(
                        MonthState(i + 1, levels, total_members, recruits, volumes, best,
                                   rv + ov, rv, joined, joined_new, history, rho_d), 0.0)
                revenue = [retail, found[1], found[2], found[3]]
            income: float = 0  # as sum(): 0 + retail + downline + recruiting + rank
            for value in revenue:
                income += value
            running += income - cost
            history.append(levels)
        return running

    if varied == "new_customers_per_month":
        fixed_d = downline_for(list(t.recruits))
        if memo is not None and horizon >= VECTOR_FROM:
            from .projection_vec import vector_customers

            all_levels = [month[1] for month in fixed_d]

            def components_at(i: int, best: Any, rv: float, ov: float) -> list[float]:
                """The memo's entry for month i at rank ``best`` (as ``total`` computes it)."""
                recruits, levels, total_members, joined, joined_new = fixed_d[i]
                return components(MonthState(i + 1, levels, total_members, recruits, volumes,
                                             best, rv + ov, rv, joined, joined_new,
                                             all_levels[:i], rho_d), 0.0)

            kept = None
            if fees_apart is not None and not t.offer.custom_plan:
                kept = _PLAN_PARTS.get(fees_apart)
                if kept is None:
                    kept = _PLAN_PARTS[fees_apart] = {}
                    while len(_PLAN_PARTS) > PLAN_PARTS_KEPT:
                        _PLAN_PARTS.popitem(last=False)
                else:
                    _PLAN_PARTS.move_to_end(fees_apart)
            vector = vector_customers(horizon, rho_c, spend, offer, t.mix, t.offer.mix,
                                      t.purchase_factor, fees, trainings, other,
                                      list(plan.ranks), mv, fixed_d, components_at, kept)
            if vector is not None:
                return vector
        return lambda x: total(customers_for(x), fixed_d)
    fixed_c = customers_for(a.new_customers_per_month)
    if horizon >= VECTOR_FROM:
        from .projection_vec import vector_total

        vector = vector_total(plan, volumes, tracked, rho_d, fixed_c, recruits_for, d)
        if vector is not None:
            return vector
    return lambda x: total(fixed_c, downline_for(recruits_for(x)))


# The customers search's table of component income per (rank, month), per document apart from
# its fees (``total_net_of``'s ``fees_apart``): a few documents, as the break-even answers.
PLAN_PARTS_KEPT = 8
_PLAN_PARTS: "OrderedDict[str, dict[str, Any]]" = OrderedDict()


# The recruits search runs over numpy arrays (projection_vec.py, the same bits) from this
# horizon on: always (it is quicker even at 12 months); the tests set it higher to compare it with
# the month-by-month path.
VECTOR_FROM = 1


def _recruits_for(evaluation: Evaluation, varied: str, x: float) -> list[float]:
    """Your personal recruits in months 1..H of ``evaluation`` with ``assumptions.<varied> = x``
    (exactly ``terms.recruits_schedule`` of that copy)."""
    t = offer_terms.of(evaluation)
    a = evaluation.assumptions
    horizon = a.horizon_months
    if varied == "recruits_total":
        spread = min(offer_terms.RECRUITS_TOTAL_MONTHS, horizon)
        per = x / spread
        return [per if m <= spread else 0.0 for m in range(1, horizon + 1)]
    if varied == "recruits_per_month" and a.recruits_total is None:
        return [x] * horizon
    return list(t.recruits)


def _downline_months(recruits_by_month: list[float], tracked: int, rho_d: float, d: float
                     ) -> list[tuple[float, list[float], float, float, float]]:
    """(recruits, levels, total_members, joined, joined_new) per month, as project() steps them."""
    out: list[tuple[float, list[float], float, float, float]] = []
    levels = [0.0] * tracked
    total_members = 0.0
    joined = 0.0
    for i, recruits in enumerate(recruits_by_month):
        levels, joined_new, total_members = downline_step(levels, total_members, recruits, rho_d, d, i)
        joined += joined_new
        out.append((recruits, levels, total_members, joined, joined_new))
    return out


def downline_at_horizon(evaluation: Evaluation, varied: str, x: float) -> tuple[float, float]:
    """``(personal_recruits_active[-1], downline_active[-1])`` of ``project(evaluation with
    assumptions.<varied> = x)``: your active personal recruits and whole active downline at the
    horizon, from the same downline steps without the rest of the projection (what the break-even
    search reports beside its answer)."""
    if varied not in SOLVED_INPUTS:
        raise ValueError(f"cannot solve for {varied}")
    a = evaluation.assumptions
    tracked = max(1, min(a.horizon_months, offer_terms.of(evaluation).plan.projection_depth()))
    months = _downline_months(_recruits_for(evaluation, varied, x), tracked,
                              a.downline_retention_percent / 100,
                              a.downline_recruits_per_member_per_month)
    _, levels, total_members, _, _ = months[-1]
    return levels[0], total_members
