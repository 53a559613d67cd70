"""The table of a drawn chart (evaluator.chart_table): read from what matplotlib drew, so it must
equal the numbers each chart was given."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

from evaluator import charts, charts_tornado  # noqa: E402
from evaluator.chart_table import chart_table  # noqa: E402
from evaluator.core import decisions  # noqa: E402
from evaluator.core.analysis import analyze  # noqa: E402
from evaluator.core.fileformat import load  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402


def _axes():
    fig = Figure()
    return fig, fig.add_subplot(111)


def test_lines_and_a_band_become_columns_by_x():
    fig, ax = _axes()
    ax.fill_between([1, 2, 3], [-5, -6, -7], [1, 2, 3], label="band")
    ax.plot([1, 2, 3], [10.5, 20, 30], label="you")
    ax.plot([2, 3], [7, 8], label="typical")
    ax.plot([1, 3], [0, 0], label="_nolegend_")  # not data
    ax.set_xlabel("Month")
    t = chart_table(fig, "T", low_word="low", high_word="high")
    assert t.title == "T"
    assert t.columns == ["Month", "band (low)", "band (high)", "you", "typical"]
    assert t.rows == [[1, -5, 1, 10.5, None], [2, -6, 2, 20, 7], [3, -7, 3, 30, 8]]


def test_stacked_bars_give_each_segment_and_bars_from_a_base_give_their_end():
    fig, ax = _axes()
    # stacked from zero: 100 then 50 on top (ends at 150) -> the segments 100 and 50
    ax.barh([1], [100], left=[0], label="retail")
    ax.barh([1], [50], left=[100], label="downline")
    ax.barh([0], [80], left=[0], label="fees")
    ax.set_yticks([1, 0], ["Income", "Costs"])
    t = chart_table(fig)
    assert t.columns == ["", "retail", "downline", "fees"]
    assert t.rows == [["Income", 100, 50, None], ["Costs", None, None, 80]]

    fig, ax = _axes()
    # a tornado row: base 1000, low bar to 400 (width -600), high bar to 1900 (width 900)
    ax.barh([0], [-600], left=[1000], label="half", color="blue")
    ax.barh([0], [900], left=[1000], label="x1.5", color="red")
    ax.barh([1], [-100], left=[1000], color="blue")  # later rows are not labelled: by colour
    ax.barh([1], [200], left=[1000], color="red")
    ax.set_yticks([0, 1], ["spend", "hours"])
    t = chart_table(fig)
    assert t.columns == ["", "half", "x1.5"]
    assert t.rows == [["hours", 900, 1200], ["spend", 400, 1900]]


def test_grouped_bars_sit_in_their_category_row():
    fig, ax = _axes()
    ax.barh([0.8, 1.8], [5, 6], height=0.4, label="everyone")
    ax.barh([1.2, 2.2], [7, 8], height=0.4, label="cohort")
    ax.set_yticks([1, 2], ["p10", "p50"])
    t = chart_table(fig)
    assert t.rows == [["p50", 6, 8], ["p10", 5, 7]]


@pytest.fixture(scope="module")
def doterra():
    path = next(p for p in example_paths() if "doterra" in p.name)
    ev = load(path)
    return ev, analyze(ev, "en")


def test_the_cumulative_chart_table_is_the_projection(doterra):
    ev, an = doterra
    fig, ax = _axes()
    charts.draw_cumulative(ax, an, charts.ChartStyle.for_screen("en", ev.offer.currency))
    t = chart_table(fig)
    you = t.columns.index("You (your projection)")
    assert [r[you] for r in t.rows] == pytest.approx(list(an.projection.cumulative_net), abs=1e-9)
    assert [r[0] for r in t.rows] == list(an.projection.months)


def test_the_income_chart_table_is_the_projection_totals(doterra):
    ev, an = doterra
    fig, ax = _axes()
    style = charts.ChartStyle.for_screen("en", ev.offer.currency)
    charts.draw_income_sources(ax, an, style)
    t = chart_table(fig)
    income = next(r for r in t.rows if r[0] == "Income")
    drawn = sorted(v for v in income[1:] if v is not None)
    expected = sorted(sum(v) for v in an.projection.revenue.values() if sum(v) > 0)
    assert drawn == pytest.approx(expected, abs=1e-9)


def test_the_tornado_table_is_the_sensitivity(doterra):
    ev, _ = doterra
    rows = decisions.sensitivity(ev)[:charts_tornado.MAX_ROWS]  # the chart shows the largest ten
    fig, ax = _axes()
    charts_tornado.draw_tornado(ax, rows, charts.ChartStyle.for_screen("en", ev.offer.currency))
    t = chart_table(fig)
    assert len(t.rows) == len(rows)
    got = [v for pair in sorted((r[1], r[2]) for r in t.rows) for v in pair]
    want = [v for pair in sorted((s.low, s.high) for s in rows) for v in pair]
    assert got == pytest.approx(want, abs=1e-6)
