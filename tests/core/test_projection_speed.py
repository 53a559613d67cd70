"""The break-even search's faster components (``Kind.projector``, ``matched_projector``,
``matched_on_levels``) and its reuse of a month's component income across the customer search
give exactly what the components' ``project`` and ``matched_earnings`` give: the same value and
the same type, bit for bit, in every month of every bundled example and of plans built to reach
the branches the examples do not (a lowest rank for a matching bonus, depth by rank, a matrix).
The per-document constants the fast functions read once are read again for a changed document."""

from __future__ import annotations

import pytest

from evaluator.core import fileformat
from evaluator.core import terms as offer_terms
from evaluator.core.breakeven import _with
from evaluator.core.model import Evaluation
from evaluator.core.plans import MonthState
from evaluator.core.plans.components import (
    BinaryComponent, FastStartComponent, MatchingComponent, MatrixComponent, Rank,
    RankBonusComponent, RecruitBonusComponent, StairstepComponent, UnilevelComponent,
)
from evaluator.core.projection import SOLVED_INPUTS, downline_at_horizon, project, total_net_of
from evaluator.resources import example_paths

EXAMPLES = sorted(example_paths())
VALUES = (0.0, 0.3, 1.0, 2.75, 40.0)


def evaluation(horizon: int = 12, retention: float = 90, d: float = 0.3,
               customers: float = 2.0) -> Evaluation:
    """No products (w = r = v = 1), 100 points a month required, one personal recruit a month,
    outside customers spending 50 a month: every member's B = MV = 100."""
    return fileformat.from_data({
        "format": "opportunity-evaluation", "version": 1,
        "offer": {"name": "Speed", "kind": "mlm", "fees": {"monthly": 20},
                  "requirements": {"monthly_volume": 100}},
        "assumptions": {"horizon_months": horizon, "recruits_per_month": 1,
                        "new_customers_per_month": customers, "customer_monthly_spend": 50,
                        "downline_retention_percent": retention,
                        "downline_recruits_per_member_per_month": d},
        "simulation": {"existing_participants": 100, "market_size": 2000, "months": 4, "seed": 3},
    })


RANKS = [Rank(name="Bronze", group_volume=300, legs=1), Rank(name="Silver", group_volume=2000, legs=2),
         Rank(name="Gold", group_volume=8000, legs=4)]


def with_plan(ev: Evaluation, *components, ranks: list[Rank] | None = None) -> Evaluation:
    """The same document with this version-2 plan, through the file format (a real document)."""
    data = fileformat.to_data(ev)
    data["offer"]["payout"]["ranks"] = [r.model_dump() for r in (RANKS if ranks is None else ranks)]
    data["offer"]["payout"]["components"] = [c.model_dump() for c in components]
    return fileformat.from_data(data)


PLANS = {
    "matching_from_silver_on_unilevel_by_rank": (
        UnilevelComponent(type="unilevel", levels=[10, 5, 2.5, 1],
                          depth_by_rank={"Bronze": 2, "Silver": 3, "Gold": 4}),
        MatchingComponent(type="matching", percents=[20, 0, 5], min_rank="Silver"),
        RankBonusComponent(type="rank_bonus", amount_by_rank={"Silver": 100, "Gold": 500}),
    ),
    "matching_on_matrix_binary_stairstep": (
        MatrixComponent(type="matrix", width=2, depth=4, levels=[10, 5, 5], cycle_bonus=250),
        BinaryComponent(type="binary", percent=10, monthly_cap=300),
        StairstepComponent(type="stairstep", percent_by_rank={"Bronze": 3, "Silver": 6, "Gold": 9},
                           own_volume=False),
        MatchingComponent(type="matching", percents=[10, 5]),
    ),
    "fast_start_recruit_bonus_matching_on_unilevel": (
        FastStartComponent(type="fast_start", percents=[20, 10, 5], months=3),
        RecruitBonusComponent(type="recruit_bonus", amounts=[50, 20, 10]),
        UnilevelComponent(type="unilevel", levels=[5, 5, 5, 5, 5, 5, 5, 5]),
        MatchingComponent(type="matching", percents=[10, 10, 10, 10]),
    ),
    "matching_with_no_ranks": (
        UnilevelComponent(type="unilevel", levels=[10, 5]),
        MatchingComponent(type="matching", percents=[10], min_rank=None),
    ),
}


def documents() -> list[tuple[str, Evaluation]]:
    docs = [(p.stem, fileformat.load(p)) for p in EXAMPLES]
    for name, components in PLANS.items():
        ranks = [] if name == "matching_with_no_ranks" else None
        docs.append((name, with_plan(evaluation(), *components, ranks=ranks)))
        # A bigger downline reaches the higher ranks (and fills the matrix).
        docs.append((name + "_busy", with_plan(evaluation(horizon=36, d=0.6), *components, ranks=ranks)))
    return docs


DOCUMENTS = documents()


def month_states(ev: Evaluation) -> list[MonthState]:
    """Every month's state as project() hands it to the components."""
    plan = offer_terms.of(ev).plan
    states: list[MonthState] = []
    if not plan.kinds:
        return states
    first = plan.kinds[0]
    original = first.projector()

    def recording(state: MonthState) -> float:
        if state.joined is not None:  # not a matching bonus's member below you
            states.append(state)
        return original(state)

    first.projector = lambda: recording  # type: ignore[method-assign]  (this object only, undone below)
    try:
        project(ev)
    finally:
        del first.projector
    return states


def same(a: object, b: object) -> bool:
    """The same value and type, bit for bit (0.0 and -0.0 told apart)."""
    return type(a) is type(b) and repr(a) == repr(b)


@pytest.mark.parametrize(("name", "ev"), DOCUMENTS, ids=[n for n, _ in DOCUMENTS])
def test_each_components_fast_functions_give_exactly_its_projection(name, ev):
    plan = offer_terms.of(ev).plan
    states = month_states(ev)
    assert len(states) == (ev.assumptions.horizon_months if plan.kinds else 0)
    checked = 0
    for kind in plan.kinds:
        fast, matched = kind.projector(), kind.matched_projector()
        for state in states:
            assert same(fast(state), kind.project(state)), (kind.type, state.month)
            assert same(matched(state), kind.matched_earnings(state)), (kind.type, state.month)
            for k in range(1, len(state.levels) + 1):
                below = state.below(k, plan.lowest_rank)
                if below is None:
                    continue
                count, member = below
                on_levels = kind.matched_on_levels(plan.lowest_rank)
                if on_levels is not None:
                    got = on_levels(state.levels, k, count, state.volumes.commissionable)
                    assert same(got, kind.matched_earnings(member)), (kind.type, state.month, k)
                    checked += 1
    has_unilevel = any(k.type == "unilevel" for k in plan.kinds)
    assert checked > 0 or not has_unilevel or all(max(s.levels) == 0 for s in states)


@pytest.mark.parametrize(("name", "ev"), DOCUMENTS, ids=[n for n, _ in DOCUMENTS])
@pytest.mark.parametrize("varied", SOLVED_INPUTS)
def test_the_fast_total_net_is_the_projections_for_built_plans_too(name, ev, varied):
    fast = total_net_of(ev, varied)
    for x in VALUES:
        assert fast(x) == project(_with(ev, **{varied: x})).total_net, (varied, x)


def test_the_built_plans_reach_the_branches_they_are_for():
    """Matching pays nothing below Silver and something at it; the matrix cycles."""
    ev = dict(DOCUMENTS)["matching_from_silver_on_unilevel_by_rank_busy"]
    p = project(ev)
    matching = p.by_component["matching"]
    assert "Silver" in p.rank or "Gold" in p.rank
    assert any(m == 0 for m, r in zip(matching, p.rank) if r in (None, "Bronze"))
    assert all(m > 0 for m, r in zip(matching, p.rank) if r in ("Silver", "Gold"))
    # The 2x4 matrix's level pay is at most 0.10*2*100 + 0.05*4*100 + 0.05*8*100 = 80 a month,
    # so a month of 250 or more holds the cycle bonus.
    ev = dict(DOCUMENTS)["matching_on_matrix_binary_stairstep_busy"]
    assert any(v >= 250 for v in project(ev).by_component["matrix"])


def test_the_customer_search_reuses_a_months_component_income_at_the_same_rank():
    """No component reads your own volume here, so two customer counts that leave every month
    at the same rank compute the components' income once: the second search asks no component."""
    ev = with_plan(evaluation(), UnilevelComponent(type="unilevel", levels=[10, 5]), ranks=[])
    plan = offer_terms.of(ev).plan
    calls: list[int] = []
    unilevel = plan.kinds[0]
    fast = unilevel.projector()

    def counting(state: MonthState) -> float:
        calls.append(state.month)
        return fast(state)

    unilevel.projector = lambda: counting  # type: ignore[method-assign]
    try:
        f = total_net_of(ev, "new_customers_per_month")
        first = f(1.0)
        assert calls == list(range(1, 13))  # every month once
        second = f(3.0)
        assert calls == list(range(1, 13))  # no rank: nothing asked again
    finally:
        del unilevel.projector
    assert first == project(_with(ev, new_customers_per_month=1.0)).total_net
    assert second == project(_with(ev, new_customers_per_month=3.0)).total_net
    assert second > first  # more customers: more retail income, fewer own purchases


def test_a_component_reading_your_own_volume_is_asked_every_time():
    """A stairstep pays on your own volume, which the customers change: no reuse."""
    ev = with_plan(evaluation(), StairstepComponent(type="stairstep", percent_by_rank={"Bronze": 10}),
                   ranks=[Rank(name="Bronze", group_volume=0)])
    f = total_net_of(ev, "new_customers_per_month")
    for x in (0.0, 1.0, 1.5, 7.0):
        assert f(x) == project(_with(ev, new_customers_per_month=x)).total_net


def test_the_constants_read_once_follow_an_edited_document():
    """A unilevel of 10 % on level 1, horizon 3, everyone stays (retention 100 %), no downline
    recruiting, no customers: a_1(m) = m recruits, B = 100, so the commission is
    0.10 * m * 100 = 10m, 10 + 20 + 30 = 60 over 3 months; costs: fee 20 and own purchases
    100 points at 1 a point = 120 a month, 360. Total net 60 - 360 = -300. Editing the rate to
    20 % makes a new document whose fast path reads 20 %: 120 - 360 = -240."""
    ev = with_plan(evaluation(horizon=3, retention=100, d=0.0, customers=0.0),
                   UnilevelComponent(type="unilevel", levels=[10]), ranks=[])
    assert total_net_of(ev, "recruits_per_month")(1.0) == pytest.approx(-300.0)
    data = fileformat.to_data(ev)
    data["offer"]["payout"]["components"][0]["levels"] = [20]
    edited = fileformat.from_data(data)
    assert total_net_of(edited, "recruits_per_month")(1.0) == pytest.approx(-240.0)
    assert total_net_of(ev, "recruits_per_month")(1.0) == pytest.approx(-300.0)  # the old one
    # 2 recruits a month: a_1(m) = 2m, 20 % -> 0.2 * 2m * 100 = 40m, 240 over 3 months: -120.
    assert total_net_of(edited, "recruits_per_month")(2.0) == pytest.approx(-120.0)


@pytest.mark.parametrize(("name", "ev"), DOCUMENTS, ids=[n for n, _ in DOCUMENTS])
def test_the_downline_at_the_horizon_is_the_projections(name, ev):
    """What the break-even search reports beside its answer, without a whole projection."""
    for varied in ("recruits_per_month", "recruits_total"):
        for x in VALUES:
            p = project(_with(ev, **{varied: x}))
            got = downline_at_horizon(ev, varied, x)
            assert same(got[0], p.personal_recruits_active[-1]) and same(got[1], p.downline_active[-1])


def test_the_downline_at_the_horizon_by_hand():
    """Retention 100 %, no downline recruiting, 2 recruits a month for 3 months: a_1(3) = 6 and
    the whole downline T(3) = 6; with 50 % downline recruiting a month, T(m) = 1.5 T(m-1) + 2:
    2, 5, 9.5, while a_1 stays 6."""
    ev = with_plan(evaluation(horizon=3, retention=100, d=0.0),
                   UnilevelComponent(type="unilevel", levels=[10]), ranks=[])
    assert downline_at_horizon(ev, "recruits_per_month", 2.0) == (6.0, 6.0)
    ev = with_plan(evaluation(horizon=3, retention=100, d=0.5),
                   UnilevelComponent(type="unilevel", levels=[10]), ranks=[])
    assert downline_at_horizon(ev, "recruits_per_month", 2.0) == (6.0, 9.5)
    with pytest.raises(ValueError):
        downline_at_horizon(ev, "hours_per_week", 1.0)
