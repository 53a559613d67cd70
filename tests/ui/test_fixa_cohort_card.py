"""The simulated cohort card on the results screen (SPEC 9.4): about the people who joined in
month 1, beside ALL simulated participants, and not green while they as a whole lose."""

from __future__ import annotations

from PySide6.QtGui import QPalette

from evaluator.core import fileformat
from evaluator.core.analysis import analyze
from evaluator.resources import example_paths
from evaluator.ui import format as fmt
from evaluator.ui.results_panel import ResultsPanel


def _panel(qtbot, name: str) -> ResultsPanel:
    ev = fileformat.load(next(p for p in example_paths() if name in p.name))
    analysis = analyze(ev, "en")
    panel = ResultsPanel(lang="en")
    qtbot.addWidget(panel)
    panel.set_analysis(ev, analysis, analysis.simulation)
    return panel


def test_the_gifting_circle_cohort_card_is_not_a_green_best_case(qtbot):
    panel = _panel(qtbot, "gifting")
    tile = panel.key_numbers["simulated"]
    # The 7 who join in month 1 each net 40,000 - 5,000 = +35,000; of all 5,000 only 5.54 % profit.
    assert tile.value.text() == "+$35,000"
    assert "the 7 people who joined in month 1" in tile.note.text()
    assert "Of all 5,000 simulated participants, 5.5% end with a profit." in tile.note.text()
    green = fmt.gain_loss_colour(35000.0, tile.palette())
    shown = tile.value.palette().color(QPalette.ColorRole.WindowText)
    assert green is not None and shown != green
    assert shown == tile.palette().color(QPalette.ColorRole.WindowText)  # the plain text colour


def test_a_cohort_of_a_plan_where_most_profit_keeps_its_colour(qtbot):
    panel = _panel(qtbot, "affiliate-two-tier")
    sim = panel._simulation  # noqa: SLF001 - the figures the card shows
    assert sim is not None and float(sim.everyone_net_percentiles["50"]) >= 0
    tile = panel.key_numbers["simulated"]
    median = float(sim.cohort_net_percentiles["50"])
    shown = tile.value.palette().color(QPalette.ColorRole.WindowText)
    assert shown == fmt.gain_loss_colour(median, tile.palette())
    assert f"the {sim.cohort_size} people who joined in month 1" in tile.note.text()
