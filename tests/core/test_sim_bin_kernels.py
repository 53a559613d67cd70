"""sim-bin's rewritten kernels of the simulation's joining (issue 11): each gives the integers
of the formulation it replaced (copied here as ``_before_*``) on random inputs, and worked
examples by hand."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.core.payout.network import LEG_LEFT, LEG_RIGHT, tree_depth


def _before_tree_depth(parent):
    """network.tree_depth before: pointer doubling on the nodes not yet done only."""
    sentinel = len(parent) - 1
    anc = parent.copy()
    dist = (anc != sentinel).astype(np.int64)
    dist[sentinel] = 0
    while True:
        todo = anc != sentinel
        if not todo.any():
            return dist
        dist[todo] += dist[anc[todo]]
        anc[todo] = anc[anc[todo]]


def _forest(rng, n, kind):
    if kind == "random":  # a uniform random recursive tree (the simulation's month 0)
        parent = (rng.random(n) * np.arange(n)).astype(np.int64)
        parent[0] = n
    elif kind == "chain":
        parent = np.arange(-1, n - 1)
        parent[0] = n
    elif kind == "forest":  # several roots anywhere, parents earlier
        parent = (rng.random(n) * np.arange(n)).astype(np.int64)
        parent[rng.random(n) < 0.05] = n
        parent[0] = n
    else:  # parents later than their children (a file's numbering need not be join order)
        perm = rng.permutation(n)
        tree = (rng.random(n) * np.arange(n)).astype(np.int64)
        parent = np.empty(n, dtype=np.int64)
        parent[perm] = np.where(np.arange(n) == 0, n, perm[tree])
    return np.append(parent, n)


@pytest.mark.parametrize("n", [0, 1, 2, 7, 300, 20_000])
@pytest.mark.parametrize("kind", ["random", "chain", "forest", "shuffled"])
def test_tree_depth_same_integers_as_before(n, kind):
    rng = np.random.default_rng(n + len(kind))
    parent = _forest(rng, n, kind) if n else np.array([0], dtype=np.int64)
    before = _before_tree_depth(parent)
    after = tree_depth(parent)
    assert after.dtype == before.dtype and after.tobytes() == before.tobytes()
    if kind == "chain" and n:
        assert after[:n].tolist() == list(range(n))


def test_tree_depth_by_hand():
    # 0 top; 1, 2 under 0; 3 under 2; 4 under 3; 5 a second top; sentinel 6
    # depths 0, 1, 1, 2, 3, 0 and the sentinel's 0
    parent = np.array([6, 0, 0, 2, 3, 6, 6])
    assert tree_depth(parent).tolist() == [0, 1, 1, 2, 3, 0, 0]


class _Legs:
    def __init__(self, recruits, n):
        self.recruits = recruits
        self.leg = np.zeros(n, dtype=np.int8)


def _before_place_legs(self, ids, sponsors):
    """simulation._Engine._place_legs before: the parity by % 2 and the legs by np.where."""
    from evaluator.core.simulation import _stable_order

    order = _stable_order(sponsors)
    ss = sponsors[order]
    first = np.empty(ss.size, dtype=bool)
    first[0] = True
    np.not_equal(ss[1:], ss[:-1], out=first[1:])
    pos = np.arange(ss.size)
    within = pos - np.maximum.accumulate(np.where(first, pos, 0))
    k = self.recruits[ss] + within
    self.leg[ids[order]] = np.where(k % 2 == 0, LEG_LEFT, LEG_RIGHT)


@pytest.mark.parametrize("n, k, seed", [(1, 1, 1), (50, 200, 2), (20_000, 20_000, 3), (70_000, 3_000, 4)])
def test_place_legs_same_legs_as_before(n, k, seed):
    from evaluator.core.simulation import _Engine

    rng = np.random.default_rng(seed)
    recruits = rng.integers(0, 1 << 40, n + k)  # large counts too: only the parity matters
    sponsors = rng.integers(0, n, k)
    ids = np.arange(n, n + k)
    a, b = _Legs(recruits, n + k), _Legs(recruits, n + k)
    _Engine._place_legs(a, ids, sponsors)
    _before_place_legs(b, ids, sponsors)
    assert a.leg.tobytes() == b.leg.tobytes()
    if k >= 200:
        assert (a.leg[n:] == LEG_LEFT).any() and (a.leg[n:] == LEG_RIGHT).any()
