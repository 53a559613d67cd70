"""Modal dialogs patched out for every result-widget test (an unanswered exec() would hang), and
``make_view``: simulation views that are cancelled, their workers waited for, after the test."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    calls: list[tuple[str, tuple]] = []

    def record(name, result):
        def fake(*args, **kwargs):
            calls.append((name, args))
            return result
        return staticmethod(fake) if name.startswith("QMessageBox.") or name.startswith("QFileDialog.") else fake

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, record(f"QMessageBox.{name}", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: calls.append(("QMessageBox.exec", ())) or 0)
    for name, result in (("getOpenFileName", ("", "")), ("getSaveFileName", ("", "")),
                         ("getExistingDirectory", "")):
        monkeypatch.setattr(QFileDialog, name, record(f"QFileDialog.{name}", result))
    monkeypatch.setattr(QFileDialog, "exec", lambda self: calls.append(("QFileDialog.exec", ())) or 0)
    monkeypatch.setattr(QDialog, "exec", lambda self: calls.append(("QDialog.exec", ())) or 0)
    yield calls


@pytest.fixture
def make_view(qtbot):
    """``make_view(lang="en", **kwargs)``: a SimulationView; after the test every view made is
    cancelled and its worker threads must end within 30 s."""
    from evaluator.ui import simulation_view as sv

    views = []

    def make(lang="en", **kwargs):
        view = sv.SimulationView(lang=lang, **kwargs)
        qtbot.addWidget(view)
        views.append(view)
        return view
    yield make
    for view in views:
        view.cancel()
    assert sv.wait_for_workers(30_000)
