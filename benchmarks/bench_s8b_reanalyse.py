"""Time the one-time re-analysis of a library whose stored verdicts another analysis made (an
older app version, or a migrated version-1 library): 200 entries, 20 of each bundled example.

Prints: opening the library (one read of a setting), the first ``list()`` (which re-analyses
every entry, simulations included), and opening and listing again (nothing to redo). Asserts
nothing.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluator.core import fileformat  # noqa: E402
from evaluator.storage import Library  # noqa: E402
from evaluator.storage.library import ANALYSIS_KEY  # noqa: E402

ENTRIES = 200
EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "resources" / "examples").glob("*.oppeval"))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "library.sqlite3"
        docs = [fileformat.loads(p.read_text(encoding="utf-8")) for p in EXAMPLES]
        with Library.open(db) as lib:
            for i in range(ENTRIES):
                lib.add(docs[i % len(docs)], verdict="high_risk")  # stale on purpose
            with lib._write() as conn:  # as a library of another analysis has it
                conn.execute("DELETE FROM settings WHERE key = ?", [ANALYSIS_KEY])
        started = time.perf_counter()
        lib = Library.open(db)
        opened = time.perf_counter() - started
        started = time.perf_counter()
        entries = lib.list()
        first = time.perf_counter() - started
        lib.close()
        started = time.perf_counter()
        with Library.open(db) as lib:
            lib.list()
        again = time.perf_counter() - started
        levels = sorted({e.verdict or "-" for e in entries})
        print(f"{ENTRIES} entries ({len(EXAMPLES)} examples): open {opened * 1000:.1f} ms, "
              f"first list (re-analyses all) {first:.2f} s ({first / ENTRIES * 1000:.0f} ms an "
              f"entry), open + list again {again * 1000:.1f} ms; verdicts {', '.join(levels)}")


if __name__ == "__main__":
    main()
