"""File → Print one-page summary… and Print pitch checklist… on a printer (the print dialog
patched to "print to file"), read back with pypdf."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")
pypdf = pytest.importorskip("pypdf")

from PySide6.QtWidgets import QDialog, QMessageBox, QWidget  # noqa: E402

from evaluator.core.analysis import analyze  # noqa: E402
from evaluator.ui import print_actions  # noqa: E402
from tests.report.fixtures import sample_evaluation  # noqa: E402
from tests.report.test_report import pdf_text  # noqa: E402


@pytest.fixture
def printed(qtbot, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog

    shown: list = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **kw: shown.append(args) or None)
    out = tmp_path / "printed.pdf"
    titles = []

    def fake_exec(dialog):
        titles.append(dialog.windowTitle())
        dialog.printer().setOutputFileName(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    parent = QWidget()
    qtbot.addWidget(parent)
    yield parent, out, titles
    assert not shown


def test_print_summary_prints_one_page(printed):
    parent, out, titles = printed
    ev = sample_evaluation()
    assert print_actions.print_summary(parent, ev, analyze(ev, "nl")) is True
    assert len(pypdf.PdfReader(str(out)).pages) == 1
    assert "Op één pagina" in pdf_text(out)
    assert titles == ["Samenvatting op één pagina afdrukken"]


def test_print_checklist_prints_the_checklist(printed):
    parent, out, titles = printed
    ev = sample_evaluation()
    assert print_actions.print_checklist(parent, ev, analyze(ev, "en")) is True
    text = pdf_text(out)
    assert "Checklist for the pitch meeting" in text
    assert "Is the contract in my own name, or in the name of my business?" in text
    assert titles == ["Print pitch checklist"]
