"""small-d's per-month kernels of small simulations (issue 11): each rewritten kernel gives the
bits of the formulation it replaced (copied here as ``_before_*``) on random inputs of several
sizes, and worked examples by hand."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.core.payout import engine
from evaluator.core.payout.network import Network


def same_bits(a, b):
    a, b = np.asarray(a), np.asarray(b)
    return a.shape == b.shape and a.dtype == b.dtype and a.tobytes() == b.tobytes()


def _before_matching_small(comp, plan, net, rank, matched):
    """engine._matching_small before: each generation's nonzero amounts only, and in the last
    generation only those whose sponsor qualifies."""
    n = net.n
    ok = np.asarray(net.active, dtype=bool)
    if comp.min_rank is not None:
        ok = ok & (rank >= plan.rank_index()[comp.min_rank])
    paid = np.flatnonzero(ok)
    sponsor = net.sponsor
    below = matched
    earn_q = np.zeros(len(paid))
    last = max((g for g, percent in enumerate(comp.percents) if percent > 0), default=-1)
    for g in range(last + 1):
        x = np.flatnonzero(below != 0)
        up = sponsor[x]
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
    earn[paid] = earn_q
    return earn


def _plan(components, ranks=None):
    return engine.PayoutPlan.model_validate({"ranks": ranks or [], "components": components}, strict=True)


def test_matching_small_by_hand():
    # 0 <- 1 <- 2, 0 <- 3; 1 is inactive. matched: 1: 100, 2: 40, 3: 10.
    # 10 % of the first generation, 5 % of the second:
    # 0: 10 % of (100 + 10) = 11, plus 5 % of 2's 40 = 2 -> 13; 1 inactive: 0;
    # 2 and 3 have no downline: 0
    net = Network.build(sponsor=[-1, 0, 1, 0], volume=[0.0] * 4, active=[True, False, True, True])
    plan = _plan([{"type": "unilevel", "levels": [5]}, {"type": "matching", "percents": [10, 5]}])
    rank = engine.qualify(plan, net)
    earn = engine._matching_small(plan.component("matching"), plan, net, rank, np.array([0.0, 100.0, 40.0, 10.0]))
    assert earn.tolist() == [13.0, 0.0, 0.0, 0.0]


@pytest.mark.parametrize("n, seed", [(1, 1), (2, 2), (60, 3), (3000, 4), (30_000, 5)])
def test_matching_small_gives_the_bits_of_before(n, seed):
    rng = np.random.default_rng(seed)
    sponsor = np.r_[-1, (rng.random(n - 1) * np.arange(1, n)).astype(np.int64)]
    volume = rng.choice([0.0, 0.0, 50.0, 100.0, 133.33, 300.0], size=n)
    net = Network.build(sponsor=sponsor, volume=volume, active=rng.random(n) < 0.6)
    ranks = [{"name": "Member"}, {"name": "Bronze", "personal_volume": 50, "group_volume": 300}]
    rank = engine.qualify(_plan([{"type": "unilevel", "levels": [7, 3, 2]}], ranks), net)
    # amounts with zeros of both signs, negative ones and cents that do not add exactly
    matched = np.where(rng.random(n) < 0.4, np.round(rng.random(n) * 80, 2), 0.0)
    matched[rng.random(n) < 0.05] = -0.0
    matched[rng.random(n) < 0.05] *= -1.5
    for min_rank in (None, "Member", "Bronze"):
        for percents in ([20, 10], [0, 0, 15], [30], [0], [5, 5, 5, 5, 5], [10, 0]):
            comp = {"type": "matching", "percents": percents}
            if min_rank:
                comp["min_rank"] = min_rank
            p = _plan([{"type": "unilevel", "levels": [7, 3, 2]}, comp], ranks)
            args = (p.component("matching"), p, net, rank, matched)
            got, want = engine._matching_small(*args), _before_matching_small(*args)
            assert same_bits(got, want)
            if n >= 3000 and percents[0]:  # somebody earns: not a comparison of zeros
                assert np.count_nonzero(got) > 100


@pytest.mark.parametrize("n, seed", [(5, 1), (400, 2), (20_000, 3)])
def test_ranks_of_a_small_network_with_matching_need_no_level_order(n, seed, monkeypatch):
    from evaluator.core.payout import network

    rng = np.random.default_rng(seed)
    sponsor = np.r_[-1, (rng.random(n - 1) * np.arange(1, n)).astype(np.int64)]
    volume = rng.choice([0.0, 50.0, 100.0, 133.33, 300.0], size=n)
    active = rng.random(n) < 0.7
    ranks = [{"name": "T1", "group_volume": 600, "legs": 3}, {"name": "T2", "group_volume": 2400, "legs": 3},
             {"name": "T3", "personal_volume": 100, "group_volume": 9000, "legs": 2, "leg_volume": 300}]
    plan = _plan([{"type": "unilevel", "levels": [2, 3, 5]}, {"type": "matching", "percents": [10, 5]}], ranks)
    net = Network.build(sponsor=sponsor, volume=volume, active=active)
    got = engine.qualify(plan, net)
    assert "level_order" not in net._cache  # summed in member order, as _matching_small does
    with monkeypatch.context() as m:
        m.setattr(network, "SMALL_NETWORK", 0)  # as for a large network: in level order
        net2 = Network.build(sponsor=sponsor, volume=volume, active=active)
        want = engine.qualify(plan, net2)
        assert "level_order" in net2._cache
    assert same_bits(got, want)
    if n >= 20_000:
        assert (got >= 0).sum() > 50  # some have a rank: not a comparison of NO_RANKs only
