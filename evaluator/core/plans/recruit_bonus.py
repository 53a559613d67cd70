"""The ``recruit_bonus`` plan component: a fixed amount for each new participant, to level l of
the sponsor chain (SPEC 8.1). Version 1's bonus is one level: ``amounts = [recruit_bonus]``."""

from __future__ import annotations

from ..i18n import tr
from .components import RecruitBonusComponent
from .registry import Kind, MonthState, SimStep, SplitSums, register


@register
class RecruitBonus(Kind):
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

    def sim_step(self, terms) -> SimStep | None:
        return _RecruitStep(self.per_recruit()) if self.per_recruit() else None

    # -- traits ----------------------------------------------------------------------------

    def per_recruit(self) -> float:
        return self.c.amounts[0] if self.c.amounts else 0.0

    def pays(self) -> bool:
        return any(a > 0 for a in self.c.amounts)

    def internal_share(self, internal_consumption: float) -> float:
        return 1.0

    def split_projection(self, acc: SplitSums, revenue, projection, volumes) -> None:
        acc.recruitment += sum(revenue)

    # -- words -----------------------------------------------------------------------------

    def pays_for(self, lang, money) -> str | None:
        if not self.pays():
            return None
        amount = money(self.per_recruit())
        return tr(lang, f"each person you sign up ({amount})", f"elke persoon die je aanmeldt ({amount})")

    def describe(self, lang, money, pct) -> str:
        amounts = ", ".join(money(a) for a in self.c.amounts) or "—"
        return tr(lang, f"Recruit bonus: per new participant, per level above them: {amounts}.",
                  f"Wervingsbonus: per nieuwe deelnemer, per niveau boven hem of haar: {amounts}.")


class _RecruitStep(SimStep):
    """Counted at the end: the amount times the recruits each brought in during the run."""

    source = "recruiting"

    def __init__(self, amount: float) -> None:
        self.amount = amount

    def earned(self, engine, ids):
        return engine.recruits_sim[ids] * self.amount

    def earned_total(self, engine, ids) -> float:
        return self.amount * float(engine.recruits_sim[ids].sum())
