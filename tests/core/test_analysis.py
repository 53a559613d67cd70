"""``analyze``: the JSON contract of SPEC section 7, questions, simulation hand-off, lightness."""

from __future__ import annotations

import json
import subprocess
import sys
from .simresults import sim_result

import pytest

from evaluator.core.analysis import Analysis, analyze
from evaluator.core.model import Evaluation
from evaluator.core.projection import project, typical
from evaluator.core.fileformat import from_data as _from_data  # a version-1 document, upgraded


def make(offer: dict, assumptions: dict | None = None) -> Evaluation:
    return _from_data({"format": "opportunity-evaluation", "version": 1,
                                      "offer": {"name": "t", **offer},
                                      "assumptions": assumptions or {}})


DISCLOSURE = {"year": 2017, "source": "IDS", "basis": "all",
              "tiers": [{"share_percent": 63.84, "annual_average": 0},
                        {"share_percent": 36.16, "annual_average": 900}]}


def test_to_json_has_the_spec_keys_and_matches_the_projection():
    ev = make({"fees": {"monthly": 20}, "disclosure": DISCLOSURE}, {"horizon_months": 6})
    data = analyze(ev).to_json()
    json.dumps(data, allow_nan=False)
    p = data["projection"]
    for key in ("months", "net", "cumulative_net", "revenue", "costs", "total_net",
                "break_even_month", "hourly", "recruitment_share"):
        assert key in p
    assert p["months"] == [1, 2, 3, 4, 5, 6]
    assert set(p["revenue"]) == {"retail", "downline", "recruiting", "rank"}
    assert set(p["costs"]) == {"fees", "purchases", "training", "other"}
    assert all(len(v) == 6 for v in [*p["revenue"].values(), *p["costs"].values(), p["net"]])
    assert p["total_net"] == pytest.approx(-120) == project(ev).total_net
    t = data["typical"]
    assert set(t) >= {"median_annual_gross", "annual_costs", "median_annual_net",
                      "share_nothing_percent", "cumulative_net"}
    assert t["annual_costs"] == pytest.approx(240) == typical(ev).annual_costs
    assert t["share_nothing_percent"] == pytest.approx(63.84)
    for flag in data["red_flags"]:
        assert set(flag) >= {"id", "severity", "title", "detail", "source"}
    assert set(data["verdict"]) >= {"level", "summary"}
    assert len(data["comparison"]) == 8
    assert "not legal advice" in data["disclaimer"]
    assert data["lang"] == "en"


def test_typical_is_null_without_disclosure():
    assert analyze(make({})).to_json()["typical"] is None


def test_questions_one_per_unknown_input():
    bare = analyze(make({"fees": {"signup": 10}, "requirements": {"initial_inventory": 100}})).questions
    text = " ".join(bare)
    assert "income disclosure" in text  # no disclosure
    assert "buy back unsold stock" in text  # buyback null with stock bought
    assert "withdraw" in text  # no cooling-off stated
    assert "What exactly will I sell" in text  # no products
    assert "typical participant earn" in text  # no claim figure
    ev = make({"products": [{"name": "Shake", "wholesale_price": 5, "retail_price": 8}],
               "disclosure": dict(DISCLOSURE, basis="active"),
               "claims": {"claimed_monthly_income": 100}})
    text = " ".join(analyze(ev).questions)
    assert "'Shake'" in text  # no market price
    assert "define an 'active' participant" in text
    assert "ALL participants" in text
    assert "paid nothing" in text  # share_nothing_percent not stated
    nl = analyze(ev, "nl").questions
    assert len(nl) == len(analyze(ev).questions) and "'actieve' deelnemer" in " ".join(nl)


def test_known_inputs_raise_no_question():
    ev = make({"fees": {"signup": 10},
               "products": [{"name": "Shake", "wholesale_price": 5, "retail_price": 8, "market_price": 8}],
               "requirements": {"cooling_off_days": 14, "buyback_percent": 90, "buyback_days": 365},
               "training": [{"name": "x", "cost": 0, "times_per_year": 0, "mandatory": False, "focus": "product"}],
               "disclosure": dict(DISCLOSURE, participants=1000, share_nothing_percent=63.84),
               "claims": {"claimed_monthly_income": 0}})
    assert analyze(ev).questions == []


def test_simulation_is_used_when_given():
    ev = make({"fees": {"signup": 10}, "products": [{"name": "p", "wholesale_price": 1, "retail_price": 2}]},
              {"new_customers_per_month": 1, "customer_monthly_spend": 10})
    plain = analyze(ev)
    assert plain.income_basis == "projection" and plain.flag("top_weighted") is None
    sim = sim_result(top1_share_percent=80.0, top10_share_percent=95.0, internal_consumption_percent=90.0,
                          earnings_by_source={"retail": 1.0, "downline": 9.0, "recruiting": 0.0, "rank": 0.0},
                          market_size=1_000_000, participants_ever=5000)
    with_sim = analyze(ev, "en", sim)
    assert with_sim.income_basis == "simulation"
    assert with_sim.flag("top_weighted").severity == "serious"
    assert with_sim.flag("recruitment_driven_income") is not None  # 9 x 0.9 = 81%
    assert with_sim.income_outside_percent == pytest.approx(19)


def test_lang_is_normalised():
    assert analyze(make({}), "nl_NL").lang == "nl"
    assert isinstance(analyze(make({}), "de"), Analysis) and analyze(make({}), "de").lang == "en"


def test_analysis_stays_light():
    """No numpy, no Qt, no matplotlib, and no simulation import when analysing."""
    code = ("import sys; from evaluator.core.analysis import analyze; from evaluator.core.model import Evaluation; "
            "analyze(Evaluation.new('x')); "
            "bad = [m for m in ('numpy', 'PySide6', 'matplotlib', 'evaluator.core.simulation') if m in sys.modules]; "
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_real_simulation_result_is_read():
    from evaluator.core.simulation import simulate

    ev = _from_data({
        "format": "opportunity-evaluation", "version": 1,
        "offer": {"name": "MLM", "fees": {"starter_kit": 100},
                  "products": [{"name": "p", "wholesale_price": 30, "retail_price": 40}],
                  "requirements": {"monthly_volume": 30},
                  "payout": {"plan": "unilevel", "levels": [10, 5, 5, 5, 5], "recruit_bonus": 20}},
        "assumptions": {"horizon_months": 12},
        "simulation": {"existing_participants": 200, "market_size": 3000, "recruit_rate": 0.2, "seed": 3},
    })
    sim = simulate(ev)
    result = analyze(ev, "en", sim)
    assert result.income_basis == "simulation"
    top = result.flag("top_weighted")
    assert (top is not None) == (sim.top1_share_percent > 50 or sim.top10_share_percent >= 80)
    aspect = next(a for a in result.comparison if a.key == "compensation_model")
    assert f"{sim.top1_share_percent:.0f}%" in aspect.this_offer
    json.dumps(result.to_json(), allow_nan=False)


def test_every_text_exists_in_both_languages():
    ev = make({"fees": {"signup": 100}, "products": [{"name": "p", "wholesale_price": 5, "retail_price": 8}],
               "payout": {"plan": "unilevel", "levels": [5, 5], "recruit_bonus": 5},
               "requirements": {"monthly_volume": 10}, "disclosure": dict(DISCLOSURE, basis="active")},
              {"recruits_per_month": 1, "new_customers_per_month": 1, "customer_monthly_spend": 20})
    en, nl = analyze(ev, "en"), analyze(ev, "nl")
    pairs = [(en.verdict.summary, nl.verdict.summary), (en.disclaimer, nl.disclaimer),
             (en.break_even.explanation, nl.break_even.explanation)]
    pairs += list(zip(en.questions, nl.questions))
    assert len(en.questions) == len(nl.questions) > 0
    for e, n in pairs:
        assert e.strip() and n.strip() and e != n


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_amount = st.one_of(st.just(0.0), st.floats(0.01, 5000, allow_nan=False))
_percent = st.floats(0, 100, allow_nan=False)


@st.composite
def evaluations(draw):
    products = draw(st.lists(st.fixed_dictionaries({
        "name": st.just("p"), "wholesale_price": st.floats(0.5, 500), "retail_price": st.floats(0.5, 800),
        "volume": st.one_of(st.none(), st.just(0.0), st.floats(0.01, 500)),
        "market_price": st.one_of(st.none(), st.floats(0.5, 800))}), max_size=3))
    plan = draw(st.sampled_from(["none", "unilevel", "binary"]))
    offer = {
        "name": "fuzz", "products": products,
        "fees": {"signup": draw(_amount), "starter_kit": draw(_amount), "monthly": draw(_amount),
                 "annual": draw(_amount)},
        "requirements": {"monthly_volume": draw(_amount), "autoship_required": draw(st.booleans()),
                         "initial_inventory": draw(_amount),
                         "buyback_percent": draw(st.one_of(st.none(), _percent)),
                         "buyback_days": draw(st.integers(0, 800)), "cooling_off_days": draw(st.integers(0, 30))},
        "payout": {"retail_mode": draw(st.sampled_from(["margin", "commission", "none"])),
                   "retail_commission_percent": draw(_percent), "plan": plan,
                   "levels": draw(st.lists(_percent, max_size=9)), "binary_percent": draw(_percent),
                   "binary_monthly_cap": draw(st.one_of(st.none(), _amount)),
                   "commission_basis": draw(st.sampled_from(["all_volume", "customer_volume"])),
                   "recruit_bonus": draw(_amount),
                   "ranks": draw(st.lists(st.fixed_dictionaries({
                       "name": st.just("r"), "group_volume": _amount, "legs": st.integers(0, 6),
                       "monthly_bonus": _amount}), max_size=3))},
        "claims": {"claimed_monthly_income": draw(st.one_of(st.none(), _amount))},
    }
    if draw(st.booleans()):
        offer["disclosure"] = {"year": 2020, "source": "s", "basis": draw(st.sampled_from(["all", "active", "earners", "unknown"])),
                               "covered_percent": draw(st.floats(1, 100)),
                               "share_nothing_percent": draw(st.one_of(st.none(), _percent)),
                               "tiers": [{"share_percent": 60, "annual_average": draw(_amount)},
                                         {"share_percent": 40, "annual_average": draw(_amount)}]}
    assumptions = {"horizon_months": draw(st.integers(1, 60)), "hours_per_week": draw(st.floats(0, 60)),
                   "new_customers_per_month": draw(st.floats(0, 20)), "customer_monthly_spend": draw(_amount),
                   "customer_retention_percent": draw(_percent), "recruits_per_month": draw(st.floats(0, 5)),
                   "downline_recruits_per_member_per_month": draw(st.floats(0, 0.5)),
                   "downline_retention_percent": draw(_percent), "downline_customer_sales": draw(_amount),
                   "personal_use_percent": draw(_percent), "other_expenses_per_month": draw(_amount)}
    return make(offer, assumptions)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(evaluations(), st.sampled_from(["en", "nl"]))
def test_any_valid_evaluation_analyses_cleanly(ev, lang):
    result = analyze(ev, lang)
    json.dumps(result.to_json(), allow_nan=False)
    assert result.verdict.level in ("likely_pyramid", "high_risk", "caution", "lower_risk")
    assert len(result.comparison) == 8
    needs = result.break_even
    if needs.customers_per_month is not None:
        assert 0 <= needs.customers_per_month <= 10_000
    if needs.share_reaching_recruits_percent is not None:
        assert 0 <= needs.share_reaching_recruits_percent <= 100
    for flag in result.red_flags:
        assert flag.title and flag.detail and flag.source
        assert "nan" not in flag.detail.lower() and "inf" not in flag.detail.lower().replace("info", "")
