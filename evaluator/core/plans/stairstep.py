"""The ``stairstep`` plan component: your rank's percentage of the volume below you, minus the
highest percentage already paid below you (the differential); with a breakaway rank, a member
who reaches it "breaks away" and the uplines at that rank or higher earn generation overrides on
their group instead (SPEC 8.1, 10).

Projection (docs/plans.md): your downline is at the lowest rank (the lowest-listed), paid
``p0 = percent_by_rank[lowest]`` (0 when not listed); you are at your paid-as rank from your
expected GV, paid ``p``. Then in one month:

- on your own volume (``own_volume``): ``p/100 * B_you`` (``B_you`` = RV + OV, or RV on the
  customer_volume basis);
- on each downline member's volume: ``max(0, p - p0)/100 * B``; with ``own_volume`` false a
  personal recruit's own volume is not paid at their own rank, so level 1 pays you ``p`` and
  deeper levels ``p - p0``.

Nobody in the projected downline reaches the breakaway rank, so the projection pays you no
generation overrides: they go to the few whose downline breaks away, which the population
simulation shows (top_weighted).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import tr
from .components import StairstepComponent
from .registry import MonthState, SplitSums, register
from .volume import VolumeCommission, at_rank, pct_list, pct_text, rank_list, rates_text, split_commission

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from ..projection import Projection
    from ..terms import MemberVolumes
    from .components import Rank


@register
class Stairstep(VolumeCommission[StairstepComponent]):
    type = "stairstep"
    model = StairstepComponent
    source = "downline"
    order = 23
    editor_fields = ("percent_by_rank", "basis", "own_volume", "breakaway_rank", "generation_percents")

    @classmethod
    def sample(cls) -> StairstepComponent:
        return StairstepComponent(type="stairstep", percent_by_rank={"Bronze": 5.0, "Silver": 10.0},
                                  breakaway_rank="Silver", generation_percents=[2.0])

    def percent(self, rank: Rank | None) -> float:
        return at_rank(self.c.percent_by_rank, rank, 0.0)

    # -- projection ------------------------------------------------------------------------

    def projection_depth(self) -> int:
        return 1

    def project(self, state: MonthState) -> float:
        p = self.percent(state.rank) / 100
        p0 = self.percent(self.plan.lowest_rank) / 100
        basis = state.volumes.commissionable
        own = (state.personal_customer_volume if self.basis == "customer_volume"
               else state.personal_volume)
        value = p * own if self.c.own_volume else 0.0
        step = max(0.0, p - p0)
        if self.c.own_volume:
            value += step * state.downline * basis
        else:
            first = state.levels[0] if state.levels else 0.0
            value += p * first * basis + step * max(0.0, state.downline - first) * basis
        return value

    def projector(self) -> Callable[[MonthState], float]:
        """``project`` with the percentages by rank, the lowest rank's and the basis read once."""
        if type(self).project is not Stairstep.project or type(self).percent is not Stairstep.percent:
            return self.project  # pragma: no cover  (a subclass's own rule)
        by_rank = dict(self.c.percent_by_rank)
        p0 = self.percent(self.plan.lowest_rank) / 100
        on_customers, own_volume = self.basis == "customer_volume", self.c.own_volume

        def project(state: MonthState) -> float:
            rank = state.rank
            p = (by_rank.get(rank.name, 0.0) if rank is not None else 0.0) / 100
            basis = state.volumes.commissionable
            own = state.personal_customer_volume if on_customers else state.personal_volume
            value = p * own if own_volume else 0.0
            step = max(0.0, p - p0)
            if own_volume:
                value += step * state.downline * basis
            else:
                first = state.levels[0] if state.levels else 0.0
                value += p * first * basis + step * max(0.0, state.downline - first) * basis
            return value
        return project

    def split_projection(self, acc: SplitSums, revenue: list[float], projection: Projection,
                         volumes: MemberVolumes) -> None:
        """The part paid on your own volume splits by your own outside share RV / (RV + OV);
        the rest (on the downline) like any commission."""
        if not self.c.own_volume:
            return super().split_projection(acc, revenue, projection, volumes)
        by_name = {self.plan.rank_name(r): r for r in self.plan.ranks}
        downline = []
        for i, value in enumerate(revenue):
            rv, ov = projection.retail_volume[i], projection.own_purchase_volume[i]
            own_volume = rv if self.basis == "customer_volume" else rv + ov
            rank = by_name.get(projection.rank[i]) if projection.rank[i] is not None else None
            own = min(value, self.percent(rank) / 100 * own_volume)
            outside = own if self.basis == "customer_volume" else (own * rv / (rv + ov) if rv + ov > 0 else 0.0)
            acc.outside += outside
            acc.recruitment += own - outside
            downline.append(value - own)
        split_commission(self.basis, acc, downline, volumes)

    # -- traits ----------------------------------------------------------------------------

    def pays(self) -> bool:
        return (any(p > 0 for p in self.c.percent_by_rank.values())
                or (self.c.breakaway_rank is not None and any(p > 0 for p in self.c.generation_percents)))

    def headline_rate(self) -> float:
        return max(self.c.percent_by_rank.values(), default=0.0)

    def best_rate_per_member(self) -> float | None:
        best = self.headline_rate()
        return best / 100 if best > 0 else None

    def depth(self) -> int | None:
        return None  # the differential walks the whole sponsor chain; generations go further

    def generations(self) -> list[float]:
        """The generation percentages that can be paid (none without a breakaway rank)."""
        return list(self.c.generation_percents) if self.c.breakaway_rank is not None else []

    # -- words -----------------------------------------------------------------------------

    def pays_for(self, lang: str, money: Callable[[float], str]) -> str | None:
        if not self.pays():
            return None
        return tr(lang, "your downline's volume, more the higher your rank",
                  "het volume van je netwerk, meer naarmate je rang hoger is")

    def depth_text(self, lang: str, pct: Callable[..., str], num: Callable[..., str]) -> str:
        top = pct(self.headline_rate(), 1)
        text = tr(lang,
                  f"A stairstep plan pays up to {top} on your whole downline's volume however deep it goes, less what lower ranks below you already got",
                  f"Een stairstep-plan betaalt tot {top} over het volume van je hele netwerk hoe diep het ook gaat, min wat lagere rangen onder je al kregen")
        generations = self.generations()
        if generations:
            rates = rates_text(generations, lang)
            text += tr(lang,
                       f"; at or above the breakaway rank '{self.c.breakaway_rank}' it pays overrides {len(generations)} generations of breakaway groups deep ({rates} percent)",
                       f"; vanaf de breakaway-rang '{self.c.breakaway_rank}' betaalt het bonussen tot {len(generations)} generaties losgebroken groepen diep ({rates} procent)")
        text += tr(lang, ": you are paid on people you will never meet.",
                   ": je verdient aan mensen die je nooit zult ontmoeten.")
        return text

    def describe(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        rates = rank_list(self.c.percent_by_rank, lambda p: pct_text(p, pct))
        own = "" if self.c.own_volume else tr(lang, " (not on your own volume)", " (niet over je eigen volume)")
        text = tr(lang,
                  f"Stairstep: per rank {rates} of the volume below you{own}, less the highest percentage already paid below you.",
                  f"Stairstep: per rang {rates} van het volume onder je{own}, min het hoogste percentage dat onder je al is betaald.")
        generations = self.generations()
        if generations:
            gens = pct_list(generations, pct)
            text += " " + tr(lang,
                             f"Breakaway at '{self.c.breakaway_rank}': the uplines at that rank or higher then earn {gens} per generation on the group that broke away.",
                             f"Breakaway bij '{self.c.breakaway_rank}': de uplines met die rang of hoger verdienen dan {gens} per generatie over de losgebroken groep.")
        return text
