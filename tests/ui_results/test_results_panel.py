from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from evaluator.ui import format as fmt

from .samples import DEALER, analysis_of, evaluation, results_panel


@pytest.fixture
def panel(qtbot):
    return results_panel(qtbot, size=(760, 900))


def _all_label_texts(widget):
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in widget.findChildren(QLabel) if not label.isHidden()]


def test_empty_panel_says_what_to_do(panel):
    assert panel.empty_label.isVisibleTo(panel)
    assert not panel.body.isVisibleTo(panel)


def test_shows_verdict_and_flag_titles(panel):
    ev = evaluation()
    analysis = analysis_of(ev, "en")
    panel.set_analysis(ev, analysis)
    assert panel.body.isVisibleTo(panel)
    assert panel.verdict_badge.text() == fmt.verdict_label(analysis.verdict.level)
    assert panel.verdict_summary.text() == analysis.verdict.summary
    titles = [card.title.text() for card in panel.flag_cards]
    assert sorted(titles) == sorted(f.title for f in analysis.red_flags)
    # serious first, then warnings, then notes
    order = [fmt.SEVERITY_ORDER[card.severity] for card in panel.flag_cards]
    assert order == sorted(order)
    assert len(panel.comparison_cells) == 1 + len(analysis.comparison)


def test_key_numbers_follow_the_analysis(panel):
    ev = evaluation()
    panel.set_analysis(ev, analysis_of(ev, "en"))
    total_before = panel.key_numbers["total_net"].value.text()
    # Hand-check: the projection's total, formatted for English euros.
    assert total_before == fmt.signed_money(analysis_of(ev).projection.total_net, "EUR", "en")

    cheaper = evaluation(fees={"signup": 0, "starter_kit": 0, "monthly": 0, "annual": 0})
    panel.set_analysis(cheaper, analysis_of(cheaper, "en"))
    total_after = panel.key_numbers["total_net"].value.text()
    assert total_after != total_before
    # Removing €49 + €199 up front and €19.95 a month for 24 months adds exactly €726.80.
    before = analysis_of(ev).projection.total_net
    after = analysis_of(cheaper).projection.total_net
    assert after - before == pytest.approx(49 + 199 + 19.95 * 24 + 49)  # + the month-13 renewal


def test_break_even_month_and_typical_basis(panel):
    ev = evaluation(DEALER)
    analysis = analysis_of(ev, "en")
    panel.set_analysis(ev, analysis)
    # Dealer: €350 kit, 2 one-off sales of €1,300 at 20% commission = €520 a month: even in month 1.
    assert analysis.projection.break_even_month == 1
    assert panel.key_numbers["break_even"].value.text() == "Month 1"
    card = panel.headline_cards["typical"]
    note = card.note.text()
    assert "before expenses" in note
    assert fmt.basis_label("all") in note
    # Typical participant: median tier is the 50% tier with a median of €2,100; no yearly costs
    # beyond the €350 kit -> €1,750 net in year 1, the whole €2,100 in year 2.
    assert card.years[0].text().replace("\u2060", "") == "+€1,750 a year"
    assert card.years[1].text().replace("\u2060", "") == "+€2,100 a year"
    assert card.months[1].text().replace("\u2060", "") == "+€175 a month on average"  # 2,100 / 12


def test_hourly_against_reference_wage(panel):
    ev = evaluation(DEALER)
    panel.set_reference_wage(14.71, "minimum wage", "EUR")
    panel.set_analysis(ev, analysis_of(ev, "en"))
    p = analysis_of(ev).projection
    # 24 months of €520 commission minus the €350 kit, over 6 h/week * 52/12 * 24 months.
    assert p.hourly == pytest.approx((24 * 520 - 350) / (6 * 52 / 12 * 24))
    tile = panel.key_numbers["hourly"]
    assert tile.value.text() == f"+€{p.hourly:,.2f} per hour"
    assert tile.note.text() == "At or above the reference wage of €14.71 (minimum wage)."
    # The reference wage is not used for an offer in another currency.
    usd = evaluation(DEALER, currency="USD")
    panel.set_analysis(usd, analysis_of(usd, "en"))
    assert "reference" not in tile.note.text()
    # The evaluation's own reference wage wins over the default: €10 / €20 = 50%.
    own = evaluation(DEALER)
    own.assumptions.reference_hourly_wage = 2 * own_hourly(own)
    panel.set_analysis(own, analysis_of(own, "en"))
    assert tile.note.text() == f"50% of the reference wage of €{own.assumptions.reference_hourly_wage:,.2f} (set in this evaluation)."


def own_hourly(ev):
    return analysis_of(ev).projection.hourly


USER_TEXT = '<b>bold</b> <img src="file:///etc/passwd"> & <a href="x">link</a>'


def test_user_text_is_shown_literally(panel):
    ev = evaluation()
    analysis = analysis_of(ev, "en")
    analysis.verdict.summary = USER_TEXT
    analysis.red_flags[0].title = USER_TEXT
    analysis.red_flags[0].detail = USER_TEXT
    analysis.questions[:] = [USER_TEXT]
    panel.set_analysis(ev, analysis)
    assert panel.verdict_summary.text() == USER_TEXT
    assert panel.verdict_summary.textFormat() == Qt.TextFormat.PlainText
    card = next(c for c in panel.flag_cards if c.title.text() == USER_TEXT)
    assert card.title.textFormat() == Qt.TextFormat.PlainText
    assert card.detail.text() == USER_TEXT and card.detail.textFormat() == Qt.TextFormat.PlainText
    assert panel.question_labels[0].text() == "1. " + USER_TEXT
    assert panel.question_labels[0].textFormat() == Qt.TextFormat.PlainText


def test_every_label_is_plain_text(panel):
    from PySide6.QtWidgets import QLabel

    ev = evaluation()
    panel.set_analysis(ev, analysis_of(ev, "en"))
    formats = {label.textFormat() for label in panel.findChildren(QLabel)}
    assert formats == {Qt.TextFormat.PlainText}


def test_dutch_numbers(qtbot):
    ev = evaluation()
    widget = results_panel(qtbot, "nl", ev=ev)
    total = analysis_of(ev).projection.total_net
    assert widget.key_numbers["total_net"].value.text() == fmt.money(total, "EUR", "nl")
    assert "€\u00a0" in widget.key_numbers["total_net"].value.text()  # kept together when wrapping


def test_only_the_visible_chart_tab_draws(qtbot):
    ev = evaluation()
    widget = results_panel(qtbot, size=(800, 900), show=True, ev=ev)
    canvases = widget.canvases
    # The first tab is "you vs the typical participant vs the claim" (SPEC 9.4).
    qtbot.waitUntil(lambda: canvases["headline"].draw_count == 1)
    assert [p.get_gid() for p in canvases["headline"].figure.axes[0].patches if p.get_gid()]
    assert all(canvases[k].draw_count == 0 for k in ("cumulative", "income_sources", "outcome_distribution"))
    # The same analysis again: nothing redrawn.
    widget.set_analysis(ev, analysis_of(ev, "en"))
    assert canvases["headline"].draw_count == 1
    widget.chart_tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: canvases["income_sources"].draw_count == 1)
    # A changed analysis redraws the visible tab only; the hidden one waits until shown.
    cheaper = evaluation(fees={"signup": 0})
    widget.set_analysis(cheaper, analysis_of(cheaper, "en"))
    assert canvases["income_sources"].draw_count == 2
    assert canvases["headline"].draw_count == 1 and canvases["headline"].needs_redraw


def test_simulated_cohort_median_is_shown(panel):
    from evaluator.core import simulation

    ev = evaluation()
    result = simulation.simulate(ev, participants=20_000, months=12, seed=3)
    panel.set_analysis(ev, analysis_of(ev, "en", result), result)
    median = result.to_json()["cohort"]["net_percentiles"]["50"]
    assert panel.key_numbers["simulated"].value.text() == fmt.signed_money(median, "EUR", "en")


def _examples():
    from evaluator.core import fileformat
    from evaluator.resources import example_paths

    return {p.stem: fileformat.load(p) for p in example_paths()}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_bundled_examples_show_verdict_and_every_flag(qtbot, lang):
    examples = _examples()
    assert examples, "the bundled examples are missing"
    widget = results_panel(qtbot, lang)
    for ev in examples.values():
        analysis = analysis_of(ev, lang)
        widget.set_analysis(ev, analysis)
        assert widget.verdict_badge.text() == fmt.verdict_label(analysis.verdict.level, lang)  # the panel's language, like the summary
        assert widget.verdict_summary.text() == fmt.keep_money_together(analysis.verdict.summary)
        shown = [card.title.text() for card in widget.flag_cards]
        assert sorted(shown) == sorted(f.title for f in analysis.red_flags)
        assert len(widget.question_labels) == max(1, len(analysis.questions))


def test_pyramid_example_is_unmistakable(qtbot):
    examples = _examples()
    assert "pyramid-scheme" in examples
    widget = results_panel(qtbot, ev=examples["pyramid-scheme"])
    assert widget.verdict_badge.text() == "Likely a pyramid scheme"
    assert widget.flag_cards[0].severity == "serious"


def test_comparison_stacks_in_a_narrow_panel(qtbot):
    widget = results_panel(qtbot, size=(1000, 800), show=True, ev=evaluation())
    header, first = widget.comparison_cells[0], widget.comparison_cells[1]
    assert header[0].isVisible() and not widget._comparison_captions[1][0].isVisible()
    widget.resize(420, 800)
    qtbot.waitUntil(lambda: not header[0].isVisible())
    captions = widget._comparison_captions[1]
    assert [c.text() for c in captions] == ["Pyramid scheme", "Network marketing", "This offer"]
    assert all(c.isVisible() for c in captions) and first[3].isVisible()
    widget.resize(1000, 800)
    qtbot.waitUntil(lambda: header[0].isVisible())
