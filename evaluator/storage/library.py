"""The local library of evaluations: one SQLite database per user, shared by the app and the CLI.

Usage::

    lib = Library.open()                 # the per-user library; Library.open(path) for another file
    if lib.recovered_from:               # the old file was damaged and has been kept aside
        warn(lib.recovered_from)
    entry_id = lib.add(Evaluation.new("Kitchen dealer"))
    for entry in lib.list(search="kitch", sort="name"):
        print(entry.id, entry.name)
    lib.close()

How it stays sound (details and the tests that prove each point: ``docs/storage.md``):

* every connection: WAL journal, ``foreign_keys = ON``, a 10 s busy timeout, ``synchronous = FULL``;
* every write is one ``BEGIN IMMEDIATE`` transaction, so processes queue for the write lock
  instead of failing, and a killed writer leaves either the whole change or none of it;
* the schema is migrated step by step with sqlite-utils ``Migrations`` (``schema.py``), after a
  backup copy of the database (sqlite3 backup API) next to it;
* every open library holds a shared lock (``library.sqlite3.inuse``, ``recovery.InUseLock``) for
  its whole life; moving a damaged file aside needs the exclusive lock, so a damaged library that
  another program has open is reported ("damaged but in use") and left where it is;
* a file that is not a sound SQLite database is moved aside (never deleted), a fresh library is
  started, and every entry that can still be read is salvaged into it (``recovery.salvage``);
  ``recovered_from`` names the kept file, and a lasting notice ("N could not be recovered, the
  damaged file is at …") stays in the new library until dismissed (:meth:`Library.recovery_notice`);
* a SQLite file of another program (tables, none of ours) is refused before anything is written;
  a folder, a FIFO or a device is refused before SQLite opens it;
* optimistic concurrency for one entry open in two windows or processes: every write changes
  ``updated``; ``update(..., expected_updated=)`` raises :class:`ConflictError` if someone else
  wrote since, and ``save_or_fork`` keeps both versions (the second as a "conflicting copy").

Nothing here imports Qt: the command line uses it as it is.
"""

from __future__ import annotations

import builtins
import contextlib
import json
import logging
import os
import sqlite3
import stat
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Literal, NamedTuple

import platformdirs


from ..core import fileformat, labels
from ..core.i18n import tr
from ..core.model import Evaluation
from ..core.safefile import shown
from .recovery import InUseLock, Salvage, salvage
from .schema import MIGRATION_NAMES, MIGRATION_SET, SCHEMA_VERSION, fold, search_text
from .schema import migrations as _schema_migrations
from .schema import sqlite_utils_module

logger = logging.getLogger(__name__)

APP_NAME = "opportunity-evaluator"
DB_FILENAME = "library.sqlite3"
BUSY_TIMEOUT_S = 10.0
VERDICT_LEVELS = labels.VERDICT_LEVELS  # most serious first (the one order, core/labels.py)
SortKey = Literal["name", "updated", "verdict"]

_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_MAX_ID = 2**63 - 1  # SQLite's largest rowid
NOTICE_KEY = "library.recovery_notice"
# The analysis (``stored_analysis.analysis_stamp``) that computed every stored verdict; absent or
# another one: the verdicts are stale and are recomputed before they are read.
ANALYSIS_KEY = "library.analysis"
PARTIAL_KEY = "library.analysis.partial"  # the entries a cancelled re-analysis already stored
# The schema steps to apply; None: the schema's own (``schema.migrations()``, made on first use).
# Tests put a set with an extra step here.
MIGRATIONS: Any = None


class LibraryError(Exception):
    """The library cannot be used (made by a newer version of the app, unopenable, locked).

    ``render(lang)`` gives the message in English or Dutch.
    """

    def __init__(self, en: str, nl: str):
        self.en, self.nl = en, nl
        super().__init__(en)

    def render(self, lang: str = "en") -> str:
        return tr(lang, self.en, self.nl)


class UnknownEntryError(LookupError):
    """No library entry has this id."""

    def __init__(self, entry_id: Any):
        self.entry_id = entry_id
        super().__init__(f"no library entry with id {entry_id!r}")


class ConflictError(Exception):
    """The entry changed in the library since the caller loaded it (another window or process
    saved it meanwhile): optimistic concurrency, see :meth:`Library.update`.

    Both versions are available: ``theirs`` is the stored evaluation (the other writer's, None if
    it cannot be read), ``mine`` the one the caller tried to store; ``expected_updated`` is the
    timestamp the caller loaded, ``current_updated`` the stored one. Nothing was written.
    ``render(lang)`` gives the message in English or Dutch.
    """

    def __init__(self, entry_id: int, expected_updated: str, current_updated: str,
                 theirs: "Evaluation | None", mine: "Evaluation"):
        self.entry_id = entry_id
        self.expected_updated = expected_updated
        self.current_updated = current_updated
        self.theirs = theirs
        self.mine = mine
        super().__init__(self.render("en"))

    def render(self, lang: str = "en") -> str:
        return tr(lang,
                  f"entry {self.entry_id} was changed elsewhere at {self.current_updated} "
                  f"(you loaded the version of {self.expected_updated})",
                  f"item {self.entry_id} is elders gewijzigd op {self.current_updated} "
                  f"(je had de versie van {self.expected_updated} geladen)")


class SaveResult(tuple):
    """What :meth:`Library.save_or_fork` did: unpacks as ``(id, forked)``; ``.updated`` is the
    stored entry's new ``updated`` timestamp (the caller's next ``expected_updated``)."""

    updated: str

    def __new__(cls, entry_id: int, forked: bool, updated: str) -> "SaveResult":
        self = super().__new__(cls, (entry_id, forked))
        self.updated = updated
        return self

    @property
    def id(self) -> int:
        return self[0]

    @property
    def forked(self) -> bool:
        return self[1]


class _Corrupt(Exception):
    """Internal: the database file is not a sound SQLite database."""


class _Foreign(Exception):
    """Internal: a sound SQLite database of another program (its table names)."""


@dataclass(frozen=True)
class RecoveryNotice:
    """The lasting notice of a recovery, kept in the new library until dismissed."""

    damaged_file: str
    recovered: int
    lost: int
    when: str  # ISO 8601 UTC
    readable: bool = True

    def render(self, lang: str = "en") -> str:
        """The whole notice, said once: what was recovered, what was lost (a number only where
        it is known: a file cut short may not say how many evaluations it held), and where the
        damaged file is kept."""
        path = shown(self.damaged_file)
        kept = tr(lang, f"The damaged file is kept at {path}.",
                  f"Het beschadigde bestand is bewaard als {path}.")
        if not self.readable:
            return tr(lang,
                      "The library was damaged and nothing in it could be read; a new, empty "
                      "library was started. ",
                      "De bibliotheek was beschadigd en er kon niets uit worden gelezen; er is een "
                      "nieuwe, lege bibliotheek begonnen. ") + kept
        r, lost = self.recovered, self.lost
        if r == 0:
            if lost:
                told = tr(lang,
                          f"The library was damaged and none of its evaluations could be "
                          f"recovered ({lost} lost); a new, empty library was started. ",
                          f"De bibliotheek was beschadigd en geen van de evaluaties kon worden "
                          f"hersteld ({lost} verloren); er is een nieuwe, lege bibliotheek "
                          f"begonnen. ")
            else:
                told = tr(lang,
                          "The library was damaged and no evaluation could be recovered from it; "
                          "a new, empty library was started. ",
                          "De bibliotheek was beschadigd en er kon geen enkele evaluatie uit "
                          "worden hersteld; er is een nieuwe, lege bibliotheek begonnen. ")
            return told + kept
        saved = tr(lang,
                   f"The library was damaged. {'1 evaluation was' if r == 1 else f'{r} evaluations were'} "
                   f"recovered into a new library",
                   f"De bibliotheek was beschadigd. {'1 evaluatie is' if r == 1 else f'{r} evaluaties zijn'} "
                   f"hersteld in een nieuwe bibliotheek")
        if lost:
            saved += tr(lang, f"; {lost} could not be recovered. ",
                        f"; {lost} {'kon' if lost == 1 else 'konden'} niet worden hersteld. ")
        else:
            saved += tr(lang, ". ", ". ")
        return saved + kept


class Entry(NamedTuple):
    """One evaluation in the library, without its document (what the library list shows).

    A named tuple rather than a dataclass: :meth:`Library.list` makes 10,000 of these for a
    10,000-entry library, and a tuple is made from a database row in a fifth of the time a
    frozen dataclass takes (~5 ms instead of ~19 ms for 10,000). Read it by field name.
    """

    id: int
    name: str
    company: str
    kind: str
    verdict: str | None  # one of VERDICT_LEVELS, or None when not analysed yet
    created: str  # ISO 8601 UTC, e.g. "2026-11-27T07:30:00.123456Z"
    updated: str
    file_path: str | None  # the linked .oppeval file, if any
    deleted: bool = False  # in the trash (undo with Library.undelete)

    def to_json(self) -> dict[str, Any]:
        # dict(zip()) over the fields rather than dataclasses.asdict, which deep-copies every
        # value (10,000 entries: 1.8 s of `library list --json` once went there).
        return dict(zip(_ENTRY_FIELDS, self))


_ENTRY_FIELDS = Entry._fields


@dataclass(frozen=True)
class Draft:
    """Unsaved editor state kept for crash recovery (``Library.save_draft``)."""

    evaluation_id: int
    saved: str  # ISO 8601 UTC
    text: str  # the JSON as saved; may be a document that does not validate yet

    def evaluation(self) -> Evaluation:
        """The draft as an evaluation; raises ``fileformat.EvaluationFileError`` if it is invalid."""
        return fileformat.loads(self.text)


def default_library_path() -> Path:
    """The per-user library file (on Linux ``$XDG_DATA_HOME/opportunity-evaluator/library.sqlite3``)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _next_updated(previous: str | None) -> str:
    """A new ``updated`` value that is never equal to (nor, as text, before) ``previous``.

    Optimistic concurrency compares ``updated`` values, so every write must change it, even two
    writes within one microsecond or after the clock was set back.
    """
    now = utc_now()
    if previous is None or now > previous:
        return now
    try:
        moment = datetime.strptime(previous, "%Y-%m-%dT%H:%M:%S.%fZ")
    except ValueError:
        return now
    return (moment + timedelta(microseconds=1)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _is_corruption(exc: sqlite3.DatabaseError) -> bool:
    if isinstance(exc, sqlite3.OperationalError):  # locked, busy, I/O: not the file's fault
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    message = str(exc).lower()
    return "malformed" in message or "not a database" in message


def _check_sound(path: Path) -> None:
    """Raise ``_Corrupt`` unless ``path`` (if it exists) passes ``PRAGMA quick_check``.

    The check uses a read-only connection on purpose: closing a read-write connection to a
    damaged file can make SQLite delete its -wal file, and nothing of the user's may be deleted.
    """
    if not path.exists():
        return
    conn = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S,
                           isolation_level=None)
    try:
        result = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        if result == ["ok"]:
            _refuse_foreign(conn)
    except sqlite3.DatabaseError as exc:
        if _is_corruption(exc):
            raise _Corrupt(str(exc)) from None
        raise
    finally:
        conn.close()
    if result != ["ok"]:
        raise _Corrupt("; ".join(str(r) for r in result[:5]))


def _refuse_foreign(conn: sqlite3.Connection) -> None:
    """Raise ``_Foreign`` if the database has tables but is not one of our libraries (no
    migration of our set recorded), before anything is written to it."""
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    if not tables:
        return  # empty: ours to create
    if "_sqlite_migrations" in tables:
        ours = conn.execute("SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?",
                            [MIGRATION_SET]).fetchone()[0]
        if ours:
            return
    raise _Foreign(", ".join(sorted(tables)[:5]) + (" …" if len(tables) > 5 else ""))


def _refuse_odd_path(path: Path) -> None:
    """A folder, FIFO or device named as the library: refused before SQLite opens it (a FIFO
    would block for ever, a folder gives "disk I/O error")."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise LibraryError(f"cannot open the library {shown(path)}: {exc.strerror or exc}",
                           f"kan de bibliotheek {shown(path)} niet openen: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise LibraryError(
            f"{shown(path)} is a folder; give the library file's name (for example "
            f"{shown(path / DB_FILENAME)})",
            f"{shown(path)} is een map; geef de naam van het bibliotheekbestand (bijvoorbeeld "
            f"{shown(path / DB_FILENAME)})")
    if not stat.S_ISREG(st.st_mode):
        logger.warning("refused library path %r: mode %o", str(path), st.st_mode)
        raise LibraryError(
            f"{shown(path)} is not a regular file (a named pipe or a device); give a library "
            f"file's name",
            f"{shown(path)} is geen gewoon bestand (een named pipe of een apparaat); geef de naam "
            f"van een bibliotheekbestand")


def _connect(path: Path) -> sqlite3.Connection:
    """A read-write connection with the library's settings; ``_Corrupt`` if the file is unsound."""
    _check_sound(path)
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
        conn.execute("PRAGMA foreign_keys = ON")
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as exc:
        conn.close()
        if _is_corruption(exc):
            raise _Corrupt(str(exc)) from None
        raise
    except BaseException:
        conn.close()
        raise
    return conn


def _unused_name(path: Path, label: str) -> Path:
    """``library.sqlite3.<label>-20261127-073000`` (with -2, -3... if that name is taken)."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 2
    while any(Path(str(candidate) + sfx).exists() for sfx in ("", "-wal", "-shm")):
        candidate = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
        n += 1
    return candidate


@contextlib.contextmanager
def _file_lock(path: Path) -> Iterator[None]:
    """An advisory lock (POSIX) so two processes do not both recover or migrate the same file."""
    try:
        import fcntl
    except ImportError:  # Windows: renaming a file another process has open fails there anyway
        yield
        return
    lock_path = path.with_name(path.name + ".lock")
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _move_aside(path: Path) -> Path:
    """Rename the damaged database and its -wal/-shm files; return the new main file name."""
    target = _unused_name(path, "corrupt")
    for suffix in ("", "-wal", "-shm", "-journal"):
        source = Path(str(path) + suffix)
        if source.exists():
            os.replace(source, Path(str(target) + suffix))
    return target


def _new_id(cursor: sqlite3.Cursor) -> int:
    """The id SQLite gave the row an INSERT on ``cursor`` just added."""
    row_id = cursor.lastrowid
    if row_id is None:  # not after a successful INSERT of one row
        raise sqlite3.DatabaseError("the new entry was given no id")
    return row_id


def _entry(row: tuple[Any, ...]) -> Entry:
    (row_id, name, company, kind, verdict, created, updated, file_path, deleted) = row
    return Entry(int(row_id), name, company, kind, verdict, created, updated, file_path,
                 deleted is not None)


_ENTRY_COLUMNS = "id, name, company, kind, verdict, created, updated, file_path, deleted"
_LIVE_COLUMNS = "id, name, company, kind, verdict, created, updated, file_path"  # deleted IS NULL
_NOT_DELETED = (False,)
_new_tuple = tuple.__new__
_ORDER = {
    "updated": "updated DESC, id DESC",
    "name": "search_text ASC, id ASC",
    "verdict": "CASE verdict " + " ".join(
        f"WHEN '{level}' THEN {i}" for i, level in enumerate(VERDICT_LEVELS)
    ) + f" ELSE {len(VERDICT_LEVELS)} END ASC, search_text ASC, id ASC",
}


class Library:
    """The evaluation library in one SQLite file. Create it with :meth:`Library.open`.

    One ``Library`` object belongs to one thread (sqlite3's rule); other threads and processes
    open their own. Documents go in and come out as :class:`~evaluator.core.model.Evaluation`.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, recovered_from: Path | None,
                 backup_path: Path | None, in_use: InUseLock | None = None):
        self._conn = conn
        self._closed = False
        self.path = path
        #: The damaged file that was moved aside when this library was opened, else None.
        self.recovered_from = recovered_from
        #: The copy taken before this open migrated the schema, else None.
        self.backup_path = backup_path
        self._in_use = in_use
        self._analysed = False  # whether this library's stored verdicts were checked as current
        self._reanalysing = False  # a progress report that lets events run may list meanwhile
        self._postponed = False  # the re-analysis was cancelled: the rest waits for the next open

    # ----------------------------------------------------------------- opening and closing

    @classmethod
    def open(cls, path: str | os.PathLike | None = None) -> "Library":
        """Open (creating or migrating as needed) the library at ``path``, or the per-user one.

        A file that is not a sound SQLite database is moved aside, a fresh library started and
        every readable entry salvaged into it; ``recovered_from`` then names the kept file and
        :meth:`recovery_notice` says how many entries were lost. Raises :class:`LibraryError`
        (and changes nothing) if the database was made by a newer version of the app or by
        another program, is damaged while another program has it open, cannot be opened, or
        stays locked by another process for longer than the busy timeout.
        """
        path = Path(path) if path is not None else default_library_path()
        path = path.expanduser().absolute()
        _refuse_odd_path(path)
        in_use = None
        recovered_from = None
        backup_path = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            in_use = InUseLock(path)
            in_use.shared()
            try:
                conn = _connect(path)
            except _Corrupt as damage:
                conn, recovered_from, backup_path = _recover(path, in_use, damage)
        except _Foreign as exc:
            if in_use is not None:
                in_use.remove_if_created()  # leave nothing beside another program's file
            logger.warning("refused %r: a SQLite database of another program (tables %s)",
                           str(path), exc)
            raise LibraryError(
                f"{shown(path)} is a database of another program (tables {exc}), not an "
                f"Opportunity Evaluator library; it was left unchanged: give another file name",
                f"{shown(path)} is een database van een ander programma (tabellen {exc}), geen "
                f"bibliotheek van Opportunity Evaluator; het bestand is niet gewijzigd: geef een "
                f"andere bestandsnaam") from None
        except (OSError, sqlite3.Error, _Corrupt) as exc:  # unopenable, locked for 10 s, ...
            if in_use is not None:
                in_use.close()
            logger.warning("cannot open the library %r: %s", str(path), exc)
            raise LibraryError(f"cannot open the library {shown(path)}: {exc}",
                               f"kan de bibliotheek {shown(path)} niet openen: {exc}") from exc
        except BaseException:
            if in_use is not None:
                in_use.close()
            raise
        if recovered_from is None:
            try:
                backup_path = _migrate(conn, path)
            except sqlite3.Error as exc:
                conn.close()
                in_use.close()
                logger.exception("migrating the library %r failed", str(path))
                raise LibraryError(f"cannot update the library {shown(path)}: {_why(exc)}",
                                   f"kan de bibliotheek {shown(path)} niet bijwerken: "
                                   f"{_why(exc, 'nl')}") from exc
            except BaseException:
                conn.close()
                in_use.close()
                raise
        library = cls(conn, path, recovered_from, backup_path, in_use)
        try:
            library._analysed = library._analysis_current()
        except BaseException:
            library.close()
            raise
        return library

    def close(self) -> None:
        """Close the database and release the "in use" lock; closing again does nothing.
        (Using a closed library raises ``sqlite3.ProgrammingError``.)"""
        if not self._closed:
            self._conn.close()
            self._closed = True
        if self._in_use is not None:
            self._in_use.close()
            self._in_use = None

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        return len(_applied(self._conn))

    def integrity_check(self) -> list[str]:
        """``PRAGMA integrity_check``: ``["ok"]`` for a sound database."""
        return [row[0] for row in self._conn.execute("PRAGMA integrity_check").fetchall()]

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; takes the write lock at once so concurrent writers queue."""
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # ----------------------------------------------------------------- reading

    def list(self, search: str = "", sort: SortKey = "updated",
             include_deleted: bool = False) -> list[Entry]:
        """Entries whose name or company contains every word of ``search``.

        Case- and accent-insensitive; ``%`` and ``_`` are matched literally. ``sort``: ``updated``
        (newest first), ``name`` (A-Z) or ``verdict`` (most serious first, unanalysed last).
        """
        if sort not in _ORDER:
            raise ValueError(f"sort must be one of {', '.join(_ORDER)}, not {sort!r}")
        self._ensure_analysed()
        where, params = [], []
        if not include_deleted:
            where.append("deleted IS NULL")
        for word in fold(search).split():
            where.append("search_text LIKE ? ESCAPE '\\'")
            params.append(f"%{_escape_like(word)}%")
        # Every column named here is in the covering index ``evaluations_list`` (schema step
        # m003): the rows come from the index alone, never from the table, where the columns
        # stored after the document are reached only through its overflow pages. INDEXED BY
        # because, with the trash included, SQLite would pick evaluations_updated for the
        # default order and read the table.
        columns = _ENTRY_COLUMNS if include_deleted else _LIVE_COLUMNS
        sql = f"SELECT {columns} FROM evaluations INDEXED BY evaluations_list"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY " + _ORDER[sort]
        rows = self._conn.execute(sql, params).fetchall()
        new, entry = _new_tuple, Entry
        if not include_deleted:  # deleted is NULL in every row: the flag is False
            return [new(entry, row + _NOT_DELETED) for row in rows]
        return [new(entry, row[:8] + (row[8] is not None,)) for row in rows]

    def entry(self, entry_id: int) -> Entry:
        self._ensure_analysed()
        row = self._conn.execute(
            f"SELECT {_ENTRY_COLUMNS} FROM evaluations WHERE id = ?", [self._id(entry_id)]
        ).fetchone()
        if row is None:
            raise UnknownEntryError(entry_id)
        return _entry(row)

    def get(self, entry_id: int) -> Evaluation:
        """The evaluation document (also for an entry in the trash)."""
        row = self._conn.execute(
            "SELECT document FROM evaluations WHERE id = ?", [self._id(entry_id)]
        ).fetchone()
        if row is None:
            raise UnknownEntryError(entry_id)
        return fileformat.loads(row[0])

    def _analysis_current(self) -> bool:
        """Whether the current analysis made the stored verdicts (one read of a setting)."""
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?",
                                 [ANALYSIS_KEY]).fetchone()
        from .stored_analysis import analysis_stamp

        try:
            return row is not None and json.loads(row[0]) == analysis_stamp()
        except ValueError:
            return False

    @property
    def verdicts_stale(self) -> bool:
        """Whether the stored verdicts are still to be recomputed (another analysis made them):
        the first :meth:`list` or :meth:`entry` does it, or the app through :meth:`reanalyse`
        with a progress report."""
        return not self._analysed and not self._postponed

    def _ensure_analysed(self) -> None:
        """Recompute the stored verdicts first if another analysis made them (SPEC 9.3: the
        list shows ``analyze``'s verdict): after a migration that upgraded the documents, or
        after an update of the app. Nothing to do when they are current (checked on open)."""
        if not self._analysed and not self._reanalysing and not self._postponed:
            self.reanalyse()

    def reanalyse(self, progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> int:
        """Recompute every entry's stored verdict and simulation summary from its document (the
        analysis the app's save and ``library import`` store, ``stored_analysis``), in the trash
        too, without touching ``updated``; then record the analysis that made them. A document
        that no longer loads is marked not analysed. An entry saved by another writer while this
        ran keeps what that writer stored. ``progress(done, total)`` is called before each entry and
        at the end (a list read meanwhile shows the stored verdicts). Returns how many entries were
        analysed.

        Each entry is committed on its own, with the list of entries done so far (``PARTIAL_KEY``),
        so ``cancelled()`` (asked between entries) stops the pass with every finished entry
        stored and none half-written; the verdicts then stay stale, the list shows what is
        stored, and the next pass (the next time the library is opened) does only the rest."""
        self._reanalysing = True
        try:
            count, complete = self._reanalyse(progress, cancelled)
        finally:
            self._reanalysing = False
        if complete:
            self._analysed = True
        else:
            self._postponed = True  # not again in this session: the list shows the stored verdicts
        return count

    def _reanalyse(self, progress: Callable[[int, int], None] | None,
                   cancelled: Callable[[], bool] | None = None) -> tuple[int, bool]:
        from .stored_analysis import analysis_stamp, library_analysis

        stamp = analysis_stamp()
        done_ids = self._partial_done(stamp)
        rows = [row for row in self._conn.execute("SELECT id, document FROM evaluations").fetchall()
                if row[0] not in done_ids]
        analysed = 0
        for done, (entry_id, document) in enumerate(rows, start=1):
            if progress is not None:
                progress(done - 1, len(rows))
            if cancelled is not None and cancelled():
                logger.info("library %r: re-analysis cancelled after %d of %d entries",
                            str(self.path), analysed, len(rows))
                return analysed, False
            try:
                ev = fileformat.loads(document)
            except fileformat.EvaluationFileError:
                logger.warning("entry %s: the stored document does not load; not analysed", entry_id)
                result: tuple[str | None, str | None, int, str] = (None, None, entry_id, document)
            else:
                level, summary, _why_not = library_analysis(ev)
                result = (self._verdict(level), _simulation_text(summary), entry_id, document)
            done_ids.add(entry_id)
            with self._write() as conn:
                conn.execute("UPDATE evaluations SET verdict = ?, simulation = ? "
                             "WHERE id = ? AND document = ?", result)
                conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                             [PARTIAL_KEY, json.dumps({"stamp": stamp, "done": sorted(done_ids)})])
            analysed += 1
        if progress is not None and rows:
            progress(len(rows), len(rows))
        with self._write() as conn:
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                         [ANALYSIS_KEY, json.dumps(stamp)])
            conn.execute("DELETE FROM settings WHERE key = ?", [PARTIAL_KEY])
        logger.info("library %r: %d entries re-analysed (%s)", str(self.path), analysed, stamp)
        return analysed, True

    def _partial_done(self, stamp: Any) -> set[int]:
        """The entries an unfinished pass of this same analysis already stored."""
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", [PARTIAL_KEY]).fetchone()
        try:
            partial = json.loads(row[0]) if row is not None else None
        except ValueError:
            return set()
        if not isinstance(partial, dict) or partial.get("stamp") != stamp:
            return set()
        return {int(i) for i in partial.get("done", [])}

    def find_by_file(self, path: str | os.PathLike) -> int | None:
        """The entry linked to this file (the most recently updated one not in the trash)."""
        row = self._conn.execute(
            "SELECT id FROM evaluations WHERE file_path = ? AND deleted IS NULL "
            "ORDER BY updated DESC, id DESC LIMIT 1",
            [self._norm_path(path)],
        ).fetchone()
        return None if row is None else int(row[0])

    # ----------------------------------------------------------------- writing

    def add(self, ev: Evaluation, file_path: str | os.PathLike | None = None,
            verdict: str | None = None, simulation: dict[str, Any] | None = None) -> int:
        """Store a new entry; returns its id. ``simulation``: the JSON summary of the document's
        population simulation (see :meth:`simulation`), None when there is none."""
        document = fileformat.dumps(ev)
        summary = _simulation_text(simulation)
        now = utc_now()
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO evaluations (name, company, kind, verdict, document, created, "
                "updated, file_path, deleted, search_text, simulation) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
                [ev.offer.name, ev.offer.company, ev.offer.kind, self._verdict(verdict), document,
                 now, now, self._norm_path(file_path), search_text(ev.offer.name, ev.offer.company),
                 summary],
            )
            return _new_id(cursor)

    def simulation(self, entry_id: int) -> dict[str, Any] | None:
        """The simulation summary stored with the entry's document on its last save (None: none
        was given; a save without one clears it, so it never belongs to an older document)."""
        row = self._conn.execute(
            "SELECT simulation FROM evaluations WHERE id = ?", [self._id(entry_id)]
        ).fetchone()
        if row is None:
            raise UnknownEntryError(entry_id)
        if row[0] is None:
            return None
        try:
            data = json.loads(row[0])
        except ValueError:
            logger.warning("entry %s: the stored simulation summary is not JSON; ignored", entry_id)
            return None
        return data if isinstance(data, dict) else None

    def set_simulation(self, entry_id: int, simulation: dict[str, Any] | None, ev: Evaluation,
                       verdict: str | None = None) -> bool:
        """Store the simulation summary (and, if given, the verdict) of the document ``ev``
        with the entry, without touching ``updated``, only if the entry still holds exactly that
        document: a summary never lands beside another document (another window or process may
        have saved since). Returns whether it was stored."""
        document = fileformat.dumps(ev)
        summary = _simulation_text(simulation)
        verdict = self._verdict(verdict)
        with self._write() as conn:
            row = conn.execute("SELECT document FROM evaluations WHERE id = ?",
                               [self._id(entry_id)]).fetchone()
            if row is None:
                raise UnknownEntryError(entry_id)
            if row[0] != document:
                return False
            if verdict is None:
                conn.execute("UPDATE evaluations SET simulation = ? WHERE id = ?",
                             [summary, self._id(entry_id)])
            else:
                conn.execute("UPDATE evaluations SET simulation = ?, verdict = ? WHERE id = ?",
                             [summary, verdict, self._id(entry_id)])
            return True

    def update(self, entry_id: int, ev: Evaluation, verdict: str | None = None,
               expected_updated: str | None = None,
               simulation: dict[str, Any] | None = None) -> str:
        """Replace the document. ``verdict`` is that of the new document (None: not analysed),
        ``simulation`` its simulation summary (None: none; the old one is cleared).

        ``expected_updated``: the entry's ``updated`` when the caller loaded it. If given and the
        stored value differs (another window or process saved meanwhile), nothing is written and
        :class:`ConflictError` is raised with both versions. Returns the new ``updated``.
        """
        document = fileformat.dumps(ev)
        verdict = self._verdict(verdict)
        summary = _simulation_text(simulation)
        with self._write() as conn:
            previous = self._check_current(conn, entry_id, ev, expected_updated)
            updated = _next_updated(previous)
            conn.execute(
                "UPDATE evaluations SET name = ?, company = ?, kind = ?, verdict = ?, document = ?, "
                "updated = ?, search_text = ?, simulation = ? WHERE id = ?",
                [ev.offer.name, ev.offer.company, ev.offer.kind, verdict, document,
                 updated, search_text(ev.offer.name, ev.offer.company), summary, self._id(entry_id)],
            )
            return updated

    def save_or_fork(self, entry_id: int, ev: Evaluation, expected_updated: str | None,
                     verdict: str | None = None, lang: str = "en",
                     simulation: dict[str, Any] | None = None) -> SaveResult:
        """Store an editor's evaluation without ever losing another writer's changes.

        In one transaction: if the entry is unchanged since the caller loaded it (its ``updated``
        equals ``expected_updated``, or ``expected_updated`` is None), update it; otherwise keep
        the other writer's version as it is and add ``ev`` as a new entry named
        "<name> (conflicting copy)" ("(conflicterende kopie)" in Dutch; numbered if that name is
        taken), not linked to any file. An entry purged meanwhile is re-created the same way.
        Returns ``(id, forked)`` (with ``.updated``): the id the editor now shows, and whether it
        is the new copy, so that the app can tell the user. ``simulation``: as in :meth:`update`.
        """
        document = fileformat.dumps(ev)
        verdict = self._verdict(verdict)
        summary = _simulation_text(simulation)
        with self._write() as conn:
            row = conn.execute("SELECT updated FROM evaluations WHERE id = ?",
                               [self._id(entry_id)]).fetchone()
            if row is not None and (expected_updated is None or row[0] == expected_updated):
                updated = _next_updated(row[0])
                conn.execute(
                    "UPDATE evaluations SET name = ?, company = ?, kind = ?, verdict = ?, "
                    "document = ?, updated = ?, search_text = ?, simulation = ? WHERE id = ?",
                    [ev.offer.name, ev.offer.company, ev.offer.kind, verdict, document, updated,
                     search_text(ev.offer.name, ev.offer.company), summary, self._id(entry_id)],
                )
                return SaveResult(self._id(entry_id), False, updated)
            suffix = tr(lang, "conflicting copy", "conflicterende kopie")
            new_name = _free_name(conn, ev.offer.name,
                                  lambda n: f" ({suffix})" if n == 1 else f" ({suffix} {n})")
            copy_id = _insert_renamed_copy(conn, ev, new_name, verdict, summary)
            logger.info("entry %s changed elsewhere since it was loaded: saved as conflicting "
                        "copy %d", entry_id, copy_id)
            return SaveResult(copy_id, True, conn.execute(
                "SELECT updated FROM evaluations WHERE id = ?", [copy_id]).fetchone()[0])

    def _check_current(self, conn: sqlite3.Connection, entry_id: Any, mine: Evaluation,
                       expected_updated: str | None) -> str:
        """Inside a write transaction: the entry's ``updated``; raise if missing or changed."""
        row = conn.execute("SELECT updated, document FROM evaluations WHERE id = ?",
                           [self._id(entry_id)]).fetchone()
        if row is None:
            raise UnknownEntryError(entry_id)
        if expected_updated is not None and row[0] != expected_updated:
            try:
                theirs = fileformat.loads(row[1])
            except fileformat.EvaluationFileError:
                theirs = None
            raise ConflictError(self._id(entry_id), expected_updated, row[0], theirs, mine)
        return row[0]

    def rename(self, entry_id: int, new_name: str) -> None:
        """Change the offer's name (in the list and in the document); validated like a file.

        Spaces around the name are dropped. Raises ``fileformat.EvaluationFileError``
        (``offer.name: must not be empty``) for a bad name, also one of only spaces, and changes
        nothing.
        """
        new_name = new_name.strip() if isinstance(new_name, str) else new_name
        if not new_name:
            raise fileformat.EvaluationFileError([fileformat.Problem("offer.name", "empty")])
        with self._write() as conn:
            row = conn.execute("SELECT document, company, updated FROM evaluations WHERE id = ?",
                               [self._id(entry_id)]).fetchone()
            if row is None:
                raise UnknownEntryError(entry_id)
            data = json.loads(row[0])
            data["offer"]["name"] = new_name
            document = fileformat.dumps(fileformat.from_data(data))
            conn.execute(
                "UPDATE evaluations SET name = ?, document = ?, updated = ?, search_text = ? "
                "WHERE id = ?",
                [new_name, document, _next_updated(row[2]), search_text(new_name, row[1]),
                 self._id(entry_id)],
            )

    def duplicate(self, entry_id: int, new_name: str | None = None) -> int:
        """A copy as a new entry, not linked to any file; named ``new_name`` or "Name (2)", "(3)"..."""
        with self._write() as conn:
            row = conn.execute("SELECT name, verdict, document FROM evaluations WHERE id = ?",
                               [self._id(entry_id)]).fetchone()
            if row is None:
                raise UnknownEntryError(entry_id)
            name, verdict, document = row
            if new_name is None:
                new_name = _free_name(conn, name, lambda n: f" ({n + 1})")
            return _insert_renamed_copy(conn, fileformat.from_data(json.loads(document)), new_name,
                                        verdict)

    def delete(self, entry_id: int) -> None:
        """Move to the trash (hidden from ``list``); undo with :meth:`undelete`."""
        self._set(entry_id, "deleted = COALESCE(deleted, ?)", utc_now(), touch=False)

    def undelete(self, entry_id: int) -> None:
        self._set(entry_id, "deleted = NULL", touch=False)

    def purge_deleted(self) -> int:
        """Remove everything in the trash for good (with their drafts); returns how many."""
        with self._write() as conn:
            return conn.execute("DELETE FROM evaluations WHERE deleted IS NOT NULL").rowcount

    def set_verdict(self, entry_id: int, verdict: str | None) -> None:
        """Record the verdict level once an analysis has run (does not touch ``updated``)."""
        self._set(entry_id, "verdict = ?", self._verdict(verdict), touch=False)

    def set_file_path(self, entry_id: int, path: str | os.PathLike | None) -> None:
        """Link the entry to a .oppeval file (None unlinks it)."""
        self._set(entry_id, "file_path = ?", self._norm_path(path), touch=False)

    def import_file(self, path: str | os.PathLike) -> int:
        """Load and validate an evaluation file, add it as a new entry linked to the file.

        Raises ``fileformat.EvaluationFileError`` (nothing is written) if the file is invalid.
        """
        ev = fileformat.load(path)
        return self.add(ev, file_path=path)

    def add_many(self, items: "builtins.list[tuple[Evaluation, str | os.PathLike[str] | None]]",
                 analyses: "builtins.list[tuple[str | None, dict[str, Any] | None]] | None" = None
                 ) -> "builtins.list[int]":
        """Store several new entries ``(evaluation, linked file or None)`` in one transaction:
        all of them or, on any failure, none. Returns their ids in order. ``analyses``: for each
        item its ``(verdict, simulation summary)`` as :meth:`add` takes them (None: not analysed;
        see ``stored_analysis.library_analysis``)."""
        if analyses is not None and len(analyses) != len(items):
            raise ValueError(f"{len(analyses)} analyses for {len(items)} entries")
        stored = [(self._verdict(verdict), _simulation_text(simulation))
                  for verdict, simulation in analyses] if analyses is not None else (
            [(None, None)] * len(items))
        ids = []
        with self._write() as conn:
            for (ev, file_path), (verdict, summary) in zip(items, stored):
                now = utc_now()
                cursor = conn.execute(
                    "INSERT INTO evaluations (name, company, kind, verdict, document, created, "
                    "updated, file_path, deleted, search_text, simulation) VALUES (?, ?, ?, ?, ?, "
                    "?, ?, ?, NULL, ?, ?)",
                    [ev.offer.name, ev.offer.company, ev.offer.kind, verdict, fileformat.dumps(ev),
                     now, now, self._norm_path(file_path), search_text(ev.offer.name, ev.offer.company),
                     summary])
                ids.append(_new_id(cursor))
        return ids

    def import_library(self, path: str | os.PathLike[str]) -> "tuple[builtins.list[int], Salvage]":
        """Add every readable entry of another (possibly damaged) library file as new entries,
        in one transaction; the file itself is only read. Returns the new ids and the salvage
        (``.lost`` entries could not be read)."""
        found = salvage(path)
        ids = []
        with self._write() as conn:
            for row in found.rows:
                ev = fileformat.loads(row["document"])
                now = utc_now()
                cursor = conn.execute(
                    "INSERT INTO evaluations (name, company, kind, verdict, document, created, "
                    "updated, file_path, deleted, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                    "NULL, ?)",
                    [ev.offer.name, ev.offer.company, ev.offer.kind, _level(row["verdict"]),
                     fileformat.dumps(ev), row["created"] or now, now, row["file_path"],
                     search_text(ev.offer.name, ev.offer.company)])
                ids.append(_new_id(cursor))
        logger.info("imported %d entries from the library file %r (%d could not be read)",
                    len(ids), str(path), found.lost)
        return ids, found

    def recovery_notice(self) -> RecoveryNotice | None:
        """The notice of the recovery that started this library, until it is dismissed."""
        data = self.get_setting(NOTICE_KEY)
        if not isinstance(data, dict):
            return None
        try:
            return RecoveryNotice(str(data["damaged_file"]), int(data["recovered"]),
                                  int(data["lost"]), str(data["when"]),
                                  bool(data.get("readable", True)))
        except (KeyError, TypeError, ValueError):
            return None

    def dismiss_recovery_notice(self) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", [NOTICE_KEY])

    def export(self, entry_id: int, path: str | os.PathLike) -> None:
        """Write the entry out as an evaluation file (atomically). Does not link the file."""
        fileformat.save(self.get(entry_id), path)

    # ----------------------------------------------------------------- drafts and settings

    def save_draft(self, entry_id: int, ev: Evaluation | dict | str) -> None:
        """Keep the editor's unsaved state of an entry (replacing an older draft of it).

        ``ev`` may be an :class:`Evaluation`, or JSON data / text that does not validate yet.
        """
        if isinstance(ev, Evaluation):
            text = fileformat.dumps(ev)
        elif isinstance(ev, str):
            text = ev
        else:
            text = json.dumps(ev, ensure_ascii=False, allow_nan=False)
        with self._write() as conn:
            try:
                conn.execute(
                    "INSERT INTO drafts (evaluation_id, document, saved) VALUES (?, ?, ?) "
                    "ON CONFLICT(evaluation_id) DO UPDATE SET document = excluded.document, "
                    "saved = excluded.saved",
                    [self._id(entry_id), text, utc_now()],
                )
            except sqlite3.IntegrityError:  # the foreign key: no such entry
                raise UnknownEntryError(entry_id) from None

    def drafts(self) -> builtins.list[Draft]:
        """Drafts of entries not in the trash, newest first."""
        rows = self._conn.execute(
            "SELECT d.evaluation_id, d.saved, d.document FROM drafts d "
            "JOIN evaluations e ON e.id = d.evaluation_id WHERE e.deleted IS NULL "
            "ORDER BY d.saved DESC"
        ).fetchall()
        return [Draft(int(r[0]), r[1], r[2]) for r in rows]

    def discard_draft(self, entry_id: int) -> None:
        with self._write() as conn:
            conn.execute("DELETE FROM drafts WHERE evaluation_id = ?", [self._id(entry_id)])

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self._conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else json.loads(row[0])

    def set_setting(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value under ``key``."""
        text = json.dumps(value, ensure_ascii=False, allow_nan=False)
        with self._write() as conn:
            conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, text])

    # ----------------------------------------------------------------- helpers

    def _set(self, entry_id: int, assignment: str, *params: Any, touch: bool = True) -> None:
        sql = f"UPDATE evaluations SET {assignment}"
        values = list(params)
        if touch:
            sql += ", updated = ?"
            values.append(utc_now())
        with self._write() as conn:
            if conn.execute(sql + " WHERE id = ?", [*values, self._id(entry_id)]).rowcount == 0:
                raise UnknownEntryError(entry_id)

    @staticmethod
    def _id(entry_id: Any) -> int:
        try:
            if isinstance(entry_id, bool):
                raise ValueError
            value = int(entry_id)
        except (TypeError, ValueError, OverflowError):
            raise UnknownEntryError(entry_id) from None
        if not -_MAX_ID - 1 <= value <= _MAX_ID:  # beyond SQLite's integers: no such entry
            raise UnknownEntryError(entry_id)
        return value

    @staticmethod
    def _verdict(verdict: str | None) -> str | None:
        if verdict is not None and verdict not in VERDICT_LEVELS:
            raise ValueError(f"verdict must be one of {', '.join(VERDICT_LEVELS)} or None")
        return verdict

    @staticmethod
    def _norm_path(path: str | os.PathLike | None) -> str | None:
        if path is None:
            return None
        return str(Path(path).expanduser().resolve())


def _migrate(conn: sqlite3.Connection, path: Path, locked_by_caller: bool = False) -> Path | None:
    """Apply pending schema steps, one ``BEGIN IMMEDIATE`` transaction each.

    Up to date (the usual case): one read, no lock. Otherwise the whole run holds the library's
    lock file, so a process opening a library that another one is creating or migrating waits
    until that is finished instead of seeing it half-way (and, say, backing up a library that
    is a few milliseconds old); each step also takes the database's write lock and re-checks what
    is pending. Before the first step on a database that already had a schema, a backup copy is
    written next to it. Returns the backup's path.
    """
    applied = _applied(conn)
    _refuse_unknown(applied, path)
    if all(name in applied for name in MIGRATION_NAMES):
        return None
    backup_path = None
    first = True
    fresh = False
    steps = MIGRATIONS if MIGRATIONS is not None else _schema_migrations()
    db = sqlite_utils_module().Database(conn)
    with contextlib.nullcontext() if locked_by_caller else _file_lock(path):
        while True:
            conn.execute("BEGIN IMMEDIATE")
            try:
                applied = _applied(conn)
                _refuse_unknown(applied, path)
                pending = [name for name in MIGRATION_NAMES if name not in applied]
                if not pending:  # done, by us or by another process while we waited
                    if fresh:  # a new library: nothing stored is stale
                        from .stored_analysis import analysis_stamp

                        conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)",
                                     [ANALYSIS_KEY, json.dumps(analysis_stamp())])
                    conn.execute("COMMIT")
                    return backup_path
                if first:
                    fresh = not applied
                if first and applied:
                    backup_path = _backup(path, f"backup-v{len(applied)}")
                    logger.info("library %r: backup before migrating from schema %d: %r",
                                str(path), len(applied), str(backup_path))
                first = False
                stop_before = pending[1] if len(pending) > 1 else None
                logger.info("library %r: applying schema step %s", str(path), pending[0])
                steps.apply(db, stop_before=stop_before)
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")


def _applied(conn: sqlite3.Connection) -> builtins.list[str]:
    """The names of the schema steps applied, in order: what sqlite-utils'
    ``Migrations.applied`` reads, in plain SQL, so that an up-to-date library is opened without
    importing sqlite-utils."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                    "AND name = '_sqlite_migrations'").fetchone() is None:
        return []
    return [row[0] for row in conn.execute(
        "SELECT name FROM _sqlite_migrations WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET])]


def _refuse_unknown(applied: list[str], path: Path) -> None:
    unknown = [name for name in applied if name not in MIGRATION_NAMES]
    if unknown:
        raise LibraryError(
            f"{path} was made by a newer version of Opportunity Evaluator (schema step "
            f"{unknown[0]!r} is unknown to this version); update the app to use it",
            f"{path} is gemaakt met een nieuwere versie van Opportunity Evaluator (schemastap "
            f"{unknown[0]!r} is onbekend in deze versie); werk de app bij om hem te gebruiken",
        )


def _backup(path: Path, label: str) -> Path:
    """Copy the database to a new file beside it with the sqlite3 backup API.

    Called while the caller holds the write lock and has changed nothing yet: a second (reading)
    connection sees exactly the committed state, and no one can change it meanwhile. (The
    connection holding the lock cannot be the backup's source: the copy would wait on itself.)
    """
    target = _unused_name(path, label)
    source = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
    try:
        dest = sqlite3.connect(str(target))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            dest.close()
    except BaseException:
        # A full disk: no 0-byte or partial "backup" may stay behind to be mistaken for one.
        logger.exception("the backup %r could not be written; removed", str(target))
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(str(target) + suffix)
        raise
    finally:
        source.close()
    return target


def _why(exc: sqlite3.Error, lang: str = "en") -> str:
    """SQLite's reason, with a full disk said plainly."""
    text = str(exc)
    if "disk is full" in text or "No space" in text:
        return tr(lang, "the disk is full; free some space and open it again",
                  "de schijf is vol; maak ruimte vrij en open hem opnieuw")
    return text


def _level(verdict: Any) -> str | None:
    return verdict if verdict in VERDICT_LEVELS else None


def _recover(path: Path, in_use: InUseLock, damage: _Corrupt) -> tuple[sqlite3.Connection, Path | None, Path | None]:
    """The damaged library at ``path``: under the exclusive locks, move it aside, start a new
    library and salvage what can be read into it. Returns the new connection, the kept file
    (None if another process recovered it meanwhile) and a migration backup (None)."""
    in_use.release()
    with _file_lock(path):
        in_use.shared()
        try:  # another process may have recovered it while we waited for the lock
            return _connect(path), None, None
        except _Corrupt:
            in_use.release()
        if not in_use.try_exclusive():
            in_use.shared()
            logger.error("library %r is damaged but in use by another program; left in place",
                         str(path), exc_info=damage)
            raise LibraryError(
                f"the library {shown(path)} is damaged but in use by another program; close the "
                f"other program (or the other window of this app) and start again: the damaged "
                f"file is left in place",
                f"de bibliotheek {shown(path)} is beschadigd maar in gebruik door een ander "
                f"programma; sluit dat programma (of het andere venster van deze app) en start "
                f"opnieuw: het beschadigde bestand blijft staan")
        try:
            kept = _move_aside(path)
            logger.error("library %r is damaged; moved aside to %r", str(path), str(kept),
                         exc_info=damage)
            conn = _connect(path)
            try:
                _migrate(conn, path, locked_by_caller=True)
                found = salvage(kept)
                _restore(conn, found, kept)
            except BaseException:
                conn.close()
                raise
            logger.warning("library %r recovered: %d entries salvaged, %d lost; damaged file %r",
                           str(path), len(found.rows), found.lost, str(kept))
            return conn, kept, None
        finally:
            in_use.shared()  # from exclusive back to shared, for the life of this library


def _restore(conn: sqlite3.Connection, found: Salvage, kept: Path) -> None:
    """Put the salvaged entries (same ids), drafts and settings into the new library, with the
    lasting notice; one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for row in found.rows:
            ev = fileformat.loads(row["document"])
            conn.execute(
                "INSERT INTO evaluations (id, name, company, kind, verdict, document, created, "
                "updated, file_path, deleted, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [row["id"], ev.offer.name, ev.offer.company, ev.offer.kind, _level(row["verdict"]),
                 fileformat.dumps(ev), row["created"] or utc_now(), row["updated"] or utc_now(),
                 row["file_path"] if isinstance(row["file_path"], str) else None,
                 row["deleted"] if isinstance(row["deleted"], str) else None,
                 search_text(ev.offer.name, ev.offer.company)])
        for entry_id, (document, saved) in found.drafts.items():
            conn.execute("INSERT INTO drafts (evaluation_id, document, saved) VALUES (?, ?, ?)",
                         [entry_id, document, saved])
        for key, value in found.settings.items():
            if key != NOTICE_KEY:
                conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", [key, value])
        if found.rows:  # salvaged verdicts are re-analysed before they are listed
            conn.execute("DELETE FROM settings WHERE key = ?", [ANALYSIS_KEY])
        highest = max([found.highest_id, *found.lost_ids, *(r["id"] for r in found.rows)], default=0)
        if highest:  # ids are never reused, not even those of entries that were lost
            conn.execute("INSERT INTO sqlite_sequence (name, seq) SELECT 'evaluations', 0 "
                         "WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'evaluations')")
            conn.execute("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = 'evaluations'",
                         [highest])
        notice = {"damaged_file": str(kept), "recovered": len(found.rows), "lost": found.lost,
                  "when": utc_now(), "readable": found.readable}
        conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                     [NOTICE_KEY, json.dumps(notice, ensure_ascii=False)])
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


__all__ = [
    "Library", "Entry", "Draft", "LibraryError", "UnknownEntryError", "ConflictError", "SaveResult", "default_library_path",
    "VERDICT_LEVELS", "SCHEMA_VERSION", "DB_FILENAME", "RecoveryNotice",
]


def _free_name(conn, name: str, label) -> str:
    """``name`` plus the first ``label(n)`` (n = 1, 2, ...) that no live entry uses, within the
    model's 200 characters."""
    taken = {r[0] for r in conn.execute("SELECT name FROM evaluations WHERE deleted IS NULL")}
    n = 1
    while True:
        suffix = label(n)
        candidate = name[: 200 - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        n += 1


def _simulation_text(simulation: dict[str, Any] | None) -> str | None:
    """A simulation summary as the ``simulation`` column stores it (JSON; NaN refused)."""
    if simulation is None:
        return None
    return json.dumps(simulation, ensure_ascii=False, allow_nan=False, sort_keys=True)


def _insert_renamed_copy(conn, ev: Evaluation, new_name: str, verdict: str | None,
                         simulation: str | None = None) -> int:
    """Insert ``ev`` under ``new_name`` as a new entry, linked to no file; returns its id.
    ``simulation``: the stored JSON text of its simulation summary, or None."""
    data = fileformat.to_data(ev)
    data["offer"]["name"] = new_name
    copy = fileformat.from_data(data)
    now = utc_now()
    cursor = conn.execute(
        "INSERT INTO evaluations (name, company, kind, verdict, document, created, "
        "updated, file_path, deleted, search_text, simulation) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?)",
        [new_name, copy.offer.company, copy.offer.kind, verdict, fileformat.dumps(copy), now, now,
         search_text(new_name, copy.offer.company), simulation],
    )
    return _new_id(cursor)
