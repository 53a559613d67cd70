"""What a person can do with any chart: copy it, save it as PNG or SVG, read it as a table.

Owns the three actions every :class:`~evaluator.ui.chart_canvas.ChartCanvas` offers (its "Chart"
button, its context menu and, with the chart focused, Ctrl+C), and the table view. The table comes
from :func:`evaluator.chart_table.chart_table`, read from the drawn figure, so it always shows the
numbers the picture shows. Saving goes through ``fileformat.atomic_write_bytes``: a symlink, a FIFO
or a device is refused, a full disk is reported, a failed save leaves the old file in place.
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..chart_table import ChartTable, chart_table
from ..core.fileformat import atomic_write_bytes
from ..core.i18n import fmt_number
from ..core.textsafe import file_stem

if TYPE_CHECKING:  # pragma: no cover
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

LAST_FOLDER_KEY = "charts/last_folder"
IMAGE_DPI = 150  # copied and saved images: sharper than the screen's 100 dpi
FORMATS = (".png", ".svg")


def figure_bytes(figure: "Figure", suffix: str) -> bytes:
    """The figure as PNG or SVG bytes, drawn on a white-free background of its own colour."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format=suffix.lstrip("."), dpi=IMAGE_DPI,
                   facecolor=figure.get_facecolor())
    return buffer.getvalue()


def copy_image(figure: "Figure") -> QImage:
    """Put the chart on the clipboard as an image; returns it."""
    image = QImage.fromData(figure_bytes(figure, ".png"))
    QGuiApplication.clipboard().setImage(image)
    return image


def save_image(parent: QWidget | None, figure: "Figure", suggested: str) -> str | None:
    """Ask where to save (PNG or SVG by the chosen filter or name), then write. The path written,
    or None (cancelled, or refused with a message)."""
    settings = QSettings()
    folder = str(settings.value(LAST_FOLDER_KEY, "", str) or Path.home())
    png = QCoreApplication.translate("ChartActions", "PNG image (*.png)")
    svg = QCoreApplication.translate("ChartActions", "SVG image (*.svg)")
    title = QCoreApplication.translate("ChartActions", "Save chart as image")
    path, chosen = QFileDialog.getSaveFileName(
        parent, title, os.path.join(folder, file_stem(suggested, "chart") + ".png"), f"{png};;{svg}")
    if not path:
        return None
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        suffix = ".svg" if chosen == svg else ".png"
        path += suffix
    try:
        atomic_write_bytes(path, figure_bytes(figure, suffix))
    except (OSError, ValueError) as exc:  # refused target, full disk, no permission
        log.warning("saving a chart to %s failed: %s", path, exc)
        QMessageBox.warning(parent, title, QCoreApplication.translate("ChartActions", "The chart could not be saved:") + f"\n\n{exc}")
        return None
    settings.setValue(LAST_FOLDER_KEY, os.path.dirname(os.path.abspath(path)))
    return path


def table_of(figure: "Figure", title: str = "") -> ChartTable:
    """The drawn chart's table, with the words for unnamed columns in the interface language."""
    def t(text: str) -> str:
        return QCoreApplication.translate("ChartActions", text)

    return chart_table(figure, title, x_word=t("x"), value_word=t("Value"),
                       low_word=t("lowest"), high_word=t("highest"))


def cell_text(value: Any, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    if float(value).is_integer() and abs(value) < 1e15:
        return fmt_number(value, lang, 0) if abs(value) >= 10_000 else str(int(value))
    return fmt_number(value, lang, 2)


class ChartTableDialog(QDialog):
    """The chart's data in a read-only table (model/view), with Copy as text for a spreadsheet."""

    def __init__(self, table: ChartTable, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = table
        self.lang = lang
        self.setWindowTitle(self.tr("Chart as a table"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        heading = QLabel(table.title or self.tr("Chart data"), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.model = QStandardItemModel(len(table.rows), len(table.columns), self)
        self.model.setHorizontalHeaderLabels([c or self.tr("Row") for c in table.columns])
        for r, row in enumerate(table.rows):
            for c, value in enumerate(row):
                item = QStandardItem(cell_text(value, lang))
                item.setEditable(False)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    item.setData(float(value), Qt.ItemDataRole.UserRole)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.model.setItem(r, c, item)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.setAccessibleName(table.title or self.tr("Chart data"))
        layout.addWidget(self.view, 1)
        if table.is_empty():
            layout.addWidget(QLabel(self.tr("This chart shows no data."), self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("Copy as text"), self)
        self.copy_button.setToolTip(self.tr("Copy the table, tab-separated, to paste into a spreadsheet"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_text)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.view.setFocus()

    def text(self) -> str:
        """The table as tab-separated text (numbers as the table shows them)."""
        lines = ["\t".join(self.model.horizontalHeaderItem(c).text() for c in range(self.model.columnCount()))]
        for r in range(self.model.rowCount()):
            lines.append("\t".join(self.model.item(r, c).text() if self.model.item(r, c) else ""
                                   for c in range(self.model.columnCount())))
        return "\n".join(lines) + "\n"

    def copy_text(self) -> None:
        QGuiApplication.clipboard().setText(self.text())

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_text()
            return
        super().keyPressEvent(event)

