"""Tables for the model's lists: products, training, ranks, disclosure tiers and unilevel levels.

Rows can be added and removed; pasting rows from a spreadsheet fills the table. Numbers are read
as people type them (SPEC 9.5, ``evaluator.core.numbers``): Dutch ``1.234,56`` or English
``1,234.56``, with or without "%" or a currency. A pasted table is read with
``numbers.parse_table``, which settles an ambiguous cell (``1.250``) from the notation the other
cells of its column or of the table show. A cell that stays ambiguous, typed or pasted, keeps its
text and is marked amber with both readings; an invalid cell keeps its text and is marked red
with the reason, listed under the table too. A new row is not flagged until something is typed
in it. Paste that would replace the rows asks first.

Tab moves through every cell, row by row, and out of the table after the last one (Shift+Tab
the other way). F1 on a cell opens the glossary on its column's term, and so does the "?" button.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pydantic import BaseModel

from ...core.i18n import tr
from ...core.model import field_info
from ...core.numbers import ParsedNumber, display_value, format_for_field, parse_number, parse_table
from ..glossary_dialog import has_entry, open_for_field
from ..wheel_guard import guard
from ..widgets import ErrorLabel
from .choices import choice_label
from .fields import FieldSpec, describe, glossary_button, number_data, parse_field_number, settle, to_data

ERROR_BRUSH = QBrush(QColor(229, 57, 53, 90))  # translucent red: readable on light and dark
AMBIGUOUS_BRUSH = QBrush(QColor(249, 168, 37, 110))  # translucent amber, like the field's "?"
USER_ROLE = Qt.ItemDataRole.UserRole


def _is_number(spec: FieldSpec) -> bool:
    return spec.kind in ("number", "whole")


# The roles whose change is a change of a cell's text (see RecordTable._on_cells_changed).
_TEXT_ROLES = frozenset((int(Qt.ItemDataRole.DisplayRole.value), int(Qt.ItemDataRole.EditRole.value)))


class _ChoiceDelegate(QStyledItemDelegate):
    """A drop-down editor for choice columns; the item keeps the key in Qt.UserRole."""

    def __init__(self, specs: list[FieldSpec], parent: QObject | None = None):
        super().__init__(parent)
        self.specs = specs

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: QModelIndex | Any) -> QWidget:
        spec = self.specs[index.column()]
        if spec.kind != "choice":
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        guard(box)
        for value in spec.choices:
            box.addItem(choice_label(value), value)
        return box

    def setEditorData(self, editor: QWidget, index: QModelIndex | Any) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(USER_ROLE))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: QModelIndex | Any) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), USER_ROLE)
            model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)
        else:
            super().setModelData(editor, model, index)


class _Grid(QTableWidget):
    """The table widget: Paste and Delete as the editor wants them, Tab through every cell and
    out at either end, F1 for the glossary."""

    paste_requested = Signal()
    delete_requested = Signal()
    glossary_requested = Signal()

    def _at_end(self, forward: bool) -> bool:
        """Whether Tab (``forward``) or Shift+Tab from the current cell leaves the table."""
        rows, cols = self.rowCount(), self.columnCount()
        if rows == 0 or cols == 0:
            return True
        row, col = self.currentRow(), self.currentColumn()
        if row < 0 or col < 0:
            return False
        return (row, col) == ((rows - 1, cols - 1) if forward else (0, 0))

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt's names)
        if self.tabKeyNavigation() and self._at_end(next):
            # QWidget's own step: the next widget of the window, not the next cell.
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def closeEditor(self, editor: QWidget,  # noqa: N802
                    hint: QAbstractItemDelegate.EndEditHint) -> None:
        forward = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
        backward = hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem
        if (forward or backward) and self._at_end(forward):
            # Tab in the last cell's editor: commit, close and leave the table.
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            QWidget.focusNextPrevChild(self, forward)
            return
        super().closeEditor(editor, hint)

    def event(self, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and _is_f1(event)):
            event.accept()  # F1 in a table: the glossary on the column's term, not the guide
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if _is_f1(event):
            self.glossary_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self.paste_requested.emit()
            return
        if (event.matches(QKeySequence.StandardKey.Delete)
                and self.state() != QAbstractItemView.State.EditingState):
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)


def _two_lines(text: str) -> str:
    """A title of more than one word broken at the space nearest its middle."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if len(text) < 10 or not spaces:
        return text
    cut = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return text[:cut] + "\n" + text[cut + 1:]


def wrap_words(text: str, metrics: Any, least: int = 60) -> str:
    """A column title broken between words so that no line is wider than its widest word (or
    ``least`` pixels): a number column need not be wider than its longest word."""
    words = text.split()
    if len(words) < 2:
        return text
    room = max(least, max(metrics.horizontalAdvance(w) for w in words))
    lines = [words[0]]
    for word in words[1:]:
        if metrics.horizontalAdvance(lines[-1] + " " + word) <= room:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


def _is_f1(event: QKeyEvent) -> bool:
    return event.key() == Qt.Key.Key_F1 and event.modifiers() == Qt.KeyboardModifier.NoModifier


class RecordTable(QWidget):
    """A list field as a table: one row per item, one column per field of the item's model.

    ``scalar`` makes a one-column table of plain numbers (the unilevel level percentages).
    """

    edited = Signal(str, bool)
    help_text = Signal(str)
    touched = Signal(str)  # path: a new row was left untouched; its problems are shown now

    def __init__(self, path: str, owner: type[BaseModel], name: str,
                 item_model: type[BaseModel] | None, parent: QWidget | None = None,
                 paste_button: bool = False, glossary_path: str | None = None,
                 scalar_kind: str = "number", row_word: str = "level"):
        super().__init__(parent)
        self.path = path
        # The glossary names a version-2 component's list by its type, not its list index.
        self.glossary_path = glossary_path or path
        self.owner = owner
        self.name = name
        self.item_model = item_model
        self.row_word = row_word  # a list of numbers: its rows are "level"s or "generation"s
        self.lang = "en"
        self.currency = "EUR"
        if item_model is None:  # a list of numbers, with the list field's unit
            unit = field_info(owner, name).get("unit") or ""
            self.specs = [FieldSpec(owner, name, scalar_kind, False, unit=unit)]
        else:
            self.specs = [describe(item_model, n) for n in item_model.model_fields]
        self._loading = False
        self.compact_rows: tuple[int, int] | None = None  # see fit_height
        # column titles of two or more words on two lines (True), or on as many lines as keep each
        # no wider than its longest word ("words": a table that must fit a 1024-pixel screen)
        self.wrap_headers: bool | str = False
        self._cell_errors: dict[tuple[int, int], str] = {}
        # What the cells' marks were last drawn from (see _apply_cell_errors); None: redraw.
        self._marks_drawn_from: tuple | None = None
        self._fresh: set[int] = set()  # rows added with Add row and not typed in yet

        self.grid = _Grid(0, len(self.specs), self)
        self.grid.setObjectName(path)
        self.grid.setItemDelegate(_ChoiceDelegate(self.specs, self.grid))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setAlternatingRowColors(True)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                  & ~QAbstractItemView.EditTrigger.CurrentChanged)
        self.grid.setMinimumHeight(150)
        self.grid.setTabKeyNavigation(True)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(70)
        self.grid.itemChanged.connect(self._on_item_changed)
        # Every change to the cells' texts or rows, signals blocked or not (the model's own
        # signals are not the view's): what the marks follow from, without reading every cell.
        self._cells_version = 0
        self._texts_read: tuple[int, tuple] | None = None  # (version, the texts then)
        model = self.grid.model()
        model.dataChanged.connect(self._on_cells_changed)
        for signal in (model.rowsInserted, model.rowsRemoved, model.columnsInserted,
                       model.columnsRemoved, model.modelReset, model.layoutChanged, model.rowsMoved):
            signal.connect(self._bump_cells)
        self.grid.paste_requested.connect(lambda: self.paste_clipboard(replace=False))
        self.grid.delete_requested.connect(self._clear_selected_cells)
        self.grid.glossary_requested.connect(self.open_glossary)
        self.grid.currentCellChanged.connect(self._on_current_changed)
        self.grid.installEventFilter(self)

        self.add_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_rows)
        self.paste_button = QPushButton(self) if paste_button else None
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        if self.paste_button:
            self.paste_button.clicked.connect(lambda: self.paste_clipboard(replace=True))
            buttons.addWidget(self.paste_button)
        # F1 in the table is the keyboard's way; the "?" opens the current column's term
        entry = next((p for p in self._glossary_paths(0) if has_entry(p)), None)
        self.glossary_button = None if entry is None else glossary_button(self, entry, self.open_glossary)
        buttons.addStretch(1)
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.grid)
        layout.addLayout(buttons)
        if self.glossary_button is not None:
            # beside the message line, not the buttons: the button row must fit a 1024-pixel screen
            bottom = QHBoxLayout()
            bottom.addWidget(self.error, 1)
            bottom.addWidget(self.glossary_button, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            layout.addLayout(bottom)
        else:
            layout.addWidget(self.error)

    # ------------------------------------------------------------------ text and language

    def tr_(self, text: str) -> str:
        return QCoreApplication.translate("RecordTable", text)

    def retranslate(self, lang: str, currency: str) -> None:
        old_lang, self.lang = self.lang, lang
        self.currency = currency
        header = self.grid.horizontalHeader()
        if self.wrap_headers == "words" and not header.property("smallTitles"):
            # titles a size smaller: the name column keeps room to be read on a 1024-pixel screen
            font = header.font()
            font.setPointSizeF(font.pointSizeF() * 0.9)
            header.setFont(font)
            header.setProperty("smallTitles", True)
        for col, spec in enumerate(self.specs):
            if self.item_model is None:
                text = self.column_title()
                tip = field_info(self.owner, self.name, lang)["help"]
            else:
                text = spec.label(lang)
                tip = spec.help(lang)
            if spec.unit == "money":
                text += f" ({currency})"
            elif spec.unit == "percent":
                text += " (%)"
            if self.wrap_headers == "words":
                text = wrap_words(text, self.grid.horizontalHeader().fontMetrics())
            elif self.wrap_headers:
                text = _two_lines(text)
            header_item = QTableWidgetItem(text)
            header_item.setToolTip(tip)
            self.grid.setHorizontalHeaderItem(col, header_item)
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
                "name, share %, average, median, lowest, highest (amounts per the disclosure's period)."))
            self.paste_button.setAccessibleName(QCoreApplication.translate("RecordTable", "Paste from spreadsheet"))
        if self.glossary_button is not None:
            self.glossary_button.setToolTip(QCoreApplication.translate("OfferEditor", "Explain this term (F1)"))
            self.glossary_button.setAccessibleName(
                QCoreApplication.translate("OfferEditor", "Glossary: %1").replace("%1", list_label))
        self._update_row_headers()
        self._loading = True
        try:
            for row in range(self.grid.rowCount()):
                for col, spec in enumerate(self.specs):
                    item = self.grid.item(row, col)
                    if item is None:
                        continue
                    if spec.kind == "choice":
                        item.setText(choice_label(item.data(USER_ROLE)))
                    elif _is_number(spec):
                        # a read number is rewritten the new language's way; other text stays
                        parsed = parse_field_number(spec, item.text(), old_lang)
                        if parsed.settled and parsed.value is not None:
                            item.setText(format_for_field(parsed.value, lang))
        finally:
            self._loading = False
        self._apply_cell_errors()

    def _fit_columns(self) -> None:
        """Text columns share the spare width; the others are as wide as their contents."""
        header = self.grid.horizontalHeader()
        header.setStretchLastSection(False)
        stretch = [i for i, spec in enumerate(self.specs) if spec.kind == "text"] or [len(self.specs) - 1]
        if self.wrap_headers:  # narrow two-line columns: five fit a 1024-pixel screen's pane
            header.setMinimumSectionSize(40)
        if self.wrap_headers == "words":
            # each other column as wide as its longest title line or cell, with a little room
            # (the header's own measure keeps room for a sort mark these tables never show)
            metrics = header.fontMetrics()
            for i in range(len(self.specs)):
                if i in stretch:
                    header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
                    continue
                item = self.grid.horizontalHeaderItem(i)
                lines = item.text().split("\n") if item is not None else [""]
                width = max([metrics.horizontalAdvance(line) for line in lines]
                            + [self.grid.sizeHintForColumn(i)]) + 12
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(i, width)
            return
        for i in range(len(self.specs)):
            header.setSectionResizeMode(
                i, QHeaderView.ResizeMode.Stretch if i in stretch else QHeaderView.ResizeMode.ResizeToContents)

    def column_title(self) -> str:
        """The one column's title of a list of numbers (without the unit)."""
        if self.specs[0].unit == "money":
            return QCoreApplication.translate("RecordTable", "Amount")
        if self.specs[0].unit == "percent":
            return QCoreApplication.translate("RecordTable", "Percentage")
        return field_info(self.owner, self.name, self.lang)["label"]

    def row_name(self, row: int) -> str:
        """The name of a row of a list of numbers ("Level 2"), as its header and in messages."""
        if self.row_word == "generation":
            text = QCoreApplication.translate("RecordTable", "Generation %1")
        else:
            text = QCoreApplication.translate("RecordTable", "Level %1")
        return text.replace("%1", str(row + 1))

    def _update_row_headers(self) -> None:
        if self.item_model is None:
            self.grid.setVerticalHeaderLabels([self.row_name(row) for row in range(self.grid.rowCount())])

    # ------------------------------------------------------------------ glossary

    def _glossary_paths(self, col: int) -> list[str]:
        """The model paths to look up for column ``col``: the column's field, then the list."""
        if self.item_model is None or not 0 <= col < len(self.specs):
            return [self.glossary_path]
        return [f"{self.glossary_path}[].{self.specs[col].name}", self.glossary_path] + [
            f"{self.glossary_path}[].{s.name}" for s in self.specs]

    def open_glossary(self) -> QWidget | None:
        """The glossary on the current column's term (else the list's, else any column's)."""
        for path in self._glossary_paths(max(self.grid.currentColumn(), 0)):
            if has_entry(path):
                return open_for_field(self.window(), self.lang, path)
        return None

    # ------------------------------------------------------------------ data

    def _number_text(self, value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, str):  # raw text that did not read as one number: shown as typed
            return value
        if isinstance(value, bool):
            return str(value)
        return format_for_field(float(value), self.lang)

    def _make_item(self, spec: FieldSpec, value: Any) -> QTableWidgetItem:
        self._marks_drawn_from = None  # a new cell has no marks yet
        item = QTableWidgetItem()
        if spec.kind == "bool":
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                          | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
        elif spec.kind == "choice":
            item.setData(USER_ROLE, value)
            item.setText(choice_label(value))
        elif _is_number(spec):
            item.setText(self._number_text(value))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        else:
            item.setText("" if value is None else str(value))
        return item

    def _cell_data(self, row: int, col: int) -> Any:
        spec = self.specs[col]
        item = self.grid.item(row, col)
        if spec.kind == "bool":
            return item is not None and item.checkState() == Qt.CheckState.Checked
        if spec.kind == "choice":
            return item.data(USER_ROLE) if item else (spec.choices[0] if spec.choices else None)
        raw = item.text() if item else ""
        if _is_number(spec):
            parsed = parse_field_number(spec, raw, self.lang)
            if parsed.settled:
                return number_data(parsed.value)
            return None if parsed.empty else raw  # invalid or ambiguous: kept as typed
        if spec.kind == "text" and not spec.optional:
            return raw
        return to_data(spec, raw, self.lang)

    def data(self) -> list[Any]:
        rows: list[Any] = []
        for row in range(self.grid.rowCount()):
            if self.item_model is None:
                rows.append(self._cell_data(row, 0))
            else:
                rows.append({spec.name: self._cell_data(row, col) for col, spec in enumerate(self.specs)})
        return rows

    def set_data(self, rows: list[Any] | None) -> None:
        rows = rows or []
        # A row stays "new" only while it still holds what Add row put in it.
        self._fresh = {r for r in self._fresh if r < len(rows) and rows[r] == self._default_row()}
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
        self.fit_height()

    def fit_height(self) -> None:
        """With ``compact_rows`` = (fewest, most) rows to show, the table is as tall as its rows,
        at most ``most`` (then it scrolls); an empty table is ``fewest`` rows tall. No spare line
        below the last row: it looked like one more row to type in (review 8, item 13; one row
        per rank in a per-rank table), and a click there left the cell above current, so what
        was typed next went into that row."""
        if self.compact_rows is None:
            return
        fewest, most = self.compact_rows
        count = self.grid.rowCount()
        rows = min(count, most) if count else fewest
        row_height = self.grid.verticalHeader().defaultSectionSize()
        height = (self.grid.horizontalHeader().sizeHint().height() + rows * row_height
                  + 2 * self.grid.frameWidth())
        self.grid.setMinimumHeight(height)
        self.grid.setMaximumHeight(height)

    def _default_row(self) -> dict[str, Any] | float:
        if self.item_model is None:
            return 0
        row: dict[str, Any] = {}
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
        self._fresh.add(len(rows) - 1)
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
        self._fresh = {f - sum(1 for r in rows if r < f) for f in self._fresh if f not in rows}
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

    # ------------------------------------------------------------------ pasting

    def _replaces(self, replace: bool) -> bool:
        return replace or self.grid.currentRow() < 0 or self.grid.currentColumn() < 0

    def paste_clipboard(self, replace: bool = False) -> int:
        """Paste the clipboard (Ctrl+V, the Paste button). When that would replace rows already
        in the table, ask first; returns how many rows were pasted (0 when the user declined)."""
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            return 0
        if self._replaces(replace) and self.grid.rowCount():
            answer = QMessageBox.question(
                self, QCoreApplication.translate("RecordTable", "Replace the rows?"),
                QCoreApplication.translate(
                    "RecordTable", "The pasted rows replace the %1 rows in this table. Replace them?"
                ).replace("%1", str(self.grid.rowCount())),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        return self.paste_text(text, replace=replace)

    def paste_text(self, text: str, replace: bool = False) -> int:
        """Fill the table from rows copied from a spreadsheet; returns how many rows were pasted.

        ``replace`` (or no current cell) replaces all rows, starting at the first column;
        otherwise the rows are written from the current cell on, like a spreadsheet does.
        Numbers are read with ``numbers.parse_table`` (its rule settles ambiguous cells from the
        other cells); this asks nothing (``paste_clipboard`` does).
        """
        table = parse_table(text or "", self.lang)
        if not table.rows:
            return 0
        row0, col0 = self.grid.currentRow(), self.grid.currentColumn()
        if self._replaces(replace):
            row0, col0, replace = 0, 0, True
        rows = table.rows
        if self._is_header([c.text for c in rows[0]], col0):
            rows = rows[1:]
            if not rows:
                return 0
        data = [] if replace else self.data()
        for i, cells in enumerate(rows):
            r = row0 + i
            while len(data) <= r:
                data.append(self._default_row())
            self._fresh.discard(r)
            for j, cell in enumerate(cells):
                col = col0 + j
                if col >= len(self.specs):
                    break
                spec = self.specs[col]
                value = (self._pasted_number(spec, cell.text, cell.number) if _is_number(spec)
                         else self._pasted_value(spec, cell.text))
                if self.item_model is None:
                    data[r] = value
                else:
                    data[r][spec.name] = value
        if replace:
            self._fresh = set()
        self.set_data(data)
        self.edited.emit(self.path, False)
        return len(rows)

    @staticmethod
    def _pasted_number(spec: FieldSpec, text: str, number: ParsedNumber) -> Any:
        number = settle(number, spec)
        if number.settled:
            return number_data(number.value)
        return None if number.empty else text  # still ambiguous, or not a number: kept as pasted

    def _pasted_value(self, spec: FieldSpec, cell: str) -> Any:
        if spec.kind == "bool":
            return cell.lower() in ("1", "yes", "ja", "true", "waar", "x", "y", "j")
        if spec.kind == "choice":
            for value in spec.choices:
                if cell.lower() in (value, choice_label(value).lower()):
                    return value
            return spec.choices[0]
        return cell

    def _is_header(self, cells: list[str], col0: int) -> bool:
        numeric = [cells[j].strip() for j in range(len(cells))
                   if col0 + j < len(self.specs) and _is_number(self.specs[col0 + j])]
        if not any(numeric):
            return False
        return not any(parse_number(text, self.lang).valid for text in numeric)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading:
            self._fresh.discard(item.row())
            self.edited.emit(self.path, False)

    def _on_current_changed(self, row: int, col: int, previous_row: int = -1, *_: Any) -> None:
        if previous_row != row and previous_row in self._fresh:
            self.leave_fresh(previous_row)  # the user left a new row: now it is judged
        if self.has_focus():
            self._emit_help(col)  # the help line follows the focus, never a table out of sight

    def has_focus(self) -> bool:
        """Whether the focus is in the table (a cell's editor included)."""
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self.grid or self.grid.isAncestorOf(focus))

    def column_help(self, col: int) -> str:
        """The help line's text for column ``col``: its title and what it means."""
        if self.item_model is None or not 0 <= col < len(self.specs):
            info = field_info(self.owner, self.name, self.lang)
            return f"{info['label']}: {info['help']}"
        return f"{self.specs[col].label(self.lang)}: {self.specs[col].help(self.lang)}"

    def _emit_help(self, col: int) -> None:
        self.help_text.emit(self.column_help(max(col, 0)))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.grid and event.type() == QEvent.Type.FocusIn:
            self._emit_help(self.grid.currentColumn())
        elif obj is self.grid and event.type() == QEvent.Type.FocusOut and self._fresh:
            QTimer.singleShot(0, self._after_focus_out)
        return False

    def _after_focus_out(self) -> None:
        """The focus left the table (not for a cell's own editor): a new row left as it was is
        judged now."""
        if self.has_focus() or QApplication.activePopupWidget() is not None:
            return
        for row in sorted(self._fresh):
            self.leave_fresh(row)

    # ------------------------------------------------------------------ new rows

    def is_fresh(self, rel: str) -> bool:
        """Whether the problem at ``rel`` (relative to this list, "[2].name") lies in a row added
        with Add row that the user has not typed in or left yet: such a row is not judged."""
        row, _ = self._locate(rel)
        return row is not None and row in self._fresh

    def leave_fresh(self, row: int | None = None) -> None:
        """Judge a new row (all new rows with None): the user left it, or wants to save."""
        rows = set(self._fresh) if row is None else {row} & self._fresh
        if rows:
            self._fresh -= rows
            self.touched.emit(self.path)

    def select(self, rel: str) -> bool:
        """Make the cell a problem at ``rel`` ("[2].retail_price") points to the current one;
        False when ``rel`` names no cell here."""
        row, col = self._locate(rel)
        if row is None or not 0 <= row < self.grid.rowCount():
            return False
        self.grid.setCurrentCell(row, 0 if col is None else col)
        item = self.grid.item(row, 0 if col is None else col)
        if item is not None:
            self.grid.scrollToItem(item)
        return True

    # ------------------------------------------------------------------ errors

    def number_problem(self, row: int, col: int) -> tuple[str, str] | None:
        """('ambiguous' | 'invalid', message) for a number cell that does not read as one
        number, in the interface language; None otherwise."""
        spec = self.specs[col]
        item = self.grid.item(row, col)
        if not _is_number(spec) or item is None:
            return None
        parsed = parse_field_number(spec, item.text(), self.lang)
        if parsed.ambiguous and parsed.value is not None and parsed.alternative is not None:
            kind = "percent" if spec.unit == "percent" else "amount"
            currency = self.currency if spec.unit == "money" else None
            first = display_value(parsed.value, self.lang, kind, currency)
            second = display_value(parsed.alternative, self.lang, kind, currency)
            return "ambiguous", tr(
                self.lang,
                "\u201c{text}\u201d can mean {first} or {second}: type {a} or {b}",
                "\u201c{text}\u201d kan {first} of {second} betekenen: typ {a} of {b}",
            ).format(text=parsed.text.strip(), first=first, second=second,
                     a=format_for_field(parsed.value, self.lang),
                     b=format_for_field(parsed.alternative, self.lang))
        if parsed.error:
            reason = parsed.reason(self.lang)
            return "invalid", reason[:1].upper() + reason[1:]
        return None

    def set_errors(self, problems: list[tuple[str, str]]) -> None:
        """``problems``: (path relative to this list, e.g. "[2].retail_price" or "", message).
        A row added with Add row and not typed in yet shows no problems."""
        self._cell_errors = {}
        lines = []
        for rel, message in problems:
            row, col = self._locate(rel)
            if row is None:
                lines.append(message)
                continue
            if row in self._fresh:
                continue
            col = 0 if col is None else col
            if 0 <= row < self.grid.rowCount():
                found = self.number_problem(row, col)
                if found is not None:  # say why the text is not one number, not "must be a number"
                    message = found[1]
            self._cell_errors[(row, col)] = message
            if self.item_model is None:
                where = self.row_name(row)
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

    def cell_mark(self, row: int, col: int) -> str | None:
        """'ambiguous' or 'invalid' when the cell is marked, else None (for tests and tools)."""
        if row in self._fresh:
            return None
        found = self.number_problem(row, col)
        if found is not None:
            return found[0]
        return "invalid" if (row, col) in self._cell_errors else None

    def _on_cells_changed(self, _top_left=None, _bottom_right=None, roles=None) -> None:
        """A cell changed: its text (no roles named: anything) counts, not its mark (the
        background and tooltip ``_apply_cell_marks`` sets)."""
        if not roles or _TEXT_ROLES.intersection(int(getattr(r, "value", r)) for r in roles):
            self._cells_version += 1

    def _bump_cells(self, *_args) -> None:
        self._cells_version += 1

    def _marks_source(self) -> tuple:
        """Everything a cell's mark and tooltip follow from: each cell's text, the problems, the
        new rows, the language and the currency. The texts are read again only when a cell or
        row changed since they were last read (``_cells_version``)."""
        kept = self._texts_read
        if kept is not None and kept[0] == self._cells_version:
            texts = kept[1]
        else:
            grid = self.grid
            read = []
            for row in range(grid.rowCount()):
                for col in range(len(self.specs)):
                    item = grid.item(row, col)
                    read.append(None if item is None else item.text())
            texts = tuple(read)
            self._texts_read = (self._cells_version, texts)
        return (texts, tuple(sorted(self._cell_errors.items())), tuple(sorted(self._fresh)),
                self.lang, self.currency)

    def _apply_cell_errors(self) -> None:
        """Mark each cell (its background and tooltip). Nothing is redrawn when nothing it
        follows from changed since the last time (after each keystroke the editor shows every
        table's problems again, nearly always the same)."""
        source = self._marks_source()
        if source == self._marks_drawn_from:
            return
        self._apply_cell_marks()
        self._marks_drawn_from = source

    def _apply_cell_marks(self) -> None:
        self._loading = True
        self.grid.blockSignals(True)
        try:
            for row in range(self.grid.rowCount()):
                for col in range(len(self.specs)):
                    item = self.grid.item(row, col)
                    if item is None:
                        item = self._make_item(self.specs[col], None)
                        self.grid.setItem(row, col, item)
                    found = None if row in self._fresh else self.number_problem(row, col)
                    message = self._cell_errors.get((row, col))
                    if found is not None:
                        brush = AMBIGUOUS_BRUSH if found[0] == "ambiguous" else ERROR_BRUSH
                        message = found[1]
                    else:
                        brush = ERROR_BRUSH if message else QBrush()
                    item.setBackground(brush)
                    item.setToolTip(message or self.specs[col].help(self.lang))
        finally:
            self.grid.blockSignals(False)
            self._loading = False
