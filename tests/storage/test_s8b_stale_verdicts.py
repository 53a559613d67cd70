"""A library made by an older version (or an older analysis) lists the verdict ``analyze`` gives
for every entry (SPEC 9.3): the stored verdicts are recomputed once, after the migration's backup.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from evaluator.cli import main
from evaluator.storage import Library
from evaluator.storage import stored_analysis
from evaluator.storage.library import ANALYSIS_KEY

from .conftest import make_ev

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "library"
FIXTURE_FILES = sorted(FIXTURES.glob("library-v*.sqlite3"))


def cli_json(capsys, *argv) -> object:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.name)
def test_library_list_gives_analyzes_verdict_for_every_fixture_entry(fixture, tmp_path, capsys):
    db = tmp_path / "library.sqlite3"
    shutil.copyfile(fixture, db)
    listed = cli_json(capsys, "library", "--db", db, "list", "--json")
    by_name = {e["name"]: e for e in listed}
    # The fixtures store "high_risk" for Ébène and nothing (not analysed) for "50% off_deal";
    # both documents are a plain offer with a 199 signup fee, which analyze calls "caution".
    assert sorted(by_name) == ["50% off_deal", "Ébène Cosmetics"]
    for name, entry in by_name.items():
        out_file = tmp_path / f"{entry['id']}.oppeval"
        assert main(["library", "--db", str(db), "export", str(entry["id"]), "-o", str(out_file)]) == 0
        capsys.readouterr()
        analysed = cli_json(capsys, "analyze", out_file, "--json")
        assert entry["verdict"] == analysed["verdict"]["level"] == "caution", name
    with Library.open(db) as lib:
        # the trashed "Kitchen dealer" too, and each entry's simulation summary is its own
        for entry in lib.list(include_deleted=True):
            ev = lib.get(entry.id)
            assert entry.verdict == "caution"
            assert lib.simulation(entry.id)["network"] == stored_analysis.network_key(ev)
        assert lib.entry(1).verdict == "caution"
    if "v4" not in fixture.name:  # the migration's backup keeps the old verdicts as they were
        backup = next(tmp_path.glob("library.sqlite3.backup-v*"))
        conn = sqlite3.connect(backup)
        assert conn.execute("SELECT verdict FROM evaluations WHERE id = 1").fetchone() == ("high_risk",)
        conn.close()


def test_current_verdicts_are_not_recomputed(db_path):
    """A library whose verdicts the current analysis made is read as stored (opening stays fast):
    the verdict set here by hand survives reopening."""
    with Library.open(db_path) as lib:
        entry_id = lib.add(make_ev("Hand-set"), verdict="likely_pyramid")
    with Library.open(db_path) as lib:
        assert lib.entry(entry_id).verdict == "likely_pyramid"
        assert [e.verdict for e in lib.list()] == ["likely_pyramid"]


def test_another_analysis_makes_the_verdicts_stale(db_path, monkeypatch):
    """After an update of the analysis (another revision), every entry is re-analysed once: a
    plain 199-signup offer stored as "likely_pyramid" is listed as analyze's "caution"."""
    with Library.open(db_path) as lib:
        entry_id = lib.add(make_ev("Plain", signup=199.0), verdict="likely_pyramid")
        updated = lib.entry(entry_id).updated
    monkeypatch.setattr(stored_analysis, "ANALYSIS_REVISION", stored_analysis.ANALYSIS_REVISION + 1)
    with Library.open(db_path) as lib:
        entry = lib.list()[0]
        assert (entry.verdict, entry.updated) == ("caution", updated)  # "updated" is not touched
        assert lib.get_setting(ANALYSIS_KEY) == stored_analysis.analysis_stamp()


def test_a_document_that_no_longer_loads_is_marked_not_analysed(db_path, monkeypatch):
    with Library.open(db_path) as lib:
        entry_id = lib.add(make_ev("Broken"), verdict="high_risk")
        with lib._write() as conn:
            conn.execute("UPDATE evaluations SET document = '{\"version\": 2}' WHERE id = ?", [entry_id])
    monkeypatch.setattr(stored_analysis, "ANALYSIS_REVISION", stored_analysis.ANALYSIS_REVISION + 1)
    with Library.open(db_path) as lib:
        assert lib.list()[0].verdict is None
