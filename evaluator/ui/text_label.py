"""Plain-text labels that remember their height for a width (the results' many wrapped texts).

A word-wrapped QLabel measures its text again each time a layout asks its height for a width,
and a selectable one (``TextSelectableByMouse``) does so by laying out a whole QTextDocument.
Qt's layouts forget those heights whenever a layout above them is activated, so one changed text
in the results made every one of their two hundred labels lay out its text again (most of the
GUI thread's time after an edit). ``TextLabel`` keeps the height per width until its text, font,
margins or wrapping change; ``text_label`` makes one the way ``widgets.plain_label`` does.

A selectable label also lays out, measures and paints its text through a QTextDocument, which
costs about four to ten times what a plain label's text layout does (a changed text: ~1 ms against
~0.1-0.3 ms). The text can only be selected with the mouse (``TextSelectableByMouse`` gives click
focus only), so a ``TextLabel`` is selectable while it can be: from the moment the mouse enters
it (or presses on it) until the mouse has left, it has no focus and nothing is selected. Its
sizes are the same either way (Qt measures plain text alike in both modes), so nothing moves.
``wanted_interaction`` says what the label offers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

_KEPT = 8  # widths remembered per label (a layout asks for a few)
_RESETS = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange)
_SELECTING = Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard


class TextLabel(QLabel):
    """A QLabel whose ``heightForWidth`` is remembered until what it depends on changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}
        self._wanted = Qt.TextInteractionFlag.NoTextInteraction  # what setTextInteractionFlags asked

    @property
    def wanted_interaction(self) -> Qt.TextInteractionFlag:
        """The interaction the label offers (selection is switched on when the mouse is over it)."""
        return self._wanted

    def setTextInteractionFlags(self, flags) -> None:  # noqa: N802 (Qt's name)
        self._wanted = Qt.TextInteractionFlag(flags)
        self._select(self.underMouse() or self.hasFocus())

    def _select(self, on: bool) -> None:
        """Switch text selection on (the mouse is over the label) or off (dormant)."""
        flags = self._wanted if on else self._wanted & ~_SELECTING
        if flags != super().textInteractionFlags():
            super().setTextInteractionFlags(flags)

    def enterEvent(self, event) -> None:  # noqa: N802
        self._select(True)
        super().enterEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (a press without an enter first)
        self._select(True)
        super().mousePressEvent(event)

    def leaveEvent(self, event) -> None:  # noqa: N802
        super().leaveEvent(event)
        self._rest()

    def focusOutEvent(self, event) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self._rest()

    def _rest(self) -> None:
        if not self.underMouse() and not self.hasFocus() and not self.hasSelectedText():
            self._select(False)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setWordWrap(self, on: bool) -> None:  # noqa: N802
        self._heights.clear()
        super().setWordWrap(on)

    def setMargin(self, margin: int) -> None:  # noqa: N802
        self._heights.clear()
        super().setMargin(margin)

    def setIndent(self, indent: int) -> None:  # noqa: N802
        self._heights.clear()
        super().setIndent(indent)

    def setTextFormat(self, fmt) -> None:  # noqa: N802
        self._heights.clear()
        super().setTextFormat(fmt)

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        height = self._heights.get(width)
        if height is None:
            height = super().heightForWidth(width)
            if len(self._heights) >= _KEPT:
                self._heights.clear()
            self._heights[width] = height
        return height

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() in _RESETS:
            self._heights.clear()
        super().changeEvent(event)


def text_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True,
               selectable: bool = True) -> QLabel:
    """A label that shows ``text`` literally (no HTML, links or images), as ``plain_label``."""
    from .widgets import plain_label

    return plain_label(text, parent, wrap=wrap, selectable=selectable, label_class=TextLabel)


__all__ = ["TextLabel", "text_label"]
