"""File > Export to Spreadsheet: the projection, red flags, disclosure and simulation as .xlsx or
.csv, through :func:`evaluator.export.export` (one implementation with the ``export`` command).

Asks where to save (the offer's name as the default file name, in the last-used folder; the format
from the chosen name or filter), writes atomically (a refused target, a full disk or a missing
permission is shown, and the old file stays), and remembers the folder.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..core.i18n import norm_lang, tr
from ..core.textsafe import file_stem

log = logging.getLogger(__name__)

LAST_FOLDER_KEY = "export/last_folder"


def _filters(lang: str) -> tuple[str, str]:
    return (tr(lang, "Excel workbook (*.xlsx)", "Excel-werkmap (*.xlsx)"),
            tr(lang, "CSV file (*.csv)", "CSV-bestand (*.csv)"))


def export_spreadsheet(parent: QWidget | None, evaluation, analysis=None, simulation=None,
                       lang: str = "en") -> str | None:
    """Ask for a file and write it; returns the path written, or None (cancelled or failed)."""
    from ..export import ExportError, export

    lang = norm_lang(lang)
    title = tr(lang, "Export to spreadsheet", "Exporteren naar rekenblad")
    xlsx, csv = _filters(lang)
    settings = QSettings()
    folder = str(settings.value(LAST_FOLDER_KEY, "", str) or Path.home())
    start = os.path.join(folder, file_stem(evaluation.offer.name, "evaluation") + ".xlsx")
    path, chosen = QFileDialog.getSaveFileName(parent, title, start, f"{xlsx};;{csv}")
    if not path:
        return None
    if Path(path).suffix.lower() not in (".xlsx", ".csv"):
        path += ".csv" if chosen == csv else ".xlsx"
    try:
        export(path, evaluation, lang, simulation=simulation, analysis=analysis)
    except (ExportError, OSError, ValueError) as exc:
        log.warning("spreadsheet export to %s failed: %s", path, exc)
        QMessageBox.warning(parent, title, tr(lang, "The spreadsheet could not be written:",
                                              "Het rekenblad kon niet worden geschreven:") + f"\n\n{exc}")
        return None
    settings.setValue(LAST_FOLDER_KEY, os.path.dirname(os.path.abspath(path)))
    return path
