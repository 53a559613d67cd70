"""The live part of the simulated network: what the population simulation hands the payout engine.

A participant is *live* in a month when someone in their sponsor subtree (themselves included) is
still active. Someone who is not live can never be paid again (they are inactive), never adds
volume (nobody below them is active), and never gets a new recruit (recruits join under active
sponsors), so they and their whole subtree can be left out of the network the engine pays
without changing anyone's pay: every ancestor of a live participant is live too, so levels,
generations and depths stay as they were (quitters "still count as a level"). This module owns
that compacted network: :class:`LiveNetwork` keeps the members still handed to the engine (those
live at the last re-index and everyone who joined since), their sponsors and depths in compact
numbering and the engine's level structure for them (levels by depth, each member's sponsor's
place in the level above), updated as people join; :meth:`LiveNetwork.reindex` drops the dead
ones when they have become too large a share.

Which plans: only plans whose every component pays along the sponsor line from the active
members' volume (unilevel, stairstep, matching, fast start, recruit bonus, rank bonus). A binary
plan's legs and carry-over, and a matrix's placement tree (spillover places people under other
sponsors' subtrees) and cycle state, are not covered by the sponsor-subtree argument, so for a
plan with either the simulation hands the engine everyone who ever joined (see
:func:`prunable`).

Exactness: every member's pay is the same bit for bit, because the engine adds each member's
contributions one by one in member or level order and a dead subtree only ever contributes exact
zeros. Totals the engine sums with ``np.sum`` (its breakage figures) are sums over fewer zeros
and may differ in the last bit, never in a printed cent. The simulation sums the pay by component
over everyone who ever joined, as before.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .payout.network import LevelOrder

# "auto": re-index when the live part falls below REINDEX_BELOW of what the engine is handed;
# "always": re-index every month (tests); "never": always hand the engine everyone ever joined.
MODE = "never"
REINDEX_BELOW = 0.8

# Component types whose pay a dead sponsor subtree cannot change (see the module docstring).
PRUNABLE = frozenset({"unilevel", "stairstep", "matching", "fast_start", "recruit_bonus", "rank_bonus"})


def prunable(payout: Any) -> bool:
    """Whether the simulation may hand the engine only the live network for this PayoutPlan."""
    return payout is not None and all(c.type in PRUNABLE for c in payout.components)


def _append(arr: np.ndarray, more: np.ndarray) -> np.ndarray:
    return more.astype(arr.dtype, copy=False) if not len(arr) else np.concatenate([arr, more])


class LiveNetwork:
    """The members handed to the engine, in compact numbering (increasing participant number).

    ``ids[c]`` is compact member c's participant number; ``cindex[i]`` the compact number of
    participant i (valid for those kept); ``sponsor`` and ``depth`` per compact member (the
    top's sponsor is -1); ``levels[d]`` the compact members at depth d in joining order and
    ``local[d]`` each one's sponsor's index within ``levels[d - 1]``; ``lmap[d]`` maps a
    participant's index within the simulation's level d to its index within ``levels[d]``."""

    def __init__(self) -> None:
        self.ids = np.zeros(0, dtype=np.int64)
        self.cindex = np.zeros(0, dtype=np.int64)
        self.sponsor = np.zeros(0, dtype=np.int64)
        self.depth = np.zeros(0, dtype=np.int32)
        self.levels: list[np.ndarray] = []
        self.local: list[np.ndarray] = []
        self.lmap: list[np.ndarray] = []
        self.synced = 0  # participants 0 .. synced - 1 have been seen
        self.seen: list[int] = []  # per level: how many of the simulation's level d were seen
        self.reindexed = False  # whether anyone has been dropped yet

    @property
    def size(self) -> int:
        return len(self.ids)

    def sync(self, n: int, sponsor: np.ndarray, depth: np.ndarray, by_depth: list[np.ndarray],
             by_depth_lpos: list[np.ndarray]) -> None:
        """Append the participants who joined since the last call (``synced .. n - 1``; their
        sponsors were active, so they are kept), from the simulation's arrays and levels."""
        if n == self.synced:
            return
        new = np.arange(self.synced, n)
        if len(self.cindex) < n:
            bigger = np.empty(max(n, 2 * len(self.cindex)), dtype=np.int64)
            bigger[: len(self.cindex)] = self.cindex
            self.cindex = bigger
        self.cindex[new] = self.size + np.arange(len(new))
        sp = sponsor[new]
        csp = np.where(sp >= 0, self.cindex[np.maximum(sp, 0)], -1)
        self.ids = _append(self.ids, new)
        self.sponsor = _append(self.sponsor, csp)
        self.depth = _append(self.depth, depth[new])
        for d, members in enumerate(by_depth):
            if d == len(self.levels):
                self.levels.append(np.zeros(0, dtype=np.int64))
                self.local.append(np.zeros(0, dtype=np.int64))
                self.lmap.append(np.zeros(0, dtype=np.int64))
                self.seen.append(0)
            seen = self.seen[d]
            if seen == len(members):
                continue
            fresh = members[seen:]
            loc = self.lmap[d - 1][by_depth_lpos[d][seen:]] if d else np.zeros(len(fresh), dtype=np.int64)
            start = len(self.levels[d])
            self.levels[d] = _append(self.levels[d], self.cindex[fresh])
            self.local[d] = _append(self.local[d], loc)
            self.lmap[d] = _append(self.lmap[d], start + np.arange(len(fresh)))
            self.seen[d] = len(members)
        self.synced = n

    def live(self, active: np.ndarray) -> np.ndarray:
        """Per compact member: whether someone in its subtree is active (``active``: per
        compact member), one level at a time from the deepest up."""
        live = active.copy()
        for d in range(len(self.levels) - 1, 0, -1):
            members = self.levels[d]
            if not len(members):
                continue
            up = self.sponsor[members[live[members]]]
            live[up] = True
        return live

    def reindex(self, keep: np.ndarray) -> None:
        """Keep only the compact members where ``keep`` (an ancestor-closed set: the live)."""
        new_of = np.cumsum(keep) - 1  # old compact number -> new, valid where kept
        kept = np.flatnonzero(keep)
        self.ids = self.ids[kept]
        self.cindex[self.ids] = np.arange(len(kept))
        sp = self.sponsor[kept]
        self.sponsor = np.where(sp >= 0, new_of[np.maximum(sp, 0)], -1)
        self.depth = self.depth[kept]
        prev_pos: np.ndarray | None = None
        for d, members in enumerate(self.levels):
            k = keep[members]
            pos = np.cumsum(k) - 1  # index within the old level -> within the new one
            self.local[d] = prev_pos[self.local[d][k]] if prev_pos is not None else self.local[d][k]
            self.levels[d] = new_of[members[k]]
            # the simulation's index -> the new level index (for the dropped: any, never used)
            self.lmap[d] = pos[self.lmap[d]] if len(pos) else np.zeros_like(self.lmap[d])
            prev_pos = pos
        self.reindexed = True

    def structure(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """The levels and their sponsors' places in the level above, without trailing empty
        levels (the deepest live member's level ends the tree the engine sees)."""
        depth = len(self.levels)
        while depth and not len(self.levels[depth - 1]):
            depth -= 1
        return self.levels[:depth], self.local[:depth]

    def level_order(self) -> LevelOrder:
        levels, local = self.structure()
        return LevelOrder.from_levels(levels, local)
