"""Issue #11 (sim-bin): every bundled example's default simulation, CPU milliseconds (best of
several ``time.process_time`` runs) and a digest of each result, with the load average.
Printed, not asserted.

Usage: python benchmarks/bench_sim_bin.py [--against OTHER_CHECKOUT] [--rounds N] [--profile NAME]

``--against``: the same runs, in turns, in another checkout (e.g. ``git worktree add
/tmp/main-copy main`` or ``git archive main | tar -x -C /tmp/main-copy``): each round measures
this checkout and the other (each first in turn), each in a fresh process, so that both see the same load on a
shared machine; the best of every round is printed beside each other and the digests must be
equal (the same result bit for bit). ``--profile NAME``: a cProfile of NAME's simulation, by
tottime.

Measured by sim-bin (2 cores shared with two other engineers, load 1.4-1.9; both checkouts
under /tmp, --against main a358248, 8 rounds of best of 5), main -> sim-bin, ms of CPU; the
machine's noise is +-10 % (this checkout against an identical copy: 60.6 vs 67.5 ms binary):
  mlm-binary-starter-pack           80.9 -> 68.1     mlm-stairstep-breakaway      59.9 -> 63.0
  mlm-unilevel-fast-start-matching  66.5 -> 61.8     mlm-unilevel-doterra-2017    45.2 -> 44.2
  matrix-3x7                        27.6 -> 27.7     gifting-circle-2x3           23.0 -> 23.6
  affiliate-two-tier                11.5 -> 11.4     pyramid-scheme                8.3 ->  7.3
  dealer-kitchen-appliance           7.3 ->  7.0     affiliate-software            1.2 ->  1.5
every result the same (digests equal).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

EXAMPLES = ("affiliate-software", "affiliate-two-tier", "dealer-kitchen-appliance", "gifting-circle-2x3",
            "matrix-3x7", "mlm-binary-starter-pack", "mlm-stairstep-breakaway", "mlm-unilevel-doterra-2017",
            "mlm-unilevel-fast-start-matching", "pyramid-scheme")

# run in a fresh process in the checkout measured (its own evaluator package)
_CHILD = r"""
import hashlib, json, sys, time
import numpy as np
sys.path.insert(0, sys.argv[1])
def canon(x):  # every number at full precision (floats as hex), the run's elapsed time left out
    if hasattr(x, "__dict__") and not isinstance(x, type):
        x = vars(x)
    if isinstance(x, dict):
        return {str(k): canon(v) for k, v in sorted(x.items(), key=lambda kv: str(kv[0]))
                if "elapsed" not in str(k)}
    if isinstance(x, (list, tuple)):
        return [canon(v) for v in x]
    if isinstance(x, np.ndarray):
        return hashlib.sha256(np.ascontiguousarray(x).tobytes()).hexdigest()
    if isinstance(x, (float, np.floating)):
        return float(x).hex()
    if isinstance(x, (int, np.integer)):
        return int(x)
    return repr(x)
from evaluator.core.fileformat import load
from evaluator.core.simulation import simulate
reps = int(sys.argv[2])
out = {}
for name in sys.argv[3:]:
    ev = load(sys.argv[1] + '/resources/examples/%s.oppeval' % name)
    ev = ev[0] if isinstance(ev, tuple) else ev
    res = simulate(ev)
    best = 9e9
    for _ in range(reps):
        c = time.process_time()
        simulate(ev)
        best = min(best, time.process_time() - c)
    text = json.dumps(canon(res), sort_keys=True)
    out[name] = (best * 1000, hashlib.sha256(text.encode()).hexdigest()[:16])
print(json.dumps(out))
"""


def measure(root: str, reps: int) -> dict[str, tuple[float, str]]:
    proc = subprocess.run([sys.executable, "-c", _CHILD, root, str(reps), *EXAMPLES],
                          capture_output=True, text=True, check=True)
    got: dict[str, tuple[float, str]] = json.loads(proc.stdout)
    return got


def load_average() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    args = sys.argv[1:]
    if "--profile" in args:
        import cProfile
        import pstats

        sys.path.insert(0, ROOT)
        from evaluator.core.fileformat import load
        from evaluator.core.simulation import simulate

        name = args[args.index("--profile") + 1]
        ev = load(os.path.join(ROOT, "resources", "examples", name + ".oppeval"))
        simulate(ev)
        pr = cProfile.Profile()
        pr.enable()
        for _ in range(3):
            simulate(ev)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(30)
        return
    other = args[args.index("--against") + 1] if "--against" in args else None
    rounds = int(args[args.index("--rounds") + 1]) if "--rounds" in args else 3
    roots = [ROOT] + ([os.path.abspath(other)] if other else [])
    best: list[dict[str, tuple[float, str]]] = [{} for _ in roots]
    print(f"load average before: {load_average()}")
    for r in range(rounds):
        for i, root in (list(enumerate(roots)) if r % 2 == 0 else list(enumerate(roots))[::-1]):  # each first in turn
            for name, (ms, dig) in measure(root, 5).items():
                if name not in best[i] or ms < best[i][name][0]:
                    best[i][name] = (ms, dig)
    print(f"load average after: {load_average()}")
    for name in EXAMPLES:
        here = best[0][name]
        line = f"{name:34s} {here[0]:7.1f} ms  {here[1]}"
        if other:
            there = best[1][name]
            same = "same result" if there[1] == here[1] else "RESULT DIFFERS"
            line = f"{name:34s} other {there[0]:7.1f} ms -> this {here[0]:7.1f} ms  {same}"
        print(line)


if __name__ == "__main__":
    main()
