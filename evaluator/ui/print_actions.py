"""File menu actions for the printable summary: Export PDF, Print and Print Preview, and Print
one-page summary… and Print pitch checklist… (the report's ``summary`` and ``checklist`` kinds).

All three paint the same report (``evaluator.report``) as the ``report`` command writes: on a
QPdfWriter for the export, on the QPrinter the user picked for printing and the preview. The
report is made on the GUI thread under a busy cursor: it takes well under a second (see
``benchmarks/bench_report.py``), less than handing its Qt objects to a worker would cost in care.

Texts follow the language of the analysis (the app's language), like the report itself.
"""

from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ..core.i18n import norm_lang, tr
from ..core.textsafe import file_stem

if TYPE_CHECKING:  # pragma: no cover
    from ..core.analysis import Analysis

log = logging.getLogger(__name__)

LAST_FOLDER_KEY = "report/last_folder"


def _lang(analysis: Analysis | None) -> str:
    """The language the analysis was made in (the report's), Dutch without one."""
    return norm_lang(analysis.lang if analysis is not None else "nl")


def default_paper(lang: str) -> str:
    """A4, except for English in a US-measurement locale (Letter)."""
    from PySide6.QtCore import QLocale

    if lang == "en" and QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
        return "letter"
    return "a4"


def suggested_file_name(evaluation) -> str:
    """A safe file name from the offer's name: 'Shake & Share plan' -> 'Shake & Share plan.pdf'."""
    return file_stem(evaluation.offer.name, "report") + ".pdf"


@contextmanager
def _busy():
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def _error(parent: QWidget | None, lang: str, title: str, exc: BaseException) -> None:
    QMessageBox.critical(parent, title, tr(lang, "The report could not be made:",
                                          "Het rapport kon niet worden gemaakt:") + f"\n\n{exc}")


def export_pdf(parent: QWidget | None, evaluation, analysis, simulation=None,
               paper: str | None = None) -> str | None:
    """Ask where to save, then write the PDF summary. Returns the path written, or None."""
    from ..report import ReportError, write_report

    lang = _lang(analysis)
    settings = QSettings()
    folder = str(settings.value(LAST_FOLDER_KEY, "", str) or Path.home())
    start = os.path.join(folder, suggested_file_name(evaluation))
    path, _filter = QFileDialog.getSaveFileName(
        parent, tr(lang, "Export PDF summary", "PDF-samenvatting exporteren"), start,
        tr(lang, "PDF files (*.pdf)", "PDF-bestanden (*.pdf)"))
    if not path:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        with _busy():
            write_report(evaluation, path, lang=lang, paper=paper or default_paper(lang),
                         simulation=simulation, analysis=analysis)
    except (ReportError, OSError) as exc:
        _error(parent, lang, tr(lang, "Export PDF summary", "PDF-samenvatting exporteren"), exc)
        return None
    except Exception as exc:  # noqa: BLE001 - never take the window down; nothing was written
        log.exception("report export failed")
        _error(parent, lang, tr(lang, "Export PDF summary", "PDF-samenvatting exporteren"), exc)
        return None
    settings.setValue(LAST_FOLDER_KEY, os.path.dirname(os.path.abspath(path)))
    return path


def _printer(lang: str, paper: str | None, evaluation=None):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)  # the report draws its own margins, header and footer
    size = QPageSize.PageSizeId.Letter if (paper or default_paper(lang)) == "letter" \
        else QPageSize.PageSizeId.A4
    printer.setPageSize(QPageSize(size))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    # The document name is what a print-to-file dialog and the print queue show: the offer's.
    fallback = tr(lang, "Opportunity evaluation", "Beoordeling zakelijke kans")
    name = file_stem(evaluation.offer.name, fallback) if evaluation is not None else fallback
    printer.setDocName(name)
    return printer


def _prepare(evaluation, analysis, simulation, kind: str = "full"):
    from ..report import PreparedReport

    lang = _lang(analysis)
    with _busy():
        return PreparedReport(evaluation, lang, simulation, analysis, kind=kind)


def _prepare_or_tell(parent, evaluation, analysis, simulation, title: str, kind: str = "full"):
    """The laid-out report, or None after telling the user why it could not be made."""
    try:
        return _prepare(evaluation, analysis, simulation, kind)
    except Exception as exc:  # noqa: BLE001
        log.exception("report preparation failed")
        _error(parent, _lang(analysis), title, exc)
        return None


def print_document(parent: QWidget | None, evaluation, analysis, simulation=None,
                   paper: str | None = None, kind: str = "full") -> bool:
    """The system print dialog, then the report (or its ``kind``: the one-page summary, the
    checklist) on the chosen printer. True if printed."""
    from PySide6.QtPrintSupport import QPrintDialog

    lang = _lang(analysis)
    title = {"summary": tr(lang, "Print one-page summary", "Samenvatting op één pagina afdrukken"),
             "checklist": tr(lang, "Print pitch checklist", "Checklist voor het verkoopgesprek afdrukken"),
             }.get(kind, tr(lang, "Print", "Afdrukken"))
    report = _prepare_or_tell(parent, evaluation, analysis, simulation, title, kind)
    if report is None:
        return False
    printer = _printer(lang, paper, evaluation)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    try:
        with _busy():
            report.paint_on(dialog.printer())
    except Exception as exc:  # noqa: BLE001
        log.exception("printing failed")
        _error(parent, lang, title, exc)
        return False
    return True


def print_preview(parent: QWidget | None, evaluation, analysis, simulation=None,
                  paper: str | None = None) -> None:
    """The print preview: pages as they will print; its own Print button prints them."""
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    lang = _lang(analysis)
    title = tr(lang, "Print preview", "Afdrukvoorbeeld")
    report = _prepare_or_tell(parent, evaluation, analysis, simulation, title)
    if report is None:
        return
    printer = _printer(lang, paper, evaluation)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    errors: list[BaseException] = []

    def paint(target) -> None:
        try:
            report.paint_on(target)
        except Exception as exc:  # noqa: BLE001 - a slot must not raise
            log.exception("print preview failed")
            errors.append(exc)

    dialog.paintRequested.connect(paint)
    dialog.exec()
    if errors:
        _error(parent, lang, title, errors[0])


def print_summary(parent: QWidget | None, evaluation, analysis, simulation=None,
                  paper: str | None = None) -> bool:
    """File → Print one-page summary…: the summary for family and helpers, on its own."""
    return print_document(parent, evaluation, analysis, simulation, paper, kind="summary")


def print_checklist(parent: QWidget | None, evaluation, analysis, simulation=None,
                    paper: str | None = None) -> bool:
    """File → Print pitch checklist…: the questions, the cooling-off date, tick boxes."""
    return print_document(parent, evaluation, analysis, simulation, paper, kind="checklist")


__all__ = ["default_paper", "export_pdf", "print_checklist", "print_document", "print_preview",
           "print_summary", "suggested_file_name"]
