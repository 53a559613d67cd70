"""Red-flag cards follow their flag (results_panel.ResultsPanel._render_flags): the flags the
simulation adds with the final analysis get cards of their own, the other cards keep their texts
(no re-measuring of every card below), and the cards shown are the flags in severity order."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from evaluator.core import fileformat
from evaluator.core.analysis import analyze
from evaluator.core.labels import severity_rank
from evaluator.resources import example_paths
from evaluator.ui.results_panel import ResultsPanel


def _shown(panel: ResultsPanel) -> list[tuple[str, str, str]]:
    return [(card.flag_id, card.title.text(), card.detail.text()) for card in panel.flag_cards]


def _expected(analysis) -> list[tuple[str, str, str]]:
    flags = sorted(analysis.red_flags, key=lambda f: severity_rank(f.severity))
    return [(f.id, f.title, f.detail) for f in flags]


def test_a_flag_from_the_simulation_gets_its_own_card_and_the_others_stay(qtbot):
    ev = fileformat.load(next(p for p in example_paths() if "stairstep" in p.name))
    preview = analyze(ev, "en", run_simulation=False)
    final = analyze(ev, "en")
    # The stairstep example: 9 flags without the simulation, 11 with it (top_weighted and
    # recruitment_driven_income come from the simulated network).
    added = {f.id for f in final.red_flags} - {f.id for f in preview.red_flags}
    assert added == {"top_weighted", "recruitment_driven_income"}
    panel = ResultsPanel(lang="en")
    qtbot.addWidget(panel)
    panel.resize(700, 900)
    panel.show()
    panel.set_analysis(ev, final, None)
    _steady(qtbot, lambda: panel.flags_box.y())  # laid out
    panel.scroll_area.ensureWidgetVisible(panel.flags_box)  # in sight: updated while pending too
    _steady(qtbot, lambda: panel.scroll_area.verticalScrollBar().value())
    assert panel._flags_in_sight()  # noqa: SLF001
    panel.set_analysis(ev, preview, None, pending=True)
    assert _shown(panel) == _expected(preview) and len(panel.flag_cards) == 9
    before = {card.flag_id: card for card in panel.flag_cards}
    assert before == {card.flag_id: card for card in panel.flag_cards}
    panel.set_analysis(ev, final, None)
    assert _shown(panel) == _expected(final) and len(panel.flag_cards) == 11
    # The nine cards are the same widgets, each still showing its own flag.
    assert all(before[card.flag_id] is card for card in panel.flag_cards if card.flag_id not in added)
    layout = panel._flags_layout  # noqa: SLF001 - the order on screen
    assert [layout.itemAt(i).widget() for i in range(layout.count())] == panel.flag_cards
    assert all(card.isVisible() for card in panel.flag_cards)
    gone = [c for c in panel.flag_cards if c.flag_id in added]
    # Back to the preview (the next keystroke): the two are hidden, not shown out of place.
    panel.set_analysis(ev, preview, None, pending=True)
    assert _shown(panel) == _expected(preview)
    assert not any(card.isVisible() for card in gone)
    assert [layout.itemAt(i).widget() for i in range(layout.count())] == panel.flag_cards
    # And the final again: the kept cards come back, in severity order.
    panel.set_analysis(ev, final, None)
    assert _shown(panel) == _expected(final)
    assert all(card.isVisible() for card in gone)


def test_another_document_shows_only_its_own_flags(qtbot):
    panel = ResultsPanel(lang="en")
    qtbot.addWidget(panel)
    panel.show()
    for word, count in (("binary", 17), ("affiliate-software", 1), ("binary", 17)):
        ev = fileformat.load(next(p for p in example_paths() if word in p.name))
        analysis = analyze(ev, "en")
        panel.set_analysis(ev, analysis, None)
        assert _shown(panel) == _expected(analysis) and len(panel.flag_cards) == count
        visible = [c for c in panel.flags_box.findChildren(type(panel.flag_cards[0])) if c.isVisible()]
        assert sorted(map(id, visible)) == sorted(map(id, panel.flag_cards))


def _steady(qtbot, where):
    """``where()`` once the layout has settled (the same twice in a row)."""
    last = None
    for _ in range(100):
        qtbot.wait(10)
        now = where()
        if now == last:
            return now
        last = now
    raise AssertionError("the layout did not settle")


def test_while_the_verdict_updates_the_page_below_it_stays_put(qtbot):
    ev = fileformat.load(next(p for p in example_paths() if "binary" in p.name))
    preview = analyze(ev, "en", run_simulation=False)
    final = analyze(ev, "en")
    panel = ResultsPanel(lang="en")
    qtbot.addWidget(panel)
    panel.resize(700, 900)
    panel.show()
    summary, tile = panel.verdict_summary, panel.key_numbers["simulated"]

    def where() -> tuple[int, int, int, int]:
        return summary.height(), tile.height(), panel.headline_box.y(), panel.numbers_heading.y()

    panel.set_analysis(ev, final, None)
    before = _steady(qtbot, where)
    panel.set_analysis(ev, preview, None, pending=True)
    during = _steady(qtbot, where)
    # The "updating" note is shorter than the verdict's summary, yet the box keeps its height
    # and nothing below moves; the note is what it says.
    assert summary.text().startswith("The verdict is being updated")
    alone = QLabel(summary.text())  # the note on its own: fewer lines than the summary
    qtbot.addWidget(alone)
    alone.setWordWrap(True)
    alone.setFont(summary.font())
    assert alone.heightForWidth(summary.width()) < before[0]
    assert during == before
    panel.set_analysis(ev, final, None)
    after = _steady(qtbot, where)
    assert summary.text() == final.verdict.summary
    assert summary.minimumHeight() == 0 and tile.minimumHeight() == 0  # let go again
    assert after == before


def test_flags_out_of_sight_wait_for_the_final_analysis_or_until_scrolled_to(qtbot):
    ev = fileformat.load(next(p for p in example_paths() if "stairstep" in p.name))
    preview = analyze(ev, "en", run_simulation=False)
    final = analyze(ev, "en")
    panel = ResultsPanel(lang="en")
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    panel.set_analysis(ev, final, None)
    _steady(qtbot, lambda: panel.flags_box.y())
    assert not panel._flags_in_sight()  # noqa: SLF001 - below the fold
    cards = list(panel.flag_cards)
    # The preview while the verdict updates: the eleven cards stay as they are, out of sight.
    panel.set_analysis(ev, preview, None, pending=True)
    assert panel.flag_cards == cards and _shown(panel) == _expected(final)
    panel.set_analysis(ev, final, None)  # the final analysis: up to date, the same cards
    assert panel.flag_cards == cards and _shown(panel) == _expected(final)
    # Pending again, then scrolled down to the flags before the final analysis is in: they
    # are brought up to date as soon as they are painted.
    panel.set_analysis(ev, preview, None, pending=True)
    assert _shown(panel) == _expected(final)
    panel.scroll_area.ensureWidgetVisible(panel.flags_box)
    qtbot.waitUntil(lambda: _shown(panel) == _expected(preview), timeout=5000)
    assert len(panel.flag_cards) == 9
