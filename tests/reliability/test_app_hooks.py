"""The app's side of the reliability work: the lasting recovery notice, the log file in the
About dialog, the temporary library removed at exit."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from evaluator import logsetup
from evaluator.storage import Library
from tests.storage.test_salvage import damage_the_page_holding, ten_entries
from tests.ui.conftest import library, library_path, make_window, modals, settings  # noqa: F401


def test_the_recovery_notice_is_shown_until_dismissed(tmp_path, make_window, modals):  # noqa: F811
    db = tmp_path / "lib.sqlite3"
    ten_entries(db)
    damage_the_page_holding(db, b"MARKER-06-")
    lib = Library.open(db)
    try:
        window = make_window(library_=lib)
        (args,) = modals.named("warning")
        assert str(lib.recovered_from) in args[2]
        assert "9 evaluations were recovered into a new library; 1 could not be recovered" in args[2]
        assert len(lib.list()) == 9
        window.close()
    finally:
        lib.close()
    modals.calls.clear()
    with Library.open(db) as lib:  # next start: asked again; "No" (the fixture's answer) dismisses
        make_window(library_=lib).close()
        (args,) = modals.named("question")
        assert "1 could not be recovered" in args[2] and "Show this notice again" in args[2]
        assert lib.recovery_notice() is None
    modals.calls.clear()
    with Library.open(db) as lib:
        make_window(library_=lib).close()
        assert modals.named("question") == [] and modals.named("warning") == []


def test_about_names_the_log_file(make_window, modals):  # noqa: F811
    window = make_window()
    window.about()
    (args,) = modals.named("information")
    assert str(logsetup.log_file_path()) in args[2]


def test_the_temporary_library_folder_is_removed_at_exit(tmp_path):
    script = textwrap.dedent("""
        import os, sys, tempfile
        from unittest import mock
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication([])
        QMessageBox.warning = staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok)
        from evaluator.storage import LibraryError
        from evaluator.storage.library import Library
        from evaluator.ui import app as ui_app
        real_open = Library.open.__func__
        def fail_default(cls, path=None):
            if path is None:
                raise LibraryError("broken", "kapot")
            return real_open(cls, path)
        Library.open = classmethod(fail_default)
        lib = ui_app.open_library()
        print(lib.path.parent, flush=True)
        lib.close()
    """)
    env = {"QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path), "PATH": "/usr/bin:/bin",
           "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, env=env)
    assert result.returncode == 0, result.stderr
    folder = result.stdout.strip().splitlines()[-1]
    assert folder.startswith(str(tmp_path)) and "oppeval-" in folder
    assert not [p for p in tmp_path.iterdir() if p.name.startswith("oppeval-")]
