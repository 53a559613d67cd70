"""What the plan components share: commissions on a downline's volume, and fixed bonuses.

- :class:`VolumeCommission`: the base of every component that pays a percentage of members'
  volume (unilevel, binary, matrix, stairstep, fast start). It owns the traits they have in
  common: it pays on a downline, grows with recruits when members have volume, counts as internal
  in the share of volume that was participants' own purchases (``all_volume``), and splits its
  projected income by the outside part of a member's volume (:func:`split_commission`).
- :class:`FixedBonus`: the base of the components that pay fixed amounts (recruit bonus, rank
  bonus): it pays when any amount is positive.
- :class:`PerLevelPercents`: the traits of a component paying one list of percentages per level
  (unilevel, fast start, matching): whether it pays, the rate a sentence quotes, how deep.
- The small rules the components' words and tables share: a percentage with a decimal only
  where needed (:func:`pct_text`), a list per rank (:func:`rank_list`), a rank's value in a
  by-rank table (:func:`at_rank`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TypeVar

from ..i18n import fmt_number, tr
from .registry import Kind, MonthState, SplitSums

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterable

    from ..projection import Projection
    from ..terms import MemberVolumes
    from .components import Rank

C = TypeVar("C")  # the component model a kind wraps
V = TypeVar("V")  # the values of a by-rank table


def split_commission(basis: str | None, acc: SplitSums, revenue: list[float],
                     volumes: MemberVolumes) -> None:
    """A commission on the customer_volume basis is all outside income; on all_volume the share
    CV / MV of each member's volume is outside, the rest is paid on required own purchases."""
    fraction = 1.0 if basis == "customer_volume" else volumes.outside_fraction
    total = sum(revenue)
    acc.outside += total * fraction
    acc.recruitment += total * (1 - fraction)


def rates_text(percents: Iterable[float], lang: str) -> str:
    """``20 / 10 / 5``: percentages as a sentence lists them (one decimal where needed)."""
    return " / ".join(fmt_number(p, lang, 1 if not float(p).is_integer() else 0) for p in percents)


def pct_text(percent: float, pct: Callable[..., str]) -> str:
    """``20%`` or ``2.5%``: a percentage with one decimal only where it has one."""
    return pct(percent, 0 if float(percent).is_integer() else 1)


def pct_list(percents: Iterable[float], pct: Callable[..., str]) -> str:
    """``20%, 10%, 5%`` (a dash when empty), for the descriptions."""
    return ", ".join(pct_text(p, pct) for p in percents) or "—"


def rank_list(by_rank: dict[str, V], text: Callable[[V], str]) -> str:
    """``Bronze 5%, Silver 10%``: a by-rank table for the descriptions (a dash when empty)."""
    return ", ".join(f"{name} {text(value)}" for name, value in by_rank.items()) or "—"


def at_rank(by_rank: dict[str, V], rank: Rank | None, default: V) -> V:
    """What a by-rank table gives ``rank``: ``default`` for no rank or a rank not listed."""
    return by_rank.get(rank.name, default) if rank is not None else default


def headline_of(percents: list[float]) -> float:
    """The rate a sentence quotes for per-level percentages: the first, unless it is 0 (then the
    highest); 0 for none."""
    if not percents:
        return 0.0
    return percents[0] if percents[0] > 0 else max(percents)


def last_paid(values: Iterable[float]) -> int:
    """How many levels deep per-level values pay: the last level with a positive value (0: none)."""
    return max((i + 1 for i, v in enumerate(values) if v > 0), default=0)


class VolumeCommission(Kind[C]):
    """A percentage of members' volume. Subclasses say whether it pays (``pays``)."""

    matchable: ClassVar[bool] = True  # whether a matching bonus matches its pay (SPEC 10)

    def pays_downline(self) -> bool:
        return self.pays()

    def grows_with_recruits(self, volumes: MemberVolumes) -> bool:
        return self.pays() and volumes.commissionable > 0

    def internal_share(self, internal_consumption: float) -> float:
        return internal_consumption if self.basis == "all_volume" else 0.0

    def split_projection(self, acc: SplitSums, revenue: list[float], projection: Projection,
                         volumes: MemberVolumes) -> None:
        split_commission(self.basis, acc, revenue, volumes)

    def pays_for(self, lang: str, money: Callable[[float], str]) -> str | None:
        return tr(lang, "your downline's volume", "het volume van je netwerk") if self.pays() else None

    def matched_earnings(self, state: MonthState) -> float:
        """What a matching bonus matches of this component (SPEC 10: unilevel, binary, matrix
        level and stairstep pay): its projected income, unless a subclass says otherwise."""
        return float(self.project(state))

    def matched_projector(self) -> Callable[[MonthState], float]:
        if type(self).matched_earnings is not VolumeCommission.matched_earnings:
            return self.matched_earnings  # a subclass's own rule
        project = self.projector()
        return lambda state: float(project(state))


class PerLevelPercents:
    """Mixed into a kind (before its base) that pays one list of percentages, level 1 first
    (:meth:`per_level`): it pays when any is positive, a sentence quotes :func:`headline_of`
    them, and it pays as deep as the last positive one (:func:`last_paid`)."""

    def per_level(self) -> list[float]:
        raise NotImplementedError

    def pays(self) -> bool:
        return any(p > 0 for p in self.per_level())

    def headline_rate(self) -> float:
        return headline_of(self.per_level())

    def depth(self) -> int | None:
        return last_paid(self.per_level())


class FixedBonus(Kind[C]):
    """Fixed amounts (per recruit, per rank). Subclasses list them in :meth:`amounts`."""

    def amounts(self) -> Iterable[float]:
        raise NotImplementedError

    def pays(self) -> bool:
        return any(a > 0 for a in self.amounts())


__all__ = ["FixedBonus", "PerLevelPercents", "VolumeCommission", "at_rank", "headline_of",
           "last_paid", "pct_list", "pct_text", "rank_list", "rates_text", "split_commission"]
