"""A number typed beyond a simulation setting's limit is kept as typed, not cut (session 9, item 1).

The document's market size and seed boxes and the exploratory run's seed swallowed the digit that
took a number beyond the model's limit: 10000000000000 (13 digits; the model allows at most
1,000,000,000,000) became 1000000000000 and went into the document as an edit. Now they behave as
the exploratory market size already did: the text stays as typed, a message under the box names
the field and its limit, the document is not changed, and Run refuses while the seed is invalid.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from evaluator.ui.simulation_view import SimulationView, wait_for_workers

from ..ui_results.samples import evaluation
from ..ui_results.test_simulation_view import fake_engine

THIRTEEN = "10000000000000"  # 10^13: ten times the model's market-size limit (10^12)
TWENTY = "12345678901234567890"  # beyond the seed's limit 2^63 - 1 = 9223372036854775807


def _make(qtbot, lang: str) -> SimulationView:
    calls: list = []
    view = SimulationView(lang=lang, simulate=fake_engine(calls))
    view.calls = calls  # type: ignore[attr-defined]
    view.edits = []  # type: ignore[attr-defined]
    view.settings_edited.connect(lambda path, value: view.edits.append((path, value)))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.set_evaluation(evaluation())
    return view


@pytest.fixture
def view(qtbot):
    view = _make(qtbot, "en")
    yield view
    view.cancel()
    assert wait_for_workers(30_000)


def _type(qtbot, box, text: str) -> QLineEdit:
    box.setFocus()
    edit = box.lineEdit()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    return edit


def test_a_document_market_size_beyond_the_limit_stays_and_is_not_stored(qtbot, view):
    sim = view._evaluation.simulation
    box = view.doc_market_spin
    before = box.value()
    assert before == sim.market_size
    edit = _type(qtbot, box, THIRTEEN)
    assert edit.text() == THIRTEEN  # every digit kept (was 1000000000000)
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field changes nothing either
    assert edit.text() == THIRTEEN
    expected = "Market size: at most 1,000,000,000,000 in a simulation; you typed 10,000,000,000,000."
    assert view.doc_market_error.isVisible() and view.doc_market_error.text() == expected
    assert box.property("invalid") is True
    assert box.value() == before
    qtbot.wait(700)  # past the 400 ms pause after which an edit goes to the document
    assert view.edits == []  # the document is unchanged: no cut value stored
    # corrected: the message goes and the number typed becomes one edit
    edit = _type(qtbot, box, "2000000")
    assert not view.doc_market_error.isVisible() and box.property("invalid") is False
    qtbot.waitUntil(lambda: view.edits == [("simulation.market_size", 2_000_000)], timeout=3000)


def test_a_document_seed_beyond_the_limit_stays_and_is_not_stored(qtbot, view):
    box = view.doc_seed_spin
    edit = _type(qtbot, box, TWENTY)
    assert edit.text() == TWENTY
    expected = ("Random seed: at most 9,223,372,036,854,775,807; "
                "you typed 12,345,678,901,234,567,890.")
    assert view.doc_seed_error.isVisible() and view.doc_seed_error.text() == expected
    qtbot.wait(700)
    # a typed prefix in range may have been sent on the way only if the typing paused; here it did
    # not, and the last value in range is the document's own seed: nothing sent
    assert view.edits == []
    assert box.value() == view._evaluation.simulation.seed


def test_an_exploratory_seed_beyond_the_limit_refuses_run(qtbot, view):
    box = view.seed_spin
    edit = _type(qtbot, box, TWENTY)
    assert edit.text() == TWENTY
    expected = ("Random seed: at most 9,223,372,036,854,775,807; "
                "you typed 12,345,678,901,234,567,890.")
    assert view.seed_error.isVisible() and view.seed_error.text() == expected
    view.run_button.click()
    assert view.calls == [] and view.status_label.text() == expected  # refused, saying why
    edit = _type(qtbot, box, "42")
    assert not view.seed_error.isVisible() and view.status_label.text() == ""
    with qtbot.waitSignal(view.simulation_finished, timeout=10_000):
        view.run_button.click()
    assert view.calls[0]["seed"] == 42


def test_the_dutch_messages_use_dutch_grouping(qtbot):
    view = _make(qtbot, "nl")
    _type(qtbot, view.doc_market_spin, THIRTEEN)
    assert "1.000.000.000.000" in view.doc_market_error.text()
    assert "10.000.000.000.000" in view.doc_market_error.text()
    _type(qtbot, view.doc_seed_spin, TWENTY)
    # exact, not through a float (9.223.372.036.854.776.000)
    assert "9.223.372.036.854.775.807" in view.doc_seed_error.text()
    assert "12.345.678.901.234.567.890" in view.doc_seed_error.text()
    assert view.doc_seed_spin.lineEdit().text() == TWENTY  # a seed is never grouped in its box
