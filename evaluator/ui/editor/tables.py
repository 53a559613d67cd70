"""Tables for the model's lists: products, training, ranks, disclosure tiers and unilevel levels.

Rows can be added and removed; pasting tab-separated rows from a spreadsheet fills the table
(numbers in Dutch "1.234,56" or English "1,234.56" notation, with or without "%" or a currency
sign). Invalid cells get a red background and the reason, listed under the table too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pydantic import BaseModel

from ...core.model import field_info
from ..widgets import ErrorLabel, format_number, parse_number
from .choices import choice_label
from .fields import FieldSpec, describe, to_data

ERROR_BRUSH = QBrush(QColor(229, 57, 53, 90))  # translucent red: readable on light and dark


class _ChoiceDelegate(QStyledItemDelegate):
    """A drop-down editor for choice columns; the item keeps the key in Qt.UserRole."""

    def __init__(self, specs: list[FieldSpec], parent=None):
        super().__init__(parent)
        self.specs = specs

    def createEditor(self, parent, option, index):  # noqa: N802
        spec = self.specs[index.column()]
        if spec.kind != "choice":
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        for value in spec.choices:
            box.addItem(choice_label(value), value)
        return box

    def setEditorData(self, editor, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.UserRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.UserRole)
            model.setData(index, editor.currentText(), Qt.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class _Grid(QTableWidget):
    paste_requested = Signal()
    delete_requested = Signal()

    def keyPressEvent(self, event):  # noqa: N802
        if event.matches(QKeySequence.Paste):
            self.paste_requested.emit()
            return
        if event.matches(QKeySequence.Delete) and self.state() != QAbstractItemView.EditingState:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


class RecordTable(QWidget):
    """A list field as a table: one row per item, one column per field of the item's model.

    ``scalar`` makes a one-column table of plain numbers (the unilevel level percentages).
    """

    edited = Signal(str, bool)
    help_text = Signal(str)

    def __init__(self, path: str, owner: type[BaseModel], name: str,
                 item_model: type[BaseModel] | None, parent: QWidget | None = None,
                 paste_button: bool = False):
        super().__init__(parent)
        self.path = path
        self.owner = owner
        self.name = name
        self.item_model = item_model
        self.lang = "en"
        self.currency = "EUR"
        if item_model is None:  # a list of numbers
            base = describe(owner, "binary_percent") if name == "levels" else None
            self.specs = [FieldSpec(owner, name, "number", False, unit=base.unit if base else "")]
        else:
            self.specs = [describe(item_model, n) for n in item_model.model_fields]
        self._loading = False
        self._cell_errors: dict[tuple[int, int], str] = {}

        self.grid = _Grid(0, len(self.specs), self)
        self.grid.setObjectName(path)
        self.grid.setItemDelegate(_ChoiceDelegate(self.specs, self.grid))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.grid.setAlternatingRowColors(True)
        self.grid.setEditTriggers(QAbstractItemView.AllEditTriggers & ~QAbstractItemView.CurrentChanged)
        self.grid.setMinimumHeight(150)
        self.grid.setTabKeyNavigation(False)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(70)
        self.grid.itemChanged.connect(self._on_item_changed)
        self.grid.paste_requested.connect(lambda: self.paste_text(QGuiApplication.clipboard().text(),
                                                                  replace=False))
        self.grid.delete_requested.connect(self._clear_selected_cells)
        self.grid.currentCellChanged.connect(self._on_current_changed)

        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_rows)
        self.paste_button = QPushButton(self) if paste_button else None
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        if self.paste_button:
            self.paste_button.clicked.connect(
                lambda: self.paste_text(QGuiApplication.clipboard().text(), replace=True))
            buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        layout.addLayout(buttons)
        layout.addWidget(self.error)

    # ------------------------------------------------------------------ text and language

    def tr_(self, text: str) -> str:
        return QCoreApplication.translate("RecordTable", text)

    def retranslate(self, lang: str, currency: str) -> None:
        old_lang, self.lang = self.lang, lang
        self.currency = currency
        labels = []
        for col, spec in enumerate(self.specs):
            if self.item_model is None:
                text = QCoreApplication.translate("RecordTable", "Percentage")
                tip = field_info(self.owner, self.name, lang)["help"]
            else:
                text = spec.label(lang)
                tip = spec.help(lang)
            if spec.unit == "money":
                text += f" ({currency})"
            elif spec.unit == "percent":
                text += " (%)"
            labels.append(text)
            item = QTableWidgetItem(text)
            item.setToolTip(tip)
            self.grid.setHorizontalHeaderItem(col, item)
        self._fit_columns()
        list_label = field_info(self.owner, self.name, lang)["label"]
        self.grid.setAccessibleName(list_label)
        self.grid.setToolTip(field_info(self.owner, self.name, lang)["help"])
        self.add_button.setText(QCoreApplication.translate("RecordTable", "&Add row"))
        self.add_button.setAccessibleName(QCoreApplication.translate("RecordTable", "Add row") + ": " + list_label)
        self.remove_button.setText(QCoreApplication.translate("RecordTable", "&Remove row"))
        self.remove_button.setAccessibleName(QCoreApplication.translate("RecordTable", "Remove row") + ": " + list_label)
        if self.paste_button:
            self.paste_button.setText(QCoreApplication.translate("RecordTable", "&Paste from spreadsheet"))
            self.paste_button.setToolTip(QCoreApplication.translate(
                "RecordTable",
                "Replace the rows with tab-separated rows copied from a spreadsheet: "
                "name, share %, average per year, median per year."))
            self.paste_button.setAccessibleName(QCoreApplication.translate("RecordTable", "Paste from spreadsheet"))
        self._update_row_headers()
        self._loading = True
        try:
            for row in range(self.grid.rowCount()):
                for col, spec in enumerate(self.specs):
                    item = self.grid.item(row, col)
                    if item is None:
                        continue
                    if spec.kind == "choice":
                        item.setText(choice_label(item.data(Qt.UserRole)))
                    elif spec.kind in ("number", "whole"):
                        value = to_data(spec, item.text(), old_lang)
                        if not isinstance(value, str):
                            item.setText(format_number(value, lang))
        finally:
            self._loading = False

    def _fit_columns(self) -> None:
        """Text columns share the spare width; the others are as wide as their contents."""
        header = self.grid.horizontalHeader()
        header.setStretchLastSection(False)
        stretch = [i for i, spec in enumerate(self.specs) if spec.kind == "text"] or [len(self.specs) - 1]
        for i in range(len(self.specs)):
            header.setSectionResizeMode(
                i, QHeaderView.Stretch if i in stretch else QHeaderView.ResizeToContents)

    def _update_row_headers(self) -> None:
        if self.item_model is None:
                self.grid.setVerticalHeaderLabels(
                [QCoreApplication.translate("RecordTable", "Level %1").replace("%1", str(row + 1)) for row in range(self.grid.rowCount())])

    # ------------------------------------------------------------------ data

    def _make_item(self, spec: FieldSpec, value) -> QTableWidgetItem:
        item = QTableWidgetItem()
        if spec.kind == "bool":
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if value else Qt.Unchecked)
        elif spec.kind == "choice":
            item.setData(Qt.UserRole, value)
            item.setText(choice_label(value))
        elif spec.kind in ("number", "whole"):
            item.setText(format_number(value, self.lang))
            item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        else:
            item.setText("" if value is None else str(value))
        return item

    def _cell_data(self, row: int, col: int):
        spec = self.specs[col]
        item = self.grid.item(row, col)
        if spec.kind == "bool":
            return item is not None and item.checkState() == Qt.Checked
        if spec.kind == "choice":
            return item.data(Qt.UserRole) if item else (spec.choices[0] if spec.choices else None)
        raw = item.text() if item else ""
        if spec.kind == "text" and not spec.optional:
            return raw
        return to_data(spec, raw, self.lang)

    def data(self) -> list:
        rows = []
        for row in range(self.grid.rowCount()):
            if self.item_model is None:
                rows.append(self._cell_data(row, 0))
            else:
                rows.append({spec.name: self._cell_data(row, col) for col, spec in enumerate(self.specs)})
        return rows

    def set_data(self, rows: list | None) -> None:
        rows = rows or []
        if self.data() == rows:
            return
        self._loading = True
        self.grid.blockSignals(True)
        try:
            self.grid.setRowCount(len(rows))
            for r, row in enumerate(rows):
                for col, spec in enumerate(self.specs):
                    if self.item_model is None:
                        value = row
                    else:
                        value = row.get(spec.name) if isinstance(row, dict) else None
                    self.grid.setItem(r, col, self._make_item(spec, value))
            self._update_row_headers()
        finally:
            self.grid.blockSignals(False)
            self._loading = False
        self._fit_columns()
        self._apply_cell_errors()

    def _default_row(self) -> dict | float:
        if self.item_model is None:
            return 0
        row = {}
        for spec in self.specs:
            field = self.item_model.model_fields[spec.name]
            default = None if field.is_required() else field.default
            if spec.kind == "bool":
                default = bool(default)
            elif spec.kind == "choice" and default is None:
                default = spec.choices[0]
            elif spec.kind == "text" and default is None:
                default = ""
            row[spec.name] = default
        return row

    def add_row(self) -> None:
        rows = self.data() + [self._default_row()]
        self.set_data(rows)
        row = self.grid.rowCount() - 1
        self.grid.setCurrentCell(row, 0)
        self.grid.setFocus()
        self.edited.emit(self.path, False)

    def remove_rows(self) -> None:
        rows = sorted({i.row() for i in self.grid.selectedIndexes()}, reverse=True)
        if not rows and self.grid.rowCount():
            rows = [self.grid.currentRow() if self.grid.currentRow() >= 0 else self.grid.rowCount() - 1]
        if not rows:
            return
        data = self.data()
        for r in rows:
            del data[r]
        self.set_data(data)
        self.edited.emit(self.path, False)

    def _clear_selected_cells(self) -> None:
        changed = False
        self._loading = True
        try:
            for index in self.grid.selectedIndexes():
                spec = self.specs[index.column()]
                item = self.grid.item(index.row(), index.column())
                if item is not None and spec.kind in ("number", "whole", "text") and item.text():
                    item.setText("")
                    changed = True
        finally:
            self._loading = False
        if changed:
            self.edited.emit(self.path, False)

    def paste_text(self, text: str, replace: bool = False) -> int:
        """Fill the table from tab-separated text; returns how many rows were pasted.

        ``replace`` (or no current cell) replaces all rows, starting at the first column;
        otherwise the rows are written from the current cell on, like a spreadsheet does.
        """
        lines = [line for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
                 if line.strip()]
        if not lines:
            return 0
        table = [line.split("\t") for line in lines]
        row0, col0 = self.grid.currentRow(), self.grid.currentColumn()
        if replace or row0 < 0 or col0 < 0:
            row0, col0, replace = 0, 0, True
        if self._is_header(table[0], col0):
            table = table[1:]
            if not table:
                return 0
        data = [] if replace else self.data()
        for i, cells in enumerate(table):
            r = row0 + i
            while len(data) <= r:
                data.append(self._default_row())
            for j, cell in enumerate(cells):
                col = col0 + j
                if col >= len(self.specs):
                    break
                value = self._pasted_value(self.specs[col], cell.strip())
                if self.item_model is None:
                    data[r] = value
                else:
                    data[r][self.specs[col].name] = value
        self.set_data(data)
        self.edited.emit(self.path, False)
        return len(table)

    def _pasted_value(self, spec: FieldSpec, cell: str):
        if spec.kind in ("number", "whole"):
            try:
                value = parse_number(cell, self.lang)
            except ValueError:
                return cell
            return value
        if spec.kind == "bool":
            return cell.lower() in ("1", "yes", "ja", "true", "waar", "x", "y", "j")
        if spec.kind == "choice":
            for value in spec.choices:
                if cell.lower() in (value, choice_label(value).lower()):
                    return value
            return spec.choices[0]
        return cell

    def _is_header(self, cells: list[str], col0: int) -> bool:
        numeric_cells = [(cells[j].strip(), self.specs[col0 + j]) for j in range(len(cells))
                         if col0 + j < len(self.specs) and self.specs[col0 + j].kind in ("number", "whole")]
        if not numeric_cells or not any(text for text, _ in numeric_cells):
            return False
        for text, _spec in numeric_cells:
            try:
                parse_number(text, self.lang)
                return False
            except ValueError:
                continue
        return True

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading:
            self.edited.emit(self.path, False)

    def _on_current_changed(self, row: int, col: int, *_):
        if 0 <= col < len(self.specs):
            if self.item_model is None:
                self.help_text.emit(field_info(self.owner, self.name, self.lang)["help"])
            else:
                self.help_text.emit(self.specs[col].help(self.lang))

    # ------------------------------------------------------------------ errors

    def set_errors(self, problems: list[tuple[str, str]]) -> None:
        """``problems``: (path relative to this list, e.g. "[2].retail_price" or "", message)."""
        self._cell_errors = {}
        lines = []
        for rel, message in problems:
            row, col = self._locate(rel)
            if row is None:
                lines.append(message)
                continue
            col = 0 if col is None else col
            self._cell_errors[(row, col)] = message
            if self.item_model is None:
                where = QCoreApplication.translate("RecordTable", "Level %1").replace("%1", str(row + 1))
            else:
                where = QCoreApplication.translate("RecordTable", "Row %1, %2").replace("%1", str(row + 1)).replace(
                    "%2", self.specs[col].label(self.lang))
            lines.append(f"{where}: {message}")
        self._apply_cell_errors()
        self.error.show_error("\n".join(lines) if lines else None)

    def _locate(self, rel: str) -> tuple[int | None, int | None]:
        if not rel.startswith("["):
            return None, None
        end = rel.find("]")
        try:
            row = int(rel[1:end])
        except ValueError:
            return None, None
        rest = rel[end + 1:].lstrip(".")
        col = None
        for i, spec in enumerate(self.specs):
            if self.item_model is not None and rest.split(".")[0] == spec.name:
                col = i
        return row, col

    def _apply_cell_errors(self) -> None:
        self._loading = True
        self.grid.blockSignals(True)
        try:
            for row in range(self.grid.rowCount()):
                for col in range(len(self.specs)):
                    item = self.grid.item(row, col)
                    if item is None:
                        item = self._make_item(self.specs[col], None)
                        self.grid.setItem(row, col, item)
                    message = self._cell_errors.get((row, col))
                    item.setBackground(ERROR_BRUSH if message else QBrush())
                    tip = message or self.specs[col].help(self.lang)
                    item.setToolTip(tip)
        finally:
            self.grid.blockSignals(False)
            self._loading = False
