"""The ``recruit_bonus`` plan component: a fixed amount for each new participant, to level l of
the sponsor chain (SPEC 8.1). Version 1's bonus is one level: ``amounts = [recruit_bonus]``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import tr
from .components import RecruitBonusComponent
from .registry import Kind, MonthState, SimStep, SplitSums, register

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from ..projection import Projection
    from ..terms import MemberVolumes, Terms
    from .registry import Array, Engine


@register
class RecruitBonus(Kind[RecruitBonusComponent]):
    type = "recruit_bonus"
    model = RecruitBonusComponent
    source = "recruiting"
    order = 10
    editor_fields = ("amounts",)
    v1_fields = ("recruit_bonus",)

    @classmethod
    def sample(cls) -> RecruitBonusComponent:
        return RecruitBonusComponent(type="recruit_bonus", amounts=[50.0])

    # -- projection: recruit_bonus * recruits_per_month -------------------------------------

    def project(self, state: MonthState) -> float:
        return self.per_recruit() * state.recruits

    # -- simulation: paid to the sponsor for every recruit in the joining month --------------

    def sim_step(self, terms: Terms) -> SimStep | None:
        return _RecruitStep(self.per_recruit()) if self.per_recruit() else None

    # -- traits ----------------------------------------------------------------------------

    def per_recruit(self) -> float:
        return self.c.amounts[0] if self.c.amounts else 0.0

    def pays(self) -> bool:
        return any(a > 0 for a in self.c.amounts)

    def internal_share(self, internal_consumption: float) -> float:
        return 1.0

    def split_projection(self, acc: SplitSums, revenue: list[float], projection: Projection,
                         volumes: MemberVolumes) -> None:
        acc.recruitment += sum(revenue)

    # -- words -----------------------------------------------------------------------------

    def pays_for(self, lang: str, money: Callable[[float], str]) -> str | None:
        if not self.pays():
            return None
        amount = money(self.per_recruit())
        return tr(lang, f"each person you sign up ({amount})", f"elke persoon die je aanmeldt ({amount})")

    def describe(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        amounts = ", ".join(money(a) for a in self.c.amounts) or "—"
        return tr(lang, f"Recruit bonus: per new participant, per level above them: {amounts}.",
                  f"Wervingsbonus: per nieuwe deelnemer, per niveau boven hem of haar: {amounts}.")


class _RecruitStep(SimStep):
    """Counted at the end: the amount times the recruits each brought in during the run."""

    source = "recruiting"

    def __init__(self, amount: float) -> None:
        self.amount = amount

    def earned(self, engine: Engine, ids: Array) -> Array | None:
        earned: Array = engine.recruits_sim[ids] * self.amount
        return earned

    def earned_total(self, engine: Engine, ids: Array) -> float:
        return self.amount * float(engine.recruits_sim[ids].sum())
