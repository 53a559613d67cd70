"""The typical participant from the income disclosure (SPEC section 4), hand-computed to 1e-6."""

from __future__ import annotations

import pytest

from evaluator.core.fileformat import from_data
from evaluator.core.projection import all_participants_tiers, typical

TOL = 1e-6


def make(disclosure=None, offer=None, assumptions=None, horizon=13):
    offer = {"name": "T", **(offer or {})}
    if disclosure is not None:
        offer["disclosure"] = {"year": 2020, "source": "test", "basis": "all", **disclosure}
    return from_data({"format": "opportunity-evaluation", "version": 1, "offer": offer,
                      "assumptions": {"horizon_months": horizon, **(assumptions or {})}})


def tiers(*rows):
    """rows of (share, average[, median])"""
    return [{"share_percent": r[0], "annual_average": r[1],
             **({"annual_median": r[2]} if len(r) > 2 else {}), "name": f"t{i}"}
            for i, r in enumerate(rows, 1)]


def test_no_disclosure_no_typical():
    assert typical(make()) is None
    assert all_participants_tiers(make()) == []


def test_earners_only_disclosure_gets_a_zero_tier_first():
    ev = make({"basis": "earners", "covered_percent": 22.4,
               "tiers": tiers((55, 310, 120), (45, 2000))})
    converted = all_participants_tiers(ev)
    # 100 - 22.4 = 77.6% at 0 first; then 55 * 0.224 = 12.32 and 45 * 0.224 = 10.08
    assert [t.share_percent for t in converted] == pytest.approx([77.6, 12.32, 10.08], abs=TOL)
    assert [t.annual for t in converted] == [0, 120, 2000]  # median where given, else average
    assert converted[0].implied and not converted[1].implied
    t = typical(ev)
    # the 77.6% zero tier alone reaches 50%: typical gross 0
    assert t.median_annual_gross == 0
    assert t.median_tier.implied and t.median_tier.name == ""
    assert (t.median_tier.average, t.median_tier.median) == (0, 0)
    # derived share paid nothing: the zero tier only (tier 1's figure is its median 120)
    assert t.share_nothing_percent == pytest.approx(77.6, abs=TOL)
    assert t.basis == "earners" and t.covered_percent == 22.4


def test_median_tier_is_first_to_reach_50_percent():
    ev = make({"tiers": tiers((30, 0), (20, 100), (50, 1000))})
    # cumulative 30, 50 -> the second tier (50 >= 50): gross 100
    t = typical(ev)
    assert t.median_annual_gross == pytest.approx(100, abs=TOL) and t.median_tier.name == "t2"
    ev = make({"tiers": tiers((30, 0), (19.9, 100), (50.1, 1000))})
    # cumulative 30, 49.9, 100 -> the third tier: gross 1000
    assert typical(ev).median_annual_gross == pytest.approx(1000, abs=TOL)


def test_median_tier_tolerance_for_float_sums():
    # 19.33 + 24.05 + 1.55 + 5.07 = 49.99999999999999 in floating point: within 1e-9 of 50
    ev = make({"tiers": tiers((19.33, 0), (24.05, 10), (1.55, 20), (5.07, 400), (50, 9000))})
    t = typical(ev)
    assert t.median_tier.name == "t4" and t.median_annual_gross == pytest.approx(400, abs=TOL)


def test_shares_are_not_normalised():
    # total 99: cumulative 49.6 < 50 -> tier 2 (normalised, 49.6/99 = 50.1% would pick tier 1)
    ev = make({"tiers": tiers((49.6, 0), (49.4, 700))})
    assert typical(ev).median_annual_gross == pytest.approx(700, abs=TOL)
    # total 101: cumulative 50.2 >= 50 -> tier 1 (normalised, 50.2/101 = 49.7% would pick tier 2)
    ev = make({"tiers": tiers((50.2, 300), (50.8, 700))})
    assert typical(ev).median_annual_gross == pytest.approx(300, abs=TOL)


def test_median_figure_preferred_over_average():
    with_median = make({"tiers": tiers((60, 500, 80), (40, 5000))})
    assert typical(with_median).median_annual_gross == pytest.approx(80, abs=TOL)
    without = make({"tiers": tiers((60, 500), (40, 5000))})
    assert typical(without).median_annual_gross == pytest.approx(500, abs=TOL)


def test_share_nothing_stated_vs_derived():
    stated = make({"share_nothing_percent": 30, "tiers": tiers((20, 0), (40, 100), (40, 900))})
    t = typical(stated)
    assert t.share_nothing_percent == 30  # stated wins over the derived 20
    assert t.median_annual_gross == pytest.approx(100, abs=TOL)  # cumulative 20, 60 -> tier 2
    derived = make({"tiers": tiers((20, 0), (15, 50, 0), (65, 900))})
    # SPEC 9.1: tier 1 (average 0) counts whole, tier 2 (median 0, average 50) half: 20 + 15 / 2
    assert typical(derived).share_nothing_percent == pytest.approx(27.5, abs=TOL)
    none = make({"tiers": tiers((50, 10), (50, 900))})
    assert typical(none).share_nothing_percent == 0


@pytest.mark.parametrize("stated, gross", [(49.9, 100), (50, 0), (88, 0)])
def test_half_or_more_paid_nothing_means_typical_gross_zero(stated, gross):
    # the tiers alone would put the median in tier 1 earning 100
    ev = make({"share_nothing_percent": stated, "tiers": tiers((60, 100), (40, 900))})
    t = typical(ev)
    assert t.median_annual_gross == gross
    assert t.share_nothing_percent == stated


OFFER = {
    "products": [{"name": "p", "wholesale_price": 30, "retail_price": 50}],  # w = v = 30
    "fees": {"signup": 100, "starter_kit": 50, "monthly": 20, "annual": 40},
    "requirements": {"monthly_volume": 50, "initial_inventory": 100},
    "training": [
        {"name": "one-off", "cost": 60, "times_per_year": 0, "mandatory": True, "focus": "sales"},
        {"name": "monthly", "cost": 12, "times_per_year": 12, "mandatory": True, "focus": "product"},
        {"name": "optional", "cost": 100, "times_per_year": 12, "mandatory": False, "focus": "recruiting"},
    ],
}
ASSUMPTIONS = {
    # the user's customers and recruits do not count for the typical participant...
    "new_customers_per_month": 10, "customer_monthly_spend": 50, "recruits_per_month": 3,
    "include_optional_training": True,  # ...nor does optional training...
    "personal_use_percent": 20, "other_expenses_per_month": 5,  # ...but these do
}
DISCLOSURE = {"tiers": tiers((40, 0), (30, 2000, 1200), (30, 9000))}  # median tier 2: 1200 a year
# Typical costs per month:
#   fees: m1 100 + 50 + 100 (stock) + 20 = 270; m2-12 20; m13 20 + 40 = 60
#   purchases: OV = 50 (no customers) -> 50 * 30/30 * (1 - 0.2) = 40
#   training: m1 60 + 12*12/12 = 72; then 12 (optional excluded)
#   other: 5
#   m1 = 270 + 40 + 72 + 5 = 387; m2..m12 = 20 + 40 + 12 + 5 = 77; m13 = 77 + 40 = 117
# annual_costs = 387 + 11 * 77 = 1234 (months 1-12; not the month-13 renewal)


def test_typical_costs_and_cumulative_net():
    t = typical(make(DISCLOSURE, OFFER, ASSUMPTIONS, horizon=13))
    assert t.monthly_costs == pytest.approx([387] + [77] * 11 + [117], abs=TOL)
    assert t.annual_costs == pytest.approx(1234, abs=TOL)
    assert t.median_annual_gross == pytest.approx(1200, abs=TOL)
    assert t.median_annual_net == pytest.approx(1200 - 1234, abs=TOL)  # -34
    # cumulative net = 1200/12 * m - cumulative costs: m1 100 - 387 = -287; m2 200 - 464 = -264;
    # m12 1200 - 1234 = -34; m13 1300 - 1351 = -51
    assert t.cumulative_net[0] == pytest.approx(-287, abs=TOL)
    assert t.cumulative_net[1] == pytest.approx(-264, abs=TOL)
    assert t.cumulative_net[11] == pytest.approx(-34, abs=TOL)
    assert t.cumulative_net[12] == pytest.approx(-51, abs=TOL)
    assert len(t.cumulative_net) == 13
    assert t.gross_is_before_expenses


def test_horizon_shorter_than_a_year_still_counts_a_full_year_of_costs():
    t = typical(make(DISCLOSURE, OFFER, ASSUMPTIONS, horizon=3))
    assert t.annual_costs == pytest.approx(1234, abs=TOL)
    assert t.median_annual_net == pytest.approx(-34, abs=TOL)
    # m1 -287; m2 -264; m3 300 - 541 = -241
    assert t.cumulative_net == pytest.approx([-287, -264, -241], abs=TOL)
    assert len(t.monthly_costs) == 3


def test_typical_with_no_costs():
    t = typical(make({"tiers": tiers((100, 600))}, horizon=2))
    assert t.annual_costs == 0 and t.median_annual_net == pytest.approx(600, abs=TOL)
    assert t.cumulative_net == pytest.approx([50, 100], abs=TOL)  # 600/12 * m


def test_typical_json_has_contract_keys():
    data = typical(make(DISCLOSURE, OFFER, ASSUMPTIONS)).to_json()
    for key in ("median_annual_gross", "annual_costs", "median_annual_net",
                "share_nothing_percent", "cumulative_net"):
        assert key in data


# --- SPEC 9.1 -----------------------------------------------------------------------------------


def test_median_zero_counts_half_average_zero_whole():
    # 30% average 0 (whole: 30) + 40% median 0 average 80 (half: 20) + 30% earning = 50%
    ev = make({"tiers": tiers((30, 0), (40, 80, 0), (30, 900))})
    t = typical(ev)
    assert t.share_nothing_percent == pytest.approx(50, abs=TOL)
    assert not t.share_nothing_is_lower_bound
    # the median tier is tier 2 (cumulative 30, 70): its median is 0, so the typical gross is 0
    assert t.median_annual_gross == 0 and t.median_tier.name == "t2"
    # an average-0 tier with a median stated as 0 still counts whole, not one and a half times
    assert typical(make({"tiers": tiers((60, 0, 0), (40, 900))})).share_nothing_percent == \
        pytest.approx(60, abs=TOL)


def test_median_tier_reports_average_not_median_where_no_median_is_given():
    # cumulative 40, 70: tier 2 holds the median participant; no median stated -> its average
    t = typical(make({"tiers": tiers((40, 0), (30, 2000), (30, 9000))}))
    assert t.median_tier.name == "t2" and t.median_tier.median is None
    assert t.median_tier.average == pytest.approx(2000) and not t.median_tier.figure_is_median
    assert t.median_annual_gross == pytest.approx(2000)
    assert t.median_tier.to_json() == {"name": "t2", "average": 2000, "median": None,
                                       "low": None, "high": None, "implied": False}


def test_later_year_costs_renewals_in_one_offs_out():
    # OFFER / ASSUMPTIONS above: months 13-24 = m13 117 (77 + the 40 renewal) + 11 x 77 = 964;
    # no sign-up, kit, stock or one-off training in it. Gross 1200: later net 1200 - 964 = 236,
    # year 1 net -34: the typical participant loses money (either year negative).
    t = typical(make(DISCLOSURE, OFFER, ASSUMPTIONS, horizon=3))
    assert t.later_annual_costs == pytest.approx(964, abs=TOL)
    assert t.later_annual_net == pytest.approx(236, abs=TOL)
    assert t.median_annual_net == pytest.approx(-34, abs=TOL)
    assert t.loses_money
    assert len(t.monthly_costs) == 3 and len(t.cumulative_net) == 3  # still the horizon's months


def test_a_yearly_renewal_alone_loses_money_in_a_later_year_only():
    # No sign-up fee, 60 a year renewal from month 13 (issue 11: year one shows no loss): gross
    # 40 a year. Year 1: costs 0, net 40. Later year: costs 60, net 40 - 60 = -20 -> loses money.
    from evaluator.core.analysis import analyze

    ev = make({"tiers": tiers((100, 40))}, {"fees": {"annual": 60}}, horizon=12)
    t = typical(ev)
    assert t.annual_costs == 0 and t.median_annual_net == pytest.approx(40)
    assert t.later_annual_costs == pytest.approx(60) and t.later_annual_net == pytest.approx(-20)
    flag = analyze(ev, run_simulation=False).flag("typical_loses_money")
    assert flag is not None and flag.severity == "serious"
    assert "-€20 in a later year" in flag.detail and "€40 in year 1" in flag.detail
