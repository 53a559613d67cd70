"""The model: defaults of SPEC section 2, types, limits, cross-field rules, labels and help texts."""

from __future__ import annotations

import json

import pytest
from pydantic import BaseModel

from evaluator.core import model as m
from evaluator.core.plans import components
from evaluator.core.plans.components import Rank
from evaluator.core.fileformat import EvaluationFileError, from_data, loads
from evaluator.core.model import Evaluation, field_info

from .documents import one_problem, problems, v1

MINIMAL = {"format": "opportunity-evaluation", "version": 1, "offer": {"name": "X"}}


# ---- defaults (SPEC section 2) ---------------------------------------------------------------


def test_minimal_file_takes_every_default():
    ev = from_data(json.loads(json.dumps(MINIMAL)))
    o, a, s = ev.offer, ev.assumptions, ev.simulation
    assert (o.name, o.company, o.kind, o.currency, o.notes) == ("X", "", "other", "EUR", "")
    assert o.fees.model_dump() == {"signup": 0, "starter_kit": 0, "monthly": 0, "annual": 0}
    assert o.products == [] and o.training == []
    assert o.requirements.model_dump() == {
        "monthly_volume": 0, "autoship_amount": None, "autoship_required": False, "initial_inventory": 0,
        "buyback_percent": None, "buyback_days": 0, "cooling_off_days": 0,
    }
    # version 1's default payout (plan none, no bonus, no ranks) upgrades to no component
    assert o.payout.model_dump() == {
        "retail_mode": "margin", "retail_commission_percent": 0, "ranks": [], "components": [],
    }
    assert o.disclosure is None
    assert o.claims.model_dump() == {"claimed_monthly_income": None, "after_months": None, "text": ""}
    assert a.model_dump() == {
        "horizon_months": 36, "hours_per_week": 10, "new_customers_per_month": 0,
        "customer_monthly_spend": 0, "customer_retention_percent": 0, "recruits_per_month": 0,
        "recruits_total": None, "downline_recruits_per_member_per_month": 0, "downline_retention_percent": 90,
        "downline_customer_sales": 0, "personal_use_percent": 0, "other_expenses_per_month": 0,
        "include_optional_training": True, "reference_hourly_wage": None,
    }
    assert s.model_dump() == {
        "existing_participants": 10000, "market_size": 1000000, "months": None,
        "recruit_rate": 0.05, "churn_percent": 5, "retail_sellers_percent": 30,
        "customer_sales_mean": 50, "attachment": "uniform", "seed": 1,
    }


def test_optional_item_fields_take_defaults():
    ev = from_data(v1(
        products=[{"name": "p", "wholesale_price": 10, "retail_price": 15}],
        disclosure={"year": 2020, "source": "s", "basis": "all",
                    "tiers": [{"share_percent": 100, "annual_average": 5}]},
    ))
    p = ev.offer.products[0]
    assert p.volume is None and p.market_price is None
    d = ev.offer.disclosure
    assert (d.participants, d.currency, d.active_definition, d.covered_percent,
            d.share_nothing_percent) == (None, None, "", 100, None)  # basis all: unstated is 100
    assert (d.period, d.share_nothing_basis) == ("year", "all")
    t = d.tiers[0]
    assert (t.name, t.average, t.median, t.low, t.high) == ("", 5, None, None, None)


def test_defaults_are_not_shared_between_instances():
    a, b = Evaluation.new("A"), Evaluation.new("B")
    a.offer.payout.ranks.append(Rank(name="Gold"))
    a.offer.fees.signup = 99
    assert b.offer.payout.ranks == [] and b.offer.fees.signup == 0


def test_new_evaluation():
    ev = Evaluation.new("Mijn aanbod")
    assert (ev.format, ev.version, ev.offer.name) == ("opportunity-evaluation", 2, "Mijn aanbod")


# ---- required fields ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, path",
    [
        ({"format": "opportunity-evaluation", "version": 1, "offer": {}}, "offer.name"),
        ({"format": "opportunity-evaluation", "version": 1}, "offer"),
        ({"version": 1, "offer": {"name": "X"}}, "format"),
        ({"format": "opportunity-evaluation", "offer": {"name": "X"}}, "version"),
        (v1(products=[{"name": "p", "retail_price": 2}]), "offer.products[0].wholesale_price"),
        (v1(training=[{"name": "t", "cost": 1, "times_per_year": 0, "mandatory": True}]),
         "offer.training[0].focus"),
        (v1(payout={"ranks": [{"name": "r", "group_volume": 1, "legs": 1}]}),
         "offer.payout.ranks[0].monthly_bonus"),
        (v1(disclosure={"year": 2020, "source": "s", "tiers": [{"share_percent": 100, "annual_average": 1}]}),
         "offer.disclosure.basis"),
        (v1(disclosure={"year": 2020, "source": "s", "basis": "all", "tiers": [{"share_percent": 100}]}),
         "offer.disclosure.tiers[0].annual_average"),
    ],
)
def test_missing_required_field_is_named(data, path):
    p = one_problem(data)
    assert (p.path, p.code) == (path, "missing")
    assert p.render() == f"{path}: required, but missing"
    assert p.render("nl") == f"{path}: verplicht, maar ontbreekt"


# ---- wrong types -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, path, code",
    [
        (v1(fees={"signup": "100"}), "offer.fees.signup", "number"),  # string for number
        (v1(fees={"signup": True}), "offer.fees.signup", "number"),  # bool for number
        (v1(), None, None),
        ({**MINIMAL, "assumptions": {"horizon_months": 12.5}}, "assumptions.horizon_months", "whole"),
        ({**MINIMAL, "assumptions": {"horizon_months": "12"}}, "assumptions.horizon_months", "whole"),
        ({**MINIMAL, "assumptions": {"horizon_months": True}}, "assumptions.horizon_months", "whole"),
        (v1(requirements={"cooling_off_days": 3.5}), "offer.requirements.cooling_off_days", "whole"),
        (v1(requirements={"autoship_required": "yes"}), "offer.requirements.autoship_required", "bool"),
        (v1(requirements={"autoship_required": 1}), "offer.requirements.autoship_required", "bool"),
        (v1(name=5), "offer.name", "text"),
        (v1(fees=[1, 2]), "offer.fees", "object"),
        (v1(fees=None), "offer.fees", "object"),
        (v1(products={"name": "p"}), "offer.products", "list"),
        (v1(payout={"levels": ["5"]}), "offer.payout.levels[0]", "number"),
        (v1(kind="ponzi"), "offer.kind", "choice"),
        (v1(currency="eur"), "offer.currency", "currency"),
        (v1(currency="EURO"), "offer.currency", "currency"),
        (v1(name=""), "offer.name", "empty"),
        (v1(name="x" * 201), "offer.name", "too_long_text"),
        (v1(payout={"levels": [1] * 101}), "offer.payout.levels", "too_many"),
        ({**MINIMAL, "simulation": {"seed": 1.5}}, "simulation.seed", "whole"),
        ({**MINIMAL, "simulation": {"attachment": "random"}}, "simulation.attachment", "choice"),
    ],
)
def test_wrong_type_is_named(data, path, code):
    if path is None:
        from_data(data)  # the unpatched document is valid
        return
    p = one_problem(data)
    assert (p.path, p.code) == (path, code)
    assert p.render().startswith(path + ": ")
    assert p.render("nl").startswith(path + ": ") and p.render("nl") != p.render("en")


def test_whole_number_written_as_float_is_accepted():
    # 12.0 is accepted on purpose (JSON writers differ); it is stored as the integer 12
    ev = from_data({**MINIMAL, "assumptions": {"horizon_months": 12.0},
                    "simulation": {"months": 24.0, "seed": 7.0}})
    assert ev.assumptions.horizon_months == 12 and type(ev.assumptions.horizon_months) is int
    assert ev.simulation.months == 24 and ev.simulation.seed == 7
    assert from_data({**MINIMAL, "version": 1.0}).version == 2  # read as version 1, upgraded
    assert from_data({**MINIMAL, "version": 2.0}).version == 2


def test_integer_for_float_field_is_accepted():
    ev = from_data(v1(fees={"signup": 100}))
    assert ev.offer.fees.signup == 100.0


def test_several_problems_are_all_reported():
    found = problems(v1(fees={"signup": -1, "monthly": "x"}, kind="bad", surprise=1))
    assert set(found) == {("offer.fees.signup", "at_least"), ("offer.fees.monthly", "number"),
                          ("offer.kind", "choice"), ("offer.surprise", "unknown_key")}


# ---- ranges ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data, path, message",
    [
        (v1(payout={"levels": [5, 5, 150]}), "offer.payout.levels[2]", "must be between 0 and 100"),
        (v1(payout={"retail_commission_percent": 150}), "offer.payout.retail_commission_percent",
         "must be between 0 and 100"),
        (v1(payout={"binary_percent": -0.5}), "offer.payout.binary_percent", "must be between 0 and 100"),
        (v1(fees={"signup": -1}), "offer.fees.signup", "must be at least 0"),
        (v1(fees={"annual": -0.01}), "offer.fees.annual", "must be at least 0"),
        (v1(requirements={"buyback_percent": 101}), "offer.requirements.buyback_percent",
         "must be between 0 and 100"),
        (v1(requirements={"buyback_days": -1}), "offer.requirements.buyback_days", "must be at least 0"),
        (v1(products=[{"name": "p", "wholesale_price": 0, "retail_price": 1}]),
         "offer.products[0].wholesale_price", "must be greater than 0"),
        (v1(products=[{"name": "p", "wholesale_price": 1, "retail_price": 2, "volume": -1}]),
         "offer.products[0].volume", "must be at least 0"),
        (v1(products=[{"name": "p", "wholesale_price": 1, "retail_price": 2, "volume": 1e-9}]),
         "offer.products[0].volume", "must be 0 or at least 1e-06"),
        # a price far below a cent would make the margin (r - w) / r overflow to -infinity
        (v1(products=[{"name": "p", "wholesale_price": 59, "retail_price": 2.2250738585072014e-308}]),
         "offer.products[0].retail_price", "must be at least 1e-06"),
        (v1(products=[{"name": "p", "wholesale_price": 1e-7, "retail_price": 2}]),
         "offer.products[0].wholesale_price", "must be at least 1e-06"),
        (v1(products=[{"name": "p", "wholesale_price": 1, "retail_price": 2, "market_price": 1e-9}]),
         "offer.products[0].market_price", "must be at least 1e-06"),
        (v1(training=[{"name": "t", "cost": 1, "times_per_year": -1, "mandatory": True, "focus": "sales"}]),
         "offer.training[0].times_per_year", "must be between 0 and 365"),
        (v1(claims={"claimed_monthly_income": -5}), "offer.claims.claimed_monthly_income",
         "must be at least 0"),
        ({**MINIMAL, "assumptions": {"horizon_months": 0}}, "assumptions.horizon_months",
         "must be between 1 and 120"),
        ({**MINIMAL, "assumptions": {"horizon_months": 121}}, "assumptions.horizon_months",
         "must be between 1 and 120"),
        ({**MINIMAL, "assumptions": {"hours_per_week": 169}}, "assumptions.hours_per_week",
         "must be between 0 and 168"),
        ({**MINIMAL, "assumptions": {"customer_retention_percent": 100.5}},
         "assumptions.customer_retention_percent", "must be between 0 and 100"),
        ({**MINIMAL, "simulation": {"months": 0}}, "simulation.months", "must be between 1 and 120"),
        ({**MINIMAL, "simulation": {"churn_percent": 150}}, "simulation.churn_percent",
         "must be between 0 and 100"),
        (v1(disclosure={"year": 2020, "source": "s", "basis": "all", "covered_percent": 0,
                         "tiers": [{"share_percent": 100, "annual_average": 1}]}),
         "offer.disclosure.covered_percent", "must be greater than 0 and at most 100"),
    ],
)
def test_out_of_range_is_named(data, path, message):
    p = one_problem(data)
    assert p.render() == f"{path}: {message}"
    assert p.render("nl").startswith(f"{path}: moet ")


@pytest.mark.parametrize("horizon", [1, 120])
def test_horizon_bounds_are_inclusive(horizon):
    assert from_data({**MINIMAL, "assumptions": {"horizon_months": horizon}}).assumptions.horizon_months == horizon


def test_percent_bounds_are_inclusive():
    ev = from_data(v1(payout={"plan": "unilevel", "levels": [0, 100]}, requirements={"buyback_percent": 100}))
    assert ev.offer.payout.components[0].levels == [0, 100]


# ---- cross-field rules -------------------------------------------------------------------------


def _disclosure(*shares):
    return v1(disclosure={"year": 2020, "source": "s", "basis": "all",
                           "tiers": [{"share_percent": s, "annual_average": 1} for s in shares]})


@pytest.mark.parametrize("shares", [(60, 39.5), (50, 51), (99,), (100,), (30, 30, 40.9)])
def test_tier_shares_within_100_plus_minus_1_are_accepted(shares):
    assert len(from_data(_disclosure(*shares)).offer.disclosure.tiers) == len(shares)


@pytest.mark.parametrize("shares, total", [((60, 38.5), "98.5"), ((60, 41.5), "101.5"), ((50,), "50")])
def test_tier_shares_off_by_more_than_1_are_refused(shares, total):
    p = one_problem(_disclosure(*shares))
    assert p.path == "offer.disclosure.tiers"
    assert p.render() == ("offer.disclosure.tiers: tier shares must add up to 100 (±1); "
                          f"they add up to {total}")
    assert "tellen op tot " + total.replace(".", ",") in p.render("nl")  # Dutch: 98,5


def test_tiers_must_not_be_empty():
    p = one_problem(v1(disclosure={"year": 2020, "source": "s", "basis": "all", "tiers": []}))
    assert (p.path, p.code) == ("offer.disclosure.tiers", "too_few")


def test_market_must_hold_the_starting_network():
    p = one_problem({**MINIMAL, "simulation": {"existing_participants": 500, "market_size": 499}})
    assert p.path == "simulation.market_size"
    assert "500" in p.render() and "500" in p.render("nl")
    from_data({**MINIMAL, "simulation": {"existing_participants": 500, "market_size": 500}})


# ---- NaN / Infinity ----------------------------------------------------------------------------


@pytest.mark.parametrize("literal", ["NaN", "Infinity", "-Infinity"])
@pytest.mark.parametrize(
    "template, path",
    [
        ('{"format":"opportunity-evaluation","version":1,"offer":{"name":"X","fees":{"signup":%s}}}',
         "offer.fees.signup"),
        ('{"format":"opportunity-evaluation","version":1,"offer":{"name":"X","payout":{"levels":[1,%s]}}}',
         "offer.payout.levels[1]"),
        ('{"format":"opportunity-evaluation","version":1,"offer":{"name":"X","payout":{"binary_monthly_cap":%s}}}',
         "offer.payout.binary_monthly_cap"),
        ('{"format":"opportunity-evaluation","version":1,"offer":{"name":"X"},"assumptions":{"hours_per_week":%s}}',
         "assumptions.hours_per_week"),
        ('{"format":"opportunity-evaluation","version":1,"offer":{"name":"X"},"simulation":{"recruit_rate":%s}}',
         "simulation.recruit_rate"),
        ('{"format":"opportunity-evaluation","version":1,"offer":{"name":"X","products":[{"name":"p",'
         '"wholesale_price":1,"retail_price":2,"volume":%s}]}}', "offer.products[0].volume"),
    ],
)
def test_nan_and_infinity_are_refused_at_their_field(template, path, literal):
    with pytest.raises(EvaluationFileError) as info:
        loads(template % literal)
    [p] = info.value.problems
    assert p.path == path
    assert p.render() == f"{path}: must be a finite number (not NaN or Infinity)"
    assert p.render("nl") == f"{path}: moet een eindig getal zijn (geen NaN of Infinity)"


@pytest.mark.parametrize("literal", ["NaN", "Infinity"])
def test_nan_at_a_whole_number_field_is_refused(literal):
    with pytest.raises(EvaluationFileError) as info:
        loads('{"format":"opportunity-evaluation","version":1,"offer":{"name":"X"},'
              '"assumptions":{"horizon_months":%s}}' % literal)
    assert [p.path for p in info.value.problems] == ["assumptions.horizon_months"]


# ---- labels and help texts ---------------------------------------------------------------------


def _all_models():
    seen, todo = [], [Evaluation]
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.append(cls)
        for name in cls.model_fields:
            for sub in [*vars(m).values(), *vars(components).values()]:
                if (isinstance(sub, type) and issubclass(sub, BaseModel) and sub is not m.Base
                        and sub.__module__ in (m.__name__, components.__name__)
                        and sub.__name__ in str(cls.model_fields[name].annotation)):
                    todo.append(sub)
    return seen


def test_walk_reaches_every_model():
    names = {c.__name__ for c in _all_models()}
    assert names == {"Evaluation", "Offer", "Fees", "Product", "Requirements", "Training", "PayoutPlan",
                     "Rank", "Disclosure", "Tier", "Claims", "Assumptions", "SimulationSettings",
                     *(f"{c}Component" for c in ("Unilevel", "Binary", "Matrix", "Stairstep", "Matching",
                                                 "FastStart", "RecruitBonus", "RankBonus"))}


def _fields():
    return [(cls, name) for cls in _all_models() for name in cls.model_fields
            if not (cls is Evaluation and name == "offer")]


@pytest.mark.parametrize("cls, name", _fields(), ids=lambda x: getattr(x, "__name__", x))
def test_every_field_has_label_and_help_in_both_languages(cls, name):
    en, nl = field_info(cls, name, "en"), field_info(cls, name, "nl")
    for info in (en, nl):
        assert info["label"] and info["label"] != name, (cls.__name__, name)
        assert len(info["help"]) >= 10, (cls.__name__, name)
    assert en["help"] != nl["help"], (cls.__name__, name)


def test_evaluation_offer_has_label_and_help():
    assert field_info(Evaluation, "offer", "nl")["label"] != "offer"
    assert field_info(Evaluation, "offer", "nl")["help"]


def test_field_info_falls_back_to_english_and_gives_units():
    assert field_info(m.Fees, "signup", "de")["label"] == "Sign-up fee"
    assert field_info(m.Fees, "signup", "nl") == {
        "label": "Inschrijfgeld",
        "help": "Eenmalig bedrag om mee te mogen doen, betaald in je eerste maand.",
        "unit": "money",
    }
    from evaluator.core.plans.components import UnilevelComponent

    assert field_info(UnilevelComponent, "levels")["unit"] == "percent"
