"""The exact payout engine: one period's pay of every member of a network (SPEC 8.1 and 10).

Owns rank qualification and the eight component rules, vectorised with numpy: fixed-depth rules
(fast start, recruit bonus, matching, matrix levels) use the k-th-ancestor arrays of
:class:`~evaluator.core.payout.network.Network`; the walks with state (unilevel compression,
stairstep differentials and generations) advance all members' walks one upline per numpy step and
drop the walks that have ended; subtree sums (group volume, binary legs) add level by level,
deepest first. Only the matrix's breadth-first placement is sequential (:mod:`.matrix`).

:func:`compute` returns a :class:`PayoutResult`; :meth:`PayoutResult.to_json` gives SPEC 10's
``--json`` object. A plain per-member reference of the same rules lives in the tests.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..plans.components import (BinaryComponent, FastStartComponent, MatchingComponent, MatrixComponent,
                                PayoutPlan, RankBonusComponent, RecruitBonusComponent, StairstepComponent,
                                UnilevelComponent)
from .matrix import place_matrix
from .network import DEEP_TREE, NO_RANK, LEG_AUTO, LEG_LEFT, LEG_RIGHT, LevelOrder, Network, reused_array

# The pay of these components is what a matching bonus matches (SPEC 10: not a cycle bonus,
# not matching itself, not the fixed bonuses).
MATCHED = ("unilevel", "binary", "matrix", "stairstep")


@dataclass
class PayoutResult:
    """Per-member pay by component (arrays of length n), with totals and breakage."""

    plan: PayoutPlan
    rank: np.ndarray  # paid-as rank index per member, NO_RANK for none
    reported_rank: np.ndarray  # rank shown in the output: paid-as, or the given one if inactive
    by_component: dict[str, np.ndarray]
    breakage: dict[str, float]
    volume_total: float
    carry_left: np.ndarray | None = None  # with a binary that carries over
    carry_right: np.ndarray | None = None
    cycled: np.ndarray | None = None  # with a matrix
    extra: dict[str, Any] = field(default_factory=dict)  # matrix placement, binary legs (for exports)
    # sums of by_component arrays the engine already made (``float(pay.sum())`` of the same
    # array as computed: the same bits), so that a caller summing the pay need not pass over it
    # again (the simulation); a snapshot: ``totals`` sums afresh, for callers that change the pay
    pay_sums: dict[str, float] = field(default_factory=dict)

    @property
    def total(self) -> np.ndarray:
        out = np.zeros(len(self.rank))
        for pay in self.by_component.values():
            out += pay
        return out

    @property
    def totals(self) -> dict[str, float]:
        return {name: float(pay.sum()) for name, pay in self.by_component.items()}

    @property
    def paid_total(self) -> float:
        return float(sum(self.totals.values()))

    def to_json(self, ids: Sequence[str]) -> dict[str, Any]:
        """SPEC 10's ``payout --json`` object."""
        names = [r.name for r in self.plan.ranks]
        rank_names = [names[r] if r >= 0 else None for r in self.reported_rank.tolist()]
        types = list(self.by_component)
        columns = [self.by_component[t].tolist() for t in types]
        totals = self.total.tolist()
        extras = []
        if self.carry_left is not None and self.carry_right is not None:
            extras += [("carry_left", self.carry_left.tolist()), ("carry_right", self.carry_right.tolist())]
        if self.cycled is not None:
            extras.append(("cycled", self.cycled.tolist()))
        members = {}
        for i, member_id in enumerate(ids):
            entry = {"rank": rank_names[i], "total": totals[i],
                     "by_component": {t: col[i] for t, col in zip(types, columns)}}
            for key, values in extras:
                entry[key] = values[i]
            members[member_id] = entry
        return {"members": members, **self.summary()}

    def summary(self) -> dict[str, Any]:
        """Everything of the ``--json`` object but ``members``."""
        breakage = {t: float(self.breakage.get(t, 0.0)) for t in self.by_component}
        return {
            "totals": self.totals,
            "paid_total": self.paid_total,
            "volume_total": self.volume_total,
            "breakage": {"by_component": breakage, "total": float(sum(breakage.values()))},
        }


from .dump import _dump_json_text, dump_json  # noqa: E402,F401 - the --json writer lives in dump.py


def compute(plan: PayoutPlan, net: Network, placement: np.ndarray | None = None,
            level_sums: np.ndarray | None = None) -> PayoutResult:
    """Pay every member of ``net`` under ``plan`` for one period.

    ``placement``: the matrix placement parents if already known (else placed here).
    ``level_sums``: for a unilevel paid by :func:`level_sums` (no compression, no depth by
    rank), those sums if already known — the population simulation keeps them up to date with
    :func:`push_levels` as people join and quit."""
    n = net.n
    ranks = _ranks(plan, net)
    rank = ranks.rank
    reported = rank
    if _any_given_rank(net):
        reported = rank.copy()
        given_inactive = (~net.active) & (net.rank >= 0)
        reported[given_inactive] = net.rank[given_inactive]
    pay: dict[str, np.ndarray] = {}
    breakage: dict[str, float] = {}
    result = PayoutResult(plan=plan, rank=rank, reported_rank=reported, by_component=pay,
                          breakage=breakage, volume_total=_basis_sum(net, "all_volume"))
    active = _ActiveExt(net)  # with the sentinel n, never active; made when a rule needs it
    matches = plan.component("matching") is not None
    matched_pays: list[np.ndarray] = []  # what a matching bonus matches, added up at the end
    for comp in plan.components:
        if comp.type == "unilevel":
            pay["unilevel"], breakage["unilevel"] = _unilevel(comp, plan, net, rank, active, level_sums, ranks,
                                                              result.pay_sums)
        elif comp.type == "binary":
            pay["binary"], breakage["binary"], carry = _binary(comp, net)
            if carry is not None:  # with carry_over
                result.carry_left, result.carry_right = carry
        elif comp.type == "matrix":
            level_pay, cycle_pay, cycled, breakage["matrix"], parents = _matrix(comp, net, active(), placement)
            pay["matrix"] = level_pay + cycle_pay
            if matches:
                matched_pays.append(level_pay)
            result.cycled = cycled
            result.extra["placement"] = parents
            continue
        elif comp.type == "stairstep":
            pay["stairstep"], breakage["stairstep"] = _stairstep(comp, plan, net, ranks)
        elif comp.type == "fast_start":
            pay["fast_start"], breakage["fast_start"] = _fast_start(comp, net, net.active)
        elif comp.type == "recruit_bonus":
            pay["recruit_bonus"], breakage["recruit_bonus"] = _recruit_bonus(comp, net, net.active)
        elif comp.type == "rank_bonus":
            pay["rank_bonus"], breakage["rank_bonus"] = _rank_bonus(comp, plan, rank, ranks), 0.0
        else:  # matching: after every component it matches
            pay["matching"], breakage["matching"] = np.zeros(n), 0.0
            continue
        if matches and comp.type in MATCHED:
            matched_pays.append(pay[comp.type])
    matching = plan.component("matching")
    if matching is not None:
        pay["matching"] = _matching(matching, plan, net, rank, active, _matched(n, matched_pays))
    return result


def _matched(n: int, pays: list[np.ndarray]) -> np.ndarray:
    """The sum of the matched components' pay, added to zeros in plan order. One component's
    pay is used as it is: it differs from 0.0 + pay only where pay is -0.0, and a zero of
    either sign adds nothing to the matching's sums (which start at +0.0)."""
    if len(pays) == 1 and len(pays[0]) == n and pays[0].dtype == np.float64:
        return pays[0]
    matched = np.zeros(n)
    for pay in pays:
        matched += pay
    return matched


class _ActiveExt:
    """``active`` with one more entry, the sentinel n (never active), made on the first call."""

    def __init__(self, net: Network) -> None:
        self.net = net
        self.arr: np.ndarray | None = None

    def __call__(self) -> np.ndarray:
        if self.arr is None:
            self.arr = np.append(self.net.active, False)
        return self.arr


# ---- rank qualification (SPEC 8.1) -----------------------------------------------------------


class _Ranks:
    """Paid-as ranks: ``rank`` in member order. When they were computed in level order also
    the level-order form: every active member has rank ``lowest`` (NO_RANK: none) but the
    candidates at the level-order positions ``cand`` (ascending), whose ranks are
    ``cand_rank``; :meth:`lo` makes the level-order array of every member's rank.
    ``members``: when known, the candidates' member indices (``rank`` is ``lowest`` for every
    active member, NO_RANK for the others, and ``cand_rank`` at ``members``)."""

    def __init__(self, rank: np.ndarray, lowest: int = NO_RANK, cand: np.ndarray | None = None,
                 cand_rank: np.ndarray | None = None, active_lo: np.ndarray | None = None,
                 members: np.ndarray | None = None) -> None:
        self.rank = rank
        self.lowest = lowest
        self.cand = cand
        self.cand_rank = cand_rank
        self.active_lo = active_lo
        self.members = members
        self._lo: np.ndarray | None = None

    def lo(self) -> np.ndarray | None:
        """Every member's rank in level order (None unless computed in level order)."""
        if self._lo is None and self.cand is not None and self.cand_rank is not None:
            self._lo = _fill_ranks(self.active_lo, self.lowest, self.cand, self.cand_rank)
        return self._lo


def _fill_ranks(active: np.ndarray | None, lowest: int, at: np.ndarray, ranks: np.ndarray) -> np.ndarray:
    """``lowest`` for the active members, NO_RANK for the others, ``ranks`` at ``at``."""
    assert active is not None
    if lowest == NO_RANK:
        out = np.full(len(active), NO_RANK, dtype=np.int64)
    elif lowest == 0 and active.dtype == np.bool_:  # True - 1 = 0, False - 1 = -1 = NO_RANK: one pass
        out = np.subtract(active, 1, dtype=np.int64)
    elif active.dtype == np.bool_:  # True * (lowest + 1) - 1 = lowest, False: -1
        out = np.multiply(active, lowest + 1, dtype=np.int64)
        out -= 1
    else:
        out = np.where(active, np.int64(lowest), np.int64(NO_RANK))
    out[at] = ranks
    return out


def qualify(plan: PayoutPlan, net: Network) -> np.ndarray:
    """Paid-as rank index of every member: a given ``rank`` for an active member, else the
    highest-listed rank whose personal volume, group volume and legs it meets; inactive: none."""
    return _ranks(plan, net).rank


def level_order(net: Network) -> LevelOrder | None:
    """The network's :class:`LevelOrder` for the level-by-level sweeps, or None for a tree
    deeper than :data:`DEEP_TREE` levels (paid by the walks up the tree instead)."""
    if len(net.levels()) > DEEP_TREE:
        return None
    return net.level_order()


def _qualify(plan: PayoutPlan, net: Network) -> tuple[np.ndarray, np.ndarray | None]:
    """:func:`qualify`, and the same ranks in level order when they were computed in it
    (None otherwise)."""
    ranks = _ranks(plan, net)
    return ranks.rank, ranks.lo()


def _ranks(plan: PayoutPlan, net: Network) -> _Ranks:
    """The ranks of :func:`qualify`. Group volume is a subtree sum (in level order:
    :meth:`LevelOrder.subtree_sum`). The highest-listed rank that asks nothing every member
    has (personal and group volume at most everyone's, no legs) is every active member's
    at least; only the active members who meet the smallest personal and group volume of a
    rank above it are candidates for more, and only they are tried (:func:`_meet`)."""
    n = net.n
    if not plan.ranks and not _any_given_rank(net):  # nobody has a rank (read-only, no n-long fill)
        return _Ranks(np.broadcast_to(np.int64(NO_RANK), (n,)))
    use_order = plan.ranks and n and (net.prefers_level_order() or (_sweeps(plan, n) and level_order(net) is not None))
    order = net.level_order() if use_order else None
    if order is not None:
        pv = net.in_level_order("volume")
        gv = _subtree_lo(net, order, "volume")
        act = net.in_level_order("active")
        lowest, cand, cand_rank = _candidates(plan, pv, gv, act, order.ppos)
        members = order.perm[cand]
        rank = _fill_ranks(net.active, lowest, members, cand_rank)
        ranks = _Ranks(rank, lowest, cand, cand_rank, act, members)
    else:
        rank = np.full(n, NO_RANK, dtype=np.int64)
        if plan.ranks and n:
            gv = net.subtree_sum(net.volume)
            lowest, cand, cand_rank = _candidates(plan, net.volume, gv, net.active, net.sponsor,
                                                  net._cache.get("active_recruits"))
            rank = _fill_ranks(net.active, lowest, cand, cand_rank)
            ranks = _Ranks(rank, lowest, cand_rank=cand_rank, members=cand)
        else:
            ranks = _Ranks(rank)
    if _any_given_rank(net):
        rank = ranks.rank
        given = net.rank >= 0
        rank[given] = net.rank[given]
        rank[~net.active] = NO_RANK
        ranks = _Ranks(rank)  # the level-order ranks recomputed from rank where needed
    return ranks


def _subtree_lo(net: Network, order: LevelOrder, column: str) -> np.ndarray:
    """The subtree sums of a column in level order (:meth:`LevelOrder.subtree_sum`), kept on
    the network: group volume for the ranks and a binary's legs on all volume are one sum."""
    key = ("subtree_in_level_order", column)
    sums: np.ndarray | None = net._cache.get(key)
    if sums is None:
        sums = net._cache[key] = order.subtree_sum(net.in_level_order(column))
    return sums


def _candidates(plan: PayoutPlan, pv: np.ndarray, gv: np.ndarray, active: np.ndarray,
                up: np.ndarray, active_recruits: np.ndarray | None = None) -> tuple[int, np.ndarray, np.ndarray]:
    """(lowest, cand, cand_rank): every active member meets rank ``lowest`` (NO_RANK: none
    asks nothing of everyone); the others' ranks are those of the active members ``cand``
    (ascending indices). ``up``: every member's sponsor (n for the top), all arrays in one
    indexing (member or level order). ``active_recruits``: when known (the simulation keeps
    it), each member's number of active recruits, in the same indexing (see :func:`_meet`)."""
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
    scans: dict[float, np.ndarray] = {}  # by group volume g: the active members with at least g
    if not need_gv <= gv_min:
        # one scan of everyone for the candidates and the legs of a lower leg volume (the
        # candidates are then filtered from it: the same members in the same order)
        low = min([need_gv] + [r.leg_volume for r in above if r.legs > 0 and not r.leg_volume <= gv_min])
        cand = np.flatnonzero(gv >= low)
        cand = scans[low] = cand[active[cand]]
        if low != need_gv:
            cand = scans[need_gv] = cand[gv[cand] >= need_gv]
        if not need_pv <= pv_min:
            cand = cand[pv[cand] >= need_pv]
    elif not need_pv <= pv_min:
        cand = np.flatnonzero(pv >= need_pv)
        cand = cand[active[cand]]
    else:
        cand = np.flatnonzero(active)
    return lowest, cand, _meet(plan, lowest, pv[cand], gv[cand], cand, pv_min, gv_min, gv, active, up, scans,
                               active_recruits)


def _meet(plan: PayoutPlan, lowest: int, pv: np.ndarray, gv: np.ndarray, who: np.ndarray,
          pv_min: float, gv_min: float, gv_all: np.ndarray, active: np.ndarray,
          up: np.ndarray, scans: dict[float, np.ndarray] | None = None,
          active_recruits: np.ndarray | None = None) -> np.ndarray:
    """The highest-listed rank each of the active members ``who`` meets, ``lowest`` if none
    above it, given their personal and group volumes (all at least ``pv_min`` and ``gv_min``).
    The ranks are tried lowest first, each one met replacing the one before; legs are counted
    only for those who meet a rank's personal and group volume: the active recruits (``up``:
    every member's sponsor) whose group volume (``gv_all``) is at least the leg volume.
    ``scans``: by group volume g, the active members (ascending) with at least g (filled here
    as legs are counted): a leg volume's legs are taken from the one of the largest g below it.
    ``active_recruits``: each member's number of active recruits, if known: the legs of a leg
    volume every member has (at most ``gv_min``) are those, counted already (the same integers
    as :func:`_leg_counter`'s count of the active members by sponsor)."""
    m = len(who)
    scans = {} if scans is None else scans
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
                if counted is None and active_recruits is not None and r.leg_volume <= gv_min:
                    counted = legs_by_volume[r.leg_volume] = active_recruits.__getitem__
                if counted is None:
                    counted = legs_by_volume[r.leg_volume] = _leg_counter(r.leg_volume, gv_min, gv_all, active, up,
                                                                          scans)
                ok[cand] = counted(who[cand]) >= r.legs
        if ok is None:
            ranked.fill(index)
        else:
            ranked[ok] = index
    return ranked


def _leg_counter(leg_volume: float, gv_min: float, gv: np.ndarray, active: np.ndarray,
                 up: np.ndarray, scans: dict[float, np.ndarray] | None = None) -> Any:
    """A function giving, for members (indices), how many active recruits with at least
    ``leg_volume`` of group volume each has. ``scans``: see :func:`_meet` (the legs are
    filtered from the smallest set known to hold them all, and added to it)."""
    everyone_meets = leg_volume <= gv_min  # False when gv_min is NaN: then test each one
    if everyone_meets:
        legs = np.flatnonzero(active)
    else:
        wider = [g for g in scans if g <= leg_volume] if scans is not None else []
        if scans is not None and wider:  # the same members in the same (ascending) order, from fewer
            g = max(wider)
            legs = scans[g] if g == leg_volume else scans[g][gv[scans[g]] >= leg_volume]
        else:
            legs = np.flatnonzero(gv >= leg_volume)
            legs = legs[active[legs]]
        if scans is not None:
            scans[leg_volume] = legs
    sponsors = up[legs]
    if 256 * len(sponsors) > len(up):  # a count per member beats a sort unless the legs are very few
        counts = np.bincount(sponsors, minlength=len(up) + 1)
        return lambda at: counts[at]
    sponsors.sort()
    return lambda at: np.searchsorted(sponsors, at, "right") - np.searchsorted(sponsors, at, "left")


def _sweeps(plan: PayoutPlan, n: int | None = None) -> bool:
    """Whether a component of the plan is paid by a level-order sweep (so the level order is
    built whatever the network's size, and the ranks might as well use it). A matching bonus
    sums in member order below ``SMALL_NETWORK`` members (:func:`_matching_small`): for a
    network of ``n`` members that small it needs no level order."""
    from .network import SMALL_NETWORK

    matching_sweeps = n is None or n >= SMALL_NETWORK
    return any(c.type in ("binary", "stairstep") or (c.type == "matching" and matching_sweeps)
               or (isinstance(c, UnilevelComponent) and not uses_level_sums(c)) for c in plan.components)


def _any_given_rank(net: Network) -> bool:
    """Whether the ``rank`` column names any rank (a broadcast constant column is checked once:
    the simulation's networks have none)."""
    col = net.rank
    if col.ndim == 1 and col.strides[0] == 0:
        return bool(len(col)) and bool(col[0] >= 0)
    return bool((col >= 0).any())


def _rank_table(mapping: dict[str, float], plan: PayoutPlan, missing: float) -> np.ndarray:
    """Per rank index the mapped value; one more entry at the end (index -1 = no rank) = missing."""
    names = [r.name for r in plan.ranks]
    return np.array([mapping.get(name, missing) for name in names] + [missing], dtype=np.float64)


# ---- the components (SPEC 10) ----------------------------------------------------------------


def _basis_column(basis: str) -> str:
    """The network column of B(x) (SPEC 10): ``volume`` or ``customer_volume``."""
    return "customer_volume" if basis == "customer_volume" else "volume"


def uses_level_sums(comp: UnilevelComponent) -> bool:
    """Whether this unilevel pays each member its :func:`level_sums` when active: no
    compression and no depth by rank, so that level l of x is x's l-th upline whoever it is."""
    return comp.compression == "none" and not comp.depth_by_rank


def push_levels(parent: np.ndarray, who: np.ndarray, weights: np.ndarray, rates: Any,
                out: np.ndarray, scratch: np.ndarray | None = None) -> None:
    """Add ``rates[l] * weights[i]`` to ``out`` at the (l+1)-th upline of ``who[i]``
    (``parent``: each member's sponsor; negative or ``len(parent)``: nobody). Negative
    weights take volume away again (the simulation's quitters). ``scratch``: no longer used
    (kept for callers that still pass one)."""
    n = len(parent)
    cur = who
    if 16 * len(who) <= n and parent.dtype == np.int64:  # few walks (a month's joiners or quitters): one add.at for all levels
        _push_levels_few(parent, who, weights, rates, out)
        return
    for rate in rates:
        cur = parent[cur]
        keep = (cur >= 0) & (cur < n)
        if not keep.all():
            cur, weights = cur[keep], weights[keep]
        if not len(cur):
            break
        if rate:
            if 16 * len(cur) > n:
                _add_sums(out, cur, rate * weights)
            else:
                np.add.at(out, cur, rate * weights)


def _add_sums(out: np.ndarray, cur: np.ndarray, amounts: np.ndarray) -> None:
    """``out[i] +=`` the sum of the amounts at i, that sum made from 0.0 in input order first:
    ``sums = np.bincount(cur, weights=amounts); out[lo:len(sums)] += sums[lo:]`` bit for bit
    (``lo = cur.min()``; outside lo..max the sums are 0.0, and adding 0.0 changes no entry of
    out, which never holds -0.0: sums that start at +0.0 never become -0.0). The sums are made
    by ``np.add.at`` (sequential in input order, as bincount adds) in a scratch array kept
    between calls and zeroed over lo..max only: a bincount's result is a new array as long as
    the network, and at 10,000,000 members that was fresh memory, page-faulted, every call."""
    if not len(cur):
        return
    lo, hi = int(cur.min()), int(cur.max()) + 1
    sums = reused_array("add_sums", hi, np.float64)
    part = sums[lo:hi]
    part.fill(0.0)
    np.add.at(sums, cur, amounts)
    out[lo:hi] += part


def push_uplines(ups: np.ndarray, weights: np.ndarray, rates: Any, out: np.ndarray) -> None:
    """:func:`push_levels` with each walk's uplines already known, the same additions in the
    same order (so the same bits) as ``push_levels(parent, who, weights, rates, out)`` with
    ``n = len(out) = len(parent)``: ``ups[i, j]`` is the (j+1)-th upline of ``who[i]``, -1 for
    nobody (and then -1 further up), for at least ``len(rates)`` levels (the simulation keeps
    this table as people join: one row read per walk instead of one random read per level)."""
    n = len(out)
    k = len(ups)
    rates = list(rates)
    if ups.shape[1] < len(rates):
        raise ValueError("push_uplines: fewer uplines known than levels")
    paid = [j for j, rate in enumerate(rates) if rate]
    if not paid or not k:
        return
    if 16 * k <= n:  # push_levels' few walks: one add.at, level after level (_push_levels_few)
        cols = np.ascontiguousarray(ups.T[: paid[-1] + 1], dtype=np.int64)  # (levels, walks): level-major
        if len(paid) < len(cols):
            cols = cols[paid]
        flat = cols.ravel()
        keep = flat >= 0  # a walk that ended stays ended
        amounts = np.multiply.outer(np.asarray([rates[j] for j in paid], dtype=np.float64), weights)
        np.add.at(out, flat[keep], amounts.ravel()[keep])
        return
    for j in paid:  # push_levels' many walks: level by level
        cur = ups[:, j]  # (a column: no level-major copy of the whole table)
        keep = cur >= 0
        if keep.all():
            w = weights
        else:
            cur, w = cur[keep], weights[keep]
        if not len(cur):
            break
        if 16 * len(cur) > n:
            _add_sums(out, cur, rates[j] * w)  # see push_levels
        else:
            np.add.at(out, cur, rates[j] * w)


def _push_levels_few(parent: np.ndarray, who: np.ndarray, weights: np.ndarray, rates: Any,
                     out: np.ndarray) -> None:
    """:func:`push_levels` for walks too few to sum through an n-long array. Every level's
    uplines are taken first, one row per level (an index outside ``0 .. n-1`` ends its walk:
    it is followed modulo n, harmlessly, and masked out from then on, tested as one unsigned
    comparison since a negative index wraps to a huge one); then the amounts of the walks still
    going are added with one ``np.add.at``, which adds in input order, level after level — the
    same additions in the same order as one ``np.add.at`` per level, so the same bits."""
    n = len(parent)
    rates = list(rates)
    paid = [j for j, rate in enumerate(rates) if rate]
    if not paid or not len(who):
        return
    depth = paid[-1] + 1
    ups = np.empty((depth, len(who)), dtype=np.int64)
    going = np.empty((depth, len(who)), dtype=bool)
    cur = who
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


def level_sums(comp: UnilevelComponent, net: Network) -> np.ndarray:
    """Unilevel with compression ``none`` and no depth by rank: for every member, the sum over
    the levels l of ``levels[l]`` % of the B of everyone exactly l levels below (inactive
    members count as a level). An active member earns this; an inactive one nothing."""
    b = net.basis(comp.basis)
    out = np.zeros(net.n)
    x = np.nonzero(b)[0]
    push_levels(net.sponsor, x, b[x], [p / 100.0 for p in comp.levels], out)
    return out


def _where_active(active: np.ndarray, values: np.ndarray) -> np.ndarray:
    """``np.where(active, values, 0.0)`` bit for bit (float64 values), several times faster on
    a mixed mask: each value's 64 bits, as an integer, times 1 (active) or 0 (the bits of
    +0.0), in one pass, where ``np.where`` branches on every element."""
    if len(values) < 4096:  # small: the select is as quick, with fewer calls
        small: np.ndarray = np.where(active, values, 0.0)
        return small
    bits = reused_array("where_active", len(values), np.int64)
    np.multiply(np.ascontiguousarray(values, dtype=np.float64).view(np.int64), active, out=bits)
    out: np.ndarray = bits.view(np.float64)
    return out


def _basis_sum(net: Network, basis: str) -> float:
    """``float(net.basis(basis).sum())``, made once per network (the same array, the same bits)."""
    key = ("basis_sum", "customer_volume" if basis == "customer_volume" else "all_volume")
    total: float | None = net._cache.get(key)
    if total is None:
        total = net._cache[key] = float(net.basis(basis).sum())
    return total


def _unilevel(comp: UnilevelComponent, plan: PayoutPlan, net: Network, rank: np.ndarray,
              active_ext: "_ActiveExt", sums: np.ndarray | None = None,
              ranks: _Ranks | None = None, pay_sums: dict[str, float] | None = None) -> tuple[np.ndarray, float]:
    """Unilevel pay and breakage. ``ranks``: the ranks as computed (their level-order form
    asked for only when every member's is needed). ``pay_sums``: where the sum of the pay is
    put when it is made here anyway (see PayoutResult.pay_sums)."""
    n = net.n
    b = net.basis(comp.basis)
    levels = np.asarray(comp.levels, dtype=np.float64) / 100.0
    if len(levels) and n and uses_level_sums(comp):
        if sums is None:
            sums = level_sums(comp, net)
        earned = _where_active(net.active, sums)
        earned_sum = earned.sum()
        if pay_sums is not None:
            pay_sums["unilevel"] = float(earned_sum)
        # (the basis' sum as a float: np.float64 * np.float64 and float * np.float64 are the
        # same multiplication)
        return earned, float(_basis_sum(net, comp.basis) * levels.sum() - earned_sum)
    if len(levels) and n:
        depth_table = None
        if comp.depth_by_rank:
            # listed rank: its depth; rank not listed: unlimited; no rank: no level at all
            depth_table = _rank_table({k: float(v) for k, v in comp.depth_by_rank.items()}, plan, np.inf)
            depth_table[-1] = 0.0
        mode = comp.compression
        if mode == "dynamic" and not comp.depth_by_rank:
            mode = "standard"  # every active upline is paid, so every active upline uses a level
        order = level_order(net)
        if order is not None:
            b_lo = net.in_level_order(_basis_column(comp.basis))
            if mode == "standard":  # paid to the active only: put straight into member order
                # the depths by rank are read at those who can earn only
                members, earn_a = _unilevel_standard(
                    b_lo, levels, depth_table, lambda: rank[order.perm], net.in_level_order("active"), order,
                    rank_at=lambda at: _ranks_at(ranks, rank, order, at))
                pay = np.zeros(n)
                pay[order.perm[members]] = earn_a
                paid = pay.sum()
                if pay_sums is not None:
                    pay_sums["unilevel"] = float(paid)
                return pay, float(_basis_sum(net, comp.basis) * levels.sum() - paid)
            else:
                deep_lo = None
                if depth_table is not None:
                    rank_lo = None if ranks is None else ranks.lo()
                    deep_lo = depth_table[rank[order.perm] if rank_lo is None else rank_lo]
                earn_lo = _unilevel_sweep(b_lo, levels, deep_lo, net.in_level_order("active"), order, mode)
            paid_total = float(earn_lo.sum())
            return order.to_member(earn_lo), float(_basis_sum(net, comp.basis) * levels.sum() - paid_total)
        deep = np.full(n + 1, np.inf) if depth_table is None else np.append(depth_table[rank], 0.0)
        active = active_ext()
        parent = net.parent_ext()
        if mode != "dynamic":
            earn = _unilevel_by_level(b, levels, deep, active, parent, mode == "standard")
            return earn[:n], float(_basis_sum(net, comp.basis) * levels.sum() - earn[:n].sum())
        earn = np.zeros(n + 1)
        x = np.nonzero(b > 0)[0]
        bx = b[x]
        cur = parent[x]
        lvl = np.zeros(len(x), dtype=np.int64)
        while len(x):
            act = active[cur]
            paid = act & (lvl < deep[cur])
            if paid.any():
                earn += np.bincount(cur[paid], weights=levels[lvl[paid]] * bx[paid], minlength=n + 1)
            lvl += paid  # dynamic: only a paid upline uses a level
            cur = parent[cur]
            keep = (cur != n) & (lvl < len(levels))
            if not keep.all():
                x, bx, cur, lvl = x[keep], bx[keep], cur[keep], lvl[keep]
        earn = earn[:n]
        return earn, float(_basis_sum(net, comp.basis) * levels.sum() - earn.sum())
    return np.zeros(n), 0.0  # no levels, or nobody


def _ranks_at(ranks: _Ranks | None, rank: np.ndarray, order: LevelOrder, at: np.ndarray) -> np.ndarray:
    """The ranks at the level-order positions ``at`` (ascending, active members only): when
    the ranks were computed in level order, every active member's is ``lowest`` but the
    candidates' (found among ``at`` by a binary search), else read by member."""
    if ranks is None or ranks.cand is None or ranks.cand_rank is None:
        by_member: np.ndarray = rank[order.perm[at]]
        return by_member
    out = np.full(len(at), ranks.lowest, dtype=np.int64)
    if len(at) and len(ranks.cand):
        where = np.minimum(np.searchsorted(at, ranks.cand), len(at) - 1)
        found = np.flatnonzero(at[where] == ranks.cand)
        out[where[found]] = ranks.cand_rank[found]
    return out


def _unilevel_standard(b: np.ndarray, levels: np.ndarray, depth_table: np.ndarray | None,
                       rank_lo: Any, active: np.ndarray, order: LevelOrder,
                       rank_at: Callable[[np.ndarray], np.ndarray] | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Unilevel pay with ``standard`` compression, all in level order: on the tree of the active
    members alone, where each one's sponsor is its nearest active upline (found top-down, one
    level at a time), level l of x is simply its l-th upline. So the volume at each level below
    every active member is summed level by level over the active members only: V1[u] = the B of
    those whose nearest active upline is u (inactive members' volume included), V(l+1)[u] = the
    sum of Vl over the active members whose nearest active upline is u; u earns ``levels[l]`` of
    Vl[u] when deep enough (l < its depth by rank: ``depth_table[rank]``, ``rank_lo()`` giving
    the ranks in level order, or ``rank_at(positions)`` those at some positions). One
    ``bincount`` per level. Returns the positions of the active members who can earn (those
    with an active member or some B below them) and their pay; the others earn 0.

    The active members are numbered 1..k in level order (a running count of ``active``), 0
    meaning nobody, so each bincount's bucket 0 collects the volume that has no active upline
    and is dropped. Adding an exact zero to a sum that starts at +0.0 changes no bit, so the
    B of 0 are left out (in the simulation, everyone inactive's) and summing the rest gives
    the bits of summing everyone."""
    n = len(b)
    s = order.starts
    ppos = order.ppos
    numbers = np.int32 if n < 2**31 - 1 else np.int64  # (half the memory to go through)
    cid = active.astype(numbers)  # at an active position: its number 1..k (a cumsum with a
    np.cumsum(cid, out=cid)  # cast from bool is several times slower than astype, then cumsum)
    k = int(cid[-1])
    up = np.empty(n, dtype=numbers)  # the number of the nearest active proper upline, 0: none
    up[: s[1]] = 0
    # the number of the nearest active member at or above: an active member's own number, else
    # its up; as the upline's number is below its own, that is max(up, own number or 0)
    above = np.multiply(cid, active, out=cid)
    for d in range(1, len(s) - 1):
        a, z = s[d], s[d + 1]
        np.take(above, ppos[a:z], out=up[a:z])
        np.maximum(up[a:z], above[a:z], out=above[a:z])
    # Only the nonzero B need be summed: adding a zero (of either sign) to a sum that starts at
    # +0.0 changes no bit. In the simulation the inactive have none, so when no inactive member
    # has any (counted, not searched), the active members' B are summed, about half of everyone.
    act = np.flatnonzero(active)
    up_act = up[act].astype(np.intp)  # (indices: cast once)
    b_act = b[act]
    same = np.count_nonzero(b_act) == np.count_nonzero(b)
    if same:
        up_x, b_x = up_act, b_act
    else:
        x = np.flatnonzero(b != 0)  # (a bool mask first: nonzero() on floats is slow)
        up_x, b_x = up[x].astype(np.intp), b[x]
    at_level = np.bincount(up_x, weights=b_x, minlength=k + 1)
    # Only the active members with an active member or some B below them (the inner ones)
    # earn or pass anything on: the others' volume is 0.0 at every level, and adding it changes
    # no bit. So the levels are summed over the inner ones alone, numbered 1..t in level order.
    inner_of = np.zeros(k + 1, dtype=bool)
    inner_of[up_act] = True
    if not same:
        inner_of[up_x] = True
    inner_of[0] = False
    inner = np.flatnonzero(inner_of)  # their numbers among the active
    renumber = inner_of.astype(np.int64)  # an active number -> 1..t (0 stays 0: nobody)
    np.cumsum(renumber, out=renumber)
    t = len(inner)
    at_level = at_level[inner]
    members = act[inner - 1]
    members_up = renumber[up_act[inner - 1]]
    deep_k = None
    if depth_table is not None:
        deep_k = depth_table[rank_lo()[members] if rank_at is None else rank_at(members)]
    rates = levels.tolist()
    last = max((j for j, rate in enumerate(rates) if rate), default=-1)  # no more pay after it
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
            else:  # adding 0.0 where too shallow changes nothing: add only where deep enough
                np.add(earn, part, out=earn, where=deep_k > j)
    return members, earn


def _unilevel_sweep(b: np.ndarray, levels: np.ndarray, deep: np.ndarray | None, active: np.ndarray,
                    order: LevelOrder, mode: str) -> np.ndarray:
    """Unilevel pay of every member, all in level order, in one bottom-up sweep (any
    compression, any depth by rank).

    ``held[j][u]`` is the volume that reaches member u as the level j + 1 of the members it
    came from (SPEC 10's counter l = j + 1). Level by level, deepest first (so that u's whole
    downline has been swept when u's level is), each member u of the level: earns ``levels[j]``
    of ``held[j][u]`` for every j it is paid at (active and j < its depth by rank); then passes
    every ``held[j][u]`` to its sponsor as level j + 2 if it used a level (``none``: always;
    ``standard``: when active; ``dynamic``: when paid at j), else as level j + 1; and adds its
    own B at level 1 of its sponsor. Volume past the last level is dropped. This is SPEC 10's
    walk up from every member with its counter, summed per member and counter value."""
    n = len(b)
    n_levels = len(levels)
    rates = levels.tolist()
    held = [np.zeros(n) for _ in range(n_levels)]
    earn = np.zeros(n)
    s = order.starts
    for d in range(len(s) - 2, -1, -1):
        a, z = s[d], s[d + 1]
        act = active[a:z]
        # paid[j]: u is paid at level j + 1 (active and deep enough)
        if deep is None:
            paid = [act] * n_levels
        else:
            dp = deep[a:z]
            paid = [act & (dp > j) for j in range(n_levels)]
        here = [h[a:z] for h in held]
        e = earn[a:z]
        for j, rate in enumerate(rates):
            if rate:
                e += np.where(paid[j], here[j], 0.0) * rate
        if d == 0:
            break
        if mode == "none":  # every upline uses a level
            moved = here[:-1]
            first = b[a:z]
        else:
            uses = [act] * n_levels if mode == "standard" else paid
            moved = [np.where(uses[j], here[j], 0.0) for j in range(n_levels - 1)]
            first = np.where(uses[0], 0.0, here[0]) + b[a:z]
        order.push(held[0], d, first)
        for j in range(1, n_levels):
            if mode == "none":
                order.push(held[j], d, moved[j - 1])
            else:
                order.push(held[j], d, np.where(uses[j], 0.0, here[j]) + moved[j - 1])
    return earn


def _unilevel_by_level(b: np.ndarray, levels: np.ndarray, deep: np.ndarray, active: np.ndarray,
                       parent: np.ndarray, skip_inactive: bool) -> np.ndarray:
    """Unilevel pay without a per-level choice: compression ``none`` (every upline uses a level)
    or ``standard`` (every active upline does, inactive ones are passed). Then level l of x is a
    fixed upline — the l-th upline, or the l-th active one — so the volume at level l below each
    member is summed level by level: V1[u] = the B of those whose level-1 upline is u,
    V(l+1)[u] = the sum of Vl over those whose level-1 upline is u and who use a level. u earns
    ``levels[l] * Vl[u]`` when active and deep enough (l < deep[u]). The same pay as walking up
    from every member (SPEC 10's wording), in len(levels) bincounts. Length n + 1."""
    n = len(b)
    sentinel = n
    up = parent  # each one's level-1 upline (n: nobody)
    if skip_inactive:
        up = parent.copy()
        move = np.nonzero(~active[up] & (up != sentinel))[0]
        while len(move):  # pointer jumping to the nearest active proper ancestor
            up[move] = up[up[move]]
            at = up[move]
            move = move[~active[at] & (at != sentinel)]
    # who passes the volume at its level on to its own level-1 upline: every member (none) or
    # the active ones (standard)
    users = np.nonzero(active[:n])[0] if skip_inactive else None
    users_up = up[users] if users is not None else up[:n]
    earn = np.zeros(n + 1)
    x = np.nonzero(b)[0]
    at_level = np.bincount(up[x], weights=b[x], minlength=n + 1)
    at_level[sentinel] = 0.0
    limited = bool(np.isfinite(deep).any())
    for li, rate in enumerate(levels.tolist()):
        if li:
            passed = at_level[users] if users is not None else at_level[:n]
            at_level = np.bincount(users_up, weights=passed, minlength=n + 1)
            at_level[sentinel] = 0.0
        if rate:
            paid = at_level * rate
            if limited:
                paid[deep <= li] = 0.0
            earn += paid
    earn[~active] = 0.0
    return earn


def binary_legs(net: Network) -> np.ndarray:
    """Each member's leg under its sponsor: the given L/R, else L, R, L, R… in id order among
    the sponsor's recruits without a given leg (SPEC 10). Cached on the network (the simulation
    supplies the legs it decided when each member joined)."""
    cached: np.ndarray | None = net._cache.get("binary_legs")
    if cached is not None:
        return cached
    from .matrix import stable_order  # (imported here: the module's import lines stay as they were)

    legs = net.leg.copy()
    auto = np.nonzero(net.leg == LEG_AUTO)[0]
    auto = auto[net.sponsor[auto] != net.n]  # the top has no sponsor and no leg
    if len(auto):
        sp = net.sponsor[auto]
        order = stable_order(sp)
        sorted_sp = sp[order]
        starts = np.r_[0, np.nonzero(np.diff(sorted_sp))[0] + 1]
        counts = np.diff(np.r_[starts, len(sorted_sp)])
        position = np.arange(len(sorted_sp)) - np.repeat(starts, counts)
        legs[auto[order]] = np.where(position % 2 == 0, LEG_LEFT, LEG_RIGHT)
    net._cache["binary_legs"] = legs
    return legs


def _binary_bins(net: Network, legs: np.ndarray) -> tuple[int, np.ndarray] | None:
    """(first, bins): members ``first .. n-1`` all have a sponsor and a leg L or R, and
    ``bins[i - first]`` is 2 * sponsor + (1 if right), while members before ``first`` are tops;
    None when the members with a sponsor do not follow the tops or a leg is neither L nor R.
    The simulation supplies them (decided at joining, never changed); else made here."""
    kept: tuple[int, np.ndarray] | None = net._cache.get("binary_bins")
    if kept is not None:
        return kept
    n = net.n
    has = net.sponsor != n
    first = int(np.argmax(has)) if n else 0
    if not n or not has[first] or not has[first:].all():
        return None
    tail = legs[first:]
    if tail.min() < LEG_LEFT or tail.max() > LEG_RIGHT:
        return None
    bins = net.sponsor[first:] * 2
    bins += tail == LEG_RIGHT
    net._cache["binary_bins"] = (first, bins)
    return first, bins


def _binary(comp: BinaryComponent, net: Network
            ) -> tuple[np.ndarray, float, tuple[np.ndarray, np.ndarray] | None]:
    n = net.n
    b = net.basis(comp.basis)
    legs = binary_legs(net)
    order = level_order(net)
    left: np.ndarray
    right: np.ndarray
    kept = _binary_bins(net, legs) if order is not None else None
    if order is not None and kept is not None:
        # both legs in one count in member order: bin 2p is p's left leg, 2p + 1 its right. A
        # sponsor's recruits share a level and sit in it in id order, so each bin adds the same
        # subtree sums in the same order as the count in level order would
        first, bins = kept
        sub = np.empty(n)
        sub[order.perm] = _subtree_lo(net, order, _basis_column(comp.basis))
        sums = np.bincount(bins, weights=sub[first:], minlength=2 * n)
        left, right = sums[0:2 * n:2], sums[1:2 * n:2]
    elif order is not None:  # the same sums in the same order (a sponsor's recruits in id order)
        sub = _subtree_lo(net, order, _basis_column(comp.basis))
        legs_lo = legs[order.perm]
        below = order.starts[1] if len(order.starts) > 1 else n  # the members with a sponsor
        tail = legs_lo[below:]
        if below < n and tail.min() >= LEG_LEFT and tail.max() <= LEG_RIGHT:
            # both legs in one count: bin 2p is p's left leg, 2p + 1 its right
            bins = order.ppos[below:] * 2
            bins += tail == LEG_RIGHT
            sums = np.bincount(bins, weights=sub[below:], minlength=2 * n)
            pairs = np.empty(n, dtype=np.complex128)  # a (left, right) pair moved as one item
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
    # (in place on arrays made here: the same products and minima without more n-long arrays)
    in_place = not comp.carry_over and paid_volume.dtype == np.float64  # (no sides at all: integer zeros)
    would = np.multiply(comp.percent / 100.0, paid_volume, out=paid_volume if in_place else None)
    if comp.monthly_cap is not None:
        np.minimum(would, comp.monthly_cap, out=would)
    active = net.active
    cap = comp.monthly_cap
    if (would.dtype == np.float64 and len(would) and comp.percent > 0 and (cap is None or cap > 0)
            and 0.0 <= would.min() and would.max() < np.inf):
        # where(active, would, 0.0) as a product: exact for finite would >= 0 that is never -0.0
        # (the leg sums start at +0.0, so they and their positive multiples are never -0.0)
        earn = would * active
    else:
        earn = np.where(active, would, 0.0)
    breakage = float(would[np.flatnonzero(~active)].sum())  # (the mask's members: a quicker gather)
    carry = None
    if comp.carry_over:
        carry = (np.where(net.active, left - paid_volume, 0.0),
                 np.where(net.active, right - paid_volume, 0.0))
    return earn, breakage, carry


def _matrix(comp: MatrixComponent, net: Network, active: np.ndarray, placement: np.ndarray | None
            ) -> tuple[np.ndarray, np.ndarray, np.ndarray, float, np.ndarray]:
    n = net.n
    b = net.basis(comp.basis)
    parents = place_matrix(net, comp.width) if placement is None else placement
    parent = np.append(parents, n)
    parent[parent < 0] = n
    levels = np.asarray(comp.levels, dtype=np.float64) / 100.0
    earn = np.zeros(n + 1)
    # the level pay: each level's amounts summed in member order, only over members with B
    # (the others add exact zeros)
    x = np.flatnonzero(b)
    bx = b[x]
    anc = x
    for rate in levels.tolist():
        anc = parent[anc]
        if rate > 0:
            ok = active[anc]
            earn += np.bincount(anc[ok], weights=rate * bx[ok], minlength=n + 1)
    level_pay = earn[:n]
    # every position down to `depth` is filled exactly when the depth-th level below is: its
    # width ** depth positions need that many distinct parents on the level above, and so on
    bottom = comp.width ** comp.depth  # exact (Python int)
    if bottom <= n:
        deepest = parent[:n]
        for _ in range(comp.depth - 1):
            deepest = parent[deepest]
        full = np.bincount(deepest, minlength=n + 1)[:n] == bottom
    else:
        full = np.zeros(n, dtype=bool)
    cycles_now = full & net.active & ~net.cycled
    cycle_pay = np.where(cycles_now, float(comp.cycle_bonus), 0.0)
    cycled = net.cycled | cycles_now
    breakage = float(_basis_sum(net, comp.basis) * levels.sum() - level_pay.sum())
    return level_pay, cycle_pay, cycled, breakage, parents


def _stairstep(comp: StairstepComponent, plan: PayoutPlan, net: Network, ranks: _Ranks) -> tuple[np.ndarray, float]:
    n = net.n
    rank = ranks.rank
    b = net.basis(comp.basis)
    pct = _rank_table(comp.percent_by_rank, plan, 0.0) / 100.0
    gens = np.asarray(comp.generation_percents, dtype=np.float64) / 100.0
    top_pct = max(comp.percent_by_rank.values(), default=0.0) / 100.0
    breakaway = plan.rank_index()[comp.breakaway_rank] if comp.breakaway_rank is not None else None
    order = level_order(net)
    if order is not None and n:
        # who changes a walk: a percentage above the lowest (0, no rank) or a breakaway rank
        lowest = min(pct.tolist())
        changes = np.array([p > lowest for p in pct.tolist()])  # the last entry: no rank
        if breakaway is not None:
            changes[breakaway:-1] = True
        if ranks.cand is not None and ranks.cand_rank is not None and not changes[ranks.lowest]:
            which = np.flatnonzero(changes[ranks.cand_rank])  # only a candidate's rank changes a walk
            chg, rank_chg = ranks.cand[which], ranks.cand_rank[which]
        else:
            lo = ranks.lo()
            r_lo = rank[order.perm] if lo is None else lo
            chg = np.flatnonzero(changes[r_lo])
            rank_chg = r_lo[chg]
        earn_chg = _stairstep_sweep(net.in_level_order(_basis_column(comp.basis)), chg, rank_chg, pct, gens,
                                    breakaway, comp.own_volume, order)
        earn_lo = np.zeros(n)
        earn_lo[chg] = earn_chg
        paid_total = float(earn_lo.sum())  # summed in level order
        earn = np.zeros(n)
        earn[order.perm[chg]] = earn_chg
        return earn, float(_basis_sum(net, comp.basis) * (top_pct + gens.sum()) - paid_total)
    rank_ext = np.append(rank, NO_RANK)  # the sentinel has no rank
    parent = net.parent_ext()
    earn = np.zeros(n + 1)
    x = np.nonzero(b > 0)[0]
    bx = b[x]
    cur = x.copy() if comp.own_volume else parent[x]
    paid = np.zeros(len(x))
    gen = np.full(len(x), -1, dtype=np.int64)  # -1: differential walk; g >= 0: generations paid
    n_gens = len(gens) if breakaway is not None else 0
    while len(x):
        r = rank_ext[cur]
        diff = gen < 0
        p = pct[r]
        gain = diff & (p > paid)
        if gain.any():
            earn += np.bincount(cur[gain], weights=(p[gain] - paid[gain]) * bx[gain], minlength=n + 1)
            paid = np.where(gain, p, paid)
        if breakaway is not None:
            at_or_above = r >= breakaway
            in_gen = (~diff) & at_or_above
            if in_gen.any():
                earn += np.bincount(cur[in_gen], weights=gens[gen[in_gen]] * bx[in_gen], minlength=n + 1)
                gen = gen + in_gen
            gen = np.where(diff & at_or_above, 0, gen)  # breaks away: generations from here up
        cur = parent[cur]
        done = cur == n
        if breakaway is None:
            done |= paid >= top_pct  # nothing more can be earned on this volume
        else:
            done |= gen >= n_gens
            if n_gens == 0:
                done |= paid >= top_pct
        if done.any():
            keep = ~done
            x, bx, cur, paid, gen = x[keep], bx[keep], cur[keep], paid[keep], gen[keep]
    earn = earn[:n]
    return earn, float(_basis_sum(net, comp.basis) * (top_pct + gens.sum()) - earn.sum())


_STAIRSTEP_TABLES: dict[tuple[bytes, bytes, int | None], tuple[Any, ...]] = {}


def _stairstep_tables(pct: np.ndarray, gens: np.ndarray, breakaway: int | None) -> tuple[Any, ...]:
    """Per rank (one row each; the last: no rank) how a changer of :func:`_stairstep_sweep`
    earns and what it passes on, kept per plan (the simulation pays the same plan every month).

    A changer's pool row: column 0 zero, 1 the volume held at v_0, then its incoming sparse
    states (2 + state index): held at v_1 .. v_n_held (v_top only with a breakaway), then the
    generations; then the running totals held at v_0 + ... + v_i at ``T + i`` (i >= 1; the
    total at v_0 is column 1 itself). ``coef``: per rank the factors of pool columns 0 .. E-1,
    in that order: (p - v_i) on held at v_i where i < k, ``generation_percents[g]`` on
    generation g at a breakaway rank, 0 elsewhere (a zero product added to the sum, which
    starts at column 0's 0.0, changes nothing). ``take``: per rank the pool column of each
    outgoing state: held at v_i is 0 past a breakaway, the total at i where i == k, 0 where
    i < k, else itself; generation 0 takes the total at v_top past a breakaway, generation g
    the one before it (else each stays). Returns (top, n_held, S, E, T, width, coef, take)."""
    key = (pct.tobytes(), gens.tobytes(), breakaway)
    t: tuple[Any, ...] | None = _STAIRSTEP_TABLES.get(key)
    if t is not None:
        return t
    values = sorted(set(pct.tolist()))
    top = len(values) - 1
    k_of = np.array([values.index(p) for p in pct.tolist()], dtype=np.int64)
    n_gens = len(gens) if breakaway is not None else 0
    # held at v_top only with a breakaway (else that volume has paid the most and earns no more)
    n_held = top if breakaway is not None else max(top - 1, 0)
    S = n_held + n_gens
    E = 2 + S
    T = 2 + S
    width = T + n_held + 1
    R = len(pct)
    brk_of = np.zeros(R, dtype=bool)
    if breakaway is not None:
        brk_of[breakaway:-1] = True
    coef = np.zeros((R, E))
    if top:
        diff = pct[:, None] - np.array(values[:-1])[None, :]
        coef[:, 1:1 + top] = np.where(k_of[:, None] > np.arange(top)[None, :], diff, 0.0)
    if n_gens:
        coef[:, 2 + n_held:2 + n_held + n_gens] = np.where(brk_of[:, None], gens[None, :], 0.0)
    take = np.zeros((R, S), dtype=np.int64)
    for i in range(1, n_held + 1):
        take[:, i - 1] = np.where(k_of == i, T + i, np.where(k_of > i, 0, 1 + i))
    take[brk_of, :n_held] = 0
    for g in range(n_gens):
        take[:, n_held + g] = np.where(brk_of, (T + top if top else 1) if g == 0 else 2 + n_held + g - 1,
                                       2 + n_held + g)
    t = (top, n_held, S, E, T, width, coef, take)
    if len(_STAIRSTEP_TABLES) > 32:
        _STAIRSTEP_TABLES.clear()
    _STAIRSTEP_TABLES[key] = t
    return t


def _stairstep_sweep(b: np.ndarray, chg: np.ndarray, rank_chg: np.ndarray, pct: np.ndarray,
                     gens: np.ndarray, breakaway: int | None, own_volume: bool,
                     order: LevelOrder) -> np.ndarray:
    """Stairstep pay of the members who change a walk, in one bottom-up sweep in level order.

    ``chg``: the level-order positions (ascending) of those members (a percentage above 0 or a
    breakaway rank), ``rank_chg`` their ranks; everyone else earns nothing and passes every walk
    on as it came. The percentages of the rank table take a few distinct values v_0 = 0 < v_1 < ...; the
    volume that reaches member u on a differential walk is held by the value already paid on it
    (the B whose walk has paid v_i), and the volume on a walk past a breakaway by the
    generations already paid. Level by level, deepest first, each member u with percentage
    p = v_k earns (p - v_i) of the volume held at v_i for every i < k, and that volume has now
    paid p (i < k joins k); at the breakaway rank or higher u also earns
    ``generation_percents[g]`` of its generation-g volume, which moves on as g + 1 (dropped
    after the last), and all of u's differential volume moves on as g = 0. A member's own B
    starts at v_0 at itself (``own_volume``) or at its sponsor. This is SPEC 10's walk up from
    every member, summed per member and walk state.

    The volume still at v_0 is kept for every member (one array, pushed a level at a time);
    every other walk state is nonzero only above a changer, so it is kept only there: the
    positions that hold any (ascending) and their values, one row per state, summed into
    the sponsors' positions in the same order as a push of the whole level would (a zero
    added changes nothing). Each changer's incoming states are kept in one row of a pool
    (see :func:`_stairstep_tables`); what it passes on is read from that row during the sweep,
    what it earns from all the rows at the end (a changer's pay feeds nothing else)."""
    n = len(b)
    earn = np.zeros(len(chg))
    if len(set(pct.tolist())) == 1 and breakaway is None:
        return earn
    top, n_held, S, E, T, width, coef, take = _stairstep_tables(pct, gens, breakaway)
    held0 = np.zeros(n)
    s = order.starts
    lpos = order.lpos
    depth = len(s) - 1
    cuts = np.searchsorted(chg, s).tolist()
    ks = [0] * (depth + 1)
    rows = chg
    flat = np.zeros(0, dtype=np.int64)
    if S and len(chg):
        mark = np.zeros(n, dtype=bool)
        mark[chg] = True
        ppos = order.ppos
        from bisect import bisect_right  # (here: the module's import lines stay as they were)

        deepest = bisect_right(s, int(chg[-1])) - 1  # the deepest changer's level: none below
        for d in range(deepest, 0, -1):
            a, z = s[d], s[d + 1]
            mark[ppos[a:z][mark[a:z]]] = True
        kept = np.flatnonzero(mark)
        ks = np.searchsorted(kept, s).tolist()
        row_of = np.empty(n, dtype=np.int64)  # a kept position's row (set at the kept ones only)
        row_of[kept] = np.arange(len(kept))
        rows = row_of[chg]
        counts = np.diff(ks)
        up_rows = row_of[ppos[kept[ks[1]:]]]
        up_rows -= np.repeat(np.array(ks[:-2], dtype=np.int64), counts[1:])
        flat = (up_rows * S)[:, None] + np.arange(S)
        flat = flat.reshape(-1)
    state = np.zeros((ks[-1], S))
    pool = np.empty((len(chg), width))
    pool[:, 0] = 0.0
    flat_take = take[rank_chg]
    flat_take += (np.arange(len(chg)) * width)[:, None]
    pool_flat = pool.reshape(-1)
    for d in range(depth - 1, -1, -1):
        a, z = s[d], s[d + 1]
        if own_volume and d == depth - 1:
            held0[a:z] += b[a:z]  # the deepest level (0.0 + b: as every level's sum plus b)
        c0, c1 = cuts[d], cuts[d + 1]
        if c1 > c0:
            cp = chg[c0:c1]
            p = pool[c0:c1]
            p[:, 1] = held0[cp]
            if S:
                cc = rows[c0:c1]
                p[:, 2:2 + S] = state[cc]
            if d == 0:
                break
            held0[cp] = 0.0
            if S:
                if n_held and c1 - c0 < 256:  # few: one call; many: a column at a time (the same sums)
                    np.add.accumulate(p[:, 1:2 + n_held], axis=1, out=p[:, T:T + n_held + 1])
                else:
                    for i in range(1, n_held + 1):  # (the total at v_0 is column 1 itself)
                        np.add(p[:, T + i - 1] if i > 1 else p[:, 1], p[:, 1 + i], out=p[:, T + i])
                state[cc] = pool_flat[flat_take[c0:c1]]
        elif d == 0:
            break
        if not own_volume:
            held0[a:z] += b[a:z]
        if own_volume:  # the level above: its recruits' sums, then its own B (S + b)
            np.add(np.bincount(lpos[a:z], weights=held0[a:z], minlength=a - s[d - 1]), b[s[d - 1]:a],
                   out=held0[s[d - 1]:a])
        else:
            held0[s[d - 1]:a] = np.bincount(lpos[a:z], weights=held0[a:z], minlength=a - s[d - 1])
        if ks[d + 1] > ks[d]:
            m = ks[d] - ks[d - 1]
            targets = flat[(ks[d] - ks[1]) * S:(ks[d + 1] - ks[1]) * S]
            state[ks[d - 1]:ks[d]] = np.bincount(targets, weights=state[ks[d]:ks[d + 1]].ravel(),
                                                 minlength=m * S).reshape(m, S)
    if len(chg):  # the terms summed in column order, as np.add.accumulate along a row would
        terms = coef[rank_chg] * pool[:, :E]
        earn = terms[:, 0].copy()
        for j in range(1, E):
            earn += terms[:, j]
    return earn


def _fixed_levels(net: Network, who: np.ndarray, amounts: np.ndarray,
                  active: np.ndarray) -> tuple[np.ndarray, float]:
    """Pay amounts[l-1][i] to the l-th upline of member who[i] when active; returns (earn, lost)."""
    n = net.n
    earn = reused_array("fixed_levels", n + 1, np.float64)
    earn.fill(0.0)
    lost = 0.0
    anc = who
    col = None  # which of who each walk is (None: all of them, in order)
    sponsor = net.sponsor
    sums: np.ndarray | None = None
    small = 16 * len(who) <= n  # a few new members (the simulation's monthly joiners): no n-long count
    # small: every level's uplines and amounts gathered, then one add.at (which adds in input
    # order, level after level: the same additions in the same order as one add.at per level)
    ups: list[np.ndarray] = []
    pays: list[np.ndarray] = []
    for level in range(amounts.shape[0]):
        anc = sponsor[anc]
        exists = anc != n
        if not exists.all():  # walks past the top end
            keep = np.flatnonzero(exists)
            anc, col = anc[keep], (keep if col is None else col[keep])
        if not len(anc):
            break
        amount = amounts[level] if col is None else amounts[level][col]
        ok = active[anc]
        if ok.all():
            anc_ok, amount_ok = anc, amount
        else:  # (an index array: a boolean mask's selection branches on every element)
            paid = np.flatnonzero(ok)
            anc_ok, amount_ok = anc[paid], amount[paid]
            lost += float(amount[~ok].sum())
        if small:
            ups.append(anc_ok)
            pays.append(amount_ok)
        elif not level:  # the first level adds to zeros: the same sums as a bincount
            np.add.at(earn, anc_ok, amount_ok)
        elif len(anc_ok):
            # each upline's sum from 0 in input order (a bincount's bits) in a scratch array kept
            # for the call, then added over the range of uplines reached only (elsewhere the
            # sums are 0.0, and earn, whose sums started at +0.0, holds no -0.0 to change)
            if sums is None:
                sums = reused_array("fixed_levels_sums", n + 1, np.float64)
                sums.fill(0.0)
            np.add.at(sums, anc_ok, amount_ok)
            lo, hi = int(anc_ok.min()), int(anc_ok.max()) + 1
            earn[lo:hi] += sums[lo:hi]
            sums[anc_ok] = 0.0
    if len(ups) == 1:
        np.add.at(earn, ups[0], pays[0])
    elif ups:
        np.add.at(earn, np.concatenate(ups), np.concatenate(pays))
    return earn[:n], lost


def _fast_start(comp: FastStartComponent, net: Network, active: np.ndarray) -> tuple[np.ndarray, float]:
    b = net.basis(comp.basis)
    who = np.flatnonzero(net.months_since_join < comp.months)
    percents = np.asarray(comp.percents, dtype=np.float64) / 100.0
    b_who = b[who]
    amounts = percents[:, None] * b_who[None, :]
    earn = _fixed_levels_paid(net.sponsor, who, amounts, active)
    return earn, float(b_who.sum() * percents.sum() - earn.sum())


def _fixed_levels_paid(sponsor: np.ndarray, who: np.ndarray, amounts: np.ndarray,
                       active: np.ndarray) -> np.ndarray:
    """:func:`_fixed_levels`' pay (not what is lost) in fewer numpy calls: every level's
    uplines and whether each is paid are taken first, one row per level (an upline past the
    top, the sentinel n, is followed clipped, harmlessly, and masked out from then on); then the
    paid amounts are added with :func:`_fixed_levels`' additions in its order — for a few walks
    (16 of them or fewer per n members) one ``np.add.at`` of every level's amounts in turn;
    otherwise the first level's sums from zero, and each further level's sums per upline
    (from zero, in walk order: a bincount) added to them — so the same bits."""
    n = len(sponsor)
    depth, k = amounts.shape
    if not depth or not k:
        return np.zeros(n)
    ups = np.empty((depth, k), dtype=np.int64)
    paid = np.empty((depth, k), dtype=bool)
    going = np.empty(k, dtype=bool)
    step = np.empty(k, dtype=bool)
    cur = who
    for j in range(depth):
        cur = np.take(sponsor, cur, mode="clip", out=ups[j])
        if j:
            np.less(cur, n, out=step)
            np.logical_and(going, step, out=going)
        else:
            np.less(cur, n, out=going)
        np.logical_and(going, np.take(active, cur, mode="clip"), out=paid[j])
    if 16 * k <= n:
        few: np.ndarray = np.zeros(n + 1)
        np.add.at(few, ups[paid], amounts[paid])
        return few[:n]
    # (numpy's bincount of no entries gives integer zeros, weights or not)
    earn: np.ndarray = np.bincount(ups[0][paid[0]], weights=amounts[0][paid[0]],
                                   minlength=n + 1).astype(np.float64, copy=False)
    for j in range(1, depth):
        row = paid[j]
        earn += np.bincount(ups[j][row], weights=amounts[j][row], minlength=n + 1)
    return earn[:n]


def _recruit_bonus(comp: RecruitBonusComponent, net: Network,
                   active: np.ndarray) -> tuple[np.ndarray, float]:
    who: np.ndarray | None = net._cache.get("joined_now")  # the simulation knows its month's joiners
    if who is None:
        who = np.nonzero(net.months_since_join == 0)[0]
    amounts = np.repeat(np.asarray(comp.amounts, dtype=np.float64)[:, None], len(who), axis=1)
    return _fixed_levels(net, who, amounts, active)


def _rank_bonus(comp: RankBonusComponent, plan: PayoutPlan, rank: np.ndarray,
                ranks: _Ranks | None = None) -> np.ndarray:
    """Each member's amount for its rank (none: 0). When every active member but a few
    candidates has no rank or a rank whose amount is 0.0 (``ranks``), zeros with the
    candidates' amounts put in: the same values without a lookup per member."""
    table = _rank_table(comp.amount_by_rank, plan, 0.0)
    table[-1] = 0.0
    low = table[ranks.lowest] if ranks is not None else 1.0  # (NO_RANK: the last entry, 0.0)
    if ranks is not None and ranks.members is not None and ranks.cand_rank is not None \
            and low == 0.0 and not np.signbit(low) and 4 * len(ranks.members) < len(rank):
        sparse = np.zeros(len(rank))
        sparse[ranks.members] = table[ranks.cand_rank]
        return sparse
    pay: np.ndarray = table[rank]
    return pay


def _matching(comp: MatchingComponent, plan: PayoutPlan, net: Network, rank: np.ndarray,
              active_ext: "_ActiveExt", matched: np.ndarray) -> np.ndarray:
    """Matching pay: in member order (:func:`_matching_small`, :func:`_matching_large`), or
    for a tree deeper than :data:`DEEP_TREE` levels by walks up from every earner."""
    from .network import SMALL_NETWORK  # (here: the module's import line is shared with others' work)

    n = net.n
    if 0 < n and len(net.levels()) <= DEEP_TREE:
        if n < SMALL_NETWORK:
            return _matching_small(comp, plan, net, rank, matched)
        return _matching_large(comp, plan, net, rank, matched)
    qualifies = active_ext()[:n].copy()
    if comp.min_rank is not None:
        qualifies &= rank >= plan.rank_index()[comp.min_rank]
    qualifies = np.append(qualifies, False)
    earn = np.zeros(n + 1)
    source = np.nonzero(matched != 0)[0]
    values = matched[source]
    anc = source
    parent = net.parent_ext()
    for percent in comp.percents:
        anc = parent[anc]
        ok = qualifies[anc]
        if percent > 0 and ok.any():
            earn += np.bincount(anc[ok], weights=percent / 100.0 * values[ok], minlength=n + 1)
    return earn[:n]


def _matching_large(comp: MatchingComponent, plan: PayoutPlan, net: Network, rank: np.ndarray,
                    matched: np.ndarray) -> np.ndarray:
    """Matching in member order (no level-order columns), summed only where it is read: the
    sum of generation g at a member u (what the members g + 1 levels below u earned) is read
    only when a qualifier is at most ``last - g`` levels above u (u itself included), so each
    generation's amounts go only to such sponsors; when those are few (the qualifiers often
    are) their sums are added in a compact numbering instead of an n-long array.

    The same bits as :func:`_matching_small`'s sums (whose docstring says why member order adds
    what the level order does, in the same order): a sponsor's sum gets all its recruits'
    nonzero amounts or none, in member order either way (``bincount`` adds each bucket in input
    order), and the amounts of 0.0 left out change no bit."""
    n = net.n
    ok = np.asarray(net.active, dtype=bool)
    if comp.min_rank is not None:
        ok = ok & (rank >= plan.rank_index()[comp.min_rank])
    paid = np.flatnonzero(ok)
    last = max((g for g, percent in enumerate(comp.percents) if percent > 0), default=-1)
    earn = np.zeros(n)
    if not len(paid) or last < 0:
        return earn
    near = [np.append(ok, False)]  # the sentinel n (above the top) never qualifies
    sponsor = net.sponsor  # the top's: n
    x: np.ndarray = np.flatnonzero(matched != 0)  # (a bool mask first: nonzero() on floats is slow)
    values: np.ndarray = matched[x]
    below: np.ndarray
    earn_q = np.zeros(len(paid))
    for g in range(last + 1):
        up = sponsor[x]
        while len(near) <= last - g:  # near[r]: a qualifier at most r levels above, or itself
            wider = near[-1].copy()
            wider[:n] |= near[-1][sponsor]
            near.append(wider)
        need = near[last - g][up]
        if not need.all():
            keep = np.flatnonzero(need)
            up, values = up[keep], values[keep]
        if 16 * len(up) < n:  # few: the sponsors reached, ascending, and their sums
            x, inverse = np.unique(up, return_inverse=True)
            below = np.bincount(inverse, weights=values, minlength=len(x))
            at = np.minimum(np.searchsorted(x, paid), max(len(x) - 1, 0))
            below_paid: np.ndarray = np.zeros(len(paid))
            if len(x):
                found = np.flatnonzero(x[at] == paid)
                below_paid[found] = below[at[found]]
        else:
            below = np.bincount(up, weights=values, minlength=n + 1)
            below_paid = below[paid]
            if g < last:
                mark = np.zeros(n + 1, dtype=bool)
                mark[up] = True
                x = np.flatnonzero(mark)
                below = below[x]
        percent = comp.percents[g]
        if percent > 0:
            earn_q += below_paid * (percent / 100.0)
        if g < last:
            if len(x) and x[-1] == n:  # nobody above the top
                x, below = x[:-1], below[:-1]
            values = below
    earn[paid] = earn_q
    return earn


def _matching_small(comp: MatchingComponent, plan: PayoutPlan, net: Network, rank: np.ndarray,
                    matched: np.ndarray) -> np.ndarray:
    """:func:`_matching`'s level-order sums done in member order, for a small network (no
    level order to build, no columns to permute). The same bits: a bincount adds each sponsor's
    sum in input order, and the recruits of one sponsor sit in one level, in join order, in the
    level order as in member order; so each generation's sums are the same additions in the
    same order, and each qualifier's pay the same products added in the same order. Each
    generation is one bincount over every member: the zeros the level-order form leaves out
    change no sum (a sum from +0.0 never becomes -0.0, and adding a zero of either sign to
    anything else leaves it as it is), and the sums it does not read are not read here either."""
    n = net.n
    ok = np.asarray(net.active, dtype=bool)
    if comp.min_rank is not None:
        ok = ok & (rank >= plan.rank_index()[comp.min_rank])
    paid = np.flatnonzero(ok)
    sponsor = net.sponsor  # the top's: n
    below = matched
    earn_q = np.zeros(len(paid))
    last = max((g for g, percent in enumerate(comp.percents) if percent > 0), default=-1)
    for g in range(last + 1):
        below = np.bincount(sponsor, weights=below, minlength=n + 1)[:n]
        percent = comp.percents[g]
        if percent > 0:
            earn_q += below[paid] * (percent / 100.0)
    earn = np.zeros(n)
    earn[paid] = earn_q
    return earn


__all__ = ["compute", "dump_json", "push_levels", "level_sums", "uses_level_sums", "qualify", "binary_legs", "PayoutResult", "MATCHED"]
