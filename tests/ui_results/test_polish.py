"""Polish a new user hit (issue 13 item 7), each checked on the real widgets."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from evaluator.ui.results_panel import ResultsPanel

from .samples import DEALER, analysis_of, evaluation, results_panel


def _panel(qtbot) -> ResultsPanel:
    panel = results_panel(qtbot, size=(700, 600), show=True, ev=evaluation())
    qtbot.waitUntil(lambda: panel.canvases["headline"].draw_count == 1)
    qtbot.waitUntil(lambda: panel.scroll_area.verticalScrollBar().maximum() > 0)
    return panel


def test_the_mouse_wheel_over_a_chart_scrolls_the_results(qtbot):
    panel = _panel(qtbot)
    bar = panel.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0
    # Bring the chart into view, then turn the wheel over it.
    panel.scroll_area.ensureWidgetVisible(panel.chart_tabs)
    before = bar.value()
    canvas = panel.canvases["headline"]._canvas
    assert canvas is not None and canvas.isVisible()
    centre = QPointF(canvas.width() / 2, canvas.height() / 2)
    event = QWheelEvent(centre, canvas.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas, event)
    assert before < bar.maximum()
    assert bar.value() > before


def test_a_new_evaluation_starts_at_the_top(qtbot):
    panel = _panel(qtbot)
    bar = panel.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert bar.value() > 0
    panel.scroll_to_top()
    assert bar.value() == 0


def test_an_all_zero_axis_does_not_repeat_zero(qtbot):
    from matplotlib.figure import Figure

    from evaluator import charts
    from evaluator.core.model import Evaluation

    ev = Evaluation.new("Empty")
    ax = Figure().add_subplot()
    charts.draw_cumulative(ax, analysis_of(ev, "en"), charts.ChartStyle.for_screen("en", "EUR"))
    ax.figure.canvas.draw()
    labels = [t.get_text() for t in ax.get_yticklabels() if t.get_text()]
    # The span is widened to -1 .. 1: distinct ticks, one of them "€0".
    assert labels.count("€0") == 1 and len(set(labels)) == len(labels)


def test_dealer_cards_show_no_loss_warning(qtbot):
    panel = _panel(qtbot)
    ev = evaluation(DEALER)
    panel.set_analysis(ev, analysis_of(ev, "en"))
    assert not panel.headline_cards["you"].warning
