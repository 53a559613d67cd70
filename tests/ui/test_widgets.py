"""How the editor turns typed text into document data (SPEC 9.5), and writing a number back."""

from __future__ import annotations

import pytest

from evaluator.core.model import Fees, Requirements, Tier
from evaluator.core.numbers import parse_number
from evaluator.ui.editor.fields import describe, to_data
from evaluator.ui.widgets import format_number

MONEY = describe(Fees, "signup")  # float, euros
PERCENT = describe(Tier, "share_percent")  # float, %
WHOLE = describe(Requirements, "cooling_off_days")  # int, days


@pytest.mark.parametrize("text, lang, expected", [
    ("1.234,56", "nl", 1234.56),
    ("1.234,56", "en", 1234.56),
    ("1,234.56", "en", 1234.56),
    ("1,234.56", "nl", 1234.56),
    ("12,5", "en", 12.5),
    ("€ 1.000,50", "en", 1000.5),
    ("EUR 1,000.50", "nl", 1000.5),
    ("1.234.567", "en", 1234567),
    ("-3", "en", -3),
    ("2400", "nl", 2400),
    ("", "en", None),
    ("  ", "nl", None),
])
def test_money_reads_both_notations_in_either_language(text, lang, expected):
    assert to_data(MONEY, text, lang) == expected


@pytest.mark.parametrize("text, lang", [("2.400", "en"), ("2.400", "nl"), ("2,400", "en"),
                                        ("2,400", "nl"), ("€ 1.250", "en")])
def test_an_ambiguous_amount_stays_text_in_the_document(text, lang):
    # 2.400 is 2400 (Dutch) or 2.4 (English): never read silently one way; the text is kept,
    # so the model refuses it at the field and a draft keeps it as typed.
    assert to_data(MONEY, text, lang) == text


def test_the_field_settles_what_it_can():
    # a share is at most 100 %: "12,500" can only be 12.5 (12500 is out of range)
    assert to_data(PERCENT, "12,500", "en") == 12.5
    assert to_data(PERCENT, "12,5 %", "en") == 12.5
    # a whole number of days has no decimals: "1.000" could be 1 or 1000 (both whole): kept;
    # "2,400" can only be 2400 (2.4 days is not whole)
    assert to_data(WHOLE, "1.000", "en") == "1.000"
    assert to_data(WHOLE, "2,400", "nl") == 2400


@pytest.mark.parametrize("text", ["abc", "5O", "1,2,3.4.5", "--1", "1e5", "nan", "5 %"])
def test_not_a_number_stays_text(text):
    assert to_data(MONEY, text, "en") == text


@pytest.mark.parametrize("value, lang, expected", [
    (1234.5, "nl", "1234,5"), (1234.5, "en", "1234.5"), (14.71, "nl", "14,71"),
    (100.0, "en", "100"), (None, "en", ""), ("12x", "nl", "12x"), (0.125, "en", "0.125"),
])
def test_format_number(value, lang, expected):
    assert format_number(value, lang) == expected


def test_format_then_parse_round_trips():
    for value in (0, 1, 12.5, 1234.56, 99999.125):
        for lang in ("nl", "en"):
            assert parse_number(format_number(value, lang), lang).value == value
