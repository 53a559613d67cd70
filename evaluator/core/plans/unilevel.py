"""The ``unilevel`` plan component: ``levels[l]`` percent of the volume of each member ``l``
levels below you in the sponsor tree (SPEC sections 3, 5 and 8.1)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import tr
from .components import UnilevelComponent
from .registry import MonthState, register
from .volume import PerLevelPercents, VolumeCommission, at_rank, pct_list, rates_text

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from .components import Rank
    from .registry import Plan


@register
class Unilevel(PerLevelPercents, VolumeCommission[UnilevelComponent]):

    type = "unilevel"
    model = UnilevelComponent
    source = "downline"
    order = 20
    editor_fields = ("levels", "basis", "compression", "depth_by_rank")
    v1_plan = "unilevel"
    v1_fields = ("levels", "commission_basis")

    @classmethod
    def sample(cls) -> UnilevelComponent:
        return UnilevelComponent(type="unilevel", levels=[10.0, 5.0, 2.5])

    def __init__(self, component: UnilevelComponent, plan: Plan) -> None:
        super().__init__(component, plan)
        self.rates = [p / 100 for p in component.levels]

    # -- projection: sum over l <= len(levels) of levels[l]/100 * a_l(m) * B ---------------------
    # (version 2: with ``depth_by_rank``, only the levels your paid-as rank is paid on; no rank,
    # no level. Version 1 has no depth_by_rank, so its formula is unchanged.)

    def projection_depth(self) -> int:
        return len(self.rates)

    def project(self, state: MonthState) -> float:
        levels, basis = state.levels, state.volumes.commissionable
        rates = self.rates[:len(levels)]
        if self.c.depth_by_rank:
            rates = rates[:at_rank(self.c.depth_by_rank, state.rank, 0)]
        return sum(rate * levels[i] * basis for i, rate in enumerate(rates))

    reads_own_volume = False

    def projector(self) -> Callable[[MonthState], float]:
        """``project``: zip stops at the shorter of the rates and the levels, as the slice does."""
        if type(self).project is not Unilevel.project:
            return self.project  # pragma: no cover  (a subclass's own rule)
        rates = list(self.rates)
        by_rank = dict(self.c.depth_by_rank)
        if not by_rank:
            def project(state: MonthState) -> float:
                basis = state.volumes.commissionable
                return sum([rate * level * basis for rate, level in zip(rates, state.levels)])
            return project

        def project_by_rank(state: MonthState) -> float:
            basis = state.volumes.commissionable
            paid = rates[:len(state.levels)][:at_rank(by_rank, state.rank, 0)]
            return sum([rate * level * basis for rate, level in zip(paid, state.levels)])
        return project_by_rank

    def matched_on_levels(self, rank: Rank | None
                          ) -> Callable[[list[float], int, float, float], float] | None:
        """``float(project(member))``: the member's level j is ``levels[k + j] / count`` (a
        member with no levels below holds one empty level, which pays 0.0, as no levels do)."""
        if (type(self).matched_earnings is not Unilevel.matched_earnings
                or type(self).project is not Unilevel.project):
            return None  # pragma: no cover  (a subclass's own rule)
        rates = list(self.rates)
        if self.c.depth_by_rank:
            rates = rates[:at_rank(dict(self.c.depth_by_rank), rank, 0)]

        def earnings(levels: list[float], k: int, count: float, basis: float) -> float:
            return float(sum([rate * (a / count) * basis for rate, a in zip(rates, levels[k:])]))
        # The matching bonus and the break-even search's array path inline the rates.
        earnings.rates = rates  # type: ignore[attr-defined]
        return earnings

    # -- traits ----------------------------------------------------------------------------

    def per_level(self) -> list[float]:
        return self.c.levels

    def best_rate_per_member(self) -> float | None:
        return max(self.c.levels) / 100 if self.c.levels else None

    # -- words -----------------------------------------------------------------------------

    def depth_text(self, lang: str, pct: Callable[..., str], num: Callable[..., str]) -> str:
        depth = self.depth()
        rates = rates_text(self.c.levels[:depth], lang)
        return tr(lang,
                  f"Commissions are paid {depth} levels deep ({rates} percent per level)",
                  f"Er wordt commissie betaald tot {depth} niveaus diep ({rates} procent per niveau)")

    def describe(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        rates = pct_list(self.c.levels, pct)
        return tr(lang, f"Unilevel: per level below you {rates} of each member's volume.",
                  f"Unilevel: per niveau onder je {rates} van het volume van elk lid.")
