"""The tornado chart puts each assumption's low and high net on its own row, largest swing on
top, in both languages and every theme, and says so when there is nothing to show."""

from __future__ import annotations

import pytest

from evaluator.charts import ChartStyle
from evaluator.charts_tornado import MAX_ROWS, draw_tornado
from evaluator.core.decisions import sensitivity, sensitivity_json
from evaluator.core.fileformat import from_data
from tests.report.fixtures import example_ids, examples

pytest.importorskip("matplotlib")
from matplotlib.figure import Figure  # noqa: E402


def _ax():
    return Figure(figsize=(6, 3.2), layout="constrained").add_subplot(111)


def _by_gid(ax, gid):
    return [a for a in ax.get_children() if a.get_gid() == gid]  # lines are children too


def _evaluation():
    # Retail 10 a month, sign-up 100, other expenses 20 a month, 12 months: total_net -220;
    # other expenses at 10 / 30 give -100 / -340 (see tests/core/test_decisions.py).
    return from_data({"format": "opportunity-evaluation", "version": 1,
                      "offer": {"name": "T", "fees": {"signup": 100},
                                "payout": {"retail_mode": "commission",
                                           "retail_commission_percent": 10}},
                      "assumptions": {"horizon_months": 12, "new_customers_per_month": 2,
                                      "customer_monthly_spend": 50,
                                      "other_expenses_per_month": 20}})


def test_bars_run_from_the_base_to_low_and_high_largest_on_top():
    rows = sensitivity(_evaluation())
    ax = _ax()
    draw_tornado(ax, rows, ChartStyle.for_screen("en", "EUR"))
    ax.figure.canvas.draw()
    (low,) = _by_gid(ax, "low:other_expenses_per_month")
    (high,) = _by_gid(ax, "high:other_expenses_per_month")
    # base -220; half the other expenses -> -100 (bar of +120), 1.5x -> -340 (bar of -120)
    assert low.get_x() == pytest.approx(-220) and low.get_width() == pytest.approx(120)
    assert high.get_x() == pytest.approx(-220) and high.get_width() == pytest.approx(-120)
    (base,) = _by_gid(ax, "base")
    assert list(base.get_xdata()) == pytest.approx([-220, -220])
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # y ticks run bottom to top: the largest swing is the last (top) label
    assert labels[-1] == "Other expenses per month (10–30)"
    assert labels[0].endswith("(no effect)")
    assert low.get_y() > _by_gid(ax, "low:horizon_months")[0].get_y()


def test_dutch_labels_and_json_rows():
    rows = sensitivity_json(sensitivity(_evaluation()))
    ax = _ax()
    draw_tornado(ax, rows, ChartStyle.for_print("en", "EUR"), lang="nl")
    ax.figure.canvas.draw()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert labels[-1] == "Overige kosten per maand (10–30)"
    assert "Periode (6–18)" in labels


def test_nothing_to_vary_draws_a_note():
    ax = _ax()
    draw_tornado(ax, [], ChartStyle.for_screen("nl", "EUR"))
    assert [t.get_text() for t in _by_gid(ax, "note")] == ["Geen aanname met een waarde om te variëren."]


@pytest.mark.parametrize("index", range(len(example_ids())), ids=example_ids())
def test_draws_for_every_example_and_theme(index):
    ev = examples()[index]
    rows = sensitivity(ev)
    for style in (ChartStyle.for_screen("en", ev.offer.currency),
                  ChartStyle.for_screen("nl", ev.offer.currency, dark=True),
                  ChartStyle.for_print("nl", ev.offer.currency)):
        ax = _ax()
        draw_tornado(ax, rows, style)
        ax.figure.canvas.draw()
        assert len(ax.get_yticks()) == min(len(rows), MAX_ROWS)


def test_label_and_legend_stay_inside_a_narrow_panel_and_off_the_bars():
    # Session 11: in the app's 500-pixel results column the centred x label ran off the right
    # edge ("zoals ingevuld" cut) and the legend sat in the corner over the rows.
    from evaluator.core.fileformat import load
    from evaluator.resources import example_paths

    ev = load(next(p for p in example_paths() if p.stem == "dealer-kitchen-appliance"))
    fig = Figure(figsize=(5.0, 4.2), dpi=100, layout="constrained")
    ax = fig.add_subplot(111)
    draw_tornado(ax, sensitivity(ev), ChartStyle.for_screen("nl", "EUR"))
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    width = fig.bbox.width
    label = ax.xaxis.label.get_window_extent(renderer)
    assert "zoals ingevuld: € 6.768)" in ax.get_xlabel()
    assert 0 <= label.x0 and label.x1 <= width + 0.5
    legend = ax.get_legend().get_window_extent(renderer)
    assert 0 <= legend.x0 and legend.x1 <= width + 0.5
    assert legend.y0 >= ax.get_window_extent(renderer).y1 - 0.5  # above the axes
