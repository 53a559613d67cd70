"""Issue #12's 1M four-component hybrid (printed, not asserted; run by hand or `make bench`).

The 1,000,000 market x 36 months of ``bench_simulation.spec10_targets`` with the hybrid of
``bench_payout.HYBRID`` (unilevel with standard compression and depth by rank, fast start,
matching, rank bonus), the stairstep-breakaway plan and the version-1 unilevel: CPU seconds,
best of ``--runs`` (default 2), with the load average. ``--profile``: one hybrid run under
cProfile, the top functions by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from benchmarks.bench_payout import HYBRID, STAIRSTEP  # noqa: E402
from benchmarks.bench_simulation import evaluation  # noqa: E402
from evaluator.core.plans.components import PayoutPlan  # noqa: E402
from evaluator.core.simulation import simulate  # noqa: E402


def cpu_best(fn, runs: int):
    best = None
    result = None
    for _ in range(runs):
        c = time.process_time()
        result = fn()
        cpu = time.process_time() - c
        best = cpu if best is None else min(best, cpu)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--only", choices=("hybrid", "stairstep", "v1"))
    args = parser.parse_args()
    ev = evaluation(1_000_000, 50_000)
    plans = {"hybrid": HYBRID, "stairstep": STAIRSTEP, "v1": None}
    if args.profile:
        plan = PayoutPlan.model_validate(HYBRID, strict=True)
        prof = cProfile.Profile()
        prof.enable()
        simulate(ev, payout=plan)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(25)
        return
    for label, spec in plans.items():
        if args.only and label != args.only:
            continue
        plan = None if spec is None else PayoutPlan.model_validate(spec, strict=True)
        cpu, result = cpu_best(lambda plan=plan: simulate(ev, payout=plan), args.runs)
        print(f"1M market x 36 months, {label}: {cpu:.2f} s CPU (best of {args.runs}; load "
              f"{os.getloadavg()[0]:.2f}); paid by component "
              + ", ".join(f"{k} {v!r}" for k, v in result.by_component.items()), flush=True)


if __name__ == "__main__":
    main()
