"""Running a script of the app in a fresh process on a screen of a given size (Qt's offscreen
platform with a screen configuration file), for the tests of what fits a small screen. The
script gets the test's folder as ``sys.argv[1]`` and prints one line ``RESULT <json>``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


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
