"""The headline cards (SPEC 9.4): you, the typical participant and the claim on the same
periods, never green while the typical participant loses money without saying so."""

from __future__ import annotations

import copy

import pytest

from evaluator.ui import format as fmt

from .samples import DEALER, analysis_of, evaluation, results_panel


@pytest.fixture
def panel(qtbot):
    return results_panel(qtbot, size=(900, 900), show=True)


def text(label) -> str:
    """A card's text without the word joiner that keeps a sign with its amount."""
    return label.text().replace("\u2060", "")


def _dealer(**offer):
    data = copy.deepcopy(DEALER)
    data["offer"].update(offer)
    return evaluation(data)


def _green(panel) -> str:
    return fmt.gain_loss_colour(1, panel.palette()).name()


def _red(panel) -> str:
    return fmt.gain_loss_colour(-1, panel.palette()).name()


def test_three_columns_on_the_same_periods(panel):
    ev = _dealer(claims={"claimed_monthly_income": 2500})
    panel.set_analysis(ev, analysis_of(ev, "en"))
    you, typical, claim = (panel.headline_cards[k] for k in ("you", "typical", "claim"))
    # You: 2 sales a month of €1,300 at 20% = €520 a month; year 1 12 * 520 - 350 kit = 5,890,
    # year 2 12 * 520 = 6,240 (€520 a month).
    assert text(you.years[0]) == "+€5,890 a year"
    assert text(you.years[1]) == "+€6,240 a year"
    assert text(you.months[1]) == "+€520 a month on average"
    # The claim: €2,500 a month, gross: €30,000 a year, not coloured as a result.
    assert text(claim.years[0]) == "€30,000 a year"
    assert text(claim.months[0]) == "€2,500 a month on average"
    assert "before any cost" in claim.note.text()
    # Every card writes its periods.
    for card in (you, typical, claim):
        assert [p.text() for p in card.periods] == ["Year 1 (months 1–12)", "Year 2 (months 13–24)"]
    # The typical participant earns (+€1,750): your green figures need no warning.
    assert you.value_colour(1) == _green(panel)
    assert not you.warning


def test_green_result_says_that_the_typical_participant_loses_money(panel):
    # Everyone in the disclosure averages €100 a year: year 1 100 - 350 kit = -250 (a loss),
    # year 2 +100.
    ev = _dealer(disclosure={"year": 2024, "source": "report", "basis": "all",
                             "tiers": [{"share_percent": 100, "annual_average": 100}]})
    panel.set_analysis(ev, analysis_of(ev, "en"))
    you, typical = panel.headline_cards["you"], panel.headline_cards["typical"]
    assert text(typical.years[0]) == "-€250 a year"
    assert typical.value_colour(1) == _red(panel)
    assert typical.note.text().startswith("The typical participant loses money.")
    # Your result is green, and the card says so next to it, in the loss colour.
    assert you.value_colour(1) == _green(panel)
    assert you.warning and you.note.isVisibleTo(panel)
    assert text(you.note) == "But the typical participant loses money: -€250 in year 1."
    assert you.note.palette().color(you.note.foregroundRole()).name() == _red(panel)


def test_unknown_typical_participant_is_shown_as_unknown_with_the_reason(panel):
    ev = _dealer(disclosure=None)
    panel.set_analysis(ev, analysis_of(ev, "en"))
    typical, you = panel.headline_cards["typical"], panel.headline_cards["you"]
    assert [text(y) for y in typical.years] == [fmt.unknown(), fmt.unknown()]
    assert "No income disclosure" in typical.note.text()
    assert you.warning and "unknown" in you.note.text()


def test_cards_follow_the_language(panel):
    ev = _dealer(claims={"claimed_monthly_income": 2500})
    panel.set_analysis(ev, analysis_of(ev, "nl"))
    panel.set_language("nl")
    # The numbers follow the language at once (the words follow the translator).
    assert "€\u00a05.890" in text(panel.headline_cards["you"].years[0])


def test_an_empty_offer_does_not_break_even_in_month_one(panel):
    from evaluator.core.model import Evaluation

    ev = Evaluation.new("Empty")
    panel.set_analysis(ev, analysis_of(ev, "en"))
    # No costs and no income: the rule says month 1, the screen says there is nothing to earn back.
    assert panel.key_numbers["break_even"].value.text() == "Nothing to earn back"
    assert text(panel.headline_cards["you"].years[0]) == "€0 a year"


def test_unknown_coverage_names_the_figure_among_those_the_disclosure_counts(panel):
    # Earners only, coverage not stated: the typical participant of all is unknown, but among the
    # earners the median is 1,200 a year (one tier of everyone counted averaging 1,200).
    from evaluator.core.projection import group_words

    ev = _dealer(disclosure={"year": 2024, "source": "report", "basis": "earners",
                             "tiers": [{"share_percent": 100, "annual_average": 1200}]})
    panel.set_analysis(ev, analysis_of(ev, "en"))
    typical = panel.headline_cards["typical"]
    assert [text(y) for y in typical.years] == [fmt.unknown(), fmt.unknown()]
    assert typical.note.text().endswith(f"{group_words('earners', 'en')}: €1,200 a year, gross.")
    assert typical.warning
