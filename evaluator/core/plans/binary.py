"""The ``binary`` plan component: ``percent`` of the weaker of your two legs' volume, capped per
month (SPEC sections 3, 5 and 8.1). Your personal recruits are placed left, right, left, ..."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import tr
from .components import BinaryComponent
from .registry import MonthState, register
from .volume import VolumeCommission

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Callable



@register
class Binary(VolumeCommission[BinaryComponent]):

    type = "binary"
    model = BinaryComponent
    source = "downline"
    order = 21
    editor_fields = ("percent", "monthly_cap", "basis", "carry_over")
    v1_plan = "binary"
    v1_fields = ("binary_percent", "binary_monthly_cap", "commission_basis")

    @classmethod
    def sample(cls) -> BinaryComponent:
        return BinaryComponent(type="binary", percent=10.0, monthly_cap=500.0)

    # -- projection: percent/100 * (all active downline * B) / 2, capped after halving ----------

    reads_own_volume = False

    def project(self, state: MonthState) -> float:
        c = self.c
        downline = c.percent / 100 * state.downline * state.volumes.commissionable / 2
        if c.monthly_cap is not None:
            downline = min(downline, c.monthly_cap)
        return downline

    # -- traits ----------------------------------------------------------------------------

    def pays(self) -> bool:
        return self.c.percent > 0

    def headline_rate(self) -> float:
        return self.c.percent

    def best_rate_per_member(self) -> float | None:
        return self.c.percent / 100 / 2

    def depth(self) -> int | None:
        return None  # the weaker leg however deep it goes

    # -- words -----------------------------------------------------------------------------

    def depth_text(self, lang: str, pct: Callable[..., str], num: Callable[..., str]) -> str:
        p = pct(self.c.percent, 1)
        return tr(lang,
                  f"A binary plan pays {p} on the weaker leg's volume however deep the legs go: you are paid on people you will never meet.",
                  f"Een binair plan betaalt {p} over het volume van het zwakste been, hoe diep de benen ook gaan: je verdient aan mensen die je nooit zult ontmoeten.")

    def describe(self, lang: str, money: Callable[[float], str], pct: Callable[..., str]) -> str:
        c = self.c
        cap = (tr(lang, f", at most {money(c.monthly_cap)} a month", f", hoogstens {money(c.monthly_cap)} per maand")
               if c.monthly_cap is not None else "")
        return tr(lang, f"Binary: {pct(c.percent, 1)} of the weaker leg's volume{cap}.",
                  f"Binair: {pct(c.percent, 1)} van het volume van het zwakste been{cap}.")
