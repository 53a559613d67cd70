"""``analyze``: the JSON contract of SPEC section 7, questions, simulation hand-off, lightness."""

from __future__ import annotations

import json
import subprocess
import sys
from types import SimpleNamespace

import pytest

from evaluator.core.analysis import Analysis, analyze
from evaluator.core.model import Evaluation
from evaluator.core.projection import project, typical


def make(offer: dict, assumptions: dict | None = None) -> Evaluation:
    return Evaluation.model_validate({"format": "opportunity-evaluation", "version": 1,
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
    sim = SimpleNamespace(top1_share_percent=80.0, top10_share_percent=95.0, internal_consumption_percent=90.0,
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

    ev = Evaluation.model_validate({
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
