"""evaluator.core never imports Qt or matplotlib: import all of it with both blocked."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BLOCKED = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2", "matplotlib", "evaluator.ui")

SCRIPT = textwrap.dedent(
    """
    import importlib, importlib.abc, pkgutil, sys

    BLOCKED = %r

    class Blocker(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if any(name == b or name.startswith(b + ".") for b in BLOCKED):
                raise ImportError(f"blocked by test_no_qt: {name}")
            return None

    sys.meta_path.insert(0, Blocker())

    import evaluator.core
    names = sorted(m.name for m in pkgutil.walk_packages(evaluator.core.__path__, "evaluator.core."))
    for name in names:
        importlib.import_module(name)
    leaked = sorted(m for m in sys.modules if any(m == b or m.startswith(b + ".") for b in BLOCKED))
    assert not leaked, leaked
    print("imported", len(names), " ".join(names))
    """
) % (BLOCKED,)


def _run(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)


def test_core_imports_without_qt_or_matplotlib():
    result = _run(SCRIPT)
    assert result.returncode == 0, result.stderr
    imported = result.stdout.split()
    for module in ("evaluator.core.model", "evaluator.core.fileformat", "evaluator.core.projection",
                   "evaluator.core.schema", "evaluator.core.i18n"):
        assert module in imported


def test_the_blocker_really_blocks():
    # guard against a test that cannot fail: the same finder stops a Qt import
    probe = SCRIPT.split("import evaluator.core")[0] + "import PySide6.QtCore\n"
    result = _run(probe)
    assert result.returncode != 0
    assert "blocked by test_no_qt: PySide6" in result.stderr


def test_validate_command_works_without_qt():
    code = SCRIPT.split("import evaluator.core")[0] + textwrap.dedent(
        """
        from evaluator.cli import main
        sys.exit(main(["validate", "resources/examples/pyramid-scheme.oppeval"]))
        """
    )
    result = _run(code)
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout
