"""The local evaluation library (SQLite through sqlite-utils); no Qt here."""

from .library import (
    DB_FILENAME,
    SCHEMA_VERSION,
    VERDICT_LEVELS,
    ConflictError,
    Draft,
    Entry,
    Library,
    LibraryError,
    RecoveryNotice,
    SaveResult,
    UnknownEntryError,
    default_library_path,
)

__all__ = [
    "DB_FILENAME", "SCHEMA_VERSION", "VERDICT_LEVELS", "ConflictError", "Draft", "Entry", "Library",
    "LibraryError", "RecoveryNotice", "SaveResult", "UnknownEntryError", "default_library_path",
]
