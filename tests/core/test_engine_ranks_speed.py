"""The faster rank, stairstep, binary and matrix kernels of the payout engine equal, bit for bit,
the plainer formulations they replaced (kept here as references), and a small case by hand."""

from __future__ import annotations

from collections import deque

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator.core.payout import engine
from evaluator.core.payout.matrix import MatrixPlacer, place_matrix
from evaluator.core.payout.network import AUTO, LEG_LEFT, LEG_RIGHT, NO_RANK, Network
from evaluator.core.plans.components import PayoutPlan

RANKS = [{"name": "Member"}, {"name": "Bronze", "personal_volume": 50, "group_volume": 500},
         {"name": "Silver", "personal_volume": 50, "group_volume": 2000, "legs": 2, "leg_volume": 300},
         {"name": "Gold", "personal_volume": 100, "group_volume": 10000, "legs": 3, "leg_volume": 1000}]


def random_network(n: int, seed: int, **columns) -> Network:
    rng = np.random.default_rng(seed)
    sponsor = np.r_[-1, (rng.random(n - 1) * np.arange(1, n)).astype(np.int64)]
    # cents that do not add up exactly in binary: the order of every sum shows in the bits
    volume = np.round(rng.choice([0, 50, 100, 33.37, 150, 300, 512.01], size=n) * rng.choice([1, 0.5, 1.1], size=n), 2)
    return Network.build(sponsor=sponsor, volume=volume, customer_volume=np.round(volume * 0.3, 2),
                         active=rng.random(n) < 0.75, **columns)


# ---- references: the formulations before the speed work -------------------------------------


def dense_stairstep_sweep(b, rank, pct, gens, breakaway, own_volume, order):
    """The level-order stairstep sweep with one dense array per walk state (np.add.at pushes)."""
    n = len(b)
    values = sorted(set(pct.tolist()))
    k_of = np.array([values.index(p) for p in pct.tolist()], dtype=np.int64)
    n_gens = len(gens) if breakaway is not None else 0
    held = [np.zeros(n) for _ in values]
    gen = [np.zeros(n) for _ in range(n_gens)]
    earn = np.zeros(n)
    s, lpos = order.starts, order.lpos
    top = len(values) - 1

    def push(target, d, vals):
        np.add.at(target[s[d - 1]:s[d]], lpos[s[d]:s[d + 1]], vals)

    for d in range(len(s) - 2, -1, -1):
        a, z = s[d], s[d + 1]
        r = rank[a:z]
        k = k_of[r]
        here = [h[a:z] for h in held]
        if own_volume:
            here[0] = here[0] + b[a:z]
        brk = (r >= breakaway) if breakaway is not None else None
        e = np.zeros(z - a)
        for i, v in enumerate(values[:-1]):
            e += np.where(k > i, (pct[r] - v) * here[i], 0.0)
        if brk is not None:
            for g, rate in enumerate(gens.tolist()):
                if rate:
                    e += np.where(brk, gen[g][a:z], 0.0) * rate
        earn[a:z] = e
        if d == 0:
            break
        total = here[0]
        for i in range(len(values)):
            if i:
                total = total + here[i]
            if i == top and breakaway is None:
                continue
            out = np.where(k == i, total, np.where(k > i, 0.0, here[i]))
            if brk is not None:
                out = np.where(brk, 0.0, out)
            if i == 0 and not own_volume:
                out = out + b[a:z]
            push(held[i], d, out)
        if brk is not None:
            for g in range(n_gens - 1, -1, -1):
                push(gen[g], d, np.where(brk, gen[g - 1][a:z] if g else total, gen[g][a:z]))
    return earn


def plain_ranks(plan: PayoutPlan, net: Network) -> list[int]:
    """SPEC 8.1 member by member: the highest-listed rank an active member meets."""
    n = net.n
    sponsor = net.sponsor.tolist()
    gv = [float(v) for v in net.volume.tolist()]
    for i in range(n - 1, 0, -1):  # a sponsor joined before its recruits
        gv[sponsor[i]] += gv[i]
    out = []
    for u in range(n):
        got = NO_RANK
        if net.active[u]:
            for index, r in enumerate(plan.ranks):
                legs = sum(1 for x in range(n) if sponsor[x] == u and net.active[x] and gv[x] >= r.leg_volume)
                if net.volume[u] >= r.personal_volume and gv[u] >= r.group_volume and legs >= r.legs:
                    got = index
        out.append(got)
    return out


def plain_placement(sponsor: list[int], width: int) -> list[int]:
    """Each member at the first open position of its sponsor's subtree, breadth first, found by
    a fresh breadth-first search every time."""
    kids: list[list[int]] = [[] for _ in sponsor]
    parents = [-1] * len(sponsor)
    for i in range(1, len(sponsor)):
        queue = deque([sponsor[i]])
        while len(kids[queue[0]]) >= width:
            queue.extend(kids[queue.popleft()])
        parents[i] = queue[0]
        kids[queue[0]].append(i)
    return parents


# ---- stairstep -------------------------------------------------------------------------------


@st.composite
def stairstep_cases(draw):
    n = draw(st.integers(1, 400))
    seed = draw(st.integers(0, 10_000))
    pcts = draw(st.lists(st.sampled_from([0, 0, 2.5, 6, 12, 21]), min_size=4, max_size=4))
    comp = {"type": "stairstep", "own_volume": draw(st.booleans()),
            "basis": draw(st.sampled_from(["all_volume", "customer_volume"])),
            "percent_by_rank": {r["name"]: p for r, p in zip(RANKS, pcts) if draw(st.booleans())}}
    if draw(st.booleans()):
        comp["breakaway_rank"] = draw(st.sampled_from([r["name"] for r in RANKS]))
        comp["generation_percents"] = draw(st.lists(st.sampled_from([0, 1.5, 4, 2]), max_size=3))
    # lower thresholds than RANKS' so that small networks have every rank
    ranks = [{"name": r["name"], "personal_volume": r.get("personal_volume", 0) / 2,
              "group_volume": r.get("group_volume", 0) / 20, "legs": r.get("legs", 0),
              "leg_volume": r.get("leg_volume", 0) / 20} for r in RANKS]
    return PayoutPlan.model_validate({"ranks": ranks, "components": [comp]}, strict=True), random_network(n, seed)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(stairstep_cases())
def test_sparse_stairstep_equals_the_dense_sweep_bit_for_bit(case):
    plan, net = case
    comp = plan.components[0]
    result = engine.compute(plan, net)
    order = net.level_order()
    rank_lo = result.rank[order.perm]
    pct = engine._rank_table(comp.percent_by_rank, plan, 0.0) / 100.0
    gens = np.asarray(comp.generation_percents, dtype=np.float64) / 100.0
    breakaway = plan.rank_index()[comp.breakaway_rank] if comp.breakaway_rank is not None else None
    b_lo = net.in_level_order(engine._basis_column(comp.basis))
    expected_lo = dense_stairstep_sweep(b_lo, rank_lo, pct, gens, breakaway, comp.own_volume, order)
    expected = order.to_member(expected_lo)
    assert result.by_component["stairstep"].tobytes() == expected.tobytes()
    top_pct = max(comp.percent_by_rank.values(), default=0.0) / 100.0
    b = net.basis(comp.basis)
    assert result.breakage["stairstep"] == float(b.sum() * (top_pct + gens.sum()) - expected_lo.sum())


def test_stairstep_breakaway_by_hand():
    # 0 <- 1 <- 2 <- 3 (a chain), all active; ranks by group volume: A (any), B (GV >= 150),
    # C (GV >= 250). Volumes 100 each: GV 400, 300, 200, 100 -> ranks C, C, B, A.
    # Percentages A 0 %, B 10 %, C 20 %; breakaway at C with one generation of 5 %; own volume.
    plan = PayoutPlan.model_validate({
        "ranks": [{"name": "A"}, {"name": "B", "group_volume": 150}, {"name": "C", "group_volume": 250}],
        "components": [{"type": "stairstep", "percent_by_rank": {"A": 0, "B": 10, "C": 20},
                        "breakaway_rank": "C", "generation_percents": [5]}]}, strict=True)
    net = Network.build(sponsor=[-1, 0, 1, 2], volume=[100.0] * 4)
    result = engine.compute(plan, net)
    assert result.rank.tolist() == [2, 2, 1, 0]
    # member 2 (B): 10 % of its own 100 and of 3's 100 = 20
    # member 1 (C): 10 % more on 2's and 3's 200 (20), 20 % of its own 100 (20) = 40; it breaks
    #   away: all 300 of its walk moves on as generation 0
    # member 0 (C): 20 % of its own 100 = 20, plus 5 % of the 300 of generation 0 = 15: 35
    assert result.by_component["stairstep"].tolist() == [35.0, 40.0, 20.0, 0.0]
    # breakage: 400 * (20 % + 5 %) = 100 possible, 95 paid
    assert result.breakage["stairstep"] == 100.0 - 95.0


# ---- ranks -----------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 60), st.integers(0, 10_000), st.booleans(),
       st.lists(st.tuples(st.sampled_from([0, 0, 50, 100]), st.sampled_from([0, 100, 300, 600]),
                          st.integers(0, 2), st.sampled_from([0, 0, 100, 300])), min_size=1, max_size=4))
def test_ranks_equal_spec_member_by_member(n, seed, sweep, reqs):
    ranks = [{"name": f"R{i}", "personal_volume": p, "group_volume": g, "legs": k, "leg_volume": lv}
             for i, (p, g, k, lv) in enumerate(reqs)]
    comps = [{"type": "stairstep", "percent_by_rank": {"R0": 5}}] if sweep else [
        {"type": "rank_bonus", "amount_by_rank": {"R0": 5}}]  # level order, or member order
    plan = PayoutPlan.model_validate({"ranks": ranks, "components": comps}, strict=True)
    net = random_network(n, seed)
    assert engine.qualify(plan, net).tolist() == plain_ranks(plan, net)


def test_a_rank_asking_nothing_is_not_given_to_a_member_below_zero_volume():
    # "Member" asks nothing, but member 2's personal volume is -5 (possible only through
    # Network.build): it meets no rank at all; 0 and 1 are active Members, 3 is inactive.
    plan = PayoutPlan.model_validate({"ranks": [{"name": "Member"}, {"name": "Big", "group_volume": 1000}],
                                      "components": [{"type": "stairstep", "percent_by_rank": {"Big": 5}}]},
                                     strict=True)
    net = Network.build(sponsor=[-1, 0, 0, 1], volume=[10.0, 20.0, -5.0, 30.0], active=[1, 1, 1, 0])
    assert engine.qualify(plan, net).tolist() == [0, 0, NO_RANK, NO_RANK]


def test_ranks_in_level_order_match_the_member_order():
    plan = PayoutPlan.model_validate({"ranks": RANKS, "components": [
        {"type": "stairstep", "percent_by_rank": {"Bronze": 6, "Gold": 21}}]}, strict=True)
    net = random_network(5000, 3)
    ranks = engine._ranks(plan, net)
    lo = ranks.lo()
    assert lo is not None
    assert lo.tolist() == ranks.rank[net.level_order().perm].tolist()
    assert ranks.rank.tolist() == plain_ranks_fast(plan, net)


def plain_ranks_fast(plan, net):
    """plain_ranks with numpy sums for a larger network (same rule, member order)."""
    gv = net.subtree_sum(net.volume)
    out = np.full(net.n, NO_RANK)
    for index, r in enumerate(plan.ranks):
        ok_leg = net.active & (gv >= r.leg_volume)
        legs = np.bincount(net.sponsor[ok_leg], minlength=net.n + 1)[:net.n]
        ok = net.active & (net.volume >= r.personal_volume) & (gv >= r.group_volume) & (legs >= r.legs)
        out[ok] = index
    return out.tolist()


# ---- binary ----------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(2, 300), st.integers(0, 10_000), st.booleans(), st.booleans())
def test_binary_legs_in_one_count_equal_one_count_per_side(n, seed, given_legs, carry):
    rng = np.random.default_rng(seed)
    legs = rng.choice([0, 1, 2], size=n) if given_legs else None
    net = random_network(n, seed, leg=legs, carry_left=rng.choice([0, 12.5], size=n),
                         carry_right=rng.choice([0, 7.25], size=n))
    plan = PayoutPlan.model_validate({"ranks": [], "components": [
        {"type": "binary", "percent": 10, "monthly_cap": 40, "carry_over": carry}]}, strict=True)
    result = engine.compute(plan, net)
    order = net.level_order()
    sub = order.subtree_sum(net.in_level_order("volume"))
    legs_lo = engine.binary_legs(net)[order.perm]
    side = {}
    for leg in (LEG_LEFT, LEG_RIGHT):  # the formulation before: one count per side
        on = legs_lo == leg
        side[leg] = order.to_member(np.bincount(order.ppos[on], weights=sub[on], minlength=n + 1)[:n])
    left, right = side[LEG_LEFT], side[LEG_RIGHT]
    if carry:
        left, right = left + net.carry_left, right + net.carry_right
    would = np.minimum(0.1 * np.minimum(left, right), 40)
    assert result.by_component["binary"].tobytes() == np.where(net.active, would, 0.0).tobytes()
    if carry:
        assert result.carry_left.tobytes() == np.where(net.active, left - np.minimum(left, right), 0.0).tobytes()


def test_binary_with_an_unplaced_leg_takes_the_count_per_side():
    # a leg cache with no side for member 2 (only a supplied cache can hold one): 2's volume
    # reaches neither of 0's legs. 0 <- 1 (L), 0 <- 2 (none), 1 <- 3 (R); volume 10 each.
    net = Network.build(sponsor=[-1, 0, 0, 1], volume=[10.0] * 4)
    net._cache["binary_legs"] = np.array([0, LEG_LEFT, 0, LEG_RIGHT], dtype=np.int8)
    plan = PayoutPlan.model_validate({"ranks": [], "components": [
        {"type": "binary", "percent": 50, "carry_over": True}]}, strict=True)
    result = engine.compute(plan, net)
    # 0: left 20 (1 and 3), right 0 -> pays 0, carries 20 left; 1: left 0, right 10 -> 0, carries 10 right
    assert result.by_component["binary"].tolist() == [0.0] * 4
    assert result.carry_left.tolist() == [20.0, 0.0, 0.0, 0.0]
    assert result.carry_right.tolist() == [0.0, 10.0, 0.0, 0.0]


# ---- matrix ----------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(1, 400), st.integers(0, 10_000), st.integers(1, 3), st.integers(1, 4))
def test_placement_and_matrix_pay_equal_the_plain_rules(n, seed, width, depth):
    net = random_network(n, seed, cycled=np.random.default_rng(seed).random(n) < 0.1)
    parents = place_matrix(net, width)
    assert parents.tolist() == plain_placement(net.sponsor.tolist(), width)
    placer = MatrixPlacer(width)
    half = max(1, n // 2)
    placed = placer.add([-1] + net.sponsor[1:half].tolist()) + placer.add(net.sponsor[half:].tolist())
    assert placed == parents.tolist()  # placed in two calls: the same
    levels = [3.0, 0.0, 5.0, 2.5][:depth]
    plan = PayoutPlan.model_validate({"ranks": [], "components": [
        {"type": "matrix", "width": width, "depth": depth, "levels": levels, "cycle_bonus": 50}]}, strict=True)
    result = engine.compute(plan, net)
    # before: every member walked up, counting the positions filled down to depth below each
    parent = np.append(parents, n)
    parent[parent < 0] = n
    active = np.append(net.active, False)
    earn = np.zeros(n + 1)
    within = np.zeros(n + 1, dtype=np.int64)
    anc = np.arange(n + 1)
    for level in range(depth):
        anc = parent[anc]
        up = anc[:n]
        within += np.bincount(up, minlength=n + 1)
        if levels[level] > 0:
            ok = active[up]
            earn += np.bincount(up[ok], weights=levels[level] / 100.0 * net.volume[ok], minlength=n + 1)
    positions = sum(width ** k for k in range(1, depth + 1))
    full = within[:n] == positions
    cycles_now = full & net.active & ~net.cycled
    assert result.by_component["matrix"].tobytes() == (earn[:n] + np.where(cycles_now, 50.0, 0.0)).tobytes()
    assert result.cycled.tolist() == (net.cycled | cycles_now).tolist()


def test_explicit_placements_and_the_fast_path_mix():
    # width 2: 1 and 2 fill 0; 3 (sponsor 0) spills to 1; 4 is placed under 2 by hand; 5
    # (sponsor 0) finds 1 open once more (3 is its only child): 1; 6 (sponsor 0): 2 (4 only)
    net = Network.build(sponsor=[-1, 0, 0, 0, 0, 0, 0], volume=[0.0] * 7,
                        placement=[AUTO, AUTO, AUTO, AUTO, 2, AUTO, AUTO])
    assert place_matrix(net, 2).tolist() == [-1, 0, 0, 1, 2, 1, 2]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.integers(0, 5), st.integers(0, 70_000), st.integers(0, 2 ** 33), st.integers(-3, 3)),
                max_size=300))
def test_stable_order_is_numpys_stable_argsort(keys):
    from evaluator.core.payout.matrix import stable_order

    arr = np.array(keys, dtype=np.int64)
    assert stable_order(arr).tolist() == np.argsort(arr, kind="stable").tolist()


def test_a_nan_volume_elsewhere_does_not_count_inactive_recruits_as_legs():
    """Found in review: with a NaN volume anywhere the smallest group volume is NaN, and the leg
    count must then test each recruit (active, GV >= leg volume), not take every one. Member 1:
    PV 100 >= 50 and GV 100 + 1000 + 1000 = 2,100 >= 2,000, but its two recruits are inactive, so
    0 legs of the 2 Silver needs: Bronze (PV 100, GV 2,100 >= 500), and no Silver bonus of 100."""
    import numpy as np

    from evaluator.core.payout import engine
    from evaluator.core.payout.network import Network
    from evaluator.core.plans.components import PayoutPlan

    plan = PayoutPlan.model_validate({
        "ranks": [{"name": "Member"}, {"name": "Bronze", "personal_volume": 50, "group_volume": 500},
                  {"name": "Silver", "personal_volume": 50, "group_volume": 2000, "legs": 2,
                   "leg_volume": 300}],
        "components": [{"type": "rank_bonus", "amount_by_rank": {"Silver": 100}}]}, strict=True)
    volume = np.array([100, 100, 1000, 1000, np.nan])
    net = Network.build(sponsor=np.array([-1, 0, 1, 1, 0]), volume=volume, customer_volume=volume * 0,
                        active=np.array([True, True, False, False, True]))
    result = engine.compute(plan, net)
    assert result.rank[1] == 1  # Bronze
    assert result.by_component["rank_bonus"][1] == 0.0
