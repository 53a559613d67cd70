"""Library view timings (issue 15 item 2): start-up fill, refresh, search and sort of the list with
1,000 and 10,000 entries, with a row near the bottom selected. Target: <= 100 ms each at 10,000.

Each figure includes processing the events that follow (layout and paint of the shown window).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_library_view.py
(prints figures; asserts nothing)
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from evaluator.core import fileformat  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402
from evaluator.storage import VERDICT_LEVELS, Library  # noqa: E402
from evaluator.storage.schema import search_text  # noqa: E402
from evaluator.ui.library_view import LibraryView  # noqa: E402

KINDS = ("mlm", "dealer", "affiliate", "other")


def fill(path: Path, n: int) -> None:
    """A library with ``n`` entries, written in one transaction (adding them one by one through
    the library API takes ~3 ms each)."""
    Library.open(path).close()  # creates the schema
    documents = [fileformat.dumps(fileformat.load(p)) for p in example_paths()]  # 2.8-6.5 KB each
    rows = []
    for i in range(n):
        name, company = f"Offer {i} Ébène", f"Company {i % 97}"
        stamp = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T10:{i % 60:02d}:00.{i:06d}Z"
        verdict = (*VERDICT_LEVELS, None)[i % (len(VERDICT_LEVELS) + 1)]
        rows.append((name, company, KINDS[i % 4], verdict, documents[i % len(documents)], stamp, stamp, None,
                     search_text(name, company)))
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO evaluations (name, company, kind, verdict, document, created, updated, "
            "file_path, deleted, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)", rows)
    conn.close()


def timed(fn, repeat: int = 5, before=None) -> str:
    """Median wall-clock and CPU milliseconds per call, the events that follow (layout, paint)
    included. CPU time is what this process spent; on a busy machine the wall-clock figure also
    counts waiting for a core."""
    app = QApplication.instance()
    walls, cpus = [], []
    for _ in range(repeat):
        if before is not None:
            before()
            app.processEvents()
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        app.processEvents()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return f"{statistics.median(walls) * 1000:7.1f} ms (CPU {statistics.median(cpus) * 1000:6.1f} ms)"


def bench(n: int, folder: Path) -> None:
    path = folder / f"library-{n}.sqlite3"
    fill(path, n)
    library = Library.open(path)
    app = QApplication.instance()
    start = time.perf_counter()
    view = LibraryView(library, "en")
    view.resize(1300, 800)
    view.show()
    app.processEvents()
    print(f"{n:>6} entries: build and first fill        {(time.perf_counter() - start) * 1000:7.1f} ms "
          f"(fills: {view.fill_count})")
    near_bottom = view.shown_entries()[-3].id
    view.select_id(near_bottom)
    app.processEvents()
    t = timed(view.refresh)
    assert view.selected_ids() == [near_bottom]
    print(f"{n:>6} entries: refresh, row near bottom    {t}")

    def search(text: str):
        def run():
            view.search.setText(text)
            view.apply_search()  # what the debounce timer runs when typing pauses
        return run

    for text in ("ebene 12", "company 5", "nothing like this"):
        t = timed(search(text), before=search(""))
        hits = view.entry_count()
        print(f"{n:>6} entries: search {text!r:<20} {t}, {hits} shown")
    t = timed(search(""), before=search("company 5"))
    print(f"{n:>6} entries: clear the search            {t}, {view.entry_count()} shown")
    assert view.selected_ids() == [near_bottom]  # kept through searching
    for key in ("name", "verdict", "updated"):
        t = timed(lambda key=key: view.sort.setCurrentIndex(view.sort.findData(key)), 1)
        print(f"{n:>6} entries: sort by {key:<19} {t}")
    t = timed(lambda: view.retranslate("nl"), 3)
    print(f"{n:>6} entries: switch language             {t}")
    view.close()
    view.deleteLater()
    app.processEvents()
    library.close()


def main() -> None:
    QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        for n in (1000, 10_000):
            bench(n, Path(tmp))


if __name__ == "__main__":
    main()
