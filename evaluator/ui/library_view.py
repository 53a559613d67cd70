"""The start screen: the user's evaluations in the library, and the bundled examples.

Search as you type, sort by name, date or verdict; New, Duplicate, Rename, Delete (to the trash,
with Undo), Import and Export of ``.oppeval`` files, and "Start from this example".
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core import fileformat
from ..resources import example_paths
from . import dialogs
from .editor.choices import choice_label
from .widgets import Snackbar

VERDICT_COLOURS = {
    "likely_pyramid": "#c62828",
    "high_risk": "#ef6c00",
    "caution": "#b8860b",
    "lower_risk": "#2e7d32",
}


class LibraryView(QWidget):
    """Lists the library; asks the main window to open, create or compare evaluations."""

    open_requested = Signal(int)
    new_requested = Signal()
    example_requested = Signal(str)
    compare_requested = Signal(list)
    open_file_requested = Signal()

    def __init__(self, library, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("libraryView")
        self.library = library
        self.lang = lang
        self.deleted_ids: list[int] = []
        self._examples = self._read_examples()

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)

        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _=None: self.refresh())
        self.sort_label = QLabel(self)
        self.sort = QComboBox(self)
        self.sort.setObjectName("librarySort")
        self.sort.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        for key in ("updated", "name", "verdict"):
            self.sort.addItem(key, key)
        self.sort.currentIndexChanged.connect(lambda _=None: self.refresh())
        self.sort_label.setBuddy(self.sort)

        self.tree = QTreeWidget(self)
        self.tree.setObjectName("libraryList")
        self.tree.setColumnCount(5)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.ExtendedSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        for col in range(2, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeToContents)
        self.tree.itemActivated.connect(lambda item, _col: self.open_requested.emit(item.data(0, Qt.UserRole)))
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setObjectName("emptyLibrary")

        self.new_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.duplicate_button = QPushButton(self)
        self.rename_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.compare_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self._open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_files)
        self.export_button.clicked.connect(self.export_selected)
        self.compare_button.clicked.connect(lambda: self.compare_requested.emit(self.selected_ids()))

        self.examples_box = QGroupBox(self)
        self.examples = QListWidget(self.examples_box)
        self.examples.setObjectName("exampleList")
        self.examples.setWordWrap(True)
        self.examples.setSpacing(4)
        self.examples.itemActivated.connect(lambda item: self.example_requested.emit(item.data(Qt.UserRole)))
        self.examples_intro = QLabel(self.examples_box)
        self.examples_intro.setWordWrap(True)
        self.example_button = QPushButton(self.examples_box)
        self.example_button.setObjectName("startFromExample")
        self.example_button.clicked.connect(self._start_from_example)
        box_layout = QVBoxLayout(self.examples_box)
        box_layout.addWidget(self.examples_intro)
        box_layout.addWidget(self.examples, 1)
        box_layout.addWidget(self.example_button)

        self.snackbar = Snackbar(self)
        self.snackbar.action_triggered.connect(self.undo_delete)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.sort_label)
        top.addWidget(self.sort)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.duplicate_button, self.rename_button,
                  self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.import_button, self.export_button, self.compare_button):
            buttons.addWidget(b)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.examples_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([900, 340])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.snackbar)

        self.setTabOrder(self.search, self.sort)
        self.setTabOrder(self.sort, self.tree)
        self.setTabOrder(self.tree, self.new_button)
        self.retranslate(lang)
        self.refresh()

    # ------------------------------------------------------------------ texts

    def retranslate(self, lang: str | None = None) -> None:
        if lang:
            self.lang = lang
        self.title.setText(self.tr("Your evaluations"))
        self.search.setPlaceholderText(self.tr("Search by name or company (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search the library"))
        self.sort_label.setText(self.tr("&Sort by:"))
        for i, text in enumerate((self.tr("Last changed"), self.tr("Name"), self.tr("Verdict"))):
            self.sort.setItemText(i, text)
        self.sort.setAccessibleName(self.tr("Sort the library"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Company"), self.tr("Type"),
                                   self.tr("Verdict"), self.tr("Last changed")])
        self.tree.setAccessibleName(self.tr("Your evaluations"))
        for button, text, tip in (
            (self.new_button, self.tr("&New"), self.tr("Start a new, empty evaluation")),
            (self.open_button, self.tr("&Open"), self.tr("Open the selected evaluation")),
            (self.duplicate_button, self.tr("D&uplicate"), self.tr("Make a copy of the selected evaluation")),
            (self.rename_button, self.tr("Rena&me\u2026"), self.tr("Rename the selected evaluation")),
            (self.delete_button, self.tr("&Delete"), self.tr("Move the selected evaluations to the trash (you can undo this)")),
            (self.import_button, self.tr("&Import\u2026"), self.tr("Add .oppeval files to the library")),
            (self.export_button, self.tr("E&xport\u2026"), self.tr("Save the selected evaluation as a .oppeval file to share")),
            (self.compare_button, self.tr("&Compare\u2026"), self.tr("Compare two to four evaluations side by side")),
        ):
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text.replace("&", "").rstrip("\u2026"))
        self.examples_box.setTitle(self.tr("Start from an example"))
        self.examples_intro.setText(self.tr(
            "Each example is a typical offer of one kind. Starting from one puts a copy in your "
            "library that you can change freely."))
        self.examples.setAccessibleName(self.tr("Examples"))
        self.example_button.setText(self.tr("Start from this &example"))
        self.example_button.setAccessibleName(self.tr("Start from this example"))
        self.empty_label.setText(self.tr(
            "No evaluations yet. Click New to describe an offer you were made, or start from one "
            "of the examples."))
        self._fill_examples()
        self.refresh()

    # ------------------------------------------------------------------ contents

    def _read_examples(self) -> list[tuple[str, str, str]]:
        out = []
        for path in example_paths():
            try:
                ev = fileformat.load(path)
            except fileformat.EvaluationFileError:
                continue
            out.append((str(path), ev.offer.name, ev.offer.kind))
        return out

    def _fill_examples(self) -> None:
        current = self.examples.currentRow()
        self.examples.clear()
        for path, name, kind in self._examples:
            item = QListWidgetItem(f"{name}\n{choice_label(kind)}")
            item.setData(Qt.UserRole, path)
            item.setToolTip(dialogs.literal(Path(path).name))
            self.examples.addItem(item)
        self.examples.setCurrentRow(current if current >= 0 else 0)
        self.example_button.setEnabled(bool(self._examples))

    def verdict_text(self, level: str | None) -> str:
        return {
            "likely_pyramid": self.tr("Likely a pyramid scheme"),
            "high_risk": self.tr("High risk"),
            "caution": self.tr("Caution"),
            "lower_risk": self.tr("Lower risk"),
        }.get(level or "", self.tr("Not analysed yet"))

    def _date_text(self, iso: str) -> str:
        try:
            moment = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S.%fZ")
        except ValueError:
            return iso
        qdt = QDateTime.fromString(moment.strftime("%Y-%m-%dT%H:%M:%S") + "Z", Qt.ISODate).toLocalTime()
        locale = QLocale(QLocale.Dutch if self.lang == "nl" else QLocale.English,
                         QLocale.Netherlands if self.lang == "nl" else QLocale.UnitedKingdom)
        return locale.toString(qdt, QLocale.ShortFormat)

    def refresh(self, select_id: int | None = None) -> None:
        selected = set(self.selected_ids()) if select_id is None else {select_id}
        sort = self.sort.currentData() or "updated"
        entries = self.library.list(search=self.search.text(), sort=sort)
        self.tree.blockSignals(True)
        self.tree.clear()
        for entry in entries:
            item = QTreeWidgetItem([entry.name, entry.company, choice_label(entry.kind),
                                    self.verdict_text(entry.verdict), self._date_text(entry.updated)])
            item.setData(0, Qt.UserRole, entry.id)
            if entry.file_path:
                item.setToolTip(0, dialogs.literal(entry.file_path))
            colour = VERDICT_COLOURS.get(entry.verdict or "")
            if colour:
                item.setForeground(3, QBrush(QColor(colour)))
            self.tree.addTopLevelItem(item)
            if entry.id in selected:
                item.setSelected(True)
                self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)
        searching = bool(self.search.text().strip())
        self.empty_label.setVisible(not entries and not searching)
        if not entries and searching:
            self.empty_label.setText(self.tr("Nothing matches your search."))
            self.empty_label.setVisible(True)
        elif not entries:
            self.empty_label.setText(self.tr(
                "No evaluations yet. Click New to describe an offer you were made, or start from "
                "one of the examples."))
        self._update_buttons()

    def entry_count(self) -> int:
        return self.tree.topLevelItemCount()

    def selected_ids(self) -> list[int]:
        return [item.data(0, Qt.UserRole) for item in self.tree.selectedItems()]

    def select_id(self, entry_id: int) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            item.setSelected(item.data(0, Qt.UserRole) == entry_id)
            if item.isSelected():
                self.tree.setCurrentItem(item)

    def _update_buttons(self) -> None:
        n = len(self.selected_ids())
        self.open_button.setEnabled(n == 1)
        self.duplicate_button.setEnabled(n == 1)
        self.rename_button.setEnabled(n == 1)
        self.export_button.setEnabled(n == 1)
        self.delete_button.setEnabled(n >= 1)

    # ------------------------------------------------------------------ actions

    def _open_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.open_requested.emit(ids[0])

    def _start_from_example(self) -> None:
        item = self.examples.currentItem()
        if item is not None:
            self.example_requested.emit(item.data(Qt.UserRole))

    def duplicate_selected(self) -> int | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        new_id = self.library.duplicate(ids[0])
        self.refresh(select_id=new_id)
        return new_id

    def rename_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        entry = self.library.entry(ids[0])
        name = dialogs.ask_text(self, self.tr("Rename"), self.tr("New name:"), entry.name)
        if name is None or name == entry.name:
            return
        try:
            self.library.rename(ids[0], name)
        except fileformat.EvaluationFileError as exc:
            dialogs.show_error(self, self.tr("Cannot rename"), exc.problems[0].message(self.lang))
            return
        self.refresh(select_id=ids[0])

    def delete_selected(self) -> list[int]:
        ids = self.selected_ids()
        if not ids:
            return []
        names = [self.library.entry(i).name for i in ids]
        for entry_id in ids:
            self.library.delete(entry_id)
        self.deleted_ids = ids
        if len(ids) == 1:
            message = self.tr("\u201c%1\u201d was moved to the trash.").replace("%1", names[0])
        else:
            message = self.tr("%1 evaluations were moved to the trash.").replace("%1", str(len(ids)))
        self.snackbar.show_message(message, self.tr("Undo"))
        self.refresh()
        return ids

    def can_undo_delete(self) -> bool:
        return bool(self.deleted_ids)

    def undo_delete(self) -> None:
        ids, self.deleted_ids = self.deleted_ids, []
        for entry_id in ids:
            self.library.undelete(entry_id)
        self.snackbar.hide()
        self.refresh()
        for entry_id in ids:
            self.select_id(entry_id)

    def import_files(self) -> list[int]:
        path = dialogs.ask_open_file(self, self.tr("Import evaluation"))
        if not path:
            return []
        try:
            entry_id = self.library.import_file(path)
        except fileformat.EvaluationFileError as exc:
            dialogs.show_error(self, self.tr("Cannot import"),
                               self.tr("%1 is not a valid evaluation file.").replace("%1", Path(path).name),
                               exc.render(self.lang))
            return []
        self.refresh(select_id=entry_id)
        return [entry_id]

    def export_selected(self) -> str | None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        entry = self.library.entry(ids[0])
        path = dialogs.ask_save_file(self, entry.name, self.tr("Export evaluation"))
        if not path:
            return None
        try:
            self.library.export(ids[0], path)
        except OSError as exc:
            dialogs.show_error(self, self.tr("Cannot export"), str(exc))
            return None
        return path

    def focus_search(self) -> None:
        self.search.setFocus(Qt.ShortcutFocusReason)
        self.search.selectAll()


__all__ = ["LibraryView"]
