"""upgrade_payout_v1 (SPEC 8.4): every version-1 plan becomes the version-2 plan that pays the
same, including the rank order and its tie rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator.core import model_v1
from evaluator.core.model_v1 import Payout
from evaluator.core.plans.upgrade import upgrade_payout_v1

ROOT = Path(__file__).resolve().parents[3]
def _v1_payout(path: Path) -> Payout:
    """A version-1 file's payout as version 1 reads it (the loader upgrades it)."""
    data = json.loads(path.read_text("utf-8-sig"))
    return model_v1.Evaluation.model_validate(data, strict=True).offer.payout


V1_FILES = sorted((ROOT / "tests" / "fixtures" / "files" / "v1" / "examples").glob("*.oppeval")) + sorted(
    (ROOT / "tests" / "fixtures" / "files" / "v1").glob("*.oppeval"))


def v1(**data) -> Payout:
    return Payout.model_validate(data, strict=True)


def rank(name, gv, legs=0, bonus=0.0):
    return {"name": name, "group_volume": gv, "legs": legs, "monthly_bonus": bonus}


def test_no_plan_gives_no_components():
    p = upgrade_payout_v1(v1(levels=[10, 5], binary_percent=10))  # plan none ignores both
    assert p.model_dump() == {"retail_mode": "margin", "retail_commission_percent": 0,
                              "ranks": [], "components": []}


def test_unilevel_keeps_levels_and_basis_and_retail_settings():
    p = upgrade_payout_v1(v1(plan="unilevel", levels=[7, 5, 3], commission_basis="customer_volume",
                             binary_percent=12, retail_mode="commission", retail_commission_percent=25))
    assert (p.retail_mode, p.retail_commission_percent) == ("commission", 25)
    assert [c.model_dump() for c in p.components] == [
        {"type": "unilevel", "levels": [7, 5, 3], "basis": "customer_volume", "compression": "none",
         "depth_by_rank": {}}]


def test_binary_keeps_percent_cap_and_basis():
    p = upgrade_payout_v1(v1(plan="binary", binary_percent=10, binary_monthly_cap=2000, levels=[5]))
    assert [c.model_dump() for c in p.components] == [
        {"type": "binary", "percent": 10, "monthly_cap": 2000, "basis": "all_volume", "carry_over": False}]


def test_recruit_bonus_only_when_positive():
    assert upgrade_payout_v1(v1(recruit_bonus=0)).components == []
    p = upgrade_payout_v1(v1(recruit_bonus=150))
    assert [c.model_dump() for c in p.components] == [{"type": "recruit_bonus", "amounts": [150]}]


def test_ranks_sorted_by_group_volume_with_bonus_component():
    # the binary example's brochure order: Gold 5000, Bronze 500, Diamond 25000, Silver 1500
    p = upgrade_payout_v1(v1(plan="binary", binary_percent=10, recruit_bonus=100, ranks=[
        rank("Gold", 5000, 4, 500), rank("Bronze", 500, 2, 50), rank("Diamond", 25000, 6, 2500),
        rank("Silver", 1500, 3, 150)]))
    assert [r.model_dump() for r in p.ranks] == [
        {"name": "Bronze", "personal_volume": 0, "group_volume": 500, "legs": 2, "leg_volume": 0},
        {"name": "Silver", "personal_volume": 0, "group_volume": 1500, "legs": 3, "leg_volume": 0},
        {"name": "Gold", "personal_volume": 0, "group_volume": 5000, "legs": 4, "leg_volume": 0},
        {"name": "Diamond", "personal_volume": 0, "group_volume": 25000, "legs": 6, "leg_volume": 0}]
    assert [c.type for c in p.components] == ["binary", "recruit_bonus", "rank_bonus"]
    assert p.components[2].amount_by_rank == {"Bronze": 50, "Silver": 150, "Gold": 500, "Diamond": 2500}


def test_tie_on_group_volume_first_listed_becomes_higher():
    # A and C tie at 100: version 1 picks A (listed first) when both qualify, so A goes above C.
    p = upgrade_payout_v1(v1(ranks=[rank("A", 100, 2, 30), rank("B", 50), rank("C", 100, 0, 10)]))
    assert [r.name for r in p.ranks] == ["B", "C", "A"]
    assert p.components[0].amount_by_rank == {"B": 0, "C": 10, "A": 30}


def test_ranks_without_bonuses_give_no_rank_bonus_component():
    p = upgrade_payout_v1(v1(ranks=[rank("X", 10), rank("Y", 5)]))
    assert [r.name for r in p.ranks] == ["Y", "X"] and p.components == []


def test_duplicate_version_1_names_become_unique_first_listed_keeps_the_name():
    # the two "A" tie at 100; the first listed (bonus 30) is the higher and keeps "A"
    p = upgrade_payout_v1(v1(ranks=[rank("A", 100, 2, 30), rank("A", 100, 1, 20), rank("A (2)", 5)]))
    assert [r.name for r in p.ranks] == ["A (2)", "A (3)", "A"]
    assert p.components[0].amount_by_rank == {"A (2)": 0, "A (3)": 20, "A": 30}


@pytest.mark.parametrize("path", V1_FILES, ids=lambda p: p.name)
def test_every_version_1_example_and_fixture_upgrades(path):
    payout = _v1_payout(path)
    p = upgrade_payout_v1(payout)
    assert len(p.ranks) == len(payout.ranks)
    expected = {"none": [], "unilevel": ["unilevel"], "binary": ["binary"]}[payout.plan]
    expected += ["recruit_bonus"] * (payout.recruit_bonus > 0)
    expected += ["rank_bonus"] * any(r.monthly_bonus > 0 for r in payout.ranks)
    assert [c.type for c in p.components] == expected


def _v1_bonus(ranks: list[dict], gv: float, legs: int) -> float:
    """Version 1's rule (SPEC 3): largest group_volume among the qualifying, first listed on a tie."""
    best = None
    for r in ranks:
        if r["group_volume"] <= gv and r["legs"] <= legs:
            if best is None or r["group_volume"] > best["group_volume"]:
                best = r
    return best["monthly_bonus"] if best else 0.0


def _v2_bonus(plan, gv: float, legs: int) -> float:
    """Version 2's rule (SPEC 8.1): the qualifying rank with the largest index (PV needs 0)."""
    paid = None
    for r in plan.ranks:
        if r.personal_volume <= 0 and r.group_volume <= gv and r.legs <= legs and r.leg_volume == 0:
            paid = r.name
    bonus = plan.component("rank_bonus")
    return bonus.amount_by_rank.get(paid, 0.0) if (bonus and paid) else 0.0


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from([0, 100, 200, 300]), st.integers(0, 3),
                          st.integers(0, 50)), max_size=6),
       st.sampled_from([0, 50, 100, 200, 300, 400]), st.integers(0, 4))
def test_upgraded_ranks_pay_what_version_1_paid(specs, gv, legs):
    ranks = [rank(f"R{i % 3}", g, n_legs, float(b)) for i, (g, n_legs, b) in enumerate(specs)]  # names repeat
    p = upgrade_payout_v1(v1(ranks=ranks))
    assert _v2_bonus(p, gv, legs) == _v1_bonus(ranks, gv, legs)
