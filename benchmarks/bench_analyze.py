"""Time one in-process ``analyze`` of each bundled example (median of 50 runs; target < 20 ms).

Also times a worst case: a 120-month horizon with a 7-level plan and ranks, where the break-even
search runs the projection most often. Prints the figures; asserts nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluator.core import breakeven  # noqa: E402
from evaluator.core.analysis import analyze  # noqa: E402
from benchmarks.cases import timed_projections, worst_case  # noqa: E402
from evaluator.core.fileformat import load  # noqa: E402
from evaluator.core.model import Evaluation  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402

RUNS = 50
TARGET_MS = 20.0



def time_one(evaluation: Evaluation) -> tuple[float, int]:
    return timed_projections(breakeven, lambda: analyze(evaluation, "nl"), RUNS)


def main() -> None:
    cases = [(p.name, load(p)) for p in example_paths()]
    if not cases:
        print("no bundled examples found in resources/examples")
    cases.append(("(worst case) 120 months, 7 levels, 6 ranks", worst_case()))
    print(f"analyze, median of {RUNS} runs (target < {TARGET_MS:.0f} ms each)")
    width = max(len(name) for name, _ in cases)
    for name, evaluation in cases:
        ms, projections = time_one(evaluation)
        mark = "ok" if ms < TARGET_MS else "SLOW"
        print(f"  {name.ljust(width)}  {ms:7.2f} ms  ({projections} break-even projections)  {mark}")


if __name__ == "__main__":
    main()
