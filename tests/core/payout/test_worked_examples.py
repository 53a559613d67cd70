"""Both shared worked examples (tests/fixtures/examples-v2, copied from the spec's folder)
reproduce their expected.json: every member's total and by_component, totals and breakage."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluator.core.payout.engine import compute
from evaluator.core.payout.treecsv import read_tree
from evaluator.core.plans.components import PayoutPlan

from .reference import assert_close, reference_payout

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "examples-v2"
NAMES = ["unilevel-fast-start", "stairstep-breakaway"]


def load(name):
    doc = json.loads((FIXTURES / f"{name}.oppeval").read_text("utf-8"))
    plan = PayoutPlan.model_validate(doc["offer"]["payout"], strict=True)
    net = read_tree(FIXTURES / f"{name}.tree.csv", plan)
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text("utf-8"))
    return plan, net, expected


@pytest.mark.parametrize("name", NAMES)
def test_engine_reproduces_expected_json(name):
    plan, net, expected = load(name)
    assert_close(compute(plan, net).to_json(net.ids), expected)


@pytest.mark.parametrize("name", NAMES)
def test_reference_reproduces_expected_json(name):
    plan, net, expected = load(name)
    got = reference_payout(plan, net)
    got.pop("_placement")
    assert_close(got, expected)


def test_unilevel_fast_start_figures_by_hand():
    plan, net, _ = load("unilevel-fast-start")
    out = compute(plan, net).to_json(net.ids)
    # a: 10 (b's 100 at level 1) + 10 (d's 200 at level 2, c skipped) + 5 (e's 100 at level 3)
    assert out["members"]["a"]["by_component"]["unilevel"] == pytest.approx(25)
    # d: 10 % of e's 100 = 10, fast start 20 % of e's 100 = 20
    assert out["members"]["d"]["total"] == pytest.approx(30)
    # unilevel breakage: 500 x 20 % - 60 = 40
    assert out["breakage"]["by_component"]["unilevel"] == pytest.approx(40)


def test_stairstep_breakaway_figures_by_hand():
    plan, net, _ = load("stairstep-breakaway")
    out = compute(plan, net).to_json(net.ids)
    # r: 10 (u's 100: 20 % - 10 %) + 30 (t's 300) + 10 (s's 100) + 20 (own 100) = 70
    assert out["members"]["r"]["total"] == pytest.approx(70)
    # 800 x (20 % + 5 %) - 195 = 5: p's own volume has no Gold above it for the generation
    assert out["breakage"]["total"] == pytest.approx(5)
    assert [out["members"][m]["rank"] for m in "pqrstu"] == ["Gold"] * 3 + ["Silver"] * 2 + ["Member"]
