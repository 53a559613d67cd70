"""Numbers as people type them (SPEC 9.5): every accepted notation, the ambiguity rule, the
reasons for bad text, writing back into a field, and pasted spreadsheet tables."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator.core.numbers import (
    REASONS, display_value, format_for_field, parse_amount, parse_number, parse_percent,
    parse_table,
)

NBSP, NNBSP, MINUS = "\u00a0", "\u202f", "\u2212"

# (text, value in Dutch UI, value in English UI, alternative reading or None when unambiguous)
# An ambiguous text is read by the interface language; the other reading is the alternative.
AMOUNTS = [
    ("2.400", 2400.0, 2.4, "other"),             # nl: dot groups thousands; en: decimal point
    ("2,400", 2.4, 2400.0, "other"),             # nl: decimal comma; en: comma groups thousands
    ("-1.250", -1250.0, -1.25, "other"),
    ("EUR 48.000", 48000.0, 48.0, "other"),      # issue 11: a pasted € 48.000 became 48
    ("$1,200", 1.2, 1200.0, "other"),
    ("€ 999,999", 999.999, 999999.0, "other"),
    ("€ 2.400,50", 2400.5, 2400.5, None),        # both separators: the last one is the decimal
    ("€2,400.50", 2400.5, 2400.5, None),
    ("2.400,-", 2400.0, 2400.0, None),           # Dutch whole euros: a dash for the cents
    ("€ 5,--", 5.0, 5.0, None),
    ("2400", 2400.0, 2400.0, None),
    ("2 400", 2400.0, 2400.0, None),             # a space groups in both languages
    (f"2{NBSP}400", 2400.0, 2400.0, None),
    (f"€{NBSP}2{NNBSP}400,50", 2400.5, 2400.5, None),
    ("2 400,500", 2400.5, 2400.5, None),         # spaces group, so the comma is the decimal
    ("1'234.50", 1234.5, 1234.5, None),          # Swiss apostrophe grouping
    ("12,5", 12.5, 12.5, None),                  # one or two decimals are never a thousands group
    ("12.5", 12.5, 12.5, None),
    ("0,5", 0.5, 0.5, None),
    ("0.500", 0.5, 0.5, None),                   # no thousands group follows a lone 0
    ("1234,567", 1234.567, 1234.567, None),      # four digits before: not a first group
    ("1.234.567", 1234567.0, 1234567.0, None),   # two dots: grouping
    ("1,234,567", 1234567.0, 1234567.0, None),
    ("1.234.567,89", 1234567.89, 1234567.89, None),
    ("-€ 5", -5.0, -5.0, None),
    ("€ -5", -5.0, -5.0, None),
    (f"{MINUS}5", -5.0, -5.0, None),             # Unicode minus
    ("\u20135", -5.0, -5.0, None),               # en dash used as a minus
    ("(€ 5)", -5.0, -5.0, None),                 # accounting brackets
    ("+7", 7.0, 7.0, None),
    ("  2400  ", 2400.0, 2400.0, None),
    ("2400 €", 2400.0, 2400.0, None),
    ("48 EUR", 48.0, 48.0, None),
    ("euro 10", 10.0, 10.0, None),
    ("US$ 3", 3.0, 3.0, None),
    (",5", 0.5, 0.5, None),
    ("5.", 5.0, 5.0, None),
    ("0", 0.0, 0.0, None),
    ("-0", 0.0, 0.0, None),
]


@pytest.mark.parametrize("text,nl,en,alt", AMOUNTS)
def test_amounts_in_both_interface_languages(text, nl, en, alt):
    for lang, expected, other in (("nl", nl, en), ("en", en, nl)):
        result = parse_amount(text, lang)
        assert result.error is None, (text, lang, result.error)
        assert result.value == pytest.approx(expected, abs=1e-12), (text, lang)
        assert result.ambiguous is (alt is not None), (text, lang)
        if alt is None:
            assert result.alternative is None
            assert result.settled
        else:
            assert result.alternative == pytest.approx(other), (text, lang)
            assert not result.settled
            assert result.readings == {"nl": pytest.approx(nl), "en": pytest.approx(en)}


PERCENTS = [
    ("12,5 %", 12.5, 12.5, False),
    ("12.5%", 12.5, 12.5, False),
    ("12,5", 12.5, 12.5, False),
    ("62,4", 62.4, 62.4, False),
    (f"12,5{NBSP}%", 12.5, 12.5, False),
    ("100 %", 100.0, 100.0, False),
    ("-3%", -3.0, -3.0, False),
    ("12,500 %", 12.5, 12500.0, True),           # ambiguous by the rule; within() settles it
]


@pytest.mark.parametrize("text,nl,en,ambiguous", PERCENTS)
def test_percentages(text, nl, en, ambiguous):
    for lang, expected in (("nl", nl), ("en", en)):
        result = parse_percent(text, lang)
        assert result.error is None
        assert result.value == pytest.approx(expected)
        assert result.ambiguous is ambiguous
        assert result.currency is None


@pytest.mark.parametrize("text,code", [
    ("abc", "not_a_number"),
    ("12abc", "not_a_number"),
    ("1e5", "not_a_number"),
    (".", "not_a_number"),
    ("€", "not_a_number"),
    ("-", "not_a_number"),
    ("12 € 5", "not_a_number"),
    ("1.2.3", "two_decimal_separators"),
    ("1,234,56", "two_decimal_separators"),
    ("1.234,5,6", "two_decimal_separators"),
    ("12 5", "bad_grouping"),
    ("1.23,5", "bad_grouping"),                  # a thousands group must have three digits
    ("0.500,5", "bad_grouping"),                 # no group after a lone 0
    ("1 234.567,5", "bad_grouping"),             # two kinds of grouping
    ("--5", "two_signs"),
    ("(-5)", "two_signs"),
    ("5-", "misplaced_sign"),
    ("€ $ 5", "two_currencies"),
    ("12 %", "percent_in_amount"),
    ("1" + "0" * 400, "too_large"),
])
def test_invalid_amounts_give_a_reason_in_both_languages(text, code):
    for lang in ("nl", "en"):
        result = parse_amount(text, lang)
        assert result.value is None and not result.valid and not result.empty
        assert result.error == code, (text, lang, result.error)
        en, nl = REASONS[code]
        assert result.reason("en") == en and result.reason("nl") == nl
        assert result.reason() == (nl if lang == "nl" else en)
        assert result.text == text  # what was typed is kept


@pytest.mark.parametrize("text,code", [
    ("€ 12", "currency_in_percent"),
    ("% 12", "misplaced_percent"),
    ("12 %%", "not_a_number"),
])
def test_invalid_percentages(text, code):
    assert parse_percent(text, "nl").error == code


def test_reasons_are_translated():
    for code, (en, nl) in REASONS.items():
        assert en and nl and en != nl, code


def test_empty_text_is_empty_not_an_error():
    for text in ("", "   ", NBSP, None):
        result = parse_amount(text, "nl")
        assert result.empty and result.value is None and result.error is None and not result.valid


def test_currency_and_percent_are_reported():
    assert parse_amount("€ 5", "nl").currency == "EUR"
    assert parse_amount("$5", "en").currency == "USD"
    assert parse_amount("GBP 5", "en").currency == "GBP"
    assert parse_amount("5", "en").currency is None
    assert parse_number("5 %", "en").percent and not parse_number("5", "en").percent


def test_convention_is_the_evidence_a_text_gives():
    assert parse_number("2.400,50", "en").convention == "nl"
    assert parse_number("62,4", "en").convention == "nl"
    assert parse_number("2,400.50", "nl").convention == "en"
    assert parse_number("62.4", "nl").convention == "en"
    for fits_both in ("2400", "2 400", "€ 0", "2.400", "2,400"):
        assert parse_number(fits_both, "nl").convention is None, fits_both


def test_settling_an_ambiguous_reading():
    result = parse_amount("2.400", "en")  # en: 2.4, or 2400
    dutch = result.read_as("nl", "language")
    assert (dutch.value, dutch.alternative, dutch.ambiguous, dutch.resolved_by) == (2400.0, 2.4, False, "language")
    chosen = result.choose(2400.0)
    assert chosen.value == 2400.0 and chosen.settled and chosen.resolved_by == "choice"
    with pytest.raises(ValueError):
        result.choose(5.0)
    # a share can be at most 100 %: of 12.5 and 12,500 only 12.5 fits
    share = parse_percent("12,500", "en").within(0, 100)
    assert share.value == 12.5 and share.settled and share.resolved_by == "range"
    # both readings fit: stays ambiguous
    assert parse_amount("2.400", "en").within(0, 1e6).ambiguous


# ---- writing back into a field ----------------------------------------------------------------

@pytest.mark.parametrize("value,nl,en", [
    (2400, "2400", "2400"),
    (2400.5, "2400,5", "2400.5"),
    (-5, "-5", "-5"),
    (-0.0, "0", "0"),
    (0.1, "0,1", "0.1"),
    (12.5, "12,5", "12.5"),
    (1.234, "1,2340", "1.2340"),      # 1,234 would be ambiguous: a fourth decimal 0 avoids it
    (999.999, "999,9990", "999.9990"),
    (0.125, "0,125", "0.125"),        # 0,125 is not ambiguous (no group follows a lone 0)
    (1e16, "10000000000000000", "10000000000000000"),
    (1e-7, "0,0000001", "0.0000001"),
    (None, "", ""),
])
def test_format_for_field(value, nl, en):
    assert format_for_field(value, "nl") == nl
    assert format_for_field(value, "en") == en


def test_format_for_field_with_decimals():
    assert format_for_field(2400, "nl", decimals=2) == "2400,00"
    assert format_for_field(2.4, "en", decimals=3) == "2.4000"   # 2.400 would be ambiguous
    assert format_for_field(-0.001, "en", decimals=2) == "0.00"
    with pytest.raises(ValueError):
        format_for_field(math.inf, "en")


def test_display_value():
    assert display_value(2400, "nl") == "€ 2.400,00"
    assert display_value(2400, "en") == "€2,400.00"
    assert display_value(2.4005, "en") == "€2.4005"             # not rounded to €2.40
    assert display_value(-5, "nl", currency="USD") == "-$ 5,00"
    assert display_value(12.5, "nl", "percent") == "12,5%"
    assert display_value(2400, "nl", currency=None) == "2.400"


finite = st.floats(min_value=-1e15, max_value=1e15, allow_nan=False, allow_infinity=False)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=finite, lang=st.sampled_from(["nl", "en"]), read_in=st.sampled_from(["nl", "en"]))
def test_round_trip_format_then_parse(value, lang, read_in):
    """Whatever language wrote it, either language reads it back exactly and unambiguously."""
    text = format_for_field(value, lang)
    for parse in (parse_amount, parse_percent):
        result = parse(text, read_in)
        assert result.settled, (value, text, read_in)
        assert result.value == value + 0.0


@settings(max_examples=200, deadline=None)
@given(value=finite, lang=st.sampled_from(["nl", "en"]), decimals=st.integers(0, 4))
def test_round_trip_with_fixed_decimals(value, lang, decimals):
    text = format_for_field(value, lang, decimals)
    result = parse_amount(text, lang)
    assert result.settled, text
    assert result.value == pytest.approx(float(f"{value:.{decimals}f}"), rel=1e-15, abs=1e-15)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789.,-+ %€$()'EURabc\u00a0\u2212", max_size=14),
       st.sampled_from(["nl", "en"]))
def test_any_text_gives_a_result_never_an_exception(text, lang):
    result = parse_number(text, lang)
    assert result.empty or result.valid or result.error in REASONS
    if result.valid:
        assert math.isfinite(result.value)
        assert result.ambiguous is (result.alternative is not None)


# ---- pasted tables ----------------------------------------------------------------------------

DUTCH_TIERS = ("Niveau\tAandeel %\tGemiddeld\tMediaan\n"
               "Niveau 1\t62,4\t€ 0\t€ 0\n"
               "Niveau 2\t30,1\t€ 1.250\t€ 800\n"
               "Niveau 3\t7,5\t€ 48.000\t€ 35.500\n")


def test_dutch_tier_table_read_correctly_in_the_english_ui():
    table = parse_table(DUTCH_TIERS, "en")
    assert table.delimiter == "\t"
    # The shares 62,4 / 30,1 / 7,5 can only be Dutch; the amount columns show no convention of
    # their own (€ 0, € 800 fit both), so they follow the table: 1.250 is 1250, 48.000 is 48000.
    assert table.conventions == {0: None, 1: "nl", 2: None, 3: None}
    assert table.table_convention == "nl"
    assert table.values() == [
        ["Niveau", "Aandeel %", "Gemiddeld", "Mediaan"],
        ["Niveau 1", 62.4, 0.0, 0.0],
        ["Niveau 2", 30.1, 1250.0, 800.0],
        ["Niveau 3", 7.5, 48000.0, 35500.0],
    ]
    assert table.ambiguous == []
    cell = table.cell(2, 2)
    assert cell.text == "€ 1.250" and cell.value == 1250.0 and not cell.ambiguous
    assert cell.number.resolved_by == "table" and cell.number.alternative == 1.25
    assert table.cell(1, 1).value == 62.4 and table.cell(1, 1).number.resolved_by is None
    assert not table.cell(0, 0).is_number and table.cell(9, 9) is None


def test_a_column_is_resolved_by_its_own_cells_first():
    # Column 1 shows Dutch (2.400,50); column 2 shows English (1,234.5). Each resolves its own.
    table = parse_table("1.250\t2,400\n2.400,50\t1,234.5\n", "en")
    assert table.conventions == {0: "nl", 1: "en"}
    assert table.values() == [[1250.0, 2400.0], [2400.5, 1234.5]]
    assert [c.number.resolved_by for c in table.rows[0]] == ["column", "column"]
    assert table.ambiguous == []


def test_without_evidence_cells_stay_ambiguous_and_are_reported():
    table = parse_table("A;1.250;2400\nB;2.400;€ 0\n", "en")
    assert table.delimiter == ";"
    assert table.table_convention is None
    assert table.ambiguous == [(0, 1), (1, 1)]
    # read by the interface language (en: 1.25, 2.4), the other reading kept
    assert table.cell(0, 1).value == 1.25 and table.cell(0, 1).number.alternative == 1250.0
    assert table.cell(1, 1).ambiguous


def test_a_column_that_mixes_conventions_is_not_resolved():
    table = parse_table("12,5\t1.250\n12.5\t7\n1,5\t\n", "nl")
    # column 0 mixes Dutch (12,5) and English (12.5); column 1 follows nothing -> still ambiguous
    assert table.conventions[0] is None and table.table_convention is None
    assert table.ambiguous == [(0, 1)]
    assert table.cell(0, 1).value == 1250.0  # the Dutch UI's reading


def test_quoted_cells_crlf_and_blank_lines():
    table = parse_table('"Tier 1"\t"1,250.00"\r\n\r\n"Tier ""2"""\t"€ 2.400"\r\n', "nl")
    # The column's 1,250.00 is English, so its € 2.400 is read the English way (2.4), even in
    # the Dutch UI that would read it as 2400 on its own.
    assert table.values() == [["Tier 1", 1250.0], ['Tier "2"', 2.4]]
    assert table.cell(1, 1).number.resolved_by == "column"
    assert table.cell(1, 1).number.alternative == 2400.0


def test_empty_paste():
    table = parse_table("\n \n", "en")
    assert table.rows == [] and table.ambiguous == [] and table.values() == []
