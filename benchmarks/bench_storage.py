"""Library (SQLite) timings: open, add, update, list/search, get, draft autosave.

Run: .venv/bin/python benchmarks/bench_storage.py   (prints figures; asserts nothing)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from evaluator.core.model import Evaluation  # noqa: E402
from evaluator.storage import Library  # noqa: E402


def sample(i: int) -> Evaluation:
    ev = Evaluation.new(f"Offer {i} Ébène")
    ev.offer.company = f"Company {i % 97}"
    ev.offer.kind = ("mlm", "dealer", "affiliate", "other")[i % 4]
    ev.offer.payout.plan = "unilevel"
    ev.offer.payout.levels = [10.0, 5.0, 3.0, 2.0, 1.0, 1.0, 0.5]
    ev.offer.notes = "Notes " * 50
    return ev


def timed(fn, repeat: int = 1) -> float:
    """Median seconds per call."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.sqlite3"
        t = timed(lambda: Library.open(path).close())
        print(f"create a new library:                  {t * 1000:8.1f} ms")
        lib = Library.open(path)
        n = 2000
        evs = [sample(i) for i in range(n)]
        start = time.perf_counter()
        ids = [lib.add(ev) for ev in evs]
        add = (time.perf_counter() - start) / n
        print(f"add (one transaction each, fsync):     {add * 1000:8.2f} ms per entry ({n} entries)")
        t = timed(lambda: lib.update(ids[5], evs[5], verdict="caution"), 50)
        print(f"update one entry:                      {t * 1000:8.2f} ms")
        t = timed(lambda: lib.save_draft(ids[7], evs[7]), 50)
        print(f"save a draft (autosave):               {t * 1000:8.2f} ms")
        t = timed(lambda: lib.get(ids[n // 2]), 50)
        print(f"get one evaluation (load + validate):  {t * 1000:8.2f} ms")
        t = timed(lambda: lib.list(), 20)
        print(f"list all {n} (sort by updated):      {t * 1000:8.2f} ms")
        t = timed(lambda: lib.list(sort="name"), 20)
        print(f"list all {n} (sort by name):         {t * 1000:8.2f} ms")
        t = timed(lambda: lib.list(search="ebene 12"), 20)
        print(f"search 'ebene 12' in {n}:            {t * 1000:8.2f} ms ({len(lib.list(search='ebene 12'))} hits)")
        lib.close()
        size = path.stat().st_size
        t = timed(lambda: Library.open(path).close(), 5)
        print(f"open {n} entries ({size / 1e6:.1f} MB, quick_check): {t * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
