"""Starting the app on a machine with no display explains the headless alternatives instead of
letting Qt abort."""

import os
import subprocess
import sys

from evaluator.resources import example_paths
from evaluator.core.fileformat import load


def _headless_env():
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return env


def test_app_without_display_says_so_and_names_the_alternatives():
    proc = subprocess.run([sys.executable, "-m", "evaluator"], env=_headless_env(),
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "no display found" in proc.stderr
    assert "xvfb-run make run" in proc.stderr
    assert "report FILE -o" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_make_run_without_display_prints_the_examples_analysis():
    proc = subprocess.run([sys.executable, "-m", "evaluator.cli.run_examples"], env=_headless_env(),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "no display found" in proc.stderr
    examples = example_paths()
    assert len(examples) == 10  # five version-1-era examples and the five plan-component ones
    for path in examples:
        assert load(path).offer.name in proc.stdout
    assert "Traceback" not in proc.stderr
