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
CHECK_EVERY = 3  # months between checks of the live share (each is a pass over the network)

# Component types whose pay a dead sponsor subtree cannot change (see the module docstring).
PRUNABLE = frozenset({"unilevel", "stairstep", "matching", "fast_start", "recruit_bonus", "rank_bonus"})


def prunable(payout: Any) -> bool:
    """Whether the simulation may hand the engine only the live network for this PayoutPlan."""
    return payout is not None and all(c.type in PRUNABLE for c in payout.components)


class _Grow:
    """An array appended to in place (room doubles as needed); ``view`` is its used part."""

    def __init__(self, dtype: Any) -> None:
        self.buf = np.zeros(0, dtype=dtype)
        self.view = self.buf

    def extend(self, more: np.ndarray) -> np.ndarray:
        used = len(self.view)
        if used + len(more) > len(self.buf):
            bigger = np.empty(max(64, 2 * len(self.buf), used + len(more)), dtype=self.buf.dtype)
            bigger[:used] = self.view
            self.buf = bigger
        self.buf[used:used + len(more)] = more
        self.view = self.buf[:used + len(more)]
        return self.view

    def replace(self, values: np.ndarray) -> np.ndarray:
        """Start again from these values (a re-index)."""
        self.buf = np.array(values, dtype=self.buf.dtype)
        self.view = self.buf
        return self.view


class LiveNetwork:
    """The members handed to the engine, in compact numbering (increasing participant number).

    ``ids[c]`` is compact member c's participant number; ``cindex[i]`` the compact number of
    participant i (valid for those kept); ``sponsor`` and ``depth`` per compact member (the
    top's sponsor is -1); ``levels[d]`` the compact members at depth d in joining order and
    ``local[d]`` each one's sponsor's index within ``levels[d - 1]``; ``lmap[d]`` maps a
    participant's index within the simulation's level d to its index within ``levels[d]``.
    All of them are appended to in place as people join."""

    def __init__(self) -> None:
        self._ids, self._sponsor, self._depth = _Grow(np.int64), _Grow(np.int64), _Grow(np.int32)
        self.cindex = np.zeros(0, dtype=np.int64)
        self._levels: list[_Grow] = []
        self._local: list[_Grow] = []
        self._lmap: list[_Grow] = []
        self.synced = 0  # participants 0 .. synced - 1 have been seen
        self.seen: list[int] = []  # per level: how many of the simulation's level d were seen
        self.reindexed = False  # whether anyone has been dropped yet

    @property
    def ids(self) -> np.ndarray:
        return self._ids.view

    @property
    def sponsor(self) -> np.ndarray:
        return self._sponsor.view

    @property
    def depth(self) -> np.ndarray:
        return self._depth.view

    @property
    def levels(self) -> list[np.ndarray]:
        return [g.view for g in self._levels]

    @property
    def size(self) -> int:
        return len(self._ids.view)

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
        self._sponsor.extend(np.where(sp >= 0, self.cindex[np.maximum(sp, 0)], -1))
        self._ids.extend(new)
        self._depth.extend(depth[new])
        for d, members in enumerate(by_depth):
            if d == len(self._levels):
                self._levels.append(_Grow(np.int64))
                self._local.append(_Grow(np.int64))
                self._lmap.append(_Grow(np.int64))
                self.seen.append(0)
            seen = self.seen[d]
            if seen == len(members):
                continue
            fresh = members[seen:]
            loc = self._lmap[d - 1].view[by_depth_lpos[d][seen:]] if d else np.zeros(len(fresh), dtype=np.int64)
            start = len(self._levels[d].view)
            self._levels[d].extend(self.cindex[fresh])
            self._local[d].extend(loc)
            self._lmap[d].extend(start + np.arange(len(fresh)))
            self.seen[d] = len(members)
        self.synced = n

    def live(self, active: np.ndarray) -> np.ndarray:
        """Per compact member: whether someone in its subtree is active (``active``: per
        compact member), one level at a time from the deepest up."""
        live = active.copy()
        sponsor = self.sponsor
        for level in reversed(self._levels[1:]):
            members = level.view
            if len(members):
                live[sponsor[members[live[members]]]] = True
        return live

    def reindex(self, keep: np.ndarray) -> None:
        """Keep only the compact members where ``keep`` (an ancestor-closed set: the live)."""
        new_of = np.cumsum(keep) - 1  # old compact number -> new, valid where kept
        kept = np.flatnonzero(keep)
        ids = self._ids.replace(self.ids[kept])
        self.cindex[ids] = np.arange(len(kept))
        sp = self.sponsor[kept]
        self._sponsor.replace(np.where(sp >= 0, new_of[np.maximum(sp, 0)], -1))
        self._depth.replace(self.depth[kept])
        prev_pos: np.ndarray | None = None
        for d, level in enumerate(self._levels):
            members = level.view
            k = keep[members]
            pos = np.cumsum(k) - 1  # index within the old level -> within the new one
            local = self._local[d].view[k]
            self._local[d].replace(prev_pos[local] if prev_pos is not None else local)
            level.replace(new_of[members[k]])
            # the simulation's index -> the new level index (for the dropped: any, never used)
            lmap = self._lmap[d].view
            self._lmap[d].replace(pos[lmap] if len(pos) else np.zeros_like(lmap))
            prev_pos = pos
        self.reindexed = True

    def structure(self) -> tuple[list[np.ndarray], list[np.ndarray]]:
        """The levels and their sponsors' places in the level above, without trailing empty
        levels (the deepest live member's level ends the tree the engine sees)."""
        depth = len(self._levels)
        while depth and not len(self._levels[depth - 1].view):
            depth -= 1
        return [g.view for g in self._levels[:depth]], [g.view for g in self._local[:depth]]

    def level_order(self) -> LevelOrder:
        levels, local = self.structure()
        return LevelOrder.from_levels(levels, local)
