"""The deterministic projection (SPEC section 3), checked against hand-computed values to 1e-6.

Each expectation has its hand computation next to it. Notation as in SPEC section 3: w, r, v the
mean wholesale price, retail price and volume; c(m) customers, S(m) sales, RV retail volume,
OV own purchase volume, a_l(m) active downline members at level l, B commissionable volume.
"""

from __future__ import annotations

import math

import pytest

from evaluator.core.fileformat import EvaluationFileError, from_data
from evaluator.core.projection import product_mix, project

TOL = 1e-6


def make(offer=None, assumptions=None, horizon=3):
    a = {"horizon_months": horizon, **(assumptions or {})}
    return from_data({"format": "opportunity-evaluation", "version": 1,
                      "offer": {"name": "T", **(offer or {})}, "assumptions": a})


def approx(values):
    return pytest.approx(values, abs=TOL)


PRODUCT_30_50 = [{"name": "p", "wholesale_price": 30, "retail_price": 50}]  # v = w = 30, g = 0.4
CUSTOMERS = {"new_customers_per_month": 2, "customer_monthly_spend": 50,
             "customer_retention_percent": 50}
# c(1) = 2; c(2) = 0.5*2 + 2 = 3; c(3) = 0.5*3 + 2 = 3.5  ->  S = 100, 150, 175


# ---- product mix -----------------------------------------------------------------------------


def test_product_mix_is_unweighted_mean_and_volume_defaults_to_wholesale():
    ev = make({"products": [
        {"name": "a", "wholesale_price": 40, "retail_price": 60, "volume": 20},
        {"name": "b", "wholesale_price": 20, "retail_price": 40},  # volume null -> 20 (= wholesale)
    ]})
    mix = product_mix(ev.offer)
    # w = (40+20)/2 = 30; r = (60+40)/2 = 50; v = (20+20)/2 = 20; g = (50-30)/50 = 0.4
    assert (mix.wholesale, mix.retail, mix.volume) == approx((30, 50, 20))
    assert mix.margin == approx(0.4)
    assert mix.cost_of_volume(10) == approx(15)  # 10 * 30 / 20
    assert mix.volume_of_sales(100) == approx(40)  # 100 * 20 / 50


def test_zero_volume_costs_nothing():
    ev = make({"products": [{"name": "a", "wholesale_price": 10, "retail_price": 20, "volume": 0}],
               "requirements": {"monthly_volume": 50}})
    p = project(ev)
    # v = 0: x * w / v is defined as 0
    assert p.costs["purchases"] == approx([0, 0, 0])


# ---- retail income -----------------------------------------------------------------------------


def test_retail_margin_customer_retention_and_own_purchases():
    ev = make({"products": PRODUCT_30_50, "requirements": {"monthly_volume": 100}},
              {**CUSTOMERS, "personal_use_percent": 25})
    p = project(ev)
    assert p.customers == approx([2, 3, 3.5])
    # retail = S * g = 100*0.4, 150*0.4, 175*0.4
    assert p.revenue["retail"] == approx([40, 60, 70])
    # RV = S * v / r = S * 30/50 = 60, 90, 105; OV = max(0, 100 - RV) = 40, 10, 0
    assert p.retail_volume == approx([60, 90, 105])
    assert p.own_purchase_volume == approx([40, 10, 0])
    # purchases = OV * w / v * (1 - 0.25) = 40*1*0.75, 10*1*0.75, 0
    assert p.costs["purchases"] == approx([30, 7.5, 0])
    # net = 40-30, 60-7.5, 70-0; cumulative 10, 62.5, 132.5
    assert p.net == approx([10, 52.5, 70])
    assert p.cumulative_net == approx([10, 62.5, 132.5])
    assert p.total_net == pytest.approx(132.5, abs=TOL)
    assert p.break_even_month == 1
    assert p.recruitment_share == 0


def test_retail_commission():
    ev = make({"products": PRODUCT_30_50,
               "payout": {"retail_mode": "commission", "retail_commission_percent": 15}}, CUSTOMERS)
    # S * 15% = 100*0.15, 150*0.15, 175*0.15
    assert project(ev).revenue["retail"] == approx([15, 22.5, 26.25])


def test_retail_none_still_counts_volume():
    ev = make({"products": PRODUCT_30_50, "payout": {"retail_mode": "none"},
               "requirements": {"monthly_volume": 100}}, CUSTOMERS)
    p = project(ev)
    assert p.revenue["retail"] == approx([0, 0, 0])
    # RV counts towards monthly_volume whatever the retail_mode: OV = 100 - 60, 100 - 90, 0
    assert p.own_purchase_volume == approx([40, 10, 0])


def test_one_off_sales_with_zero_retention():
    ev = make({"products": PRODUCT_30_50},
              {"new_customers_per_month": 2, "customer_monthly_spend": 50})
    # rho_c = 0: c(m) = 2 every month; S = 100; retail = 40
    assert project(ev).revenue["retail"] == approx([40, 40, 40])


def test_no_products_means_unit_prices_and_no_margin():
    ev = make({"requirements": {"monthly_volume": 150}},
              {"new_customers_per_month": 1, "customer_monthly_spend": 100}, horizon=2)
    p = project(ev)
    # w = r = v = 1, g = 0: margin pays nothing; RV = 100 * 1/1; OV = 150-100 = 50, costing 50*1/1
    assert p.revenue["retail"] == approx([0, 0])
    assert p.retail_volume == approx([100, 100])
    assert p.costs["purchases"] == approx([50, 50])
    commission = make({"payout": {"retail_mode": "commission", "retail_commission_percent": 20}},
                      {"new_customers_per_month": 1, "customer_monthly_spend": 100}, horizon=2)
    assert project(commission).revenue["retail"] == approx([20, 20])  # 100 * 20%


# ---- downline ------------------------------------------------------------------------------

DOWNLINE = {"recruits_per_month": 2, "downline_retention_percent": 50,
            "downline_recruits_per_member_per_month": 1}
# a_1(1) = 2;            a_2(1) = 0;                 a_3(1) = 0
# a_1(2) = 0.5*2+2 = 3;  a_2(2) = 0.5*0 + 1*2 = 2;   a_3(2) = 0.5*0 + 1*0 = 0
# a_1(3) = 0.5*3+2 = 3.5; a_2(3) = 0.5*2 + 1*3 = 4;  a_3(3) = 0.5*0 + 1*2 = 2
VOLUME_100 = {"monthly_volume": 100}  # no products: MV = max(100, CV = 0) = 100 = B (all_volume)


@pytest.mark.parametrize("level, expected", [
    (1, [2, 3, 3.5]), (2, [0, 2, 4]), (3, [0, 0, 2]), (4, [0, 0, 0]),
])
def test_downline_level_recurrence(level, expected):
    # levels = 100% at one level only, B = 1 volume point per member: downline pay = a_l(m)
    levels = [0] * (level - 1) + [100]
    ev = make({"payout": {"plan": "unilevel", "levels": levels},
               "requirements": {"monthly_volume": 1}}, DOWNLINE)
    assert project(ev).revenue["downline"] == approx(expected)


def test_downline_totals_and_personal_recruits():
    p = project(make({}, DOWNLINE))
    assert p.personal_recruits_active == approx([2, 3, 3.5])
    assert p.downline_active == approx([2, 5, 9.5])  # 2+0+0, 3+2+0, 3.5+4+2


def test_level_two_needs_downline_recruiting():
    ev = make({"payout": {"plan": "unilevel", "levels": [0, 100]}, "requirements": {"monthly_volume": 1}},
              {"recruits_per_month": 2, "downline_retention_percent": 50})
    assert project(ev).revenue["downline"] == approx([0, 0, 0])


def test_unilevel_pays_listed_levels_only():
    ev = make({"payout": {"plan": "unilevel", "levels": [10, 5], "binary_percent": 50},
               "requirements": VOLUME_100}, DOWNLINE)
    # m1: 10% * 2 * 100 = 20
    # m2: 10% * 3 * 100 + 5% * 2 * 100 = 30 + 10 = 40
    # m3: 10% * 3.5 * 100 + 5% * 4 * 100 = 35 + 20 = 55 (level 3's 2 members are not paid)
    assert project(ev).revenue["downline"] == approx([20, 40, 55])


def test_plan_none_pays_no_downline_commission():
    ev = make({"payout": {"plan": "none", "levels": [10, 5], "binary_percent": 10},
               "requirements": VOLUME_100}, DOWNLINE)
    assert project(ev).revenue["downline"] == approx([0, 0, 0])


def test_binary_without_cap_ignores_levels():
    ev = make({"payout": {"plan": "binary", "binary_percent": 10, "levels": [50, 50]},
               "requirements": VOLUME_100}, DOWNLINE)
    # 10% * (sum of a_l) * 100 / 2: 0.1*2*100/2 = 10; 0.1*5*100/2 = 25; 0.1*9.5*100/2 = 47.5
    assert project(ev).revenue["downline"] == approx([10, 25, 47.5])


def test_binary_cap_applies_after_halving():
    ev = make({"payout": {"plan": "binary", "binary_percent": 10, "binary_monthly_cap": 30},
               "requirements": VOLUME_100}, DOWNLINE)
    # after halving: 10, 25, 47.5 -> min(., 30) = 10, 25, 30
    # (capping before halving would give 10, min(50,30)/2 = 15, 15)
    assert project(ev).revenue["downline"] == approx([10, 25, 30])


def test_binary_cap_of_zero_pays_nothing():
    ev = make({"payout": {"plan": "binary", "binary_percent": 10, "binary_monthly_cap": 0},
               "requirements": VOLUME_100}, DOWNLINE)
    assert project(ev).revenue["downline"] == approx([0, 0, 0])


DOWNLINE_SALES = {"recruits_per_month": 2, "downline_retention_percent": 50,
                  "downline_customer_sales": 40}
# products w = 30, r = 50, v = 30: CV = 40 * 30 / 50 = 24 volume per member; a_1 = 2, 3, 3.5


def test_commission_basis_all_volume_vs_customer_volume():
    offer = {"products": PRODUCT_30_50, "requirements": {"monthly_volume": 100},
             "payout": {"plan": "unilevel", "levels": [10]}}
    all_volume = project(make(offer, DOWNLINE_SALES))
    # MV = max(100, 24) = 100 = B: 10% * a_1 * 100 = 20, 30, 35
    assert all_volume.revenue["downline"] == approx([20, 30, 35])
    offer["payout"]["commission_basis"] = "customer_volume"
    customer_volume = project(make(offer, DOWNLINE_SALES))
    # B = CV = 24: 10% * a_1 * 24 = 4.8, 7.2, 8.4
    assert customer_volume.revenue["downline"] == approx([4.8, 7.2, 8.4])


def test_member_volume_is_customer_volume_when_above_requirement():
    offer = {"products": PRODUCT_30_50, "requirements": {"monthly_volume": 10},
             "payout": {"plan": "unilevel", "levels": [10]}}
    # MV = max(10, 24) = 24 = B: 10% * a_1 * 24
    assert project(make(offer, DOWNLINE_SALES)).revenue["downline"] == approx([4.8, 7.2, 8.4])


# ---- recruit and rank bonuses --------------------------------------------------------------


def test_recruit_bonus_whatever_the_plan():
    ev = make({"payout": {"plan": "none", "recruit_bonus": 25}}, {"recruits_per_month": 1.5})
    # 25 * 1.5 = 37.5 every month
    assert project(ev).revenue["recruiting"] == approx([37.5, 37.5, 37.5])


RANKS = [  # listed out of order on purpose
    {"name": "B", "group_volume": 300, "legs": 2, "monthly_bonus": 50},
    {"name": "A", "group_volume": 100, "legs": 1, "monthly_bonus": 10},
    {"name": "C", "group_volume": 1000, "legs": 3, "monthly_bonus": 200},
    {"name": "B-tie", "group_volume": 300, "legs": 0, "monthly_bonus": 70},
    {"name": "D", "group_volume": 450, "legs": 4, "monthly_bonus": 90},
    {"name": "E", "group_volume": 0, "legs": 5, "monthly_bonus": 1000},
]


def test_rank_bonus_largest_qualifying_group_volume_first_listed_on_tie():
    ev = make({"payout": {"plan": "none", "ranks": RANKS}, "requirements": VOLUME_100},
              {"recruits_per_month": 1, "downline_retention_percent": 100}, horizon=4)
    p = project(ev)
    # a_1(m) = m (no one leaves); GV = RV + OV + a_1 * MV = 0 + 100 + m*100 = 200, 300, 400, 500
    # m1: GV 200, legs 1 -> A only (B needs 300; E needs 5 legs)                       -> 10
    # m2: GV 300, legs 2 -> A, B, B-tie; B and B-tie tie at 300, B is listed first      -> 50
    # m3: GV 400, legs 3 -> A, B, B-tie (D needs 450, C needs 1000)                     -> 50
    # m4: GV 500, legs 4 -> A, B, B-tie, D (450 <= 500, 4 legs <= 4)                    -> 90
    assert p.revenue["rank"] == approx([10, 50, 50, 90])
    assert p.rank == ["A", "B", "B", "D"]


def test_rank_legs_requirement_blocks_the_bonus():
    ev = make({"payout": {"ranks": [{"name": "Solo", "group_volume": 0, "legs": 1, "monthly_bonus": 99}]}},
              {}, horizon=2)
    # GV = 0 >= 0 but a_1 = 0 < 1 leg: no rank
    p = project(ev)
    assert p.revenue["rank"] == approx([0, 0]) and p.rank == [None, None]
    ev = make({"payout": {"ranks": [{"name": "Solo", "group_volume": 0, "legs": 0, "monthly_bonus": 99}]}},
              {}, horizon=2)
    assert project(ev).revenue["rank"] == approx([99, 99])


def test_group_volume_counts_own_retail_and_purchases():
    ranks = [{"name": "R", "group_volume": 160, "legs": 0, "monthly_bonus": 5}]
    ev = make({"products": PRODUCT_30_50, "requirements": {"monthly_volume": 100},
               "payout": {"ranks": ranks}},
              {"new_customers_per_month": 5, "customer_monthly_spend": 50})
    # S = 250, RV = 250*30/50 = 150 >= 100 so OV = 0; GV = 150 < 160: no rank
    assert project(ev).revenue["rank"] == approx([0, 0, 0])
    ev = make({"products": PRODUCT_30_50, "requirements": {"monthly_volume": 100},
               "payout": {"ranks": ranks}},
              {"new_customers_per_month": 6, "customer_monthly_spend": 50})
    # S = 300, RV = 180 -> GV = 180 >= 160
    assert project(ev).revenue["rank"] == approx([5, 5, 5])


# ---- costs -----------------------------------------------------------------------------------


def test_fees_one_off_monthly_and_annual_in_months_13_25_37_only():
    ev = make({"fees": {"signup": 100, "starter_kit": 50, "monthly": 10, "annual": 60},
               "requirements": {"initial_inventory": 200}}, {}, horizon=38)
    fees = project(ev).costs["fees"]
    # month 1: 100 + 50 + 200 + 10 = 360; months 13, 25, 37: 10 + 60 = 70; else 10
    expected = [10.0] * 38
    expected[0] = 360
    for month in (13, 25, 37):
        expected[month - 1] = 70
    assert fees == approx(expected)
    assert sum(fees) == pytest.approx(360 + 37 * 10 + 3 * 60, abs=TOL)  # 910


TRAINING = [
    {"name": "kick-off", "cost": 120, "times_per_year": 0, "mandatory": True, "focus": "sales"},
    {"name": "quarterly", "cost": 30, "times_per_year": 4, "mandatory": True, "focus": "product"},
    {"name": "monthly event", "cost": 24, "times_per_year": 12, "mandatory": False, "focus": "recruiting"},
    {"name": "optional kit", "cost": 99, "times_per_year": 0, "mandatory": False, "focus": "mixed"},
]


def test_training_one_off_recurring_and_optional():
    with_optional = project(make({"training": TRAINING}, {"include_optional_training": True}))
    # m1: 120 + 30*4/12 + 24*12/12 + 99 = 120 + 10 + 24 + 99 = 253; then 10 + 24 = 34
    assert with_optional.costs["training"] == approx([253, 34, 34])
    without = project(make({"training": TRAINING}, {"include_optional_training": False}))
    # m1: 120 + 10 = 130; then 10
    assert without.costs["training"] == approx([130, 10, 10])


def test_other_expenses_and_personal_use():
    ev = make({"products": PRODUCT_30_50, "requirements": {"monthly_volume": 60}},
              {"other_expenses_per_month": 15, "personal_use_percent": 40}, horizon=2)
    p = project(ev)
    assert p.costs["other"] == approx([15, 15])
    # OV = 60 points * 30/30 = 60 money * (1 - 0.4) = 36
    assert p.costs["purchases"] == approx([36, 36])


# ---- results ---------------------------------------------------------------------------------


def _commission_offer(signup):
    return {"fees": {"signup": signup}, "payout": {"retail_mode": "commission", "retail_commission_percent": 30}}


def test_break_even_month_and_hourly():
    ev = make(_commission_offer(100), {"new_customers_per_month": 1, "customer_monthly_spend": 100,
                                       "hours_per_week": 10}, horizon=4)
    p = project(ev)
    # revenue 100 * 30% = 30 a month; net -70, 30, 30, 30; cumulative -70, -40, -10, 20
    assert p.cumulative_net == approx([-70, -40, -10, 20])
    assert p.break_even_month == 4
    # hourly = 20 / (10 * 52/12 * 4) = 20 / 173.333... = 0.11538461538...
    assert p.hourly == pytest.approx(20 / (10 * 52 / 12 * 4), abs=TOL)
    assert p.hourly == pytest.approx(0.115384615, abs=1e-6)


def test_break_even_exactly_zero_counts():
    ev = make(_commission_offer(60), {"new_customers_per_month": 1, "customer_monthly_spend": 100})
    # cumulative -30, 0, 30 -> month 2
    assert project(ev).break_even_month == 2


def test_never_breaks_even():
    ev = make(_commission_offer(100), {"new_customers_per_month": 1, "customer_monthly_spend": 100})
    p = project(ev)  # cumulative -70, -40, -10
    assert p.break_even_month is None and p.total_net == pytest.approx(-10, abs=TOL)


def test_no_costs_and_no_revenue_breaks_even_in_month_1():
    p = project(make({}, {}))
    assert p.net == approx([0, 0, 0])
    assert p.break_even_month == 1
    assert p.recruitment_share is None  # no revenue
    assert p.hourly == 0.0


def test_hourly_is_none_with_zero_hours():
    assert project(make({}, {"hours_per_week": 0})).hourly is None


def test_recruitment_share():
    ev = make({"payout": {"retail_mode": "commission", "retail_commission_percent": 30,
                          "recruit_bonus": 25, "ranks": [{"name": "R", "group_volume": 0, "legs": 1,
                                                          "monthly_bonus": 5}]}},
              {"new_customers_per_month": 1, "customer_monthly_spend": 100, "recruits_per_month": 1,
               "downline_retention_percent": 0}, horizon=2)
    p = project(ev)
    # retail 30 a month; recruiting 25; a_1 = 1 each month (rho_d = 0) -> rank 5
    # share = (0 + 2*25 + 2*5) / (2*30 + 2*25 + 2*5) = 60 / 120 = 0.5
    assert p.revenue["retail"] == approx([30, 30])
    assert p.revenue["rank"] == approx([5, 5])
    assert p.recruitment_share == pytest.approx(0.5, abs=TOL)


def test_series_lengths_match_the_horizon():
    p = project(make({}, {}, horizon=7))
    assert p.months == [1, 2, 3, 4, 5, 6, 7]
    for series in [*p.revenue.values(), *p.costs.values(), p.net, p.cumulative_net]:
        assert len(series) == 7


def test_net_is_revenue_minus_costs_and_json_has_contract_keys():
    ev = make({"products": PRODUCT_30_50, "fees": {"signup": 20, "monthly": 3},
               "payout": {"plan": "unilevel", "levels": [10, 5], "recruit_bonus": 7},
               "requirements": VOLUME_100}, {**CUSTOMERS, **DOWNLINE})
    p = project(ev)
    for i in range(3):
        revenue = sum(p.revenue[k][i] for k in ("retail", "downline", "recruiting", "rank"))
        costs = sum(p.costs[k][i] for k in ("fees", "purchases", "training", "other"))
        assert p.net[i] == pytest.approx(revenue - costs, abs=TOL)
    data = p.to_json()
    for key in ("months", "net", "cumulative_net", "revenue", "costs", "total_net",
                "break_even_month", "hourly", "recruitment_share"):
        assert key in data
    assert set(data["revenue"]) == {"retail", "downline", "recruiting", "rank"}
    assert set(data["costs"]) == {"fees", "purchases", "training", "other"}


@pytest.mark.parametrize("offer, assumptions", [
    ({"products": [{"name": "p", "wholesale_price": 1, "retail_price": 1, "volume": 5e-324}],
      "requirements": {"monthly_volume": 1}}, {}),
    ({"fees": {"signup": 1e308, "starter_kit": 1e308}}, {}),
    ({"payout": {"retail_mode": "commission", "retail_commission_percent": 100}},
     {"new_customers_per_month": 1e308, "customer_monthly_spend": 10}),
])
def test_extreme_valid_inputs_are_refused_or_stay_finite(offer, assumptions):
    try:
        ev = make(offer, assumptions)
    except EvaluationFileError:
        return  # refusing such a file at its field is a fine fix too
    p = project(ev)
    assert all(math.isfinite(x) for x in p.net + p.cumulative_net)
