"""Decision aids a person asks for before joining (SPEC section 12): the exit ledger, the upline
table, the claim check and the sensitivity of your net to each assumption.

Everything here is computed on the deterministic projection (``projection.project``, SPEC section
3) and the disclosure put on an all-participants basis (``projection.all_participants_tiers``,
SPEC section 4); nothing is copied from them. Each aid has a typed result and a ``*_json``
function returning plain JSON-ready data for ``analyze --json``, the app and the PDF. The
upline table runs section 10's exact payout engine (imported when first used: numpy) on the chain
you → your sponsor → ….

Definitions and their reasons are in ``docs/decision-aids.md``; in short:

- **Exit ledger**: stop after 3, 6 and 12 months and at the horizon (those ≤ H). ``paid`` and
  ``received`` are the sums of section 3's costs and revenue over months 1..month. ``back`` is
  what comes back when you stop: the buyback of unsold stock and a withdrawal within the
  cooling-off period. *Unsold stock* is the initial inventory (``requirements.initial_inventory``):
  the projection never sells it (retail sales are to customers' orders), so all of it is unsold.
  It is bought back at ``buyback_percent`` when the stop falls within ``buyback_days`` of the
  purchase at the start. A *withdrawal* within ``cooling_off_days`` refunds what was paid to join:
  the sign-up fee and the starter kit (the stock is a separate order and falls under the buyback).
  A stop after m months is day 30 × m (a commercial month of 30 days, so that a 90-day term covers
  a stop after 3 months and a 365-day term one after 12). ``net`` = received − paid + back.
- **Claim check**: what it takes for your income in month M (``after_months``, else the horizon
  H) to reach the recruiter's claimed monthly income. Income is revenue before costs, the way
  recruiters and income disclosures state it (your costs come on top). Three levers, each alone
  with everything else as entered: new customers a month, personal recruits a month, and your
  downline's own recruiting (the active downline at month M that it takes is reported). Each is
  the smallest value found by bisection on the projection, or null when no value up to the
  field's limit reaches the claim. ``share_earning_at_least_percent`` sums the all-participants
  tier shares whose annual figure (median, else average) is at least 12 × the claim.
- **Upline table**: what your own purchases and sales in month H pay each level above you, by
  component: the engine's pay of each upline with your volume minus its pay with your volume at
  0, every upline active at the lowest rank that pays, you qualified by your own volume.
- **Sensitivity**: for each numeric assumption with a non-zero value, ``total_net`` with that
  assumption at half (``low``) and at 1.5 times (``high``) its value, clamped to the field's
  limits from the model and rounded for whole-number fields; ``base`` = ``total_net``; ``swing``
  = |high − low|; sorted by swing, largest first (ties keep the model's field order).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import Any

from . import terms as offer_terms
from .model import Assumptions, Evaluation
from .projection import Projection, all_participants_tiers, project

# The stops of the exit ledger, in months (SPEC 12); the horizon is added.
EXIT_MONTHS = (3, 6, 12)
DAYS_PER_MONTH = 30  # a commercial month: a 90-day term covers a stop after 3 months

# Bisection: the search stops when the bracket is this narrow (customers, recruits or recruits
# per downline member a month: shown to two decimals at most, so a millionth is plenty).
BISECTION_TOLERANCE = 1e-6
BISECTION_MAX_STEPS = 200
TOLERANCE = 1e-9  # sums of floats: an income a billionth short of the claim reaches it


def _with(evaluation: Evaluation, **changes: float) -> Evaluation:
    """The evaluation with some assumptions changed (not re-validated: values stay in range)."""
    assumptions = evaluation.assumptions.model_copy(update=changes)
    return evaluation.model_copy(update={"assumptions": assumptions})


def _total_costs(projection: Projection, i: int) -> float:
    return sum(values[i] for values in projection.costs.values())


def _total_revenue(projection: Projection, i: int) -> float:
    return sum(values[i] for values in projection.revenue.values())


def income_in_month(evaluation: Evaluation, month: int) -> float:
    """Your income (revenue, before costs) in ``month`` as entered: projected over months 1..M
    only, as the claim check does (a ``recruits_total`` is spread over those months)."""
    return _total_revenue(project(_with(evaluation, horizon_months=month)), month - 1)


# ----------------------------------------------------------------------------------------------
# Exit ledger


@dataclass
class ExitRow:
    month: int
    paid: float  # costs over months 1..month
    received: float  # revenue over months 1..month
    back: float  # buyback + withdrawal
    net: float  # received - paid + back
    buyback: float  # part of back: unsold stock bought back
    withdrawal: float  # part of back: sign-up and starter kit refunded within the cooling-off period


def exit_months(horizon: int) -> list[int]:
    """3, 6, 12 and H, those ≤ H, each once, in order."""
    return sorted({m for m in EXIT_MONTHS if m <= horizon} | {horizon})


def exit_ledger(evaluation: Evaluation, projection: Projection | None = None) -> list[ExitRow]:
    projection = projection or project(evaluation)
    offer = evaluation.offer
    req, fees = offer.requirements, offer.fees
    rows: list[ExitRow] = []
    paid = received = 0.0
    stops = set(exit_months(evaluation.assumptions.horizon_months))
    for i, month in enumerate(projection.months):
        paid += _total_costs(projection, i)
        received += _total_revenue(projection, i)
        if month not in stops:
            continue
        day = DAYS_PER_MONTH * month
        buyback = 0.0
        if req.buyback_percent is not None and req.buyback_days >= day:
            buyback = req.initial_inventory * req.buyback_percent / 100
        withdrawal = fees.signup + fees.starter_kit if req.cooling_off_days >= day else 0.0
        back = buyback + withdrawal
        rows.append(ExitRow(month=month, paid=paid, received=received, back=back,
                            net=received - paid + back, buyback=buyback, withdrawal=withdrawal))
    return rows


def exit_json(rows: list[ExitRow]) -> list[dict[str, Any]]:
    return [asdict(r) for r in rows]


# ----------------------------------------------------------------------------------------------
# Upline table


@dataclass
class UplineLevel:
    level: int  # 1 = your sponsor, 2 = your sponsor's sponsor, ...
    total: float
    by_component: dict[str, float]  # every component of the plan, 0 included
    joining_bonus: float = 0.0  # extra: the recruit bonus this level gets once, when you join


@dataclass
class UplineTable:
    month: int  # the month whose purchases and sales are paid on (the horizon H)
    volume: float  # your commissionable volume that month: own purchases plus sales
    customer_volume: float  # the part from outside customers
    upline_rank: str | None  # the rank every upline is given: the lowest that pays
    your_rank: str | None  # what your own volume qualifies you for (SPEC 8.1)
    levels: list[UplineLevel]  # empty when the plan has no components
    # Extra: a binary pays on the weaker leg, so your volume alone pays no one on the chain; this
    # is what each upline can earn on it when their other leg matches it (None: no binary).
    binary_if_matched: float | None = None

    @property
    def total(self) -> float:
        return sum(level.total for level in self.levels)

    @property
    def joining_total(self) -> float:
        return sum(level.joining_bonus for level in self.levels)


def payout_plan(evaluation: Evaluation) -> Any:
    """The offer's version-2 ``PayoutPlan`` (a version-1 file is upgraded on load, SPEC 8.4)."""
    return evaluation.offer.payout


def _pays_at(plan: Any, index: int) -> bool:
    """Whether an upline at rank ``index`` can earn on a downline's volume under some component
    (a rank bonus is not paid on anyone's volume; components without rank rates pay any rank)."""
    name = plan.ranks[index].name
    for comp in plan.components:
        if comp.type == "unilevel":
            if any(comp.levels) and (not comp.depth_by_rank or comp.depth_by_rank.get(name, 0) > 0):
                return True
        elif comp.type == "stairstep":
            if comp.percent_by_rank.get(name, 0) > 0:
                return True
        elif comp.type == "matching":
            lowest = plan.rank_index()[comp.min_rank] if comp.min_rank is not None else 0
            if any(comp.percents) and index >= lowest:
                return True
        elif comp.type != "rank_bonus":
            return True
    return False


def _chain_depth(plan: Any) -> int:
    """How many levels above you the plan can pay on your volume (at least 1)."""
    depth = 1
    for comp in plan.components:
        if comp.type in ("unilevel", "matrix"):
            depth = max(depth, len(comp.levels))
        elif comp.type == "fast_start":
            depth = max(depth, len(comp.percents))
        elif comp.type == "recruit_bonus":
            depth = max(depth, len(comp.amounts))
        elif comp.type == "stairstep":
            depth = max(depth, 1 + len(comp.generation_percents))
    matching = plan.component("matching")
    if matching is not None:
        depth += len(matching.percents)
    return depth


def upline_table(evaluation: Evaluation, projection: Projection | None = None) -> UplineTable:
    """What your own purchases and sales in month H pay each level of your upline (SPEC 12):
    :func:`upline_for_plan` with your month-H volume from the projection (own purchases plus
    sales to customers, RV + OV; the customer part RV)."""
    projection = projection or project(evaluation)
    month = len(projection.months)
    customer = projection.retail_volume[month - 1] if projection.retail_volume else 0.0
    own = projection.own_purchase_volume[month - 1] if projection.own_purchase_volume else 0.0
    return upline_for_plan(payout_plan(evaluation), month, customer + own, customer)


def upline_for_plan(plan: Any, month: int, volume: float, customer_volume: float) -> UplineTable:
    """The upline table of a version-2 ``PayoutPlan`` for your ``volume`` in ``month``.

    Section 10's engine runs on the chain top → … → your sponsor → you: every upline active at
    the lowest rank that pays, with no volume of their own; you with your volume, joined
    ``month`` − 1 months before, qualified by your own volume (SPEC 8.1). What a level earns
    from you is its pay with your volume minus its pay with your volume at 0, so a rank bonus
    (paid whatever you buy) is not counted. The recruit bonus your joining pays is reported
    apart (``joining_bonus``), from the same chain with you joining this period."""
    from .payout.engine import compute
    from .payout.network import NO_RANK, Network

    depth = _chain_depth(plan) if plan.components else 0  # index 0 is the top, ``depth`` you
    upline_rank = next((r for r in range(len(plan.ranks)) if _pays_at(plan, r)),
                       0 if plan.ranks else NO_RANK)
    ranks = [upline_rank] * depth + [NO_RANK]
    sponsor = list(range(-1, depth))

    def run(vol: float, cust: float, since_join: int) -> Any:
        net = Network.build(sponsor=sponsor, volume=[0.0] * depth + [vol],
                            customer_volume=[0.0] * depth + [cust], rank=ranks,
                            months_since_join=[99] * depth + [since_join])
        return compute(plan, net)

    with_you = run(volume, customer_volume, month - 1)
    without = run(0.0, 0.0, month - 1)
    joining = run(volume, customer_volume, 0).by_component.get("recruit_bonus")
    levels = []
    for level in range(1, depth + 1):
        member = depth - level
        by_component = {t: float(with_you.by_component[t][member] - without.by_component[t][member])
                        for t in with_you.by_component}
        levels.append(UplineLevel(
            level=level, total=sum(by_component.values()), by_component=by_component,
            joining_bonus=float(joining[member]) if joining is not None else 0.0))
    names = [r.name for r in plan.ranks]
    you = int(with_you.rank[depth])
    binary = plan.component("binary")
    matched = None
    if binary is not None:
        basis = customer_volume if binary.basis == "customer_volume" else volume
        matched = binary.percent / 100 * basis
        if binary.monthly_cap is not None:
            matched = min(matched, binary.monthly_cap)
    return UplineTable(month=month, volume=volume, customer_volume=customer_volume,
                       upline_rank=names[upline_rank] if upline_rank >= 0 else None,
                       your_rank=names[you] if you >= 0 else None, levels=levels,
                       binary_if_matched=matched)


def upline_json(table: UplineTable) -> dict[str, Any]:
    data = asdict(table)
    data["total"] = table.total
    data["joining_total"] = table.joining_total
    return data


# ----------------------------------------------------------------------------------------------
# Claim check


@dataclass
class ClaimCheck:
    claimed_monthly_income: float
    after_months: int  # the month M by which the claim is to be earned
    customers_per_month_needed: float | None
    recruits_per_month_needed: float | None
    active_downline_needed: float | None  # active downline at month M (all levels)
    share_earning_at_least_percent: float | None  # of all participants; None: no disclosure
    # Extras for the screen and the PDF.
    downline_recruits_per_member_needed: float | None = None  # the lever behind active_downline_needed
    income_in_month: float = 0.0  # your income (revenue) in month M as entered
    reached_as_entered: bool = False
    # which lever built active_downline_needed: "downline_recruits" (your downline's recruiting,
    # the rest as entered), "recruits" (your own recruits_per_month_needed, when the downline's
    # recruiting pays nothing) or "" (none reaches the claim)
    active_downline_from: str = ""
    # of all participants, at most this many can earn the claim: share_earning_at_least_percent
    # plus, in each tier below it, the most its average allows (earnings are never negative, so
    # at most average / (12 x claim) of a tier reach 12 x claim: Markov's inequality), 0 where the
    # tier's published highest figure is below it. None: no disclosure.
    share_at_most_percent: float | None = None


def _bisect(f: Callable[[float], float], cap: float) -> float | None:
    """Smallest x in [0, cap] with f(x) ≥ 0 for a non-decreasing f (to BISECTION_TOLERANCE, never
    below the threshold); None when f(cap) < 0.

    A bisection keeping f(lo) < 0 ≤ f(hi), sped up where the income is linear in the lever (it is,
    between rank steps and the volume kink): every other step tries the linear interpolation and
    probes just either side of it, which closes the bracket at once on a linear piece; the steps in
    between halve the bracket, so it never does worse than about twice plain bisection.
    """
    f_lo = f(0.0)
    if f_lo >= -TOLERANCE:
        return 0.0
    lo, hi = 0.0, min(1.0, cap)
    while (f_hi := f(hi)) < -TOLERANCE:  # bracket by doubling: most answers are small
        if hi >= cap:
            return None
        lo, f_lo, hi = hi, f_hi, min(hi * 2, cap)
    for step in range(BISECTION_MAX_STEPS):
        width = hi - lo
        tol = BISECTION_TOLERANCE * max(1.0, hi)
        if width <= tol:
            break
        guesses = [lo + width / 2]
        if step % 2 == 0 and f_hi > f_lo:
            root = lo + width * (-f_lo) / (f_hi - f_lo)
            guesses = [x for x in (root + tol / 2, root - tol / 2) if lo < x < hi] or guesses
        for x in guesses:
            value = f(x)
            if value >= -TOLERANCE:
                hi, f_hi = x, value
            else:
                lo, f_lo = x, value
    return hi


@lru_cache(maxsize=None)
def field_limits(name: str) -> tuple[float | None, float | None, bool]:
    """(minimum, maximum, whole) of an assumption, read from the model's JSON Schema."""
    schema = Assumptions.model_json_schema()["properties"][name]
    options = schema.get("anyOf", [schema])
    numeric: dict[str, Any] = next((o for o in options if o.get("type") in ("number", "integer")), {})
    return numeric.get("minimum"), numeric.get("maximum"), numeric.get("type") == "integer"


def _cap(name: str) -> float:
    hi = field_limits(name)[1]
    return float(hi) if hi is not None else 1e12


def _pays_nothing(income: Callable[..., float], name: str) -> bool:
    """Whether the income in month M is the same at the lever's largest value as at 0."""
    return income(**{name: _cap(name)}) <= income(**{name: 0.0}) + TOLERANCE


def claim_check(evaluation: Evaluation, after_months: int | None = None) -> ClaimCheck | None:
    """None when the recruiter named no monthly income."""
    claim = evaluation.offer.claims.claimed_monthly_income
    if claim is None:
        return None
    a = evaluation.assumptions
    month = after_months if after_months is not None else a.horizon_months
    month = max(1, min(int(month), 120))
    base = _with(evaluation, horizon_months=month)  # income in month M needs months 1..M only

    def income(**changes: float) -> float:
        p = project(_with(base, **changes)) if changes else project(base)
        return _total_revenue(p, month - 1)

    def solve(name: str) -> float | None:
        return _bisect(lambda x: income(**{name: x}) - claim, _cap(name))

    customers = solve("new_customers_per_month")
    recruits = solve("recruits_per_month")
    per_member = solve("downline_recruits_per_member_per_month")
    downline, downline_from = None, ""
    if per_member is not None:
        at = project(_with(base, downline_recruits_per_member_per_month=per_member))
        downline = at.downline_active[month - 1] if at.downline_active else 0.0
        downline_from = "downline_recruits"
    elif (recruits is not None and offer_terms.of(evaluation).plan.pays_downline()
          and _pays_nothing(income, "downline_recruits_per_member_per_month")):
        # The plan pays on a downline, but not on its own recruiting (a one-level plan, say):
        # the downline that reaches the claim is the one your own recruits above build.
        at = project(_with(base, recruits_per_month=recruits))
        downline = at.downline_active[month - 1] if at.downline_active else 0.0
        downline_from = "recruits"

    tiers = all_participants_tiers(evaluation)
    share = None
    at_most = None
    if tiers:
        year = 12 * claim
        share = sum(t.share_percent for t in tiers if t.annual >= year - TOLERANCE)
        at_most = share + sum(
            t.share_percent * min(1.0, max(t.average, t.annual) / year) for t in tiers
            if t.annual < year - TOLERANCE and (t.high is None or t.high >= year - TOLERANCE))
    entered = income()
    return ClaimCheck(
        claimed_monthly_income=claim, after_months=month, customers_per_month_needed=customers,
        recruits_per_month_needed=recruits, active_downline_needed=downline,
        share_earning_at_least_percent=share, downline_recruits_per_member_needed=per_member,
        income_in_month=entered, reached_as_entered=entered >= claim - TOLERANCE,
        share_at_most_percent=at_most,
        active_downline_from=downline_from,
    )


def claim_check_json(check: ClaimCheck | None) -> dict[str, Any] | None:
    return None if check is None else asdict(check)


# ----------------------------------------------------------------------------------------------
# Sensitivity


@dataclass
class Sensitivity:
    assumption: str  # the field name in ``assumptions``
    low: float  # total_net with the assumption at half its value
    base: float  # total_net as entered
    high: float  # total_net at 1.5 times
    swing: float  # |high - low|
    value: float  # the value as entered
    low_value: float  # the value used for ``low`` (after clamping and rounding)
    high_value: float


def _numeric_fields() -> list[str]:
    return [name for name in Assumptions.model_fields
            if field_limits(name)[0] is not None or field_limits(name)[1] is not None]


def _scaled(name: str, value: float, factor: float) -> float:
    lo, hi, whole = field_limits(name)
    x = value * factor
    if whole:
        x = float(math.floor(x + 0.5))
    if lo is not None:
        x = max(x, lo)
    if hi is not None:
        x = min(x, hi)
    return int(x) if whole else x


def sensitivity(evaluation: Evaluation, projection: Projection | None = None) -> list[Sensitivity]:
    projection = projection or project(evaluation)
    base = projection.total_net
    a = evaluation.assumptions
    rows: list[Sensitivity] = []
    for name in _numeric_fields():
        value = getattr(a, name)
        if value is None or isinstance(value, bool) or value == 0:
            continue
        low_value, high_value = _scaled(name, value, 0.5), _scaled(name, value, 1.5)
        low = project(_with(evaluation, **{name: low_value})).total_net
        high = project(_with(evaluation, **{name: high_value})).total_net
        rows.append(Sensitivity(assumption=name, low=low, base=base, high=high,
                                swing=abs(high - low), value=float(value),
                                low_value=float(low_value), high_value=float(high_value)))
    rows.sort(key=lambda r: -r.swing)  # stable: ties keep the model's order
    return rows


def sensitivity_json(rows: list[Sensitivity]) -> list[dict[str, Any]]:
    return [asdict(r) for r in rows]


# ----------------------------------------------------------------------------------------------


@dataclass
class DecisionAids:
    exit: list[ExitRow]
    claim_check: ClaimCheck | None
    sensitivity: list[Sensitivity]
    upline: UplineTable | None = None
    nl_tax: Any = None  # nl_tax.TaxInfo for a Dutch offer (nl_tax.applies), else None

    def to_json(self) -> dict[str, Any]:
        """SPEC 12's keys of ``analyze --json``, plus ``nl_tax`` (null unless a Dutch offer)."""
        from .nl_tax import tax_info_json

        return {"exit": exit_json(self.exit), "claim_check": claim_check_json(self.claim_check),
                "sensitivity": sensitivity_json(self.sensitivity),
                "upline": upline_json(self.upline) if self.upline is not None else None,
                "nl_tax": tax_info_json(self.nl_tax) if self.nl_tax is not None else None}


def claimed_month(evaluation: Evaluation) -> int | None:
    """``claims.after_months`` (SPEC 8.3): when the recruiter said the claimed income would come;
    None (the claim check then uses the horizon) when not stated."""
    return evaluation.offer.claims.after_months


def decision_aids(evaluation: Evaluation, projection: Projection | None = None,
                  after_months: int | None = None, lang: str | None = None) -> DecisionAids:
    """Every aid at once (the projection is computed once and shared). ``after_months`` defaults
    to the claim's own month; with ``lang`` the Dutch tax block is added when it applies."""
    from . import nl_tax

    projection = projection or project(evaluation)
    if after_months is None:
        after_months = claimed_month(evaluation)
    tax = None
    if lang is not None and nl_tax.applies(evaluation, lang):
        tax = nl_tax.tax_info(evaluation, lang, projection=projection)
    return DecisionAids(exit=exit_ledger(evaluation, projection),
                        claim_check=claim_check(evaluation, after_months),
                        sensitivity=sensitivity(evaluation, projection),
                        upline=upline_table(evaluation, projection), nl_tax=tax)


# ----------------------------------------------------------------------------------------------
# Plain sentences for the app and the PDF (both languages, written where the figures are)


def exit_sentences(rows: list[ExitRow], currency: str, lang: str) -> list[str]:
    """One sentence per stop: 'Stop after 3 months: you pay €480, receive €30 and get €420 back:
    -€30 in all.'"""
    from .i18n import fmt_money, tr

    def money(v: float) -> str:
        return fmt_money(v, currency, lang)

    out = []
    for r in rows:
        back_en = f" and get {money(r.back)} back" if r.back > 0 else ""
        back_nl = f" en krijg je {money(r.back)} terug" if r.back > 0 else ""
        months_en, months_nl = ("1 month", "1 maand") if r.month == 1 else (f"{r.month} months", f"{r.month} maanden")
        out.append(tr(lang,
                      f"Stop after {months_en}: you pay {money(r.paid)}, receive "
                      f"{money(r.received)}{back_en}: {money(r.net)} in all.",
                      f"Stoppen na {months_nl}: je betaalt {money(r.paid)}, ontvangt "
                      f"{money(r.received)}{back_nl}: {money(r.net)} in totaal."))
    return out


def needed_number(needed: float, lang: str) -> str:
    """A rate that is needed, rounded up, never down, to the figure shown (a figure rounded down
    would fall short): 44.06 customers a month are "45", 4.2017 are "4.3", 0.315 are "0.32" (below
    1, two decimals; below 10, one). The claim check's and the break-even sentences use it."""
    from .i18n import fmt_number

    if needed < 1:
        return fmt_number(math.ceil(round(needed * 100, 6)) / 100, lang, 2)
    if needed < 10:
        return fmt_number(math.ceil(round(needed * 10, 6)) / 10, lang, 1)
    return fmt_number(math.ceil(round(needed, 6)), lang, 0)


def whole_people(needed: float) -> int:
    """People needed are whole, rounded up: 117.4 active members are 118, 130.9985 are 131 (the
    claim check's sentences and the pitch chart use this one rule)."""
    return max(1, math.ceil(needed - 1e-6))


def claim_sentences(check: ClaimCheck | None, currency: str, lang: str) -> list[str]:
    """What it takes to earn the claim, one sentence per lever, then where it sits in the
    disclosure; empty without a claim."""
    from .i18n import fmt_money, fmt_number, fmt_percent, tr

    if check is None:
        return []

    def money(v: float) -> str:
        return fmt_money(v, currency, lang)

    def num(v: float) -> str:
        return needed_number(v, lang)

    def people(v: float) -> str:
        return fmt_number(whole_people(v), lang, 0)

    m, claim = check.after_months, money(check.claimed_monthly_income)
    out = [tr(lang, f"To earn the claimed {claim} a month (before costs) in month {m}, you would need, "
                    f"each alone with everything else as you entered it:",
              f"Om het beloofde {claim} per maand (vóór kosten) te verdienen in maand {m}, heb je "
              f"nodig, elk apart en de rest zoals je het invulde:")]
    levers = (
        (check.customers_per_month_needed, "new customers a month", "nieuwe klanten per maand", num),
        (check.recruits_per_month_needed, "personal recruits a month", "eigen rekruten per maand", num),
        (check.active_downline_needed, f"active people in your downline in month {m}",
         f"actieve mensen in je netwerk in maand {m}", people),
    )
    for value, en, nl, shown in levers:
        if value is None:
            out.append(tr(lang, f"– {en}: no number is enough", f"– {nl}: geen aantal is genoeg"))
        else:
            out.append(f"– {shown(value)} " + tr(lang, en, nl))
    if check.active_downline_from == "recruits" and check.recruits_per_month_needed is not None:
        # not a lever of its own: the plan pays nothing on the downline's own recruiting
        out[-1] += tr(lang,
                      f" (built by the {num(check.recruits_per_month_needed)} personal recruits a "
                      f"month above: the plan pays nothing on your downline's own recruiting)",
                      f" (opgebouwd met de {num(check.recruits_per_month_needed)} eigen rekruten per "
                      f"maand hierboven: het plan betaalt niets over het werven door je netwerk)")
    if check.share_earning_at_least_percent is not None:
        share = fmt_percent(check.share_earning_at_least_percent, lang, 1)
        at_most = check.share_at_most_percent
        if at_most is not None and at_most - check.share_earning_at_least_percent >= 0.05:
            # people in a lower-paid group may still earn it: say the most the groups' averages
            # allow, instead of "0.0% earn it" (which the disclosure does not show)
            most = fmt_percent(at_most, lang, 1)
            out.append(tr(lang,
                          f"In the company's income disclosure, {share} of all participants are in "
                          f"groups whose median or average is that much or more; even counting everyone in "
                          f"lower-paid groups whom their group's average would allow to reach it, no more "
                          f"than {most} can earn it (gross, before expenses).",
                          f"In de inkomensverklaring van het bedrijf zit {share} van alle deelnemers "
                          f"in groepen waarvan de mediaan of het gemiddelde zoveel of meer is; ook als je "
                          f"iedereen in lager betaalde groepen meetelt die het volgens het gemiddelde van hun "
                          f"groep zou kunnen halen, kan hooguit {most} het verdienen (bruto, vóór kosten)."))
        else:
            out.append(tr(lang,
                          f"According to the company's income disclosure, {share} of all participants "
                          f"earn that much or more (gross, before expenses).",
                          f"Volgens de inkomensverklaring van het bedrijf verdient {share} van alle "
                          f"deelnemers zoveel of meer (bruto, vóór kosten)."))
    return out


def component_name(type_: str, lang: str) -> str:
    """A plan component's name in ``lang`` ('Unilevel commission' / 'Unilevel-commissie')."""
    from .i18n import tr
    from .plans.components import COMPONENT_NAMES

    en, nl = COMPONENT_NAMES.get(type_, (type_, type_))
    return tr(lang, en, nl)


def level_name(level: int, lang: str) -> str:
    """1: 'your sponsor', 2: 'your sponsor's sponsor', n: 'level n above you'."""
    from .i18n import tr

    if level == 1:
        return tr(lang, "your sponsor (level 1)", "je sponsor (niveau 1)")
    if level == 2:
        return tr(lang, "your sponsor's sponsor (level 2)", "de sponsor van je sponsor (niveau 2)")
    return tr(lang, f"level {level} above you", f"niveau {level} boven je")


def upline_sentences(table: UplineTable | None, currency: str, lang: str) -> list[str]:
    """What your purchases and sales pay the people above you, in plain words."""
    from .i18n import fmt_money, fmt_number, tr

    if table is None:
        return []

    def money(v: float) -> str:
        return fmt_money(v, currency, lang)

    if not table.levels:
        return [tr(lang, "The plan pays no one above you on what you buy and sell.",
                   "Het plan betaalt niemand boven je over wat jij koopt en verkoopt.")]
    m, vol = table.month, fmt_number(table.volume, lang, 0)
    paid = [lv for lv in table.levels if abs(lv.total) > TOLERANCE]
    out = [tr(lang,
              f"Your own purchases and sales in month {m} (volume {vol}) pay the people above you "
              f"{money(table.total)} that month:",
              f"Je eigen aankopen en verkoop in maand {m} (volume {vol}) leveren de mensen boven je "
              f"die maand {money(table.total)} op:")]
    for lv in paid[:6]:
        out.append(f"– {level_name(lv.level, lang)}: {money(lv.total)}")
    if len(paid) == 7:  # one more: its own line, not "1 more levels"
        out.append(f"– {level_name(paid[6].level, lang)}: {money(paid[6].total)}")
    elif len(paid) > 6:
        rest = sum(lv.total for lv in paid[6:])
        out.append(tr(lang, f"– {len(paid) - 6} more levels: {money(rest)}",
                      f"– nog {len(paid) - 6} niveaus: {money(rest)}"))
    if not paid:
        out[0] = tr(lang, f"Your own purchases and sales in month {m} pay no one above you.",
                    f"Je eigen aankopen en verkoop in maand {m} leveren niemand boven je iets op.")
    if table.joining_total > TOLERANCE:
        out.append(tr(lang, f"When you join, the recruit bonus pays your upline {money(table.joining_total)} once.",
                      f"Als je instapt, betaalt de wervingsbonus je upline eenmalig {money(table.joining_total)}."))
    if table.binary_if_matched:
        out.append(tr(lang,
                      f"The binary commission pays on the weaker leg: your volume alone pays no one, but "
                      f"matched by the other leg it pays each person above you up to "
                      f"{money(table.binary_if_matched)} a month.",
                      f"De binaire commissie betaalt over het zwakste been: jouw volume alleen levert "
                      f"niemand iets op, maar aangevuld door het andere been krijgt elke persoon boven je "
                      f"tot {money(table.binary_if_matched)} per maand."))
    return out


def assumption_label(name: str, lang: str) -> str:
    from .model import field_info

    return field_info(Assumptions, name, lang)["label"] if name in Assumptions.model_fields else name


def sensitivity_sentences(rows: list[Sensitivity], currency: str, lang: str, top: int = 3) -> list[str]:
    """The assumptions that move your net most, largest first (at most ``top``)."""
    from .i18n import fmt_money, tr

    moving = [r for r in rows if r.swing > TOLERANCE][:top]
    if not moving:
        return [tr(lang, "No assumption you entered changes your net result.",
                   "Geen enkele aanname die je invulde verandert je nettoresultaat.")]

    def money(v: float) -> str:
        return fmt_money(v, currency, lang)

    out = [tr(lang, f"Your net result ({money(moving[0].base)}) depends most on:",
              f"Je nettoresultaat ({money(moving[0].base)}) hangt het meest af van:")]
    for r in moving:
        label = assumption_label(r.assumption, lang)
        out.append(tr(lang, f"– {label}: {money(r.low)} at half, {money(r.high)} at one and a half times",
                      f"– {label}: {money(r.low)} bij de helft, {money(r.high)} bij anderhalf keer"))
    return out
