"""The kernels rewritten for issue #12's 10,000,000-participant run give the bits of their
previous formulations (copied here): random inputs, compared with ``tobytes()``."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from evaluator.core.payout import engine


def _old_push_levels(parent: np.ndarray, who: np.ndarray, weights: np.ndarray, rates: Any,
                     out: np.ndarray) -> None:
    """push_levels before issue #12's work: few walks in one add.at (level-major), many walks
    level by level, each level's sums from 0 (add.at into zeros) added to out."""
    n = len(parent)
    cur = who
    if 16 * len(who) <= n and parent.dtype == np.int64:
        rates = list(rates)
        paid = [j for j, rate in enumerate(rates) if rate]
        if not paid or not len(who):
            return
        depth = paid[-1] + 1
        ups = np.empty((depth, len(who)), dtype=np.int64)
        going = np.empty((depth, len(who)), dtype=bool)
        for j in range(depth):
            cur = np.take(parent, cur, mode="wrap", out=ups[j])
            np.less(cur.view(np.uint64), n, out=going[j])
            if j:
                np.logical_and(going[j], going[j - 1], out=going[j])
        if len(paid) < depth:
            ups, going = ups[paid], going[paid]
        amounts = np.multiply.outer(np.asarray([rates[j] for j in paid], dtype=np.float64), weights)
        keep = going.ravel()
        np.add.at(out, ups.ravel()[keep], amounts.ravel()[keep])
        return
    sums = np.zeros(n)
    for rate in rates:
        cur = parent[cur]
        keep = (cur >= 0) & (cur < n)
        if not keep.all():
            cur, weights = cur[keep], weights[keep]
        if not len(cur):
            break
        if rate:
            if 16 * len(cur) > n:
                lo, hi = int(cur.min()), int(cur.max())
                np.add.at(sums, cur, rate * weights)
                out[lo:hi + 1] += sums[lo:hi + 1]
                sums[cur] = 0.0
            else:
                np.add.at(out, cur, rate * weights)


def _tree(rng: np.random.Generator, n: int, top: int = 1) -> np.ndarray:
    """A random recursive tree of n members, the first ``top`` without a sponsor (-1)."""
    parent = (rng.random(n) * np.arange(n)).astype(np.int64)
    parent[:top] = -1
    return parent


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("n,k", [(50, 3), (200, 40), (1000, 900), (5000, 5000), (3000, 150), (4000, 260)])
def test_push_levels_gives_the_bits_of_the_previous_formulation(seed: int, n: int, k: int) -> None:
    rng = np.random.default_rng(seed)
    parent = _tree(rng, n, top=1 + seed % 3)
    if seed % 2:
        parent[0] = n  # the simulation's sentinel for the top
    rates = [0.1, 0.07, 0.0, 0.05, 0.04, 0.03, 0.02, 0.01][: 3 + seed]
    got = rng.random(n) * 100
    want = got.copy()
    for _ in range(3):  # joiners, then quitters taking volume away, then joiners again
        for sign in (1.0, -1.0):
            who = np.sort(rng.choice(n, size=k, replace=False)) if sign < 0 else rng.integers(0, n, k)
            weights = sign * rng.lognormal(3, 1, k)
            engine.push_levels(parent, who, weights, rates, got)
            _old_push_levels(parent, who, weights, rates, want)
            assert got.tobytes() == want.tobytes()


def test_push_levels_by_hand() -> None:
    # 0 <- 1 <- 2 <- 3 and 0 <- 4; the walks of 3 (100) and 4 (10), twice each (many walks):
    # level 1: 2 gets 0.1 * 200 = 20, 0 gets 0.1 * 20 = 2; level 2: 1 gets 0.25 * 200 = 50
    # level 3: 0 gets 0.5 * 200 = 100, so 0 has 102
    parent = np.array([-1, 0, 1, 2, 0], dtype=np.int64)
    out = np.zeros(5)
    engine.push_levels(parent, np.array([3, 4, 3, 4]), np.array([100.0, 10.0, 100.0, 10.0]),
                       [0.1, 0.25, 0.5], out)
    assert out.tolist() == [102.0, 50.0, 20.0, 0.0, 0.0]


def _old_where_active(active: np.ndarray, values: np.ndarray) -> np.ndarray:
    """_where_active before issue #12's work: all-ones / all-zeros masks ANDed with the bits."""
    bits = np.empty(len(values), dtype=np.int64)
    np.copyto(bits, active)
    np.negative(bits, out=bits)
    np.bitwise_and(bits, np.ascontiguousarray(values, dtype=np.float64).view(np.int64), out=bits)
    return bits.view(np.float64)


@pytest.mark.parametrize("size", [10, 4095, 4096, 70_000])
def test_where_active_gives_the_bits_of_the_previous_formulation(size: int) -> None:
    rng = np.random.default_rng(size)
    values = rng.normal(0, 1e6, size)
    values[::7] = -0.0
    values[1::11] = np.inf
    values[2::13] = -np.inf
    values[3::17] = np.nan
    values[4::19] = 5e-324  # the smallest subnormal
    active = rng.random(size) < 0.6
    got = engine._where_active(active, values)
    assert got.tobytes() == _old_where_active(active, values).tobytes()
    assert got.tobytes() == np.where(active, values, 0.0).tobytes()
    # inactive entries are +0.0 (all bits zero), active ones their value's bits
    assert not got.view(np.int64)[~active].any()
    assert got.view(np.int64)[active].tobytes() == values.view(np.int64)[active].tobytes()


def _uplines(parent: np.ndarray, who: np.ndarray, width: int) -> np.ndarray:
    """Each walk's uplines as the simulation keeps them: (walks, width), -1 past the top."""
    n = len(parent)
    ups = np.full((len(who), width), -1, dtype=np.int32)
    cur = who.copy()
    for j in range(width):
        on = (cur >= 0) & (cur < n)
        cur[on] = parent[cur[on]]
        cur[~on] = -1
        cur[cur >= n] = -1
        ups[:, j] = cur
    return ups


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("n,k", [(50, 3), (200, 40), (1000, 900), (5000, 5000), (3000, 150), (4000, 260),
                                 (30, 30)])
def test_push_uplines_gives_the_bits_of_push_levels(seed: int, n: int, k: int) -> None:
    rng = np.random.default_rng(100 + seed)
    parent = _tree(rng, n, top=1 + seed % 3)
    rates = [[0.1, 0.07, 0.05, 0.04, 0.03, 0.02, 0.01], [0.0, 0.2, 0.0, 0.1], [0.3],
             [0.1, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.05], [0.05] * 8, [0.0, 0.0]][seed]
    got = rng.random(n) * 100
    want = got.copy()
    for _ in range(3):
        for sign in (1.0, -1.0):
            who = np.sort(rng.choice(n, size=k, replace=False)) if sign < 0 else rng.integers(0, n, k)
            weights = sign * rng.lognormal(3, 1, k)
            engine.push_uplines(_uplines(parent, who, 8), weights, rates, got)
            _old_push_levels(parent, who, weights, rates, want)
            assert got.tobytes() == want.tobytes()


def test_push_uplines_by_hand_and_too_few_uplines() -> None:
    # the walks of 3 (100) and 4 (10) in 0 <- 1 <- 2 <- 3, 0 <- 4 (as in test_push_levels_by_hand)
    ups = np.array([[2, 1, 0], [0, -1, -1], [2, 1, 0], [0, -1, -1]], dtype=np.int32)
    out = np.zeros(5)
    engine.push_uplines(ups, np.array([100.0, 10.0, 100.0, 10.0]), [0.1, 0.25, 0.5], out)
    assert out.tolist() == [102.0, 50.0, 20.0, 0.0, 0.0]
    with pytest.raises(ValueError):
        engine.push_uplines(ups[:, :2], np.ones(4), [0.1, 0.25, 0.5], out)
