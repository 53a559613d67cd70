"""CPU time of each bundled example's own simulation (issue 11/12: small runs, per-month cost).

Prints, per example, the best of 7 runs of ``simulate(load(path))`` in CPU time
(``time.process_time``) and the load average."""

from __future__ import annotations

import os
import sys
import time

from evaluator.core.fileformat import load
from evaluator.core.simulation import simulate
from evaluator.resources import example_paths


def main() -> None:
    only = sys.argv[1:]
    print(f"load average: {os.getloadavg()[0]:.2f}")
    for path in example_paths():
        if only and not any(o in path.name for o in only):
            continue
        ev = load(path)
        best = float("inf")
        for _ in range(7):
            t = time.process_time()
            simulate(ev)
            best = min(best, time.process_time() - t)
        print(f"{path.stem:40s} {best * 1000:8.1f} ms CPU")


if __name__ == "__main__":
    main()
