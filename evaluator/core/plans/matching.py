"""The ``matching`` plan component: ``percents[k]`` percent of what each member k levels below
you in the sponsor tree earns from the unilevel, binary, matrix (levels) and stairstep
components, for members at ``min_rank`` or higher (SPEC 8.1, 10).

Projection (docs/plans.md): generation k of your line (``a_k(m)`` members) is taken as one
average member at the lowest rank (:meth:`MonthState.below`: their level j holds
``a_{k+j} / a_k``, their downline is everyone deeper than k over ``a_k``); each matched
component projects that member's income, and you get
``percents[k]/100 * a_k(m) * (the matched income of one average member)``. Nothing is matched
when you are below ``min_rank``. The projection counts every generation-k member's line as
theirs whether or not they are still active (a quit member's pay is breakage in the exact
rules), so it is an upper bound of what the members of your line earn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..i18n import tr
from .components import MatchingComponent
from .registry import Kind, MonthState, SplitSums, register
from .unilevel import Unilevel
from .volume import PerLevelPercents, VolumeCommission, last_paid, pct_list, rates_text, split_commission

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from ..projection import Projection
    from ..terms import MemberVolumes


@register
class Matching(PerLevelPercents, Kind[MatchingComponent]):
    type = "matching"
    model = MatchingComponent
    source = "downline"
    order = 25
    editor_fields = ("percents", "min_rank")
    recruiting_reward = "warning"  # pays on what your recruits earn

    @classmethod
    def sample(cls) -> MatchingComponent:
        return MatchingComponent(type="matching", percents=[10.0, 5.0])

    @classmethod
    def sample_companions(cls) -> list[Any]:
        return [Unilevel.sample()]  # a matching bonus alone has nothing to match

    def matched(self) -> list[VolumeCommission[Any]]:
        """The plan's components whose pay it matches, in plan order."""
        return [k for k in self.plan.kinds
                if isinstance(k, VolumeCommission) and k.matchable and k.pays()]

    # -- projection ------------------------------------------------------------------------

    def projection_depth(self) -> int:
        deepest = max((k.projection_depth() for k in self.matched()), default=0)
        return len(self.c.percents) + max(1, deepest)

    def project(self, state: MonthState) -> float:
        if not self.plan.rank_at_least(state.rank, self.c.min_rank):
            return 0.0
        matched = self.matched()
        total = 0.0
        for k, percent in enumerate(self.c.percents, start=1):
            if percent <= 0:
                continue
            below = state.below(k, self.plan.lowest_rank)
            if below is None:
                continue
            count, member = below
            total += percent / 100 * count * sum(kind.matched_earnings(member) for kind in matched)
        return total

    reads_own_volume = False  # the members below are at a downline member's volume

    def projector(self) -> Callable[[MonthState], float]:
        """``project`` with the matched components, the generations paid and the rank test read
        once; :meth:`MonthState.below` inlined (the same operations)."""
        if type(self).project is not Matching.project:
            return self.project  # pragma: no cover  (a subclass's own rule)
        plan, min_rank, lowest = self.plan, self.c.min_rank, self.plan.lowest_rank
        index = {r.name: i for i, r in enumerate(plan.ranks)}
        needed = index.get(min_rank, len(plan.ranks)) if min_rank is not None else 0
        matched = [kind.matched_projector() for kind in self.matched()]
        generations = [(k, percent / 100) for k, percent in enumerate(self.c.percents, start=1)
                       if not percent <= 0]
        on_levels = [kind.matched_on_levels(lowest) for kind in self.matched()]
        inlined = [getattr(fn, "rates", None) for fn in on_levels]
        if len(inlined) == 1 and inlined[0] is not None:
            rates: list[float] = inlined[0]

            def project_one(state: MonthState) -> float:
                """``project_on_levels`` with the one matched unilevel's ``earnings`` inlined:
                sum([e]) is 0.0 + e, and the inner sum adds from 0.0 in the same order."""
                if min_rank is not None and (state.rank is None
                                             or index.get(state.rank.name, -1) < needed):
                    return 0.0
                total = 0.0
                levels = state.levels
                tracked = len(levels)
                basis = state.volumes.commissionable
                for k, fraction in generations:
                    if k > tracked:
                        break  # the generations ascend: none after it is tracked either
                    count = levels[k - 1]
                    if count <= 0:
                        continue
                    paid = 0.0
                    for rate, a in zip(rates, levels[k:]):
                        paid += rate * (a / count) * basis
                    total += fraction * count * (0.0 + paid)
                return total
            return project_one
        if all(fn is not None for fn in on_levels):
            by_levels = [fn for fn in on_levels if fn is not None]

            def project_on_levels(state: MonthState) -> float:
                if min_rank is not None and (state.rank is None
                                             or index.get(state.rank.name, -1) < needed):
                    return 0.0
                total = 0.0
                levels = state.levels
                tracked = len(levels)
                basis = state.volumes.commissionable
                for k, fraction in generations:
                    if k > tracked or levels[k - 1] <= 0:
                        continue
                    count = levels[k - 1]
                    total += fraction * count * sum([fn(levels, k, count, basis) for fn in by_levels])
                return total
            return project_on_levels

        def project(state: MonthState) -> float:
            if min_rank is not None and (state.rank is None
                                         or index.get(state.rank.name, -1) < needed):
                return 0.0
            total = 0.0
            levels, volumes = state.levels, state.volumes
            tracked = len(levels)
            for k, fraction in generations:
                if k > tracked or levels[k - 1] <= 0:
                    continue
                count = levels[k - 1]
                deeper = max(0.0, state.downline - sum(levels[:k]))
                member = MonthState(state.month, [a / count for a in levels[k:]] or [0.0],
                                    deeper / count, 0.0, volumes, lowest, volumes.member,
                                    volumes.customer, None, 0.0, (), state.retention)
                total += fraction * count * sum([earnings(member) for earnings in matched])
            return total
        return project

    # -- traits ----------------------------------------------------------------------------

    def per_level(self) -> list[float]:
        return self.c.percents

    def depth(self) -> int | None:
        """Generations plus how deep the matched pay reaches below them (None: unlimited)."""
        generations = last_paid(self.c.percents)
        deepest = 0
        for kind in self.matched():
            d = kind.depth()
            if d is None:
                return None
            deepest = max(deepest, d)
        return generations + deepest

    def grows_with_recruits(self, volumes: MemberVolumes) -> bool:
        return self.pays() and any(k.grows_with_recruits(volumes) for k in self.matched())

    def internal_share(self, internal_consumption: float) -> float:
        matched = self.matched()
        return matched[0].internal_share(internal_consumption) if matched else 1.0

    def split_projection(self, acc: SplitSums, revenue: list[float], projection: Projection,
                         volumes: MemberVolumes) -> None:
        """It matches commissions on volume, so it splits as the first matched commission does."""
        matched = self.matched()
        if matched:
            split_commission(matched[0].basis, acc, revenue, volumes)
        else:
            acc.recruitment += sum(revenue)

    # -- words -----------------------------------------------------------------------------

    def pays_for(self, lang: str, money: Callable[[float], str]) -> str | None:
        if not self.pays():
            return None
        return tr(lang, "what the people you enrolled earn", "wat de mensen die je aanbracht verdienen")

    def depth_text(self, lang: str, pct: Callable[..., str], num: Callable[..., str]) -> str:
        generations = last_paid(self.c.percents)
        rates = rates_text(self.c.percents[:generations], lang)
        depth = self.depth()
        reach = (tr(lang, "however deep their own pay goes", "hoe diep hun eigen verdiensten ook gaan")
                 if depth is None else
                 tr(lang, f"so it reaches volume {depth} levels below you",
                    f"zodat het reikt tot volume {depth} niveaus onder je"))
        return tr(lang,
                  f"A matching bonus pays on {generations} generations of your line's earnings ({rates} percent), {reach}",
                  f"Een matching-bonus betaalt over de verdiensten van {generations} generaties van je lijn ({rates} procent), {reach}")

    def recruiting_text(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        rates = pct_list(self.c.percents, pct)
        return tr(lang,
                  f"A matching bonus pays you {rates} (per generation) of what the people you enrolled, and theirs, earn: a reward for recruiting people who recruit.",
                  f"Een matching-bonus betaalt je {rates} (per generatie) van wat de mensen die je aanbracht, en die van hen, verdienen: een beloning voor het werven van mensen die zelf werven.")

    def describe(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        rates = pct_list(self.c.percents, pct)
        rank = (tr(lang, f", from rank '{self.c.min_rank}'", f", vanaf rang '{self.c.min_rank}'")
                if self.c.min_rank is not None else "")
        return tr(lang,
                  f"Matching bonus: per generation of the people you enrolled {rates} of what they earn in commissions{rank}.",
                  f"Matching-bonus: per generatie van de mensen die je aanbracht {rates} van wat zij aan commissie verdienen{rank}.")
