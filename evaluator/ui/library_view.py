"""The start screen: the user's evaluations in the library, and the bundled examples.

Search as you type, sort by name, date or verdict; New, Duplicate, Rename, Delete (to the trash,
with Undo), Import and Export of ``.oppeval`` files, and "Start from this example".

The list is Qt model/view, so it stays fast with 10,000 entries: ``LibraryModel`` holds the
entries (one query per refresh) and makes each cell's text only when the view asks for it (a few
dozen visible rows, cached); ``LibraryFilter`` (a ``QSortFilterProxyModel``) filters by the
search words, debounced while typing. The rows come in the order the library's query sorts them
(``Library.list(sort=...)``: name, date or verdict, with the same tie-breaks as the command line):
sorting in the proxy would call back into Python for each of its ~260,000 comparisons at
10,000 rows (0.6-0.9 s measured), while a query or a re-fetch takes about 50 ms. A refresh keeps
the selection by entry id (a dictionary from id to row, one selection call).
"""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..core import fileformat
from ..core import example_i18n
from ..resources import example_paths
from . import dialogs
from . import format as fmt
from .editor.choices import choice_label
from .wheel_guard import guard
from .widgets import Snackbar

log = logging.getLogger(__name__)
_ROOT = QModelIndex()  # the invalid index: "no parent" in a flat model
SQLITE_HEADER = b"SQLite format 3\x00"  # the first 16 bytes of every SQLite database

SEARCH_DELAY_MS = 200  # typing pauses this long before the list is filtered
ID_ROLE = Qt.ItemDataRole.UserRole  # a row's entry id
COLUMNS = 5  # name, company, type, verdict, last changed
NAME, COMPANY, KIND, VERDICT, UPDATED = range(COLUMNS)


def fold(text: str) -> str:
    """The library's case- and accent-folding (``evaluator.storage.schema.fold``), imported on
    first use: importing the storage package at start-up would load numpy through sqlite-utils
    before ``app.open_library`` can keep it out."""
    from ..storage.schema import fold as library_fold

    return library_fold(text)


def _verdict_rank() -> dict[str, int]:
    """Verdict levels, most serious first (the library's order; imported on use, as ``fold``)."""
    from ..storage.library import VERDICT_LEVELS

    return {level: i for i, level in enumerate(VERDICT_LEVELS)}


class LibraryModel(QAbstractTableModel):
    """The library's entries as rows. Cell texts are made on demand and cached (only the visible
    rows are ever asked for); ``relabel`` drops the cached texts after a language change."""

    def __init__(self, view: "LibraryView") -> None:
        super().__init__(view)
        self._view = view
        self.entries: list = []  # evaluator.storage.library.Entry, in the order shown
        self._row_of: dict[int, int] = {}
        self._headers: list[str] = [""] * COLUMNS
        self._dates: dict[str, str] = {}
        self._labels: dict[tuple[int, str | None], str] = {}
        self._keys: dict[int, tuple[str, str, str]] = {}  # id -> (name, company, search key)
        # The verdict cell as the results' badge: the same background and text colours
        # (format.VERDICT_COLOURS, readable in the light and the dark theme alike).
        self._backgrounds = {level: QBrush(QColor(colours[0])) for level, colours in fmt.VERDICT_COLOURS.items()}
        self._foregrounds = {level: QBrush(QColor(colours[1])) for level, colours in fmt.VERDICT_COLOURS.items()}

    # -- contents ------------------------------------------------------------------------------

    def set_entries(self, entries: list) -> None:
        self.beginResetModel()
        self.entries = entries
        self._row_of = {entry.id: row for row, entry in enumerate(entries)}
        self.endResetModel()

    def row_of(self, entry_id: int) -> int | None:
        return self._row_of.get(entry_id)

    def set_headers(self, headers: list[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def relabel(self) -> None:
        """Forget the texts made for the previous language and repaint."""
        self._dates.clear()
        self._labels.clear()
        if self.entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, COLUMNS - 1))

    def search_keys(self) -> list[str]:
        """Per row, what a search matches against: the folded name and company (as the library
        stores it)."""
        return [self._key(entry) for entry in self.entries]

    def sorted_entries(self, sort: str) -> list:
        """The entries in the order ``Library.list(sort=sort)`` gives them (same keys and
        tie-breaks), sorted here instead of read again."""
        if sort == "updated":
            return sorted(self.entries, key=lambda e: (e.updated, e.id), reverse=True)
        if sort == "name":
            return sorted(self.entries, key=lambda e: (self._key(e), e.id))
        rank = _verdict_rank()
        return sorted(self.entries, key=lambda e: (rank.get(e.verdict, len(rank)), self._key(e), e.id))

    def _key(self, entry) -> str:
        cached = self._keys.get(entry.id)
        if cached is None or cached[0] != entry.name or cached[1] != entry.company:
            cached = (entry.name, entry.company, fold(entry.name) + "\x1f" + fold(entry.company))
            self._keys[entry.id] = cached
        return cached[2]

    # -- QAbstractTableModel -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < COLUMNS:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME:
                return entry.name
            if column == COMPANY:
                return entry.company
            if column == KIND:
                return self._label(KIND, entry.kind)
            if column == VERDICT:
                return self._label(VERDICT, entry.verdict)
            text = self._dates.get(entry.updated)
            if text is None:
                text = self._dates[entry.updated] = self._view.date_text(entry.updated)
            return text
        if role == ID_ROLE:
            return entry.id
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME and entry.file_path:
            return dialogs.literal(entry.file_path)
        if role == Qt.ItemDataRole.ToolTipRole and column in (KIND, VERDICT):
            return self._label(column, entry.kind if column == KIND else entry.verdict)  # if cut off
        if role == Qt.ItemDataRole.BackgroundRole and column == VERDICT:
            return self._backgrounds.get(entry.verdict or "")
        if role == Qt.ItemDataRole.ForegroundRole and column == VERDICT:
            return self._foregrounds.get(entry.verdict or "")
        return None

    def _label(self, column: int, value: str | None) -> str:
        key = (column, value)
        text = self._labels.get(key)
        if text is None:
            text = choice_label(value, self._view.lang) if column == KIND else self._view.verdict_text(value)
            self._labels[key] = text
        return text


class LibraryFilter(QSortFilterProxyModel):
    """Shows the rows whose name or company contains every search word (case- and
    accent-insensitive, like ``Library.list(search=...)``); keeps the source model's order.

    The matching rows are worked out in one pass over the folded keys when the filter runs, so
    ``filterAcceptsRow`` (called by Qt once per row) only looks its answer up."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._accepted: list[bool] | None = None  # per source row, for the current words
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model) -> None:  # noqa: N802
        super().setSourceModel(model)
        # Before the reset: the proxy filters the new rows as soon as the reset ends.
        model.modelAboutToBeReset.connect(self._forget)

    def _forget(self) -> None:
        self._accepted = None

    def set_search(self, text: str) -> None:
        words = fold(text).split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self._accepted = None
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def searching(self) -> bool:
        return bool(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        if not self._words:
            return True
        if self._accepted is None:
            words = self._words
            model = self.sourceModel()
            assert isinstance(model, LibraryModel)
            keys = model.search_keys()
            self._accepted = [all(word in key for word in words) for key in keys]
        return self._accepted[source_row]


class LibraryView(QWidget):
    """Lists the library; asks the main window to open, create or compare evaluations."""

    open_requested = Signal(int)
    new_requested = Signal()
    interview_requested = Signal()
    example_requested = Signal(str)
    compare_requested = Signal(list)
    open_file_requested = Signal()
    #: whether Undo has a delete to take back (the window enables its Undo action by it)
    undo_available = Signal(bool)

    def __init__(self, library, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("libraryView")
        self.library = library
        self.lang = lang
        self.deleted_ids: list[int] = []
        self._kept_ids: list[int] = []  # the user's selection, kept while a search hides it
        self._selecting = False
        self.fill_count = 0  # how many times the list was read from the library (tests)
        self._examples = self._read_examples()

        self.title = QLabel(self)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)

        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _=None: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_search)
        self.sort_label = QLabel(self)
        self.sort = QComboBox(self)
        self.sort.setObjectName("librarySort")
        self.sort.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in ("updated", "name", "verdict"):
            self.sort.addItem(key, key)
        self.sort.currentIndexChanged.connect(lambda _=None: self.resort())
        guard(self.sort)  # the wheel over it without the focus does not re-sort the list
        self.sort_label.setBuddy(self.sort)

        self.model = LibraryModel(self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        # A table, not a tree: a QTreeView lays out every row (asking the model about each one)
        # before it can scroll to a row near the bottom; a table with fixed row heights only
        # asks about the rows it shows.
        self.table = QTableView(self)
        self.table.setObjectName("libraryList")
        self.table.setModel(self.proxy)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(False)  # the order comes from the Sort box (see the module doc)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COMPANY, QHeaderView.ResizeMode.Stretch)
        for col in (KIND, VERDICT, UPDATED):  # sized from their few possible texts (_size_columns)
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        self._natural_widths: dict[int, int] = {}
        self.table.viewport().installEventFilter(self)  # keep the name readable on a narrow window
        self.table.activated.connect(self._on_activated)
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("emptyLibrary")

        self.interview_button = QPushButton(self)
        self.interview_button.setObjectName("startInterview")
        self.interview_button.clicked.connect(self.interview_requested)
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
        self.examples.itemActivated.connect(lambda item: self.example_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
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
        # The entry buttons, then the file buttons: one row, or two on a screen too narrow for
        # one (fit_width; eight Dutch buttons in a row need about 750 pixels).
        self.button_rows = buttons = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        entry_row, file_row = QHBoxLayout(), QHBoxLayout()
        for b in (self.new_button, self.open_button, self.duplicate_button, self.rename_button,
                  self.delete_button):
            entry_row.addWidget(b)
        entry_row.addStretch(1)
        file_row.addStretch(1)
        for b in (self.import_button, self.export_button, self.compare_button):
            file_row.addWidget(b)
        buttons.addLayout(entry_row, 1)
        buttons.addLayout(file_row)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty_label)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._button_parents = (left, splitter)  # what fit_width tells of a new size
        splitter.addWidget(left)
        splitter.addWidget(self.examples_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([900, 340])
        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.interview_button)
        layout.addLayout(title_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.snackbar)

        self.setTabOrder(self.interview_button, self.search)
        self.setTabOrder(self.search, self.sort)
        self.setTabOrder(self.sort, self.table)
        self.setTabOrder(self.table, self.new_button)
        self.retranslate(lang)
        self.refresh()  # the one fill at start-up

    def fit_width(self, width: int) -> bool:
        """Put the buttons under the list in two rows (the entry buttons above the file buttons)
        when in one row the view would be wider than ``width`` pixels, else in one row; True
        when they are in two. Called by the window with its width on the screen."""
        def arrange(direction) -> None:
            self.button_rows.setDirection(direction)
            left, splitter = self._button_parents
            left_layout = left.layout()
            if left_layout is not None:
                left_layout.activate()
            left.updateGeometry()  # the splitter keeps its children's hints until told
            splitter.updateGeometry()
            self._layout.invalidate()

        arrange(QBoxLayout.Direction.LeftToRight)
        two = self.minimumSizeHint().width() > width
        if two:
            arrange(QBoxLayout.Direction.TopToBottom)
        return two

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
        self.model.set_headers([self.tr("Name"), self.tr("Company"), self.tr("Type"),
                                self.tr("Verdict"), self.tr("Last changed")])
        self.table.setAccessibleName(self.tr("Your evaluations"))
        for button, text, tip in (
            (self.interview_button, self.tr("I've &been pitched an opportunity\u2026"),
             self.tr("Start a new evaluation with a short interview, in the recruiter's words")),
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
        self.example_button.setText(self.tr("S&tart from this example"))
        self.example_button.setAccessibleName(self.tr("Start from this example"))
        self._fill_examples()
        self.model.relabel()
        self._size_columns()
        self._update_empty()

    def _size_columns(self) -> None:
        """Type, verdict and date have a handful of possible texts: size those columns to the
        widest, instead of measuring rows (which would ask the model about thousands)."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        sample_date = self.date_text("2026-12-31T23:59:59.000000Z")
        texts = {
            KIND: [choice_label(kind, self.lang) for kind in ("mlm", "dealer", "affiliate", "other")],
            VERDICT: [self.verdict_text(level) for level in (*fmt.VERDICT_COLOURS, None)],
            UPDATED: [sample_date],
        }
        padding = 2 * self.table.style().pixelMetric(self.table.style().PixelMetric.PM_FocusFrameHMargin) + 16
        for column, options in texts.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            widest = max([metrics.horizontalAdvance(t) for t in options] + [
                header.fontMetrics().horizontalAdvance(title) + 8])
            self._natural_widths[column] = widest + padding
        self._fit_columns()

    # The type and verdict columns at most this share of the table each: their longest Dutch texts
    # ("Affiliate- of ambassadeursprogramma") would otherwise squeeze name and company at 1024x768.
    # A cut-off text shows in full as its tooltip.
    MAX_COLUMN_SHARE = 0.18

    def _fit_columns(self) -> None:
        available = self.table.viewport().width()
        if available <= 0:
            return
        header = self.table.horizontalHeader()
        cap = int(available * self.MAX_COLUMN_SHARE)
        for column, natural in self._natural_widths.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
            least = header.fontMetrics().horizontalAdvance(title) + 24
            header.resizeSection(column, natural if column == UPDATED else min(natural, max(cap, least)))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ contents

    def _read_examples(self) -> list[tuple[str, str, str]]:
        out: list[tuple[str, str, str]] = []
        for path in example_paths():
            try:
                ev = fileformat.load(path)
            except fileformat.EvaluationFileError:
                log.warning("bundled example %s cannot be read; not listed", path, exc_info=True)
                continue
            out.append((str(path), ev.offer.name, ev.offer.kind))
        return out

    def _fill_examples(self) -> None:
        current = self.examples.currentRow()
        self.examples.clear()
        for path, name, kind in self._examples:
            name = example_i18n.text(Path(path).name, "offer.name", self.lang, name)
            item = QListWidgetItem(f"{name}\n{choice_label(kind, self.lang)}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(dialogs.literal(Path(path).name))
            self.examples.addItem(item)
        self.examples.setCurrentRow(current if current >= 0 else 0)
        self.example_button.setEnabled(bool(self._examples))

    def verdict_text(self, level: str | None) -> str:
        """The verdict in the one vocabulary the results, the compare view and the PDF use."""
        if level in fmt.VERDICT_COLOURS:
            return fmt.verdict_label(level, self.lang)
        return self.tr("Not analysed yet")

    def date_text(self, iso: str) -> str:
        try:
            moment = datetime.strptime(iso, "%Y-%m-%dT%H:%M:%S.%fZ")
        except ValueError:
            return iso
        qdt = QDateTime.fromString(moment.strftime("%Y-%m-%dT%H:%M:%S") + "Z", Qt.DateFormat.ISODate).toLocalTime()
        locale = QLocale(QLocale.Language.Dutch if self.lang == "nl" else QLocale.Language.English,
                         QLocale.Country.Netherlands if self.lang == "nl" else QLocale.Country.UnitedKingdom)
        return locale.toString(qdt, QLocale.FormatType.ShortFormat)

    def refresh(self, select_id: int | None = None) -> None:
        """Read the list from the library again; keep the selection (or select ``select_id``)."""
        selected = list(self._kept_ids) if select_id is None else [select_id]
        current = self.current_id() if select_id is None else select_id
        sort = self.sort.currentData() or "updated"
        if self.library.verdicts_stale:
            self._update_verdicts()
        entries = self.library.list(sort=sort)
        self._selecting = True
        try:
            self.model.set_entries(entries)
        finally:
            self._selecting = False
        self.fill_count += 1
        self._select(selected, current, keep=True)
        self._update_empty()
        self._update_buttons()

    def _update_verdicts(self) -> None:
        """Recompute every stored verdict once, after an update of the app or the migration of an
        older library (SPEC 9.3: the list shows the verdict the analysis gives now), showing how
        far it is: a 200-entry library takes about 11 s. Cancel stops between two entries: those
        done are stored, the others keep their stored verdict in the list until the library is
        next opened, which does only them."""
        dialog = QProgressDialog(
            self.tr("Updating the verdicts of your evaluations for this version of the app…"),
            self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Updating the library"))
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(500)

        def step(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

        try:
            self.library.reanalyse(step, dialog.wasCanceled)
        finally:
            dialog.reset()
            dialog.deleteLater()

    def resort(self) -> None:
        """Show the list in the order the Sort box names (the entries are not read again)."""
        sort = self.sort.currentData() or "updated"
        current = self.current_id()
        kept = list(self._kept_ids)
        self._selecting = True
        try:
            self.model.set_entries(self.model.sorted_entries(sort))
        finally:
            self._selecting = False
        self._select(kept, current, keep=True)
        self._update_buttons()

    def apply_search(self) -> None:
        """Filter by the search field now (typing does this after a short pause)."""
        self._search_timer.stop()
        current = self.current_id()
        kept = list(self._kept_ids)
        self._selecting = True  # rows the search hides leave the selection, not the memory of it
        try:
            self.proxy.set_search(self.search.text())
        finally:
            self._selecting = False
        self._select(kept, current, keep=True)
        self._update_empty()
        self._update_buttons()

    def _update_empty(self) -> None:
        shown = self.proxy.rowCount()
        if not shown and self.proxy.searching:
            self.empty_label.setText(self.tr("Nothing matches your search."))
        elif not shown:
            self.empty_label.setText(self.tr(
                "No evaluations yet. Were you just pitched an offer? Click \u201cI've been pitched an "
                "opportunity\u201d and answer a few questions in the recruiter's words. Or click New for "
                "the full form, or start from one of the examples."))
        self.empty_label.setVisible(not shown)

    def _proxy_index(self, entry_id: int, column: int = 0) -> QModelIndex:
        row = self.model.row_of(entry_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, column))

    def _select(self, ids: list[int], current: int | None = None, keep: bool = False) -> None:
        """Select the shown rows of these entries (one selection call) and scroll to the current.
        ``keep``: remember ``ids`` as the user's selection even if the search hides some."""
        selection = QItemSelection()
        for entry_id in ids:
            index = self._proxy_index(entry_id)
            if index.isValid():
                selection.select(index, index)
        model = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag
        self._selecting = True
        try:
            model.select(selection, flags.ClearAndSelect | flags.Rows)
            current_index = self._proxy_index(current) if current is not None else QModelIndex()
            if not current_index.isValid() and not selection.isEmpty():
                current_index = selection.indexes()[0]
            if current_index.isValid():
                model.setCurrentIndex(current_index, flags.NoUpdate)
                self.table.scrollTo(current_index)
        finally:
            self._selecting = False
        self._kept_ids = list(ids) if keep else self.selected_ids()

    def _on_selection_changed(self, *_args) -> None:
        if not self._selecting:
            self._kept_ids = self.selected_ids()
        self._update_buttons()

    def entry_count(self) -> int:
        """How many entries the list shows (after the search)."""
        return self.proxy.rowCount()

    def shown_entries(self) -> list:
        """The entries as listed, top to bottom (``evaluator.storage.library.Entry``)."""
        rows = (self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in range(self.proxy.rowCount()))
        return [self.model.entries[row] for row in rows]

    def cell(self, entry_id: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):
        """What the list shows for this entry in this column (None if it is not shown)."""
        index = self._proxy_index(entry_id, column)
        return self.proxy.data(index, role) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = self.table.selectionModel().selectedRows(NAME)
        return [index.data(ID_ROLE) for index in sorted(rows, key=lambda i: i.row())]

    def current_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_id(self, entry_id: int) -> None:
        self._select([entry_id], entry_id)

    def _on_activated(self, index: QModelIndex) -> None:
        entry_id = index.data(ID_ROLE)
        if entry_id is not None:
            self.open_requested.emit(entry_id)

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
            self.example_requested.emit(item.data(Qt.ItemDataRole.UserRole))

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
        if name is None or name.strip() == entry.name:
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
        self.undo_available.emit(True)
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
        self.undo_available.emit(False)
        self.snackbar.hide()
        self.refresh()
        self._select(ids, ids[0] if ids else None)

    def import_files(self) -> list[int]:
        """Import an evaluation file, or every readable entry of another (possibly damaged)
        library file, such as the one a recovery kept aside."""
        path = dialogs.ask_open_file(self, self.tr("Import evaluation"), with_libraries=True)
        if not path:
            return []
        if _is_library_file(path):
            return self._import_library(path)
        try:
            entry_id = self.library.import_file(path)
        except fileformat.EvaluationFileError as exc:
            dialogs.show_error(self, self.tr("Cannot import"),
                               self.tr("%1 is not a valid evaluation file.").replace("%1", Path(path).name),
                               exc.render(self.lang))
            return []
        self.refresh(select_id=entry_id)
        return [entry_id]

    def _import_library(self, path: str) -> list[int]:
        try:
            ids, found = self.library.import_library(path)
        except (OSError, sqlite3.DatabaseError) as exc:
            log.exception("importing the library file %r failed", path)
            dialogs.show_error(self, self.tr("Cannot import"),
                               self.tr("%1 cannot be read as a library.").replace("%1", Path(path).name),
                               str(exc))
            return []
        text = self.tr("%1 evaluations were imported from %2.").replace(
            "%1", str(len(ids))).replace("%2", Path(path).name)
        if found.lost or not found.readable:
            text += "\n\n" + self.tr("%1 could not be read: that part of the file is damaged.").replace(
                "%1", str(found.lost))
        dialogs.show_info(self, self.tr("Import from a library"), text)
        self.refresh(select_id=ids[0] if ids else None)
        return ids

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
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()


def _is_library_file(path: str) -> bool:
    """True for an SQLite database (a library file), by its header; never blocks on a FIFO."""
    try:
        with open(path, "rb", buffering=0, opener=lambda p, f: os.open(p, f | os.O_NONBLOCK)) as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return False
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


__all__ = ["LibraryFilter", "LibraryModel", "LibraryView"]
