"""The ``rank_bonus`` plan component: a fixed amount each month at your paid-as rank (SPEC 3, 5,
8.1). The rank comes from the plan's rank table: the highest-listed rank whose group volume and
legs you reach."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import tr
from .components import RankBonusComponent
from .registry import MonthState, SimStep, SplitSums, register
from .volume import FixedBonus, at_rank, rank_list

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterable

    from ..projection import Projection
    from ..terms import MemberVolumes, Terms
    from .components import Rank
    from .registry import Array, Engine


@register
class RankBonus(FixedBonus[RankBonusComponent]):
    type = "rank_bonus"
    model = RankBonusComponent
    source = "rank"
    order = 30
    editor_fields = ("amount_by_rank",)
    v1_fields = ("ranks",)

    @classmethod
    def sample(cls) -> RankBonusComponent:
        return RankBonusComponent(type="rank_bonus", amount_by_rank={"Silver": 100.0})

    def amounts(self) -> Iterable[float]:
        return self.c.amount_by_rank.values()

    def amount(self, rank: Rank | None) -> float:
        return at_rank(self.c.amount_by_rank, rank, 0.0)

    # -- projection ------------------------------------------------------------------------

    def project(self, state: MonthState) -> float:
        return self.amount(state.rank)

    # -- simulation ------------------------------------------------------------------------

    def sim_step(self, terms: Terms) -> SimStep | None:
        if not self.pays():
            return None
        best_first = tuple((r.group_volume, r.legs, self.amount(r)) for r in reversed(self.plan.ranks))
        return _RankStep(best_first)

    # -- traits ----------------------------------------------------------------------------

    def internal_share(self, internal_consumption: float) -> float:
        return internal_consumption

    def split_projection(self, acc: SplitSums, revenue: list[float], projection: Projection,
                         volumes: MemberVolumes) -> None:
        """In proportion to the outside part of the month's group volume (RV + members * CV) / GV;
        a rank paid on no volume at all counts as recruitment (it pays for position)."""
        cv, mv = volumes.customer, volumes.member
        for i, bonus in enumerate(revenue):
            if bonus == 0:
                continue
            rv = projection.retail_volume[i]
            ov = projection.own_purchase_volume[i]
            members = projection.downline_active[i]
            gv = rv + ov + members * mv
            share = (rv + members * cv) / gv if gv > 0 else 0.0
            acc.outside += bonus * share
            acc.recruitment += bonus * (1 - share)

    # -- words -----------------------------------------------------------------------------

    def pays_for(self, lang: str, money: Callable[[float], str]) -> str | None:
        return tr(lang, "reaching ranks", "het halen van rangen") if self.pays() else None

    def describe(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        parts = rank_list(self.c.amount_by_rank, money)
        return tr(lang, f"Rank bonus per month: {parts}.", f"Rangbonus per maand: {parts}.")


class _RankStep(SimStep):
    """Group volume = own volume + that of everyone active below; legs = active personal
    recruits; among the ranks that qualify the highest-listed pays (best first here)."""

    source = "rank"
    arrays = {"down_mv": "float64", "own_mv": "float64", "active_legs": "int64"}
    walk_depth = None

    def __init__(self, best_first: tuple[tuple[float, int, float], ...]) -> None:
        self.ranks = best_first

    def on_join(self, engine: Engine, ids: Array, sponsors: Array, sales: Array) -> None:
        engine.own_mv[ids[0]:ids[0] + ids.size] = engine.plan.volumes(sales)[2]

    def walk(self, engine: Engine, level: int, anc: Array, cur: Array, basis: Array, mv: Array,
             sign: float) -> None:
        import numpy as np

        np.add.at(engine.down_mv, anc, mv)
        if level == 1:
            np.add.at(engine.active_legs, anc, int(sign))

    def pay(self, engine: Engine, n: int, active: Array, out: Array) -> None:
        import numpy as np

        gv = engine.own_mv[:n] + engine.down_mv[:n]
        legs = engine.active_legs[:n]
        # only those who qualify for the least demanding rank can be paid at all
        least_gv = min(r[0] for r in self.ranks)
        least_legs = min(r[1] for r in self.ranks)
        who = np.flatnonzero(active & (gv >= least_gv - 1e-9) & (legs >= least_legs))
        gv, legs = gv[who], legs[who]
        bonus = np.zeros(who.size)
        done = np.zeros(who.size, dtype=bool)
        for group_volume, need_legs, monthly_bonus in self.ranks:  # best first
            ok = (gv >= group_volume - 1e-9) & (legs >= need_legs) & ~done
            bonus[ok] = monthly_bonus
            done |= ok
        out[who] += bonus
