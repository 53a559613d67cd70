"""A matplotlib figure inside a Qt widget that draws lazily.

matplotlib costs most of the app's cold start, so it is imported on the first draw, not when this
module is imported. The canvas draws only while it is visible (a hidden tab waits until it is
shown) and in sight (a chart scrolled out of view waits until it is scrolled into view: a draw
takes a tenth of a second or more of the GUI thread, and holds Python's lock that the verdict's
simulation needs), and only when its data changed since the last draw (``set_painter`` with a new
``key``) or the palette switched between light and dark.

Every canvas offers the chart actions of :mod:`.chart_actions` (copy, save as PNG/SVG, show as a
table) from its "Chart" button, its context menu (also the Menu key) and Ctrl+C while focused.
``name`` (set by the owner) is the chart's title in the table view and its default file name.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton, QVBoxLayout, QWidget

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
        self._placeholder.installEventFilter(self)  # painted: in sight again (see _exposed)
        self._expose_timer = QTimer(self, singleShot=True, interval=0)
        self._expose_timer.timeout.connect(self.redraw_if_needed)
        self.name = ""  # the chart's title for its table view and file name (set by the owner)
        self._make_actions()

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
        self._update_actions()

    def redraw_if_needed(self) -> None:
        if self._painter is None or not self._exposed():
            return
        if self._stale():
            self.draw()

    def _stale(self) -> bool:
        return self._dirty or self._drawn_dark != is_dark(self.palette())

    def _exposed(self) -> bool:
        """Visible and at least partly in sight (not scrolled out of its scroll area's view)."""
        return self.isVisible() and not self.visibleRegion().isEmpty()

    def _painted(self) -> None:
        """A part of the chart is being painted, so it is in sight: draw it if it waits (just
        after the paint, not inside it)."""
        if self._painter is not None and self._stale() and not self._expose_timer.isActive():
            self._expose_timer.start()

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
        self._update_actions()
        self.drawn.emit()

    # -- the chart actions ----------------------------------------------------------------------

    def _make_actions(self) -> None:
        self.copy_action = QAction(self.tr("Copy chart"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)  # shown in the menu; see keyPressEvent
        self.copy_action.triggered.connect(self.copy_chart)
        self.save_action = QAction(self.tr("Save chart as image…"), self)
        self.save_action.triggered.connect(self.save_chart)
        self.table_action = QAction(self.tr("Show chart as table…"), self)
        self.table_action.triggered.connect(self.show_table)
        self.menu = QMenu(self)
        self.menu.addActions([self.copy_action, self.save_action, self.table_action])
        self.menu_button = QToolButton(self)
        self.menu_button.setText(self.tr("Chart"))
        self.menu_button.setToolTip(self.tr("Copy the chart, save it as an image, or read it as a table"))
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setMenu(self.menu)
        self.menu_button.setAutoRaise(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(self.menu_button)
        self._layout.addLayout(row)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._update_actions()

    def _update_actions(self) -> None:
        available = self._painter is not None and self._figure is not None
        for action in (self.copy_action, self.save_action, self.table_action):
            action.setEnabled(available)
        self.menu_button.setEnabled(available)

    def _ready_figure(self):
        """The figure with the current data drawn (drawn now if it waits), or None."""
        if self._painter is None:
            return None
        if self._figure is None or self._dirty:
            self.draw()
        return self._figure

    def copy_chart(self):
        """Copy the chart to the clipboard as an image (returns the QImage, None if no chart)."""
        from .chart_actions import copy_image

        figure = self._ready_figure()
        return copy_image(figure) if figure is not None else None

    def save_chart(self) -> str | None:
        from .chart_actions import save_image

        figure = self._ready_figure()
        return save_image(self.window(), figure, self.name or self.tr("chart")) if figure is not None else None

    def table(self):
        """The drawn chart's data (a ChartTable), None when nothing is drawn."""
        from .chart_actions import table_of

        figure = self._ready_figure()
        return table_of(figure, self.name) if figure is not None else None

    def show_table(self):
        """Open the table view of the chart (non-modal); returns the dialog."""
        from .chart_actions import ChartTableDialog
        from .format import ui_language

        table = self.table()
        if table is None:
            return None
        dialog = ChartTableDialog(table, ui_language(), self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # Ctrl+C on a focused chart copies it. A key press rather than a shortcut: the window's
        # own Copy shortcut would make a second one ambiguous.
        if event.matches(QKeySequence.StandardKey.Copy) and self._painter is not None:
            self.copy_chart()
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt naming; mouse and Menu key)
        self._update_actions()
        self.menu.popup(event.globalPos())

    # -- Qt events ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self.redraw_if_needed()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().paintEvent(event)
        self._painted()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.redraw_if_needed()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        """A wheel turned over a chart scrolls the page around it: the charts do not zoom, and
        matplotlib's canvas would otherwise swallow the event. A paint of the canvas or the
        placeholder means the chart is in sight (``_painted``)."""
        if event.type() == QEvent.Type.Paint and (obj is self._canvas or obj is self._placeholder):
            self._painted()
            return False
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
        canvas.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the ChartCanvas takes focus (keys, menu)
        canvas.installEventFilter(self)  # the mouse wheel scrolls the page, not the chart
        self._layout.insertWidget(self._layout.count() - 1, canvas)  # above the Chart button
        self._figure, self._canvas = figure, canvas
        return figure, canvas


def _safe_equal(a: Any, b: Any) -> bool:
    try:
        return bool(a == b)
    except (ValueError, TypeError):  # e.g. numpy arrays, whose == gives no single truth value
        return False
