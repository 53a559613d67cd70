"""The red flags and the verdict on the version-2 plan components (issue #12 item 6): a matrix
cycle bonus funded by fees with no products is a pyramid; fast start and matching reward
recruiting; generation overrides and deep bonuses count as deep overrides; a breakaway plan's
concentration shows in top_weighted; breakage is put in words."""

from __future__ import annotations

import dataclasses

from evaluator.core import fileformat
from evaluator.core.analysis import analyze
from evaluator.core.model import Evaluation
from evaluator.core.plans import Plan
from evaluator.core.plans.components import (
    FastStartComponent, MatchingComponent, MatrixComponent, Rank, RecruitBonusComponent,
    StairstepComponent, UnilevelComponent,
)
from evaluator.core.simulation import simulate

PRODUCT = {"name": "Shake", "wholesale_price": 40, "retail_price": 50}


def evaluation(products: bool = True, fees: dict | None = None, **assumptions) -> Evaluation:
    offer = {"name": "Flags v2", "kind": "mlm", "fees": fees or {"signup": 50},
             "requirements": {"monthly_volume": 0}, "products": [PRODUCT] if products else []}
    return fileformat.from_data({
        "format": "opportunity-evaluation", "version": 1, "offer": offer,
        "assumptions": {"horizon_months": 12, "recruits_per_month": 1,
                        "new_customers_per_month": 2, "customer_monthly_spend": 50,
                        "customer_retention_percent": 80, **assumptions},
        "simulation": {"existing_participants": 100, "market_size": 3000, "months": 6, "seed": 5},
    })


def with_plan(ev: Evaluation, *components, ranks: list[Rank] | None = None) -> Evaluation:
    """The same document with this version-2 plan, through the file format (a real document)."""
    data = fileformat.to_data(ev)
    data["offer"]["payout"]["ranks"] = [r.model_dump() for r in ranks or []]
    data["offer"]["payout"]["components"] = [c.model_dump() for c in components]
    return fileformat.from_data(data)


CIRCLE = MatrixComponent(type="matrix", width=2, depth=3, levels=[], cycle_bonus=8000)


def test_a_cycle_bonus_funded_by_fees_with_no_products_is_likely_a_pyramid():
    ev = with_plan(evaluation(products=False, fees={"signup": 1000}), CIRCLE)
    a = analyze(ev, "en")
    rewards = a.flag("recruitment_rewards")
    assert rewards.severity == "serious"
    assert rewards.title == "Money is paid for bringing in new participants"
    # 2 + 4 + 8 = 14 positions
    assert rewards.detail.startswith("You are paid €8,000 once all 14 positions of your 2×3 matrix are filled")
    assert a.flag("no_products").severity == "serious"
    assert a.flag("pay_to_join") is not None
    assert a.verdict.level == "likely_pyramid"
    nl = analyze(ev, "nl").flag("recruitment_rewards")
    assert nl.detail.startswith("Je krijgt € 8.000 zodra alle 14 plaatsen van je 2×3-matrix gevuld zijn")


def test_the_circle_stays_a_pyramid_whatever_you_assume_for_yourself():
    # No recruits and many outside customers of your own: the structure has not changed.
    ev = with_plan(evaluation(products=False, fees={"signup": 1000}, recruits_per_month=0,
                              new_customers_per_month=50), CIRCLE)
    assert analyze(ev, "en").verdict.level == "likely_pyramid"


def test_a_fast_start_rewards_recruiting_as_a_warning():
    ev = with_plan(evaluation(), FastStartComponent(type="fast_start", percents=[20, 10, 5], months=2))
    flag = analyze(ev, "en").flag("recruitment_rewards")
    assert flag.severity == "warning" and flag.title == "Pay rewards recruiting"
    assert flag.detail.startswith("A fast-start bonus pays 20%, 10%, 5% (per level) of what each new participant orders in their first 2 months")
    # with products sold to outside customers and no other serious element, not a pyramid
    assert analyze(ev, "en").verdict.level != "likely_pyramid"


def test_matching_pays_on_recruits_earnings_and_a_recruit_bonus_names_both():
    ev = with_plan(evaluation(), UnilevelComponent(type="unilevel", levels=[10], basis="customer_volume"),
                   MatchingComponent(type="matching", percents=[25]),
                   RecruitBonusComponent(type="recruit_bonus", amounts=[40]))
    flag = analyze(ev, "en").flag("recruitment_rewards")
    assert flag.severity == "serious"  # the bonus per recruit
    # the recruit bonus's sentence (40 * 1 a month * 12 months = 480), then the matching bonus's
    assert flag.detail.startswith("You are paid €40 for every person you sign up")
    assert "€480 over 12 months. A matching bonus pays you 25% (per generation) of what the people you enrolled" in flag.detail


def test_deep_generations_and_a_stairstep_count_as_deep_overrides():
    # 3 generations of matching on a 3-level unilevel reach 3 + 3 = 6 levels
    ev = with_plan(evaluation(), UnilevelComponent(type="unilevel", levels=[10, 5, 2]),
                   MatchingComponent(type="matching", percents=[20, 10, 5]))
    deep = analyze(ev, "en").flag("deep_overrides")
    assert deep.title == "Commissions reach 6 levels deep"
    assert deep.detail.startswith("A matching bonus pays on 3 generations of your line's earnings (20 / 10 / 5 percent), so it reaches volume 6 levels below you")
    ranks = [Rank(name="Member", group_volume=0), Rank(name="Supervisor", group_volume=4000)]
    stair = with_plan(evaluation(), StairstepComponent(
        type="stairstep", percent_by_rank={"Member": 25, "Supervisor": 50},
        breakaway_rank="Supervisor", generation_percents=[5, 4, 3]), ranks=ranks)
    deep = analyze(stair, "en").flag("deep_overrides")
    assert deep.title == "Commissions reach unlimited depth"
    assert "3 generations of breakaway groups deep (5 / 4 / 3 percent)" in deep.detail
    assert "3 generaties losgebroken groepen diep" in analyze(stair, "nl").flag("deep_overrides").detail


def test_a_recruit_bonus_five_levels_deep_is_a_deep_override():
    ev = with_plan(evaluation(), RecruitBonusComponent(type="recruit_bonus", amounts=[50, 20, 10, 5, 5]))
    deep = analyze(ev, "en").flag("deep_overrides")
    assert deep.title == "Commissions reach 5 levels deep"
    assert deep.detail.startswith("A bonus is paid for every new participant up to 5 levels below you (50 / 20 / 10 / 5 / 5 per level)")


def test_top_weighted_reads_the_simulation_whatever_the_plan():
    ranks = [Rank(name="Member", group_volume=0), Rank(name="Supervisor", group_volume=4000)]
    ev = with_plan(evaluation(), StairstepComponent(
        type="stairstep", percent_by_rank={"Member": 25, "Supervisor": 50},
        breakaway_rank="Supervisor", generation_percents=[5, 4, 3]), ranks=ranks)
    sim = dataclasses.replace(simulate(ev), top1_share_percent=62.0, top10_share_percent=90.0)
    flag = analyze(ev, "en", simulation=sim).flag("top_weighted")
    assert flag.severity == "serious"
    assert flag.detail == "In the simulation the top 1% of participants receive 62% of all earnings (top 10%: 90%)."


def test_breakage_in_words_per_component():
    plan = Plan.from_components([], [UnilevelComponent(type="unilevel", levels=[10]), CIRCLE])
    money = lambda x: f"€{x:,.0f}"  # noqa: E731
    assert plan.breakage_sentences("en", money, {"unilevel": 1234.0, "matrix": 0.0}) == [
        "Unilevel commission: €1,234 was not paid out in the simulation because the member it fell to had stopped (breakage)."]
    assert plan.breakage_sentences("nl", money, {"matrix": 16000.0}) == [
        "Matrixcommissie: €16,000 werd in de simulatie niet uitbetaald omdat het lid bij wie het uitkwam gestopt was (breakage)."]
    assert plan.breakage_sentences("en", money, {}) == []


def test_the_comparison_names_how_the_plan_rewards_recruiting():
    ev = with_plan(evaluation(products=False, fees={"signup": 1000}), CIRCLE)
    aspect = next(x for x in analyze(ev, "en").comparison if x.key == "recruitment_methods")
    assert aspect.leans == "pyramid"
    assert aspect.this_offer.startswith("You are paid €8,000 once all 14 positions")
