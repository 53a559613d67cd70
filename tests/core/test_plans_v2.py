"""The four version-2 plan components in the projection (matrix, stairstep, fast start,
matching) and the version-2 extensions of the others (a recruit bonus several levels deep,
unilevel depth by rank): every month computed by hand, with the arithmetic beside it
(docs/plans.md gives each formula and its reason).

Every evaluation here: no products (w = r = v = 1), 100 points a month required and no
customers, so your own volume is OV = 100 and every downline member's B = MV = 100; one personal
recruit a month."""

from __future__ import annotations

import pytest

from evaluator.core import fileformat
from evaluator.core.analysis import analyze
from evaluator.core.model import Evaluation
from evaluator.core.plans import Plan
from evaluator.core.plans.components import (
    FastStartComponent, MatchingComponent, MatrixComponent, Rank, RecruitBonusComponent,
    StairstepComponent, UnilevelComponent,
)
from evaluator.core.projection import project


def evaluation(horizon: int, retention: float = 100, d: float = 0.0) -> Evaluation:
    return fileformat.from_data({
        "format": "opportunity-evaluation", "version": 1,
        "offer": {"name": "Plan v2", "kind": "mlm", "fees": {"monthly": 20},
                  "requirements": {"monthly_volume": 100}},
        "assumptions": {"horizon_months": horizon, "recruits_per_month": 1,
                        "downline_retention_percent": retention,
                        "downline_recruits_per_member_per_month": d},
        "simulation": {"existing_participants": 100, "market_size": 2000, "months": 4, "seed": 3},
    })


def with_plan(ev: Evaluation, *components, ranks: list[Rank] | None = None) -> Evaluation:
    """The same document with this version-2 plan, through the file format (a real document)."""
    data = fileformat.to_data(ev)
    data["offer"]["payout"]["ranks"] = [r.model_dump() for r in ranks or []]
    data["offer"]["payout"]["components"] = [c.model_dump() for c in components]
    return fileformat.from_data(data)


RANKS = [Rank(name="Bronze", group_volume=0), Rank(name="Silver", group_volume=500),
         Rank(name="Gold", group_volume=2000)]


# ---- matrix -------------------------------------------------------------------------------


def test_matrix_fills_breadth_first_from_your_own_line_and_cycles_once():
    ev = with_plan(evaluation(horizon=7), MatrixComponent(
        type="matrix", width=2, depth=2, levels=[10, 5], cycle_bonus=50))
    # Everyone stays, nobody below recruits: E(m) = T(m) = m members; capacity 2 + 4 = 6.
    # m1: 1 on level 1: 10% * 1 * 100 = 10;  m2: 2 on level 1: 20
    # m3: level 1 full (2) + 1 on level 2: 20 + 5% * 1 * 100 = 25;  m4: 20 + 10 = 30;  m5: 35
    # m6: 20 + 5% * 4 * 100 = 40, and the matrix is full (E 5 -> 6): + 50 = 90
    # m7: 40, the 7th member is below the matrix (level 3) and the cycle is not paid again
    assert project(ev).by_component["matrix"] == pytest.approx([10, 20, 25, 30, 35, 90, 40])
    assert project(ev).revenue["downline"] == pytest.approx([10, 20, 25, 30, 35, 90, 40])


def test_matrix_positions_stay_filled_by_those_who_quit():
    ev = with_plan(evaluation(horizon=3, retention=50), MatrixComponent(
        type="matrix", width=2, depth=2, levels=[10, 5]))
    # a_1 = 0.5 a_1 + 1: 1, 1.5, 1.75 active; joined E = 1, 2, 3.
    # m3: positions 2 on level 1, 1 on level 2; active share 1.75 / 3:
    #     (10% * 2 + 5% * 1) * 100 * 1.75 / 3 = 25 * 0.58333 = 14.5833
    # m2: 2 on level 1, active 1.5 / 2: 10% * 2 * 100 * 0.75 = 15;  m1: 10
    assert project(ev).by_component["matrix"] == pytest.approx([10, 15, 25 * 1.75 / 3])


def test_gifting_circle_cycle_bonus_is_recruitment_income_and_the_structure_a_pyramid():
    data = {"format": "opportunity-evaluation", "version": 1,
            "offer": {"name": "Circle", "kind": "other", "fees": {"signup": 1000}},
            "assumptions": {"horizon_months": 12, "recruits_per_month": 1,
                            "downline_recruits_per_member_per_month": 1},
            "simulation": {"existing_participants": 100, "market_size": 2000, "months": 4, "seed": 3}}
    ev = with_plan(fileformat.from_data(data), MatrixComponent(
        type="matrix", width=2, depth=3, levels=[], cycle_bonus=8000))
    p = project(ev)
    # joined E(m) = E(m-1) + 1 + 1 * T(m-1), T(m) = (0.9 + 1) T(m-1) + 1 (retention 90%):
    # T = 1, 2.9, 6.51; E = 1, 3, 6.9, 14.41: the 14 positions fill in month 4, and only that
    # month pays the 8,000 (in a real circle: the 8 newcomers' fees of 1,000)
    assert sum(p.by_component["matrix"]) == pytest.approx(8000)
    assert p.by_component["matrix"][3] == 8000
    assert p.downline_joined[:4] == pytest.approx([1, 3, 6.9, 14.41])
    analysis = analyze(ev, "en")
    assert analysis.flag("recruitment_rewards").severity == "serious"
    assert analysis.verdict.level == "likely_pyramid"


# ---- stairstep ----------------------------------------------------------------------------


def stairstep(**kw) -> StairstepComponent:
    return StairstepComponent(type="stairstep", percent_by_rank={"Bronze": 5, "Silver": 10, "Gold": 20}, **kw)


def test_stairstep_pays_your_rank_less_the_lowest_rank_on_the_downline():
    ev = with_plan(evaluation(horizon=5), stairstep(), ranks=RANKS)
    # GV = own 100 + T * 100 = 100 + 100 m: Bronze up to m3 (400), Silver from m4 (500).
    # Bronze: own 5% * 100 = 5; downline (5 - 5)% = 0               -> 5, 5, 5
    # Silver: own 10% * 100 = 10; downline (10 - 5)% * m * 100 = 5m -> m4: 30, m5: 35
    assert project(ev).by_component["stairstep"] == pytest.approx([5, 5, 5, 30, 35])
    assert project(ev).rank == ["Bronze", "Bronze", "Bronze", "Silver", "Silver"]


def test_stairstep_without_own_volume_pays_your_rank_on_your_personal_recruits():
    ev = with_plan(evaluation(horizon=5), stairstep(own_volume=False), ranks=RANKS)
    # Nothing on your own volume; all members are personal recruits (level 1), whose own volume
    # is not paid at their rank, so you get your full rate: Bronze 5% * m * 100 = 5m,
    # Silver 10% * m * 100 = 10m
    assert project(ev).by_component["stairstep"] == pytest.approx([5, 10, 15, 40, 50])


def test_stairstep_breakaway_generations_pay_nothing_in_the_projection():
    plain = with_plan(evaluation(horizon=5), stairstep(), ranks=RANKS)
    breakaway = with_plan(evaluation(horizon=5), stairstep(breakaway_rank="Silver",
                                                           generation_percents=[3, 2]), ranks=RANKS)
    # Your downline stays at the lowest rank (Bronze), so nobody below you breaks away: the same
    # figures as without a breakaway.
    assert project(breakaway).by_component["stairstep"] == project(plain).by_component["stairstep"]


# ---- fast start ---------------------------------------------------------------------------


def test_fast_start_pays_on_members_who_joined_in_its_months_per_level():
    ev = with_plan(evaluation(horizon=5, d=0.5), FastStartComponent(
        type="fast_start", percents=[20, 10], months=2))
    # a_1(m) = m; a_2(m) = a_2(m-1) + 0.5 a_1(m-1): 0, 0.5, 1.5, 3, 5.
    # new in the last 2 months: a_l(m) - a_l(m-2) (everyone stays):
    #   level 1: 1, 2, 2, 2, 2;  level 2: 0, 0.5, 1.5, 2.5, 3.5
    # pay = 20% * new_1 * 100 + 10% * new_2 * 100: 20, 45, 55, 65, 75
    p = project(ev)
    assert p.by_component["fast_start"] == pytest.approx([20, 45, 55, 65, 75])
    assert p.revenue["recruiting"] == pytest.approx([20, 45, 55, 65, 75])


def test_fast_start_counts_only_new_members_still_active():
    ev = with_plan(evaluation(horizon=4, retention=50), FastStartComponent(
        type="fast_start", percents=[20], months=2))
    # a_1 = 1, 1.5, 1.75, 1.875; new in 2 months = a_1(m) - 0.25 a_1(m-2):
    #   m1 1, m2 1.5, m3 1.75 - 0.25 = 1.5, m4 1.875 - 0.375 = 1.5 (= 1 this month + 0.5 of last)
    # pay = 20% * new * 100 = 20 new
    assert project(ev).by_component["fast_start"] == pytest.approx([20, 30, 30, 30])


# ---- matching -----------------------------------------------------------------------------


def test_matching_pays_on_what_each_generation_earns_from_the_unilevel():
    ev = with_plan(evaluation(horizon=3, d=0.5),
                   UnilevelComponent(type="unilevel", levels=[10, 5]),
                   MatchingComponent(type="matching", percents=[50]))
    # a_1: 1, 2, 3;  a_2: 0, 0.5, 1.5;  a_3: 0, 0, 0.25
    # your unilevel: 10% a_1 * 100 + 5% a_2 * 100 = 10 a_1 + 5 a_2: 10, 22.5, 37.5
    # generation 1 (a_1 members) earns the unilevel on the levels below them:
    #   10 a_2 + 5 a_3 = 0, 5, 16.25; matched at 50%: 0, 2.5, 8.125
    p = project(ev)
    assert p.by_component["unilevel"] == pytest.approx([10, 22.5, 37.5])
    assert p.by_component["matching"] == pytest.approx([0, 2.5, 8.125])
    assert p.revenue["downline"] == pytest.approx([10, 25, 45.625])


def test_matching_below_its_minimum_rank_pays_nothing():
    ranks = [Rank(name="Bronze", group_volume=0), Rank(name="Director", group_volume=10_000)]
    ev = with_plan(evaluation(horizon=3, d=0.5),
                   UnilevelComponent(type="unilevel", levels=[10, 5]),
                   MatchingComponent(type="matching", percents=[50], min_rank="Director"),
                   ranks=ranks)
    # GV = 100 + 100 T stays below 10,000 (T(3) = 4.75): never a Director
    assert project(ev).by_component["matching"] == [0, 0, 0]


# ---- the version-2 extensions of the others ------------------------------------------------


def test_recruit_bonus_pays_its_deeper_levels_on_the_members_who_joined_them():
    ev = with_plan(evaluation(horizon=3, d=0.5), RecruitBonusComponent(type="recruit_bonus", amounts=[30, 10]))
    # level 1: 30 * 1 recruit; level 2 joiners a_2(m) - a_2(m-1): 0, 0.5, 1 -> 30, 35, 40
    assert project(ev).by_component["recruit_bonus"] == pytest.approx([30, 35, 40])


def test_unilevel_depth_by_rank_pays_the_levels_of_your_rank():
    ranks = RANKS[:2]
    ev = with_plan(evaluation(horizon=4, d=0.5), UnilevelComponent(
        type="unilevel", levels=[10, 5], depth_by_rank={"Bronze": 1, "Silver": 2}), ranks=ranks)
    # T: 1, 2.5, 4.75, 8.125 -> GV = 100 + 100 T: 200, 350, 575, 912.5: Bronze, Bronze, Silver, Silver
    # Bronze (1 level): 10 a_1 = 10, 20; Silver: 10 a_1 + 5 a_2 = 30 + 7.5, 40 + 15
    assert project(ev).by_component["unilevel"] == pytest.approx([10, 20, 37.5, 55])


# ---- traits and words ---------------------------------------------------------------------


def test_depths_the_deep_overrides_flag_reads():
    plan = Plan.from_components(RANKS, [
        UnilevelComponent(type="unilevel", levels=[10, 5, 2]),
        MatchingComponent(type="matching", percents=[20, 10, 5]),
        FastStartComponent(type="fast_start", percents=[20, 10, 5], months=2),
        MatrixComponent(type="matrix", width=3, depth=7, levels=[5, 5, 5, 0], cycle_bonus=0),
    ])
    depth = {k.type: k.depth() for k in plan.kinds}
    # matching: 3 generations of a 3-level unilevel reach 3 + 3 = 6 levels
    assert depth == {"fast_start": 3, "unilevel": 3, "matrix": 3, "matching": 6}
    assert plan.deepest().type == "matching"
    with_stairstep = Plan.from_components(RANKS, [stairstep(), MatchingComponent(type="matching", percents=[5])])
    assert with_stairstep.kind("stairstep").depth() is None  # the differential has no depth limit
    assert with_stairstep.kind("matching").depth() is None


def test_words_in_both_languages():
    money, pct = (lambda x: f"€{x:g}"), (lambda x, d=0: f"{x:g}%")
    matrix = Plan.from_components([], [MatrixComponent(type="matrix", width=2, depth=3, levels=[],
                                                       cycle_bonus=8000)]).kinds[0]
    assert matrix.describe("en", money, pct) == (
        "Matrix 2×3: no commission per level; €8000 once when all 14 positions are filled.")
    three = Plan.from_components([], [MatrixComponent(type="matrix", width=3, depth=7, levels=[10, 5])]).kinds[0]
    assert three.describe("nl", money, pct) == "Matrix 3×7: per niveau van je matrix 10%, 5% van het volume van elk lid."
    assert matrix.pays_for("nl", money) == "het vullen van je matrix met nieuwkomers (€8000)"
    fast = Plan.from_components([], [FastStartComponent(type="fast_start", percents=[20, 10, 5], months=2)]).kinds[0]
    assert fast.describe("en", money, pct) == (
        "Fast-start bonus: on a new participant's volume in their first 2 months, per level above them: 20%, 10%, 5%.")
    assert fast.pays_for("nl", money) == "de bestellingen van nieuwe rekruten in hun eerste 2 maanden"
    step = Plan.from_components(RANKS, [stairstep(breakaway_rank="Gold", generation_percents=[3])]).kinds[0]
    assert "Breakaway at 'Gold'" in step.describe("en", money, pct)
    assert "Breakaway bij 'Gold'" in step.describe("nl", money, pct)


def test_stairstep_income_split_counts_your_own_customers_as_outside():
    from evaluator.core.income import split_projection

    ev = fileformat.from_data({
        "format": "opportunity-evaluation", "version": 1,
        "offer": {"name": "Split", "kind": "mlm", "requirements": {"monthly_volume": 100}},
        "assumptions": {"horizon_months": 1, "new_customers_per_month": 1, "customer_monthly_spend": 60},
    })
    ev = with_plan(ev, StairstepComponent(type="stairstep", percent_by_rank={"Bronze": 10}),
                   ranks=[Rank(name="Bronze", group_volume=0)])
    # No products: RV = 60 of your own sales, OV = 100 - 60 = 40. Bronze 10% of 100 = 10 on your own
    # volume: 60/100 of it (6) outside, 4 on your own purchases; no downline.
    split = split_projection(ev, project(ev))
    assert project(ev).by_component["stairstep"] == pytest.approx([10])
    # retail: no products, so no margin (0); the split is the stairstep's own 6 / 4
    assert (split.outside, split.recruitment) == pytest.approx((6, 4))
