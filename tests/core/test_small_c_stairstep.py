"""small-c (issues 11/12): the stairstep sweep with its per-rank tables kept per plan, the
volume at v_0 pushed with each level's own B in one call and every changer's pay summed once at
the end gives the same bits as the formulation before it, on random networks of every size."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.core.payout import engine
from evaluator.core.payout.network import LevelOrder, group_by_depth, tree_depth

# ---- the formulation before (copied from engine.py as it was) --------------------------------


def stairstep_sweep_before(b, chg, rank_chg, pct,
                     gens, breakaway, own_volume,
                     order):
    """The sweep as it was before (small-c): the volume at v_0 pushed separately, each level's
    changers paid in the loop."""
    n = len(b)
    values = sorted(set(pct.tolist()))  # every percentage, 0 (no rank) included, ascending
    top = len(values) - 1
    earn = np.zeros(len(chg))
    if top == 0 and breakaway is None:
        return earn  # no percentage above 0: nothing is earned
    k_of = np.array([values.index(p) for p in pct.tolist()], dtype=np.int64)  # index -1: no rank
    n_gens = len(gens) if breakaway is not None else 0
    # the sparse states: held at v_1 .. v_top (v_top only with a breakaway: else it has paid
    # the highest percentage and earns nothing more), then the generations 0 .. n_gens - 1
    n_held = top if breakaway is not None else top - 1
    n_states = n_held + n_gens
    held0 = np.zeros(n)  # the volume at v_0 reaching each member (own B included once added)
    s = order.starts
    lpos = order.lpos
    depth = len(s) - 1
    cuts = np.searchsorted(chg, s).tolist()
    # the members who can hold another state: the changers and everyone above them (marked
    # level by level, deepest first); their states are kept as rows of one array in position
    # order, so level after level (ks: where each level's rows start), each row a member's
    # n_states states. ``flat``: for the rows of levels 1 and below, the flat indices of their
    # states in their sponsors' rows, counted from the start of the level above (the targets
    # of the push of a level's states, made once for every level)
    ks = [0] * (depth + 1)
    rows = chg
    flat = np.zeros(0, dtype=np.int64)
    if n_states and len(chg):
        mark = np.zeros(n, dtype=bool)
        mark[chg] = True
        ppos = order.ppos
        for d in range(depth - 1, 0, -1):
            at = np.flatnonzero(mark[s[d]:s[d + 1]])
            if len(at):
                mark[ppos[s[d] + at]] = True
        kept = np.flatnonzero(mark)  # ascending positions
        row_of = np.cumsum(mark) - 1  # a kept position's row
        ks = np.searchsorted(kept, s).tolist()
        rows = row_of[chg]
        counts = np.diff(ks)
        up_rows = row_of[ppos[kept[ks[1]:]]] - np.repeat(np.array(ks[:-2], dtype=np.int64), counts[1:])
        flat = ((up_rows * n_states)[:, None] + np.arange(n_states)).ravel()
    state = np.zeros((ks[-1], n_states))
    # Per changer, one row of a pool of columns: 0: zero, 1 .. top + 1: the volume held at
    # v_0 .. v_top (hc), g0 ..: the generation states, t0 ..: total[i] = hc[0] + ... + hc[i].
    # What a changer earns and passes on depends on its rank only, so per rank (one table row;
    # the last row is no rank) the columns it reads and how; a level's changers are then paid
    # in a few calls, whatever the number of states.
    g0 = top + 2
    t0 = g0 + n_gens
    width = t0 + top + 1
    brk_of = np.zeros(len(pct), dtype=bool)
    if breakaway is not None:
        brk_of[breakaway:-1] = True
    gen_rates = [(g, rate) for g, rate in enumerate(gens.tolist()) if rate] if breakaway is not None else []
    # earned: the sum, in this order, of 0.0, (p - v_i) * hc[i] where i < k (else 0.0) for
    # i = 0 .. top - 1, and rate_g * gen[g] at a breakaway rank (else 0.0) for each rate > 0
    src = np.array([0] + list(range(1, top + 1)) + [g0 + g for g, _ in gen_rates], dtype=np.int64)
    coef = np.zeros((len(pct), len(src)))
    coef[:, 1:top + 1] = pct[:, None] - np.array(values[:-1])[None, :]
    coef[:, top + 1:] = [rate for _, rate in gen_rates]
    use = np.zeros((len(pct), len(src)), dtype=bool)
    use[:, 1:top + 1] = k_of[:, None] > np.arange(top)[None, :]
    use[:, top + 1:] = brk_of[:, None]
    # passed on: held at v_i (i = 1 .. n_held) is 0 past a breakaway, total[i] where i == k, 0
    # where i < k, else hc[i]; generation 0 takes total[top] past a breakaway, generation g the
    # one before it (else each stays)
    take = np.zeros((len(pct), n_states), dtype=np.int64)
    for i in range(1, n_held + 1):
        take[:, i - 1] = np.where(k_of == i, t0 + i, np.where(k_of > i, 0, 1 + i))
    take[brk_of, :n_held] = 0
    for g in range(n_gens):
        take[:, n_held + g] = np.where(brk_of, t0 + top if g == 0 else g0 + g - 1, g0 + g)
    along = np.arange(max(np.diff(cuts).max(initial=0), 1))[:, None]
    for d in range(depth - 1, -1, -1):
        a, z = s[d], s[d + 1]
        if own_volume:
            held0[a:z] += b[a:z]
        c0, c1 = cuts[d], cuts[d + 1]
        if c1 > c0:
            cp = chg[c0:c1]
            rc = rank_chg[c0:c1]
            cc = rows[c0:c1]
            pool = np.zeros((c1 - c0, width))
            pool[:, 1] = held0[cp]
            if n_states:
                pool[:, 2:2 + n_states] = state[cc]  # held at v_1 .. v_n_held, then the generations
            terms = np.where(use[rc], coef[rc] * pool[:, src], 0.0)
            earn[c0:c1] = np.add.accumulate(terms, axis=1)[:, -1]
            if d == 0:
                break
            held0[cp] = 0.0  # a changer passes nothing on at v_0
            if n_states:
                np.add.accumulate(pool[:, 1:top + 2], axis=1, out=pool[:, t0:])
                state[cc] = pool[along[:c1 - c0], take[rc]]
        elif d == 0:
            break
        if not own_volume:
            held0[a:z] += b[a:z]
        # into the level above, whose entries are still zero: bincount adds in the same order
        held0[s[d - 1]:a] = np.bincount(lpos[a:z], weights=held0[a:z], minlength=a - s[d - 1])
        if ks[d + 1] > ks[d]:  # the other states on to the sponsors, summed in position order
            m = ks[d] - ks[d - 1]
            targets = flat[(ks[d] - ks[1]) * n_states:(ks[d + 1] - ks[1]) * n_states]
            state[ks[d - 1]:ks[d]] = np.bincount(targets, weights=state[ks[d]:ks[d + 1]].ravel(),
                                                 minlength=m * n_states).reshape(m, n_states)
    return earn


# ---- random inputs ------------------------------------------------------------------------


def random_order(n: int, rng: np.random.Generator) -> LevelOrder:
    """A random recruiting tree of n members (sometimes a long chain) in level order."""
    if n and rng.random() < 0.2:
        sponsor = np.r_[n, np.arange(n - 1)]  # a chain: n levels
    else:
        sponsor = np.r_[n, (rng.random(max(n - 1, 0)) * np.arange(1, n)).astype(np.int64)][:n]
    parent = np.r_[sponsor, n]
    depth = tree_depth(parent)[:n]
    levels = group_by_depth(depth)
    return LevelOrder.of(sponsor, levels)


def random_case(rng: np.random.Generator, n: int):
    """(b, chg, rank_chg, pct, gens, breakaway, own_volume, order) as _stairstep builds them."""
    order = random_order(n, rng)
    r = int(rng.integers(1, 6))  # ranks
    choices = [0.0, 0.0, 0.04, 0.095, 0.1, 0.21, 0.25, 0.17]
    pct = np.r_[rng.choice(choices, size=r), 0.0]  # the last entry: no rank
    breakaway = None if rng.random() < 0.3 else int(rng.integers(0, r))
    gens = np.round(rng.choice([0.0, 0.05, 0.02, 0.0325, 0.015], size=int(rng.integers(0, 4))), 4)
    kind = rng.integers(0, 4)
    if kind == 0:  # cents that do not add up exactly in binary
        b = np.round(rng.choice([0, 50, 100, 33.37, 150, 300, 512.01], size=n) * rng.choice([1, 0.5, 1.1], size=n), 2)
    elif kind == 1:  # zeros and negatives
        b = np.round(rng.normal(20, 60, size=n), 2) * (rng.random(n) < 0.7)
    elif kind == 2:  # all zero
        b = np.zeros(n)
    else:
        b = rng.random(n) * 1000
    inactive = rng.random() < 0.1  # nobody active: nobody has a rank
    rank = np.where(rng.random(n) < (0.0 if inactive else 0.8), rng.integers(0, r, size=n), -1)
    lowest = min(pct.tolist())
    changes = np.array([p > lowest for p in pct.tolist()])
    if breakaway is not None:
        changes[breakaway:-1] = True
    chg = np.flatnonzero(changes[rank]) if n else np.zeros(0, dtype=np.int64)
    return b, chg, rank[chg], pct, gens, breakaway, bool(rng.random() < 0.7), order


@pytest.mark.parametrize("seed", range(300))
def test_stairstep_sweep_equals_the_formulation_before_bit_for_bit(seed):
    rng = np.random.default_rng(seed)
    n = [1, 2, 3, 5, 8, 20, 60, 200, 1000, 3000][seed % 10]
    case = random_case(rng, n)
    expected = stairstep_sweep_before(*case)
    got = engine._stairstep_sweep(*case)
    assert got.dtype == expected.dtype and got.shape == expected.shape
    assert got.tobytes() == expected.tobytes()


def test_the_tables_are_kept_per_plan_and_give_the_same_bits_the_second_time():
    rng = np.random.default_rng(7)
    case = random_case(rng, 500)
    first = engine._stairstep_sweep(*case)
    second = engine._stairstep_sweep(*case)
    assert first.tobytes() == second.tobytes() == stairstep_sweep_before(*case).tobytes()


def test_stairstep_sweep_by_hand():
    # chain 0 <- 1 <- 2 (positions = members), B 100, 200, 400; ranks: 1 at 10 %, 2 at 25 %,
    # no breakaway, own volume. Changers: 0 (rank 2) and 1 (rank 1); 2 has rank 0 (0 %).
    # 2's 400 reaches 1: 10 % = 40, then 0: 15 % = 60. 1's 200: 1 itself 20, 0 15 % = 30.
    # 0's 100: 25. -> 0 earns 60 + 30 + 25 = 115, 1 earns 40 + 20 = 60.
    order = LevelOrder.of(np.array([3, 0, 1]), [np.array([0]), np.array([1]), np.array([2])])
    pct = np.array([0.0, 0.10, 0.25, 0.0])
    got = engine._stairstep_sweep(np.array([100.0, 200.0, 400.0]), np.array([0, 1]), np.array([2, 1]), pct,
                                  np.zeros(0), None, True, order)
    assert got.tolist() == pytest.approx([115.0, 60.0], abs=1e-9)
