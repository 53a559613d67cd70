"""What the library does about damage and sharing: the "in use" lock and salvage.

* :class:`InUseLock`: every open :class:`~evaluator.storage.Library` holds a shared ``flock`` on
  ``library.sqlite3.inuse`` beside the database for its whole life. Moving a damaged library
  aside needs the exclusive lock, so a process that finds the file damaged while another one has
  it open says "damaged but in use by another program" and moves nothing (otherwise the other
  program's later saves would "succeed" into the moved file).
* :func:`salvage`: every entry that can still be read from a damaged database, row by row on a
  read-only connection (the table scan, every index and a probe of every id up to the highest
  one known), each document validated like a file; and which ids were known but unreadable.

Nothing here imports Qt.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core import fileformat

logger = logging.getLogger(__name__)

PROBE_LIMIT = 200_000  # ids probed one by one when no index can say which exist
_EVAL_COLUMNS = "id, name, company, kind, verdict, document, created, updated, file_path, deleted"


class InUseLock:
    """A ``flock`` on ``<db>.inuse``: shared while a library is open, exclusive to recover it.

    A no-op where ``fcntl`` does not exist (Windows: a file another process has open cannot be
    renamed there anyway).
    """

    def __init__(self, db_path: Path):
        self.path = db_path.with_name(db_path.name + ".inuse")
        self._fd: int | None = None
        self.created = False  # this object made the lock file (see remove_if_created)
        self._fcntl: Any = None
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            self._fcntl = None
            return
        self._fcntl = fcntl
        try:
            try:
                self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o666)
                self.created = True
            except FileExistsError:
                self._fd = os.open(self.path, os.O_RDWR)
        except OSError as exc:  # a read-only folder: lock an existing file read-only, or go without
            try:
                self._fd = os.open(self.path, os.O_RDONLY)
            except OSError:
                logger.warning("no in-use lock for %s: %s", db_path, exc)
                self._fd = None

    def shared(self) -> None:
        """Take (or turn an exclusive lock back into) the shared lock; waits for a recovery."""
        if self._fd is not None:
            self._fcntl.flock(self._fd, self._fcntl.LOCK_SH)

    def release(self) -> None:
        if self._fd is not None:
            self._fcntl.flock(self._fd, self._fcntl.LOCK_UN)

    def try_exclusive(self, wait_s: float = 2.0) -> bool:
        """The exclusive lock if no other open library holds the shared one within ``wait_s``
        (another process that is itself just finding the damage lets go in milliseconds)."""
        if self._fd is None:
            return True
        deadline = time.monotonic() + wait_s
        while True:
            try:
                self._fcntl.flock(self._fd, self._fcntl.LOCK_EX | self._fcntl.LOCK_NB)
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    return False
                time.sleep(0.05)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # releases the lock
            self._fd = None

    def remove_if_created(self) -> None:
        """Close, and remove the lock file if this object created it: only for a file every
        opener refuses (another program's database), so no other process can be holding it."""
        self.close()
        if self.created:
            try:
                os.unlink(self.path)
            except OSError:
                pass


@dataclass
class Salvage:
    """What could be read from a damaged library."""

    rows: list[dict[str, Any]] = field(default_factory=list)  # evaluations, valid documents
    lost_ids: set[int] = field(default_factory=set)  # known to exist, could not be read
    settings: dict[str, str] = field(default_factory=dict)
    drafts: dict[int, tuple[str, str]] = field(default_factory=dict)  # id -> (document, saved)
    highest_id: int = 0
    readable: bool = True  # False: not even the file's structure could be read

    @property
    def lost(self) -> int:
        return len(self.lost_ids)


def _open_damaged(path: Path) -> sqlite3.Connection:
    """A read-only connection that tolerates a damaged schema (``writable_schema`` makes SQLite
    skip its checks of the schema, e.g. an index whose pages were cut off by a truncation)."""
    uri = path.absolute().as_uri()
    last: sqlite3.DatabaseError | None = None
    for params in ("?mode=ro", "?immutable=1"):
        for tolerant in (False, True):
            conn = sqlite3.connect(uri + params, uri=True, isolation_level=None)
            try:
                if tolerant:
                    conn.execute("PRAGMA writable_schema = ON")
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return conn
            except sqlite3.DatabaseError as exc:
                conn.close()
                last = exc
                logger.info("salvage: %s%s%s: %s", path, params,
                            " (tolerant)" if tolerant else "", exc)
    assert last is not None
    raise last


def _ids(conn: sqlite3.Connection, sql: str, into: set[int]) -> None:
    """Collect ids from a scan until the scan fails (a damaged page ends it)."""
    try:
        for (value,) in conn.execute(sql):
            if isinstance(value, int):
                into.add(value)
    except sqlite3.DatabaseError as exc:
        logger.info("salvage: %s stopped: %s", sql, exc)


def salvage(path: str | os.PathLike) -> Salvage:
    """Read every entry that can still be read from the (damaged) library file ``path``.

    Read-only: the file is never changed. A document that does not validate counts as lost.
    """
    path = Path(path)
    out = Salvage()
    try:
        conn = _open_damaged(path)
    except sqlite3.DatabaseError:
        logger.warning("salvage: nothing of %s can be read", path, exc_info=True)
        out.readable = False
        return out
    try:
        known: set[int] = set()
        for sql in ("SELECT id FROM evaluations",
                    "SELECT id FROM evaluations INDEXED BY evaluations_updated",
                    "SELECT id FROM evaluations INDEXED BY evaluations_file_path",
                    "SELECT id FROM evaluations INDEXED BY evaluations_list",  # schema 3 on
                    "SELECT evaluation_id FROM drafts"):
            _ids(conn, sql, known)
        try:
            row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'evaluations'").fetchone()
            seq = int(row[0]) if row and isinstance(row[0], int) else 0
        except sqlite3.DatabaseError:
            seq = 0
        highest = max([seq, *known]) if known or seq else 0
        out.highest_id = highest
        candidates = set(known)
        if highest <= PROBE_LIMIT:
            candidates.update(range(1, highest + 1))
        for entry_id in sorted(candidates):
            try:
                row = conn.execute(f"SELECT {_EVAL_COLUMNS} FROM evaluations WHERE id = ?",
                                   [entry_id]).fetchone()
            except sqlite3.DatabaseError as exc:
                logger.info("salvage: entry %d cannot be read: %s", entry_id, exc)
                out.lost_ids.add(entry_id)
                continue
            if row is None:
                if entry_id in known:
                    out.lost_ids.add(entry_id)
                continue  # an id never used, or purged long ago
            record = dict(zip([c.strip() for c in _EVAL_COLUMNS.split(",")], row))
            try:
                fileformat.loads(record["document"])
            except (fileformat.EvaluationFileError, TypeError) as exc:
                logger.info("salvage: entry %d has a damaged document: %s", entry_id, exc)
                out.lost_ids.add(entry_id)
                continue
            out.rows.append(record)
        try:
            for key, value in conn.execute("SELECT key, value FROM settings"):
                if isinstance(key, str) and isinstance(value, str):
                    out.settings[key] = value
        except sqlite3.DatabaseError as exc:
            logger.info("salvage: settings stopped: %s", exc)
        saved_ids = {r["id"] for r in out.rows}
        for entry_id in sorted(saved_ids):
            try:
                draft = conn.execute("SELECT document, saved FROM drafts WHERE evaluation_id = ?",
                                     [entry_id]).fetchone()
            except sqlite3.DatabaseError:
                continue
            if draft is not None and isinstance(draft[0], str) and isinstance(draft[1], str):
                out.drafts[entry_id] = (draft[0], draft[1])
    finally:
        conn.close()
    logger.info("salvage of %s: %d entries readable, %d lost", path, len(out.rows), out.lost)
    return out


__all__ = ["InUseLock", "Salvage", "salvage"]
