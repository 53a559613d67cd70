"""Scrolling the results with the wheel over the tax-rate box leaves your income-tax rate alone.

The "Before you join" view sits in the results' scroll area; its rate box is remembered between
sessions, so a wheel notch passing over it while scrolling (0.5 % a notch) would silently change
the after-tax figure of every evaluation. With the wheel guard (evaluator/ui/wheel_guard.py) an
unfocused box passes the wheel on; a focused one still steps by wheel.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QPoint, QPointF, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton  # noqa: E402

from tests.ui.test_decisions_view import DOC, shown_view  # noqa: E402


def _wheel(widget, notches: int) -> None:
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_the_unfocused_rate_box_does_not_change_the_rate(qtbot):
    from evaluator.ui.decisions_view import RATE_KEY

    QSettings().remove(RATE_KEY)
    view = shown_view(qtbot, DOC, "en")
    box = view.rate_box
    before = box.value()
    elsewhere = QPushButton(view)  # the focus is elsewhere, as while scrolling
    elsewhere.show()
    elsewhere.setFocus()
    _wheel(box, 2)
    assert box.value() == before  # unguarded: +2 x 0.5 = +1.0 %
    assert box.focusPolicy() == Qt.FocusPolicy.StrongFocus
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    _wheel(box, 2)  # once chosen, the wheel steps it as usual: 2 x 0.5 %
    assert box.value() == pytest.approx(before + 1.0)
    QSettings().remove(RATE_KEY)
