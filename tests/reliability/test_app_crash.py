"""The app process is killed (SIGKILL) while the user is editing; the next start loses nothing.

The first process is the real app (``create_main_window``, what ``run_app`` runs, offscreen) with a
scripted user: a new evaluation, a valid edit (autosaved to the library) and then an invalid one
(kept as a draft exactly as typed). It is killed with SIGKILL while its event loop runs. A second
app process then starts on the same library: it must offer to restore the draft, and restoring
gives back both edits, the invalid value still as typed.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap

from evaluator.storage import Library

APP = textwrap.dedent("""
    import json, os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QMessageBox
    from PySide6.QtTest import QTest

    mode, db, ini = sys.argv[1], sys.argv[2], sys.argv[3]
    asked = []

    def question(parent, title, text, *args, **kwargs):  # no dialog may block; answer Yes
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    def note(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Ok

    QMessageBox.question = staticmethod(question)
    QMessageBox.warning = QMessageBox.information = QMessageBox.critical = staticmethod(note)

    from evaluator.storage import Library
    from evaluator.ui.app import create_main_window
    from evaluator.ui.settings import AppSettings

    settings = AppSettings(ini)
    settings.language_choice = "en"
    window = create_main_window(None, settings=settings, library=Library.open(db))
    app = QApplication.instance()
    observer = Library.open(db)  # a second connection, as another process would see the file

    def wait_for(condition, what):
        deadline = time.monotonic() + 20
        while not condition():
            if time.monotonic() > deadline:
                sys.exit(f"timed out waiting for {what}")
            app.processEvents()
            time.sleep(0.01)

    def type_into(path, text):
        widget = window.editor.reveal(path)
        widget.selectAll()
        QTest.keyClicks(widget, text)

    if mode == "edit":
        entry_id = window.new_evaluation()
        type_into("offer.name", "Crash test")
        type_into("offer.fees.signup", "123")
        wait_for(lambda: observer.get(entry_id).offer.fees.signup == 123, "the autosave")
        type_into("offer.fees.monthly", "12,5x")  # not a number yet: only a draft can keep it
        wait_for(lambda: [d.evaluation_id for d in observer.drafts()] == [entry_id], "the draft")
        print("READY", entry_id, flush=True)
        app.exec()  # the user keeps working until the process is killed
    else:
        editor = window.editor
        monthly = editor.field("offer.fees.monthly") if window.current_id is not None else None
        print(json.dumps({
            "asked": asked,
            "current_id": window.current_id,
            "name": editor.field("offer.name").widget.text() if monthly else None,
            "signup": editor.field("offer.fees.signup").widget.text() if monthly else None,
            "monthly": monthly.widget.text() if monthly else None,
            "monthly_error": monthly.error.text() if monthly else None,
        }), flush=True)
        os._exit(0)
""")


def test_edits_survive_a_killed_app_and_the_next_start_offers_them(tmp_path):
    db = tmp_path / "library.sqlite3"
    ini = tmp_path / "settings.ini"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-c", APP, "edit", str(db), str(ini)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("READY"), proc.stderr.read()
        entry_id = int(line.split()[1])
        assert proc.poll() is None
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL

    with Library.open(db) as lib:  # what the killed app left behind
        assert lib.recovered_from is None and lib.integrity_check() == ["ok"]
        assert lib.get(entry_id).offer.name == "Crash test"
        assert lib.get(entry_id).offer.fees.signup == 123
        (draft,) = lib.drafts()
        assert json.loads(draft.text)["offer"]["fees"]["monthly"] == "12,5x"

    restart = subprocess.run([sys.executable, "-c", APP, "restart", str(db), str(ini)], env=env,
                             capture_output=True, text=True, timeout=60)
    assert restart.returncode == 0, restart.stderr
    shown = json.loads(restart.stdout.strip().splitlines()[-1])
    assert len(shown["asked"]) == 1 and "Crash test" in shown["asked"][0]
    assert "Restore them?" in shown["asked"][0]
    assert shown["current_id"] == entry_id
    assert (shown["name"], shown["signup"], shown["monthly"]) == ("Crash test", "123", "12,5x")
    assert shown["monthly_error"] == "must be a number"
