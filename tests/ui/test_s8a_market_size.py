"""The exploratory run's market size keeps what was typed (review 8, item 7).

Typing 300000000 into "Market size" (the core handles at most 10,000,000) gave 3,000,000 with no
message: the spin box swallowed the ninth digit. Now the text stays as typed, is marked with a
message naming the field and the limit, and Run is refused with that message; the value to run
with stays the one from before the typing (not the 3,000,000 typed on the way).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from evaluator.core.simulation import MAX_PARTICIPANTS
from evaluator.ui.simulation_view import SimulationView, wait_for_workers

from ..ui_results.samples import evaluation
from ..ui_results.test_simulation_view import fake_engine
from .test_s9a_whole_number_limits import _type


@pytest.fixture
def view(qtbot):
    calls: list = []
    view = SimulationView(lang="en", simulate=fake_engine(calls))
    view.calls = calls  # type: ignore[attr-defined]
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_evaluation(evaluation())
    yield view
    view.cancel()
    assert wait_for_workers(30_000)


def _type_market(qtbot, view, text: str) -> QLineEdit:
    return _type(qtbot, view.participants_spin, text)


def test_a_market_size_beyond_the_limit_stays_as_typed_and_is_refused(qtbot, view):
    assert MAX_PARTICIPANTS == 10_000_000
    before = view.participants_spin.value()
    edit = _type_market(qtbot, view, "300000000")
    assert edit.text() == "300000000"  # every digit kept
    view.run_button.setFocus()  # leaving the field (Tab) changes nothing either
    assert edit.text() == "300000000"
    expected = "Market size: at most 10,000,000 in a simulation; you typed 300,000,000."
    assert view.participants_error.isVisible() and view.participants_error.text() == expected
    assert view.participants_spin.property("invalid") is True
    assert view.participants_spin.value() == before  # not the 3,000,000 typed on the way
    view.run_button.click()
    assert view.calls == [] and view.status_label.text() == expected  # refused, saying why
    # corrected: the message goes, and Run runs with the number typed
    edit = _type_market(qtbot, view, "3000000")
    assert not view.participants_error.isVisible()
    assert view.participants_spin.property("invalid") is False
    with qtbot.waitSignal(view.simulation_finished, timeout=10_000):
        view.run_button.click()
    assert view.calls[0]["participants"] == 3_000_000


def test_the_dutch_message_uses_dutch_grouping(qtbot):
    view = SimulationView(lang="nl", simulate=fake_engine([]))
    qtbot.addWidget(view)
    view.set_evaluation(evaluation())
    edit = _type_market(qtbot, view, "12000000")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "12000000"
    assert "10.000.000" in view.participants_error.text() and "12.000.000" in view.participants_error.text()
