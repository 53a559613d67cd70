"""Your income by plan component (issue 12, item 7): ``analyze --json`` has every component's
projected total over the horizon, in plan order, and they add up with outside sales to the
projected income."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from evaluator.core.analysis import analyze, component_table_useful, income_by_component
from evaluator.core.fileformat import load
from evaluator.resources import example_paths

EXAMPLE = next(p for p in example_paths() if p.name == "mlm-unilevel-fast-start-matching.oppeval")


@pytest.fixture(scope="module")
def data():
    out = subprocess.run([sys.executable, "-m", "evaluator", "analyze", str(EXAMPLE), "--json"],
                         capture_output=True, text=True, check=True, timeout=120)
    return json.loads(out.stdout)


def test_json_has_every_component_in_plan_order(data):
    ev = load(EXAMPLE)
    projection = analyze(ev, run_simulation=False).projection
    by_component = data["income_by_component"]
    assert list(by_component) == ["fast_start", "unilevel", "matching", "rank_bonus"]
    for type_, total in by_component.items():
        assert total == pytest.approx(sum(projection.by_component[type_]), abs=1e-9)
    # Fast start, month 1: 0.5 new recruits x a member's volume 100 x 20% = $10.
    assert projection.by_component["fast_start"][0] == pytest.approx(10.0)
    # Rank bonus: Team bonus 1 ($50 a month) from month 15 to 36, 22 months x $50 = $1,100.
    assert by_component["rank_bonus"] == pytest.approx(1100.0)
    # The old keys stay: the components plus outside sales make the projected income.
    revenue = data["projection"]["total_revenue"]
    assert sum(by_component.values()) + revenue["retail"] == pytest.approx(sum(revenue.values()))
    # Unilevel and matching were one figure ("downline"); now they are told apart.
    assert by_component["unilevel"] + by_component["matching"] == pytest.approx(revenue["downline"])
    assert by_component["fast_start"] == pytest.approx(revenue["recruiting"])


def test_rows_in_dutch_name_share_and_what_each_pays_for():
    ev = load(EXAMPLE)
    projection = analyze(ev, "nl", run_simulation=False).projection
    items = income_by_component(ev, projection, "nl")
    assert [i.name for i in items] == ["Snelle-startbonus", "Unilevel-commissie", "Matching-bonus",
                                       "Rangbonus"]
    plan = sum(i.total for i in items)
    # 881.68 / (881.68 + 599.36 + 35.08 + 1100) = 881.68 / 2616.12 = 33.7%
    assert items[0].share_percent == pytest.approx(100 * 881.68398 / 2616.1175, abs=0.01)
    assert sum(i.share_percent for i in items) == pytest.approx(100.0)
    assert plan == pytest.approx(2616.1175, abs=0.01)
    assert "eerste 2 maanden" in items[0].pays_for
    assert component_table_useful(ev, "nl")


def test_a_plan_with_no_income_still_lists_its_components_at_zero():
    ev = load(EXAMPLE)
    a = ev.assumptions.model_copy(update={"recruits_per_month": 0.0, "new_customers_per_month": 0.0})
    ev = ev.model_copy(update={"assumptions": a})
    data = analyze(ev, run_simulation=False).to_json()
    assert data["income_by_component"] == {"fast_start": 0.0, "unilevel": 0.0, "matching": 0.0,
                                           "rank_bonus": 0.0}
    assert all(i.share_percent is None for i in income_by_component(ev, analyze(ev, run_simulation=False).projection, "en"))


def test_a_lone_component_named_as_its_source_adds_no_table():
    from evaluator.core import fileformat

    ev = load(EXAMPLE)
    data = fileformat.to_data(ev)
    payout = data["offer"]["payout"]
    payout["components"] = [c for c in payout["components"] if c["type"] == "rank_bonus"]
    lone = fileformat.from_data(data)
    # "Rank bonus" / "Rangbonus" is the source row "Rank bonuses" / "Rangbonussen" itself
    assert not component_table_useful(lone, "en") and not component_table_useful(lone, "nl")
    payout["components"] = [c for c in fileformat.to_data(ev)["offer"]["payout"]["components"]
                            if c["type"] == "unilevel"]
    # "Unilevel commission" says more than "Downline commissions"
    assert component_table_useful(fileformat.from_data(data), "nl")
