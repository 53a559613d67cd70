"""The Simulation tab behind the results shows the document's simulation when it is brought to
the front (simulation_view.SimulationView.show_document_simulation): while it is hidden the
session's reports after each edit wait, and when shown it has the final run's figures."""

from __future__ import annotations

from evaluator.resources import example_paths
from evaluator.ui import format as fmt
from evaluator.ui import session as session_module

from .keys import type_into


def _settled(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=30_000)
    assert session_module.wait_for_verdicts(30_000)
    qtbot.wait(20)


def test_a_hidden_simulation_tab_shows_the_final_run_when_brought_forward(qtbot, window, monkeypatch):
    window.resize(1400, 900)
    window.show()
    window.start_from_example(str(next(p for p in example_paths() if "pyramid" in p.name)))
    _settled(qtbot, window)
    view, tabs = window.simulation_view, window._right_tabs  # noqa: SLF001 - the window's tabs
    assert tabs.currentWidget() is window.results_panel and not view.isVisible()
    shown = []
    real = type(view)._show_result
    monkeypatch.setattr(type(view), "_show_result", lambda self, *a, **k: shown.append(a) or real(self, *a, **k))
    # A new fee: a new network, so a new simulation; nothing is put on the hidden tab.
    type_into(qtbot, window, "offer.fees.monthly", "61")
    window.session.run_analysis()
    _settled(qtbot, window)
    result = window.session.simulation
    assert result is not None and shown == []
    tabs.setCurrentWidget(view)
    qtbot.waitUntil(view.isVisible)
    assert len(shown) == 1 and shown[0][0] is result  # the final run, drawn once
    assert view.results_box.isVisibleTo(view)
    assert view.doc_status.text().startswith("Up to date:")
    assert fmt.number(result.participants_ever, "en") in view.doc_status.text()
    median = result.cohort_net_percentiles["50"]
    assert view.percentile_cells[("cohort", "50")].text() == fmt.signed_money(median, "EUR", "en")
    # In front, an edit is shown at once (updating, then the result).
    type_into(qtbot, window, "offer.fees.monthly", "62")
    window.session.run_analysis()
    _settled(qtbot, window)
    assert shown[-1][0] is window.session.simulation is not result
    assert view.doc_status.text().startswith("Up to date:")
