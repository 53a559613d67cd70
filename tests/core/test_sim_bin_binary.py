"""sim-bin's binary kernel (issue 11): the legs counted in member order from bins kept at
joining give the bits of the level-order count they replaced (copied here as ``_before_binary``)
on random networks, a worked example by hand, and the simulation's kept bins are the ones the
engine would derive."""

from __future__ import annotations

import numpy as np
import pytest

from evaluator.core.fileformat import load
from evaluator.core.payout import engine
from evaluator.core.payout.network import LEG_AUTO, LEG_LEFT, LEG_RIGHT, Network
from evaluator.core.simulation import simulate_with_tree

from .test_small_d_kernels import _plan, same_bits


def _before_binary(comp, net):
    """engine._binary before: both legs counted in level order, the pairs put back in member
    order as complex numbers."""
    n = net.n
    b = net.basis(comp.basis)
    legs = engine.binary_legs(net)
    order = engine.level_order(net)
    if order is not None:
        sub = engine._subtree_lo(net, order, engine._basis_column(comp.basis))
        legs_lo = legs[order.perm]
        below = order.starts[1] if len(order.starts) > 1 else n
        tail = legs_lo[below:]
        if below < n and tail.min() >= LEG_LEFT and tail.max() <= LEG_RIGHT:
            bins = order.ppos[below:] * 2
            bins += tail == LEG_RIGHT
            sums = np.bincount(bins, weights=sub[below:], minlength=2 * n)
            pairs = np.empty(n, dtype=np.complex128)
            pairs[order.perm] = sums.view(np.complex128)
            both = pairs.view(np.float64)
            left, right = both[0::2], both[1::2]
        else:
            sides = []
            for side in (LEG_LEFT, LEG_RIGHT):
                on = legs_lo == side
                sides.append(order.to_member(np.bincount(order.ppos[on], weights=sub[on], minlength=n + 1)[:n]))
            left, right = sides
    else:
        sub = net.subtree_sum(b)
        parent = net.sponsor
        left = np.bincount(parent[legs == LEG_LEFT], weights=sub[legs == LEG_LEFT], minlength=n + 1)[:n]
        right = np.bincount(parent[legs == LEG_RIGHT], weights=sub[legs == LEG_RIGHT], minlength=n + 1)[:n]
    if comp.carry_over:
        left = left + net.carry_left
        right = right + net.carry_right
    paid_volume = np.minimum(left, right)
    in_place = not comp.carry_over and paid_volume.dtype == np.float64
    would = np.multiply(comp.percent / 100.0, paid_volume, out=paid_volume if in_place else None)
    if comp.monthly_cap is not None:
        np.minimum(would, comp.monthly_cap, out=would)
    earn = np.where(net.active, would, 0.0)
    breakage = float(would[~net.active].sum())
    carry = None
    if comp.carry_over:
        carry = (np.where(net.active, left - paid_volume, 0.0),
                 np.where(net.active, right - paid_volume, 0.0))
    return earn, breakage, carry


def _random_net(rng, n, tops, legs_kind):
    sponsor = (rng.random(n) * np.arange(n)).astype(np.int64)
    sponsor[tops] = -1
    volume = np.where(rng.random(n) < 0.3, 0.0, rng.lognormal(4.0, 1.0, n))
    customer = volume * rng.random(n)
    active = rng.random(n) < 0.8
    if legs_kind == "auto":
        leg = np.full(n, LEG_AUTO, dtype=np.int8)
    elif legs_kind == "given":
        leg = rng.choice([LEG_LEFT, LEG_RIGHT], n).astype(np.int8)
    else:  # some given, some automatic
        leg = rng.choice([LEG_AUTO, LEG_LEFT, LEG_RIGHT], n).astype(np.int8)
    if n % 2:  # some negative volumes (a file may hold them): the product form must not be used
        volume = np.where(rng.random(n) < 0.1, -volume, volume)
    carry_left = np.where(rng.random(n) < 0.2, -0.0, rng.random(n) * 50)  # (-0.0 carried in: +0.0 sums)
    carry_right = np.where(rng.random(n) < 0.2, 0.0, rng.random(n) * 50)
    return Network.build(sponsor=sponsor, volume=volume, customer_volume=customer, active=active, leg=leg,
                         carry_left=carry_left, carry_right=carry_right)


@pytest.mark.parametrize("n", [1, 2, 3, 17, 400, 401, 5000])
@pytest.mark.parametrize("tops", ["first", "several", "late"])
@pytest.mark.parametrize("legs_kind", ["auto", "given", "mixed"])
def test_binary_same_bits_as_level_order_count(n, tops, legs_kind):
    rng = np.random.default_rng(n * 31 + len(tops) + len(legs_kind))
    top_ids = {"first": [0], "several": [0, 1, 2][:n], "late": [0] + ([n // 2] if n > 2 else [])}[tops]
    for carry_over in (False, True):
        for cap in (None, 40.0, 0.0):
            for basis in ("all_volume", "customer_volume"):
                comp = _plan([{"type": "binary", "percent": 10, "monthly_cap": cap, "carry_over": carry_over,
                               "basis": basis}]).component("binary")
                seed = rng.integers(1 << 30)
                net_a = _random_net(np.random.default_rng(seed), n, top_ids, legs_kind)
                net_b = _random_net(np.random.default_rng(seed), n, top_ids, legs_kind)
                before = _before_binary(comp, net_a)
                after = engine._binary(comp, net_b)
                assert same_bits(before[0], after[0])
                assert before[1] == after[1]
                if carry_over:
                    assert same_bits(before[2][0], after[2][0]) and same_bits(before[2][1], after[2][1])
                else:
                    assert after[2] is None


def test_binary_by_hand():
    # 0 top; 1 (L) and 2 (R) under 0; 3 (L) and 4 (R) under 1. Volumes 10, 100, 30, 50, 20.
    # 0: left = 100 + 50 + 20 = 170, right = 30 -> 10 % of 30 = 3.0
    # 1: left = 50, right = 20 -> 10 % of 20 = 2.0; 2, 3, 4 have no legs -> 0
    net = Network.build(sponsor=[-1, 0, 0, 1, 1], volume=[10.0, 100.0, 30.0, 50.0, 20.0])
    comp = _plan([{"type": "binary", "percent": 10}]).component("binary")
    earn, breakage, carry = engine._binary(comp, net)
    assert earn.tolist() == [3.0, 2.0, 0.0, 0.0, 0.0]
    assert breakage == 0.0 and carry is None
    assert net._cache["binary_bins"][0] == 1
    # bins 2 * sponsor + (1 if right): 1 -> 0, 2 -> 1, 3 -> 2, 4 -> 3
    assert net._cache["binary_bins"][1].tolist() == [0, 1, 2, 3]


def test_binary_bins_none_when_a_top_follows_a_sponsored_member():
    # 0 and 2 are tops, 1 has a sponsor: the members with a sponsor do not follow the tops
    net = Network.build(sponsor=[-1, 0, -1], volume=[1.0, 2.0, 3.0])
    assert engine._binary_bins(net, engine.binary_legs(net)) is None


@pytest.mark.parametrize("month", [1, 5, 12])
def test_simulation_keeps_the_bins_the_engine_derives(month):
    ev = load("resources/examples/mlm-binary-starter-pack.oppeval")
    ev = ev[0] if isinstance(ev, tuple) else ev
    _, tree = simulate_with_tree(ev, month=month, participants=20000, months=12, seed=3)
    net = tree.net
    first, kept = net._cache["binary_bins"]
    fresh = Network.build(sponsor=np.where(net.sponsor == net.n, -1, net.sponsor), volume=net.volume,
                          leg=engine.binary_legs(net))
    derived = engine._binary_bins(fresh, engine.binary_legs(fresh))
    assert derived is not None and first == derived[0] == 1
    assert len(kept) == net.n - 1 > 100
    assert same_bits(kept, derived[1])


@pytest.mark.parametrize("carry_over", [False, True])
def test_simulation_same_bits_as_with_the_level_order_count(monkeypatch, carry_over):
    from evaluator.core import terms as offer_terms
    from evaluator.core.simulation import payout_plan_of, simulate

    ev = load("resources/examples/mlm-binary-starter-pack.oppeval")
    ev = ev[0] if isinstance(ev, tuple) else ev
    plan = payout_plan_of(offer_terms.of(ev).plan)
    data = plan.model_dump()
    for c in data["components"]:
        if c["type"] == "binary":
            c["carry_over"] = carry_over
    payout = type(plan).model_validate(data)
    assert payout.component("binary").carry_over is carry_over
    after = simulate(ev, participants=30000, months=10, seed=5, payout=payout)
    monkeypatch.setattr(engine, "_binary", _before_binary)
    before = simulate(ev, participants=30000, months=10, seed=5, payout=payout)
    assert sum(after.series["joiners"]) > 1000  # (a run that grows: legs to pay on)
    assert after.by_component["binary"] > 0
    assert _canon(vars(after)) == _canon(vars(before))


def _canon(x):
    """Every float as hex (bit for bit), arrays by their bytes; the run's elapsed time left out."""
    if isinstance(x, dict):
        return {k: _canon(v) for k, v in x.items() if "elapsed" not in k}
    if isinstance(x, (list, tuple)):
        return [_canon(v) for v in x]
    if isinstance(x, np.ndarray):
        return (x.dtype.str, x.shape, x.tobytes())
    if isinstance(x, (float, np.floating)):
        return float(x).hex()
    if hasattr(x, "__dict__") and not isinstance(x, type):
        return _canon(vars(x))
    return x
