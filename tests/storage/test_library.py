"""The library API against real SQLite files: every method, search, sorting, trash, drafts."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from evaluator.core import fileformat
from evaluator.core.fileformat import EvaluationFileError
from evaluator.storage import Library, UnknownEntryError, default_library_path

from .conftest import make_ev

ISO_UTC = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$")


def names(entries):
    return [e.name for e in entries]


# ---------------------------------------------------------------- opening


def test_default_library_lives_in_the_per_user_data_folder(tmp_path):
    expected = Path(os.environ["XDG_DATA_HOME"]) / "opportunity-evaluator" / "library.sqlite3"
    assert default_library_path() == expected
    with Library.open() as lib:
        assert lib.path == expected
        lib.add(make_ev("Stored in the user's library"))
    assert expected.is_file()
    with Library.open(expected) as again:
        assert names(again.list()) == ["Stored in the user's library"]


def test_every_connection_uses_wal_foreign_keys_and_a_busy_timeout(lib, db_path):
    conn = lib._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 10_000
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    # WAL is a property of the file: a plain connection sees it too.
    plain = sqlite3.connect(db_path)
    assert plain.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    plain.close()
    assert lib.integrity_check() == ["ok"]
    assert lib.schema_version == 4


def test_storage_and_the_library_command_do_not_import_qt():
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None\n"  # any import of PySide6 now fails
        "import evaluator.storage, evaluator.cli.library_cmd\n"
        "loaded = [m for m, mod in sys.modules.items() if mod and m.startswith(('PySide6', 'matplotlib'))]\n"
        "assert not loaded, loaded\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------- add, get, entry, update


def test_add_then_get_returns_an_equal_evaluation(lib):
    ev = make_ev("Kitchen dealer", "ThermoChef", "dealer", signup=249.5)
    entry_id = lib.add(ev, verdict="caution")
    assert lib.get(entry_id) == ev
    entry = lib.entry(entry_id)
    assert (entry.id, entry.name, entry.company, entry.kind, entry.verdict) == (
        entry_id, "Kitchen dealer", "ThermoChef", "dealer", "caution")
    assert entry.file_path is None and entry.deleted is False
    assert ISO_UTC.match(entry.created) and entry.created == entry.updated
    # the stored JSON is exactly what the file format writes
    stored = lib._conn.execute("SELECT document FROM evaluations WHERE id = ?", [entry_id]).fetchone()[0]
    assert stored == fileformat.dumps(ev)


def test_update_replaces_document_and_listed_fields(lib):
    entry_id = lib.add(make_ev("Old", "OldCo", "mlm"), verdict="high_risk")
    before = lib.entry(entry_id)
    new = make_ev("New name", "NewCo", "affiliate", signup=10)
    lib.update(entry_id, new, verdict="lower_risk")
    after = lib.entry(entry_id)
    assert lib.get(entry_id) == new
    assert (after.name, after.company, after.kind, after.verdict) == (
        "New name", "NewCo", "affiliate", "lower_risk")
    assert after.created == before.created and after.updated > before.updated
    lib.update(entry_id, new)  # no verdict given: the document is not analysed yet
    assert lib.entry(entry_id).verdict is None


def test_verdict_must_be_a_known_level(lib):
    with pytest.raises(ValueError):
        lib.add(make_ev("A"), verdict="fine")
    entry_id = lib.add(make_ev("A"))
    lib.set_verdict(entry_id, "likely_pyramid")
    assert lib.entry(entry_id).verdict == "likely_pyramid"
    with pytest.raises(ValueError):
        lib.set_verdict(entry_id, "LIKELY_PYRAMID")


@pytest.mark.parametrize("bad_id", [999, "999", "abc", None, True])
def test_unknown_ids_raise_unknown_entry_error(lib, bad_id, tmp_path):
    lib.add(make_ev("Only one"))
    for call in (lambda: lib.get(bad_id), lambda: lib.entry(bad_id),
                 lambda: lib.update(bad_id, make_ev("X")), lambda: lib.rename(bad_id, "X"),
                 lambda: lib.duplicate(bad_id), lambda: lib.delete(bad_id),
                 lambda: lib.undelete(bad_id), lambda: lib.set_file_path(bad_id, tmp_path / "f"),
                 lambda: lib.save_draft(bad_id, make_ev("X")),
                 lambda: lib.export(bad_id, tmp_path / "out.oppeval")):
        with pytest.raises(UnknownEntryError):
            call()
    assert not (tmp_path / "out.oppeval").exists()
    assert names(lib.list()) == ["Only one"]


def test_text_ids_from_the_command_line_are_accepted(lib):
    entry_id = lib.add(make_ev("By text id"))
    assert lib.get(str(entry_id)).offer.name == "By text id"


# ---------------------------------------------------------------- rename, duplicate


def test_rename_changes_list_and_document(lib):
    entry_id = lib.add(make_ev("Before", "Co"))
    lib.rename(entry_id, "After")
    assert lib.entry(entry_id).name == "After"
    assert lib.get(entry_id).offer.name == "After"
    assert names(lib.list(search="after")) == ["After"]
    assert lib.list(search="before") == []


def test_rename_to_an_invalid_name_names_the_field_and_changes_nothing(lib):
    entry_id = lib.add(make_ev("Keep me"))
    for bad in ("", "x" * 201):
        with pytest.raises(EvaluationFileError) as info:
            lib.rename(entry_id, bad)
        assert info.value.problems[0].path == "offer.name"
    assert lib.entry(entry_id).name == "Keep me"
    assert lib.get(entry_id).offer.name == "Keep me"


def test_duplicate_makes_an_unlinked_numbered_copy(lib, tmp_path):
    original = make_ev("Plan", "Co", "mlm", signup=99)
    entry_id = lib.add(original, file_path=tmp_path / "plan.oppeval", verdict="high_risk")
    copy_id = lib.duplicate(entry_id)
    third_id = lib.duplicate(entry_id)
    assert len({entry_id, copy_id, third_id}) == 3
    copy = lib.entry(copy_id)
    assert (copy.name, copy.verdict, copy.file_path) == ("Plan (2)", "high_risk", None)
    assert lib.entry(third_id).name == "Plan (3)"
    expected = original.model_copy(deep=True)
    expected.offer.name = "Plan (2)"
    assert lib.get(copy_id) == expected
    assert lib.get(lib.duplicate(entry_id, new_name="Mine")).offer.name == "Mine"


def test_duplicate_of_a_200_character_name_stays_valid(lib):
    entry_id = lib.add(make_ev("n" * 200))
    copy_name = lib.entry(lib.duplicate(entry_id)).name
    assert len(copy_name) == 200 and copy_name.endswith("n (2)")


# ---------------------------------------------------------------- trash


def test_delete_hides_undelete_restores_purge_removes_for_good(lib):
    keep = lib.add(make_ev("Keep"))
    gone = lib.add(make_ev("Gone"))
    lib.save_draft(gone, make_ev("Gone, edited"))
    lib.delete(gone)
    assert names(lib.list()) == ["Keep"]
    assert sorted(names(lib.list(include_deleted=True))) == ["Gone", "Keep"]
    assert lib.entry(gone).deleted is True
    assert lib.get(gone).offer.name == "Gone"  # still readable while in the trash
    assert lib.drafts() == []  # a trashed entry's draft is not offered for recovery
    lib.undelete(gone)
    assert sorted(names(lib.list())) == ["Gone", "Keep"]
    assert [d.evaluation_id for d in lib.drafts()] == [gone]
    lib.delete(gone)
    assert lib.purge_deleted() == 1
    with pytest.raises(UnknownEntryError):
        lib.get(gone)
    assert lib._conn.execute("SELECT COUNT(*) FROM drafts").fetchone()[0] == 0  # cascaded
    assert names(lib.list(include_deleted=True)) == ["Keep"]
    # ids are never reused, so a stale id cannot point at a different evaluation
    assert lib.add(make_ev("Later")) == gone + 1
    assert keep == 1


# ---------------------------------------------------------------- files


def test_file_links_import_and_find(lib, tmp_path, monkeypatch):
    path = tmp_path / "offer.oppeval"
    ev = make_ev("From a file", "FileCo")
    fileformat.save(ev, path)
    entry_id = lib.import_file(path)
    assert lib.get(entry_id) == ev
    assert lib.entry(entry_id).file_path == str(path.resolve())
    monkeypatch.chdir(tmp_path)
    assert lib.find_by_file("offer.oppeval") == entry_id  # relative paths are resolved
    assert lib.find_by_file(tmp_path / "other.oppeval") is None
    lib.set_file_path(entry_id, tmp_path / "moved.oppeval")
    assert lib.find_by_file(path) is None
    assert lib.find_by_file(tmp_path / "moved.oppeval") == entry_id
    lib.delete(entry_id)
    assert lib.find_by_file(tmp_path / "moved.oppeval") is None
    lib.undelete(entry_id)
    lib.set_file_path(entry_id, None)
    assert lib.entry(entry_id).file_path is None


def test_import_of_an_invalid_file_writes_nothing(lib, tmp_path):
    bad = tmp_path / "bad.oppeval"
    bad.write_text('{"format": "opportunity-evaluation", "version": 1, '
                   '"offer": {"name": "X", "payout": {"levels": [5, 500]}}}', encoding="utf-8")
    with pytest.raises(EvaluationFileError) as info:
        lib.import_file(bad)
    assert info.value.problems[0].render() == "offer.payout.levels[1]: must be between 0 and 100"
    assert lib.list(include_deleted=True) == []


def test_export_writes_a_file_that_loads_equal(lib, tmp_path):
    ev = make_ev("Exported", "Co", "affiliate", signup=12.5)
    entry_id = lib.add(ev)
    out = tmp_path / "out.oppeval"
    lib.export(entry_id, out)
    assert fileformat.load(out) == ev
    assert lib.entry(entry_id).file_path is None  # export is a copy, not a link
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


# ---------------------------------------------------------------- drafts and settings


def test_drafts_are_kept_replaced_listed_and_discarded(lib):
    a = lib.add(make_ev("A"))
    b = lib.add(make_ev("B"))
    lib.save_draft(a, make_ev("A, typing"))
    lib.save_draft(b, {"format": "opportunity-evaluation", "version": 1, "offer": {"name": ""}})
    lib.save_draft(a, make_ev("A, typing more"))  # replaces the first draft of A
    drafts = lib.drafts()
    assert [d.evaluation_id for d in drafts] == [a, b]  # newest first
    assert drafts[0].evaluation().offer.name == "A, typing more"
    assert ISO_UTC.match(drafts[0].saved)
    with pytest.raises(EvaluationFileError):  # an invalid draft is kept, and says it is invalid
        drafts[1].evaluation()
    assert '"name": ""' in drafts[1].text
    lib.discard_draft(a)
    assert [d.evaluation_id for d in lib.drafts()] == [b]
    assert lib.get(a).offer.name == "A"  # drafts never touch the saved document


def test_settings_round_trip_json_values(lib, db_path):
    assert lib.get_setting("language", "en") == "en"
    lib.set_setting("language", "nl")
    lib.set_setting("window", {"w": 1200, "h": 800, "maximised": False})
    lib.set_setting("language", "en")
    lib.close()
    with Library.open(db_path) as again:
        assert again.get_setting("language") == "en"
        assert again.get_setting("window") == {"w": 1200, "h": 800, "maximised": False}


# ---------------------------------------------------------------- search and sorting


def test_search_is_case_and_accent_insensitive_over_name_and_company(lib):
    lib.add(make_ev("Ébène Cosmetics", "Maison Élan"))
    lib.add(make_ev("Kitchen dealer", "ACME"))
    lib.add(make_ev("Software ambassador", "acme cloud"))
    assert sorted(names(lib.list(search="acme"))) == ["Kitchen dealer", "Software ambassador"]
    assert names(lib.list(search="KITCH")) == ["Kitchen dealer"]
    assert names(lib.list(search="ebene")) == ["Ébène Cosmetics"]
    assert names(lib.list(search="ÉLAN")) == ["Ébène Cosmetics"]
    assert names(lib.list(search="  cloud   soft ")) == ["Software ambassador"]  # every word
    assert lib.list(search="acme ebene") == []
    assert len(lib.list(search="")) == 3


def test_search_matches_percent_underscore_and_backslash_literally(lib):
    for name in ("100% natural", "100 natural", "a_b", "axb", r"c\d", "cd"):
        lib.add(make_ev(name))
    assert names(lib.list(search="100%")) == ["100% natural"]
    assert names(lib.list(search="%")) == ["100% natural"]
    assert names(lib.list(search="a_b")) == ["a_b"]
    assert names(lib.list(search="_")) == ["a_b"]
    assert names(lib.list(search="c\\d")) == [r"c\d"]


def test_sort_by_updated_name_and_verdict(lib):
    apple = lib.add(make_ev("apple"), verdict="lower_risk")
    banana = lib.add(make_ev("Banana"))
    elan = lib.add(make_ev("élan"), verdict="likely_pyramid")
    zebra = lib.add(make_ev("Zebra"), verdict="caution")
    lib.update(apple, make_ev("apple"), verdict="lower_risk")  # now the most recently updated
    assert [e.id for e in lib.list()] == [apple, zebra, elan, banana]
    assert names(lib.list(sort="name")) == ["apple", "Banana", "élan", "Zebra"]
    assert names(lib.list(sort="verdict")) == ["élan", "Zebra", "apple", "Banana"]
    with pytest.raises(ValueError):
        lib.list(sort="size")


# ---------------------------------------------------------------- SQL injection


def test_hostile_names_are_stored_literally(lib, db_path):
    hostile = "x'); DROP TABLE evaluations;--"
    entry_id = lib.add(make_ev(hostile, company="' OR 1=1 --"))
    lib.rename(entry_id, hostile + " 2")
    assert names(lib.list(search="drop table")) == [hostile + " 2"]
    assert names(lib.list(search="' OR 1=1")) == [hostile + " 2"]
    lib.set_setting(hostile, hostile)
    assert lib.get_setting(hostile) == hostile
    lib.close()
    plain = sqlite3.connect(db_path)
    tables = {r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"evaluations", "drafts", "settings"} <= tables
    assert plain.execute("SELECT name, company FROM evaluations").fetchall() == [
        (hostile + " 2", "' OR 1=1 --")]
    plain.close()


def test_timestamps_are_utc(lib):
    entry = lib.entry(lib.add(make_ev("T")))
    stamp = datetime.fromisoformat(entry.created.replace("Z", "+00:00"))
    assert stamp.utcoffset().total_seconds() == 0


def test_trashing_does_not_count_as_an_edit(lib):
    entry_id = lib.add(make_ev("Edited once"))
    before = lib.entry(entry_id).updated
    lib.delete(entry_id)
    deleted_at = lib._conn.execute("SELECT deleted FROM evaluations").fetchone()[0]
    lib.delete(entry_id)  # twice: it keeps the first trash time
    assert lib._conn.execute("SELECT deleted FROM evaluations").fetchone()[0] == deleted_at
    lib.undelete(entry_id)
    assert lib.entry(entry_id).updated == before
    assert ISO_UTC.match(deleted_at)
