"""The "pitch against reality" chart puts your projection and the simulated cohort on the same
period (SPEC 9.4) and says both are after costs (audit9 findings 2a and 6). The gifting circle
had "You $1,458" (35,000 / 24) beside "Simulation $583.33" (the same 35,000 / 60, the
simulation's months)."""

from __future__ import annotations

import pytest

from evaluator import charts
from evaluator.charts import ChartStyle
from evaluator.core.analysis import analyze
from evaluator.core.fileformat import load
from evaluator.core.simulation import simulate
from evaluator.resources import example_paths

pytest.importorskip("matplotlib")
from matplotlib.figure import Figure  # noqa: E402


@pytest.fixture(scope="module")
def gifting():
    path = next(p for p in example_paths() if p.stem == "gifting-circle-2x3")
    evaluation = load(path)
    simulation = simulate(evaluation)
    return evaluation, simulation


def _bars(evaluation, simulation, lang):
    style = ChartStyle.for_print(lang, evaluation.offer.currency)
    fig = Figure(figsize=(6, 3), layout="constrained")
    ax = fig.add_subplot(111)
    charts.draw_pitch_vs_reality(ax, evaluation, analyze(evaluation, lang, simulation), style,
                                 simulation)
    bars = {p.get_gid().split(":", 1)[1]: p.get_width() for p in ax.patches
            if (p.get_gid() or "").startswith("pitch:")}
    labels = [t.get_text() for t in ax.get_yticklabels()]
    return bars, labels


def test_gifting_circle_projection_and_cohort_over_the_same_24_months(gifting):
    evaluation, simulation = gifting
    assert simulation.months == 60  # the example's own simulation length
    # By hand: the 7 who join in month 1 have all cycled by month 24 (cum net 40,000 - 5,000);
    # your projection's 24 months also end at 35,000. Per month: 35,000 / 24 = 1,458.33 each.
    assert simulation.series["cohort_median_cum_net"][23] == pytest.approx(35_000)
    bars, labels = _bars(evaluation, simulation, "en")
    assert bars["you"] == pytest.approx(35_000 / 24)
    assert bars["simulated"] == pytest.approx(35_000 / 24)  # was 35,000 / 60 = 583.33
    assert "You: average per month, after costs (projection, 24 months)" in labels
    assert "Simulation: median of those who join with you, after costs (24 months)" in labels


def test_dutch_labels_say_after_costs_and_the_period(gifting):
    evaluation, simulation = gifting
    _, labels = _bars(evaluation, simulation, "nl")
    assert "Jij: gemiddeld per maand, na kosten (projectie, 24 maanden)" in labels
    assert "Simulatie: mediaan van wie met jou begint, na kosten (24 maanden)" in labels


def test_a_summary_without_the_month_series_names_its_own_period(gifting):
    from evaluator.core.analysis import SimulationSummary

    _, simulation = gifting
    summary = SimulationSummary.of(simulation)
    assert charts.cohort_monthly_net(summary, 24) == (pytest.approx(35_000 / 60), 60)
    assert charts.cohort_monthly_net(simulation, 24) == (pytest.approx(35_000 / 24), 24)
