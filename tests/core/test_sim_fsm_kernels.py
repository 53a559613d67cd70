"""sim-fsm's changes: the ranks' legs from the simulation's kept counts of active recruits
(the same counts and ranks as counted afresh, every month of real runs), and hand-computed
cases of the rank legs and of the small network's matching."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.core.payout import engine
from evaluator.core.payout.network import Network


def test_matching_small_by_hand():
    # 0 <- 1 <- 2, 0 <- 3; matched 100 at 2, 50 at 3, 0 at 1; 10% then 5%:
    # 0: 10% of (0 + 50) = 5 plus 5% of 100 = 5, so 10; 1: 10% of 100 = 10; 2, 3: nothing below
    net = Network.build(sponsor=[-1, 0, 1, 0], volume=np.zeros(4), active=[True, True, True, True])
    plan = engine.PayoutPlan.model_validate({"ranks": [], "components": [
        {"type": "unilevel", "levels": [1]}, {"type": "matching", "percents": [10, 5]}]}, strict=True)
    earn = engine._matching_small(plan.component("matching"), plan, net, np.full(4, -1),
                                  np.array([0.0, 0.0, 100.0, 50.0]))
    assert earn.tolist() == [10.0, 10.0, 0.0, 0.0]


def _runs_nets(name: str, participants: int, months: int, monkeypatch) -> list:
    """Every month's (plan, network, ranks) of a small run of a bundled example."""
    from evaluator.core.fileformat import load
    from evaluator.core.simulation import Plan, _Engine, effective_settings
    from evaluator.resources import example_paths

    ev = load(next(p for p in example_paths() if p.stem == name))
    ev = ev[0] if isinstance(ev, tuple) else ev
    seen = []
    compute = engine.compute

    def spy(plan, net, placement=None, level_sums=None):
        # the network's columns are views of the run's arrays: copied now, as they are this month
        snap = Network.build(sponsor=np.where(np.arange(net.n) == 0, -1, net.sponsor), volume=net.volume.copy(),
                             active=net.active.copy())
        seen.append((plan, snap, engine._ranks(plan, net).rank.copy(), net._cache["active_recruits"].copy()))
        return compute(plan, net, placement=placement, level_sums=level_sums)

    monkeypatch.setattr(engine, "compute", spy)
    sim = _Engine(Plan.from_evaluation(ev), effective_settings(ev, participants=participants, months=months))
    sim.run(None, None)
    return seen


@pytest.mark.parametrize("name", ["mlm-unilevel-fast-start-matching", "mlm-unilevel-doterra-2017"])
def test_the_kept_active_recruit_counts_are_the_counts_afresh_and_give_the_same_ranks(name, monkeypatch):
    seen = _runs_nets(name, 100_000, 8, monkeypatch)
    assert len(seen) == 8  # a network paid every month
    ranked = 0
    for plan, net, rank, counts in seen:
        n = net.n
        afresh = np.bincount(net.sponsor[net.active], minlength=n + 1)[:n]  # (the top's sponsor: n)
        assert counts.tolist() == afresh.tolist()
        # the ranks without the kept counts: the engine counts the legs itself
        assert engine._ranks(plan, net).rank.tobytes() == rank.tobytes()
        ranked += int((rank >= 0).sum())
    assert ranked > 0  # somebody has a team bonus rank: the comparison is not of NO_RANKs


def test_a_rank_needing_three_legs_counts_active_recruits_only():
    # 0 has recruits 1, 2, 3, 4 with 4 inactive; each active one has 250 of volume, 0 has 100:
    # group volume of 0 = 100 + 3 * 250 = 850 >= 600; 3 active legs: rank 0 ("Team 1");
    # with the counts saying 2 active recruits (a wrong count) 0 would have no rank, so the
    # counts are what is read
    ranks = [{"name": "Team 1", "group_volume": 600, "legs": 3}]
    plan = engine.PayoutPlan.model_validate({"ranks": ranks, "components": [
        {"type": "rank_bonus", "amount_by_rank": {"Team 1": 50}}]}, strict=True)
    volume = np.array([100.0, 250.0, 250.0, 250.0, 0.0])
    net = Network.build(sponsor=[-1, 0, 0, 0, 0], volume=volume, active=[True, True, True, True, False])
    assert engine._ranks(plan, net).rank.tolist() == [0, -1, -1, -1, -1]
    net._cache["active_recruits"] = np.array([3, 0, 0, 0, 0])
    assert engine._ranks(plan, net).rank.tolist() == [0, -1, -1, -1, -1]
    net2 = Network.build(sponsor=[-1, 0, 0, 0, 0], volume=volume, active=[True, True, True, True, False])
    net2._cache["active_recruits"] = np.array([2, 0, 0, 0, 0])
    assert engine._ranks(plan, net2).rank.tolist() == [-1, -1, -1, -1, -1]
