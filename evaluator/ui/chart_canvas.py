"""A matplotlib figure inside a Qt widget that draws lazily.

matplotlib costs most of the app's cold start, so it is imported on the first draw, not when this
module is imported. The canvas draws only while it is visible (a hidden tab waits until it is
shown) and only when its data changed since the last draw (``set_painter`` with a new ``key``) or
the palette switched between light and dark.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from .format import is_dark

if TYPE_CHECKING:  # matplotlib is imported when the first chart is drawn, not at start-up
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

# painter(ax, dark) draws one chart on a fresh Axes; ``dark`` says whether the palette is dark.
Painter = Callable[[Any, bool], None]

_NO_KEY = object()


class ChartCanvas(QWidget):
    drawn = Signal()

    def __init__(self, parent: QWidget | None = None, min_height: int = 280) -> None:
        super().__init__(parent)
        self._painter: Painter | None = None
        self._key: Any = _NO_KEY
        self._dirty = False
        self._drawn_dark: bool | None = None
        self._figure: "Figure | None" = None
        self._canvas: "FigureCanvasQTAgg | None" = None
        self.draw_count = 0
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QLabel(self.tr("The chart appears here."), self)
        self._placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._layout.addWidget(self._placeholder)

    # -- public API ---------------------------------------------------------------------------

    @property
    def figure(self):
        """The matplotlib Figure, or None before the first draw."""
        return self._figure

    @property
    def needs_redraw(self) -> bool:
        return self._dirty

    def set_painter(self, painter: Painter | None, key: Any = None) -> None:
        """Use ``painter`` from now on. ``key`` identifies the data: an equal key (compared with
        ``is`` or ``==``) keeps the current drawing; pass None to always redraw."""
        same = key is not None and self._painter is not None and (
            key is self._key or _safe_equal(key, self._key))
        self._painter = painter
        if same:
            return
        self._key = key if key is not None else _NO_KEY
        self._dirty = True
        self.redraw_if_needed()

    def set_placeholder(self, text: str) -> None:
        """Show a plain-text note instead of a chart (e.g. charts are not available)."""
        self._painter = None
        self._key = _NO_KEY
        self._dirty = False
        self._placeholder.setText(text)
        self._placeholder.show()
        if self._canvas is not None:
            self._canvas.hide()

    def redraw_if_needed(self) -> None:
        if self._painter is None or not self.isVisible():
            return
        if self._dirty or self._drawn_dark != is_dark(self.palette()):
            self.draw()

    def draw(self) -> None:
        """Draw now, visible or not (used by tests and screenshots)."""
        if self._painter is None:
            return
        fig, canvas = self._ensure_canvas()
        dark = is_dark(self.palette())
        fig.clear()
        window = self.palette().color(self.backgroundRole())
        fig.set_facecolor(window.name())
        ax = fig.add_subplot(111)
        try:
            self._painter(ax, dark)
        except Exception as exc:  # a chart must never take the window down
            log.exception("chart drawing failed")
            fig.clear()
            ax = fig.add_subplot(111)
            ax.set_axis_off()
            ax.text(0.5, 0.5, self.tr("This chart could not be drawn.") + "\n" + str(exc)[:200],
                    ha="center", va="center", wrap=True, transform=ax.transAxes,
                    color="white" if dark else "black")
        self._placeholder.hide()
        canvas.show()
        canvas.draw_idle()
        self._dirty = False
        self._drawn_dark = dark
        self.draw_count += 1
        self.drawn.emit()

    # -- Qt events ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self.redraw_if_needed()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.redraw_if_needed()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        """A wheel turned over a chart scrolls the page around it: the charts do not zoom, and
        matplotlib's canvas would otherwise swallow the event."""
        if obj is self._canvas and event.type() == QEvent.Type.Wheel:
            from PySide6.QtGui import QWheelEvent
            from PySide6.QtWidgets import QAbstractScrollArea, QApplication

            area = self.parentWidget()
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None:
                viewport = area.viewport()
                where = viewport.mapFromGlobal(event.globalPosition())
                QApplication.sendEvent(viewport, QWheelEvent(
                    where, event.globalPosition(), event.pixelDelta(), event.angleDelta(),
                    event.buttons(), event.modifiers(), event.phase(), event.inverted()))
            event.accept()
            return True  # never delivered to the canvas
        return super().eventFilter(obj, event)

    # -- internals ----------------------------------------------------------------------------

    def _ensure_canvas(self) -> "tuple[Figure, FigureCanvasQTAgg]":
        if self._figure is not None and self._canvas is not None:
            return self._figure, self._canvas
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(6, 3.2), dpi=100, layout="constrained")
        canvas = FigureCanvasQTAgg(figure)
        canvas.setParent(self)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setMinimumHeight(120)
        canvas.installEventFilter(self)  # the mouse wheel scrolls the page, not the chart
        self._layout.addWidget(canvas)
        self._figure, self._canvas = figure, canvas
        return figure, canvas


def _safe_equal(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except (ValueError, TypeError):  # e.g. numpy arrays, whose == gives no single truth value
        return False
