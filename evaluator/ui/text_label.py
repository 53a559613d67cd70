"""Plain-text labels that remember their height for a width (the results' many wrapped texts).

A word-wrapped QLabel measures its text again each time a layout asks its height for a width,
and a selectable one (``TextSelectableByMouse``) does so by laying out a whole QTextDocument.
Qt's layouts forget those heights whenever a layout above them is activated, so one changed text
in the results made every one of their two hundred labels lay out its text again (most of the
GUI thread's time after an edit). ``TextLabel`` keeps the height per width until its text, font,
margins or wrapping change; ``text_label`` makes one the way ``widgets.plain_label`` does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

_KEPT = 8  # widths remembered per label (a layout asks for a few)
_RESETS = (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange)


class TextLabel(QLabel):
    """A QLabel whose ``heightForWidth`` is remembered until what it depends on changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._heights: dict[int, int] = {}

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
