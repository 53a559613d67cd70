"""What the screenshot scripts share: a throw-away library, settings and state folder (never the
user's own), matplotlib's file backend, this checkout on ``sys.path``, the output folder, and
waiting for the window to settle before a grab.

Import it before PySide6 (``from shots import ...`` from a script in this folder): it sets the
environment Qt and the app read when they start."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
HOME = Path(tempfile.mkdtemp(prefix="oppeval-shots-"))
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(HOME / _name.lower())
os.environ.setdefault("MPLBACKEND", "Agg")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def settle(ms: int = 400) -> None:
    """Let Qt lay out, paint and run queued work for ``ms`` milliseconds."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        QTest.qWait(20)


def example(word: str) -> str:
    """The bundled example whose file name contains ``word``."""
    from evaluator.resources import example_paths

    return str(next(p for p in example_paths() if word in p.name))
