"""Schema step 4 (format version 2, SPEC 8.4): stored version-1 documents come back as version 2
with the same analysis, after a backup of the old bytes; the ``simulation`` column and its API."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from evaluator.core import fileformat
from evaluator.core.analysis import analyze
from evaluator.storage import Library
from evaluator.storage.schema import upgraded_document

from .conftest import make_ev

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "library"
V1_EXAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "files" / "v1" / "examples"


def _figures(analysis) -> dict:
    """The analysis as JSON without the simulation's clock (two runs differ only in elapsed_s)."""
    data = analysis.to_json()
    if isinstance(data.get("simulation"), dict):
        data["simulation"].pop("elapsed_s", None)
    return data


def _rows(path: Path, table: str = "evaluations", key: str = "id") -> dict[int, str]:
    conn = sqlite3.connect(path)
    try:
        return dict(conn.execute(f"SELECT {key}, document FROM {table}").fetchall())
    finally:
        conn.close()


def test_version_3_library_documents_come_back_version_2_with_identical_analysis(tmp_path):
    db_path = tmp_path / "library.sqlite3"
    shutil.copyfile(FIXTURES / "library-v3.sqlite3", db_path)
    old_bytes = db_path.read_bytes()
    old_docs, old_drafts = _rows(db_path), _rows(db_path, "drafts", "evaluation_id")
    assert {json.loads(d)["version"] for d in [*old_docs.values(), *old_drafts.values()]} == {1}

    with Library.open(db_path) as lib:
        assert lib.schema_version == 4
        backup = lib.backup_path
        for entry_id, old in old_docs.items():
            ev = lib.get(entry_id)
            before = fileformat.loads(old)  # the version-1 document as the loader reads it
            assert ev == before
            for lang in ("en", "nl"):
                assert _figures(analyze(ev, lang)) == _figures(analyze(before, lang))
            assert lib.simulation(entry_id) is None  # the new column starts empty
        [draft] = lib.drafts()
        assert draft.evaluation() == fileformat.loads(old_drafts[1])

    # stored as version 2, exactly what the app writes
    for table, key in (("evaluations", "id"), ("drafts", "evaluation_id")):
        for text in _rows(db_path, table, key).values():
            assert json.loads(text)["version"] == 2
            assert text == fileformat.dumps(fileformat.loads(text))
    # the backup was taken first and holds the old documents, and is the old database
    assert backup is not None and backup.is_file()
    assert _rows(backup) == old_docs and _rows(backup, "drafts", "evaluation_id") == old_drafts
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("SELECT COUNT(*) FROM _sqlite_migrations").fetchone()[0] == 3
        assert "simulation" not in [r[1] for r in conn.execute("PRAGMA table_info(evaluations)")]
    finally:
        conn.close()
    # the old bytes, page for page (sqlite3 backup API); only the header's counters differ: the
    # file change counter (offsets 24-27), the schema cookie (40-43), version-valid-for (92-95)
    new_bytes = backup.read_bytes()
    assert len(new_bytes) == len(old_bytes)
    counters = {*range(24, 28), *range(40, 44), *range(92, 96)}
    assert [i for i in range(len(old_bytes)) if old_bytes[i] != new_bytes[i] and i not in counters] == []


def test_the_upgrade_of_a_stored_bundled_example_keeps_its_figures():
    for path in sorted(V1_EXAMPLES.glob("*.oppeval")):
        text = path.read_text("utf-8")
        upgraded = upgraded_document(text)
        assert upgraded is not None and json.loads(upgraded)["version"] == 2
        assert _figures(analyze(fileformat.loads(upgraded), "en")) == _figures(analyze(fileformat.loads(text), "en"))


@pytest.mark.parametrize("text", ['{"format": "opportunity-evaluation", "version": 2, "offer": {"name": "X"}}',
                                  '{"format": "opportunity-evaluation", "version": 1, "offer": {"name": ""}}',
                                  "not json", '[1, 2]'])
def test_a_document_that_is_not_a_loadable_version_1_one_is_left_as_it_is(text):
    assert upgraded_document(text) is None


def test_the_simulation_summary_is_stored_on_save_and_cleared_by_a_save_without_one(lib):
    summary = {"everyone_net_percentiles": {"50": -120.5}, "share_profitable_percent": 12.5}
    entry_id = lib.add(make_ev("A"), simulation=summary)
    assert lib.simulation(entry_id) == summary
    updated = lib.update(entry_id, make_ev("A2"), simulation={"x": 1})
    assert lib.simulation(entry_id) == {"x": 1}
    result = lib.save_or_fork(entry_id, make_ev("A3"), expected_updated=updated)
    assert not result.forked and lib.simulation(entry_id) is None  # a stale summary never stays
    # a fork (someone saved meanwhile) keeps the summary it was saved with
    fork = lib.save_or_fork(entry_id, make_ev("A4"), expected_updated="2000-01-01T00:00:00.000000Z",
                            simulation=summary)
    assert fork.forked and lib.simulation(fork.id) == summary and lib.simulation(entry_id) is None
    with pytest.raises(ValueError):  # NaN is not JSON: refused before anything is written
        lib.add(make_ev("B"), simulation={"x": float("nan")})
    assert [e.name for e in lib.list()].count("B") == 0


def test_the_version_4_fixture_has_its_simulation_summary(tmp_path):
    db_path = tmp_path / "library.sqlite3"
    shutil.copyfile(FIXTURES / "library-v4.sqlite3", db_path)
    with Library.open(db_path) as lib:
        assert lib.backup_path is None
        assert lib.simulation(1) == {"everyone_net_percentiles": {"50": -120.5}}
        assert lib.simulation(2) is None
        assert lib.get(1).version == 2
