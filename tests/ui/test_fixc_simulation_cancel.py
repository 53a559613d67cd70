"""The Simulation tab keeps Cancel and the progress bar in view while a run goes on: starting a
run no longer hands the focus (and the scroll area with it) to the chart at the bottom, Cancel
has the keyboard focus, Esc cancels, and cancelling does not jump either."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from evaluator.resources import example_paths
from evaluator.ui import session as session_module


def _blocking_simulate(evaluation, progress=None, cancel=None, **kwargs):
    from evaluator.core.simulation import SimulationCancelled

    while not cancel():
        threading.Event().wait(0.01)
    raise SimulationCancelled()


def _simulation_tab(qtbot, window):
    window.resize(1024, 768)
    window.show()
    window.start_from_example(str(next(p for p in example_paths() if "doterra" in p.name)))
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=30_000)
    assert session_module.wait_for_verdicts(30_000)
    view = window.simulation_view
    window.right_tabs.setCurrentWidget(view)
    qtbot.waitUntil(view.isVisible)
    view._simulate = _blocking_simulate  # noqa: SLF001 - a run that lasts until cancelled
    view.participants_spin.setValue(5_000_000)
    bar = view.scroll_area.verticalScrollBar()
    # the document's simulation is shown below: the pane scrolls (it is taller than 768 pixels)
    qtbot.waitUntil(lambda: view.results_box.isVisible() and bar.maximum() > 0, timeout=30_000)
    assert bar.value() == 0
    return view, bar


def _in_view(view, widget) -> bool:
    """Whether the widget is wholly inside the scroll area's visible part."""
    viewport = view.scroll_area.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
    return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)


def test_run_keeps_cancel_in_view_with_the_focus_and_esc_cancels(qtbot, window):
    view, bar = _simulation_tab(qtbot, window)
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    assert view.is_running
    # before the fix the focus went on to the chart canvas and the pane scrolled to the bottom
    assert bar.value() == 0
    assert QApplication.focusWidget() is view.cancel_button
    assert _in_view(view, view.cancel_button) and _in_view(view, view.progress)
    qtbot.keyClick(view.cancel_button, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.is_running, timeout=10_000)
    assert view.status_label.text() == "Cancelled"
    assert bar.value() == 0 and _in_view(view, view.run_button)
    assert QApplication.focusWidget() is view.run_button  # ready for the next run


def test_clicking_cancel_does_not_jump(qtbot, window):
    view, bar = _simulation_tab(qtbot, window)
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    assert bar.value() == 0 and _in_view(view, view.progress)
    qtbot.waitUntil(lambda: not view.is_running, timeout=10_000)
    assert bar.value() == 0 and view.status_label.text() == "Cancelled"
    assert not view.cancel_shortcut.isEnabled()  # Esc is free again when nothing runs
