"""The deterministic month-by-month projection (SPEC section 3) and the typical participant
(SPEC section 4).

Pure Python on purpose: a horizon is at most 120 months, the work is a few thousand additions,
and the app recomputes on every keystroke without paying numpy's import.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

from . import terms as offer_terms
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
    personal_recruits_active: list[float] = field(default_factory=list)  # a_1(m)
    own_purchase_volume: list[float] = field(default_factory=list)  # OV per month
    retail_volume: list[float] = field(default_factory=list)  # RV per month
    rank: list[str | None] = field(default_factory=list)
    by_component: dict[str, list[float]] = field(default_factory=dict)  # revenue per plan component

    @property
    def total_revenue(self) -> dict[str, float]:
        return {k: sum(v) for k, v in self.revenue.items()}

    @property
    def total_costs(self) -> dict[str, float]:
        return {k: sum(v) for k, v in self.costs.items()}

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        return data


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

    # Only the levels that are paid need tracking one by one; the whole downline follows
    # T(m) = (rho_d + d) * T(m-1) + recruits_per_month (sum the level recurrences over l: level
    # H+1 cannot be reached within H months, so nothing is cut off).
    d = a.downline_recruits_per_member_per_month
    tracked = max(1, min(horizon, plan.projection_depth()))
    levels = [0.0] * tracked  # a_l(m-1) for l = 1..tracked (index l-1)
    total_members = 0.0
    c = 0.0
    for i, m in enumerate(months):
        c = rho_c * c + a.new_customers_per_month
        sales = c * a.customer_monthly_spend
        retail = offer.retail_income(sales)
        rv = t.mix.volume_of_sales(sales)
        ov = offer.own_purchase_volume(rv)

        # a_{l+1}(m) uses a_l(m-1): update from the deepest level up, with last month's values.
        new_levels = [0.0] * tracked
        recruits = t.recruits_in_month(m)  # recruits_per_month, or recruits_total spread (SPEC 8.3)
        new_levels[0] = rho_d * levels[0] + recruits
        # Level l+1 can be non-zero only from month l+1 on, and only with downline recruiting.
        depth = min(i + 1, tracked) if d > 0 else 1
        for idx in range(1, depth):
            prev_upper = levels[idx - 1]
            own = levels[idx]
            if prev_upper == 0.0 and own == 0.0:
                continue
            new_levels[idx] = rho_d * own + d * prev_upper
        levels = new_levels
        total_members = (rho_d + d) * total_members + recruits

        group_volume = rv + ov + total_members * mv
        best = plan.paid_as(rv + ov, group_volume, levels[0])
        state = MonthState(month=m, levels=levels, downline=total_members,
                           recruits=recruits, volumes=volumes, rank=best)
        revenue["retail"][i] = retail
        paid: set[str] = set()
        for kind in plan.kinds:
            value = kind.project(state)
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
        personal_recruits_active=a1_series, own_purchase_volume=ov_series, retail_volume=rv_series,
        rank=ranks, by_component=by_component,
    )


# ----------------------------------------------------------------------------------------------
# The typical participant (SPEC section 4)


@dataclass
class AllParticipantsTier:
    name: str
    share_percent: float  # of ALL participants
    annual: float  # the tier's median, else its average (gross, before expenses)
    implied: bool = False  # the zero tier added for participants the statement leaves out


@dataclass
class Typical:
    median_annual_gross: float
    annual_costs: float
    median_annual_net: float
    share_nothing_percent: float
    cumulative_net: list[float]
    basis: str
    covered_percent: float
    median_tier: str
    tiers: list[AllParticipantsTier]
    monthly_costs: list[float]  # the typical participant's costs per month, months 1..H
    gross_is_before_expenses: bool = True

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


MEDIAN_TOLERANCE = 1e-9


def all_participants_tiers(evaluation: Evaluation) -> list[AllParticipantsTier]:
    """Put a disclosure's tiers on an all-participants basis (SPEC section 4)."""
    disclosure = evaluation.offer.disclosure
    if disclosure is None:
        return []
    covered = offer_terms.covered_percent(disclosure)
    tiers: list[AllParticipantsTier] = []
    if covered < 100:
        tiers.append(AllParticipantsTier("", 100 - covered, 0.0, implied=True))
    for t in disclosure.tiers:
        median = offer_terms.tier_annual_median(t, disclosure.period)
        figure = median if median is not None else offer_terms.tier_annual_average(t, disclosure.period)
        tiers.append(AllParticipantsTier(t.name, t.share_percent * covered / 100, figure))
    return tiers


def typical_costs(evaluation: Evaluation, months: int) -> list[float]:
    """Section 3 costs with no customers, no recruits and no optional training."""
    t = offer_terms.of(evaluation)
    own_volume = max(0.0, t.offer.monthly_volume)
    return [sum(t.costs_for_month(m, own_volume, include_optional=False).values())
            for m in range(1, months + 1)]


def typical(evaluation: Evaluation) -> Typical | None:
    disclosure = evaluation.offer.disclosure
    if disclosure is None:
        return None
    tiers = all_participants_tiers(evaluation)
    cumulative, median_tier = 0.0, tiers[-1]
    for tier in tiers:
        cumulative += tier.share_percent
        if cumulative >= 50 - MEDIAN_TOLERANCE:
            median_tier = tier
            break
    gross = median_tier.annual
    if disclosure.share_nothing_percent is not None and disclosure.share_nothing_percent >= 50:
        gross = 0.0
    if disclosure.share_nothing_percent is not None:
        share_nothing = disclosure.share_nothing_percent
    else:
        share_nothing = sum(t.share_percent for t in tiers if t.annual == 0)

    horizon = evaluation.assumptions.horizon_months
    monthly = typical_costs(evaluation, max(horizon, 12))
    annual_costs = sum(monthly[:12])
    cum_costs, running = [], 0.0
    for value in monthly[:horizon]:
        running += value
        cum_costs.append(running)
    cumulative_net = [gross / 12 * m - cum_costs[m - 1] for m in range(1, horizon + 1)]
    return Typical(
        median_annual_gross=gross,
        annual_costs=annual_costs,
        median_annual_net=gross - annual_costs,
        share_nothing_percent=share_nothing,
        cumulative_net=cumulative_net,
        basis=disclosure.basis,
        covered_percent=offer_terms.covered_percent(disclosure),
        median_tier=median_tier.name,
        tiers=tiers,
        monthly_costs=monthly[:horizon],
    )
