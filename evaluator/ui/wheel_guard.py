"""The mouse wheel over a value widget that does not have the focus scrolls the page instead.

Qt's combo boxes, spin boxes and sliders take a wheel turn over them as a change of their value,
with or without the focus, so turning the wheel to scroll a long form changes whatever value
passes under the pointer (review 8, item 2). Standard desktop behaviour is to change a value by
wheel only once the user has chosen the widget (clicked or tabbed into it). ``guard`` gives a
widget that behaviour: it takes the focus by click and Tab only (``Qt.StrongFocus``, not by
wheel), and one shared event filter hands a wheel event over it, while it has no focus, to the
scroll area around it (its viewport, so the page scrolls as over any other part of it). Handed on
explicitly rather than ignored: Qt passes an ignored wheel event up to the parents only when it
came from the window system.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QComboBox, QWidget

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


class _WheelGuard(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Wheel and isinstance(obj, QWidget) and not obj.hasFocus() \
                and isinstance(event, QWheelEvent):
            viewport = _scrolling_viewport(obj)
            if viewport is None:  # no scroll area: the parents get it (a real wheel turn)
                event.ignore()
                return True
            position = viewport.mapFrom(obj.window(), obj.mapTo(obj.window(), event.position()))
            moved = QWheelEvent(position, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                                event.buttons(), event.modifiers(), event.phase(), event.inverted(),
                                event.source())
            QCoreApplication.sendEvent(viewport, moved)
            return True
        return False


def _scrolling_viewport(widget: QWidget) -> QWidget | None:
    """The viewport of the nearest scroll area that ``widget`` lies in, or None."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.viewport().isAncestorOf(widget):
            return parent.viewport()
        parent = parent.parentWidget()
    return None


_GUARD: _WheelGuard | None = None


def _guard_object() -> _WheelGuard:
    global _GUARD
    if _GUARD is None:
        _GUARD = _WheelGuard()
    return _GUARD


def guard(*widgets: QWidget) -> None:
    """Let each widget change by wheel only while it has the focus (installing twice is harmless:
    Qt keeps one entry per filter)."""
    keeper = _guard_object()
    for widget in widgets:
        if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(keeper)


def guard_children(root: QWidget) -> None:
    """``guard`` every combo box, spin box and slider inside ``root`` now."""
    for kind in GUARDED:
        guard(*root.findChildren(kind))


__all__ = ["guard", "guard_children"]
