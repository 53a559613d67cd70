"""Keystroke to the final verdict (issue 11): what keeps that path short, with the real window.

- an edit whose simulation is expected to be quick waits for it, so the results are laid out and
  painted once, with the final verdict; a slow one is not waited for;
- the final analysis takes over the provisional one's deterministic part and equals a fresh
  ``analyze``; an edit the simulation does not read still updates the verdict's figures;
- the "Before you join" view waits for the final analysis, and its chart keeps its size;
- the compare view shows the verdict stored with each library entry without simulating again.
"""

from __future__ import annotations

import threading

from evaluator.core import fileformat
from evaluator.core.analysis import analyze
from evaluator.resources import example_paths
from evaluator.ui import decisions_view as decisions_module
from evaluator.ui import format as fmt
from evaluator.ui import session as session_module

from .keys import type_into


def _example(word: str) -> str:
    return str(next(p for p in example_paths() if word in p.name))


def _settled(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=30_000)
    assert session_module.wait_for_verdicts(30_000)
    qtbot.wait(20)  # the queued "done" report


def _held_simulation(monkeypatch):
    """Hold every verdict simulation until the returned event is set."""
    release = threading.Event()
    real = session_module._simulate

    def held(evaluation, cancel=None):
        release.wait(30)
        return real(evaluation, cancel)

    monkeypatch.setattr(session_module, "_simulate", held)
    return release


def test_a_quick_simulation_is_waited_for_and_the_edit_ends_final(qtbot, window, monkeypatch):
    window.start_from_example(_example("dealer"))
    _settled(qtbot, window)
    session = window.session
    session._last_run_s = 0.001  # the last run was quick
    monkeypatch.setattr(session_module, "SETTLE_MS", 30_000)  # a generous wait: never flaky
    shown = []
    window.results_panel.figures_shown.connect(lambda: shown.append(session.verdict_pending))
    type_into(qtbot, window, "offer.fees.monthly", "37")
    session.run_analysis()
    # Back from the edit's analysis with the final verdict: no event loop turn in between.
    assert not session.verdict_pending and session.analysis.complete
    assert shown == [True, False]  # the figures at once, then the final verdict
    ev = session.last_valid
    assert ev.offer.fees.monthly == 37
    assert session.simulation is not None
    assert session.analysis.to_json() == analyze(ev, "en", session.simulation).to_json()
    assert window.results_panel.verdict_badge.text() == fmt.verdict_label(
        session.analysis.verdict.level, "en")


def test_a_slow_simulation_is_not_waited_for(qtbot, window, monkeypatch):
    window.start_from_example(_example("dealer"))
    _settled(qtbot, window)
    session = window.session
    session._last_run_s = 10.0  # the last run took ten seconds: far over SETTLE_MS
    release = _held_simulation(monkeypatch)
    try:
        type_into(qtbot, window, "offer.fees.monthly", "38")
        session.run_analysis()
        assert session.verdict_pending  # returned at once, the run is under way
        assert window.results_panel.verdict_badge.text() == "Updating…"
    finally:
        release.set()
    _settled(qtbot, window)
    assert session.analysis.complete


def test_the_final_analysis_reuses_the_provisional_one(qtbot, window, monkeypatch):
    window.start_from_example(_example("doterra"))
    _settled(qtbot, window)
    session = window.session
    analyses = []
    session.analysed.connect(lambda ev, analysis, sim: analyses.append(analysis))
    release = _held_simulation(monkeypatch)
    type_into(qtbot, window, "offer.fees.monthly", "41")
    session.run_analysis()
    assert session.verdict_pending
    release.set()
    _settled(qtbot, window)
    provisional, final = analyses[0], analyses[-1]
    assert not provisional.complete and final.complete
    assert final.projection is provisional.projection  # taken over, not computed again
    ev = session.last_valid
    assert final.to_json() == analyze(ev, "en", session.simulation).to_json()


def test_an_assumption_edit_still_updates_the_verdicts_figures(qtbot, window):
    # The simulation does not read the assumptions: the kept run is used at once, and the
    # analysis must still be the new document's, not the reused old one.
    window.start_from_example(_example("doterra"))
    _settled(qtbot, window)
    session = window.session
    before = session.analysis
    simulation = session.simulation
    hours = session.last_valid.assumptions.hours_per_week
    type_into(qtbot, window, "assumptions.hours_per_week", str(int(hours * 4)))
    session.run_analysis()
    assert not session.verdict_pending  # the kept simulation: final at once
    assert session.simulation is simulation
    ev = session.last_valid
    assert ev.assumptions.hours_per_week == int(hours * 4)
    fresh = analyze(ev, "en", simulation)
    assert session.analysis.to_json() == fresh.to_json()
    assert session.analysis.projection is not before.projection
    assert session.analysis.projection.hourly != before.projection.hourly


def test_the_decisions_view_waits_for_the_final_analysis(qtbot, window, monkeypatch):
    monkeypatch.setattr(decisions_module, "DEBOUNCE_MS", 1)
    window.start_from_example(_example("dealer"))
    _settled(qtbot, window)
    view = window.results_panel.decisions_view
    view._timer.setInterval(1)
    qtbot.waitUntil(lambda: not view._dirty, timeout=10_000)  # the first render is done
    rendered = []
    view.rendered.connect(lambda: rendered.append(window.session.verdict_pending))
    release = _held_simulation(monkeypatch)
    try:
        type_into(qtbot, window, "offer.fees.monthly", "39")
        window.session.run_analysis()
        assert window.session.verdict_pending
        qtbot.wait(100)  # a hundred times the debounce: still nothing drawn while pending
        assert rendered == []
    finally:
        release.set()
    _settled(qtbot, window)
    qtbot.waitUntil(lambda: rendered == [False], timeout=10_000)  # drawn once, with the final


def test_the_tornado_chart_keeps_its_height_through_a_relayout(qtbot, window):
    window.start_from_example(_example("pyramid"))
    _settled(qtbot, window)
    tornado = window.results_panel.decisions_view.tornado
    assert tornado.minimumHeight() == tornado.maximumHeight() == 320
    type_into(qtbot, window, "offer.fees.monthly", "44")
    window.session.run_analysis()
    _settled(qtbot, window)
    assert tornado.height() == 320


def test_the_compare_view_shows_the_stored_verdict_without_simulating(qtbot, window, library,
                                                                      monkeypatch):
    from evaluator.ui.compare_view import CompareView

    ids = [window.start_from_example(_example("pyramid"))]
    _settled(qtbot, window)
    window.session.autosave()
    ids.append(window.start_from_example(_example("dealer")))
    _settled(qtbot, window)
    window.session.autosave()
    expected = []
    for entry_id in ids:
        assert library.simulation(entry_id) is not None  # stored with the entry
        ev = library.get(entry_id)
        expected.append(analyze(ev, "en").verdict.level)  # `analyze` simulating itself
    # No simulation may run now: neither a kept one nor a new one.
    monkeypatch.setattr(session_module, "_SIMULATIONS", type(session_module._SIMULATIONS)())

    def no_simulation(*args, **kwargs):
        raise AssertionError("the compare view simulated again")

    monkeypatch.setattr(session_module, "_simulate", no_simulation)
    view = CompareView(library, ids, "en")
    qtbot.addWidget(view)
    assert [a.verdict.level for _name, _ev, a in view.items] == expected
    assert [badge.text() for badge in view.verdict_badges] == [
        fmt.verdict_label(level, "en") for level in expected]
    assert all(a.complete for _name, _ev, a in view.items)


def test_the_compare_view_simulates_when_nothing_is_stored(qtbot, library):
    from evaluator.ui.compare_view import CompareView

    evs = [fileformat.load(_example(word)) for word in ("pyramid", "dealer")]
    ids = [library.add(ev) for ev in evs]
    assert all(library.simulation(i) is None for i in ids)
    view = CompareView(library, ids, "en")
    qtbot.addWidget(view)
    assert [a.verdict.level for _name, _ev, a in view.items] == [
        analyze(ev, "en").verdict.level for ev in evs]


def test_a_text_label_measures_again_when_its_text_font_or_margins_change(qtbot):
    from PySide6.QtGui import QFont

    from evaluator.ui.text_label import TextLabel, text_label

    label = text_label("short")
    qtbot.addWidget(label)
    assert isinstance(label, TextLabel) and label.wordWrap()
    one_line = label.heightForWidth(200)
    assert label.heightForWidth(200) == one_line  # remembered
    # Forty words cannot fit on one line of 200 pixels: the height grows with the text.
    label.setText(" ".join(["word"] * 40))
    many_lines = label.heightForWidth(200)
    assert many_lines > 2 * one_line
    # Each change a height depends on is measured again, compared with an uncached QLabel.
    from PySide6.QtWidgets import QLabel

    plain = QLabel()
    qtbot.addWidget(plain)
    plain.setWordWrap(True)
    plain.setTextInteractionFlags(label.textInteractionFlags())
    plain.setText(label.text())
    assert label.heightForWidth(200) == plain.heightForWidth(200)
    big = QFont(label.font())
    big.setPointSizeF(big.pointSizeF() * 2)
    for widget in (label, plain):
        widget.setFont(big)
    assert label.heightForWidth(200) == plain.heightForWidth(200) > many_lines
    for widget in (label, plain):
        widget.setContentsMargins(0, 30, 0, 30)
    assert label.heightForWidth(200) == plain.heightForWidth(200)
    for widget in (label, plain):
        widget.setMargin(12)
    assert label.heightForWidth(200) == plain.heightForWidth(200)
    label.clear()
    plain.clear()
    assert label.heightForWidth(200) == plain.heightForWidth(200)


def test_a_chart_out_of_sight_waits_until_it_is_scrolled_into_view(qtbot, window):
    window.resize(1400, 900)
    window.show()
    window.start_from_example(_example("pyramid"))
    _settled(qtbot, window)
    panel = window.results_panel
    panel.scroll_area.verticalScrollBar().setValue(0)
    tornado = panel.decisions_view.tornado  # far down the results, below the red flags
    qtbot.wait(50)
    assert tornado.isVisible() and not tornado._exposed()
    type_into(qtbot, window, "offer.fees.monthly", "45")
    window.session.run_analysis()
    _settled(qtbot, window)
    view = panel.decisions_view
    view.render_now()  # the figures are set; the chart waits, out of sight
    assert tornado.needs_redraw and tornado.draw_count == 0
    qtbot.wait(100)  # the new texts above it are laid out: scroll to where the chart is now
    assert tornado.needs_redraw and tornado.draw_count == 0  # still out of sight
    panel.scroll_area.ensureWidgetVisible(tornado)
    qtbot.waitUntil(lambda: tornado.draw_count == 1 and not tornado.needs_redraw, timeout=10_000)
    rows = window.session.analysis.decisions.sensitivity
    gids = {p.get_gid() for p in tornado.figure.axes[0].patches}
    assert f"low:{rows[0].assumption}" in gids
