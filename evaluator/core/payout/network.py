"""One period's network of members as numpy arrays, the input of the payout engine (SPEC 10).

Owns :class:`Network`: members in join order (index 0 joined first), every per-member column of
TREE.csv as one array, and the derived structure the engine needs (depth in the sponsor tree,
subtree sums, k-th ancestors). The population simulation builds one per simulated month from its
own arrays with :meth:`Network.build`, so nothing here loops in Python over members except the
rare tree deeper than :data:`DEEP_TREE` levels.

Conventions: a member is an index ``0 .. n-1``; the index ``n`` is a sentinel "nobody" (the
sponsor of the top member, and its own sponsor), inactive, with zero volume, so a walk up the tree
can step past the top without special cases. Arrays of per-member results therefore often have
``n + 1`` entries; the last one is dropped before reporting.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

NO_RANK = -1  # rank index meaning "no given rank" (qualify) or "no rank"
AUTO = -1  # placement: placed by the rules; leg: automatic L/R
LEG_AUTO, LEG_LEFT, LEG_RIGHT = 0, 1, 2
DEFAULT_MONTHS_SINCE_JOIN = 99
# A tree with more levels than this sums subtrees with one Python pass instead of one numpy
# call per level (a 1,000,000-member chain would otherwise make a million tiny numpy calls).
DEEP_TREE = 5_000
# Below this many members the group volume and the ranks are summed in member order (building
# the level order would cost more than it saves); the sweeps use the level order at any size.
SMALL_NETWORK = 100_000
INT16_MAX = 32767  # np.iinfo(np.int16).max, which takes ~10 us to ask each time


@dataclass
class Network:
    """Members in join order; ``sponsor[i] < i`` for every member but the top (``sponsor = n``)."""

    ids: Sequence[str]  # a list, or NumberIds ("0", "1", ...) made only when asked for
    sponsor: np.ndarray  # int64, n; the top member's sponsor is n (the sentinel)
    volume: np.ndarray  # float64, commissionable volume this period
    customer_volume: np.ndarray  # float64, the part of volume from outside customers
    active: np.ndarray  # bool
    months_since_join: np.ndarray  # int64, 0 = joined this period
    rank: np.ndarray  # int64, given paid-as rank index or NO_RANK (qualify by SPEC 8.1)
    placement: np.ndarray  # int64, matrix parent given in the file or AUTO
    leg: np.ndarray  # int8, LEG_AUTO / LEG_LEFT / LEG_RIGHT
    carry_left: np.ndarray  # float64, binary carry brought in
    carry_right: np.ndarray  # float64
    cycled: np.ndarray  # bool, matrix cycle bonus paid in an earlier period
    _cache: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def build(cls, sponsor: Any, volume: Any, customer_volume: Any = None, active: Any = None,
              months_since_join: Any = None, rank: Any = None, placement: Any = None, leg: Any = None,
              carry_left: Any = None, carry_right: Any = None, cycled: Any = None,
              ids: Sequence[str] | None = None) -> "Network":
        """A network from arrays; ``sponsor`` uses -1 (or n) for the top. Absent columns take
        their defaults (customer volume 0, everyone active, joined 99 months ago, ranks by
        qualification, automatic placement and legs, no carry, never cycled). No checks beyond
        shapes: the TREE.csv reader validates files, the simulation builds valid arrays."""
        sponsor = np.asarray(sponsor, dtype=np.int64).copy()
        n = len(sponsor)
        sponsor[sponsor < 0] = n

        def col(value: Any, default: float | bool, dtype: Any) -> np.ndarray:
            if value is None:
                return np.full(n, default, dtype=dtype)
            arr: np.ndarray = np.asarray(value, dtype=dtype)
            if arr.shape != (n,):
                raise ValueError(f"column of shape {arr.shape}, expected ({n},)")
            return arr

        return cls(
            ids=NumberIds(n) if ids is None else list(ids),
            sponsor=sponsor,
            volume=col(volume, 0.0, np.float64),
            customer_volume=col(customer_volume, 0.0, np.float64),
            active=col(active, True, bool),
            months_since_join=col(months_since_join, DEFAULT_MONTHS_SINCE_JOIN, np.int64),
            rank=col(rank, NO_RANK, np.int64),
            placement=col(placement, AUTO, np.int64),
            leg=col(leg, LEG_AUTO, np.int8),
            carry_left=col(carry_left, 0.0, np.float64),
            carry_right=col(carry_right, 0.0, np.float64),
            cycled=col(cycled, False, bool),
        )

    @property
    def n(self) -> int:
        return len(self.sponsor)

    # ---- derived structure (cached; a Network is not changed after it is built) --------------

    def parent_ext(self) -> np.ndarray:
        """Sponsor array of length n + 1 whose sentinel n is its own sponsor."""
        if "parent" not in self._cache:
            self._cache["parent"] = np.append(self.sponsor, self.n)
        parent: np.ndarray = self._cache["parent"]
        return parent

    def depth(self) -> np.ndarray:
        """Depth in the sponsor tree (top = 0), by pointer doubling: log2(depth) numpy steps."""
        if "depth" not in self._cache:
            self._cache["depth"] = tree_depth(self.parent_ext())[: self.n]
        depth: np.ndarray = self._cache["depth"]
        return depth

    def levels(self) -> list[np.ndarray]:
        """Member indices grouped by depth: levels()[d] = members at depth d, in join order."""
        if "levels" not in self._cache:
            self._cache["levels"] = group_by_depth(self.depth())
        levels: list[np.ndarray] = self._cache["levels"]
        return levels

    def subtree_sum(self, values: np.ndarray) -> np.ndarray:
        """For each member: its value plus the values of everyone below it in the sponsor tree."""
        if self.prefers_level_order():
            order = self.level_order()
            out = np.empty(self.n)
            out[order.perm] = order.subtree_sum(values[order.perm])
            return out
        return subtree_sum(self.sponsor, values, self.levels())

    def prefers_level_order(self) -> bool:
        """Whether the level-order form pays off for a sum the member order can do as well
        (the same bits either way): for a large network, or once the level order is built, and
        never for a tree deeper than :data:`DEEP_TREE` levels."""
        if len(self.levels()) > DEEP_TREE:
            return False
        return self.n >= SMALL_NETWORK or "level_order" in self._cache

    def level_order(self) -> "LevelOrder":
        """The members level by level (see :class:`LevelOrder`); the simulation supplies it."""
        if "level_order" not in self._cache:
            make = self._cache.get("make_level_order")  # the simulation's, from what it keeps
            self._cache["level_order"] = make() if make is not None else LevelOrder.of(self.sponsor, self.levels())
        order: LevelOrder = self._cache["level_order"]
        return order

    def in_level_order(self, name: str) -> np.ndarray:
        """A column (``volume``, ``customer_volume``, ``active``) in :meth:`level_order`."""
        key = ("level_order", name)
        if key not in self._cache:
            self._cache[key] = getattr(self, name)[self.level_order().perm]
        col: np.ndarray = self._cache[key]
        return col

    def ancestor(self, k: int) -> np.ndarray:
        """The k-th upline (k >= 1) of every member and of the sentinel (length n + 1; n = none)."""
        key = ("anc", k)
        if key not in self._cache:
            parent = self.parent_ext()
            self._cache[key] = parent if k == 1 else parent[self.ancestor(k - 1)]
        anc: np.ndarray = self._cache[key]
        return anc

    def basis(self, basis: str) -> np.ndarray:
        """B(x) of SPEC 10: volume (all_volume) or customer_volume (customer_volume)."""
        return self.customer_volume if basis == "customer_volume" else self.volume


@dataclass(frozen=True)
class LevelOrder:
    """The members laid out level by level: depth 0 first, join order within a level.

    ``perm[k]`` is the member at position k, level d holds the positions ``starts[d] ..
    starts[d + 1] - 1``, and ``ppos[k]`` is the position of that member's sponsor (n for the
    top). A sponsor sits in the level just above, so adding every member's value to its sponsor
    (one ``np.add.at`` or ``bincount`` over ``ppos``) touches one level's stretch of memory at a
    time instead of the whole network at random; and since positions within a level follow join
    order, ``values[perm]`` reads each level in increasing index order. The engine's
    bottom-up sweeps (subtree sums, unilevel with compression, stairstep) work in this order, a
    level at a time, deepest first: a member's whole downline is done before the member."""

    perm: np.ndarray  # int64, n
    starts: list[int]  # len(levels) + 1 offsets
    lpos: np.ndarray  # int64, n: the sponsor's index within the level above (0 for the top level)
    ppos: np.ndarray  # int64, n: the sponsor's position, n for the top level

    @classmethod
    def of(cls, sponsor: np.ndarray, levels: list[np.ndarray]) -> "LevelOrder":
        """From the sponsor array (top: n) and the members grouped by depth."""
        n = len(sponsor)
        perm = np.concatenate(levels) if levels else np.zeros(0, dtype=np.int64)
        pos = np.empty(n + 1, dtype=np.int64)
        pos[perm] = np.arange(n)
        pos[n] = n
        starts = [0] + np.cumsum([len(level) for level in levels]).tolist()
        ppos = pos[sponsor[perm]]
        lpos = ppos - np.repeat([0] + starts[:-2], [len(level) for level in levels])
        if levels:
            lpos[: starts[1]] = 0
        return cls(perm=perm, starts=starts, lpos=lpos, ppos=ppos)

    @classmethod
    def from_levels(cls, levels: list[np.ndarray], local_parents: list[np.ndarray]) -> "LevelOrder":
        """From the members grouped by depth and, per level, each member's sponsor's index
        within the level above (what the simulation keeps as people join)."""
        sizes = [len(level) for level in levels]
        n = sum(sizes)
        starts = [0] + np.cumsum(sizes).tolist()
        perm = np.concatenate(levels) if levels else np.zeros(0, dtype=np.int64)
        lpos = np.concatenate(local_parents) if levels else np.zeros(0, dtype=np.int64)
        if n < SMALL_NETWORK and levels:  # small: one n-long offsets array, not a call per level
            ppos = lpos + np.repeat(np.asarray([0] + starts[:-2], dtype=np.int64), sizes)
            ppos[: starts[1]] = n
            return cls(perm=perm, starts=starts, lpos=lpos, ppos=ppos)
        ppos = np.empty(n, dtype=np.int64)  # level by level: no n-long offsets array
        if levels:
            ppos[: starts[1]] = n
        for d in range(1, len(levels)):
            np.add(lpos[starts[d]:starts[d + 1]], starts[d - 1], out=ppos[starts[d]:starts[d + 1]])
        return cls(perm=perm, starts=starts, lpos=lpos, ppos=ppos)

    def push(self, target: np.ndarray, d: int, values: np.ndarray) -> None:
        """Add the values of level d's members (d >= 1, in level order) to their sponsors'
        entries of ``target`` (a level-order array): ``np.add.at`` on the level above only,
        whose cost follows that level's size, not the network's."""
        s = self.starts
        np.add.at(target[s[d - 1]:s[d]], self.lpos[s[d]:s[d + 1]], values)

    def subtree_sum(self, values: np.ndarray) -> np.ndarray:
        """Subtree sums of values given in level order, in level order. The same additions in
        the same order as :func:`subtree_sum` (each sponsor's own value, then its recruits' sums
        in join order), so the same bits."""
        out = np.array(values, dtype=np.float64)
        s, lpos, add_at = self.starts, self.lpos, np.add.at
        for d in range(len(s) - 2, 0, -1):  # push(out, d, ...) written out: a call fewer per level
            a, z = s[d], s[d + 1]
            add_at(out[s[d - 1]:a], lpos[a:z], out[a:z])
        return out

    def to_member(self, values: np.ndarray) -> np.ndarray:
        """Values in level order put back in member order."""
        out = np.empty(len(values), dtype=values.dtype)
        out[self.perm] = values
        return out


class NumberIds(Sequence[str]):
    """The ids "0", "1", ..., "n-1" without making n strings (the simulation builds a network
    every month and never asks for them)."""

    def __init__(self, n: int) -> None:
        self._n = n

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [str(k) for k in range(self._n)[i]]
        if not -self._n <= i < self._n:
            raise IndexError(i)
        return str(i % self._n)

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    def __hash__(self) -> int:
        return hash(self._n)


def tree_depth(parent: np.ndarray) -> np.ndarray:
    """Depth of each node of a forest given as a parent array whose roots point at the sentinel
    (the last index, which points at itself); the sentinel gets -1 + 1 = depth of nothing."""
    sentinel = len(parent) - 1
    anc = parent.copy()
    dist: np.ndarray = (anc != sentinel).astype(np.int64)
    dist[sentinel] = 0
    # every node at each step, not only those not done: a done node's ancestor is the sentinel,
    # whose distance is 0 and ancestor itself, so it adds 0 and stays (the same integers,
    # without the slow masked reads and writes)
    while (anc != sentinel).any():
        dist += dist[anc]
        anc = anc[anc]
    return dist


def group_by_depth(depth: np.ndarray) -> list[np.ndarray]:
    if len(depth) == 0:
        return []
    counts = np.bincount(depth)
    if len(counts) <= INT16_MAX:  # a stable sort of 16-bit keys is a radix sort
        depth = depth.astype(np.int16)
    order = np.argsort(depth, kind="stable")
    return np.split(order, np.cumsum(counts)[:-1])


def subtree_sum(parent: np.ndarray, values: np.ndarray, levels: list[np.ndarray]) -> np.ndarray:
    """Each node's value plus its descendants' (parent[i] < i; roots point at len(values)).

    One ``np.add.at`` per depth level, deepest first; a very deep tree uses a plain loop."""
    n = len(values)
    out = np.zeros(n + 1, dtype=np.float64)
    out[:n] = values
    if len(levels) > DEEP_TREE:
        acc = out.tolist()
        par = parent.tolist()
        for i in range(n - 1, -1, -1):
            acc[par[i]] += acc[i]
        return np.asarray(acc[:n])
    for nodes in reversed(levels[1:]):
        np.add.at(out, parent[nodes], out[nodes])
    return out[:n]


# Arrays at least this long are taken from :func:`reused_array`'s pool: on this machine a fresh
# array of tens of megabytes costs more in page faults (and, with transparent huge pages, in
# compaction stalls) than the arithmetic on it, and the engine makes a few every month.
REUSE_FROM = 1 << 20
_POOL: dict[tuple[str, Any], list[np.ndarray]] = {}
_POOL_LOCK = threading.Lock()
_POOL_KEEP = 4  # buffers kept per key (a compute() may hold several results of one key at once)
_room = 0  # see reserve_reused_arrays
_probe = [np.empty(1)]
_FREE_REFS = sys.getrefcount(_probe[0])  # what getrefcount says of an array only a list holds
del _probe


def reused_array(key: str, n: int, dtype: Any) -> np.ndarray:
    """An uninitialised array of n entries (like ``np.empty``), for n >= :data:`REUSE_FROM`
    made in a buffer that nobody uses any more: the pool keeps a few buffers per ``key`` and
    hands one out only while the pool's own list holds the only reference to it (each array
    handed out is a view of its buffer, so the buffer stays taken for as long as that array or
    any view of it lives). Buffers are made a quarter larger than asked, for networks that grow
    month by month, and at least as large as :func:`reserve_reused_arrays` said. Smaller arrays
    are plain ``np.empty``."""
    if n < REUSE_FROM:
        return np.empty(n, dtype=dtype)
    with _POOL_LOCK:
        bufs = _POOL.setdefault((key, np.dtype(dtype)), [])
        for i in range(len(bufs)):
            if sys.getrefcount(bufs[i]) == _FREE_REFS:  # only the list holds it
                if len(bufs[i]) >= n:
                    out: np.ndarray = bufs[i][:n]
                    return out
                bufs[i] = np.empty(_room_for(n), dtype=dtype)  # too small: a bigger one instead
                out = bufs[i][:n]
                return out
        buf = np.empty(_room_for(n), dtype=dtype)
        if len(bufs) < _POOL_KEEP:
            bufs.append(buf)
        out = buf[:n]
        return out


def _room_for(n: int) -> int:
    return n + n // 4 if _room <= n else _room


def reserve_reused_arrays(n: int) -> None:
    """Make the pool's new buffers room for ``n`` entries at least (the simulation says how
    many participants its arrays have room for): a network that grows month by month then
    gets one buffer per key, not a bigger one every few months. Only pages written are ever
    faulted in, so the room costs address space, not memory. Cleared by
    :func:`release_reused_arrays`."""
    global _room
    with _POOL_LOCK:
        _room = max(_room, int(n))


def release_reused_arrays() -> None:
    """Forget the pool's buffers (the simulation calls this when a run ends): an array still in
    use keeps its own buffer alive, and the next run starts a new pool. So a large run does not
    keep hundreds of megabytes for the rest of the app's life."""
    global _room
    with _POOL_LOCK:
        _POOL.clear()
        _room = 0


__all__ = ["Network", "LevelOrder", "NumberIds", "NO_RANK", "AUTO", "LEG_AUTO", "LEG_LEFT", "LEG_RIGHT",
           "DEFAULT_MONTHS_SINCE_JOIN", "tree_depth", "group_by_depth", "subtree_sum", "reused_array",
           "reserve_reused_arrays", "release_reused_arrays"]
