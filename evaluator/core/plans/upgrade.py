"""Upgrading a version-1 payout plan to the version-2 component plan (SPEC 8.4).

Owns :func:`upgrade_payout_v1`: ``plan: unilevel`` becomes a ``unilevel`` component, ``binary`` a
``binary`` component, a recruit bonus a one-level ``recruit_bonus``, and the ranks' monthly
bonuses a ``rank_bonus``. Version 1 picked "the qualifying rank with the largest group volume, the
first listed on a tie"; version 2 picks "the qualifying rank listed last". Sorting the ranks by
group volume ascending, with the one listed first in version 1 placed higher among equals, makes
both rules choose the same rank.
"""

from __future__ import annotations

from ..model_v1 import Payout
from .components import (
    BinaryComponent, Component, PayoutPlan, Rank, RankBonusComponent, RecruitBonusComponent,
    UnilevelComponent, remember_shown_names,
)


def upgrade_payout_v1(payout_v1: Payout) -> PayoutPlan:
    """The version-2 plan that pays exactly what this version-1 plan paid."""
    components: list[Component] = []
    if payout_v1.plan == "unilevel":
        components.append(UnilevelComponent(
            type="unilevel", levels=list(payout_v1.levels), basis=payout_v1.commission_basis))
    elif payout_v1.plan == "binary":
        components.append(BinaryComponent(
            type="binary", percent=payout_v1.binary_percent,
            monthly_cap=payout_v1.binary_monthly_cap, basis=payout_v1.commission_basis))
    if payout_v1.recruit_bonus > 0:
        components.append(RecruitBonusComponent(type="recruit_bonus", amounts=[payout_v1.recruit_bonus]))

    # Ascending group volume; among equals the one listed first in version 1 goes last (higher).
    order = sorted(range(len(payout_v1.ranks)),
                   key=lambda i: (payout_v1.ranks[i].group_volume, -i))
    names = _unique_names([r.name for r in payout_v1.ranks])  # in version 1's order
    ranks = [Rank(name=names[i], personal_volume=0, group_volume=payout_v1.ranks[i].group_volume,
                  legs=payout_v1.ranks[i].legs, leg_volume=0)
             for i in order]
    if any(r.monthly_bonus > 0 for r in payout_v1.ranks):
        components.append(RankBonusComponent(
            type="rank_bonus",
            amount_by_rank={names[i]: payout_v1.ranks[i].monthly_bonus for i in order}))
    plan = PayoutPlan(retail_mode=payout_v1.retail_mode,
                      retail_commission_percent=payout_v1.retail_commission_percent,
                      ranks=ranks, components=components)
    remember_shown_names(plan, {new: old for new, old in zip(names, (r.name for r in payout_v1.ranks))
                                if new != old})
    return plan


def _unique_names(names: list[str]) -> list[str]:
    """Version 1 allowed two ranks of the same name; version 2 keys rates by name, so a repeated
    name gets " (2)", " (3)", … (the first listed keeps its name), kept within the 200-character limit."""
    taken = set(names)
    seen: set[str] = set()
    out = []
    for name in names:
        if name in seen:
            n = 2
            while True:
                suffix = f" ({n})"
                candidate = name[: 200 - len(suffix)] + suffix
                if candidate not in taken:
                    break
                n += 1
            name = candidate
            taken.add(name)
        seen.add(name)
        out.append(name)
    return out


__all__ = ["upgrade_payout_v1"]
