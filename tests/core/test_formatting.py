"""The one number and money format (evaluator.core.i18n) that every surface uses."""

from __future__ import annotations

import pytest

from evaluator.core.i18n import (
    fmt_auto,
    fmt_money,
    fmt_number,
    fmt_percent,
    fmt_plain,
    money_decimals,
)


@pytest.mark.parametrize(("value", "en", "nl"), [
    (4.95, "€4.95", "€ 4,95"),            # a price with cents below 1,000 keeps them
    (149.95, "€149.95", "€ 149,95"),
    (150.0, "€150", "€ 150"),              # whole amounts: no ',00'
    (999.994, "€999.99", "€ 999,99"),
    (999.996, "€1,000", "€ 1.000"),        # rounds to a whole 1,000.00: no cents shown
    (1250.50, "€1,251", "€ 1.251"),        # from 1,000 up whole units; halves round up
    (-2088.37, "-€2,088", "-€ 2.088"),     # the minus sign in front of the currency, both languages
    (-54.95, "-€54.95", "-€ 54,95"),
    (-0.004, "€0", "€ 0"),                 # no '-€0'
    (1e12, "€1,000,000,000,000", "€ 1.000.000.000.000"),  # grouped, never with spaces
])
def test_money_in_both_languages(value, en, nl):
    assert fmt_money(value, "EUR", "en") == en
    assert fmt_money(value, "EUR", "nl") == nl


def test_money_of_other_currencies_and_forced_decimals():
    assert fmt_money(1234.5, "USD", "en") == "$1,235"  # 1,234.5 -> whole units, half rounds up
    assert fmt_money(12, "CHF", "en") == "CHF 12"
    assert fmt_money(12, "CHF", "nl") == "CHF 12"
    assert fmt_money(14.5, "EUR", "nl", decimals=0) == "€ 15"  # forced: 14.5 rounds up
    assert fmt_money(2.675, "EUR", "en") == "€2.68"  # as written, not as 2.67499... in binary
    assert fmt_money(2, "EUR", "en", decimals=2) == "€2.00"


def test_money_decimals_rule():
    assert money_decimals(4.95) == 2
    assert money_decimals(4.0) == 0
    assert money_decimals(4.999) == 0  # 5.00 at cent precision: whole
    assert money_decimals(999.5) == 2
    assert money_decimals(1000.5) == 0
    assert money_decimals(float("inf")) == 0


def test_numbers_group_thousands_by_language_and_never_with_spaces():
    assert fmt_number(1234567.891, "en", 2) == "1,234,567.89"
    assert fmt_number(1234567.891, "nl", 2) == "1.234.567,89"
    assert fmt_number(10_000_000, "nl") == "10.000.000"
    assert " " not in fmt_number(1e15, "en") and " " not in fmt_number(1e15, "nl")
    assert fmt_number(-0.2, "en") == "0"  # rounds to 0: no '-0'
    assert fmt_number(float("inf"), "en") == "∞"
    assert fmt_percent(12.5, "nl", 1) == "12,5%"


def test_years_and_seeds_are_never_grouped():
    assert fmt_plain(2017) == "2017"
    assert fmt_plain(2**40) == "1099511627776"


def test_auto_decimals():
    assert fmt_auto(3.0, "en") == "3"
    assert fmt_auto(0.5, "nl") == "0,50"     # below 10: two decimals
    assert fmt_auto(12.25, "en") == "12.3"   # from 10 up: one decimal, the half rounded up
    assert fmt_auto(2400, "nl") == "2.400"


def test_absurd_magnitudes_format_without_failing():
    assert fmt_money(1.7e308, "EUR", "en").startswith("€170,000,000")
    assert fmt_number(-1e-300, "en", 2) == "0.00"
    assert fmt_money(float("-inf"), "EUR", "nl") == "-€ ∞"


def test_a_range_error_groups_its_limit_with_commas_not_spaces():
    from evaluator.core import fileformat

    with pytest.raises(fileformat.EvaluationFileError) as info:
        fileformat.from_data({"format": "opportunity-evaluation", "version": 1,
                              "offer": {"name": "x", "fees": {"signup": 1e13}}})
    assert "offer.fees.signup: must be at most 1,000,000,000,000" in str(info.value)
