"""Small simulations (issue 11/12): ``simulate(load(p))`` CPU seconds, best of 7, for every
bundled example (what the app runs after each keystroke), and a digest of each result so that
a speed change can be checked bit for bit. Printed, not asserted.

Usage: python benchmarks/bench_small_runs.py [--profile NAME] [--digest]
"""

from __future__ import annotations

import cProfile
import hashlib
import json
import os
import pstats
import sys
import time

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from evaluator.core.fileformat import load  # noqa: E402
from evaluator.core.simulation import simulate  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402


def _canon(x: object) -> object:
    """Every number at full precision (floats as hex), to compare results bit for bit."""
    if hasattr(x, "__dataclass_fields__") or (hasattr(x, "__dict__") and not isinstance(x, type)):
        x = vars(x)
    if isinstance(x, dict):
        return {str(k): _canon(v) for k, v in sorted(x.items(), key=lambda kv: str(kv[0]))
                if "elapsed" not in str(k)}
    if isinstance(x, (list, tuple)):
        return [_canon(v) for v in x]
    if isinstance(x, np.ndarray):
        return hashlib.sha256(np.ascontiguousarray(x).tobytes()).hexdigest()
    if isinstance(x, (float, np.floating)):
        return float(x).hex()
    if isinstance(x, (int, np.integer)):
        return int(x)
    return repr(x)


def digest(result: object) -> str:
    return hashlib.sha256(json.dumps(_canon(result), sort_keys=True).encode()).hexdigest()[:16]


def main() -> None:
    args = sys.argv[1:]
    if "--profile" in args:
        name = args[args.index("--profile") + 1]
        path = next(p for p in example_paths() if name in p.name)
        ev = load(path)
        simulate(ev)
        pr = cProfile.Profile()
        pr.enable()
        simulate(ev)
        pr.disable()
        st = pstats.Stats(pr)
        st.sort_stats("tottime").print_stats(25)
        st.sort_stats("ncalls").print_stats(25)
        return
    print(os.popen("uptime").read().strip())
    for path in example_paths():
        ev = load(path)
        best = float("inf")
        res = None
        for _ in range(7):
            t = time.process_time()
            res = simulate(ev)
            best = min(best, time.process_time() - t)
        extra = f"  {digest(res)}" if "--digest" in args else ""
        print(f"{path.name:55s} {best * 1000:8.1f} ms CPU{extra}")


if __name__ == "__main__":
    main()
