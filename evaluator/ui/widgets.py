"""Small shared widgets and writing a number back as the user types it.

Generic helpers every view uses live here (the results, simulation, compare and library views
import them from this module): labels that show user text literally, tooltips escaped the same
way, a scrolling column, headings and badges, and ``lazy_charts()``, which defers matplotlib.

Numbers are typed into line edits, not spin boxes: a spin box silently clamps or drops what the
user typed, and the editor promises that nothing typed is ever lost (an invalid value is marked
at the field instead). Reading them is ``evaluator.core.numbers`` (SPEC 9.5: Dutch and English
notation in either language, ambiguous texts never read silently one way).
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget,
)

from . import format as fmt


def format_number(value, lang: str = "en") -> str:
    """A number as the user types it: no grouping, the language's decimal separator."""
    if value is None:
        return ""
    if isinstance(value, str):  # raw text that did not parse: shown as typed
        return value
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) or float(value).is_integer():
        text = str(int(value))
    else:
        text = f"{value:.6f}".rstrip("0").rstrip(".")
        if text in ("0", "-0"):
            text = repr(float(value))
    return text.replace(".", ",") if lang == "nl" else text


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True,
                selectable: bool = True, label_class: type[QLabel] = QLabel) -> QLabel:
    """A label that shows ``text`` literally: no HTML, no links, no images (``label_class``:
    a QLabel subclass to make instead, e.g. ``text_label.TextLabel``)."""
    label = label_class(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def plain_tooltip(text: str) -> str:
    """Qt guesses whether a tooltip is rich text; escaping makes any text show literally."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>" if text else ""


def scrolling_column(owner: QWidget, spacing: int) -> tuple[QScrollArea, QWidget, QVBoxLayout]:
    """Fill ``owner`` with a frameless vertical scroll area; returns it, its content widget and
    the content's column layout (the shared frame of the results, simulation and compare views)."""
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(owner)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    outer.addWidget(scroll)
    content = QWidget()
    scroll.setWidget(content)
    col = QVBoxLayout(content)
    col.setContentsMargins(12, 8, 12, 12)
    col.setSpacing(spacing)
    return scroll, content, col


def heading_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = plain_label(text, parent, selectable=False)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2 if font.pointSizeF() > 0 else 11)
    label.setFont(font)
    label.setContentsMargins(0, 10, 0, 2)
    return label


def badge_label(text: str, colours: tuple[str, str], parent: QWidget | None = None) -> QLabel:
    label = plain_label(text, parent, wrap=False, selectable=False)
    label.setStyleSheet(fmt.badge_style(*colours))
    label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return label


class _LazyCharts:
    """``evaluator.charts``, imported on first attribute access (it imports matplotlib), so a
    view can be built before any chart is drawn."""

    def __getattr__(self, name: str):
        from .. import charts

        return getattr(charts, name)


_LAZY_CHARTS = _LazyCharts()


def lazy_charts() -> _LazyCharts:
    """A stand-in for ``evaluator.charts`` that imports it (and matplotlib) when first used."""
    return _LAZY_CHARTS


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a widget with the red border the editor's style sheet gives ``[invalid="true"]``."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


class ErrorLabel(QLabel):
    """The reason a field is invalid, shown under it; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.hide()

    def show_error(self, message: str | None) -> None:
        # The editor shows every field's problem again after each keystroke, nearly always the
        # same: a label already showing it (or already empty) is left alone, not laid out again.
        if message:
            if message != self.text():
                self.setText(message)
            if message != self.accessibleName():
                self.setAccessibleName(message)
            self.show()
        else:
            if self.text():
                self.clear()
            self.hide()


class Snackbar(QFrame):
    """A bar at the bottom of a view: a message, an action button (Undo) and a close button."""

    action_triggered = Signal()

    def __init__(self, parent: QWidget | None = None, timeout_ms: int = 10_000):
        super().__init__(parent)
        self.setObjectName("snackbar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.action_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.close_button.setFlat(True)
        self.close_button.setText("\u2715")
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._timer = QTimer(self, singleShot=True, interval=timeout_ms)
        self._timer.timeout.connect(self.hide)
        self.action_button.clicked.connect(self._on_action)
        self.close_button.clicked.connect(self.hide)
        self.hide()

    def show_message(self, message: str, action_text: str) -> None:
        self.label.setText(message)
        self.action_button.setText(action_text)
        self.action_button.setAccessibleName(action_text)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close"))
        self.show()
        self._timer.start()

    def _on_action(self) -> None:
        self.hide()
        self.action_triggered.emit()


class HelpLine(QLabel):
    """One or two lines at the bottom of the editor explaining the field that has the focus."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("helpLine")
        self.setWordWrap(True)
        self.setMinimumHeight(36)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTextFormat(Qt.TextFormat.PlainText)
