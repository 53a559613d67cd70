"""Issue #11/#12 (small-c): the stairstep and binary examples' default simulation and the 1M
stairstep-breakaway (and hybrid) runs: CPU seconds, best of several, with the load average and
a digest of each result (to check a speed change bit for bit). Printed, not asserted.

Usage: python benchmarks/bench_small_c.py [--small] [--big] [--profile small|stair|hybrid]
                                          [--against OTHER/engine.py]

``--against``: the same runs interleaved with another version of ``evaluator/core/payout/engine.py``
(e.g. ``git show c096a3e:evaluator/core/payout/engine.py > /tmp/engine_before.py``), best of each,
so that both see the same load on a shared machine; the digests must be equal.

Measured by small-c (2 cores shared with four other engineers; figures of both versions taken
interleaved under the same load), engine before (c096a3e) -> after:
  mlm-stairstep-breakaway   99.4 ms ->  70.7 ms (load 5.6-6.4)
  mlm-binary-starter-pack   93.4 ms ->  89.5 ms
  1M x 36, stairstep        1.73 s  ->  1.46 s  (load 5.7-5.8)
  1M x 36, hybrid           2.87 s  ->  2.43 s
"""

from __future__ import annotations

import cProfile
import os
import pstats
import sys
import time
from typing import Any

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from benchmarks.bench_small_runs import digest  # noqa: E402
from evaluator.core.fileformat import load  # noqa: E402
from evaluator.core.simulation import simulate  # noqa: E402

EXAMPLES = ("mlm-stairstep-breakaway", "mlm-binary-starter-pack")


def _load(name: str) -> Any:
    ev = load(os.path.join(ROOT, "resources", "examples", name + ".oppeval"))
    return ev[0] if isinstance(ev, tuple) else ev


def _other_engine(path: str) -> Any:
    """Another version of the engine module, importable beside the current one (its relative
    imports resolve in the same package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("evaluator.core.payout._engine_against", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def against(path: str, big_runs: bool) -> None:
    """Every run with both engines in turn (the simulation's engine module swapped), best of each."""
    from evaluator.core import simulation
    from evaluator.core.payout import engine

    other = _other_engine(path)
    cases: list[tuple[str, Any, Any, int]] = [(name, _load(name), None, 15) for name in EXAMPLES]
    if big_runs:
        from benchmarks.bench_simulation import evaluation

        ev = evaluation(1_000_000, 50_000)
        cases += [(f"1M x 36 months, {label}", ev, plan, 2) for label, plan in _big_plans()]
    real = simulation.payout_engine  # type: ignore[attr-defined]
    try:
        for label, ev, plan, times in cases:
            low = {"other": float("inf"), "this": float("inf")}
            digests = {}
            for _ in range(times):
                for key, module in (("other", other), ("this", engine)):
                    simulation.payout_engine = module  # type: ignore[attr-defined]
                    t = time.process_time()
                    res = simulate(ev, payout=plan)
                    low[key] = min(low[key], time.process_time() - t)
                    digests[key] = digest(res)
            same = "same bits" if digests["other"] == digests["this"] else "DIGESTS DIFFER"
            print(f"{label:40s} other {low['other'] * 1000:8.1f} ms, this {low['this'] * 1000:8.1f} ms CPU "
                  f"(best of {times}; {same})")
    finally:
        simulation.payout_engine = real  # type: ignore[attr-defined]


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


def _big_plans() -> list[tuple[str, Any]]:
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
    if "--against" in args:
        against(args[args.index("--against") + 1], "--big" in args)
        print(os.popen("uptime").read().strip())
        return
    if "--big" not in args or "--small" in args:
        small()
    if "--big" in args:
        big()
    print(os.popen("uptime").read().strip())


if __name__ == "__main__":
    main()
