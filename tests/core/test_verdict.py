"""The verdict rule and the eight-aspect comparison."""

from __future__ import annotations

import pytest

from evaluator.core.analysis import analyze
from evaluator.core.model import Evaluation
from evaluator.core.redflags import RedFlag
from evaluator.core.verdict import ASPECT_KEYS, level_for
from evaluator.core.fileformat import from_data as _from_data  # a version-1 document, upgraded


def make(offer: dict, assumptions: dict | None = None) -> Evaluation:
    return _from_data({"format": "opportunity-evaluation", "version": 1,
                                      "offer": {"name": "t", **offer},
                                      "assumptions": assumptions or {}})


PURE_PYRAMID = {"fees": {"signup": 250}, "payout": {"retail_mode": "none", "recruit_bonus": 100}}
DEALER = {"kind": "dealer",
          "products": [{"name": "Kitchen machine", "wholesale_price": 1100, "retail_price": 1400}],
          "payout": {"retail_mode": "commission", "retail_commission_percent": 12},
          "requirements": {"cooling_off_days": 14}}


def flag(flag_id: str, severity: str) -> RedFlag:
    return RedFlag(flag_id, severity, "t", "d", "s")


@pytest.mark.parametrize("assumptions", [{}, {"recruits_per_month": 2}, {"recruits_per_month": 0.2,
                                                                         "hours_per_week": 40}])
def test_pure_pyramid_is_likely_pyramid_whatever_the_assumptions(assumptions):
    for lang in ("en", "nl"):
        assert analyze(make(PURE_PYRAMID, assumptions), lang).verdict.level == "likely_pyramid"


@pytest.mark.parametrize("assumptions", [{}, {"new_customers_per_month": 3, "customer_monthly_spend": 1400}])
def test_dealer_on_commission_is_lower_risk(assumptions):
    for lang in ("en", "nl"):
        assert analyze(make(DEALER, assumptions), lang).verdict.level == "lower_risk"


def test_scoring_rule():
    assert level_for([]) == ("lower_risk", 0)
    assert level_for([flag("a", "warning")])[0] == "lower_risk"
    assert level_for([flag("a", "warning"), flag("b", "warning")])[0] == "caution"
    assert level_for([flag("a", "serious")])[0] == "caution"
    assert level_for([flag("a", "serious"), flag("b", "serious")])[0] == "high_risk"
    assert level_for([flag("a", "serious")] + [flag(str(i), "warning") for i in range(3)]) == ("high_risk", 6)
    assert level_for([flag(str(i), "info") for i in range(10)])[0] == "lower_risk"
    # Both legal elements: consideration + pay primarily from recruitment.
    assert level_for([flag("pay_to_join", "warning"), flag("recruitment_driven_income", "serious")])[0] == "likely_pyramid"
    assert level_for([flag("pay_to_join", "warning"), flag("recruitment_rewards", "serious"),
                      flag("no_products", "serious")])[0] == "likely_pyramid"
    # Without payment it is not a pyramid scheme in law, however recruitment-driven.
    assert level_for([flag("recruitment_driven_income", "serious")])[0] == "caution"
    # A product listed as "none to enter" (info) does not make the second element.
    assert level_for([flag("pay_to_join", "warning"), flag("recruitment_rewards", "serious"),
                      flag("no_products", "info")])[0] == "caution"


def test_summary_names_reasons_numbers_and_the_disclaimer():
    ev = make(PURE_PYRAMID, {"recruits_per_month": 1, "horizon_months": 12})
    en = analyze(ev, "en").verdict.summary
    nl = analyze(ev, "nl").verdict.summary
    assert "money is paid per recruit" in en
    assert "er wordt betaald per rekruut" in nl
    assert "€950" in en and "€ 950" in nl  # 12 x 100 - 250
    assert "not legal advice" in en and "geen juridisch advies" in nl
    assert "\n" not in en  # one paragraph


def test_comparison_has_the_articles_eight_aspects_in_both_languages():
    ev = make(PURE_PYRAMID, {"recruits_per_month": 1})
    en = analyze(ev, "en").comparison
    nl = analyze(ev, "nl").comparison
    assert [a.key for a in en] == list(ASPECT_KEYS) == [
        "main_goal", "source_of_income", "products", "compensation_model", "legality",
        "sustainability", "recruitment_methods", "training"]
    labels_nl = [a.label for a in nl]
    assert labels_nl == ["Hoofddoel", "Bron van inkomsten", "Producten of diensten", "Compensatiemodel",
                         "Wettigheid", "Duurzaamheid", "Wervingsmethoden", "Opleiding voor leden"]
    for e, n in zip(en, nl):
        for field in ("label", "pyramid", "network_marketing", "this_offer"):
            assert getattr(e, field) and getattr(n, field) and getattr(e, field) != getattr(n, field)
        assert e.leans == n.leans
    leans = {a.key: a.leans for a in en}
    assert leans["main_goal"] == leans["source_of_income"] == leans["products"] == "pyramid"
    assert leans["legality"] == leans["sustainability"] == leans["recruitment_methods"] == "pyramid"


def test_comparison_for_the_dealer_leans_network_marketing():
    ev = make(dict(DEALER, products=[dict(DEALER["products"][0], market_price=1300)]),
              {"new_customers_per_month": 2, "customer_monthly_spend": 1400})
    leans = {a.key: a.leans for a in analyze(ev).comparison}
    for key in ("main_goal", "source_of_income", "products", "legality", "sustainability"):
        assert leans[key] == "network_marketing", key
    # The compensation model follows the concentration flag's rule: with the default settings
    # (30% of participants sell) the simulation gives the top 10% 81.6% >= 80% of all earnings.
    assert leans["compensation_model"] == "pyramid"
    assert leans["training"] == "unclear"  # nothing entered


def test_sustainability_measures_what_is_left_after_recruiting_stops():
    # All income from a downline at 90% retention: 0.9^12 = 28% left a year later.
    ev = make({"products": [{"name": "p", "wholesale_price": 10, "retail_price": 10}],
               "requirements": {"monthly_volume": 10},
               "payout": {"retail_mode": "none", "plan": "unilevel", "levels": [10],
                          "commission_basis": "all_volume"}},
              {"recruits_per_month": 1})
    aspect = next(a for a in analyze(ev).comparison if a.key == "sustainability")
    assert "28%" in aspect.this_offer and aspect.leans == "pyramid"


def test_training_aspect_counts_first_year_cost_of_mandatory_items():
    ev = make({"training": [
        {"name": "Launch", "cost": 149, "times_per_year": 0, "mandatory": True, "focus": "recruiting"},
        {"name": "Weekend", "cost": 299, "times_per_year": 4, "mandatory": True, "focus": "recruiting"},
        {"name": "Product day", "cost": 50, "times_per_year": 1, "mandatory": False, "focus": "product"}]})
    aspect = next(a for a in analyze(ev).comparison if a.key == "training")
    # 149 + 4 x 299 = 1,345; two of three items are about recruiting.
    assert "€1,345 in the first year" in aspect.this_offer and aspect.leans == "pyramid"
    assert "1 about products or selling, 2 about recruiting" in aspect.this_offer
