"""The core's share of a keystroke's figures (issue 11): per bundled example, the CPU time of the
deterministic analysis (no simulation) and of the break-even search inside it, for document
states never analysed before (the monthly fee changed each time, as typing does: the break-even
answer kept per state is never reused). Best and median of RUNS, CPU time of this thread, the
load average beside them (the machine is shared). Prints the figures; asserts nothing.

Usage: bench_figures.py [WORD ...] (only the examples whose name contains a word).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy  # noqa: E402,F401  (loaded in the app by its first simulation: the recruits search uses it)

from evaluator.core import breakeven, fileformat  # noqa: E402
from evaluator.core.analysis import analyze  # noqa: E402
from evaluator.core.model import Evaluation  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402

RUNS = 15


def states(evaluation: Evaluation, count: int) -> list[Evaluation]:
    """``count`` copies of the document, each with another monthly fee (a new state)."""
    data = fileformat.to_data(evaluation)
    out = []
    for i in range(count):
        data["offer"]["fees"]["monthly"] = round(evaluation.offer.fees.monthly + 0.37 * (i + 1), 2)
        out.append(fileformat.from_data(data))
    return out


def cpu_ms(run, evaluations: list[Evaluation]) -> list[float]:
    times = []
    for ev in evaluations:
        c0 = time.thread_time()
        run(ev)
        times.append((time.thread_time() - c0) * 1000)
    return times


def main(argv: list[str]) -> None:
    print(f"load average at start: {os.getloadavg()[0]:.1f} (2 cores shared)")
    print(f"{'example':35} {'analyze CPU ms':>16} {'break-even CPU ms':>19}")
    print(f"{'':35} {'best / median':>16} {'best / median':>19}")
    for path in example_paths():
        if argv and not any(word in path.stem for word in argv):
            continue
        ev = fileformat.load(path)
        analyze(ev, "nl", run_simulation=False)  # imports and caches warmed
        whole = cpu_ms(lambda e: analyze(e, "nl", run_simulation=False), states(ev, RUNS))
        # The search alone, on other new states (its answer is kept per state).
        alone = cpu_ms(lambda e: breakeven.break_even_needs(e, "nl"), states(ev, 2 * RUNS)[RUNS:])
        print(f"{path.stem:35} {min(whole):7.2f} / {statistics.median(whole):6.2f}"
              f" {min(alone):9.2f} / {statistics.median(alone):6.2f}")
    print(f"load average at end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main(sys.argv[1:])
