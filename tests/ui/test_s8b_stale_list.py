"""The library screen of a migrated version-1 library shows the verdict analyze gives (SPEC 9.3),
from its first fill: the stored "high_risk" of the fixture's Ébène entry is not shown."""

from __future__ import annotations

import shutil
from pathlib import Path

from evaluator.storage import Library
from evaluator.ui.library_view import LibraryView

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "library" / "library-v1.sqlite3"


def test_first_fill_of_a_migrated_library_shows_current_verdicts(qtbot, tmp_path):
    db = tmp_path / "library.sqlite3"
    shutil.copyfile(FIXTURE, db)
    with Library.open(db) as lib:
        assert lib.verdicts_stale
        view = LibraryView(lib, "en")
        qtbot.addWidget(view)
        view.refresh()
        # both live entries are a plain offer with a 199 signup fee: analyze says "caution"
        assert sorted((e.name, e.verdict) for e in view.model.entries) == [
            ("50% off_deal", "caution"), ("Ébène Cosmetics", "caution")]
        assert not lib.verdicts_stale
