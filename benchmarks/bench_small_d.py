"""Small simulations, issue 11 (small-d): every bundled example's default simulation,
``simulate(load(p))`` CPU milliseconds (``time.process_time``, best of N), printed beside the
figure measured before small-d's changes, with a digest of the result that must equal the one
before (the same bits). Printed, not asserted.

Usage: python benchmarks/bench_small_d.py [--runs N]
"""

from __future__ import annotations

import os
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "benchmarks"))

from bench_small_runs import digest  # noqa: E402
from evaluator.core.fileformat import load  # noqa: E402
from evaluator.core.simulation import simulate  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402

# Before small-d's changes (main at c096a3e), CPU ms best of 7, load average about 2.5 on
# 2 cores; and each result's digest (bench_small_runs.digest), which must not change.
BEFORE: dict[str, tuple[float, str]] = {
    "affiliate-software.oppeval": (2.1, "323d1f5dcd22b3de"),
    "affiliate-two-tier.oppeval": (20.4, "3220f2fc8dedaf78"),
    "dealer-kitchen-appliance.oppeval": (13.0, "d930907176c65550"),
    "gifting-circle-2x3.oppeval": (41.5, "fe2b082357b885ea"),
    "matrix-3x7.oppeval": (37.9, "dd4c37161263702a"),
    "mlm-binary-starter-pack.oppeval": (125.0, "c6f6327a737565a1"),
    "mlm-stairstep-breakaway.oppeval": (131.4, "4a3754d58be5c2ad"),
    "mlm-unilevel-doterra-2017.oppeval": (75.7, "c6b8c362a2423872"),
    "mlm-unilevel-fast-start-matching.oppeval": (107.4, "61b2313d95d48499"),
    "pyramid-scheme.oppeval": (10.4, "1fbb8e53a401d3c7"),
}


def main() -> None:
    args = sys.argv[1:]
    runs = int(args[args.index("--runs") + 1]) if "--runs" in args else 7
    print(os.popen("uptime").read().strip())
    print(f"{'example':45s} {'before':>8s} {'now':>8s}  digest")
    for path in example_paths():
        ev = load(path)
        if isinstance(ev, tuple):
            ev = ev[0]
        best = float("inf")
        res = None
        for _ in range(runs):
            t = time.process_time()
            res = simulate(ev)
            best = min(best, time.process_time() - t)
        before, want = BEFORE.get(path.name, (float("nan"), ""))
        got = digest(res)
        same = "same bits" if got == want else f"CHANGED {got} (was {want})"
        print(f"{path.name:45s} {before:8.1f} {best * 1000:8.1f}  {same}")


if __name__ == "__main__":
    main()
