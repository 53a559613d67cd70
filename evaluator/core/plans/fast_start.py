"""The ``fast_start`` plan component: ``percents[l]`` percent of a new participant's volume in
their first ``months`` months, to the l-th upline of the sponsor chain (SPEC 8.1, 10).

Projection (docs/plans.md): the members at level l who joined in the last ``months`` months and
are still active are ``a_l(m) - rho_d^months * a_l(m - months)`` (of those active ``months``
months ago, ``rho_d^months`` are still there; everyone else active now joined since), so level l
pays ``percents[l]/100 * (a_l(m) - rho_d^months * a_l(m - months)) * B``. It pays on recruiting:
nothing once nobody new joins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import tr
from .components import FastStartComponent
from .registry import MonthState, register
from .volume import PerLevelPercents, VolumeCommission, pct_list, rates_text

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable



@register
class FastStart(PerLevelPercents, VolumeCommission[FastStartComponent]):
    type = "fast_start"
    model = FastStartComponent
    source = "recruiting"
    order = 11
    editor_fields = ("percents", "basis", "months")
    matchable = False  # a matching bonus does not match it (SPEC 10)
    recruiting_reward = "warning"  # pays on recruits' first orders

    @classmethod
    def sample(cls) -> FastStartComponent:
        return FastStartComponent(type="fast_start", percents=[20.0, 10.0, 5.0], months=2)

    # -- projection ------------------------------------------------------------------------

    def projection_depth(self) -> int:
        return len(self.c.percents)

    def project(self, state: MonthState) -> float:
        new = state.joined_within(self.c.months)
        basis = state.volumes.commissionable
        return sum(p / 100 * new[i] * basis for i, p in enumerate(self.c.percents[:len(new)]))

    def matched_earnings(self, state: MonthState) -> float:
        return 0.0

    reads_own_volume = False

    def projector(self) -> Callable[[MonthState], float]:
        """``project`` with :meth:`MonthState.joined_within` inlined for the levels paid only
        (the same operations for each of them) and ``p / 100`` computed once."""
        if type(self).project is not FastStart.project:
            return self.project  # pragma: no cover  (a subclass's own rule)
        fractions = [p / 100 for p in self.c.percents]
        months = self.c.months

        def project(state: MonthState) -> float:
            levels, history = state.levels, state.history
            past = state.month - months
            before = history[past - 1] if 1 <= past <= len(history) else ()
            keep = state.retention ** months
            known = len(before)
            basis = state.volumes.commissionable
            return sum([fraction * max(0.0, levels[i] - keep * (before[i] if i < known else 0.0))
                        * basis for i, fraction in enumerate(fractions[:len(levels)])])
        return project

    # -- traits ----------------------------------------------------------------------------

    def per_level(self) -> list[float]:
        return self.c.percents

    def best_rate_per_member(self) -> float | None:
        return None  # paid on a member's first months only, not per member month after month

    # -- words -----------------------------------------------------------------------------

    def _months(self, lang: str) -> str:
        n = self.c.months
        return tr(lang, "first month" if n == 1 else f"first {n} months",
                  "eerste maand" if n == 1 else f"eerste {n} maanden")

    def pays_for(self, lang: str, money: Callable[[float], str]) -> str | None:
        if not self.pays():
            return None
        return tr(lang, f"new recruits' orders in their {self._months(lang)}",
                  f"de bestellingen van nieuwe rekruten in hun {self._months(lang)}")

    def depth_text(self, lang: str, pct: Callable[..., str], num: Callable[..., str]) -> str:
        depth = self.depth()
        rates = rates_text(self.c.percents[:depth], lang)
        return tr(lang,
                  f"A fast-start bonus is paid on new participants up to {depth} levels below you ({rates} percent per level)",
                  f"Er wordt een snelle-startbonus betaald over nieuwe deelnemers tot {depth} niveaus onder je ({rates} procent per niveau)")

    def recruiting_text(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        rates = pct_list(self.c.percents, pct)
        return tr(lang,
                  f"A fast-start bonus pays {rates} (per level) of what each new participant orders in their {self._months(lang)}: you earn most from people who have only just joined.",
                  f"Een snelle-startbonus betaalt {rates} (per niveau) van wat elke nieuwe deelnemer bestelt in de {self._months(lang)}: je verdient het meest aan mensen die net zijn begonnen.")

    def describe(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        rates = pct_list(self.c.percents, pct)
        return tr(lang,
                  f"Fast-start bonus: on a new participant's volume in their {self._months(lang)}, per level above them: {rates}.",
                  f"Snelle-startbonus: over het volume van een nieuwe deelnemer in de {self._months(lang)}, per niveau boven hem of haar: {rates}.")
