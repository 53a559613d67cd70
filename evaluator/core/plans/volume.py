"""What the plan components share: commissions on a downline's volume, and fixed bonuses.

- :class:`VolumeCommission`: the base of every component that pays a percentage of members'
  volume (unilevel, binary, matrix, stairstep, fast start). It owns the traits they have in
  common: it pays on a downline, grows with recruits when members have volume, counts as internal
  in the share of volume that was participants' own purchases (``all_volume``), and splits its
  projected income by the outside part of a member's volume (:func:`split_commission`).
- :class:`FixedBonus`: the base of the components that pay fixed amounts (recruit bonus, rank
  bonus): it pays when any amount is positive.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TypeVar

from ..i18n import fmt_number, tr
from .registry import Kind, MonthState, SplitSums

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable, Iterable

    from ..projection import Projection
    from ..terms import MemberVolumes

C = TypeVar("C")  # the component model a kind wraps


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


def pct_list(percents: Iterable[float], pct: Callable[..., str]) -> str:
    """``20%, 10%, 5%`` (a dash when empty), for the descriptions."""
    return ", ".join(pct(p, 0 if float(p).is_integer() else 1) for p in percents) or "—"


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


class FixedBonus(Kind[C]):
    """Fixed amounts (per recruit, per rank). Subclasses list them in :meth:`amounts`."""

    def amounts(self) -> Iterable[float]:
        raise NotImplementedError

    def pays(self) -> bool:
        return any(a > 0 for a in self.amounts())


__all__ = ["FixedBonus", "VolumeCommission", "headline_of", "last_paid", "pct_list", "rates_text",
           "split_commission"]
