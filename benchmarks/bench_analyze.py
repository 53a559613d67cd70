"""Time one in-process ``analyze`` of each bundled example (median of 50 runs; target < 20 ms).

Also times a worst case: a 120-month horizon with a 7-level plan and ranks, where the break-even
search runs the projection most often. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluator.core import breakeven  # noqa: E402
from evaluator.core.analysis import analyze  # noqa: E402
from evaluator.core.fileformat import load  # noqa: E402
from evaluator.core.model import Evaluation  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402
from evaluator.core.fileformat import from_data as _from_data  # a version-1 document, upgraded

RUNS = 50
TARGET_MS = 20.0


def worst_case() -> Evaluation:
    return _from_data({
        "format": "opportunity-evaluation", "version": 1,
        "offer": {"name": "120 months, 7 levels, ranks", "fees": {"starter_kit": 100, "monthly": 30},
                  "products": [{"name": "p", "wholesale_price": 30, "retail_price": 45, "volume": 25}],
                  "requirements": {"monthly_volume": 100},
                  "payout": {"plan": "unilevel", "levels": [10, 5, 5, 4, 3, 2, 1],
                             "ranks": [{"name": f"r{i}", "group_volume": 1000 * 2 ** i, "legs": i,
                                        "monthly_bonus": 50 * 2 ** i} for i in range(6)]}},
        "assumptions": {"horizon_months": 120, "recruits_per_month": 0.3,
                        "downline_recruits_per_member_per_month": 0.05,
                        "new_customers_per_month": 1, "customer_monthly_spend": 40},
    })


def time_one(evaluation: Evaluation) -> tuple[float, int]:
    calls = 0
    project = breakeven.project

    def counting(ev):
        nonlocal calls
        calls += 1
        return project(ev)

    breakeven.project = counting
    try:
        analyze(evaluation, "nl")
        per_run = calls
    finally:
        breakeven.project = project
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        analyze(evaluation, "nl")
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), per_run


def main() -> None:
    cases = [(p.name, load(p)) for p in example_paths()]
    if not cases:
        print("no bundled examples found in resources/examples")
    cases.append(("(worst case) 120 months, 7 levels, 6 ranks", worst_case()))
    print(f"analyze, median of {RUNS} runs (target < {TARGET_MS:.0f} ms each)")
    width = max(len(name) for name, _ in cases)
    for name, evaluation in cases:
        ms, projections = time_one(evaluation)
        mark = "ok" if ms < TARGET_MS else "SLOW"
        print(f"  {name.ljust(width)}  {ms:7.2f} ms  ({projections} break-even projections)  {mark}")


if __name__ == "__main__":
    main()
