from __future__ import annotations

import pytest
from matplotlib.figure import Figure

from evaluator.ui import format as fmt
from evaluator.ui.compare_view import CompareView, draw_compare

from .samples import DEALER, analysis_of, evaluation


def _view(qtbot, pairs):
    view = CompareView(pairs, "en", analyze=analysis_of)
    qtbot.addWidget(view)
    view.resize(900, 800)
    return view


def test_two_evaluations_show_names_and_verdicts(qtbot):
    mlm, dealer = evaluation(), evaluation(DEALER)
    view = _view(qtbot, [("Glow <b>MLM</b>", mlm), ("Kitchen dealer", dealer)])
    assert [label.text() for label in view.name_labels] == ["Glow <b>MLM</b>", "Kitchen dealer"]
    expected = [fmt.verdict_label(analysis_of(ev).verdict.level) for ev in (mlm, dealer)]
    assert [badge.text() for badge in view.verdict_badges] == expected
    # Key numbers per column, hand-checked for the dealer: month-1 break-even.
    assert view.cells[("break_even", 1)].text() == "Month 1"
    total = analysis_of(mlm).projection.total_net
    assert view.cells[("total_net", 0)].text() == fmt.signed_money(total, "EUR", "en") + " (24 months)"


def test_flags_marked_where_they_fire(qtbot):
    mlm, dealer = evaluation(), evaluation(DEALER)
    view = _view(qtbot, [("A", mlm), ("B", dealer)])
    a_ids = {f.id for f in analysis_of(mlm).red_flags}
    b_ids = {f.id for f in analysis_of(dealer).red_flags}
    assert set(view.flag_rows) == a_ids | b_ids
    for flag_id, row in view.flag_rows.items():
        assert (row[1].text() != "not raised") == (flag_id in a_ids)
        assert (row[2].text() != "not raised") == (flag_id in b_ids)


def test_refuses_one_or_five(qtbot):
    ev = evaluation()
    with pytest.raises(ValueError):
        CompareView([("only", ev)], "en", analyze=analysis_of)
    with pytest.raises(ValueError):
        CompareView([(str(i), ev) for i in range(5)], "en", analyze=analysis_of)


def test_chart_draws_one_line_per_evaluation(qtbot):
    view = _view(qtbot, [("A", evaluation()), ("B", evaluation(DEALER)), ("C", evaluation(DEALER))])
    view.chart.draw()
    ax = view.chart.figure.axes[0]
    lines = [line for line in ax.get_lines() if (line.get_gid() or "").startswith("compare:")]
    assert len(lines) == 3
    dealer = analysis_of(evaluation(DEALER)).projection
    assert list(lines[1].get_ydata()) == pytest.approx(dealer.cumulative_net)


def test_draw_compare_is_a_pure_function():
    from evaluator import charts

    fig = Figure()
    ax = fig.add_subplot(111)
    draw_compare(ax, [("x", [1, 2, 3], [-10, 0, 10]), ("y", [1, 2], [5, 6])],
                 charts.ChartStyle.for_print("nl", "EUR"))
    assert [list(line.get_ydata()) for line in ax.get_lines() if line.get_gid() != "zero"] == [[-10, 0, 10], [5, 6]]
    assert ax.get_xlabel() == "Maand"


def test_from_library_uses_library_names(qtbot):
    from types import SimpleNamespace

    docs = {7: evaluation(), 9: evaluation(DEALER)}

    class FakeLibrary:  # the two calls CompareView makes on evaluator.storage.library.Library
        def list(self, search="", sort="updated", include_deleted=False):
            return [SimpleNamespace(id=7, name="My MLM (copy)"), SimpleNamespace(id=9, name="")]

        def get(self, entry_id):
            return docs[entry_id]

    view = CompareView.from_library(FakeLibrary(), [9, 7], "en")
    qtbot.addWidget(view)
    # An empty library name falls back to the offer's name.
    assert [label.text() for label in view.name_labels] == ["Kitchen demo dealer", "My MLM (copy)"]
    # The UI contract's form, as the shell calls it.
    view2 = CompareView(FakeLibrary(), [7, 9], "nl")
    qtbot.addWidget(view2)
    assert [label.text() for label in view2.name_labels] == ["My MLM (copy)", "Kitchen demo dealer"]
    assert view2.cells[("break_even", 1)].text() == "Month 1"  # no translator installed: English


def test_two_bundled_examples(qtbot):
    from evaluator.core import fileformat
    from evaluator.resources import example_paths

    paths = {p.stem: p for p in example_paths()}
    assert {"pyramid-scheme", "dealer-kitchen-appliance"} <= set(paths)
    pyramid = fileformat.load(paths["pyramid-scheme"])
    dealer = fileformat.load(paths["dealer-kitchen-appliance"])
    view = CompareView([(pyramid.offer.name, pyramid), (dealer.offer.name, dealer)], "en")
    qtbot.addWidget(view)
    assert [label.text() for label in view.name_labels] == [pyramid.offer.name, dealer.offer.name]
    from evaluator.core.analysis import analyze

    assert view.verdict_badges[0].text() == "Likely a pyramid scheme"
    assert view.verdict_badges[1].text() == fmt.verdict_label(analyze(dealer, "en").verdict.level)
    assert view.verdict_badges[1].text() != view.verdict_badges[0].text()


def test_the_comparison_can_be_saved_as_an_image(qtbot, tmp_path):
    view = _view(qtbot, [("A", evaluation()), ("B", evaluation(DEALER))])
    view.show()
    out = tmp_path / "comparison.png"
    assert view.save_image(str(out))
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # The whole comparison, taller than the part a window shows.
    from PySide6.QtGui import QImage

    assert QImage(str(out)).height() == view.content.height()


def test_an_empty_offer_has_nothing_to_earn_back(qtbot):
    # session 12: a new offer with no cost and no income is not "Month 1"
    from evaluator.core.model import Evaluation

    view = _view(qtbot, [("New", Evaluation.new("New offer")), ("Kitchen dealer", evaluation(DEALER))])
    assert view.cells[("break_even", 0)].text() == "Nothing to earn back"
    assert view.cells[("break_even", 1)].text() == "Month 1"
