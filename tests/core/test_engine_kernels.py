"""The payout engine's fast kernels (issue 12): worked examples by hand, and bit for bit the
same pay as the plainer formulations they replaced (kept here as ``_before_*``), on random
networks with zero volumes, inactive members and depth by rank."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator.core.payout import engine
from evaluator.core.payout.network import LevelOrder, Network
from evaluator.core.plans.components import PayoutPlan

from .payout.strategies import networks, plans

RANKS = [{"name": "Member"}, {"name": "Bronze", "personal_volume": 50, "group_volume": 300},
         {"name": "Silver", "personal_volume": 50, "group_volume": 1000, "legs": 2, "leg_volume": 100}]


def plan_of(*components, ranks=RANKS):
    return PayoutPlan.model_validate({"ranks": ranks, "components": list(components)}, strict=True)


def same_bits(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return a.shape == b.shape and a.tobytes() == b.tobytes()


def random_network(n, seed):
    rng = np.random.default_rng(seed)
    sponsor = np.r_[-1, (rng.random(n - 1) * np.arange(1, n)).astype(np.int64)]
    volume = rng.choice([0.0, 0.0, 50.0, 100.0, 133.33, 300.0], size=n)
    active = rng.random(n) < 0.6
    volume[~active & (rng.random(n) < 0.7)] = 0.0  # most inactive members bring nothing
    months = rng.choice([0, 0, 1, 2, 5, 99], size=n)
    return Network.build(sponsor=sponsor, volume=volume, customer_volume=np.round(volume / 3, 2),
                         active=active, months_since_join=months)


# ---- the formulations before issue 12's speed work (same rules, plainer numpy) ----------------


def _before_unilevel_standard(b, levels, deep, active, order):
    n = len(b)
    s = order.starts
    ppos = order.ppos
    up = np.full(n, n, dtype=np.int64)
    for d in range(1, len(s) - 1):
        a, z = s[d], s[d + 1]
        p = ppos[a:z]
        up[a:z] = np.where(active[p], p, up[p])
    members = np.flatnonzero(active)
    k = len(members)
    compact = np.full(n + 1, k, dtype=np.int64)
    compact[members] = np.arange(k)
    x = np.flatnonzero(b)
    at_level = np.bincount(compact[up[x]], weights=b[x], minlength=k + 1)[:k]
    members_up = compact[up[members]]
    deep_k = deep[members] if deep is not None else None
    earn = np.zeros(k)
    for j, rate in enumerate(levels.tolist()):
        if j:
            at_level = np.bincount(members_up, weights=at_level, minlength=k + 1)[:k]
        if rate:
            earn += (at_level if deep_k is None else np.where(deep_k > j, at_level, 0.0)) * rate
    out = np.zeros(n)
    out[members] = earn
    return out


def _before_matching(percents, ok, matched_lo, order):
    n = len(ok)
    paid = np.flatnonzero(ok)
    below = matched_lo
    earn_q = np.zeros(len(paid))
    for percent in percents:
        below = np.bincount(order.ppos, weights=below, minlength=n + 1)[:n]
        if percent > 0:
            earn_q += below[paid] * (percent / 100.0)
    out = np.zeros(n)
    out[paid] = earn_q
    return out


def _before_fixed_levels(net, who, amounts, active):
    n = net.n
    earn = np.zeros(n + 1)
    lost = 0.0
    anc = who
    col = np.arange(len(who))
    small = 16 * len(who) <= n
    for level in range(amounts.shape[0]):
        anc = net.sponsor[anc]
        exists = anc != n
        if not exists.all():
            anc, col = anc[exists], col[exists]
        if not len(anc):
            break
        amount = amounts[level][col]
        ok = active[anc]
        if small or not level:
            np.add.at(earn, anc[ok], amount[ok])
        else:
            earn += np.bincount(anc[ok], weights=amount[ok], minlength=n + 1)
        lost += float(amount[~ok].sum())
    return earn[:n], lost


def new_unilevel_standard(net, levels, depth_table, rank_lo):
    order = net.level_order()
    members, earn = engine._unilevel_standard(net.in_level_order("volume"), levels, depth_table,
                                              lambda: rank_lo, net.in_level_order("active"), order)
    out = np.zeros(net.n)
    out[members] = earn
    return out


def unilevel_cases(net, plan, rank):
    """(levels, depth table, deep in level order, ranks in level order) with and without depth."""
    order = net.level_order()
    rank_lo = np.asarray(rank)[order.perm]
    levels = np.array([0.05, 0.0, 0.04, 0.03, 0.02, 0.01, 0.01])
    yield levels, None, None, rank_lo
    table = engine._rank_table({"Member": 2.0, "Bronze": 4.0}, plan, np.inf)
    table[-1] = 0.0
    yield levels, table, table[rank_lo], rank_lo


# ---- worked examples --------------------------------------------------------------------------


def test_unilevel_standard_by_hand():
    # 0 (active) <- 1 (inactive, B 100) <- 2 (active, B 200) <- 3 (active, B 50); 0 <- 4 (active, B 40)
    # nearest active uplines: 1 -> 0, 2 -> 0 (past 1), 3 -> 2, 4 -> 0.
    # 2: level 1 = B(3) = 50 -> 10 % = 5.0
    # 0: level 1 = B(1) + B(2) + B(4) = 340 -> 10 % = 34.0; level 2 = B(3) = 50 -> 5 % = 2.5; 36.5
    # 1 is inactive, 3 and 4 have nobody below: 0.
    net = Network.build(sponsor=[-1, 0, 1, 2, 0], volume=[0, 100, 200, 50, 40],
                        active=[True, False, True, True, True])
    plan = plan_of({"type": "unilevel", "levels": [10, 5], "compression": "standard"}, ranks=[])
    pay = engine.compute(plan, net).by_component["unilevel"]
    assert pay.tolist() == [36.5, 0.0, 5.0, 0.0, 0.0]
    # only the active members with someone below them are returned: 0 and 2 (positions 0 and 2
    # in level order 0 | 1 4 | 2 | 3)
    order = net.level_order()
    members, earn = engine._unilevel_standard(net.in_level_order("volume"), np.array([0.1, 0.05]), None,
                                              lambda: None, net.in_level_order("active"), order)
    assert order.perm[members].tolist() == [0, 2] and earn.tolist() == [36.5, 5.0]


def test_unilevel_standard_depth_by_rank_by_hand():
    # the same tree; everyone active qualifies as "A" (no thresholds), whose depth is 1:
    # 0 earns level 1 only (34.0), 2 earns 5.0
    net = Network.build(sponsor=[-1, 0, 1, 2, 0], volume=[0, 100, 200, 50, 40],
                        active=[True, False, True, True, True])
    plan = plan_of({"type": "unilevel", "levels": [10, 5], "compression": "standard",
                    "depth_by_rank": {"A": 1}}, ranks=[{"name": "A"}])
    assert engine.compute(plan, net).by_component["unilevel"].tolist() == [34.0, 0.0, 5.0, 0.0, 0.0]


def test_matching_last_generation_only_for_qualifying_sponsors_by_hand():
    # 0 <- 1 <- 2 <- 3, and 0 <- 4; unilevel none, one level of 10 %: 0 earns 10 % of (B1 + B4)
    # = 10 % of (100 + 1000) = 110; 1 earns 10 % of 200 = 20; 2 earns 10 % of 300 = 30.
    # Matching 50 % of the first generation, for Gold only (PV 500: member 4 and member 0).
    # 0's recruits 1 and 4 earned 20 + 0 -> 0 earns 10.0; 4 has no recruits -> 0.
    net = Network.build(sponsor=[-1, 0, 1, 2, 0], volume=[500, 100, 200, 300, 1000])
    plan = plan_of({"type": "unilevel", "levels": [10]},
                   {"type": "matching", "percents": [50], "min_rank": "Gold"},
                   ranks=[{"name": "Gold", "personal_volume": 500}])
    result = engine.compute(plan, net)
    assert result.by_component["unilevel"].tolist() == [110.0, 20.0, 30.0, 0.0, 0.0]
    assert result.by_component["matching"].tolist() == [10.0, 0.0, 0.0, 0.0, 0.0]


def test_matching_with_nobody_qualifying_pays_nothing():
    net = Network.build(sponsor=[-1, 0, 1], volume=[10, 100, 200])
    plan = plan_of({"type": "unilevel", "levels": [10]},
                   {"type": "matching", "percents": [50, 25], "min_rank": "Gold"},
                   ranks=[{"name": "Gold", "personal_volume": 5000}])
    assert engine.compute(plan, net).by_component["matching"].tolist() == [0.0, 0.0, 0.0]


def test_recruit_bonus_skips_inactive_uplines_and_stops_at_the_top_by_hand():
    # 3 joined now under 2 (inactive) under 1 under 0: 25 to level 1 (2, inactive: lost),
    # 10 to level 2 (1), 5 to level 3 (0), 1 to level 4 (nobody: not lost, never owed)
    net = Network.build(sponsor=[-1, 0, 1, 2], volume=[0, 0, 0, 0], active=[True, True, False, True],
                        months_since_join=[5, 5, 5, 0])
    plan = plan_of({"type": "recruit_bonus", "amounts": [25, 10, 5, 1]}, ranks=[])
    result = engine.compute(plan, net)
    assert result.by_component["recruit_bonus"].tolist() == [5.0, 10.0, 0.0, 0.0]
    assert result.breakage["recruit_bonus"] == 25.0


def test_where_active_is_np_where_bit_for_bit():
    # 7 values, repeated past the size (4096) from which the bits are masked instead
    values = np.tile([1.5, 2.5, -0.0, -3.25, np.nan, 0.0, np.inf], 1000)
    active = np.tile([True, False, True, False, False, True, True], 1000)
    for size in (7, 7000):
        out = engine._where_active(active[:size], values[:size])
        # active: the value itself (even -0.0 keeps its sign); inactive: +0.0
        assert out[[0, 3, 5, 6]].tolist() == [1.5, 0.0, 0.0, np.inf]
        assert np.signbit(out[2]) and not np.signbit(out[3]) and out[4] == 0.0 and not np.signbit(out[4])
        assert same_bits(out, np.where(active[:size], values[:size], 0.0))
        constant = np.broadcast_to(np.True_, (size,))  # the simulation may hand a broadcast column
        assert same_bits(engine._where_active(constant, values[:size]), values[:size])


def test_from_levels_positions_of_the_sponsors():
    # levels [0] | [1, 3] | [2, 4]; 2's sponsor is 1 (index 0 above), 4's is 3 (index 1 above)
    order = LevelOrder.from_levels([np.array([0]), np.array([1, 3]), np.array([2, 4])],
                                   [np.array([0]), np.array([0, 0]), np.array([0, 1])])
    assert order.starts == [0, 1, 3, 5]
    assert order.ppos.tolist() == [5, 0, 0, 1, 2] and order.ppos.dtype == np.int64
    assert order.lpos.tolist() == [0, 0, 0, 0, 1]


# ---- bit for bit against the plainer formulations ------------------------------------------


@pytest.mark.parametrize("n, seed", [(1, 1), (2, 2), (40, 3), (3000, 4), (20_000, 5)])
def test_kernels_give_the_bits_of_the_plain_formulations(n, seed):
    net = random_network(n, seed)
    plan = plan_of({"type": "unilevel", "levels": [5, 5]})
    rank = engine.qualify(plan, net)
    order = net.level_order()
    active_lo = net.in_level_order("active")
    for levels, table, deep_lo, rank_lo in unilevel_cases(net, plan, rank):
        expected = _before_unilevel_standard(net.in_level_order("volume"), levels, deep_lo, active_lo, order)
        assert same_bits(new_unilevel_standard(net, levels, table, rank_lo), expected)
    # matching on what the unilevel paid, with and without a minimum rank
    matched = engine.compute(plan_of({"type": "unilevel", "levels": [7, 3, 2], "compression": "standard"}),
                             net).by_component["unilevel"]
    for min_rank in (None, "Member", "Bronze", "Silver"):
        for percents in ([20, 10], [0, 0, 15], [30], [0]):
            comp = {"type": "matching", "percents": percents}
            if min_rank:
                comp["min_rank"] = min_rank
            p = plan_of({"type": "unilevel", "levels": [7, 3, 2], "compression": "standard"}, comp)
            ok = active_lo.copy()
            if min_rank:
                ok &= rank[order.perm] >= p.rank_index()[min_rank]
            expected = order.to_member(_before_matching(percents, ok, matched[order.perm], order))
            assert same_bits(engine.compute(p, net).by_component["matching"], expected)
    # fast start and recruit bonus (few and many new members: both ways of adding up)
    for months in (1, 3, 100):
        who = np.nonzero(net.months_since_join < months)[0]
        amounts = np.array([0.2, 0.0, 0.05])[:, None] * net.volume[who][None, :]
        got = engine._fixed_levels(net, who, amounts, net.active)
        want = _before_fixed_levels(net, who, amounts, net.active)
        assert same_bits(got[0], want[0]) and got[1] == want[1]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(), st.data())
def test_random_small_networks_give_the_bits_of_the_plain_formulations(plan, data):
    net = data.draw(networks(plan, 30))
    rank = engine.qualify(plan, net)
    if not plan.ranks:  # the depth table needs a rank table: give every rank-less plan one
        plan = plan_of({"type": "unilevel", "levels": [1]})
        rank = engine.qualify(plan, net)
    order = net.level_order()
    for levels, table, deep_lo, rank_lo in unilevel_cases(net, plan, rank):
        expected = _before_unilevel_standard(net.in_level_order("volume"), levels, deep_lo,
                                             net.in_level_order("active"), order)
        assert same_bits(new_unilevel_standard(net, levels, table, rank_lo), expected)


def test_compute_twice_and_on_a_smaller_network_gives_the_same_pay():
    # nothing is kept between calls that could leak from one network into the next
    plan = plan_of({"type": "unilevel", "levels": [5, 4, 3], "compression": "standard",
                    "depth_by_rank": {"Member": 1}},
                   {"type": "fast_start", "percents": [20, 10], "months": 2},
                   {"type": "matching", "percents": [20, 10], "min_rank": "Bronze"},
                   {"type": "recruit_bonus", "amounts": [25, 5]})
    big, small = random_network(5000, 7), random_network(300, 8)
    first_small = engine.compute(plan, small)
    engine.compute(plan, big)
    again = engine.compute(plan, random_network(300, 8))
    for t, pay in first_small.by_component.items():
        assert same_bits(again.by_component[t], pay)
        assert again.breakage[t] == first_small.breakage[t]


def test_reused_arrays_are_never_shared_with_a_result_still_in_use():
    from unittest import mock

    from evaluator.core.payout import network

    a = network.reused_array("test-pool", 10, np.float64)
    a[:] = 1.0
    b = network.reused_array("test-pool", 10, np.float64)  # a is alive: another buffer
    assert len(network.reused_array("small", 5, np.int64)) == 5  # a plain empty below the limit
    with mock.patch.object(network, "REUSE_FROM", 1):
        a = network.reused_array("test-pool", 10, np.float64)
        a[:] = 1.0
        view = a[3:]
        b = network.reused_array("test-pool", 8, np.float64)
        assert not np.shares_memory(a, b) and a.tolist() == [1.0] * 10
        buffer_of_b = id(b.base)
        del b
        c = network.reused_array("test-pool", 9, np.float64)  # b's buffer is free again: reused
        assert id(c.base) == buffer_of_b and len(c) == 9 and not np.shares_memory(c, view)
        del a
        d = network.reused_array("test-pool", 9, np.float64)  # a's buffer is still held by view
        assert not np.shares_memory(d, view)


def test_results_in_reused_arrays_stay_what_they_were():
    # with every array taken from the pool, a month's results kept while the next month is
    # paid keep their values, and both months pay what fresh arrays pay
    from unittest import mock

    from evaluator.core.payout import network

    plan = plan_of({"type": "unilevel", "levels": [5, 4, 3]},
                   {"type": "fast_start", "percents": [20, 10], "months": 3},
                   {"type": "recruit_bonus", "amounts": [25, 5]})
    fresh = [engine.compute(plan, random_network(n, n)) for n in (4000, 5000)]
    with mock.patch.object(network, "REUSE_FROM", 1):
        first = engine.compute(plan, random_network(4000, 4000))
        kept = {t: pay.copy() for t, pay in first.by_component.items()}
        second = engine.compute(plan, random_network(5000, 5000))
        for t in kept:
            assert same_bits(first.by_component[t], kept[t])
            assert same_bits(first.by_component[t], fresh[0].by_component[t])
            assert same_bits(second.by_component[t], fresh[1].by_component[t])
            assert not np.shares_memory(first.by_component[t], second.by_component[t])
        assert second.breakage == fresh[1].breakage


def test_a_simulation_leaves_no_buffers_in_the_pool():
    """After a run the pool is empty (a large run must not keep its buffers for the app's
    life), an array still in use keeps its values, and the run's results are those of a run
    without the pool."""
    from unittest import mock

    from evaluator.core.fileformat import load
    from evaluator.core.payout import network
    from evaluator.core.simulation import simulate
    from evaluator.resources import example_paths

    ev = load(next(p for p in example_paths() if p.stem == "mlm-unilevel-doterra-2017"))
    plain = simulate(ev).to_json()
    with mock.patch.object(network, "REUSE_FROM", 1):
        held = network.reused_array("test-held", 6, np.float64)
        held[:] = 2.5
        pooled = simulate(ev).to_json()
        assert network._POOL == {}
        assert held.tolist() == [2.5] * 6
    for result in (plain, pooled):
        result.pop("elapsed_s")
    assert pooled == plain
