"""The upline table of SPEC 12: what your own purchases and sales in month H pay each level above
you, through SPEC 10's engine on the chain you -> sponsor -> ..., every upline active at the
lowest rank that pays. Every figure is worked out by hand in the comments."""

from __future__ import annotations

import json

import pytest

from evaluator.core.decisions import upline_for_plan, upline_json, upline_table
from evaluator.core.fileformat import from_data
from evaluator.core.plans.components import PayoutPlan


def plan(*components, ranks=()):
    return PayoutPlan(ranks=list(ranks), components=list(components))


def totals(table):
    return [level.total for level in table.levels]


# ---- unilevel ---------------------------------------------------------------------------------


def test_unilevel_pays_each_level_its_percentage_of_your_volume():
    p = plan({"type": "unilevel", "levels": [10, 5, 2]},
             {"type": "recruit_bonus", "amounts": [50, 20]})
    table = upline_for_plan(p, month=6, volume=200, customer_volume=50)
    # 10% x 200 = 20, 5% x 200 = 10, 2% x 200 = 4 (three levels: the deepest component).
    assert totals(table) == pytest.approx([20, 10, 4])
    assert table.total == pytest.approx(34)
    assert [lv.level for lv in table.levels] == [1, 2, 3]
    assert table.levels[0].by_component == pytest.approx({"unilevel": 20, "recruit_bonus": 0})
    # The recruit bonus is paid once, when you join (month 1), not on month 6's volume:
    # 50 to your sponsor, 20 to theirs, nothing to level 3.
    assert [lv.joining_bonus for lv in table.levels] == pytest.approx([50, 20, 0])
    assert table.joining_total == pytest.approx(70)


def test_unilevel_on_customer_volume_pays_only_on_your_sales():
    p = plan({"type": "unilevel", "levels": [10, 5], "basis": "customer_volume"})
    table = upline_for_plan(p, month=12, volume=200, customer_volume=50)
    # 10% x 50 = 5, 5% x 50 = 2.5
    assert totals(table) == pytest.approx([5, 2.5])


def test_unilevel_depth_by_rank_at_the_lowest_rank_that_pays_and_no_rank_bonus():
    ranks = [{"name": "Member"}, {"name": "Silver", "group_volume": 1000}]
    p = plan({"type": "unilevel", "levels": [10, 5, 2], "depth_by_rank": {"Member": 2, "Silver": 3}},
             {"type": "rank_bonus", "amount_by_rank": {"Member": 25, "Silver": 100}}, ranks=ranks)
    table = upline_for_plan(p, month=3, volume=200, customer_volume=0)
    # Every upline is a Member (the lowest rank that pays), paid 2 levels deep: 10% x 200 = 20,
    # 5% x 200 = 10; level 3 is lost (compression none). The Members' rank bonus of 25 is paid
    # whatever you buy, so it is not what your purchases pay: 0.
    assert table.upline_rank == "Member"
    assert totals(table) == pytest.approx([20, 10, 0])
    assert all(lv.by_component["rank_bonus"] == 0 for lv in table.levels)


def test_unilevel_through_a_version_1_document():
    # No products: volume = sales. 2 new customers a month, none kept, spending 50 = 100 of sales
    # (RV = 100); the requirement of 150 a month means buying OV = 150 - 100 = 50 yourself.
    ev = from_data({"format": "opportunity-evaluation", "version": 1, "offer": {
        "name": "Uni", "requirements": {"monthly_volume": 150},
        "payout": {"plan": "unilevel", "levels": [10, 5]}},
        "assumptions": {"new_customers_per_month": 2, "customer_retention_percent": 0,
                        "customer_monthly_spend": 50, "horizon_months": 12}})
    table = upline_table(ev)
    assert table.month == 12
    assert table.volume == pytest.approx(150)
    assert table.customer_volume == pytest.approx(100)
    # 10% x 150 = 15, 5% x 150 = 7.5
    assert totals(table) == pytest.approx([15, 7.5])
    data = upline_json(table)
    assert [lv["total"] for lv in data["levels"]] == pytest.approx([15, 7.5])
    assert data["total"] == pytest.approx(22.5)
    json.dumps(data, allow_nan=False)


def test_no_plan_no_levels():
    ev = from_data({"format": "opportunity-evaluation", "version": 1, "offer": {"name": "Dealer"}})
    assert upline_table(ev).levels == []


# ---- stairstep --------------------------------------------------------------------------------

STAIR_RANKS = [{"name": "Distributor"}, {"name": "Bronze", "group_volume": 500},
               {"name": "Gold", "group_volume": 2000}]
STAIR = {"type": "stairstep", "percent_by_rank": {"Distributor": 0, "Bronze": 5, "Gold": 10}}


def test_stairstep_pays_your_sponsor_the_difference_and_no_one_above():
    table = upline_for_plan(plan(STAIR, ranks=STAIR_RANKS), month=12, volume=100, customer_volume=0)
    # You (volume 100 < 500) qualify as Distributor: 0% on your own volume. Your sponsor at
    # Bronze (the lowest rank that pays) gets 5% - 0% = 5% x 100 = 5; a Bronze above gets 5 - 5 = 0.
    assert table.your_rank == "Distributor" and table.upline_rank == "Bronze"
    assert totals(table) == pytest.approx([5])


def test_stairstep_with_a_breakaway_pays_generations():
    stair = {**STAIR, "breakaway_rank": "Bronze", "generation_percents": [2, 1]}
    table = upline_for_plan(plan(stair, ranks=STAIR_RANKS), month=12, volume=100, customer_volume=0)
    # Sponsor (Bronze, the breakaway rank): the differential 5; the walk stops there. The next
    # two Bronzes up are the 1st and 2nd generation: 2% x 100 = 2 and 1% x 100 = 1.
    assert totals(table) == pytest.approx([5, 2, 1])


def test_stairstep_when_your_own_volume_reaches_the_paying_rank():
    stair = {**STAIR, "breakaway_rank": "Bronze", "generation_percents": [2, 1]}
    table = upline_for_plan(plan(stair, ranks=STAIR_RANKS), month=12, volume=600, customer_volume=0)
    # 600 >= 500: you are Bronze yourself and take 5% of your own 600 (30) and break away; your
    # sponsor and theirs get the generations: 2% x 600 = 12 and 1% x 600 = 6; level 3 nothing.
    assert table.your_rank == "Bronze"
    assert totals(table) == pytest.approx([12, 6, 0])


def test_stairstep_with_a_matching_bonus_on_the_upline_s_earnings():
    stair = {**STAIR, "breakaway_rank": "Bronze", "generation_percents": [2, 1]}
    matching = {"type": "matching", "percents": [10], "min_rank": "Bronze"}
    table = upline_for_plan(plan(stair, matching, ranks=STAIR_RANKS), month=12, volume=100,
                            customer_volume=0)
    # Stairstep as above: 5, 2, 1. Each upline also gets 10% of what the member one step below
    # earned on your volume: level 1 of your 0, level 2 of 5 = 0.5, level 3 of 2 = 0.2, level 4
    # of 1 = 0.1 (four levels: three of the stairstep + one of matching).
    assert totals(table) == pytest.approx([5, 2.5, 1.2, 0.1])
    assert table.levels[1].by_component == pytest.approx({"stairstep": 2, "matching": 0.5})


def test_binary_pays_no_one_on_your_volume_alone_and_says_what_a_matched_leg_pays():
    p = plan({"type": "binary", "percent": 10, "monthly_cap": 8})
    table = upline_for_plan(p, month=12, volume=100, customer_volume=0)
    # On the chain each upline has one leg, the other is empty: the weaker leg is 0.
    assert totals(table) == pytest.approx([0])
    # Matched by an equal leg: min(10% x 100, cap 8) = 8 for each upline.
    assert table.binary_if_matched == pytest.approx(8)


# ---- through a version-2 document --------------------------------------------------------------


def v2_doc(payout, **assumptions):
    return from_data({"format": "opportunity-evaluation", "version": 2, "offer": {
        "name": "V2", "requirements": {"monthly_volume": 150}, "payout": payout},
        "assumptions": {"new_customers_per_month": 2, "customer_retention_percent": 0,
                        "customer_monthly_spend": 50, "horizon_months": 12, **assumptions}})


def test_unilevel_with_ranks_and_a_recruit_bonus_through_a_version_2_document():
    # (A stairstep document waits for the projection to know the component: the registry in
    # core/plans has unilevel, binary, recruit and rank bonus; the stairstep's table is tested
    # on the PayoutPlan above.) Volume as in the version-1 test: RV = 100 of sales, OV = 50
    # bought, 150 in all. Uplines at Member, paid 2 levels deep: 10% x 150 = 15, 5% x 150 = 7.5,
    # level 3 lost. The recruit bonus pays 40 and 10 once, when you join.
    payout = {"ranks": [{"name": "Member"}, {"name": "Silver", "group_volume": 1000}],
              "components": [{"type": "unilevel", "levels": [10, 5, 2],
                              "depth_by_rank": {"Member": 2, "Silver": 3}},
                             {"type": "recruit_bonus", "amounts": [40, 10]}]}
    table = upline_table(v2_doc(payout))
    assert table.volume == pytest.approx(150)
    assert table.upline_rank == "Member"
    assert totals(table) == pytest.approx([15, 7.5, 0])
    assert [lv.joining_bonus for lv in table.levels] == pytest.approx([40, 10, 0])


def test_unilevel_on_customer_volume_through_a_version_2_document():
    # 10% and 5% of the 100 of customer volume only.
    payout = {"components": [{"type": "unilevel", "levels": [10, 5], "basis": "customer_volume"}]}
    assert totals(upline_table(v2_doc(payout))) == pytest.approx([10, 5])
