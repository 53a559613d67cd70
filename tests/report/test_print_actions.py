"""Export PDF, Print and Print Preview with every dialog patched out (a real modal dialog would
hang the test run)."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")
pypdf = pytest.importorskip("pypdf")

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget  # noqa: E402

from evaluator.core.analysis import analyze  # noqa: E402
from evaluator.ui import print_actions  # noqa: E402
from tests.report.fixtures import fake_simulation, sample_evaluation  # noqa: E402
from tests.report.test_report import pdf_text  # noqa: E402


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def no_message_boxes(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **kw: shown.append(args) or None)
    return shown


def test_suggested_file_name_is_safe():
    ev = sample_evaluation(name='a/b:c*"d"? <e>')
    assert print_actions.suggested_file_name(ev) == "a b c d e.pdf"
    assert print_actions.suggested_file_name(sample_evaluation(name="...")) == "report.pdf"


def test_export_pdf_writes_the_report_where_the_user_chose(parent, tmp_path, monkeypatch,
                                                           no_message_boxes):
    ev = sample_evaluation()
    target = tmp_path / "summary"  # no extension: .pdf is added
    asked = {}

    def fake_dialog(parent_, title, start, filters):
        asked.update(title=title, start=start, filters=filters)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    path = print_actions.export_pdf(parent, ev, analyze(ev, "nl"), fake_simulation())
    assert path == str(target) + ".pdf"
    assert asked["title"] == "PDF-samenvatting exporteren"
    assert asked["start"].endswith("Shake & Share b plan b.pdf")
    text = pdf_text(path)
    assert "Shake & Share <b>plan</b>" in text and "Simulatie van het hele netwerk" in text
    assert not no_message_boxes


def test_export_pdf_cancelled_writes_nothing(parent, tmp_path, monkeypatch, no_message_boxes):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    ev = sample_evaluation()
    assert print_actions.export_pdf(parent, ev, analyze(ev, "en")) is None
    assert list(tmp_path.iterdir()) == []
    assert not no_message_boxes


def test_export_pdf_to_a_missing_folder_shows_an_error(parent, tmp_path, monkeypatch,
                                                       no_message_boxes):
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(tmp_path / "gone" / "r.pdf"), ""))
    ev = sample_evaluation()
    assert print_actions.export_pdf(parent, ev, analyze(ev, "en")) is None
    assert len(no_message_boxes) == 1
    assert "does not exist" in no_message_boxes[0][2]
    assert list(tmp_path.iterdir()) == []


def test_print_document_prints_to_the_chosen_printer(parent, tmp_path, monkeypatch, no_message_boxes):
    from PySide6.QtPrintSupport import QPrintDialog

    out = tmp_path / "printed.pdf"

    names = []

    def fake_exec(dialog):
        names.append(dialog.printer().docName())
        dialog.printer().setOutputFileName(str(out))  # "print to file": PDF output
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    ev = sample_evaluation()
    assert print_actions.print_document(parent, ev, analyze(ev, "en")) is True
    # the print queue and a print-to-file dialog name the job after the offer, made file-safe
    assert names == ["Shake & Share b plan b"]
    reader = pypdf.PdfReader(str(out))
    assert 2 <= len(reader.pages) <= 8
    assert float(reader.pages[0].mediabox.width) == pytest.approx(595, abs=1)  # A4
    assert "Shake & Share <b>plan</b>" in pdf_text(out)
    assert not no_message_boxes


def test_print_document_cancelled_prints_nothing(parent, tmp_path, monkeypatch, no_message_boxes):
    from PySide6.QtPrintSupport import QPrintDialog

    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    ev = sample_evaluation()
    assert print_actions.print_document(parent, ev, analyze(ev, "en")) is False
    assert not no_message_boxes


def test_print_preview_paints_every_page(parent, monkeypatch, no_message_boxes):
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    seen = {}

    def fake_exec(dialog):
        widget = dialog.findChild(QPrintPreviewWidget)
        widget.updatePreview()  # emits paintRequested, as showing the dialog would
        seen["pages"] = widget.pageCount()
        seen["title"] = dialog.windowTitle()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintPreviewDialog, "exec", fake_exec)
    ev = sample_evaluation()
    print_actions.print_preview(parent, ev, analyze(ev, "nl"))
    assert 2 <= seen["pages"] <= 8
    assert seen["title"] == "Afdrukvoorbeeld"
    assert not no_message_boxes
