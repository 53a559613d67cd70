"""What the benchmarks share (not a benchmark itself: `make bench` runs bench_*.py only): the
documents they time, and timing a call while counting the projections it runs."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from types import ModuleType
from typing import Any

from evaluator.core.fileformat import from_data
from evaluator.core.model import Evaluation


def worst_case(claim: float | None = None) -> Evaluation:
    """A 120-month horizon with a 7-level plan and six ranks: the break-even search and the
    decision aids run the projection most often on it. ``claim``: a claimed monthly income."""
    offer: dict[str, Any] = {
        "name": "120 months, 7 levels, ranks" + (", a claim" if claim else ""),
        "fees": {"starter_kit": 100, "monthly": 30},
        "products": [{"name": "p", "wholesale_price": 30, "retail_price": 45, "volume": 25}],
        "requirements": {"monthly_volume": 100},
        "payout": {"plan": "unilevel", "levels": [10, 5, 5, 4, 3, 2, 1],
                   "ranks": [{"name": f"r{i}", "group_volume": 1000 * 2 ** i, "legs": i,
                              "monthly_bonus": 50 * 2 ** i} for i in range(6)]},
    }
    if claim:
        offer["claims"] = {"claimed_monthly_income": claim}
    return from_data({
        "format": "opportunity-evaluation", "version": 1, "offer": offer,
        "assumptions": {"horizon_months": 120, "recruits_per_month": 0.3,
                        "downline_recruits_per_member_per_month": 0.05,
                        "new_customers_per_month": 1, "customer_monthly_spend": 40},
    })


def median_ms(fn: Callable[[], object], runs: int) -> float:
    """The median wall time of ``runs`` calls of ``fn``, in milliseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def timed_projections(module: ModuleType, fn: Callable[[], object], runs: int) -> tuple[float, int]:
    """(median ms of ``runs`` calls of ``fn``, how many times one call runs ``module.project``):
    the projections are counted in a first call through a counting ``module.project``, put back
    before the timed calls."""
    calls = 0
    project = module.project

    def counting(evaluation: Evaluation) -> Any:
        nonlocal calls
        calls += 1
        return project(evaluation)

    module.project = counting
    try:
        fn()
    finally:
        module.project = project
    return median_ms(fn, runs), calls
