"""Putting widgets on a screen for the UI tests: a widget shown as a user sees it
(:func:`shown`), and a script of the app run in a fresh process on a screen of a given size
(:func:`run_on_screen`: Qt's offscreen platform with a screen configuration file, for the tests
of what fits a small screen; the script gets the test's folder as ``sys.argv[1]`` and prints one
line ``RESULT <json>``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, TypeVar

W = TypeVar("W")

# How a script for run_on_screen starts: the app in Dutch (the longer texts) with its own settings
# and library in the test's folder, and ``out`` (what the script prints as its RESULT) holding
# the screen's available rectangle.
DUTCH_APP = """
import json, sys
from pathlib import Path
from evaluator.ui.app import ensure_app
from evaluator.ui.appearance import install_translators
from evaluator.ui.main_window import MainWindow
from evaluator.ui.settings import AppSettings
from evaluator.storage.library import Library

folder = Path(sys.argv[1])
app = ensure_app()
settings = AppSettings(folder / "settings.ini")
settings.language_choice = "nl"
install_translators("nl")
library = Library.open(folder / "library.sqlite3")
out = {"screen": list(app.primaryScreen().availableGeometry().getRect())}
"""


def shown(qtbot, widget: W, size: tuple[int, int] | None = None) -> W:
    """``widget`` closed with the test (qtbot), resized to ``size`` if given, shown, and on the
    screen (exposed) before the test goes on."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def run_on_screen(folder: Path, script: str, width: int = 1024, height: int = 768,
                  timeout: float = 120) -> Any:
    """Run ``script`` with Python on one ``width`` x ``height`` screen at 96 dpi, with its own
    config and data folders in ``folder``; the JSON it printed after ``RESULT ``."""
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "small", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", MPLBACKEND="Agg",
               XDG_CONFIG_HOME=str(folder / "config"), XDG_DATA_HOME=str(folder / "data"))
    done = subprocess.run([sys.executable, "-c", script, str(folder)], env=env, capture_output=True,
                          text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]
    line = next(ln for ln in done.stdout.splitlines() if ln.startswith("RESULT "))
    return json.loads(line[len("RESULT "):])
