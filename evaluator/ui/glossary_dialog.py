"""The glossary dialog: a search field, the list of terms and the chosen term's explanation.

It owns only the presentation; the entries and the search live in ``evaluator.core.glossary``.
Entry texts follow the ``lang`` the caller gives; the dialog's own words are Qt translations.
Every text shown is escaped, so a search for "<b>" shows "<b>".

For the rest of the app:
- ``open_glossary(parent, lang, key=None)``: show the (one, non-modal) glossary of ``parent``,
  on ``key`` if given; returns the dialog.
- ``open_for_field(parent, lang, path)``: the same, on the first entry naming a model field path
  (``offer.requirements.monthly_volume``, list indices allowed); None when no entry names it.
- ``has_entry(path)``: whether a "?" beside that field would lead anywhere.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QAbstractListModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QUrl, Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core import glossary
from ..core.i18n import norm_lang
from .single_window import bring_to_front, reuse_or_create
from .dialogs import resize_within_screen

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class GlossaryModel(QAbstractListModel):
    """The glossary entries currently listed (all, or those matching a search)."""

    def __init__(self, lang: str, parent: QObject | None = None):
        super().__init__(parent)
        self.lang = norm_lang(lang)
        self._rows: list[glossary.Entry] = glossary.entries(self.lang)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return e.term(self.lang)
        if role == Qt.ItemDataRole.ToolTipRole:
            return ", ".join(e.aliases(self.lang))
        if role == KEY_ROLE:
            return e.key
        return None

    def set_query(self, text: str) -> None:
        self.beginResetModel()
        self._rows = glossary.search(text, self.lang)
        self.endResetModel()

    def set_lang(self, lang: str, query: str) -> None:
        self.lang = norm_lang(lang)
        self.set_query(query)

    def row_of(self, key: str) -> int:
        return next((i for i, e in enumerate(self._rows) if e.key == key), -1)

    def keys(self) -> list[str]:
        return [e.key for e in self._rows]


class GlossaryDialog(QDialog):
    """Search field, list of terms, explanation; keyboard-only usable (type, arrows, Enter, Esc)."""

    term_shown = Signal(str)  # the key of the entry now shown
    guide_requested = Signal(str)  # a guide:<section> link was followed

    def __init__(self, lang: str = "en", parent: QWidget | None = None, key: str | None = None):
        super().__init__(parent)
        self.lang = norm_lang(lang)
        self._current: str | None = None
        self.setObjectName("glossaryDialog")

        self.search_label = QLabel()
        self.search = QLineEdit()
        self.search.setObjectName("glossarySearch")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)

        self.model = GlossaryModel(self.lang, self)
        self.list = QListView()
        self.list.setObjectName("glossaryTerms")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setSpacing(2)

        self.text = QTextBrowser()
        self.text.setObjectName("glossaryText")
        self.text.document().setDocumentMargin(12)
        self.text.document().setDefaultStyleSheet("p, li { line-height: 125%; } h3 { margin-top: 14px; }")
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._follow)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.search_label)
        row.addWidget(self.search, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(self.list, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.text)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([310, 560])

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.search, self.list)
        self.setTabOrder(self.list, self.text)

        self.search.textChanged.connect(self._on_query)
        self.search.installEventFilter(self)
        self.list.selectionModel().currentChanged.connect(self._on_current)
        resize_within_screen(self, 880, 600)
        self.retranslate()
        self._select_row(0)
        if key:
            self.show_term(key)
        self.search.setFocus()

    # --- public API ---------------------------------------------------------------------------

    def show_term(self, key: str) -> bool:
        """Show the entry ``key`` (clearing a search that hides it). False if there is none."""
        try:
            glossary.entry(key)
        except KeyError:
            return False
        if self.model.row_of(key) < 0:
            self.search.clear()  # resets the list to every entry
        self._select_row(self.model.row_of(key))
        return True

    def current_key(self) -> str | None:
        return self._current

    def listed_keys(self) -> list[str]:
        return self.model.keys()

    def set_lang(self, lang: str) -> None:
        """Show the entries in another language, keeping the current term."""
        key = self._current
        self.lang = norm_lang(lang)
        self.model.set_lang(self.lang, self.search.text())
        self.retranslate()
        if key and self.model.row_of(key) >= 0:
            self._select_row(self.model.row_of(key))
        else:
            self._select_row(0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Glossary"))
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("A word, e.g. PV or autoship"))
        self.search.setAccessibleName(self.tr("Search the glossary"))
        self.list.setAccessibleName(self.tr("Terms"))
        self.text.setAccessibleName(self.tr("Explanation"))
        if self._current:
            self._render(glossary.entry(self._current))
        elif self.model.rowCount() == 0:
            self._render_no_match()

    # --- behaviour ----------------------------------------------------------------------------

    def eventFilter(self, obj, event):
        # In the search field, arrows move through the list and Enter goes to it, so that a
        # keyboard user can type, pick and read without leaving the keys.
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}
            if key in moves and self.model.rowCount():
                row = self.list.currentIndex().row() if self.list.currentIndex().isValid() else -1
                self._select_row(max(0, min(self.model.rowCount() - 1, row + moves[key])))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                self.list.setFocus()
                return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event):
        if event.matches(QKeySequence.StandardKey.Find):
            self.search.setFocus()
            self.search.selectAll()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # Enter never closes the dialog; Esc and Close do
        super().keyPressEvent(event)

    def _on_query(self, text: str) -> None:
        keep = self._current
        self.model.set_query(text)
        row = self.model.row_of(keep) if keep else -1
        self._select_row(0 if row < 0 or text.strip() else row)

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)
            self._on_current(index)
        else:
            self._current = None
            self._render_no_match()

    def _on_current(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        key = index.data(KEY_ROLE) if index.isValid() else None
        if not key:
            return
        if key != self._current:
            self._current = key
            self._render(glossary.entry(key))
            self.term_shown.emit(key)

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "glossary":
            self.show_term(url.path())
        elif scheme == "guide":
            self.guide_requested.emit(url.path())
        # nothing else is followed: the glossary has no web links, and the app opens none

    # --- rendering (everything escaped) -------------------------------------------------------

    def _render(self, e: glossary.Entry) -> None:
        lang = self.lang
        other = "en" if lang == "nl" else "nl"
        names = [e.term(other), *e.aliases(lang)]
        seen: set[str] = {glossary.normalize(e.term(lang))}
        also = []
        for n in names:
            if glossary.normalize(n) not in seen:
                seen.add(glossary.normalize(n))
                also.append(n)
        parts = [f"<h2>{escape(e.term(lang))}</h2>"]
        if also:
            parts.append("<p><i>" + escape(self.tr("Also called: %1").replace("%1", ", ".join(also))) + "</i></p>")
        parts.append(f"<p>{escape(e.text(lang))}</p>")
        parts.append("<h3>" + escape(self.tr("Example")) + "</h3>")
        parts.append(f"<p>{escape(e.example(lang))}</p>")
        labels = []
        for path in e.fields:
            label = glossary.field_label(path, lang)
            if label and label not in labels:
                labels.append(label)
        if labels:
            parts.append("<h3>" + escape(self.tr("Where you enter it")) + "</h3>")
            parts.append("<ul>" + "".join(f"<li>{escape(x)}</li>" for x in labels) + "</ul>")
        if e.see_also:
            links = ", ".join(f'<a href="glossary:{escape(k)}">{escape(glossary.entry(k).term(lang))}</a>'
                              for k in e.see_also)
            parts.append("<p>" + escape(self.tr("See also:")) + " " + links + "</p>")
        # keep an amount on one line: '€ 1.250' never breaks after the euro sign
        self.text.setHtml("".join(parts).replace("€ ", "€\u00a0"))

    def _render_no_match(self) -> None:
        query = self.search.text().strip()
        self.text.setHtml(
            "<p>" + escape(self.tr("No term matches \u201c%1\u201d.").replace("%1", query)) + "</p>"
            "<p>" + escape(self.tr("Try another word, or a shorter one.")) + "</p>")


def has_entry(path: str) -> bool:
    return bool(glossary.for_field(path))


def open_glossary(parent: QWidget | None, lang: str, key: str | None = None) -> GlossaryDialog:
    """Show the glossary (one per parent window, non-modal), on ``key`` if given."""
    dialog = reuse_or_create(parent, GlossaryDialog, lang, GlossaryDialog)
    if key:
        dialog.show_term(key)
    bring_to_front(dialog)
    return dialog


def open_for_field(parent: QWidget | None, lang: str, path: str) -> GlossaryDialog | None:
    """The glossary on the first entry naming the field ``path``; None if no entry names it."""
    found = glossary.for_field(path)
    if not found:
        return None
    return open_glossary(parent, lang, found[0].key)
