"""Payout plans made of components (format version 2) and the seam every consumer reads them
through.

- :mod:`.components` and :mod:`.upgrade`: the version-2 models and the version-1 upgrade;
- :mod:`.registry`: the :class:`Kind` interface a component implements, the registry, and
  :class:`Plan` (a rank table and the components in a fixed order);
- :mod:`.volume`: the base classes the components share (commissions on volume, fixed bonuses);
- one module per component type (:mod:`.unilevel`, :mod:`.binary`, :mod:`.matrix`,
  :mod:`.stairstep`, :mod:`.matching`, :mod:`.fast_start`, :mod:`.recruit_bonus`,
  :mod:`.rank_bonus`), each registering itself on import.

How to add a component: ``docs/plans.md``.
"""

from .registry import (
    REGISTRY, SOURCES, Kind, MonthState, Plan, SplitSums, kinds, plan_of_v1, register,
    unregister, v1_payout_fields,
)
from . import (  # noqa: E402,F401  (they register)
    binary, fast_start, matching, matrix, rank_bonus, recruit_bonus, stairstep, unilevel,
)

__all__ = [
    "REGISTRY", "SOURCES", "Kind", "MonthState", "Plan", "SplitSums", "kinds",
    "plan_of_v1", "register", "unregister", "v1_payout_fields",
]
