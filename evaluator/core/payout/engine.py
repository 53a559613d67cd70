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

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..plans.components import (BinaryComponent, FastStartComponent, MatchingComponent, MatrixComponent,
                                PayoutPlan, RankBonusComponent, RecruitBonusComponent, StairstepComponent,
                                UnilevelComponent)
from .matrix import place_matrix
from .network import DEEP_TREE, NO_RANK, LEG_AUTO, LEG_LEFT, LEG_RIGHT, LevelOrder, Network

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
    rank, rank_lo = _qualify(plan, net)
    reported = rank
    if _any_given_rank(net):
        reported = rank.copy()
        given_inactive = (~net.active) & (net.rank >= 0)
        reported[given_inactive] = net.rank[given_inactive]
    pay: dict[str, np.ndarray] = {}
    breakage: dict[str, float] = {}
    result = PayoutResult(plan=plan, rank=rank, reported_rank=reported, by_component=pay,
                          breakage=breakage, volume_total=float(net.volume.sum()))
    active = _ActiveExt(net)  # with the sentinel n, never active; made when a rule needs it
    matches = plan.component("matching") is not None
    matched = np.zeros(n if matches else 0)
    for comp in plan.components:
        if comp.type == "unilevel":
            pay["unilevel"], breakage["unilevel"] = _unilevel(comp, plan, net, rank, active, level_sums, rank_lo)
        elif comp.type == "binary":
            pay["binary"], breakage["binary"], carry = _binary(comp, net)
            if carry is not None:  # with carry_over
                result.carry_left, result.carry_right = carry
        elif comp.type == "matrix":
            level_pay, cycle_pay, cycled, breakage["matrix"], parents = _matrix(comp, net, active(), placement)
            pay["matrix"] = level_pay + cycle_pay
            if matches:
                matched += level_pay
            result.cycled = cycled
            result.extra["placement"] = parents
            continue
        elif comp.type == "stairstep":
            pay["stairstep"], breakage["stairstep"] = _stairstep(comp, plan, net, rank, rank_lo)
        elif comp.type == "fast_start":
            pay["fast_start"], breakage["fast_start"] = _fast_start(comp, net, net.active)
        elif comp.type == "recruit_bonus":
            pay["recruit_bonus"], breakage["recruit_bonus"] = _recruit_bonus(comp, net, net.active)
        elif comp.type == "rank_bonus":
            pay["rank_bonus"], breakage["rank_bonus"] = _rank_bonus(comp, plan, rank), 0.0
        else:  # matching: after every component it matches
            pay["matching"], breakage["matching"] = np.zeros(n), 0.0
            continue
        if matches and comp.type in MATCHED:
            matched += pay[comp.type]
    matching = plan.component("matching")
    if matching is not None:
        pay["matching"] = _matching(matching, plan, net, rank, active, matched, rank_lo)
    return result


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


def qualify(plan: PayoutPlan, net: Network) -> np.ndarray:
    """Paid-as rank index of every member: a given ``rank`` for an active member, else the
    highest-listed rank whose personal volume, group volume and legs it meets; inactive: none."""
    return _qualify(plan, net)[0]


def level_order(net: Network) -> LevelOrder | None:
    """The network's :class:`LevelOrder` for the level-by-level sweeps, or None for a tree
    deeper than :data:`DEEP_TREE` levels (paid by the walks up the tree instead)."""
    if len(net.levels()) > DEEP_TREE:
        return None
    return net.level_order()


def _qualify(plan: PayoutPlan, net: Network) -> tuple[np.ndarray, np.ndarray | None]:
    """:func:`qualify`, and the same ranks in level order when they were computed in it
    (None otherwise). Group volume is a subtree sum (:meth:`LevelOrder.subtree_sum`) and a
    member's legs are counted with one ``bincount`` over its recruits' sponsor positions."""
    n = net.n
    if not plan.ranks and not _any_given_rank(net):  # nobody has a rank (read-only, no n-long fill)
        return np.broadcast_to(np.int64(NO_RANK), (n,)), None
    rank = np.full(n, NO_RANK, dtype=np.int64)
    rank_lo = None
    use_order = plan.ranks and n and (net.prefers_level_order() or (_sweeps(plan) and level_order(net) is not None))
    order = net.level_order() if use_order else None
    if order is not None:
        ppos = order.ppos
        pv = net.in_level_order("volume")
        gv = order.subtree_sum(pv)
        act = net.in_level_order("active")
        members = np.flatnonzero(act)  # only the active qualify
        pv_a, gv_a = pv[members], gv[members]
        rank_a = np.full(len(members), NO_RANK, dtype=np.int64)
        open_ = np.ones(len(members), dtype=bool)  # no rank yet
        legs_by_volume: dict[float, np.ndarray] = {}
        for index in range(len(plan.ranks) - 1, -1, -1):
            r = plan.ranks[index]
            ok = open_ & (pv_a >= r.personal_volume) & (gv_a >= r.group_volume)
            if r.legs > 0:
                cand = np.flatnonzero(ok)  # legs are counted for those who meet PV and GV only
                if len(cand):
                    if r.leg_volume not in legs_by_volume:  # active recruits with the leg's GV
                        legs_by_volume[r.leg_volume] = np.bincount(
                            ppos[members[gv_a >= r.leg_volume]], minlength=n + 1)
                    ok[cand] = legs_by_volume[r.leg_volume][members[cand]] >= r.legs
            rank_a[ok] = index
            open_ &= ~ok
        rank_lo = np.full(n, NO_RANK, dtype=np.int64)
        rank_lo[members] = rank_a
        rank = order.to_member(rank_lo)
    elif plan.ranks and n:
        gv = net.subtree_sum(net.volume)
        parent = net.sponsor
        act_i = np.nonzero(net.active)[0]  # only the active qualify
        pv_a, gv_a = net.volume[act_i], gv[act_i]
        rank_a = np.full(len(act_i), NO_RANK, dtype=np.int64)
        legs_of: dict[float, np.ndarray] = {}
        for index in range(len(plan.ranks) - 1, -1, -1):
            r = plan.ranks[index]
            if r.leg_volume not in legs_of:
                leg_of = parent[act_i[gv_a >= r.leg_volume]]  # active recruits with the leg's GV
                legs_of[r.leg_volume] = np.bincount(leg_of, minlength=n + 1)[act_i]
            ok = ((rank_a == NO_RANK) & (pv_a >= r.personal_volume) & (gv_a >= r.group_volume)
                  & (legs_of[r.leg_volume] >= r.legs))
            rank_a[ok] = index
        rank[act_i] = rank_a
    if _any_given_rank(net):
        given = net.rank >= 0
        rank[given] = net.rank[given]
        rank[~net.active] = NO_RANK
        rank_lo = None  # recomputed from rank where needed
    return rank, rank_lo


def _sweeps(plan: PayoutPlan) -> bool:
    """Whether a component of the plan is paid by a level-order sweep (so the level order is
    built whatever the network's size, and the ranks might as well use it)."""
    return any(c.type in ("binary", "stairstep", "matching")
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
    weights take volume away again (the simulation's quitters). ``scratch``: zeros, at least
    ``len(parent)`` long, used and left zero (the simulation keeps one between calls)."""
    n = len(parent)
    cur = who
    sums = None if scratch is None else scratch[:n]  # zeros: bincount's sums without an n-long array
    for rate in rates:
        cur = parent[cur]
        keep = (cur >= 0) & (cur < n)
        if not keep.all():
            cur, weights = cur[keep], weights[keep]
        if not len(cur):
            break
        if rate:
            if 16 * len(cur) > n:
                # each member's sum from 0 in input order, then added (the bits of bincount's)
                if sums is None:
                    sums = np.zeros(n)
                np.add.at(sums, cur, rate * weights)
                out[:n] += sums
                sums[cur] = 0.0
            else:
                np.add.at(out, cur, rate * weights)


def level_sums(comp: UnilevelComponent, net: Network) -> np.ndarray:
    """Unilevel with compression ``none`` and no depth by rank: for every member, the sum over
    the levels l of ``levels[l]`` % of the B of everyone exactly l levels below (inactive
    members count as a level). An active member earns this; an inactive one nothing."""
    b = net.basis(comp.basis)
    out = np.zeros(net.n)
    x = np.nonzero(b)[0]
    push_levels(net.sponsor, x, b[x], [p / 100.0 for p in comp.levels], out)
    return out


def _unilevel(comp: UnilevelComponent, plan: PayoutPlan, net: Network, rank: np.ndarray,
              active_ext: "_ActiveExt", sums: np.ndarray | None = None,
              rank_lo: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    n = net.n
    b = net.basis(comp.basis)
    levels = np.asarray(comp.levels, dtype=np.float64) / 100.0
    if len(levels) and n and uses_level_sums(comp):
        if sums is None:
            sums = level_sums(comp, net)
        earned = np.where(net.active, sums, 0.0)
        return earned, float(b.sum() * levels.sum() - earned.sum())
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
            deep_lo = None
            if depth_table is not None:
                deep_lo = depth_table[rank[order.perm] if rank_lo is None else rank_lo]
            if mode == "standard":  # paid to the active only: put straight into member order
                members, earn_a = _unilevel_standard(b_lo, levels, deep_lo, net.in_level_order("active"), order)
                pay = np.zeros(n)
                pay[order.perm[members]] = earn_a
                return pay, float(b.sum() * levels.sum() - pay.sum())
            else:
                earn_lo = _unilevel_sweep(b_lo, levels, deep_lo, net.in_level_order("active"), order, mode)
            paid_total = float(earn_lo.sum())
            return order.to_member(earn_lo), float(b.sum() * levels.sum() - paid_total)
        deep = np.full(n + 1, np.inf) if depth_table is None else np.append(depth_table[rank], 0.0)
        active = active_ext()
        parent = net.parent_ext()
        if mode != "dynamic":
            earn = _unilevel_by_level(b, levels, deep, active, parent, mode == "standard")
            return earn[:n], float(b.sum() * levels.sum() - earn[:n].sum())
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
        return earn, float(b.sum() * levels.sum() - earn.sum())
    return np.zeros(n), 0.0  # no levels, or nobody


def _unilevel_standard(b: np.ndarray, levels: np.ndarray, deep: np.ndarray | None, active: np.ndarray,
                       order: LevelOrder) -> tuple[np.ndarray, np.ndarray]:
    """Unilevel pay with ``standard`` compression, all in level order: on the tree of the active
    members alone, where each one's sponsor is its nearest active upline (found top-down, one
    level at a time), level l of x is simply its l-th upline. So the volume at each level below
    every active member is summed level by level over the active members only: V1[u] = the B of
    those whose nearest active upline is u (inactive members' volume included), V(l+1)[u] = the
    sum of Vl over the active members whose nearest active upline is u; u earns ``levels[l]`` of
    Vl[u] when deep enough (l < its depth by rank). One ``bincount`` per level. Returns the
    active members' positions and their pay."""
    n = len(b)
    s = order.starts
    ppos = order.ppos
    up = np.full(n, n, dtype=np.int64)  # nearest active proper upline (position), n: none
    for d in range(1, len(s) - 1):
        a, z = s[d], s[d + 1]
        p = ppos[a:z]
        up[a:z] = np.where(active[p], p, up[p])
    members = np.flatnonzero(active)
    k = len(members)
    compact = np.full(n + 1, k, dtype=np.int64)  # position -> index among the active; k: none
    compact[members] = np.arange(k)
    x = np.flatnonzero(b)
    at_level = np.bincount(compact[up[x]], weights=b[x], minlength=k + 1)[:k]
    members_up = compact[up[members]]
    deep_k = deep[members] if deep is not None else None
    earn = np.zeros(k)
    for j, rate in enumerate(levels.tolist()):
        if j:
            at_level = np.bincount(members_up, weights=at_level, minlength=k + 1)[:k]
        if rate:
            earn += (at_level if deep_k is None else np.where(deep_k > j, at_level, 0.0)) * rate
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
    legs = net.leg.copy()
    auto = np.nonzero(net.leg == LEG_AUTO)[0]
    auto = auto[net.sponsor[auto] != net.n]  # the top has no sponsor and no leg
    if len(auto):
        sp = net.sponsor[auto]
        order = np.argsort(sp, kind="stable")
        sorted_sp = sp[order]
        starts = np.r_[0, np.nonzero(np.diff(sorted_sp))[0] + 1]
        counts = np.diff(np.r_[starts, len(sorted_sp)])
        position = np.arange(len(sorted_sp)) - np.repeat(starts, counts)
        legs[auto[order]] = np.where(position % 2 == 0, LEG_LEFT, LEG_RIGHT)
    net._cache["binary_legs"] = legs
    return legs


def _binary(comp: BinaryComponent, net: Network
            ) -> tuple[np.ndarray, float, tuple[np.ndarray, np.ndarray] | None]:
    n = net.n
    b = net.basis(comp.basis)
    legs = binary_legs(net)
    order = level_order(net)
    if order is not None:  # the same sums in the same order (a sponsor's recruits in id order)
        sub = order.subtree_sum(net.in_level_order(_basis_column(comp.basis)))
        legs_lo = legs[order.perm]
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
    would = comp.percent / 100.0 * paid_volume
    if comp.monthly_cap is not None:
        would = np.minimum(would, comp.monthly_cap)
    earn = np.where(net.active, would, 0.0)
    breakage = float(would[~net.active].sum())
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
    within = np.zeros(n + 1, dtype=np.int64)  # positions filled down to `depth` below each member
    anc = np.arange(n + 1)
    for level in range(comp.depth):
        anc = parent[anc]
        up = anc[:n]
        within += np.bincount(up, minlength=n + 1)
        if level < len(levels) and levels[level] > 0:
            ok = active[up]
            earn += np.bincount(up[ok], weights=levels[level] * b[ok], minlength=n + 1)
    level_pay = earn[:n]
    positions = sum(comp.width ** k for k in range(1, comp.depth + 1))  # exact (Python int)
    full = within[:n] == positions if positions <= n else np.zeros(n, dtype=bool)
    cycles_now = full & net.active & ~net.cycled
    cycle_pay = np.where(cycles_now, float(comp.cycle_bonus), 0.0)
    cycled = net.cycled | cycles_now
    breakage = float(b.sum() * levels.sum() - level_pay.sum())
    return level_pay, cycle_pay, cycled, breakage, parents


def _stairstep(comp: StairstepComponent, plan: PayoutPlan, net: Network,
               rank: np.ndarray, rank_lo: np.ndarray | None = None) -> tuple[np.ndarray, float]:
    n = net.n
    b = net.basis(comp.basis)
    pct = _rank_table(comp.percent_by_rank, plan, 0.0) / 100.0
    gens = np.asarray(comp.generation_percents, dtype=np.float64) / 100.0
    top_pct = max(comp.percent_by_rank.values(), default=0.0) / 100.0
    breakaway = plan.rank_index()[comp.breakaway_rank] if comp.breakaway_rank is not None else None
    order = level_order(net)
    if order is not None and n:
        perm = order.perm
        earn_lo = _stairstep_sweep(net.in_level_order(_basis_column(comp.basis)), rank[perm] if rank_lo is None else rank_lo, pct, gens,
                                   breakaway, comp.own_volume, order)
        paid_total = float(earn_lo.sum())
        return order.to_member(earn_lo), float(b.sum() * (top_pct + gens.sum()) - paid_total)
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
    return earn, float(b.sum() * (top_pct + gens.sum()) - earn.sum())


def _stairstep_sweep(b: np.ndarray, rank: np.ndarray, pct: np.ndarray, gens: np.ndarray,
                     breakaway: int | None, own_volume: bool, order: LevelOrder) -> np.ndarray:
    """Stairstep pay of every member, all in level order, in one bottom-up sweep.

    The percentages of the rank table take a few distinct values v_0 = 0 < v_1 < ...; the
    volume that reaches member u on a differential walk is held by the value already paid on it
    (``held[i][u]``: the B whose walk has paid v_i), and the volume on a walk past a breakaway
    by the generations already paid (``gen[g][u]``). Level by level, deepest first, each member
    u with percentage p = v_k (0 without a rank: inactive members) earns (p - v_i) of
    ``held[i][u]`` for every i < k, and that volume has now paid p (i < k joins k); at the
    breakaway rank or higher u also earns ``generation_percents[g]`` of ``gen[g][u]``, which
    moves on as g + 1 (dropped after the last), and all of u's differential volume moves on as
    g = 0. A member's own B starts at v_0 at itself (``own_volume``) or at its sponsor. This is
    SPEC 10's walk up from every member, summed per member and walk state."""
    n = len(b)
    values = sorted(set(pct.tolist()))  # every percentage, 0 (no rank) included, ascending
    k_of = np.array([values.index(p) for p in pct.tolist()], dtype=np.int64)  # index -1: no rank
    n_gens = len(gens) if breakaway is not None else 0
    held = [np.zeros(n) for _ in values]
    gen = [np.zeros(n) for _ in range(n_gens)]
    earn = np.zeros(n)
    s = order.starts
    top = len(values) - 1
    for d in range(len(s) - 2, -1, -1):
        a, z = s[d], s[d + 1]
        r = rank[a:z]
        k = k_of[r]
        here = [h[a:z] for h in held]
        if own_volume:
            here[0] = here[0] + b[a:z]
        brk_all = (r >= breakaway) if breakaway is not None else None
        # only members with a percentage above 0 or a breakaway rank change anything: the others
        # (inactive members, ranks at 0 %) pass every walk on as it came
        ch = np.flatnonzero(k if brk_all is None else (k > 0) | brk_all)
        kc, pc = k[ch], pct[r[ch]]
        hc = [h[ch] for h in here]
        ec = np.zeros(len(ch))
        for i, v in enumerate(values[:-1]):
            gain = kc > i
            if gain.any():
                ec += np.where(gain, (pc - v) * hc[i], 0.0)
        brk = brk_all[ch] if brk_all is not None else None
        gen_here = [g[a:z] for g in gen]
        gc = [g[ch] for g in gen_here]
        if brk is not None:
            for g, rate in enumerate(gens.tolist()):
                if rate:
                    ec += np.where(brk, gc[g], 0.0) * rate
        earn[a + ch] = ec
        if d == 0:
            break
        # the differential volume after u: value i < k has paid v_k now
        total = hc[0]
        for i in range(len(values)):
            if i:
                total = total + hc[i]
            if i == top and breakaway is None:
                continue  # has paid the highest percentage: nothing more to earn on it
            out_c = np.where(kc == i, total, np.where(kc > i, 0.0, hc[i]))
            if brk is not None:
                out_c = np.where(brk, 0.0, out_c)
            out = here[i].copy()
            out[ch] = out_c
            if i == 0 and not own_volume:
                out += b[a:z]
            order.push(held[i], d, out)
        if brk is not None and n_gens:
            # past u: u's generation volume one generation on, u's differential volume at 0
            for g in range(n_gens - 1, -1, -1):
                out = gen_here[g].copy()
                out[ch] = np.where(brk, gc[g - 1] if g else total, gc[g])
                order.push(gen[g], d, out)
    return earn


def _fixed_levels(net: Network, who: np.ndarray, amounts: np.ndarray,
                  active: np.ndarray) -> tuple[np.ndarray, float]:
    """Pay amounts[l-1][i] to the l-th upline of member who[i] when active; returns (earn, lost)."""
    n = net.n
    earn = np.zeros(n + 1)
    lost = 0.0
    anc = who
    col = np.arange(len(who))  # which of who each walk is
    sponsor = net.sponsor
    small = 16 * len(who) <= n  # a few new members (the simulation's monthly joiners): no n-long count
    for level in range(amounts.shape[0]):
        anc = sponsor[anc]
        exists = anc != n
        if not exists.all():  # walks past the top end
            anc, col = anc[exists], col[exists]
        if not len(anc):
            break
        amount = amounts[level][col]
        ok = active[anc]
        if small or not level:  # the first level adds to zeros: the same sums as a bincount
            np.add.at(earn, anc[ok], amount[ok])
        else:
            earn += np.bincount(anc[ok], weights=amount[ok], minlength=n + 1)
        lost += float(amount[~ok].sum())
    return earn[:n], lost


def _fast_start(comp: FastStartComponent, net: Network, active: np.ndarray) -> tuple[np.ndarray, float]:
    b = net.basis(comp.basis)
    who = np.nonzero(net.months_since_join < comp.months)[0]
    percents = np.asarray(comp.percents, dtype=np.float64) / 100.0
    amounts = percents[:, None] * b[who][None, :]
    earn, _ = _fixed_levels(net, who, amounts, active)
    return earn, float(b[who].sum() * percents.sum() - earn.sum())


def _recruit_bonus(comp: RecruitBonusComponent, net: Network,
                   active: np.ndarray) -> tuple[np.ndarray, float]:
    who = np.nonzero(net.months_since_join == 0)[0]
    amounts = np.repeat(np.asarray(comp.amounts, dtype=np.float64)[:, None], len(who), axis=1)
    return _fixed_levels(net, who, amounts, active)


def _rank_bonus(comp: RankBonusComponent, plan: PayoutPlan, rank: np.ndarray) -> np.ndarray:
    table = _rank_table(comp.amount_by_rank, plan, 0.0)
    table[-1] = 0.0
    pay: np.ndarray = table[rank]
    return pay


def _matching(comp: MatchingComponent, plan: PayoutPlan, net: Network, rank: np.ndarray,
              active_ext: "_ActiveExt", matched: np.ndarray, rank_lo: np.ndarray | None = None) -> np.ndarray:
    n = net.n
    order = level_order(net)
    if order is not None and n:
        # what the members k levels below earned, summed one level up at a time
        perm, ppos = order.perm, order.ppos
        ok = net.in_level_order("active")
        if comp.min_rank is not None:
            ok = ok & ((rank[perm] if rank_lo is None else rank_lo) >= plan.rank_index()[comp.min_rank])
        paid = np.flatnonzero(ok)  # those who qualify (often few): earn only there
        below = matched[perm]
        earn_q = np.zeros(len(paid))
        for percent in comp.percents:
            below = np.bincount(ppos, weights=below, minlength=n + 1)[:n]
            if percent > 0:
                earn_q += below[paid] * (percent / 100.0)
        earn = np.zeros(n)
        earn[perm[paid]] = earn_q
        return earn
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


__all__ = ["compute", "dump_json", "push_levels", "level_sums", "uses_level_sums", "qualify", "binary_legs", "PayoutResult", "MATCHED"]
