"""The per-month kernels made cheaper for small simulations (issues 11/12) give the same bits:
the stairstep sweep paid through per-rank tables, the rank bonus filled from the candidates
only, the binary's products and caps in place; by hand and against the plainer formulations."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.core.payout import engine
from evaluator.core.payout.network import Network
from evaluator.core.plans.components import PayoutPlan

from .test_engine_ranks_speed import RANKS, dense_stairstep_sweep, random_network


def test_stairstep_breakaway_with_a_zero_generation_by_hand():
    # chain 0 <- 1 <- 2 <- 3 <- 4, all active, 100 volume each: GV 500, 400, 300, 200, 100;
    # ranks A (any), B (GV >= 150), C (GV >= 250) -> C, C, C, B, A. A 0 %, B 10 %, C 20 %,
    # breakaway at C, generations [0 %, 5 %], own volume.
    plan = PayoutPlan.model_validate({
        "ranks": [{"name": "A"}, {"name": "B", "group_volume": 150}, {"name": "C", "group_volume": 250}],
        "components": [{"type": "stairstep", "percent_by_rank": {"A": 0, "B": 10, "C": 20}, "own_volume": True,
                        "breakaway_rank": "C", "generation_percents": [0, 5]}]}, strict=True)
    net = Network.build(sponsor=[-1, 0, 1, 2, 3], volume=[100.0] * 5)
    result = engine.compute(plan, net)
    assert result.rank.tolist() == [2, 2, 2, 1, 0]
    # 4's B: 3 pays 10 %, 2 10 % more and breaks away; 1 is generation 0 (0 %), 0 generation 1 (5 %)
    # 3's B: 3 itself 10, 2 10 more, 1 0, 0 5;  2's B: 2 20, 1 0, 0 5;  1's B: 1 20, 0 0 (gen 0);  0's B: 20
    # -> 4: 0; 3: 10 + 10 = 20; 2: 10 + 10 + 20 = 40; 1: 20; 0: 5 + 5 + 5 + 20 = 35
    assert result.by_component["stairstep"].tolist() == pytest.approx([35, 20, 40, 20, 0], abs=1e-9)
    # breakage: 500 x (20 % + 0 % + 5 %) = 125, less the 115 paid = 10
    assert result.breakage["stairstep"] == pytest.approx(10.0, abs=1e-9)


@pytest.mark.parametrize("seed", range(12))
def test_stairstep_on_larger_networks_equals_the_dense_sweep_bit_for_bit(seed):
    """Networks of a few thousand (many changers per level, deep trees): every rank, a zero
    generation among the others, with and without breakaway and own volume."""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(500, 4000))
    comp = {"type": "stairstep", "own_volume": bool(seed % 2),
            "percent_by_rank": {"Member": 0, "Bronze": 4, "Silver": 9.5, "Gold": 21}}
    if seed % 3:
        comp["breakaway_rank"] = ["Bronze", "Silver", "Gold"][seed % 3]
        comp["generation_percents"] = [[2, 0, 1.5], [3.25], [0, 4]][seed % 3]
    ranks = [{"name": r["name"], "personal_volume": r.get("personal_volume", 0) / 2,
              "group_volume": r.get("group_volume", 0) / 20, "legs": r.get("legs", 0),
              "leg_volume": r.get("leg_volume", 0) / 20} for r in RANKS]
    plan = PayoutPlan.model_validate({"ranks": ranks, "components": [comp]}, strict=True)
    net = random_network(n, seed)
    result = engine.compute(plan, net)
    assert len(set(result.rank.tolist())) >= 3  # several ranks take part
    order = net.level_order()
    pct = engine._rank_table(comp["percent_by_rank"], plan, 0.0) / 100.0
    gens = np.asarray(comp.get("generation_percents", []), dtype=np.float64) / 100.0
    breakaway = plan.rank_index()[comp["breakaway_rank"]] if "breakaway_rank" in comp else None
    b_lo = net.in_level_order("volume")
    expected_lo = dense_stairstep_sweep(b_lo, result.rank[order.perm], pct, gens, breakaway, comp["own_volume"], order)
    assert result.by_component["stairstep"].tobytes() == order.to_member(expected_lo).tobytes()


def rank_bonus_plan() -> PayoutPlan:
    return PayoutPlan.model_validate({
        "ranks": [{"name": "Bronze", "group_volume": 800}, {"name": "Gold", "group_volume": 8000}],
        "components": [{"type": "rank_bonus", "amount_by_rank": {"Bronze": 50, "Gold": 400}}]}, strict=True)


def test_rank_bonus_from_the_candidates_by_hand():
    # 0 with recruits 1 .. 8, 100 volume each: 0's GV 900 -> Bronze (GV >= 800); the others 100 -> no rank.
    # One candidate of 9 members: the bonus is filled from the candidates (4 x 1 < 9).
    net = Network.build(sponsor=[-1] + [0] * 8, volume=[100.0] * 9)
    ranks = engine._ranks(rank_bonus_plan(), net)
    assert ranks.lowest == engine.NO_RANK and ranks.members is not None and ranks.members.tolist() == [0]
    result = engine.compute(rank_bonus_plan(), net)
    assert result.by_component["rank_bonus"].tolist() == [50.0] + [0.0] * 8
    # 0 inactive: no rank, nothing
    net = Network.build(sponsor=[-1] + [0] * 8, volume=[100.0] * 9, active=[False] + [True] * 8)
    assert engine.compute(rank_bonus_plan(), net).by_component["rank_bonus"].tolist() == [0.0] * 9


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("sweep", [False, True])
def test_rank_bonus_from_the_candidates_equals_the_lookup_per_member(seed, sweep):
    plan = rank_bonus_plan()
    if sweep:  # ranks in level order (a stairstep beside the bonus)
        plan = PayoutPlan.model_validate({**plan.model_dump(), "components": [
            *plan.model_dump()["components"], {"type": "stairstep", "percent_by_rank": {"Bronze": 5}}]})
    net = random_network(int(np.random.default_rng(seed).integers(50, 3000)), seed)
    ranks = engine._ranks(plan, net)
    comp = plan.components[0]
    dense = engine._rank_bonus(comp, plan, ranks.rank)  # the lookup for every member
    assert 4 * len(ranks.members) < net.n  # few candidates: their path is taken
    assert engine._rank_bonus(comp, plan, ranks.rank, ranks).tobytes() == dense.tobytes()
    assert engine.compute(plan, net).by_component["rank_bonus"].tobytes() == dense.tobytes()
    assert dense.sum() > 0


def test_binary_cap_in_place_by_hand():
    # 0 <- 1 (left), 0 <- 2 (right), 1 <- 3 (left); volumes 10, 100, 300, 50.
    # 0: left 150 (1 and 3), right 300 -> 10 % of 150 = 15, capped at 12; 1: left 50, right 0 -> 0.
    plan = PayoutPlan.model_validate({"ranks": [], "components": [
        {"type": "binary", "percent": 10, "monthly_cap": 12}]}, strict=True)
    net = Network.build(sponsor=[-1, 0, 0, 1], volume=[10.0, 100.0, 300.0, 50.0], leg=[0, 1, 2, 1])
    result = engine.compute(plan, net)
    assert result.by_component["binary"].tolist() == pytest.approx([12.0, 0.0, 0.0, 0.0])
    # 0 inactive: its 12 is breakage
    net = Network.build(sponsor=[-1, 0, 0, 1], volume=[10.0, 100.0, 300.0, 50.0], leg=[0, 1, 2, 1],
                        active=[False, True, True, True])
    result = engine.compute(plan, net)
    assert result.by_component["binary"].tolist() == [0.0] * 4
    assert result.breakage["binary"] == pytest.approx(12.0)


def test_binary_of_a_single_member_pays_nothing():
    # no recruits, so no legs: the pair sums are integer zeros, still paid as 0.0 (found by the
    # reference test once the products were made in place)
    plan = PayoutPlan.model_validate({"ranks": [], "components": [{"type": "binary", "percent": 10}]}, strict=True)
    result = engine.compute(plan, Network.build(sponsor=[-1], volume=[100.0]))
    assert result.by_component["binary"].tolist() == [0.0]
    assert result.breakage["binary"] == 0.0
