"""Time the decision aids (exit ledger, claim check, sensitivity, upline table; SPEC 12) and the Dutch tax
block for each bundled example and a worst case (median of 20 runs), with the number of
projections each needs. Prints the figures; asserts nothing. The app recomputes them as the user
types (``Analysis.decisions``, a moment after the last change), so they should stay of the same
order as ``analyze`` (whose target is 20 ms).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluator.core import decisions  # noqa: E402
from benchmarks.cases import timed_projections, worst_case  # noqa: E402
from evaluator.core.fileformat import load  # noqa: E402
from evaluator.core.nl_tax import tax_info  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402

RUNS = 20



def _timed(fn) -> tuple[float, int]:
    return timed_projections(decisions, fn, RUNS)


def main() -> None:
    cases = [(p.name, load(p)) for p in example_paths()]
    cases.append(("(worst case) 120 months, 7 levels, 6 ranks, a claim", worst_case(claim=3000)))
    print(f"decision aids, median of {RUNS} runs")
    width = max(len(name) for name, _ in cases)
    for name, ev in cases:
        parts = []
        for label, fn in (("exit", lambda ev=ev: decisions.exit_ledger(ev)),
                          ("claim", lambda ev=ev: decisions.claim_check(ev)),
                          ("sensitivity", lambda ev=ev: decisions.sensitivity(ev)),
                          ("upline", lambda ev=ev: decisions.upline_table(ev)),
                          ("nl_tax", lambda ev=ev: tax_info(ev, "nl"))):
            ms, calls = _timed(fn)
            parts.append(f"{label} {ms:6.2f} ms ({calls:3d} proj.)")
        print(f"  {name.ljust(width)}  " + "  ".join(parts))


if __name__ == "__main__":
    main()
