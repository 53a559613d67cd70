"""Payout kernels of ranks, stairstep, binary, matrix and rank bonus (printed, not asserted).

1. Issue 12's stairstep target: the 1M market x 36 months (benchmarks/bench_simulation.py's
   evaluation) paid by the stairstep-breakaway plan with two generations, and the hybrid; CPU
   seconds, best of 2.
2. The engine alone on bench_payout's 1,000,000-member network: stairstep, a binary with carry,
   and the 3x7 matrix (placement included); CPU seconds, best of 3.
3. Every bundled example's own simulation (what the app runs after each edit), CPU ms, best of 5.
Run: ``.venv/bin/python benchmarks/bench_engine_ranks.py [sim|engine|examples]...``.
"""

from __future__ import annotations

import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from benchmarks.bench_payout import HYBRID, MATRIX, STAIRSTEP, network  # noqa: E402
from benchmarks.bench_simulation import evaluation  # noqa: E402
from evaluator.core.payout.engine import compute  # noqa: E402
from evaluator.core.plans.components import PayoutPlan  # noqa: E402
from evaluator.core.simulation import simulate  # noqa: E402

BINARY = {"ranks": [], "components": [{"type": "binary", "percent": 10, "monthly_cap": 500,
                                       "carry_over": True}]}


def cpu_best(fn, runs: int):
    best, result = float("inf"), None
    for _ in range(runs):
        c = time.process_time()
        result = fn()
        best = min(best, time.process_time() - c)
    return best, result


def load() -> str:
    return "load average %.2f" % os.getloadavg()[0]


def sim() -> None:
    ev = evaluation(1_000_000, 50_000)
    for label, spec in (("stairstep-breakaway", STAIRSTEP), ("hybrid", HYBRID)):
        plan = PayoutPlan.model_validate(spec, strict=True)
        cpu, result = cpu_best(lambda plan=plan: simulate(ev, payout=plan), 2)
        print(f"1M market x 36 months, {label}: {cpu:.2f} s CPU (best of 2, {load()}); paid "
              + ", ".join(f"{k} {v:,.2f}" for k, v in result.by_component.items()))


def engine() -> None:
    net = network(1_000_000)
    for label, spec in (("stairstep", STAIRSTEP), ("binary with carry", BINARY), ("hybrid", HYBRID),
                        ("3x7 matrix", MATRIX)):
        plan = PayoutPlan.model_validate(spec, strict=True)

        def run(plan=plan):
            net._cache.clear()
            return compute(plan, net)
        cpu, result = cpu_best(run, 3)
        print(f"engine on 1,000,000 members, {label}: {cpu:.3f} s CPU (best of 3, {load()}); "
              f"paid {result.paid_total!r}")


def examples() -> None:
    from evaluator import resources
    from evaluator.core import fileformat

    total = 0.0
    for path in resources.example_paths():
        ev = fileformat.load(path)
        cpu, result = cpu_best(lambda ev=ev: simulate(ev), 5)
        total += cpu
        print(f"example {path.stem}: {cpu * 1000:.1f} ms CPU (best of 5), {result.participants_ever:,} ever")
    print(f"all examples: {total * 1000:.0f} ms CPU ({load()})")


if __name__ == "__main__":
    parts = sys.argv[1:] or ["sim", "engine", "examples"]
    for part in parts:
        {"sim": sim, "engine": engine, "examples": examples}[part]()
