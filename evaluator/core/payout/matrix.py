"""Forced-matrix placement (SPEC 10): where each member sits in the placement tree.

Owns :func:`place_matrix`. Members without an explicit ``placement`` are placed in id order at
the first open position of their sponsor's placement subtree, breadth first, left to right, each
position holding at most ``width`` children; the top member is the root. This is the one
inherently sequential rule, kept O(n) amortised: every sponsor who recruits keeps the frontier of
a lazy breadth-first walk of its own subtree, whose head is always its first open position
(a position, once full, stays full, so the head only moves forward). The frontier is dropped after
the sponsor's last automatically placed recruit.

An explicit placement must name an earlier member inside the sponsor's placement subtree with
fewer than ``width`` children; the subtree test runs vectorised at the end (ancestry in the
placement tree never changes once a member is placed).
"""

from __future__ import annotations

from collections import deque

import numpy as np

from .network import AUTO, Network, tree_depth

# Problem codes for explicit placements (the TREE.csv reader turns them into row messages).
TOP_PLACED = "placement_top"
NOT_EARLIER = "placement_not_earlier"
FULL = "placement_full"
OUTSIDE = "placement_outside"


class PlacementError(ValueError):
    """Explicit placements that break the rules: ``problems`` = [(member index, code)]."""

    def __init__(self, problems: list[tuple[int, str]]):
        self.problems = problems
        super().__init__(f"{len(problems)} invalid matrix placement(s)")


def place_matrix(net: Network, width: int) -> np.ndarray:
    """Placement parent of every member (-1 for the top); raises :class:`PlacementError`.

    Cached on the network, so the reader's check and the engine's pay place only once."""
    key = ("matrix_placement", width)
    if key in net._cache:
        cached: np.ndarray = net._cache[key]
        return cached
    n = net.n
    sponsor = net.sponsor
    given = net.placement
    problems: list[tuple[int, str]] = []
    if n and given[0] != AUTO:
        problems.append((0, TOP_PLACED))
    explicit = np.nonzero(given != AUTO)[0]
    explicit = explicit[explicit > 0]
    if len(explicit) == n - 1 and n > 1:
        parents_arr, bad = _explicit_only(given, width)
        problems += bad
    else:
        parents, bad = _place(sponsor.tolist(), given.tolist(), width)
        problems += bad
        parents_arr = np.asarray(parents, dtype=np.int64)
    if len(explicit):
        bad_set = {i for i, _ in problems}
        check = np.array([i for i in explicit.tolist() if i not in bad_set], dtype=np.int64)
        if len(check):
            inside = _is_ancestor_or_self(parents_arr, sponsor[check], given[check])
            problems += [(int(i), OUTSIDE) for i in check[~inside]]
    if problems:
        problems.sort()
        raise PlacementError(problems)
    net._cache[key] = parents_arr
    return parents_arr


def _explicit_only(given: np.ndarray, width: int) -> tuple[np.ndarray, list[tuple[int, str]]]:
    """Every member but the top placed in the file: the structural checks, vectorised."""
    n = len(given)
    parents = given.copy()
    parents[0] = -1
    idx = np.arange(1, n)
    p = parents[1:]
    wrong = (p < 0) | (p >= idx)
    bad: list[tuple[int, str]] = [(int(i), NOT_EARLIER) for i in idx[wrong]]
    p[wrong] = 0  # keep a tree (no cycles) so that the other rows can still be checked
    # the (width+1)-th and later children of a position, in id order, find it full
    order = stable_order(p)
    sp = p[order]
    starts = np.r_[0, np.nonzero(np.diff(sp))[0] + 1]
    counts = np.diff(np.r_[starts, len(sp)])
    position = np.arange(len(sp)) - np.repeat(starts, counts)
    bad += [(int(i), FULL) for i in idx[order][position >= width]]
    return parents, bad


def stable_order(keys: np.ndarray) -> np.ndarray:
    """``np.argsort(keys, kind="stable")`` for non-negative integer keys below 2 ** 32, as one
    or two stable passes over 16-bit digits (numpy's radix sort): the same permutation (a stable
    sort is unique), several times faster than the merge sort 64-bit keys get."""
    if not len(keys) or int(keys.max()) >= 1 << 32 or int(keys.min()) < 0:
        result: np.ndarray = np.argsort(keys, kind="stable")
        return result
    low = (keys & 0xFFFF).astype(np.uint16)
    order: np.ndarray = np.argsort(low, kind="stable")
    if int(keys.max()) >> 16:
        high = (keys >> 16).astype(np.uint16)
        order = order[np.argsort(high[order], kind="stable")]
    return order


def _place(sponsor: list[int], given: list[int], width: int) -> tuple[list[int], list[tuple[int, str]]]:
    n = len(sponsor)
    parents = [-1] * n
    count = [0] * n
    children: list[list[int] | None] = [None] * n
    bad: list[tuple[int, str]] = []
    last_auto = _last_auto(sponsor, given)
    frontiers: dict[int, deque[int]] = {}
    for i in range(1, n):
        p = given[i]
        if p != AUTO:
            if not 0 <= p < i:
                bad.append((i, NOT_EARLIER))
                p = AUTO
            elif count[p] >= width:
                bad.append((i, FULL))
                p = AUTO
        if p == AUTO:
            s = sponsor[i]
            if count[s] < width:
                p = s  # the sponsor's own position is open: the head of its frontier (no frontier yet)
            else:
                p = _open_position(frontiers, s, count, children, width)
                if last_auto[s] == i:
                    del frontiers[s]
        parents[i] = p
        count[p] += 1
        kids = children[p]
        if kids is None:
            children[p] = [i]
        else:
            kids.append(i)
    return parents, bad


def _last_auto(sponsor: list[int], given: list[int]) -> list[int]:
    """Per member, its last recruit placed automatically (-1 for none)."""
    n = len(sponsor)
    last = np.full(n + 1, -1, dtype=np.int64)
    auto = np.flatnonzero(np.asarray(given, dtype=np.int64) == AUTO)
    auto = auto[auto > 0]
    np.maximum.at(last, np.asarray(sponsor, dtype=np.int64)[auto], auto)
    result: list[int] = last.tolist()
    return result


def _open_position(frontiers: dict[int, deque[int]], s: int, count: list[int],
                   children: list[list[int] | None], width: int) -> int:
    """The first open position of ``s``'s placement subtree (breadth first, left to right): the
    head of ``s``'s lazy breadth-first frontier once the full positions are passed. A
    position, once full, stays full, so the head only moves forward; while ``s`` itself is
    open it is the head, and the frontier is made only once ``s`` is full."""
    q = frontiers.get(s)
    if q is None:
        q = frontiers[s] = deque((s,))
    while count[q[0]] >= width:
        q.extend(children[q.popleft()] or ())  # a full position has all its children
    return q[0]


class MatrixPlacer:
    """The same automatic placement as :func:`place_matrix`, kept between calls: the population
    simulation places each month's joiners (every placement automatic, in id order) without
    placing the earlier members again. ``parents`` grows with every call (-1 for the top)."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.parents: list[int] = []
        self.count: list[int] = []
        self.children: list[list[int] | None] = []
        self.frontiers: dict[int, deque[int]] = {}

    def add(self, sponsors: list[int]) -> list[int]:
        """Place new members (the next ids, in order) under these sponsors (-1: the top)."""
        width, count, children, frontiers = self.width, self.count, self.children, self.frontiers
        start = len(self.parents)
        placed: list[int] = []
        for k, s in enumerate(sponsors):
            i = start + k
            count.append(0)
            children.append(None)
            if s < 0:
                p = -1
            else:
                p = s if count[s] < width else _open_position(frontiers, s, count, children, width)
                count[p] += 1
                kids = children[p]
                if kids is None:
                    children[p] = [i]
                else:
                    kids.append(i)
            placed.append(p)
        self.parents += placed
        return placed


def _is_ancestor_or_self(parents: np.ndarray, top: np.ndarray, node: np.ndarray) -> np.ndarray:
    """For each pair: is top[i] node[i] itself or one of its ancestors in the placement tree?"""
    n = len(parents)
    parent = np.append(parents, n)
    parent[parent < 0] = n
    depth = tree_depth(parent)
    steps = depth[node] - depth[top]
    ok = steps >= 0
    cur = node.copy()
    k = np.where(ok, steps, 0)
    jump = parent.copy()
    while (k > 0).any():
        odd = (k & 1) == 1
        cur[odd] = jump[cur[odd]]
        k >>= 1
        if (k > 0).any():
            jump = jump[jump]
    inside: np.ndarray = ok & (cur == top)
    return inside


__all__ = ["place_matrix", "MatrixPlacer", "stable_order", "PlacementError", "TOP_PLACED", "NOT_EARLIER", "FULL", "OUTSIDE"]
