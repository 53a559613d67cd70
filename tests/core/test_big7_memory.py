"""Issue #12's memory work on the 10,000,000-participant run, each piece held against the
formulation it replaced, bit for bit (``tobytes()``):

- the level sums' per-level sums made in a kept scratch array (``engine._add_sums``) against
  ``np.bincount`` (what ``push_levels`` and ``push_uplines`` did before);
- the simulation's arrays allocated uninitialised and zeroed at joining: a run whose fresh
  memory is filled with garbage gives the bits of a run whose fresh memory is zeros, so no
  entry is read before it is written;
- earnings sources no component pays into kept as a broadcast zero, and the recruit counts in
  32 bits, against the results of the bundled examples and hand-counted recruits;
- the engine pool's room for the whole run (``reserve_reused_arrays``).
"""

from __future__ import annotations

import types

import numpy as np
import pytest

from benchmarks.bench_payout import HYBRID, STAIRSTEP
from evaluator.core import simulation as sim
from evaluator.core.payout import engine, network
from evaluator.core.plans.components import PayoutPlan
from tests.core.test_big_sim import _evaluation


def _bincount_add(out: np.ndarray, cur: np.ndarray, amounts: np.ndarray) -> None:
    """The formulation _add_sums replaced (push_levels before 2 December 2026)."""
    lo = int(cur.min())
    sums = np.bincount(cur, weights=amounts)
    out[lo:len(sums)] += sums[lo:]


def _push_levels_bincount(parent, who, weights, rates, out) -> None:
    """push_levels as it was for many walks: one bincount per level."""
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
            _bincount_add(out, cur, rate * weights)


@pytest.mark.parametrize("n,k,seed", [(1, 1, 0), (50, 200, 1), (5000, 20000, 2), (3_000_000, 400_000, 3)])
def test_add_sums_gives_the_bits_of_a_bincount(n: int, k: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    # many repeats at a few members and values of mixed sign and size: the order of the
    # additions shows in the last bits
    cur = np.sort(rng.integers(n // 3, n, k)) if seed % 2 else rng.integers(0, n, k)
    amounts = rng.standard_normal(k) * 10.0 ** rng.integers(-3, 6, k)
    start = rng.random(n) * 100
    a, b = start.copy(), start.copy()
    engine._add_sums(a, cur, amounts)
    _bincount_add(b, cur, amounts)
    assert a.tobytes() == b.tobytes()
    # a second call reuses the scratch array (dirty from the first): still the same bits
    engine._add_sums(a, cur[::-1].copy(), amounts[::-1].copy())
    _bincount_add(b, cur[::-1].copy(), amounts[::-1].copy())
    assert a.tobytes() == b.tobytes()


def test_add_sums_of_nothing_changes_nothing() -> None:
    out = np.array([1.5, -0.0, 2.0])
    engine._add_sums(out, np.zeros(0, dtype=np.int64), np.zeros(0))
    assert out.tobytes() == np.array([1.5, -0.0, 2.0]).tobytes()


@pytest.mark.parametrize("n,seed", [(10, 0), (2_000, 1), (200_000, 2)])
def test_push_levels_and_push_uplines_give_the_bits_of_the_bincount_walk(n: int, seed: int) -> None:
    rng = np.random.default_rng(seed)
    parent = np.empty(n, dtype=np.int64)
    parent[0] = -1
    parent[1:] = (rng.random(n - 1) * np.arange(1, n)).astype(np.int64)  # a random recursive tree
    rates = [0.1, 0.0, 0.05, 0.03, 0.02]
    for share in (1.0, 0.2):  # everyone (16 * walks > n: the bincount path) and a fifth
        who = np.sort(rng.choice(n, max(1, int(n * share)), replace=False))
        weights = rng.random(len(who)) * 100 - 10  # quitters push negative volume
        expected = rng.random(n)
        got, kept = expected.copy(), expected.copy()
        _push_levels_bincount(parent, who, weights, rates, expected)
        engine.push_levels(parent, who, weights, rates, got)
        assert got.tobytes() == expected.tobytes()
        # the uplines table the simulation can keep: ups[i, j] = (j+1)-th upline of who[i]
        ups = np.full((len(who), len(rates)), -1, dtype=np.int32)
        cur = who
        for j in range(len(rates)):
            cur = np.where(cur >= 0, parent[np.maximum(cur, 0)], -1)
            ups[:, j] = cur
        engine.push_uplines(ups, weights, rates, kept)
        assert kept.tobytes() == expected.tobytes()


class _GarbageNumpy(types.SimpleNamespace):
    """numpy, but ``empty`` hands out memory full of NaN bytes (0xFF): what a reused block
    could hold. Whatever the simulation reads before writing would change its results."""

    def __getattr__(self, name: str):
        return getattr(np, name)

    @staticmethod
    def empty(shape, dtype=float, **kwargs):
        out = np.empty(shape, dtype=dtype, **kwargs)
        out.view(np.uint8)[...] = 0xFF
        return out


def _detailed(ev, payout=None):
    result, population = sim.simulate_detailed(ev, payout=payout)
    d = result.to_json()
    d.pop("elapsed_s")
    return d, population


@pytest.mark.parametrize("plan", [None, HYBRID, STAIRSTEP,
                                  {"ranks": [], "components": [{"type": "binary", "percent": 10,
                                                                "monthly_cap": 500, "carry_over": True}]},
                                  {"ranks": [], "components": [{"type": "matrix", "width": 3, "depth": 4,
                                                                "levels": [2, 2, 2, 2]}]}])
def test_no_entry_is_read_before_it_is_written(monkeypatch: pytest.MonkeyPatch, plan) -> None:
    ev = _evaluation(6_000, [10, 7, 5, 4, 3, 2, 1])
    payout = None if plan is None else PayoutPlan.model_validate(plan, strict=True)
    clean, clean_pop = _detailed(ev, payout)
    monkeypatch.setattr(sim, "np", _GarbageNumpy())
    dirty, dirty_pop = _detailed(ev, payout)
    assert dirty == clean
    for key in clean_pop.earnings:
        assert dirty_pop.earnings[key].tobytes() == clean_pop.earnings[key].tobytes()
    assert dirty_pop.net.tobytes() == clean_pop.net.tobytes()
    assert dirty_pop.recruits.tobytes() == clean_pop.recruits.tobytes()
    assert clean["participants_ever"] > 6_000 // 20  # people joined


def test_unpaid_sources_are_zeros_and_recruits_are_counted_in_32_bits() -> None:
    # version 1 unilevel + recruit bonus: downline and recruiting paid, rank never
    ev = _evaluation(6_000, [10, 7, 5])
    eng = sim._Engine(sim.Plan.from_evaluation(ev), sim.effective_settings(ev), detail=True)
    result, population = eng.run(None, None)
    assert eng._zero_sources == ["earn_rank"]
    assert eng.earn_rank.strides == (0,) and not eng.earn_rank.flags.writeable  # no memory
    assert eng.recruits.dtype == np.int32
    assert population is not None
    assert population.earnings["rank"].tobytes() == np.zeros(result.participants_ever).tobytes()
    assert result.earnings_by_source["rank"] == 0.0
    assert population.earnings["recruiting"].sum() > 0
    # each one's recruits are those whose sponsor they are (the root has none): int64 as before
    n = result.participants_ever
    expected = np.bincount(population.sponsor[1:], minlength=n)
    assert population.recruits.dtype == np.int64
    assert population.recruits.tobytes() == expected.tobytes()


def test_reserved_room_gives_one_buffer_for_a_growing_network() -> None:
    network.release_reused_arrays()
    try:
        network.reserve_reused_arrays(3 << 20)
        a = network.reused_array("test_room", 1 << 20, np.float64)
        assert a.base is not None and len(a.base) == 3 << 20  # room for everyone, not n + n // 4
        first = id(a.base)  # (the pool keeps the buffer alive: the id stays its own)
        del a
        b = network.reused_array("test_room", (2 << 20) + 5, np.float64)  # grown: the same buffer
        assert id(b.base) == first
        del b
    finally:
        network.release_reused_arrays()
    c = network.reused_array("test_room", 1 << 20, np.float64)  # released: a quarter's room again
    assert c.base is not None and len(c.base) == (1 << 20) + (1 << 18)
    network.release_reused_arrays()


UNILEVELS = [
    {"type": "unilevel", "levels": [10, 5, 3]},  # compression none: the level sums
    {"type": "unilevel", "levels": [10, 5, 3], "compression": "standard"},
    {"type": "unilevel", "levels": [10, 5, 3], "compression": "dynamic", "basis": "customer_volume",
     "depth_by_rank": {"Member": 1}},
]


@pytest.mark.parametrize("spec", [HYBRID, STAIRSTEP] + [{"ranks": HYBRID["ranks"], "components": [u]}
                                                       for u in UNILEVELS])
@pytest.mark.parametrize("n", [1, 40, 5_000])
def test_sums_made_once_are_the_sums_of_the_pay(spec: dict, n: int) -> None:
    """PayoutResult.pay_sums and the basis' sum made once per network: the bits of summing the
    returned pay and the basis column afresh (the formulas the breakage used before)."""
    from benchmarks.bench_payout import network as random_network

    plan = PayoutPlan.model_validate(spec, strict=True)
    net = random_network(n, seed=n)
    res = engine.compute(plan, net)
    assert res.volume_total == float(net.volume.sum())
    for t, total in res.pay_sums.items():
        assert np.float64(total).tobytes() == np.float64(float(res.by_component[t].sum())).tobytes()
    assert res.totals == {t: float(p.sum()) for t, p in res.by_component.items()}
    comp = plan.component("unilevel")
    if comp is not None:
        if not comp.depth_by_rank and comp.compression != "dynamic":
            assert "unilevel" in res.pay_sums  # made once, kept
        b = net.basis(comp.basis)
        levels = np.asarray(comp.levels, dtype=np.float64) / 100.0
        pay = res.by_component["unilevel"]
        formula = float(b.sum() * levels.sum() - pay.sum())
        if engine.level_order(net) is None or comp.compression in ("none", "standard"):
            assert res.breakage["unilevel"] == formula
        else:  # the sweep's sum is in level order: equal to the cent, not always to the bit
            assert res.breakage["unilevel"] == pytest.approx(formula, abs=0.005)
