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


class _Levels:
    """What _Engine._group_by_depth reads and writes."""

    def __init__(self, sponsor):
        self.sponsor = sponsor
        self.level_pos = np.zeros(len(sponsor), dtype=np.int64)
        self.by_depth, self.by_depth_lpos, self._level_bufs = [], [], []


def _before_group_by_depth(self, ids, depth):
    """_Engine._group_by_depth before: the known sizes and both offsets as separate arrays."""
    if not ids.size:
        return
    counts = np.bincount(depth)
    keys = depth.astype(np.int16) if len(counts) <= np.iinfo(np.int16).max else depth
    order = np.argsort(keys, kind="stable")
    ranked = ids[order]
    ends = np.cumsum(counts)
    n_levels = len(self.by_depth)
    known = np.asarray([len(self.by_depth[d]) if d < n_levels else 0 for d in range(len(counts))],
                       dtype=np.int64)
    within = np.arange(ids.size, dtype=np.int64)
    within -= np.repeat(ends - counts, counts)
    within += np.repeat(known, counts)
    self.level_pos[ranked] = within
    local_all = self.level_pos[self.sponsor[ranked]]
    local_all[: counts[0]] = 0
    bounds = [0] + ends.tolist()
    for d in range(len(counts)):
        if d == len(self.by_depth):
            size = int(counts[d])
            self._level_bufs.append((np.empty(max(64, 2 * size), dtype=np.int64),
                                     np.empty(max(64, 2 * size), dtype=np.int64)))
            self.by_depth.append(ranked[:0])
            self.by_depth_lpos.append(ranked[:0])
        a, z = bounds[d], bounds[d + 1]
        if a == z:
            continue
        k, m = int(known[d]), z - a
        members, local = self._level_bufs[d]
        if k + m > len(members):
            bigger = max(2 * len(members), k + m)
            members = np.concatenate([members[:k], np.empty(bigger - k, dtype=np.int64)])
            local = np.concatenate([local[:k], np.empty(bigger - k, dtype=np.int64)])
            self._level_bufs[d] = (members, local)
        members[k:k + m] = ranked[a:z]
        local[k:k + m] = local_all[a:z]
        self.by_depth[d] = members[:k + m]
        self.by_depth_lpos[d] = local[:k + m]


def test_group_by_depth_by_hand():
    from evaluator.core.simulation import _Engine

    # month 0: 0 <- 1, 0 <- 2, 1 <- 3; then 4 joins under 3 and 5 under 0
    sponsor = np.array([-1, 0, 0, 1, 3, 0], dtype=np.int64)
    lv = _Levels(sponsor)
    _Engine._group_by_depth(lv, np.arange(4), np.array([0, 1, 1, 2], dtype=np.int32))
    _Engine._group_by_depth(lv, np.array([4, 5]), np.array([3, 1], dtype=np.int32))
    assert [level.tolist() for level in lv.by_depth] == [[0], [1, 2, 5], [3], [4]]
    # each one's sponsor's index in the level above: 1, 2, 5 under 0 (index 0); 3 under 1 (0); 4 under 3 (0)
    assert [local.tolist() for local in lv.by_depth_lpos] == [[0], [0, 0, 0], [0], [0]]
    assert lv.level_pos.tolist() == [0, 0, 1, 0, 0, 2]


@pytest.mark.parametrize("n0, months, seed", [(1, 3, 1), (15, 30, 2), (2000, 12, 3), (10_000, 36, 4)])
def test_group_by_depth_gives_the_lists_of_before(n0, months, seed):
    from evaluator.core.simulation import _Engine

    rng = np.random.default_rng(seed)
    sponsor = [-1] + (rng.random(n0 - 1) * np.arange(1, n0)).astype(np.int64).tolist()
    batches = [np.arange(n0)]
    for _ in range(months):  # each month's joiners under earlier participants (some months none)
        k = int(rng.poisson(0.05 * len(sponsor))) if rng.random() < 0.8 else 0
        start = len(sponsor)
        sponsor += (rng.random(k) * start).astype(np.int64).tolist()
        batches.append(np.arange(start, start + k))
    sponsor = np.asarray(sponsor, dtype=np.int64)
    from evaluator.core.payout.network import tree_depth

    parent = np.where(sponsor >= 0, sponsor, len(sponsor))
    depth = tree_depth(np.append(parent, len(sponsor)))[:-1].astype(np.int32)
    a, b = _Levels(sponsor), _Levels(sponsor)
    for ids in batches:
        _Engine._group_by_depth(a, ids, depth[ids])
        _before_group_by_depth(b, ids, depth[ids])
        assert len(a.by_depth) == len(b.by_depth)
        for x, y in zip(a.by_depth + a.by_depth_lpos, b.by_depth + b.by_depth_lpos):
            assert same_bits(x, y)
        assert same_bits(a.level_pos, b.level_pos)
    assert sum(len(level) for level in a.by_depth) == len(sponsor)


@pytest.mark.parametrize("n, hi, seed", [(0, 5, 1), (1, 5, 2), (20_000, 20_000, 3), (5000, 70_000, 4),
                                         (200_000, 3_000_000, 5), (1000, 2**31, 6), (50, 2**40, 7)])
def test_stable_order_is_numpys_stable_argsort(n, hi, seed):
    from evaluator.core.simulation import _stable_order

    keys = np.random.default_rng(seed).integers(0, hi, n)
    assert same_bits(_stable_order(keys), np.argsort(keys, kind="stable"))


def test_stable_order_by_hand():
    from evaluator.core.simulation import _stable_order

    # keys 70000 (two digits), 3, 70000, 3, 65536: the 3s first in input order (1, 3), then
    # 65536 (4), then both 70000s in input order (0, 2)
    assert _stable_order(np.array([70000, 3, 70000, 3, 65536])).tolist() == [1, 3, 4, 0, 2]


def _before_place_legs(self, ids, sponsors):
    """_Engine._place_legs before: numpy's merge sort of the 64-bit sponsors."""
    from evaluator.core.simulation import LEG_LEFT, LEG_RIGHT

    order = np.argsort(sponsors, kind="stable")
    ss = sponsors[order]
    first = np.empty(ss.size, dtype=bool)
    first[0] = True
    np.not_equal(ss[1:], ss[:-1], out=first[1:])
    pos = np.arange(ss.size)
    within = pos - np.maximum.accumulate(np.where(first, pos, 0))
    k = self.recruits[ss] + within
    self.leg[ids[order]] = np.where(k % 2 == 0, LEG_LEFT, LEG_RIGHT)


class _Legs:
    def __init__(self, recruits, n):
        self.recruits = recruits
        self.leg = np.zeros(n, dtype=np.int8)


@pytest.mark.parametrize("n, k, seed", [(2, 1, 1), (100, 40, 2), (20_000, 1500, 3), (90_000, 20_000, 4)])
def test_place_legs_gives_the_legs_of_before(n, k, seed):
    from evaluator.core.simulation import _Engine

    rng = np.random.default_rng(seed)
    recruits = rng.integers(0, 5, n + k)
    sponsors = rng.integers(0, n, k)
    ids = np.arange(n, n + k)
    a, b = _Legs(recruits, n + k), _Legs(recruits, n + k)
    _Engine._place_legs(a, ids, sponsors)
    _before_place_legs(b, ids, sponsors)
    assert same_bits(a.leg, b.leg)
    if k >= 40:  # both legs among them: not a comparison of one constant
        assert (a.leg[n:] == 1).any() and (a.leg[n:] == 2).any()


def test_place_legs_by_hand():
    from evaluator.core.simulation import LEG_LEFT, LEG_RIGHT, _Engine

    # sponsor 0 has 1 recruit already: its next two go right (k = 1), then left (k = 2);
    # sponsor 1 has none: its one goes left
    lg = _Legs(np.array([1, 0, 0, 0, 0]), 5)
    _Engine._place_legs(lg, np.array([2, 3, 4]), np.array([0, 1, 0]))
    assert lg.leg.tolist() == [0, 0, LEG_RIGHT, LEG_LEFT, LEG_LEFT]


def test_matched_pay_is_the_one_component_or_the_sum_in_plan_order():
    one = np.array([1.5, 0.0, -0.0])
    assert engine._matched(3, [one]) is one  # used as it is: no zeros(n) + pay
    # 0.1 + 0.2 + 0.3 added to zeros in this order: (0 + 0.1 + 0.2) + 0.3 = 0.6000000000000001
    got = engine._matched(1, [np.array([0.1]), np.array([0.2]), np.array([0.3])])
    assert got.tolist() == [((0.0 + 0.1) + 0.2) + 0.3] == [0.6000000000000001]
    assert engine._matched(2, []).tolist() == [0.0, 0.0]


def test_compute_matches_the_unilevel_pay_with_a_matching_by_hand():
    # 0 <- 1 <- 2, all active, volume 100 each; unilevel 10 % on level 1: 0 earns 10 (from 1),
    # 1 earns 10 (from 2), 2 nothing. Matching 50 % of the first generation: 0 gets 50 % of
    # 1's 10 = 5, 1 gets 50 % of 2's 0 = 0
    net = Network.build(sponsor=[-1, 0, 1], volume=[100.0, 100.0, 100.0])
    plan = _plan([{"type": "unilevel", "levels": [10]}, {"type": "matching", "percents": [50]}])
    res = engine.compute(plan, net)
    assert res.by_component["unilevel"].tolist() == [10.0, 10.0, 0.0]
    assert res.by_component["matching"].tolist() == [5.0, 0.0, 0.0]


def _before_fixed_levels(net, who, amounts, active):
    """engine._fixed_levels before (its pay; small-d's fast start no longer calls it)."""
    n = net.n
    earn = np.zeros(n + 1)
    lost = 0.0
    anc = who
    col = None
    sponsor = net.sponsor
    sums = None
    small = 16 * len(who) <= n
    ups, pays = [], []
    for level in range(amounts.shape[0]):
        anc = sponsor[anc]
        exists = anc != n
        if not exists.all():
            keep = np.flatnonzero(exists)
            anc, col = anc[keep], (keep if col is None else col[keep])
        if not len(anc):
            break
        amount = amounts[level] if col is None else amounts[level][col]
        ok = active[anc]
        if ok.all():
            anc_ok, amount_ok = anc, amount
        else:
            paid = np.flatnonzero(ok)
            anc_ok, amount_ok = anc[paid], amount[paid]
            lost += float(amount[~ok].sum())
        if small:
            ups.append(anc_ok)
            pays.append(amount_ok)
        elif not level:
            np.add.at(earn, anc_ok, amount_ok)
        elif len(anc_ok):
            if sums is None:
                sums = np.zeros(n + 1)
            np.add.at(sums, anc_ok, amount_ok)
            lo, hi = int(anc_ok.min()), int(anc_ok.max()) + 1
            earn[lo:hi] += sums[lo:hi]
            sums[anc_ok] = 0.0
    if len(ups) == 1:
        np.add.at(earn, ups[0], pays[0])
    elif ups:
        np.add.at(earn, np.concatenate(ups), np.concatenate(pays))
    return earn[:n], lost


def _before_fast_start(comp, net, active):
    b = net.basis(comp.basis)
    who = np.nonzero(net.months_since_join < comp.months)[0]
    percents = np.asarray(comp.percents, dtype=np.float64) / 100.0
    amounts = percents[:, None] * b[who][None, :]
    earn, _ = _before_fixed_levels(net, who, amounts, active)
    return earn, float(b[who].sum() * percents.sum() - earn.sum())


def test_fast_start_by_hand():
    # 0 <- 1 <- 2 <- 3; 3 joined this month with volume 200, 2 last month with 100; 1 inactive.
    # 20 % / 10 % / 5 % over 3 levels, for 2 months:
    # 3's 200: 2 gets 40, 1 (inactive) not its 20, 0 gets 10; 2's 100: 1 not its 20, 0 gets
    # 10, and its 5 % is past the top. Paid 0: 20, 2: 40; breakage = (200 + 100) * 35 % - 60
    # = 105 - 60 = 45 (the 20 + 20 + 5 not paid)
    net = Network.build(sponsor=[-1, 0, 1, 2], volume=[50.0, 50.0, 100.0, 200.0],
                        active=[True, False, True, True], months_since_join=[9, 9, 1, 0])
    plan = _plan([{"type": "fast_start", "percents": [20, 10, 5], "months": 2}])
    earn, lost = engine._fast_start(plan.component("fast_start"), net, net.active)
    assert earn.tolist() == [20.0, 0.0, 40.0, 0.0] and lost == pytest.approx(45.0, abs=1e-9)


@pytest.mark.parametrize("sponsor, msj", [([-1], [0]), ([-1, 0], [5, 0]), ([-1, 0, 1], [0, 0, 0])])
def test_fast_start_with_nobody_to_pay_is_float_zeros(sponsor, msj):
    # the top alone, or everyone new but inactive uplines only: no upline is paid, 0.0 each
    # (not numpy's integer zeros of a bincount of nothing)
    n = len(sponsor)
    net = Network.build(sponsor=sponsor, volume=[100.0] * n, active=[False] * (n - 1) + [True],
                        months_since_join=msj)
    comp = _plan([{"type": "fast_start", "percents": [20, 10], "months": 1}]).component("fast_start")
    earn, lost = engine._fast_start(comp, net, net.active)
    want, want_lost = _before_fast_start(comp, net, net.active)
    assert earn.dtype == np.float64 and earn.tolist() == [0.0] * n
    assert same_bits(earn, want) and lost == want_lost


@pytest.mark.parametrize("n, seed", [(1, 1), (3, 2), (50, 3), (4000, 4), (26_000, 5)])
def test_fast_start_gives_the_bits_of_before(n, seed):
    rng = np.random.default_rng(seed)
    sponsor = np.r_[-1, (rng.random(n - 1) * np.arange(1, n)).astype(np.int64)]
    volume = np.round(rng.choice([0.0, 19.99, 100.0, 133.33, 250.0], size=n) * rng.random(n), 2)
    active = rng.random(n) < 0.6
    for recent in (0.02, 0.1, 0.5):  # few walks (one add.at) and many (sums per level)
        msj = np.where(rng.random(n) < recent, rng.integers(0, 2, n), 99)
        net = Network.build(sponsor=sponsor, volume=volume, active=active, months_since_join=msj)
        for percents in ([20, 10, 5], [7.5], [0, 12.5, 0, 3], [20, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5]):
            comp = _plan([{"type": "fast_start", "percents": percents, "months": 2}]).component("fast_start")
            got, got_lost = engine._fast_start(comp, net, net.active)
            want, want_lost = _before_fast_start(comp, net, net.active)
            assert same_bits(got, want) and same_bits(got_lost, want_lost)
            if n >= 4000:
                assert np.count_nonzero(got) > 20  # somebody is paid: not a comparison of zeros


# ---- months that change nothing: the last month's result added again --------------------------


def _example(name):
    from evaluator.core.fileformat import load
    from evaluator.resources import example_paths

    return load(next(p for p in example_paths() if name in p.name))


def _variant(tmp_path, name, edit):
    import json

    from evaluator.core.fileformat import load
    from evaluator.resources import example_paths

    path = next(p for p in example_paths() if name in p.name)
    data = json.loads(path.read_text())
    edit(data)
    out = tmp_path / path.name
    out.write_text(json.dumps(data))
    return load(out)


def _runs(ev, settings):
    """(result, engine, months paid by the engine) with repeats, and the same always paid."""
    from evaluator.core.simulation import Plan, _Engine

    out = []
    for repeat in (True, False):
        sim = _Engine(Plan.from_evaluation(ev), settings)
        paid = []
        pay_month = sim._pay_month
        sim._pay_month = lambda m, n, a, _p=pay_month, _l=paid: (_l.append(m), _p(m, n, a))[1]
        if not repeat:
            sim._pay_or_repeat = lambda m, n, a, steady, _s=sim: _s._pay_month(m, n, a)
        result, _ = sim.run(None, None)
        out.append((result, sim, paid))
    return out


def _same_run(a, b):
    import json

    (ra, sa, _), (rb, sb, _) = a, b
    def canon(x):  # every figure but the run's duration, floats at full precision
        if isinstance(x, dict):
            return {k: canon(v) for k, v in x.items() if "elapsed" not in k}
        if isinstance(x, (list, tuple)):
            return [canon(v) for v in x]
        return float(x).hex() if isinstance(x, float) else x

    assert json.dumps(canon(ra.to_json()), sort_keys=True) == json.dumps(canon(rb.to_json()), sort_keys=True)
    for name in ("earn_down", "earn_recruit", "earn_rank"):
        assert same_bits(getattr(sa, name), getattr(sb, name))
    assert {k: float(v).hex() for k, v in sa.by_component.items()} == {k: float(v).hex() for k, v in sb.by_component.items()}
    assert {k: float(v).hex() for k, v in sa.breakage.items()} == {k: float(v).hex() for k, v in sb.breakage.items()}


def test_a_saturated_matrix_without_churn_repeats_its_months_with_the_same_bits():
    from evaluator.core.simulation import effective_settings

    ev = _example("gifting-circle-2x3")  # no churn, recruits slowing as the market of 5,000 fills
    settings = effective_settings(ev)
    repeated, computed = _runs(ev, settings)
    _same_run(repeated, computed)
    assert len(computed[2]) == settings.months == 60
    # (seed 1) nobody joins in months 43-48 (4,999 in) nor after month 49 (5,000): months 43
    # and 50 are paid (the first of each still stretch: is its state carried unchanged?),
    # 44-48 and 51-60 repeat them: 60 - 15 = 45 months paid
    assert len(repeated[2]) == 45 and 44 not in repeated[2] and 50 in repeated[2]
    assert repeated[1].n == 5000 and repeated[1].by_component["matrix"] > 0


def test_a_unilevel_without_churn_repeats_once_the_market_is_full(tmp_path):
    import dataclasses

    from evaluator.core.simulation import effective_settings

    ev = _example("mlm-unilevel-doterra-2017")
    # a market of the 10,000 already in and no churn: nobody joins or quits, ever
    settings = dataclasses.replace(effective_settings(ev, participants=10_000, months=30), churn_percent=0.0)
    repeated, computed = _runs(ev, settings)
    _same_run(repeated, computed)
    # month 1 is paid (no state carried: it is the same input every month), 2-30 repeat it
    assert repeated[1].n == 10_000 and repeated[2] == [1] and len(computed[2]) == 30
    assert repeated[1].by_component["unilevel"] > 0


def test_a_binary_carry_that_grows_is_paid_every_month(tmp_path):
    import dataclasses

    from evaluator.core.simulation import effective_settings

    def edit(data):
        comps = data["offer"]["payout"]["components"]
        comps[:] = [c for c in comps if c["type"] != "recruit_bonus"]  # (it reads the months since joining)
        next(c for c in comps if c["type"] == "binary")["carry_over"] = True

    ev = _variant(tmp_path, "mlm-binary-starter-pack", edit)
    settings = dataclasses.replace(effective_settings(ev, participants=20_000, months=12), churn_percent=0.0)
    repeated, computed = _runs(ev, settings)
    _same_run(repeated, computed)
    assert repeated[1].n == 20_000  # nobody joins or quits: every month's network is the same
    # but the carry into each month is not the carry out of it (the weaker legs' volume adds
    # up), so no month is the last one again
    assert len(repeated[2]) == 12


def test_a_plan_that_reads_the_months_since_joining_is_paid_every_month():
    import dataclasses

    from evaluator.core.simulation import effective_settings

    ev = _example("mlm-unilevel-fast-start-matching")  # fast start: pays on the months since joining
    settings = dataclasses.replace(effective_settings(ev, participants=10_000, months=8), churn_percent=0.0)
    repeated, computed = _runs(ev, settings)
    _same_run(repeated, computed)
    assert repeated[1].n == 10_000 and len(repeated[2]) == 8
