"""The simulation tab says how many people "those who join when you do" are (figures audit,
session 9): in the gifting circle they are 7 people who all end with a profit while 94 % of
everyone lose, and "100.0% of people who join when you do" did not say it was 7."""

from __future__ import annotations

import pytest

from evaluator.ui.simulation_view import SimulationView, wait_for_workers

from ..ui_results.samples import evaluation
from ..ui_results.test_simulation_view import FakeResult, fake_engine


@pytest.fixture
def view(qtbot):
    view = SimulationView(lang="en", simulate=fake_engine([]))
    qtbot.addWidget(view)
    view.set_evaluation(evaluation())
    yield view
    view.cancel()
    assert wait_for_workers(30_000)


@pytest.mark.parametrize("size, summary, status", [
    (7, "7.5% of the 7 people who join when you do; 11.3% of everyone",
     "Up to date: 12,345 participants in all; of the 7 people who join when you do, 7.5% end with a profit."),
    (1200, "7.5% of the 1,200 people who join when you do; 11.3% of everyone",
     "Up to date: 12,345 participants in all; of the 1,200 people who join when you do, 7.5% end with a profit."),
    (1, "7.5% of the 1 person who joins when you do; 11.3% of everyone",
     "Up to date: 12,345 participants in all; of the 1 person who joins when you do, 7.5% ends with a profit."),
    # nobody joined in month 1 (session 11: no "7.5% of people who join when you do" of nobody)
    (0, "nobody joins when you do; 11.3% of everyone",
     "Up to date: 12,345 participants in all; nobody joined in the simulation's first month, so no one joins when you do."),
    (None, "7.5% of people who join when you do; 11.3% of everyone",  # a stored summary without the size
     "Up to date: 12,345 participants in all; 7.5% of those who join when you do end with a profit."),
])
def test_the_cohort_is_counted(view, size, summary, status):
    result = FakeResult(12)
    result.cohort_size = size
    view._show_result(result, exploratory=False)
    assert view.summary_values["profitable"].text() == summary
    view._doc_result, view._doc_pending, view._doc_error = result, False, None
    view._update_document_status()
    assert view.doc_status.text() == status
