"""The user guide dialog: the guide's sections in a list, the chosen one in a QTextBrowser.

It owns only the presentation; the texts are Markdown files read by ``evaluator.core.guide`` in
the ``lang`` the caller gives. Nothing is loaded from outside: images and other resources are
refused; the app opens no web pages itself (see tests/reliability/test_static_safety.py), so a web
link copies its address to the clipboard and says so; ``glossary:<key>`` links open the glossary on that
term and ``guide:<key>`` links another section.

For the rest of the app: ``open_guide(parent, lang, section=None)`` shows the (one, non-modal)
guide of ``parent``, on ``section`` if given, and returns the dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QGuiApplication, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..core import guide
from ..core.i18n import norm_lang
from .single_window import bring_to_front, reuse_or_create
from .dialogs import resize_within_screen

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class _OfflineBrowser(QTextBrowser):
    """A text browser that never loads a resource (image, style sheet) from anywhere."""

    def loadResource(self, type_, url):  # noqa: N802 (Qt's name)
        return None


class GuideDialog(QDialog):
    """The guide, one section at a time; arrows in the section list, Tab to the text."""

    section_shown = Signal(str)
    term_requested = Signal(str)  # a glossary:<key> link was followed

    def __init__(self, lang: str = "en", parent: QWidget | None = None, section: str | None = None):
        super().__init__(parent)
        self.lang = norm_lang(lang)
        self.setObjectName("guideDialog")
        self._sections: list[guide.Section] = []
        self._current: str | None = None

        self.contents = QListWidget()
        self.contents.setObjectName("guideContents")
        self.contents.setSpacing(3)
        self.text = _OfflineBrowser()
        self.text.setObjectName("guideText")
        self.text.document().setDocumentMargin(12)
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._follow)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.contents)
        self.splitter.addWidget(self.text)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([270, 630])

        self.link_note = QLabel()
        self.link_note.setObjectName("guideLinkNote")
        self.link_note.setTextFormat(Qt.TextFormat.PlainText)
        self.link_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.link_note, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self.setTabOrder(self.contents, self.text)

        self.contents.currentItemChanged.connect(self._on_item)
        self.term_requested.connect(self._open_term)
        resize_within_screen(self, 900, 620)
        self._load()
        if section:
            self.show_section(section)
        self.contents.setFocus()

    # --- public API ---------------------------------------------------------------------------

    def show_section(self, key: str) -> bool:
        for row in range(self.contents.count()):
            if self.contents.item(row).data(KEY_ROLE) == key:
                self.contents.setCurrentRow(row)
                return True
        return False

    def current_section(self) -> str | None:
        return self._current

    def section_keys(self) -> list[str]:
        return [s.key for s in self._sections]

    def set_lang(self, lang: str) -> None:
        key = self._current
        self.lang = norm_lang(lang)
        self._load()
        if key:
            self.show_section(key)

    # --- behaviour ----------------------------------------------------------------------------

    def _load(self) -> None:
        self.setWindowTitle(self.tr("User guide"))
        self.contents.setAccessibleName(self.tr("Contents"))
        self.text.setAccessibleName(self.tr("Guide text"))
        self._current = None
        self.contents.blockSignals(True)
        self.contents.clear()
        try:
            self._sections = guide.sections(self.lang)
        except guide.GuideMissing:
            self._sections = []
        for s in self._sections:
            item = QListWidgetItem(s.title)
            item.setData(KEY_ROLE, s.key)
            self.contents.addItem(item)
        self.contents.blockSignals(False)
        if self._sections:
            self.contents.setCurrentRow(0)
            self._on_item(self.contents.currentItem())
        else:
            self.text.setPlainText(self.tr("The user guide is missing from this installation."))

    def _on_item(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        key = item.data(KEY_ROLE)
        found = next((s for s in self._sections if s.key == key), None)
        if found is None or key == self._current:
            return
        self._current = key
        self.link_note.clear()
        self.text.setMarkdown(found.markdown)
        _style_document(self.text)
        self.text.verticalScrollBar().setValue(0)
        self.section_shown.emit(key)

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "guide":
            self.show_section(url.path())
        elif scheme == "glossary":
            self.term_requested.emit(url.path())
        elif scheme == "https":
            address = url.toString()
            QGuiApplication.clipboard().setText(address)
            self.link_note.setText(self.tr("Web address copied, paste it into your browser: %1").replace("%1", address))

    def _open_term(self, key: str) -> None:
        from .glossary_dialog import open_glossary

        open_glossary(self, self.lang, key)


def _style_document(browser: QTextBrowser) -> None:
    """Calmer headings and a little line spacing than Qt's Markdown defaults (whose second-level
    headings are almost as large as the title and sit tight against the text above)."""
    base = browser.font().pointSizeF()
    if base <= 0:
        base = 10.0
    sizes = {1: base * 1.6, 2: base * 1.25, 3: base * 1.1}
    block = browser.document().begin()
    cursor = QTextCursor(browser.document())
    cursor.beginEditBlock()
    while block.isValid():
        fmt = block.blockFormat()
        level = fmt.headingLevel()
        cursor.setPosition(block.position())
        fmt.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if level in sizes:
            fmt.setTopMargin(0 if level == 1 else base * 1.2)
            fmt.setBottomMargin(base * 0.6)
            cursor.setBlockFormat(fmt)
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            chars = QTextCharFormat()
            chars.setFontPointSize(sizes[level])
            cursor.mergeCharFormat(chars)
        else:
            cursor.setBlockFormat(fmt)
        block = block.next()
    cursor.endEditBlock()


def open_guide(parent: QWidget | None, lang: str, section: str | None = None) -> GuideDialog:
    """Show the guide (one per parent window, non-modal), on ``section`` if given."""
    dialog = reuse_or_create(parent, GuideDialog, lang, GuideDialog)
    if section:
        dialog.show_section(section)
    bring_to_front(dialog)
    return dialog
