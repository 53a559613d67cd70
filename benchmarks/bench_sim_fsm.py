"""The bundled examples' default simulations (what the app runs after every edit): CPU time,
best of several runs, per example. Prints figures; asserts nothing (see README: benchmarks).

    .venv/bin/python benchmarks/bench_sim_fsm.py [example-name ...] [--runs N]
"""

from __future__ import annotations

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from evaluator.core.fileformat import load  # noqa: E402
from evaluator.core.simulation import simulate  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402


def main(argv: list[str]) -> None:
    runs = 7
    if "--runs" in argv:
        i = argv.index("--runs")
        runs = int(argv[i + 1])
        del argv[i:i + 2]
    paths = [p for p in example_paths() if not argv or p.stem in argv]
    print(f"load average {os.getloadavg()[0]:.2f}; CPU ms, best of {runs}")
    for path in paths:
        ev = load(path)
        ev = ev[0] if isinstance(ev, tuple) else ev
        simulate(ev)  # warm up
        best = float("inf")
        for _ in range(runs):
            start = time.process_time()
            simulate(ev)
            best = min(best, time.process_time() - start)
        print(f"{path.stem:40s} {best * 1000:7.1f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
