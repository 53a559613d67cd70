"""small-c (issues 11/12): the rank helpers with fewer passes over the network give the same
ranks: ``_fill_ranks`` in one arithmetic pass, a leg volume's legs filtered from the members
already found with at least a smaller group volume. Against the formulations before, copied here,
on random networks of every size (tiny, all inactive, zeros and negative volumes)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from evaluator.core.payout import engine
from evaluator.core.payout.network import NO_RANK, Network
from evaluator.core.plans.components import PayoutPlan

# ---- the formulations before (copied from engine.py as they were) ----------------------------


def before_fill_ranks(active: np.ndarray | None, lowest: int, at: np.ndarray, ranks: np.ndarray) -> np.ndarray:
    """``lowest`` for the active members, NO_RANK for the others, ``ranks`` at ``at``."""
    assert active is not None
    if lowest == NO_RANK:
        out = np.full(len(active), NO_RANK, dtype=np.int64)
    else:
        out = np.where(active, np.int64(lowest), np.int64(NO_RANK))
    out[at] = ranks
    return out


def before_candidates(plan: PayoutPlan, pv: np.ndarray, gv: np.ndarray, active: np.ndarray,
                up: np.ndarray) -> tuple[int, np.ndarray, np.ndarray]:
    """(lowest, cand, cand_rank): every active member meets rank ``lowest`` (NO_RANK: none
    asks nothing of everyone); the others' ranks are those of the active members ``cand``
    (ascending indices). ``up``: every member's sponsor (n for the top), all arrays in one
    indexing (member or level order)."""
    pv_min = float(pv.min())
    gv_min = 0.0 if pv_min >= 0 else float(gv.min())  # a lower bound (the sums of volumes >= 0 are >= 0)
    lowest = NO_RANK
    for index, r in enumerate(plan.ranks):
        if r.personal_volume <= pv_min and r.group_volume <= gv_min and r.legs == 0:
            lowest = index
    above = plan.ranks[lowest + 1:]
    if not above:
        return lowest, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    need_gv = min(r.group_volume for r in above)
    need_pv = min(r.personal_volume for r in above)
    if not need_gv <= gv_min:
        cand = np.flatnonzero(gv >= need_gv)
        cand = cand[active[cand]]
        if not need_pv <= pv_min:
            cand = cand[pv[cand] >= need_pv]
    elif not need_pv <= pv_min:
        cand = np.flatnonzero(pv >= need_pv)
        cand = cand[active[cand]]
    else:
        cand = np.flatnonzero(active)
    return lowest, cand, before_meet(plan, lowest, pv[cand], gv[cand], cand, pv_min, gv_min, gv, active, up)


def before_meet(plan: PayoutPlan, lowest: int, pv: np.ndarray, gv: np.ndarray, who: np.ndarray,
          pv_min: float, gv_min: float, gv_all: np.ndarray, active: np.ndarray,
          up: np.ndarray) -> np.ndarray:
    """The highest-listed rank each of the active members ``who`` meets, ``lowest`` if none
    above it, given their personal and group volumes (all at least ``pv_min`` and ``gv_min``).
    The ranks are tried lowest first, each one met replacing the one before; legs are counted
    only for those who meet a rank's personal and group volume: the active recruits (``up``:
    every member's sponsor) whose group volume (``gv_all``) is at least the leg volume."""
    m = len(who)
    ranked = np.full(m, lowest, dtype=np.int64)
    if not m:
        return ranked
    legs_by_volume: dict[float, Any] = {}
    for index in range(lowest + 1, len(plan.ranks)):
        r = plan.ranks[index]
        ok: np.ndarray | None = None
        if not r.personal_volume <= pv_min:
            ok = pv >= r.personal_volume
        if not r.group_volume <= gv_min:
            ok = gv >= r.group_volume if ok is None else ok & (gv >= r.group_volume)
        if r.legs > 0:
            cand = np.arange(m) if ok is None else np.flatnonzero(ok)
            if ok is None:
                ok = np.ones(m, dtype=bool)
            if len(cand):
                counted = legs_by_volume.get(r.leg_volume)
                if counted is None:
                    counted = legs_by_volume[r.leg_volume] = before_leg_counter(r.leg_volume, gv_min, gv_all, active, up)
                ok[cand] = counted(who[cand]) >= r.legs
        if ok is None:
            ranked.fill(index)
        else:
            ranked[ok] = index
    return ranked


def before_leg_counter(leg_volume: float, gv_min: float, gv: np.ndarray, active: np.ndarray,
                 up: np.ndarray) -> Any:
    """A function giving, for members (indices), how many active recruits with at least
    ``leg_volume`` of group volume each has."""
    everyone_meets = leg_volume <= gv_min  # False when gv_min is NaN: then test each one
    legs = np.flatnonzero(active) if everyone_meets else np.flatnonzero(gv >= leg_volume)
    if not everyone_meets:
        legs = legs[active[legs]]
    sponsors = up[legs]
    if 8 * len(sponsors) > len(up):
        counts = np.bincount(sponsors, minlength=len(up) + 1)
        return lambda at: counts[at]
    sponsors.sort()
    return lambda at: np.searchsorted(sponsors, at, "right") - np.searchsorted(sponsors, at, "left")


# ---- random inputs ------------------------------------------------------------------------


def random_plan(rng: np.random.Generator) -> PayoutPlan:
    ranks = []
    for i in range(int(rng.integers(1, 6))):
        ranks.append({"name": f"R{i}", "personal_volume": float(rng.choice([0, 0, 25, 50, 100])),
                      "group_volume": float(rng.choice([0, 100, 300, 500, 1000, 2000])),
                      "legs": int(rng.choice([0, 0, 1, 2, 3])),
                      "leg_volume": float(rng.choice([0, 50, 100, 300, 500, 1000]))})
    amounts = {r["name"]: 10.0 * (i + 1) for i, r in enumerate(ranks)}
    amounts["R0"] = float(rng.choice([10.0, 0.0, -0.0]))  # the lowest rank's amount often 0.0 (or -0.0)
    return PayoutPlan.model_validate({"ranks": ranks, "components": [
        {"type": "rank_bonus", "amount_by_rank": amounts}]}, strict=True)


def random_net(rng: np.random.Generator, n: int) -> Network:
    sponsor = np.r_[-1, (rng.random(n - 1) * np.arange(1, n)).astype(np.int64)][:n]
    kind = rng.integers(0, 3)
    if kind == 0:
        volume = np.round(rng.choice([0, 50, 100, 33.37, 150, 300, 512.01], size=n), 2)
    elif kind == 1:  # zeros and negatives
        volume = np.round(rng.normal(40, 80, size=n), 2) * (rng.random(n) < 0.7)
    else:
        volume = np.zeros(n)
    share = 0.0 if rng.random() < 0.1 else 0.8  # sometimes nobody is active
    return Network.build(sponsor=sponsor, volume=volume, active=rng.random(n) < share)


SIZES = [1, 2, 3, 5, 10, 40, 200, 1500]


@pytest.mark.parametrize("seed", range(160))
def test_candidates_equal_the_formulation_before(seed):
    rng = np.random.default_rng(seed)
    n = SIZES[seed % len(SIZES)]
    plan, net = random_plan(rng), random_net(rng, n)
    level = seed % 2 == 0
    if level:  # in level order, as _ranks does
        order = net.level_order()
        pv, act, up = net.in_level_order("volume"), net.in_level_order("active"), order.ppos
        gv = order.subtree_sum(pv)
    else:
        pv, act, up = net.volume, net.active, net.sponsor
        gv = net.subtree_sum(net.volume)
    lowest, cand, cand_rank = engine._candidates(plan, pv, gv, act, up)
    lowest0, cand0, cand_rank0 = before_candidates(plan, pv, gv, act, up)
    assert lowest == lowest0
    assert cand.tobytes() == cand0.tobytes() and cand_rank.tobytes() == cand_rank0.tobytes()
    got = engine._fill_ranks(act, lowest, cand, cand_rank)
    expected = before_fill_ranks(act, lowest, cand, cand_rank)
    assert got.dtype == expected.dtype == np.int64 and got.tobytes() == expected.tobytes()


@pytest.mark.parametrize("lowest", [NO_RANK, 0, 1, 3])
def test_fill_ranks_by_hand(lowest):
    # members 0..4, active 1, 0, 1, 1, 0; member 3 a candidate of rank 5:
    # the active ones get `lowest`, the inactive NO_RANK (-1), 3 gets 5.
    active = np.array([True, False, True, True, False])
    got = engine._fill_ranks(active, lowest, np.array([3]), np.array([5]))
    assert got.tolist() == [lowest, -1, lowest, 5, -1]


def test_legs_from_a_wider_scan_by_hand():
    # 0 recruits 1, 2, 3; 1 recruits 4. GV: 4: 500 -> 1: 700, 2: 300, 3: 1200, 0: 2300.
    # Legs of 0 with at least 250 of GV: 1, 2, 3 = 3; with at least 600: 1, 3 = 2 (found in the
    # scan of 250), with at least 1000: 3 = 1.
    gv = np.array([2300.0, 700.0, 300.0, 1200.0, 500.0])
    up = np.array([5, 0, 0, 0, 1])
    active = np.ones(5, dtype=bool)
    scans: dict[float, Any] = {}
    assert engine._leg_counter(250.0, 0.0, gv, active, up, scans)(np.array([0, 1]))[0] == 3
    assert 250.0 in scans
    assert engine._leg_counter(600.0, 0.0, gv, active, up, scans)(np.array([0, 1])).tolist() == [2, 0]
    assert engine._leg_counter(1000.0, 0.0, gv, active, up, scans)(np.array([0, 1])).tolist() == [1, 0]
    assert scans[1000.0].tolist() == [0, 3]  # 0 itself (GV 2300) too: the leg of nobody (sponsor 5)


@pytest.mark.parametrize("seed", range(120))
def test_rank_bonus_equals_the_lookup_per_member(seed):
    """The rank bonus from the candidates only (also when the rank everyone has pays 0.0) equals
    the table lookup of every member's rank, bit for bit (-0.0 included)."""
    rng = np.random.default_rng(1000 + seed)
    n = SIZES[seed % len(SIZES)] * 4
    plan, net = random_plan(rng), random_net(rng, n)
    ranks = engine._ranks(plan, net)
    comp = plan.components[0]
    table = engine._rank_table(comp.amount_by_rank, plan, 0.0)
    table[-1] = 0.0
    expected = table[ranks.rank]
    got = engine._rank_bonus(comp, plan, ranks.rank, ranks)
    assert got.tobytes() == expected.tobytes()
