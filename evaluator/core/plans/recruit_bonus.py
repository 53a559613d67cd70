"""The ``recruit_bonus`` plan component: a fixed amount for each new participant, to level l of
the sponsor chain (SPEC 8.1). Version 1's bonus is one level: ``amounts = [recruit_bonus]``.

Projection: ``amounts[1] * recruits(m)`` (SPEC 3), plus, for the deeper levels of a version-2
bonus, ``amounts[l]`` times the members who joined level l this month, ``a_l(m) - rho_d *
a_l(m-1)`` (everyone active at level l now who was not there last month)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import tr
from .components import RecruitBonusComponent
from .registry import MonthState, SplitSums, register
from .volume import FixedBonus, last_paid

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterable

    from ..projection import Projection
    from ..terms import MemberVolumes


@register
class RecruitBonus(FixedBonus[RecruitBonusComponent]):
    type = "recruit_bonus"
    model = RecruitBonusComponent
    source = "recruiting"
    order = 10
    editor_fields = ("amounts",)
    v1_fields = ("recruit_bonus",)
    recruiting_reward = "serious"  # money per head

    @classmethod
    def sample(cls) -> RecruitBonusComponent:
        return RecruitBonusComponent(type="recruit_bonus", amounts=[50.0])

    def amounts(self) -> Iterable[float]:
        return self.c.amounts

    # -- projection: recruit_bonus * recruits_per_month (+ the deeper levels' joiners) ---------

    def projection_depth(self) -> int:
        return self.depth() or 0

    reads_own_volume = False

    def project(self, state: MonthState) -> float:
        value = self.per_recruit() * state.recruits
        deeper = self.c.amounts[1:]
        if any(deeper):
            joined = state.joined_within(1)
            value += sum(amount * joined[i] for i, amount in enumerate(deeper, start=1)
                         if i < len(joined))
        return value

    # -- traits ----------------------------------------------------------------------------

    def per_recruit(self) -> float:
        return self.c.amounts[0] if self.c.amounts else 0.0

    def depth(self) -> int | None:
        return last_paid(self.c.amounts)

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

    def depth_text(self, lang: str, pct: Callable[..., str], num: Callable[..., str]) -> str:
        depth = self.depth()
        amounts = " / ".join(num(a, 0 if float(a).is_integer() else 2) for a in self.c.amounts[:depth])
        return tr(lang,
                  f"A bonus is paid for every new participant up to {depth} levels below you ({amounts} per level)",
                  f"Er wordt een bonus betaald voor elke nieuwe deelnemer tot {depth} niveaus onder je ({amounts} per niveau)")

    def recruiting_text(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        amounts = ", ".join(money(a) for a in self.c.amounts)
        return tr(lang, f"A bonus is paid for every new participant, per level above them: {amounts}.",
                  f"Er wordt een bonus betaald voor elke nieuwe deelnemer, per niveau boven hem of haar: {amounts}.")

    def describe(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        amounts = ", ".join(money(a) for a in self.c.amounts) or "—"
        return tr(lang, f"Recruit bonus: per new participant, per level above them: {amounts}.",
                  f"Wervingsbonus: per nieuwe deelnemer, per niveau boven hem of haar: {amounts}.")
