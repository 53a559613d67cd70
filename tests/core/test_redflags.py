"""Each red flag fires, and does not fire, on small hand-built evaluations; its detail carries the
numbers that triggered it; every text exists in English and Dutch."""

from __future__ import annotations

import copy
from .simresults import sim_result

import pytest

from evaluator.core.analysis import analyze
from evaluator.core.i18n import fmt_money
from evaluator.core.model import Evaluation
from evaluator.core.redflags import FLAG_IDS, RedFlag, source_for
from evaluator.core.fileformat import from_data as _from_data  # a version-1 document, upgraded

# A clean dealer: 20% commission on real sales, no fees, no recruiting, 14 days to withdraw.
# Retail income: 2 customers a month x 100 x 20% = 40 a month.
BASE_OFFER = {
    "name": "Clean dealer",
    "kind": "dealer",
    "products": [{"name": "Blender", "wholesale_price": 60, "retail_price": 100, "market_price": 90}],
    "requirements": {"cooling_off_days": 14},
    "payout": {"retail_mode": "commission", "retail_commission_percent": 20},
    "training": [{"name": "Product course", "cost": 0, "times_per_year": 0, "mandatory": False,
                  "focus": "product"}],
}
BASE_ASSUMPTIONS = {"horizon_months": 12, "new_customers_per_month": 2, "customer_monthly_spend": 100}
DISCLOSURE = {"year": 2024, "source": "annual report", "basis": "all",
              "tiers": [{"share_percent": 100, "annual_average": 1500, "annual_median": 1200}]}


def _merge(base: dict, changes: dict) -> dict:
    out = copy.deepcopy(base)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


def make(offer: dict | None = None, assumptions: dict | None = None,
         simulation: dict | None = None) -> Evaluation:
    data = {"format": "opportunity-evaluation", "version": 1,
            "offer": _merge(BASE_OFFER, offer or {}),
            "assumptions": _merge(BASE_ASSUMPTIONS, assumptions or {})}
    if simulation:
        data["simulation"] = simulation
    return _from_data(data)


def flags(ev: Evaluation, lang: str = "en", sim=None) -> dict[str, RedFlag]:
    return {f.id: f for f in analyze(ev, lang, sim).red_flags}


def eur(x: float, lang: str = "en", decimals: int = 0) -> str:
    return fmt_money(x, "EUR", lang, decimals)


def test_the_clean_dealer_raises_nothing_above_info():
    found = flags(make())
    assert {k: f.severity for k, f in found.items()} == {"no_disclosure": "info"}


def test_every_spec_id_is_known_and_has_a_source_in_both_languages():
    spec_ids = {"pay_to_join", "recruitment_rewards", "recruitment_driven_income", "pay_to_qualify",
                "deep_overrides", "top_weighted", "weak_buyback", "inventory_loading",
                "income_claims", "no_disclosure", "most_earn_nothing", "typical_loses_money",
                "break_even_unlikely", "paid_training", "product_premium", "no_products",
                "market_saturation", "no_cooling_off"}
    assert spec_ids <= set(FLAG_IDS)
    for flag_id in FLAG_IDS:
        en, nl = source_for(flag_id, "en"), source_for(flag_id, "nl")
        assert en and nl and en != nl
    # The legal citations of DOMAIN.md: Dutch law for Dutch users, the FTC's for others.
    assert "6:193g BW" in source_for("pay_to_join", "nl")
    assert "Wet op de kansspelen art. 1a" in source_for("pay_to_join", "nl")
    assert "Koscot" in source_for("pay_to_join", "en")
    assert "2018" in source_for("pay_to_join", "en") and "2024" in source_for("pay_to_join", "en")
    assert "Direct Selling Association" in source_for("weak_buyback", "en")
    assert "Taylor" in source_for("deep_overrides", "en")
    assert "2011/83/EU" in source_for("no_cooling_off", "nl")


# --- pay_to_join ------------------------------------------------------------------------------


def test_pay_to_join_lists_every_amount():
    ev = make({"fees": {"signup": 49, "starter_kit": 50, "monthly": 10, "annual": 30}})
    flag = flags(ev)["pay_to_join"]
    assert flag.severity == "warning"
    for amount in ("€99", "€49", "€50", "€10", "€30"):
        assert amount in flag.detail
    nl = flags(ev, "nl")["pay_to_join"]
    assert "€ 99" in nl.detail and "inschrijfgeld" in nl.detail


def test_pay_to_join_counts_required_purchases_and_mandatory_training():
    # 100 points at w = v = 60 cost 100 a month; a mandatory 240-a-year webinar is 20 a month.
    ev = make({"requirements": {"monthly_volume": 100},
               "training": [{"name": "Webinar", "cost": 20, "times_per_year": 12, "mandatory": True,
                             "focus": "sales"}]})
    detail = flags(ev)["pay_to_join"].detail
    assert "€120 a month" in detail and "€100" in detail and "€20" in detail


def test_pay_to_join_silent_when_nothing_is_paid():
    assert "pay_to_join" not in flags(make())


# --- recruitment_rewards ----------------------------------------------------------------------


def test_recruitment_rewards_per_recruit_is_serious():
    ev = make({"payout": {"recruit_bonus": 25}}, {"recruits_per_month": 2})
    flag = flags(ev)["recruitment_rewards"]
    assert flag.severity == "serious"
    assert "€25" in flag.detail and "€600" in flag.detail  # 25 x 2 x 12 months


def test_recruitment_rewards_on_recruits_required_purchases_is_a_warning():
    ev = make({"payout": {"plan": "unilevel", "levels": [10]}, "requirements": {"monthly_volume": 50}})
    flag = flags(ev)["recruitment_rewards"]
    assert flag.severity == "warning" and "10.0%" in flag.detail and "50 points" in flag.detail


def test_recruitment_rewards_silent_on_customer_volume_commissions():
    ev = make({"payout": {"plan": "unilevel", "levels": [10], "commission_basis": "customer_volume"},
               "requirements": {"monthly_volume": 50}})
    assert "recruitment_rewards" not in flags(ev)


# --- recruitment_driven_income ----------------------------------------------------------------
# Unilevel on all_volume with 60 required points a month (cost 60), one recruit a month who all
# stay: a_1(m) = m, downline = rate x m x 60; over 12 months sum(m) = 78. Retail: 40 x 12 = 480.


def _downline_ev(rate: float, **assumptions) -> Evaluation:
    return make({"payout": {"plan": "unilevel", "levels": [rate]},
                 "requirements": {"monthly_volume": 60}},
                {"recruits_per_month": 1, "downline_retention_percent": 100, **assumptions})


def test_recruitment_driven_income_fires_above_half():
    # 20%: downline 0.2 x 60 x 78 = 936; total 1,416; 936 / 1,416 = 66.1% (required purchases: the
    # user's own 60 points are covered by retail volume 2 x 100 x 60/100 = 120).
    flag = flags(_downline_ev(20))["recruitment_driven_income"]
    assert flag.severity == "serious"
    assert "66%" in flag.detail and "€936" in flag.detail and "€1,416" in flag.detail
    assert "€480" in flag.detail and "34%" in flag.detail


def test_recruitment_driven_income_silent_just_below_half():
    # 10%: downline 468 of 948 = 49.4%: not "primarily".
    assert "recruitment_driven_income" not in flags(_downline_ev(10))


def test_downline_commission_on_outside_sales_counts_as_outside_income():
    # Each member sells 100 a month to outsiders: CV = 60 = MV, so the commission is on real sales.
    assert "recruitment_driven_income" not in flags(_downline_ev(20, downline_customer_sales=100))


def test_recruitment_driven_income_uses_the_simulation_when_given():
    sim = sim_result(earnings_by_source={"retail": 10, "downline": 80, "recruiting": 10, "rank": 0},
                          internal_consumption_percent=75.0)
    # 10 + 80 x 0.75 = 70% from recruiting and own purchases.
    flag = flags(make(), sim=sim)["recruitment_driven_income"]
    assert "70%" in flag.detail and "75%" in flag.detail and "simulation" in flag.detail
    sim.internal_consumption_percent = 10.0  # 10 + 8 = 18%
    assert "recruitment_driven_income" not in flags(make(), sim=sim)


# --- pay_to_qualify ---------------------------------------------------------------------------


def test_pay_to_qualify_when_you_must_buy():
    ev = make({"requirements": {"monthly_volume": 100}}, {"new_customers_per_month": 0})
    flag = flags(ev)["pay_to_qualify"]
    assert flag.severity == "warning"
    assert "12 of 12 months" in flag.detail and "€1,200" in flag.detail and "€100" in flag.detail


def test_pay_to_qualify_is_info_when_sales_cover_the_volume():
    # Retail volume 2 x 100 x 60/100 = 120 points >= 100 every month.
    assert flags(make({"requirements": {"monthly_volume": 100}}))["pay_to_qualify"].severity == "info"


def test_pay_to_qualify_autoship_is_a_warning_even_when_sales_cover_it():
    ev = make({"requirements": {"monthly_volume": 100, "autoship_required": True}})
    assert flags(ev)["pay_to_qualify"].severity == "warning"
    assert "pay_to_qualify" not in flags(make())


# --- deep_overrides ---------------------------------------------------------------------------


def test_deep_overrides_from_five_levels():
    flag = flags(make({"payout": {"plan": "unilevel", "levels": [5, 4, 3, 2, 1]}}))["deep_overrides"]
    assert "5 levels" in flag.detail and "5 / 4 / 3 / 2 / 1" in flag.detail


@pytest.mark.parametrize("levels", [[5, 4, 3, 2], [5, 0, 0, 0, 0], []])
def test_deep_overrides_silent_below_five_paying_levels(levels):
    assert "deep_overrides" not in flags(make({"payout": {"plan": "unilevel", "levels": levels}}))


def test_deep_overrides_binary_is_unlimited_depth():
    flag = flags(make({"payout": {"plan": "binary", "binary_percent": 10}}))["deep_overrides"]
    assert "10.0%" in flag.detail
    # Levels are ignored by a binary plan.
    assert "deep_overrides" not in flags(make({"payout": {"plan": "binary", "binary_percent": 0,
                                                          "levels": [1] * 8}}))


# --- top_weighted -----------------------------------------------------------------------------


def test_top_weighted_from_the_simulation():
    sim = sim_result(top1_share_percent=60.0, top10_share_percent=90.0)
    flag = flags(make(), sim=sim)["top_weighted"]
    assert flag.severity == "serious" and "60%" in flag.detail and "90%" in flag.detail
    sim = sim_result(top1_share_percent=40.0, top10_share_percent=85.0)
    assert flags(make(), sim=sim)["top_weighted"].severity == "warning"
    sim = sim_result(top1_share_percent=40.0, top10_share_percent=70.0)
    assert "top_weighted" not in flags(make(), sim=sim)
    assert "top_weighted" not in flags(make())


# --- weak_buyback -----------------------------------------------------------------------------


def test_weak_buyback_without_a_policy():
    flag = flags(make({"requirements": {"initial_inventory": 500}}))["weak_buyback"]
    assert "90%" in flag.detail and "No buyback" in flag.detail


@pytest.mark.parametrize("percent,days,fires", [(80, 365, True), (95, 180, True), (90, 365, False),
                                                 (100, 400, False)])
def test_weak_buyback_thresholds(percent, days, fires):
    ev = make({"requirements": {"initial_inventory": 500, "buyback_percent": percent, "buyback_days": days}})
    found = flags(ev)
    assert ("weak_buyback" in found) is fires
    if fires:
        assert f"{percent}%" in found["weak_buyback"].detail and f"{days} days" in found["weak_buyback"].detail


def test_weak_buyback_irrelevant_without_stock():
    # A commission-only dealer never holds stock.
    assert "weak_buyback" not in flags(make())
    # A margin seller buys stock to resell.
    assert "weak_buyback" in flags(make({"payout": {"retail_mode": "margin"}}))


# --- inventory_loading ------------------------------------------------------------------------


def test_inventory_loading_serious_beyond_three_months_of_sales():
    # 3 months x 200 sales x 60/100 = 360 of stock used; 1,000 bought.
    flag = flags(make({"requirements": {"initial_inventory": 1000}}))["inventory_loading"]
    assert flag.severity == "serious" and "€1,000" in flag.detail and "€360" in flag.detail
    assert flags(make({"requirements": {"initial_inventory": 300}}))["inventory_loading"].severity == "warning"
    assert "inventory_loading" not in flags(make())


# --- income_claims ----------------------------------------------------------------------------


def test_income_claims_against_the_disclosed_typical():
    # Typical: median 1,200 a year = 100 a month; 3 x 100 = 300 is the limit.
    flag = flags(make({"disclosure": DISCLOSURE, "claims": {"claimed_monthly_income": 301}}))["income_claims"]
    assert flag.severity == "serious"
    assert "€301" in flag.detail and "€100" in flag.detail and "€1,200" in flag.detail and "3.0 times" in flag.detail
    assert "income_claims" not in flags(make({"disclosure": DISCLOSURE, "claims": {"claimed_monthly_income": 300}}))


def test_income_claims_against_your_projection_without_disclosure():
    # Own projection: 40 a month gross; 3 x 40 = 120.
    flag = flags(make({"claims": {"claimed_monthly_income": 121}}))["income_claims"]
    assert flag.severity == "warning" and "€121" in flag.detail and "€40" in flag.detail
    assert "income_claims" not in flags(make({"claims": {"claimed_monthly_income": 120}}))
    assert "income_claims" not in flags(make())


# --- no_disclosure ----------------------------------------------------------------------------


def test_no_disclosure_severity_depends_on_network_pay():
    assert flags(make())["no_disclosure"].severity == "info"
    ev = make({"payout": {"plan": "unilevel", "levels": [10]}})
    assert flags(ev)["no_disclosure"].severity == "warning"
    assert "no_disclosure" not in flags(make({"disclosure": DISCLOSURE}))


def test_no_disclosure_counting_only_active_participants():
    active = dict(DISCLOSURE, basis="active", active_definition="bought something in 12 months")
    flag = flags(make({"disclosure": active}))["no_disclosure"]
    assert flag.severity == "warning" and "2024" in flag.detail and "bought something" in flag.detail
    converted = dict(active, covered_percent=46)
    flag = flags(make({"disclosure": converted}))["no_disclosure"]
    assert flag.severity == "info" and "46.0%" in flag.detail and "54.0%" in flag.detail


# --- most_earn_nothing ------------------------------------------------------------------------


def test_most_earn_nothing_stated_and_derived():
    stated = dict(DISCLOSURE, share_nothing_percent=50)
    assert "50.0%" in flags(make({"disclosure": stated}))["most_earn_nothing"].detail
    assert "most_earn_nothing" not in flags(make({"disclosure": dict(DISCLOSURE, share_nothing_percent=49)}))
    derived = dict(DISCLOSURE, tiers=[{"share_percent": 60, "annual_average": 0},
                                      {"share_percent": 40, "annual_average": 1000}])
    flag = flags(make({"disclosure": derived}))["most_earn_nothing"]
    assert flag.severity == "serious" and "60.0%" in flag.detail


# --- typical_loses_money ----------------------------------------------------------------------


def test_typical_loses_money():
    # Gross 1,200 a year; 150 a month in fees = 1,800 in year one: net -600.
    flag = flags(make({"disclosure": DISCLOSURE, "fees": {"monthly": 150}}))["typical_loses_money"]
    assert "€1,200" in flag.detail and "€1,800" in flag.detail and "-€600" in flag.detail
    assert "typical_loses_money" not in flags(make({"disclosure": DISCLOSURE, "fees": {"monthly": 50}}))
    assert "typical_loses_money" not in flags(make({"fees": {"monthly": 150}}))


# --- break_even_unlikely ----------------------------------------------------------------------
# A sign-up fee S and 10 per recruit, nobody stays (retention 0), 12 months, no customers:
# break-even needs 10 x r x 12 >= S, i.e. r = S / 120 recruits a month, a_1(12) = r active.


def _pyramid_ev(signup: float) -> Evaluation:
    return make({"fees": {"signup": signup}, "payout": {"recruit_bonus": 10}},
                {"new_customers_per_month": 0, "downline_retention_percent": 0})


def test_break_even_unlikely_thresholds():
    assert "break_even_unlikely" not in flags(_pyramid_ev(120))  # k = 1: 50%
    assert "break_even_unlikely" not in flags(_pyramid_ev(360))  # k = 3: 12.5%
    flag = flags(_pyramid_ev(600))["break_even_unlikely"]  # k = 5: 3.1%
    assert flag.severity == "warning" and "2^-5" in flag.detail and "3.1%" in flag.detail
    assert "5.0 active" in flag.detail
    flag = flags(_pyramid_ev(1200))["break_even_unlikely"]  # k = 10: 0.1%
    assert flag.severity == "serious" and "2^-10" in flag.detail


def test_break_even_unlikely_when_recruiting_cannot_reach_it():
    # A binary plan capped at 1 a month cannot pay back a 100-a-month fee; no customers.
    ev = make({"fees": {"monthly": 100}, "payout": {"plan": "binary", "binary_percent": 10,
                                                     "binary_monthly_cap": 1},
               "requirements": {"monthly_volume": 10}},
              {"new_customers_per_month": 0, "customer_monthly_spend": 0})
    assert flags(ev)["break_even_unlikely"].severity == "serious"


# --- paid_training ----------------------------------------------------------------------------


def test_paid_training():
    mandatory = {"training": [{"name": "Kick-off", "cost": 200, "times_per_year": 0, "mandatory": True,
                               "focus": "sales"}]}
    flag = flags(make(mandatory))["paid_training"]
    assert "Kick-off" in flag.detail and "€200" in flag.detail
    recruiting = {"training": [{"name": "Duplicate yourself", "cost": 0, "times_per_year": 0,
                                "mandatory": False, "focus": "recruiting"}]}
    assert "Duplicate yourself" in flags(make(recruiting))["paid_training"].detail
    assert "paid_training" not in flags(make())  # an optional free product course


# --- product_premium --------------------------------------------------------------------------


@pytest.mark.parametrize("market,fires,severity,text", [(66, True, "warning", "52%"), (67, False, None, None),
                                                        (40, True, "serious", "150%")])
def test_product_premium(market, fires, severity, text):
    ev = make({"products": [{"name": "Shake", "wholesale_price": 60, "retail_price": 100,
                             "market_price": market}]})
    found = flags(ev)
    assert ("product_premium" in found) is fires
    if fires:
        assert found["product_premium"].severity == severity
        assert text in found["product_premium"].detail and f"€{market}" in found["product_premium"].detail


# --- no_products ------------------------------------------------------------------------------


def test_no_products_nothing_to_sell():
    flag = flags(make({"products": [], "payout": {"retail_mode": "none", "recruit_bonus": 50}}))["no_products"]
    assert flag.severity == "serious"
    # A service sold on commission with no product entered: only a note.
    assert flags(make({"products": []}))["no_products"].severity == "info"


def test_no_products_when_pay_rests_on_required_purchases_only():
    offer = {"payout": {"retail_mode": "none", "plan": "unilevel", "levels": [10]},
             "requirements": {"monthly_volume": 100}}
    flag = flags(make(offer))["no_products"]
    assert flag.severity == "serious" and "100 points" in flag.detail
    # The same plan paying on sales to outside customers does depend on the products.
    offer["payout"]["commission_basis"] = "customer_volume"
    assert "no_products" not in flags(make(offer))
    assert "no_products" not in flags(make({"payout": {"retail_mode": "margin"}}))


# --- market_saturation ------------------------------------------------------------------------


def test_market_saturation_serious_beyond_the_market():
    # 20 recruits a month who all stay: 240 active after 12 months; only 100 people left.
    ev = make(assumptions={"recruits_per_month": 20, "downline_retention_percent": 100},
              offer={"payout": {"plan": "unilevel", "levels": [5]}},
              simulation={"existing_participants": 900, "market_size": 1000})
    flag = flags(ev)["market_saturation"]
    assert flag.severity == "serious" and "240 active" in flag.detail and "only 100 who" in flag.detail


def test_market_saturation_warning_when_not_everyone_can_do_it():
    # 10 a month for 10 months: 100 active; 10 participants x 100 = 1,000 > 990 left.
    ev = make(assumptions={"recruits_per_month": 10, "downline_retention_percent": 100, "horizon_months": 10},
              offer={"payout": {"plan": "unilevel", "levels": [5]}},
              simulation={"existing_participants": 10, "market_size": 1000})
    flag = flags(ev)["market_saturation"]
    assert flag.severity == "warning" and "1,000" in flag.detail and "990" in flag.detail
    ev = ev.model_copy(update={"simulation": ev.simulation.model_copy(update={"market_size": 2000})})
    assert "market_saturation" not in flags(ev)


def test_market_saturation_from_a_saturated_simulation():
    sim = sim_result(market_size=1000, participants_ever=990)
    flag = flags(make(), sim=sim)["market_saturation"]
    assert "990" in flag.detail and "99%" in flag.detail
    assert "market_saturation" not in flags(make(), sim=sim_result(market_size=1000, participants_ever=500))


# --- no_cooling_off ---------------------------------------------------------------------------


@pytest.mark.parametrize("days,fires", [(0, True), (13, True), (14, False), (30, False)])
def test_no_cooling_off(days, fires):
    ev = make({"fees": {"signup": 10}, "requirements": {"cooling_off_days": days}})
    found = flags(ev)
    assert ("no_cooling_off" in found) is fires
    if fires:
        assert "14" in found["no_cooling_off"].detail
        if days:
            assert f"{days} days" in found["no_cooling_off"].detail


def test_no_cooling_off_is_only_info_when_nothing_is_paid():
    assert flags(make({"requirements": {"cooling_off_days": 0}}))["no_cooling_off"].severity == "info"
    assert flags(make({"fees": {"monthly": 5}, "requirements": {"cooling_off_days": 0}}))[
        "no_cooling_off"].severity == "warning"


# --- languages --------------------------------------------------------------------------------


def _everything() -> tuple[Evaluation, object]:
    """An offer on which all 18 flags fire at once."""
    ev = make(
        {"fees": {"signup": 1200, "monthly": 10},
         "products": [{"name": "Shake", "wholesale_price": 60, "retail_price": 100, "market_price": 40}],
         "requirements": {"monthly_volume": 60, "initial_inventory": 1000, "cooling_off_days": 7},
         "payout": {"retail_mode": "none", "plan": "unilevel", "levels": [5, 5, 5, 5, 5], "recruit_bonus": 10},
         "training": [{"name": "Recruit", "cost": 100, "times_per_year": 4, "mandatory": True,
                       "focus": "recruiting"}],
         "disclosure": dict(DISCLOSURE, basis="earners", share_nothing_percent=70,
                            tiers=[{"share_percent": 100, "annual_average": 100}]),
         "claims": {"claimed_monthly_income": 5000}},
        {"recruits_per_month": 30, "downline_retention_percent": 100, "new_customers_per_month": 0},
        {"existing_participants": 900, "market_size": 1000})
    sim = sim_result(top1_share_percent=70.0, top10_share_percent=95.0, market_size=1000,
                          participants_ever=1000, internal_consumption_percent=90.0,
                          earnings_by_source={"retail": 0, "downline": 50, "recruiting": 50, "rank": 0})
    return ev, sim


def test_all_flags_can_fire_together_and_read_differently_in_dutch():
    ev, sim = _everything()
    en = analyze(ev, "en", sim).red_flags
    nl = analyze(ev, "nl", sim).red_flags
    assert {f.id for f in en} == set(FLAG_IDS)
    assert [f.id for f in en] == [f.id for f in nl]
    for e, n in zip(en, nl):
        for field in ("title", "detail", "source"):
            assert getattr(e, field).strip() and getattr(n, field).strip()
            assert getattr(e, field) != getattr(n, field), (e.id, field)
        assert e.severity in ("serious", "warning", "info")


def test_flags_are_sorted_most_severe_first():
    ev, sim = _everything()
    order = {"serious": 0, "warning": 1, "info": 2}
    severities = [order[f.severity] for f in analyze(ev, "en", sim).red_flags]
    assert severities == sorted(severities)


def test_docs_table_lists_every_flag():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "red-flags.md").read_text(encoding="utf-8")
    for flag_id in FLAG_IDS:
        assert f"| `{flag_id}` |" in doc, flag_id


def test_autoship_without_a_volume_still_flags_pay_to_qualify():
    flag = flags(make({"requirements": {"autoship_required": True}}))["pay_to_qualify"]
    assert flag.severity == "warning" and "autoship" in flag.detail


def test_income_claim_when_your_projection_earns_nothing():
    ev = make({"claims": {"claimed_monthly_income": 500}}, {"new_customers_per_month": 0})
    flag = flags(ev)["income_claims"]
    assert "€500" in flag.detail and "no income at all" in flag.detail


def test_recruitment_rewards_when_only_deeper_levels_pay_on_required_purchases():
    ev = make({"payout": {"plan": "unilevel", "levels": [0, 8, 4]}, "requirements": {"monthly_volume": 50}})
    assert "8.0%" in flags(ev)["recruitment_rewards"].detail
