"""The local evaluation library (SQLite through sqlite-utils); no Qt here."""

from .library import (
    DB_FILENAME,
    SCHEMA_VERSION,
    VERDICT_LEVELS,
    Draft,
    Entry,
    Library,
    LibraryError,
    UnknownEntryError,
    default_library_path,
)

__all__ = [
    "DB_FILENAME", "SCHEMA_VERSION", "VERDICT_LEVELS", "Draft", "Entry", "Library",
    "LibraryError", "UnknownEntryError", "default_library_path",
]
