"""The library's database schema, as an ordered list of sqlite-utils migrations.

Every step is applied once, in its own transaction, and recorded in ``_sqlite_migrations``; the
schema version of a database is the number of steps applied. Never edit or reorder a step that
has been released: add a new one, and add a fixture database of the new version to
``tests/fixtures/library/`` (see ``make_fixtures.py`` there).

The DDL is written out in SQL on purpose: a migration must do exactly the same thing forever,
whatever later versions of sqlite-utils do with their table-creation helpers.
"""

from __future__ import annotations

import sys
import unicodedata
from types import ModuleType
from typing import Any, Callable

MIGRATION_SET = "opportunity-evaluator-library"
MIGRATION_NAMES: list[str] = []  # in order; the schema version is how many of these are applied
_STEPS: list[tuple[str, Callable[[Any], None]]] = []
_migrations: Any = None  # the sqlite-utils Migrations set, made on first use


def step(name: str) -> Callable[[Callable[[Any], None]], Callable[[Any], None]]:
    """Register a migration step (one transaction) under a name that must never change."""
    MIGRATION_NAMES.append(name)

    def register(fn: Callable[[Any], None]) -> Callable[[Any], None]:
        _STEPS.append((name, fn))
        return fn

    return register


def sqlite_utils_module() -> ModuleType:
    """sqlite-utils, imported on first use with numpy hidden.

    sqlite-utils imports numpy (if installed) only to map numpy column types, which the library
    never stores; that import alone costs 0.2-0.4 s of every ``library`` command. numpy is
    unhidden at once, for code that really needs it. sqlite-utils itself (~50 ms to import) is
    needed only to apply pending schema steps: opening an up-to-date library does not import it.
    """
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        import sqlite_utils

        return sqlite_utils
    sys.modules["numpy"] = None  # type: ignore[assignment]  # "import numpy" fails for a moment
    try:
        import sqlite_utils
    finally:
        del sys.modules["numpy"]
    return sqlite_utils


def migrations() -> Any:
    """The steps as one sqlite-utils ``Migrations`` set (also reachable as ``MIGRATIONS``)."""
    global _migrations
    if _migrations is None:
        made = sqlite_utils_module().Migrations(MIGRATION_SET)
        for name, fn in _STEPS:
            made(name=name)(fn)
        _migrations = made
    return _migrations


def __getattr__(name: str) -> Any:
    if name == "MIGRATIONS":  # made on first use, so that importing this module stays cheap
        return migrations()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def fold(text: str) -> str:
    """Text as search and name-sorting compare it: case- and accent-insensitive ('Ébène' -> 'ebene')."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def search_text(name: str, company: str) -> str:
    """The stored search key: folded name, a unit separator, folded company (sorts by name first)."""
    return fold(name) + "\x1f" + fold(company)


@step("m001_evaluations_drafts_settings")
def m001_evaluations_drafts_settings(db) -> None:
    db.execute(
        """
        CREATE TABLE evaluations (
            id INTEGER PRIMARY KEY AUTOINCREMENT,  -- never reused, even after a purge
            name TEXT NOT NULL,
            company TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT 'other',
            verdict TEXT,                           -- verdict level; NULL = not analysed yet
            document TEXT NOT NULL,                 -- the evaluation file's JSON (fileformat.dumps)
            created TEXT NOT NULL,                  -- ISO 8601 UTC
            updated TEXT NOT NULL,                  -- ISO 8601 UTC
            file_path TEXT,                         -- the .oppeval file it was opened from / saved to
            deleted TEXT                            -- when it was moved to the trash; NULL = not deleted
        )
        """
    )
    db.execute("CREATE INDEX evaluations_file_path ON evaluations(file_path)")
    db.execute(
        """
        CREATE TABLE drafts (
            evaluation_id INTEGER PRIMARY KEY
                REFERENCES evaluations(id) ON DELETE CASCADE,
            document TEXT NOT NULL,                 -- unsaved editor state, JSON
            saved TEXT NOT NULL                     -- ISO 8601 UTC
        )
        """
    )
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@step("m002_search_text")
def m002_search_text(db) -> None:
    """Case- and accent-insensitive search and name order ('ebene' finds 'Ébène').

    SQLite's LIKE and lower() fold ASCII only, so the folded text is computed in Python and
    stored; existing rows are filled in here.
    """
    db.execute("ALTER TABLE evaluations ADD COLUMN search_text TEXT NOT NULL DEFAULT ''")
    rows = db.execute("SELECT id, name, company FROM evaluations").fetchall()
    for row_id, name, company in rows:
        db.execute(
            "UPDATE evaluations SET search_text = ? WHERE id = ?",
            [search_text(name, company), row_id],
        )
    db.execute("CREATE INDEX evaluations_updated ON evaluations(updated)")


@step("m003_list_index")
def m003_list_index(db) -> None:
    """A covering index for the library list (``Library.list``): every column the list reads.

    The list's columns ``created``, ``updated``, ``file_path``, ``deleted`` and ``search_text``
    are stored after the document (3-7 KB of JSON), so reading them from the table follows the
    document's overflow pages for every row: at 10,000 entries that was most of the list's
    60-70 ms. Read from this index, the table is not touched. Its order (live entries first,
    then by ``updated`` and ``id``) is the default sort, newest first, read backwards.
    """
    db.execute(
        "CREATE INDEX evaluations_list ON evaluations(deleted, updated, id, name, company, kind, "
        "verdict, created, file_path, search_text)"
    )


@step("m004_format_v2_simulation")
def m004_format_v2_simulation(db) -> None:
    """Format version 2 (SPEC 8.4): every stored version-1 document (entries and drafts) is
    rewritten as version 2, and a nullable ``simulation`` column holds the JSON summary of an
    entry's population simulation (stored on save, see ``Library.add``/``update``).

    The upgrade is the file loader's (``fileformat.loads`` then ``dumps``), whose version-1 reader
    is frozen (``core/model_v1.py``, ``plans/upgrade.py``), so this step does the same forever. A
    document that does not load as version 1 (say, a draft left half-edited) is left as it is:
    the loader still reads version 1 and names its problems. ``_migrate`` backs the database up
    before this step runs.
    """
    db.execute("ALTER TABLE evaluations ADD COLUMN simulation TEXT")
    for table, key in (("evaluations", "id"), ("drafts", "evaluation_id")):
        rows = db.execute(f"SELECT {key}, document FROM {table}").fetchall()
        for row_id, document in rows:
            upgraded = upgraded_document(document)
            if upgraded is not None:
                db.execute(f"UPDATE {table} SET document = ? WHERE {key} = ?", [upgraded, row_id])


def upgraded_document(document: str) -> str | None:
    """A stored version-1 document as version 2 (what the app writes), None when it is not a
    version-1 document that loads."""
    import json

    from ..core import fileformat

    try:
        data = json.loads(document)
    except (TypeError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("version") != 1:
        return None
    try:
        return fileformat.dumps(fileformat.from_data(data))
    except fileformat.EvaluationFileError:
        return None


SCHEMA_VERSION = len(MIGRATION_NAMES)
