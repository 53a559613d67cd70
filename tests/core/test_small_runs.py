"""Small simulations' fewer numpy calls per month (issues 11 and 12): worked examples by hand,
and bit for bit the same results as the per-level formulations they replaced (kept here as
``_before_*``): level sums pushed by a few walks, the level order built from the simulation's
levels, and the simulation's lists of participants by depth."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.core.fileformat import load
from evaluator.core.payout import engine
from evaluator.core.payout.network import LevelOrder, Network, group_by_depth
from evaluator.core.simulation import Plan, _Engine, effective_settings
from evaluator.resources import example_paths


def same_bits(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return a.shape == b.shape and a.tobytes() == b.tobytes()


def _before_push_levels_few(parent, who, weights, rates, out):
    """push_levels before: one np.add.at per level, the walks that ended dropped each level."""
    n = len(parent)
    cur = who
    for rate in rates:
        cur = parent[cur]
        keep = (cur >= 0) & (cur < n)
        if not keep.all():
            cur, weights = cur[keep], weights[keep]
        if not len(cur):
            break
        if rate:
            np.add.at(out, cur, rate * weights)


def test_push_levels_of_a_few_walks_by_hand():
    # a chain 0 <- 1 <- 2 <- 3 and 40 members below 0 (so that one walk is "few": 16 * 1 <= 44)
    parent = np.r_[-1, 0, 1, 2, np.zeros(40, dtype=np.int64)].astype(np.int64)
    out = np.zeros(len(parent))
    out[0] = 1.0
    engine.push_levels(parent, np.array([3]), np.array([100.0]), [0.1, 0.0, 0.25, 0.5], out)
    # 3's uplines: 2 gets 10% of 100 = 10, 1 none (rate 0), 0 gets 25% = 25 on top of its 1;
    # the 4th level is past the top: nothing
    assert out[:4].tolist() == [26.0, 0.0, 10.0, 0.0] and not out[4:].any()
    # a quitter takes the same back again: all zeros but 0's starting 1.0
    engine.push_levels(parent, np.array([3]), np.array([-100.0]), [0.1, 0.0, 0.25, 0.5], out)
    assert out[:4].tolist() == [1.0, 0.0, 0.0, 0.0]


@pytest.mark.parametrize("n, k, seed", [(20, 1, 1), (300, 5, 2), (5000, 200, 3), (26_000, 480, 4)])
def test_push_levels_of_a_few_walks_gives_the_bits_of_one_add_at_per_level(n, k, seed):
    rng = np.random.default_rng(seed)
    # a shallow random tree (walks end at the top at every level) with the top's sponsor -1 or n
    parent = np.r_[-1, (rng.random(n - 1) * np.arange(1, n)).astype(np.int64)]
    weights = rng.choice([0.0, 19.99, 50.0, 133.33, -75.5], size=k)
    for top in (-1, n):
        parent[0] = top
        for rates in ([0.02, 0.03, 0.05, 0.05, 0.06, 0.07, 0.07], [0.0, 0.1, 0.0], [0.0], [],
                      [0.1] * 40):
            who = rng.choice(n, size=k)
            start = np.round(rng.random(n) * 100, 2)
            got, want = start.copy(), start.copy()
            engine.push_levels(parent, who, weights, rates, got)
            _before_push_levels_few(parent, who, weights, rates, want)
            assert same_bits(got, want)


def test_from_levels_of_a_small_network_gives_the_level_order_of_the_sponsors():
    rng = np.random.default_rng(7)
    for n in (1, 2, 50, 4000):
        sponsor = np.r_[-1, (rng.random(n - 1) * np.arange(1, n)).astype(np.int64)]
        net = Network.build(sponsor=sponsor, volume=np.zeros(n))
        want = LevelOrder.of(net.sponsor, net.levels())
        got = LevelOrder.from_levels(net.levels(), [want.lpos[a:z] for a, z in zip(want.starts, want.starts[1:])])
        assert got.starts == want.starts
        assert got.perm.tolist() == want.perm.tolist() and got.ppos.tolist() == want.ppos.tolist()
        assert got.ppos.dtype == np.int64


@pytest.mark.parametrize("name", ["mlm-unilevel-fast-start-matching", "mlm-binary-starter-pack"])
def test_simulation_levels_by_depth_match_the_final_tree(name):
    ev = load(next(p for p in example_paths() if name in p.name))
    sim = _Engine(Plan.from_evaluation(ev), effective_settings(ev, participants=30_000, months=12))
    sim.run(None, None)
    n = sim.n
    assert n > 10_000  # existing 10,000 plus a year of joiners
    levels = group_by_depth(sim.depth[:n].astype(np.int64))
    assert len(sim.by_depth) == len(levels)
    for d, (members, local) in enumerate(zip(sim.by_depth, sim.by_depth_lpos)):
        assert members.tolist() == levels[d].tolist()  # join order within a depth
        assert sim.level_pos[members].tolist() == list(range(len(members)))
        if d:  # each one's sponsor's index within the level above
            above = sim.by_depth[d - 1]
            assert above[local].tolist() == sim.sponsor[members].tolist()
        else:
            assert local.tolist() == [0] * len(members)


def test_matching_of_a_small_network_by_hand():
    # 0 <- 1 <- 2 <- 3; matched pay 100 at 3 and 40 at 2; 1 inactive; 10% of the first
    # generation, 5% of the second: 0 earns 5% of 2's 40 = 2 (3's 100 is three levels down),
    # 1 nothing (inactive), 2 earns 10% of 100 = 10, 3 nothing (nobody below)
    net = Network.build(sponsor=[-1, 0, 1, 2], volume=np.zeros(4), active=[True, False, True, True])
    plan = engine.PayoutPlan.model_validate({"ranks": [], "components": [
        {"type": "unilevel", "levels": [1]}, {"type": "matching", "percents": [10, 5]}]}, strict=True)
    comp = plan.component("matching")
    earn = engine._matching(comp, plan, net, np.full(4, -1), engine._ActiveExt(net), np.array([0.0, 0.0, 40.0, 100.0]))
    assert earn.tolist() == [2.0, 0.0, 10.0, 0.0]


@pytest.mark.parametrize("n, seed", [(1, 1), (2, 2), (60, 3), (3000, 4), (30_000, 5)])
def test_matching_in_member_order_gives_the_bits_of_the_level_order(n, seed, monkeypatch):
    from evaluator.core.payout import network

    rng = np.random.default_rng(seed)
    sponsor = np.r_[-1, (rng.random(n - 1) * np.arange(1, n)).astype(np.int64)]
    volume = rng.choice([0.0, 0.0, 50.0, 100.0, 133.33, 300.0], size=n)
    net = Network.build(sponsor=sponsor, volume=volume, active=rng.random(n) < 0.6)
    ranks = [{"name": "Member"}, {"name": "Bronze", "personal_volume": 50, "group_volume": 300}]
    plan = engine.PayoutPlan.model_validate({"ranks": ranks, "components": [
        {"type": "unilevel", "levels": [7, 3, 2]}]}, strict=True)
    rank = engine.qualify(plan, net)
    matched = np.where(rng.random(n) < 0.4, np.round(rng.random(n) * 80, 2), 0.0)
    for min_rank in (None, "Member", "Bronze"):
        for percents in ([20, 10], [0, 0, 15], [30], [0], [5, 5, 5, 5, 5]):
            comp = {"type": "matching", "percents": percents}
            if min_rank:
                comp["min_rank"] = min_rank
            p = engine.PayoutPlan.model_validate({"ranks": ranks, "components": [
                {"type": "unilevel", "levels": [7, 3, 2]}, comp]}, strict=True)
            args = (p.component("matching"), p, net, rank, engine._ActiveExt(net), matched)
            got = engine._matching(*args)
            with monkeypatch.context() as m:
                m.setattr(network, "SMALL_NETWORK", 0)  # the level-order sums
                want = engine._matching(*args)
            assert same_bits(got, want)
            if n >= 3000 and percents[0]:  # somebody earns: the comparison is not of zeros
                assert got.any()


def test_the_constant_columns_of_a_month_are_kept_per_size_and_read_only():
    ev = load(next(p for p in example_paths() if "mlm-unilevel-doterra-2017" in p.name))
    sim = _Engine(Plan.from_evaluation(ev), effective_settings(ev, participants=12_000, months=2))
    sim.run(None, None)
    n = sim.n
    a, b = sim._network(2, n, copy=False), sim._network(2, n - 1, copy=False)
    sim.sponsor[0] = -1  # (what _pay_month puts back)
    assert a.rank.shape == (n,) and b.rank.shape == (n - 1,)
    assert set(a.rank.tolist()) == {-1} and set(a.placement.tolist()) == {-1} and set(a.leg.tolist()) == {0}
    assert a.leg.dtype == np.int8 and not a.carry_left.any() and not a.cycled.any()
    assert not a.rank.flags.writeable
    again = sim._network(2, n, copy=False)
    sim.sponsor[0] = -1
    assert again.rank is a.rank  # made once for this size
    copied = sim._network(2, n, copy=True)  # an export's columns: its own, writable
    assert copied.rank.flags.writeable and set(copied.rank.tolist()) == {-1}
