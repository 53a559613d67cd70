"""Number parsing for typed and pasted values, in Dutch and English notation."""

from __future__ import annotations

import pytest

from evaluator.ui.widgets import format_number, parse_number


@pytest.mark.parametrize("text, lang, expected", [
    ("1.234,56", "nl", 1234.56),
    ("1.234,56", "en", 1234.56),
    ("1,234.56", "en", 1234.56),
    ("1,234.56", "nl", 1234.56),
    ("12,5", "en", 12.5),
    ("12,5 %", "nl", 12.5),
    ("63.84%", "nl", 63.84),
    ("1.234", "nl", 1234),
    ("1.234", "en", 1.234),
    ("1,234", "en", 1234),
    ("1,234", "nl", 1.234),
    ("€ 1.000", "nl", 1000),
    ("EUR 1,000.50", "en", 1000.5),
    ("1.234.567", "en", 1234567),
    ("-3", "en", -3),
    ("", "en", None),
    ("  ", "nl", None),
])
def test_parse_number(text, lang, expected):
    assert parse_number(text, lang) == expected


@pytest.mark.parametrize("text", ["abc", "5O", "1,2,3.4.5", "--1", "1e5", "nan"])
def test_parse_number_refuses_non_numbers(text):
    with pytest.raises(ValueError):
        parse_number(text, "en")


@pytest.mark.parametrize("value, lang, expected", [
    (1234.5, "nl", "1234,5"), (1234.5, "en", "1234.5"), (14.71, "nl", "14,71"),
    (100.0, "en", "100"), (None, "en", ""), ("12x", "nl", "12x"), (0.125, "en", "0.125"),
])
def test_format_number(value, lang, expected):
    assert format_number(value, lang) == expected


def test_format_then_parse_round_trips():
    for value in (0, 1, 12.5, 1234.56, 99999.125):
        for lang in ("nl", "en"):
            assert parse_number(format_number(value, lang), lang) == value
