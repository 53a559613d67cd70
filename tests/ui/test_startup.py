"""The start screen comes up without importing matplotlib or numpy (they cost most of a cold
start; the charts load them once an evaluation is opened)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from evaluator.ui.app import create_main_window
window = create_main_window()
print("heavy:", sorted(m for m in ("matplotlib", "numpy") if m in sys.modules))
print("title:", window.windowTitle())
window.close()
window.library.close()
"""


def test_start_screen_without_matplotlib_or_numpy(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True,
                         timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "heavy: []" in out.stdout
    assert "title: Opportunity Evaluator" in out.stdout
    assert (tmp_path / "data" / "opportunity-evaluator" / "library.sqlite3").exists()
