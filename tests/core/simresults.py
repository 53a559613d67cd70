"""A complete ``SimulationResult`` for tests that need a few chosen simulation figures.

The core reads a simulation result by attribute (typed), so a test cannot hand it a partial
stand-in; ``sim_result(top1_share_percent=60.0)`` gives a real result whose other figures are
neutral: nobody simulated, nothing earned, no concentration, no market recorded.
"""

from __future__ import annotations

from typing import Any

from evaluator.core.simulation import SimulationResult


def sim_result(**figures: Any) -> SimulationResult:
    neutral: dict[str, Any] = dict(
        months=12, participants_ever=0, participants_peak=0, participants_final=0,
        cohort_net_percentiles={}, everyone_net_percentiles={},
        cohort_share_profitable_percent=0.0, everyone_share_profitable_percent=0.0,
        top1_share_percent=0.0, top10_share_percent=0.0, internal_consumption_percent=0.0,
        recruits_distribution={}, payout_ratio=None, earnings_by_source={}, series={},
        elapsed_s=0.0,
    )
    neutral.update(figures)
    return SimulationResult(**neutral)
