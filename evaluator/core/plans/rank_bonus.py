"""The ``rank_bonus`` plan component: a fixed amount each month at your paid-as rank (SPEC 3, 5,
8.1). The rank comes from the plan's rank table: the highest-listed rank whose group volume and
legs you reach."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import tr
from .components import RankBonusComponent
from .registry import MonthState, SplitSums, register
from .volume import FixedBonus, at_rank, rank_list

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterable

    from ..projection import Projection
    from ..terms import MemberVolumes
    from .components import Rank


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

    reads_own_volume = False

    def projector(self) -> Callable[[MonthState], float]:
        if type(self).project is not RankBonus.project:
            return self.project  # pragma: no cover  (a subclass's own rule)
        by_rank = dict(self.c.amount_by_rank)
        return lambda state: by_rank.get(state.rank.name, 0.0) if state.rank is not None else 0.0

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
