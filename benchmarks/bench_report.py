"""Time writing the PDF summary of the largest bundled example (target < 1.5 s).

Prints, for the largest example (by file size): the first report in a fresh process (Qt, fonts
and matplotlib loading included), then the median of 5 warm runs in Dutch and English, without
and with a population simulation (the simulation itself is not timed), and the page counts.
Asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

from evaluator.core.fileformat import load  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402

RUNS = 5
TARGET_S = 1.5


def cold_run(example: Path, out: Path) -> float:
    """`report` command in a fresh interpreter, timed from outside (start-up included)."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "evaluator", "report", str(example), "-o", str(out)],
                   check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> int:
    from evaluator.core.simulation import simulate
    from evaluator.report import ensure_qt_app, write_report

    examples = example_paths()
    if not examples:
        print("no bundled examples")
        return 0
    largest = max(examples, key=lambda p: p.stat().st_size)
    evaluation = load(largest)
    print(f"largest example: {largest.name} ({largest.stat().st_size} bytes)")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "report.pdf"
        print(f"  cold 'report' command, new process:  {cold_run(largest, out):.3f} s "
              f"(Python, Qt and matplotlib start-up included)")
        ensure_qt_app()
        start = time.perf_counter()
        write_report(evaluation, out, lang="nl")
        print(f"  first report in this process:        {time.perf_counter() - start:.3f} s "
              f"(matplotlib and fonts loading included)")
        simulation = simulate(evaluation)
        worst = 0.0
        for lang in ("nl", "en"):
            for label, sim in (("without simulation", None), ("with simulation", simulation)):
                times, pages = [], 0
                for _ in range(RUNS):
                    start = time.perf_counter()
                    pages = write_report(evaluation, out, lang=lang, simulation=sim)
                    times.append(time.perf_counter() - start)
                median = statistics.median(times)
                worst = max(worst, median)
                print(f"  {lang} {label:20s} median of {RUNS}: {median:.3f} s, {pages} pages, "
                      f"{out.stat().st_size / 1024:.0f} KiB")
    verdict = "within" if worst < TARGET_S else "ABOVE"
    print(f"  slowest warm median {worst:.3f} s: {verdict} the {TARGET_S} s target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
