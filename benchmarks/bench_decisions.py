"""Time the decision aids (exit ledger, claim check, sensitivity, upline table; SPEC 12) and the Dutch tax
block for each bundled example and a worst case (median of 20 runs), with the number of
projections each needs. Prints the figures; asserts nothing. The app recomputes them as the user
types (``Analysis.decisions``, a moment after the last change), so they should stay of the same
order as ``analyze`` (whose target is 20 ms).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluator.core import decisions  # noqa: E402
from evaluator.core.fileformat import load  # noqa: E402
from evaluator.core.model import Evaluation  # noqa: E402
from evaluator.core.nl_tax import tax_info  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402
from evaluator.core.fileformat import from_data as _from_data  # a version-1 document, upgraded

RUNS = 20


def worst_case() -> Evaluation:
    return _from_data({
        "format": "opportunity-evaluation", "version": 1,
        "offer": {"name": "120 months, 7 levels, ranks, a claim", "fees": {"starter_kit": 100, "monthly": 30},
                  "products": [{"name": "p", "wholesale_price": 30, "retail_price": 45, "volume": 25}],
                  "requirements": {"monthly_volume": 100},
                  "payout": {"plan": "unilevel", "levels": [10, 5, 5, 4, 3, 2, 1],
                             "ranks": [{"name": f"r{i}", "group_volume": 1000 * 2 ** i, "legs": i,
                                        "monthly_bonus": 50 * 2 ** i} for i in range(6)]},
                  "claims": {"claimed_monthly_income": 3000}},
        "assumptions": {"horizon_months": 120, "recruits_per_month": 0.3,
                        "downline_recruits_per_member_per_month": 0.05,
                        "new_customers_per_month": 1, "customer_monthly_spend": 40},
    })


def _timed(fn) -> tuple[float, int]:
    calls = 0
    project = decisions.project

    def counting(ev):
        nonlocal calls
        calls += 1
        return project(ev)

    decisions.project = counting
    try:
        fn()
    finally:
        decisions.project = project
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), calls


def main() -> None:
    cases = [(p.name, load(p)) for p in example_paths()]
    cases.append(("(worst case) 120 months, 7 levels, 6 ranks, a claim", worst_case()))
    print(f"decision aids, median of {RUNS} runs")
    width = max(len(name) for name, _ in cases)
    for name, ev in cases:
        parts = []
        for label, fn in (("exit", lambda ev=ev: decisions.exit_ledger(ev)),
                          ("claim", lambda ev=ev: decisions.claim_check(ev)),
                          ("sensitivity", lambda ev=ev: decisions.sensitivity(ev)),
                          ("upline", lambda ev=ev: decisions.upline_table(ev)),
                          ("nl_tax", lambda ev=ev: tax_info(ev, "nl"))):
            ms, calls = _timed(fn)
            parts.append(f"{label} {ms:6.2f} ms ({calls:3d} proj.)")
        print(f"  {name.ljust(width)}  " + "  ".join(parts))


if __name__ == "__main__":
    main()
