"""The ``matrix`` plan component: a forced matrix ``width`` wide and ``depth`` deep; level l of
your placement tree pays ``levels[l]`` percent of each member's volume, and ``cycle_bonus`` is
paid once when every position is filled (SPEC 8.1, 10).

Projection (docs/plans.md): your matrix is filled breadth first by your own line only (no
spillover from your upline: a recruiter's promise of spillover is not a figure to plan on).
Everyone who ever joined your line holds a position, quitters too, so with ``E(m)`` members ever
joined, level l holds ``n_l = min(w^l, max(0, E - (w + ... + w^(l-1))))`` of them; the active
downline ``T(m)`` is spread over the positions in proportion, so level l pays
``levels[l]/100 * n_l * T/E * B``. The cycle bonus is paid in the month that ``E`` first reaches
the capacity ``w + w^2 + ... + w^depth``. Below one recruit of your own a threshold must not be
applied to an average: while your own recruits ever ``R(m) < 1``, ``R`` is read as the chance
that you have a line at all, whose size is then ``E / R``; the matrix fills in the month that
``E / R`` first reaches the capacity and pays ``cycle_bonus * R`` (the bonus times the chance of
being the one who fills it). From ``R >= 1`` on this is the rule above.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import fmt_number, tr
from .components import MatrixComponent
from .registry import MonthState, SplitSums, register
from .volume import VolumeCommission, headline_of, last_paid, pct_list, rates_text, split_commission

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable

    from ..projection import Projection
    from ..terms import MemberVolumes


@register
class Matrix(VolumeCommission[MatrixComponent]):
    type = "matrix"
    model = MatrixComponent
    source = "downline"
    order = 22
    editor_fields = ("width", "depth", "levels", "basis", "cycle_bonus")

    @classmethod
    def sample(cls) -> MatrixComponent:
        return MatrixComponent(type="matrix", width=2, depth=3, levels=[10.0, 5.0], cycle_bonus=100.0)

    @property
    def capacity(self) -> int:
        """The positions of a full matrix: w + w^2 + ... + w^depth."""
        w = self.c.width
        return sum(w ** level for level in range(1, self.c.depth + 1))

    def level_pay(self, joined: float, active: float, commissionable: float) -> float:
        """The level commissions with ``joined`` members ever placed and ``active`` still active."""
        if joined <= 0 or active <= 0:
            return 0.0
        share = min(1.0, active / joined)
        above, total = 0.0, 0.0
        for level, percent in enumerate(self.c.levels, start=1):
            width = float(self.c.width ** level)
            placed = min(width, max(0.0, joined - above))
            total += percent / 100 * placed * share * commissionable
            above += width
        return total

    def cycle_pay(self, state: MonthState) -> float:
        """The cycle bonus paid this month (module docstring): the whole bonus in the month the
        members ever joined first reach the capacity, or, while your own recruits ever ``R`` are
        below one, ``bonus * R`` in the month that ``E / R`` does."""
        return _cycle_pay(state, float(self.c.cycle_bonus), self.capacity)

    # -- projection ------------------------------------------------------------------------

    def project(self, state: MonthState) -> float:
        joined = state.downline if state.joined is None else state.joined
        value = self.level_pay(joined, state.downline, state.volumes.commissionable)
        if self.c.cycle_bonus > 0:
            value += self.cycle_pay(state)
        return value

    def matched_earnings(self, state: MonthState) -> float:
        """A matching bonus matches the level pay, not the cycle bonus (SPEC 10)."""
        joined = state.downline if state.joined is None else state.joined
        return self.level_pay(joined, state.downline, state.volumes.commissionable)

    reads_own_volume = False

    def _level_pay_fn(self) -> Callable[[float, float, float], float]:
        """``level_pay`` with each level's width, the positions above it and ``percent / 100``
        computed once (the same operations on the same values)."""
        steps = []
        above = 0.0
        for level, percent in enumerate(self.c.levels, start=1):
            width = float(self.c.width ** level)
            steps.append((percent / 100, width, above))
            above += width

        def level_pay(joined: float, active: float, commissionable: float) -> float:
            if joined <= 0 or active <= 0:
                return 0.0
            share = min(1.0, active / joined)
            total = 0.0
            for fraction, width, before in steps:
                total += fraction * min(width, max(0.0, joined - before)) * share * commissionable
            return total
        return level_pay

    def projector(self) -> Callable[[MonthState], float]:
        if (type(self).project is not Matrix.project or type(self).level_pay is not Matrix.level_pay
                or type(self).cycle_pay is not Matrix.cycle_pay):
            return self.project  # pragma: no cover  (a subclass's own rule)
        level_pay = self._level_pay_fn()
        bonus, capacity = self.c.cycle_bonus, self.capacity

        def project(state: MonthState) -> float:
            joined = state.downline if state.joined is None else state.joined
            value = level_pay(joined, state.downline, state.volumes.commissionable)
            if bonus > 0 and joined - state.joined_new < capacity:
                value += _cycle_pay(state, bonus, capacity)
            return value
        return project

    def matched_projector(self) -> Callable[[MonthState], float]:
        if (type(self).matched_earnings is not Matrix.matched_earnings
                or type(self).level_pay is not Matrix.level_pay):
            return self.matched_earnings  # pragma: no cover  (a subclass's own rule)
        level_pay = self._level_pay_fn()

        def matched(state: MonthState) -> float:
            joined = state.downline if state.joined is None else state.joined
            return level_pay(joined, state.downline, state.volumes.commissionable)
        return matched

    # -- traits ----------------------------------------------------------------------------

    def pays(self) -> bool:
        return self.pays_downline() or self.c.cycle_bonus > 0

    def pays_downline(self) -> bool:
        return any(p > 0 for p in self.c.levels)

    def grows_with_recruits(self, volumes: MemberVolumes) -> bool:
        return (self.pays_downline() and volumes.commissionable > 0) or self.c.cycle_bonus > 0

    def headline_rate(self) -> float:
        return headline_of(self.c.levels)

    def best_rate_per_member(self) -> float | None:
        return max(self.c.levels) / 100 if self.pays_downline() else None

    def depth(self) -> int | None:
        """The last level paid; with a cycle bonus the whole matrix, which only pays when its
        deepest level is filled."""
        if self.c.cycle_bonus > 0:
            return self.c.depth
        return last_paid(self.c.levels)

    def rewards_recruiting(self) -> str | None:
        """A cycle bonus is money for filling positions with newcomers: money per head."""
        return "serious" if self.c.cycle_bonus > 0 else None

    def internal_share(self, internal_consumption: float) -> float:
        if not self.pays_downline():
            return 1.0  # only a cycle bonus: paid for positions filled, not for any sale
        return super().internal_share(internal_consumption)

    def split_projection(self, acc: SplitSums, revenue: list[float], projection: Projection,
                         volumes: MemberVolumes) -> None:
        """The level pay splits like any commission; the cycle bonus is recruitment (it pays for
        positions filled by newcomers, whatever anyone sells)."""
        joined = projection.downline_joined or projection.downline_active
        levels = [self.level_pay(joined[i], projection.downline_active[i], volumes.commissionable)
                  if i < len(joined) else value for i, value in enumerate(revenue)]
        levels = [min(lv, value) for lv, value in zip(levels, revenue)]
        split_commission(self.basis, acc, levels, volumes)
        acc.recruitment += sum(revenue) - sum(levels)

    # -- words -----------------------------------------------------------------------------

    def pays_for(self, lang: str, money: Callable[[float], str]) -> str | None:
        parts = []
        if self.pays_downline():
            parts.append(tr(lang, "the volume in your matrix", "het volume in je matrix"))
        if self.c.cycle_bonus > 0:
            parts.append(tr(lang, f"filling your matrix with newcomers ({money(self.c.cycle_bonus)})",
                            f"het vullen van je matrix met nieuwkomers ({money(self.c.cycle_bonus)})"))
        return tr(lang, " and ", " en ").join(parts) or None

    def depth_text(self, lang: str, pct: Callable[..., str], num: Callable[..., str]) -> str:
        depth = self.depth()
        w, d = self.c.width, self.c.depth
        if self.pays_downline():
            rates = rates_text(self.c.levels[:depth], lang)
            return tr(lang,
                      f"A {w}×{d} matrix pays commission {depth} levels deep ({rates} percent per level)",
                      f"Een {w}×{d}-matrix betaalt commissie tot {depth} niveaus diep ({rates} procent per niveau)")
        n = fmt_number(self.capacity, lang)
        return tr(lang,
                  f"A {w}×{d} matrix pays its cycle bonus only when all {n} positions down to level {d} are filled",
                  f"Een {w}×{d}-matrix betaalt de cyclusbonus pas als alle {n} plaatsen tot niveau {d} gevuld zijn")

    def recruiting_text(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        bonus, n = money(self.c.cycle_bonus), fmt_number(self.capacity, lang)
        return tr(lang,
                  f"You are paid {bonus} once all {n} positions of your {self.c.width}×{self.c.depth} matrix are filled with newcomers: the money can only come from what those newcomers pay.",
                  f"Je krijgt {bonus} zodra alle {n} plaatsen van je {self.c.width}×{self.c.depth}-matrix gevuld zijn met nieuwkomers: dat geld kan alleen komen uit wat die nieuwkomers betalen.")

    def describe(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        w, d = self.c.width, self.c.depth
        rates = pct_list(self.c.levels, pct)
        n = fmt_number(self.capacity, lang)
        cycle = (tr(lang, f"; {money(self.c.cycle_bonus)} once when all {n} positions are filled",
                    f"; {money(self.c.cycle_bonus)} eenmalig als alle {n} plaatsen gevuld zijn")
                 if self.c.cycle_bonus > 0 else "")
        if not self.pays_downline():
            return tr(lang, f"Matrix {w}×{d}: no commission per level{cycle}.",
                      f"Matrix {w}×{d}: geen commissie per niveau{cycle}.")
        return tr(lang, f"Matrix {w}×{d}: per level of your matrix {rates} of each member's volume{cycle}.",
                  f"Matrix {w}×{d}: per niveau van je matrix {rates} van het volume van elk lid{cycle}.")


# Own recruits ever from this close to one on count as one (a sum of fractions that should be 1).
_WHOLE = 1 - 1e-9


def _cycle_pay(state: MonthState, bonus: float, capacity: int) -> float:
    """:meth:`Matrix.cycle_pay` with the bonus and capacity given."""
    joined = state.downline if state.joined is None else state.joined
    before = joined - state.joined_new
    if before >= capacity:
        return 0.0  # filled before (E / R >= E, so also below one recruit)
    # Your own recruits ever: a_1(m) = rho_d a_1(m-1) + r(m), so the sum of r(1..m) is
    # a_1(m) + (1 - rho_d) * (a_1(1) + ... + a_1(m-1)).
    active = state.levels[0] if state.levels else 0.0
    quit_share = 1.0 - state.retention
    earlier = 0.0
    if quit_share != 0.0:
        for levels in state.history:
            earlier += levels[0] if levels else 0.0
    recruited = active + quit_share * earlier
    recruited_before = recruited - state.recruits
    # E / min(1, R) never falls (E / R grows while R < 1 with either recruits schedule of SPEC
    # 8.3), so it reaches the capacity once: the bonus is paid once.
    if _line(before, recruited_before) < capacity <= _line(joined, recruited) + 1e-9:
        return bonus * recruited if recruited < _WHOLE else bonus
    return 0.0


def _line(joined: float, recruited: float) -> float:
    """The size of your line when you have one: ``E / R`` below one own recruit ever (``R`` the
    chance of having a line), ``E`` from one on, and nobody before your first recruit."""
    if recruited <= 0.0:
        return 0.0
    return joined / recruited if recruited < _WHOLE else joined
