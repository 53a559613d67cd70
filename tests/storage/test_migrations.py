"""Schema migrations: every old schema version kept as a fixture migrates, with a backup first."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Migrations

from evaluator.cli import main
from evaluator.storage import Library, LibraryError, SCHEMA_VERSION
from evaluator.storage import library as library_module
from evaluator.storage import schema

from .conftest import make_ev

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "library"
FIXTURE_FILES = sorted(FIXTURES.glob("library-v*.sqlite3"))


def fixture_version(path: Path) -> int:
    return int(re.fullmatch(r"library-v(\d+)\.sqlite3", path.name).group(1))


def applied_steps(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    finally:
        conn.close()


def test_there_is_a_fixture_for_every_schema_version():
    assert sorted(fixture_version(p) for p in FIXTURE_FILES) == list(range(1, SCHEMA_VERSION + 1))
    for path in FIXTURE_FILES:
        assert applied_steps(path) == schema.MIGRATION_NAMES[: fixture_version(path)]


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.name)
def test_fixture_migrates_to_the_current_schema_with_its_data(fixture, tmp_path):
    version = fixture_version(fixture)
    db_path = tmp_path / "library.sqlite3"
    shutil.copyfile(fixture, db_path)
    original_bytes = fixture.read_bytes()

    with Library.open(db_path) as lib:
        assert lib.schema_version == SCHEMA_VERSION
        assert lib.integrity_check() == ["ok"]
        indexes = {r[0] for r in lib._conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'evaluations'")}
        assert {"evaluations_file_path", "evaluations_updated", "evaluations_list"} <= indexes
        if version < SCHEMA_VERSION:
            assert lib.backup_path is not None
            assert re.fullmatch(rf"library\.sqlite3\.backup-v{version}-\d{{8}}-\d{{6}}",
                                lib.backup_path.name)
            assert lib.backup_path.parent == tmp_path
        else:
            assert lib.backup_path is None
        entries = {e.name: e for e in lib.list(include_deleted=True)}
        assert sorted(entries) == ["50% off_deal", "Kitchen dealer", "Ébène Cosmetics"]
        ebene = entries["Ébène Cosmetics"]
        # the stored "high_risk" is stale: re-analysed, the plain 199-signup offer is "caution"
        assert (ebene.id, ebene.company, ebene.kind, ebene.verdict, ebene.deleted) == (
            1, "Maison Élan", "mlm", "caution", False)
        assert ebene.created == "2026-11-21T08:00:00.000000Z"
        assert entries["50% off_deal"].file_path == "/home/user/offers/deal.oppeval"
        assert entries["Kitchen dealer"].deleted is True
        for entry in entries.values():  # every stored document still loads
            ev = lib.get(entry.id)
            assert (ev.offer.name, ev.offer.company, ev.offer.kind) == (
                entry.name, entry.company, entry.kind)
            assert ev.offer.fees.signup == 199.0
        # search works on old rows (v2 filled in the folded search text)
        assert [e.name for e in lib.list(search="ebene")] == ["Ébène Cosmetics"]
        assert [e.name for e in lib.list(search="elan")] == ["Ébène Cosmetics"]
        assert [e.name for e in lib.list(search="0%")] == ["50% off_deal"]
        assert [e.name for e in lib.list(sort="name")] == ["50% off_deal", "Ébène Cosmetics"]
        assert [d.evaluation().offer.name for d in lib.drafts()] == ["Ébène Cosmetics (being edited)"]
        assert lib.get_setting("language") == "nl"
        # new rows work alongside the migrated ones, with fresh ids
        assert lib.add(lib.get(1)) == 4

    if version < SCHEMA_VERSION:  # the backup is the database as it was, untouched
        conn = sqlite3.connect(lib.backup_path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT COUNT(*) FROM evaluations").fetchone()[0] == 3
        conn.close()
        assert applied_steps(lib.backup_path) == schema.MIGRATION_NAMES[:version]
    assert fixture.read_bytes() == original_bytes  # the fixture itself is never touched


def test_a_new_library_and_an_up_to_date_one_take_no_backup(db_path):
    with Library.open(db_path) as lib:
        assert lib.backup_path is None
        lib.add(make_ev("A"))
    with Library.open(db_path) as lib:
        assert lib.backup_path is None
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["library.sqlite3", "library.sqlite3.inuse",
                                                               "library.sqlite3.lock"]


def _steps_plus(extra_fn) -> tuple[Migrations, list[str]]:
    migrations = Migrations(schema.MIGRATION_SET)
    migrations(name="m001_evaluations_drafts_settings")(schema.m001_evaluations_drafts_settings)
    migrations(name="m002_search_text")(schema.m002_search_text)
    migrations(name="m003_list_index")(schema.m003_list_index)
    migrations(name="m004_format_v2_simulation")(schema.m004_format_v2_simulation)
    migrations(name="m005_test_step")(extra_fn)
    return migrations, [*schema.MIGRATION_NAMES, "m005_test_step"]


def test_a_failing_step_is_rolled_back_and_the_data_kept(tmp_path, monkeypatch):
    db_path = tmp_path / "library.sqlite3"
    shutil.copyfile(FIXTURES / f"library-v{SCHEMA_VERSION}.sqlite3", db_path)

    def broken_step(db):
        db.execute("ALTER TABLE evaluations ADD COLUMN half_done TEXT")
        db.execute("DELETE FROM evaluations")
        raise RuntimeError("disk full, say")

    migrations, names = _steps_plus(broken_step)
    monkeypatch.setattr(library_module, "MIGRATIONS", migrations)
    monkeypatch.setattr(library_module, "MIGRATION_NAMES", names)
    with pytest.raises(RuntimeError, match="disk full"):
        Library.open(db_path)
    monkeypatch.undo()
    backups = [p for p in tmp_path.iterdir() if f".backup-v{SCHEMA_VERSION}-" in p.name]
    assert len(backups) == 1
    with Library.open(db_path) as lib:
        assert lib.schema_version == SCHEMA_VERSION
        assert len(lib.list(include_deleted=True)) == 3
        columns = [r[1] for r in lib._conn.execute("PRAGMA table_info(evaluations)")]
        assert "half_done" not in columns


def test_a_working_new_step_is_applied_once_after_a_backup(tmp_path, monkeypatch):
    db_path = tmp_path / "library.sqlite3"
    shutil.copyfile(FIXTURES / f"library-v{SCHEMA_VERSION}.sqlite3", db_path)

    def add_note(db):
        db.execute("ALTER TABLE evaluations ADD COLUMN note TEXT NOT NULL DEFAULT ''")

    migrations, names = _steps_plus(add_note)
    monkeypatch.setattr(library_module, "MIGRATIONS", migrations)
    monkeypatch.setattr(library_module, "MIGRATION_NAMES", names)
    with Library.open(db_path) as lib:
        assert lib.schema_version == SCHEMA_VERSION + 1
        assert lib.backup_path is not None and lib.backup_path.name.startswith(
            f"library.sqlite3.backup-v{SCHEMA_VERSION}-")
    with Library.open(db_path) as lib:
        assert lib.backup_path is None  # nothing left to migrate
    assert applied_steps(db_path)[-1] == "m005_test_step"


def test_a_library_from_a_newer_version_is_refused_not_damaged(db_path, capsys):
    Library.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES (?, 'm999_from_the_future', '2030-01-01')", [schema.MIGRATION_SET])
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError, match="newer version"):
        Library.open(db_path)
    assert main(["library", "--db", str(db_path), "--lang", "en", "list"]) == 2
    assert "newer version" in capsys.readouterr().err
    assert main(["library", "--db", str(db_path), "--lang", "nl", "list"]) == 2
    assert "nieuwere versie" in capsys.readouterr().err
    assert applied_steps(db_path)[-1] == "m999_from_the_future"
