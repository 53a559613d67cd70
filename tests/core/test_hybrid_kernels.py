"""Issue 12's hybrid kernels: the unilevel with standard compression summed over the nonzero B
and the active only, the depth by rank read at the earners' ranks, and matching in member order
at any size. Worked examples by hand, and bit for bit (``tobytes``) the pay of the formulations
they replaced (copied here as ``_old_*``) on random networks with inactive members that have
volume (the ``payout`` command allows it), zero volumes and depth by rank."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator.core.payout import engine
from evaluator.core.payout.network import SMALL_NETWORK, LevelOrder, Network
from evaluator.core.plans.components import PayoutPlan

from .payout.strategies import networks, plans

RANKS = [{"name": "Member"}, {"name": "Bronze", "personal_volume": 50, "group_volume": 300},
         {"name": "Silver", "personal_volume": 50, "group_volume": 1000, "legs": 2, "leg_volume": 100}]


def plan_of(*components, ranks=RANKS):
    return PayoutPlan.model_validate({"ranks": ranks, "components": list(components)}, strict=True)


def same_bits(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    return a.shape == b.shape and a.tobytes() == b.tobytes()


def random_network(n, seed, inactive_volume=True):
    rng = np.random.default_rng(seed)
    sponsor = np.r_[-1, (rng.random(n - 1) * np.arange(1, n)).astype(np.int64)]
    volume = rng.choice([0.0, 0.0, 50.0, 100.0, 133.33, 300.0, 0.07], size=n)
    active = rng.random(n) < 0.55
    if not inactive_volume:  # the simulation's: those who quit have none
        volume[~active] = 0.0
    months = rng.choice([0, 0, 1, 2, 5, 99], size=n)
    return Network.build(sponsor=sponsor, volume=volume, customer_volume=np.round(volume / 3, 2),
                         active=active, months_since_join=months)


# ---- the formulations before (the engine of commit c096a3e) ------------------------------------


def _old_unilevel_standard(b, levels, depth_table, rank_lo, active, order):
    n = len(b)
    s = order.starts
    ppos = order.ppos
    cid = active.astype(np.int64)
    np.cumsum(cid, out=cid)
    k = int(cid[-1])
    up = np.empty(n, dtype=np.int64)
    up[: s[1]] = 0
    above = np.multiply(cid, active)
    for d in range(1, len(s) - 1):
        a, z = s[d], s[d + 1]
        np.take(above, ppos[a:z], out=up[a:z])
        np.maximum(up[a:z], above[a:z], out=above[a:z])
    at_level = np.bincount(up, weights=b, minlength=k + 1)
    inner_of = np.zeros(k + 1, dtype=bool)
    inner_of[up] = True
    inner_of[0] = False
    inner = np.flatnonzero(inner_of)
    renumber = inner_of.astype(np.int64)
    np.cumsum(renumber, out=renumber)
    t = len(inner)
    at_level = at_level[inner]
    members = np.flatnonzero(active)[inner - 1]
    members_up = renumber[up[members]]
    deep_k = None
    if depth_table is not None:
        deep_k = depth_table[rank_lo()[members]]
    rates = levels.tolist()
    last = max((j for j, rate in enumerate(rates) if rate), default=-1)
    earn = np.zeros(t)
    part = np.empty(t)
    for j in range(last + 1):
        if j:
            at_level = np.bincount(members_up, weights=at_level, minlength=t + 1)[1:]
        rate = rates[j]
        if rate:
            np.multiply(at_level, rate, out=part)
            if deep_k is None:
                earn += part
            else:
                np.add(earn, part, out=earn, where=deep_k > j)
    return members, earn


def _old_matching(comp, plan, net, rank, matched):
    """The level-order form the large networks were paid by."""
    n = net.n
    order = net.level_order()
    perm, ppos = order.perm, order.ppos
    ok = net.in_level_order("active")
    if comp.min_rank is not None:
        ok = ok & (rank[perm] >= plan.rank_index()[comp.min_rank])
    paid = np.flatnonzero(ok)
    below = matched[perm]
    earn_q = np.zeros(len(paid))
    last = max((g for g, percent in enumerate(comp.percents) if percent > 0), default=-1)
    for g in range(last + 1):
        x = np.flatnonzero(below != 0)
        up = ppos[x]
        size = n + 1
        if g == last:
            keep = np.flatnonzero(ok[np.minimum(up, n - 1)] & (up < n))
            x, up = x[keep], up[keep]
            size = int(paid[-1]) + 1 if len(paid) else 0
        below = np.bincount(up, weights=below[x], minlength=size)[:n]
        percent = comp.percents[g]
        if percent > 0:
            earn_q += below[paid] * (percent / 100.0)
    earn = np.zeros(n)
    earn[perm[paid]] = earn_q
    return earn


def _in_members(n, order, members, earn):
    out = np.zeros(n)
    out[order.perm[members]] = earn
    return out


def unilevel_cases(plan, rank, order):
    rank_lo = np.asarray(rank)[order.perm]
    table = engine._rank_table({"Member": 2.0, "Bronze": 4.0}, plan, np.inf)
    table[-1] = 0.0
    for levels in ([0.05, 0.05, 0.04, 0.03, 0.02, 0.01, 0.01], [0.0, 0.1, 0.0], [0.07]):
        yield np.array(levels), None, rank_lo
        yield np.array(levels), table, rank_lo


def check_unilevel(net, plan):
    rank = engine.qualify(plan, net)
    order = net.level_order()
    b_lo, active_lo = net.in_level_order("volume"), net.in_level_order("active")
    ranks = engine._ranks(plan, net)
    for levels, table, rank_lo in unilevel_cases(plan, rank, order):
        want = _in_members(net.n, order, *_old_unilevel_standard(b_lo, levels, table, lambda r=rank_lo: r,
                                                                 active_lo, order))
        got = _in_members(net.n, order, *engine._unilevel_standard(b_lo, levels, table, lambda r=rank_lo: r,
                                                                   active_lo, order))
        assert same_bits(got, want)
        # the ranks at the earners from the candidates (or by member), not a level-order fill
        got = _in_members(net.n, order, *engine._unilevel_standard(
            b_lo, levels, table, lambda: None, active_lo, order,
            rank_at=lambda at: engine._ranks_at(ranks, rank, order, at)))
        assert same_bits(got, want)


def check_matching(net, plan_base, unilevel):
    matched = engine.compute(plan_of(unilevel), net).by_component["unilevel"]
    for min_rank in (None, "Member", "Bronze", "Silver"):
        for percents in ([20, 10], [0, 0, 15], [30], [0], [10, 0, 5, 2]):
            comp = {"type": "matching", "percents": percents}
            if min_rank:
                comp["min_rank"] = min_rank
            plan = plan_of(unilevel, comp)
            rank = engine.qualify(plan, net)
            matching = plan.component("matching")
            want = _old_matching(matching, plan, net, rank, matched)
            assert same_bits(engine._matching_large(matching, plan, net, rank, matched), want)
            assert same_bits(engine._matching_small(matching, plan, net, rank, matched), want)


# ---- worked examples --------------------------------------------------------------------------


def test_unilevel_standard_skips_inactive_without_volume_and_keeps_their_volume_by_hand():
    # 0 (active) <- 1 (inactive, B 100) <- 2 (active, B 200) <- 3 (active, B 50); 0 <- 4 (active, B 40);
    # 4 <- 5 (inactive, B 0): 4 has only an inactive member without volume below it.
    # nearest active uplines: 1 -> 0, 2 -> 0 (past 1), 3 -> 2, 4 -> 0, 5 -> 4.
    # 2: level 1 = B(3) = 50 -> 10 % = 5.0
    # 0: level 1 = B(1) + B(2) + B(4) = 100 + 200 + 40 = 340 -> 10 % = 34.0;
    #    level 2 = B(3) = 50 -> 5 % = 2.5; total 36.5
    # 4: level 1 = B(5) = 0 -> 0.0 (and it is left out of the sums: nothing to add)
    net = Network.build(sponsor=[-1, 0, 1, 2, 0, 4], volume=[0, 100, 200, 50, 40, 0],
                        active=[True, False, True, True, True, False])
    plan = plan_of({"type": "unilevel", "levels": [10, 5], "compression": "standard"}, ranks=[])
    assert engine.compute(plan, net).by_component["unilevel"].tolist() == [36.5, 0.0, 5.0, 0.0, 0.0, 0.0]
    order = net.level_order()  # 0 | 1 4 | 2 5 | 3
    members, earn = engine._unilevel_standard(net.in_level_order("volume"), np.array([0.1, 0.05]), None,
                                              lambda: None, net.in_level_order("active"), order)
    assert order.perm[members].tolist() == [0, 2] and earn.tolist() == [36.5, 5.0]
    # with volume, the inactive 5 makes 4 an earner: 10 % of 30 = 3.0; and 0's level 2 is
    # B(3) + B(5) = 50 + 30 = 80 -> 5 % = 4.0, so 0 earns 34.0 + 4.0 = 38.0
    net = Network.build(sponsor=[-1, 0, 1, 2, 0, 4], volume=[0, 100, 200, 50, 40, 30],
                        active=[True, False, True, True, True, False])
    assert engine.compute(plan, net).by_component["unilevel"].tolist() == [38.0, 0.0, 5.0, 0.0, 3.0, 0.0]


def test_ranks_at_reads_the_candidates_by_hand():
    # ranks computed in level order: every active member "Member" (0) but the candidates;
    # positions 1, 4, 6 asked for, candidates at 4 (rank 2) and 5 (rank 1): [0, 2, 0]
    ranks = engine._Ranks(np.zeros(8, dtype=np.int64), 0, np.array([4, 5]), np.array([2, 1]),
                          np.ones(8, dtype=bool), np.array([4, 5]))
    order = LevelOrder(perm=np.arange(8), starts=[0, 8], lpos=np.zeros(8, dtype=np.int64),
                       ppos=np.full(8, 8, dtype=np.int64))
    assert engine._ranks_at(ranks, ranks.rank, order, np.array([1, 4, 6])).tolist() == [0, 2, 0]
    # without the level-order form: read by member through the permutation
    rank = np.array([0, 1, 2, 0, 1, 2, 0, 1])
    order = LevelOrder(perm=np.array([7, 6, 5, 4, 3, 2, 1, 0]), starts=[0, 8], lpos=order.lpos, ppos=order.ppos)
    assert engine._ranks_at(None, rank, order, np.array([0, 2])).tolist() == [1, 2]


def test_matching_large_by_hand():
    # 0 <- 1 <- 2 <- 3 <- 4 and 0 <- 5 <- 6; unilevel paid: 1: 10, 2: 20, 3: 40, 5: 8, 6: 0.5
    # matching 50 % of generation 1, 25 % of generation 2, for rank "Q" (PV 500): 0 and 2.
    # 0: generation 1 = 10 (1) + 8 (5) = 18 -> 9.0; generation 2 = 20 (2) + 0.5 (6) = 20.5
    #    -> 5.125; total 14.125
    # 2: generation 1 = 40 (3) -> 20.0; generation 2 = 0 (4 earned nothing) -> 20.0
    net = Network.build(sponsor=[-1, 0, 1, 2, 3, 0, 5], volume=[500, 0, 500, 0, 0, 0, 0])
    plan = plan_of({"type": "unilevel", "levels": [10]},
                   {"type": "matching", "percents": [50, 25], "min_rank": "Q"},
                   ranks=[{"name": "Q", "personal_volume": 500}])
    rank = engine.qualify(plan, net)
    matched = np.array([0.0, 10.0, 20.0, 40.0, 0.0, 8.0, 0.5])
    earn = engine._matching_large(plan.component("matching"), plan, net, rank, matched)
    assert earn.tolist() == [14.125, 0.0, 20.0, 0.0, 0.0, 0.0, 0.0]


# ---- bit for bit against the formulations before ----------------------------------------------


@pytest.mark.parametrize("n, seed, inactive_volume", [(1, 1, True), (2, 2, True), (40, 3, True),
                                                       (3000, 4, True), (3000, 5, False),
                                                       (30_000, 6, True), (30_000, 7, False)])
def test_kernels_give_the_bits_of_the_formulations_before(n, seed, inactive_volume):
    net = random_network(n, seed, inactive_volume)
    check_unilevel(net, plan_of({"type": "unilevel", "levels": [5, 5]}))
    check_matching(net, None, {"type": "unilevel", "levels": [7, 3, 2], "compression": "standard"})


def test_a_large_network_pays_the_hybrid_as_before():
    # above SMALL_NETWORK: the member-order matching instead of the level-order one, the
    # depth by rank from the candidates' ranks
    n = SMALL_NETWORK + 20_000
    net = random_network(n, 11, inactive_volume=True)
    unilevel = {"type": "unilevel", "levels": [5, 5, 4, 3, 2, 1, 1], "compression": "standard",
                "depth_by_rank": {"Member": 2, "Bronze": 4}}
    plan = plan_of(unilevel, {"type": "matching", "percents": [20, 10], "min_rank": "Silver"})
    result = engine.compute(plan, net)
    rank = engine.qualify(plan, net)
    order = net.level_order()
    table = engine._rank_table({"Member": 2.0, "Bronze": 4.0}, plan, np.inf)
    table[-1] = 0.0
    rank_lo = rank[order.perm]
    want = _in_members(n, order, *_old_unilevel_standard(net.in_level_order("volume"), np.array(
        [0.05, 0.05, 0.04, 0.03, 0.02, 0.01, 0.01]), table, lambda: rank_lo, net.in_level_order("active"), order))
    assert same_bits(result.by_component["unilevel"], want)
    assert np.count_nonzero(rank == 2) > 0  # some Silver qualify: matching is paid
    want_matching = _old_matching(plan.component("matching"), plan, net, rank, want)
    assert same_bits(result.by_component["matching"], want_matching) and want_matching.sum() > 0


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(), st.data())
def test_random_small_networks_give_the_bits_of_the_formulations_before(plan, data):
    net = data.draw(networks(plan, 30))
    if not plan.ranks:
        plan = plan_of({"type": "unilevel", "levels": [1]})
    check_unilevel(net, plan)
    rank = engine.qualify(plan, net)
    matched = np.where(np.arange(net.n) % 3 == 0, 0.0, net.volume * 0.1)
    for percents in ([20, 10], [0, 5], [10, 0, 5]):
        comp = {"type": "matching", "percents": percents}
        if plan.ranks and data.draw(st.booleans()):
            comp["min_rank"] = plan.ranks[-1].name
        p = PayoutPlan.model_validate({"ranks": [r.model_dump() for r in plan.ranks],
                                       "components": [{"type": "unilevel", "levels": [1]}, comp]}, strict=True)
        matching = p.component("matching")
        assert same_bits(engine._matching_large(matching, p, net, rank, matched),
                         _old_matching(matching, p, net, rank, matched))
