"""Logging for the app and the command line: one set-up, one rotating log file.

:func:`setup` is called once by the command line (``evaluator.cli.main``) and by the app
(``evaluator.ui.app.run_app``). It writes to ``log_file_path()``:
``$XDG_STATE_HOME/opportunity-evaluator/opportunity-evaluator.log`` (else
``~/.local/state/opportunity-evaluator/…``), rotated at 1 MB with 3 old files kept, at INFO
(DEBUG with ``--debug``, which also echoes every record to stderr). Every module logs through
``logging.getLogger(__name__)``; nothing here is Qt. A log folder that cannot be made (a read-only
home) leaves the program working without a log file.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

APP_NAME = "opportunity-evaluator"
LOG_FILENAME = "opportunity-evaluator.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"
_MARK = "_opportunity_evaluator_handler"


def log_dir() -> Path:
    state = os.environ.get("XDG_STATE_HOME")
    base = Path(state) if state and os.path.isabs(state) else Path.home() / ".local" / "state"
    return base / APP_NAME


def log_file_path() -> Path:
    """The log file a user can send along with a problem report."""
    return log_dir() / LOG_FILENAME


def setup(debug: bool = False, stderr=None) -> Path | None:
    """Install the log handlers on the ``evaluator`` logger (again: replaces the earlier ones,
    so calling it once per command in one process is fine). Returns the log file, or None when
    it could not be opened."""
    root = logging.getLogger("evaluator")
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    root.propagate = True
    formatter = logging.Formatter(FORMAT)
    path = log_file_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)
        file_handler.setFormatter(formatter)
        setattr(file_handler, _MARK, True)
        root.addHandler(file_handler)
    except OSError:
        return_path: Path | None = None
    else:
        return_path = path
    if debug:
        echo = logging.StreamHandler(stderr if stderr is not None else sys.stderr)
        echo.setFormatter(formatter)
        setattr(echo, _MARK, True)
        root.addHandler(echo)
    return return_path


def ensure(debug: bool = False) -> None:
    """:func:`setup`, unless it has been done already in this process (keeps ``--debug``)."""
    if not any(getattr(h, _MARK, False) for h in logging.getLogger("evaluator").handlers):
        setup(debug)


def debug_requested(argv: list[str]) -> tuple[bool, list[str]]:
    """``--debug`` before the command (or anywhere in an app launch) taken out of ``argv``."""
    out: list[str] = []
    debug = False
    for i, arg in enumerate(argv):
        if arg == "--debug" and not any(not a.startswith("-") for a in argv[:i]):
            debug = True
            continue
        out.append(arg)
    return debug, out


__all__ = ["debug_requested", "ensure", "log_dir", "log_file_path", "setup"]
