"""The mouse wheel over a drop-down without the focus scrolls the form (review 8, item 2).

Scrolling the plan editor passed the pointer over the fast start's "Paid on" combo, and each
wheel notch changed it (all volume -> customer sales only) and autosaved the change. Now a wheel
event over an unfocused combo or spin box goes to the scroll area around it; a focused one still
changes by wheel (standard desktop behaviour).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QScrollArea, QSlider

from evaluator.resources import example_paths

BASIS = "offer.payout.components[0].basis"  # the fast start's "Paid on"


def _wheel(widget, notches: int = -1) -> None:
    """One wheel turn over the middle of ``widget`` (negative: towards the user, scrolling down)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _fast_start(qtbot, make_window, library):
    window = make_window()
    window.resize(1024, 600)  # the payout page is taller than its scroll area
    window.show()
    qtbot.waitExposed(window)
    path = next(p for p in example_paths() if p.name == "mlm-unilevel-fast-start-matching.oppeval")
    entry_id = window.start_from_example(str(path))
    window.flush()
    window.editor.show_page("payout")
    combo = window.editor.findChild(QComboBox, BASIS)
    assert combo is not None and combo.currentData() == "all_volume"
    scroll = window.editor.pages[window.editor.page_index("payout")].widget
    assert isinstance(scroll, QScrollArea)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    window.editor.nav.setFocus()  # the focus is elsewhere, as when the user scrolls the page
    return window, entry_id, combo, scroll


def test_the_wheel_over_an_unfocused_combo_scrolls_the_form(qtbot, make_window, library):
    window, entry_id, combo, scroll = _fast_start(qtbot, make_window, library)
    state = window.editor.state()
    assert not combo.hasFocus()
    bar = scroll.verticalScrollBar()
    before = bar.value()
    _wheel(combo)
    assert combo.currentData() == "all_volume"  # unchanged
    assert window.editor.state() == state
    assert bar.value() > before  # the page scrolled instead
    assert not combo.hasFocus()  # the wheel does not take the focus either
    window.flush()
    assert library.get(entry_id).offer.payout.components[0].basis == "all_volume"


def test_the_wheel_over_a_focused_combo_still_changes_it(qtbot, make_window, library):
    window, _entry_id, combo, scroll = _fast_start(qtbot, make_window, library)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo)
    assert combo.currentData() != "all_volume"


def test_every_value_widget_of_the_window_is_guarded(qtbot, make_window, library):
    """Every combo, spin box and slider the editor, its tables, the what-if panel and the
    simulation view create takes no focus from the wheel and ignores it unfocused."""
    window, _entry_id, combo, _scroll = _fast_start(qtbot, make_window, library)
    widgets = [w for kind in (QComboBox, QAbstractSpinBox, QSlider)
               for root in (window.editor, window.simulation_view, window.whatif)
               for w in root.findChildren(kind)]
    assert len(widgets) > 10
    for widget in widgets:
        assert widget.focusPolicy() != Qt.FocusPolicy.WheelFocus, widget.objectName()
    for widget in (window.simulation_view.participants_spin, window.simulation_view.doc_months_spin):
        value = widget.value()
        _wheel(widget, 1)
        assert widget.value() == value, widget.objectName()
