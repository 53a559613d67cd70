"""UI fixtures: one QApplication (pytest-qt's ``qapp``), a fresh library and settings file per
test, and every modal dialog patched centrally so that no test can hang on one.

``modals`` records each dialog call and holds the answers the fakes give:
``modals.answer["question"]`` (a QMessageBox.StandardButton), ``modals.answer["open"]`` /
``["save"]`` (paths) and ``modals.answer["text"]`` (what the input dialog "types", or None for
Cancel).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest


@dataclass
class Modals:
    calls: list[tuple[str, tuple]] = field(default_factory=list)
    answer: dict = field(default_factory=dict)

    def named(self, name: str) -> list[tuple]:
        return [args for n, args in self.calls if n == name]


@pytest.fixture(autouse=True)
def modals(monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    state = Modals(answer={"question": QMessageBox.StandardButton.No, "open": "", "save": "",
                           "text": None})

    def message(name):
        def fake(*args, **kwargs):
            state.calls.append((name, args))
            if name == "question":
                return state.answer["question"]
            return QMessageBox.StandardButton.Ok
        return staticmethod(fake)

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, message(name))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: state.calls.append(("exec", ())) or 0)

    def open_name(*args, **kwargs):
        state.calls.append(("getOpenFileName", args))
        return (state.answer["open"], "")

    def save_name(*args, **kwargs):
        state.calls.append(("getSaveFileName", args))
        return (state.answer["save"], "")

    def get_text(*args, **kwargs):
        state.calls.append(("getText", args))
        text = state.answer["text"]
        return ("", False) if text is None else (text, True)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QFileDialog, "exec", lambda self: 0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    monkeypatch.setattr(QDialog, "exec", lambda self: state.calls.append(("QDialog.exec", (self,))) or 0)
    yield state


@pytest.fixture
def settings(tmp_path, qapp):
    from evaluator.ui.settings import AppSettings

    s = AppSettings(tmp_path / "settings.ini")
    s.language_choice = "en"
    return s


@pytest.fixture
def library_path(tmp_path):
    return tmp_path / "library.sqlite3"


@pytest.fixture
def library(library_path):
    from evaluator.storage.library import Library

    lib = Library.open(library_path)
    yield lib
    lib.close()


@pytest.fixture
def make_window(qtbot, settings, library):
    """Start the app's main window the way ``run_app`` does (without the event loop)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from evaluator.ui.app import create_main_window, install_translators

    windows = []

    def make(path=None, library_=None, settings_=None):
        window = create_main_window(path, settings=settings_ or settings, library=library_ or library)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:  # close while the library is still open
        window.close()
        window.session.close_document()
        window.deleteLater()
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    install_translators("en")


@pytest.fixture
def window(make_window):
    return make_window()
