"""Issue #11/#12 (small-c): the stairstep and binary examples' default simulation and the 1M
stairstep-breakaway (and hybrid) runs: CPU seconds, best of several, with the load average and
a digest of each result (to check a speed change bit for bit). Printed, not asserted.

Usage: python benchmarks/bench_small_c.py [--small] [--big] [--profile small|stair|hybrid]
"""

from __future__ import annotations

import cProfile
import os
import pstats
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from benchmarks.bench_small_runs import digest  # noqa: E402
from evaluator.core.fileformat import load  # noqa: E402
from evaluator.core.simulation import simulate  # noqa: E402

EXAMPLES = ("mlm-stairstep-breakaway", "mlm-binary-starter-pack")


def _load(name: str) -> object:
    ev = load(os.path.join(ROOT, "resources", "examples", name + ".oppeval"))
    return ev[0] if isinstance(ev, tuple) else ev


def best(fn: object, times: int) -> tuple[float, object]:
    low, res = float("inf"), None
    for _ in range(times):
        t = time.process_time()
        res = fn()  # type: ignore[operator]
        low = min(low, time.process_time() - t)
    return low, res


def small() -> None:
    for name in EXAMPLES:
        ev = _load(name)
        cpu, res = best(lambda ev=ev: simulate(ev), 5)
        print(f"{name:30s} {cpu * 1000:7.1f} ms CPU (best of 5; aim <= 55 ms)  digest {digest(res)}")


def _big_plans() -> list[tuple[str, object]]:
    from benchmarks.bench_payout import HYBRID, STAIRSTEP
    from evaluator.core.plans.components import PayoutPlan

    return [("stairstep-breakaway", PayoutPlan.model_validate(STAIRSTEP, strict=True)),
            ("hybrid", PayoutPlan.model_validate(HYBRID, strict=True))]


def big() -> None:
    from benchmarks.bench_simulation import evaluation

    ev = evaluation(1_000_000, 50_000)
    for label, plan in _big_plans():
        cpu, res = best(lambda plan=plan: simulate(ev, payout=plan), 2)
        print(f"1M x 36 months, {label:20s} {cpu:6.2f} s CPU (best of 2; target <= 1.0 s)  digest {digest(res)}")


def profile(which: str) -> None:
    if which == "small":
        evs = [(_load(name), None) for name in EXAMPLES]
    else:
        from benchmarks.bench_simulation import evaluation

        plans = dict(_big_plans())
        evs = [(evaluation(1_000_000, 50_000), plans["stairstep-breakaway" if which == "stair" else "hybrid"])]
    for ev, plan in evs:
        simulate(ev, payout=plan)
        pr = cProfile.Profile()
        pr.enable()
        simulate(ev, payout=plan)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(22)


def main() -> None:
    args = sys.argv[1:]
    print(os.popen("uptime").read().strip())
    if "--profile" in args:
        profile(args[args.index("--profile") + 1])
        return
    if "--big" not in args or "--small" in args:
        small()
    if "--big" in args:
        big()
    print(os.popen("uptime").read().strip())


if __name__ == "__main__":
    main()
