"""The library list is read from the covering index ``evaluations_list`` (schema step m003), and
its entries are light named tuples with the same fields, values and order as before."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from evaluator.storage import SCHEMA_VERSION, Entry, Library
from evaluator.storage import library as library_module
from evaluator.storage import schema

from .conftest import make_ev


def _plans(lib: Library, include_deleted: bool, search: str, sort: str) -> list[str]:
    """The query plan of the statement ``Library.list`` runs, caught from the connection."""
    statements = []
    lib._conn.set_trace_callback(statements.append)
    try:
        lib.list(search=search, sort=sort, include_deleted=include_deleted)
    finally:
        lib._conn.set_trace_callback(None)
    (select,) = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    return [row[3] for row in lib._conn.execute("EXPLAIN QUERY PLAN " + select)]


@pytest.mark.parametrize("sort", ["updated", "name", "verdict"])
@pytest.mark.parametrize("include_deleted", [False, True])
@pytest.mark.parametrize("search", ["", "kitchen chef"])
def test_every_list_query_reads_the_covering_index_only(lib, sort, include_deleted, search):
    lib.add(make_ev("Kitchen dealer", "ThermoChef"))
    plans = _plans(lib, include_deleted, search, sort)
    # "COVERING INDEX": every column the list selects, filters and sorts on is in the index, so
    # the table rows (with their multi-KB documents) are never read. A column added to the list
    # but not to the index turns this into "USING INDEX" or "SCAN evaluations" and fails here.
    assert any("USING COVERING INDEX evaluations_list" in p for p in plans), plans
    assert not any(p == "SCAN evaluations" for p in plans), plans


def test_the_index_holds_every_listed_column():
    conn = sqlite3.connect(":memory:")
    schema.migrations().apply(schema.sqlite_utils_module().Database(conn))
    indexed = {row[2] for row in conn.execute("PRAGMA index_info(evaluations_list)")}
    listed = {c.strip() for c in library_module._ENTRY_COLUMNS.split(",")}
    assert listed | {"search_text"} <= indexed | {"id"}
    conn.close()


def test_entries_are_named_tuples_with_exact_values_and_flags(lib):
    a = lib.add(make_ev("Alpha", "Acme", kind="dealer"), verdict="caution")
    b = lib.add(make_ev("Beta"))
    lib.delete(b)
    live = lib.list()
    assert [e.id for e in live] == [a]
    (alpha,) = live
    assert isinstance(alpha, Entry)
    assert (alpha.name, alpha.company, alpha.kind, alpha.verdict, alpha.file_path) == (
        "Alpha", "Acme", "dealer", "caution", None)
    assert alpha.deleted is False  # a real bool, not SQLite's 0
    both = {e.id: e for e in lib.list(include_deleted=True)}
    assert both[a].deleted is False and both[b].deleted is True
    assert both[a] == alpha  # the same entry whichever way it was listed
    assert lib.entry(b) == both[b]  # ... and as Library.entry reads it
    assert alpha.to_json() == {"id": a, "name": "Alpha", "company": "Acme", "kind": "dealer",
                               "verdict": "caution", "created": alpha.created,
                               "updated": alpha.updated, "file_path": None, "deleted": False}
    assert both[b].to_json()["deleted"] is True
    with pytest.raises(AttributeError):
        alpha.name = "changed"  # entries stay read-only


def test_the_default_order_from_the_index_is_newest_first_ties_by_id(lib, monkeypatch):
    # Three entries with one and the same "updated" and one newer: newest first, then the
    # higher id first among equals (updated DESC, id DESC), read backwards from the index.
    monkeypatch.setattr(library_module, "utc_now", lambda: "2026-11-27T07:30:00.000000Z")
    first, second, third = (lib.add(make_ev(n)) for n in ("A", "B", "C"))
    monkeypatch.setattr(library_module, "utc_now", lambda: "2026-11-28T07:30:00.000000Z")
    newest = lib.add(make_ev("D"))
    assert [e.id for e in lib.list()] == [newest, third, second, first]
    assert [e.id for e in lib.list(sort="name")] == [first, second, third, newest]


def test_opening_an_up_to_date_library_does_not_import_sqlite_utils(db_path):
    # sqlite-utils (~50 ms to import) is needed only to apply schema steps. Run 1 creates the
    # library (it must import it); run 2 opens and lists the up-to-date library and must not.
    code = (
        "import sys\n"
        "from evaluator.storage import Library\n"
        f"lib = Library.open({str(db_path)!r})\n"
        "if len(sys.argv) > 1: lib.add(__import__('evaluator.core.model').core.model.Evaluation.new('A'))\n"
        "print(len(lib.list()), lib.schema_version, 'sqlite_utils' in sys.modules, 'numpy' in sys.modules)\n"
        "lib.close()\n"
    )
    first = subprocess.run([sys.executable, "-c", code, "add"], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    assert first.stdout.split() == ["1", str(SCHEMA_VERSION), "True", "False"]
    second = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert second.stdout.split() == ["1", str(SCHEMA_VERSION), "False", "False"]
