"""The break-even label of the cumulative chart sits on the figure's own background above the
lines, so that a line passing behind it (the simulation's median) does not run through the text
(a reviewer saw "quitte: maand 7" crossed by the gifting circle's median in the PDF)."""

from __future__ import annotations

import pytest

from evaluator import charts
from evaluator.charts import ChartStyle
from tests.report.fixtures import analysis_of, examples, fake_simulation

matplotlib = pytest.importorskip("matplotlib")
from matplotlib.colors import to_rgba  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402


@pytest.mark.parametrize("style", [ChartStyle.for_screen("nl", "EUR"), ChartStyle.for_print("nl", "EUR")],
                         ids=["screen", "print"])
def test_break_even_label_has_an_opaque_box_above_the_lines(style):
    evaluation = next(e for e in examples() if analysis_of(e).projection.break_even_month)
    analysis = analysis_of(evaluation)
    fig = Figure(figsize=(6, 3.2), layout="constrained", facecolor="white")
    ax = fig.add_subplot(111)
    charts.draw_cumulative(ax, analysis, style, fake_simulation())
    fig.canvas.draw()
    labels = [a for a in ax.texts if a.get_gid() == "break_even_label"]
    assert len(labels) == 1
    label = labels[0]
    assert label.get_text() == f"quitte: maand {analysis.projection.break_even_month}"
    box = label.get_bbox_patch()
    assert box is not None  # no box: the median line runs through the text
    assert box.get_facecolor()[:3] == to_rgba("white")[:3]
    assert box.get_alpha() >= 0.8
    assert label.get_zorder() > max(line.get_zorder() for line in ax.get_lines())
