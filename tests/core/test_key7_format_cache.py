"""The formatters' text cache (i18n ``_NUMBER_TEXTS`` / ``_MONEY_TEXTS``) never serves a text that
the uncached formatter would not write for the same arguments."""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np
from hypothesis import given, settings, strategies as st

from evaluator.core import i18n
from evaluator.core.i18n import fmt_money, fmt_number

VALUES = [0.0, -0.0, 0.5, -0.5, 1.5, 2.5, 2.675, 0.005, -0.005, 999.995, 1000.0, 1250.5,
          -2088.4, 4.95, 149.95, 1e-9, -1e-9, 1e15 + 0.5, 1.7e308, -1.7e308, 5, -5,
          math.inf, -math.inf, math.nan, 1234567.891]


def _both_orders(call, uncached, args_list):
    """Each call, cached or not, in two orders (so a text cached for an equal key, 0.0 before
    -0.0 and the other way round, is checked against the uncached formatter)."""
    for args in [*args_list, *reversed(args_list), *args_list]:
        assert call(*args) == uncached(*args), args


def test_numbers_match_the_uncached_formatter():
    i18n._NUMBER_TEXTS.clear()
    args = [(v, lang, d) for v in VALUES for lang in ("en", "nl", "nl_NL") for d in (0, 1, 2)]
    _both_orders(fmt_number, i18n._fmt_number, args)


def test_money_matches_the_uncached_formatter():
    i18n._MONEY_TEXTS.clear()
    args = [(v, cur, lang, d) for v in VALUES for cur in ("EUR", "USD", "CHF")
            for lang in ("en", "nl") for d in (None, 0, 2)]
    _both_orders(fmt_money, i18n._fmt_money, args)


def test_known_texts_after_caching_equal_keys():
    i18n._MONEY_TEXTS.clear()
    i18n._NUMBER_TEXTS.clear()
    # 2.5 rounds half up to 3; -0.0 and 0.0 are one key and both read '0' (no '-0').
    assert fmt_number(0.0, "nl") == "0" and fmt_number(-0.0, "nl") == "0"
    assert fmt_money(-0.0, "EUR", "nl") == "€ 0" and fmt_money(0.0, "EUR", "nl") == "€ 0"
    assert fmt_money(2.5, "EUR", "nl", 0) == "€ 3"
    # 5 (int), 5.0, Decimal('5') and numpy's 5.0 are one key: one text, '€5'.
    assert {fmt_money(v, "EUR", "en") for v in (5, 5.0, Decimal("5"), np.float64(5))} == {"€5"}
    # A float32 0.1 is not the double 0.1: its own key and text (0.10000000149 -> '0.1000000015').
    assert fmt_number(0.1, "en", 10) == "0.1000000000"
    assert fmt_number(np.float32(0.1), "en", 10) == "0.1000000015"
    # -2088.4 at no decimals: '-€ 2.088' (nl), '-€2,088' (en); the cached text follows the lang.
    assert fmt_money(-2088.4, "EUR", "nl") == "-€ 2.088"
    assert fmt_money(-2088.4, "EUR", "en") == "-€2,088"


def test_unhashable_or_signalling_values_are_formatted_without_the_cache():
    # A 0-d array is not hashable; Decimal('sNaN') cannot be hashed: neither may crash.
    assert fmt_number(np.array(1234.5), "nl", 1) == "1.234,5"
    assert fmt_money(np.array(-1234.5), "EUR", "en", 0) == "-€1,235"


def test_the_cache_stays_bounded():
    i18n._NUMBER_TEXTS.clear()
    for i in range(i18n._CACHE_SIZE + 10):
        fmt_number(i + 0.25, "en", 2)
    assert len(i18n._NUMBER_TEXTS) <= i18n._CACHE_SIZE
    # 8201.25 after the clear: still right.
    assert fmt_number(i18n._CACHE_SIZE + 9 + 0.25, "en", 2) == "8,201.25"


@settings(max_examples=300, deadline=None)
@given(st.floats(allow_nan=False, allow_infinity=True, width=64), st.sampled_from(["en", "nl"]),
       st.sampled_from([None, 0, 1, 2]))
def test_any_float_twice_matches_the_uncached_formatter(value, lang, decimals):
    assert fmt_money(value, "EUR", lang, decimals) == i18n._fmt_money(value, "EUR", lang, decimals)
    assert fmt_money(value, "EUR", lang, decimals) == i18n._fmt_money(value, "EUR", lang, decimals)
    d = 0 if decimals is None else decimals
    assert fmt_number(value, lang, d) == i18n._fmt_number(value, lang, d)
    assert fmt_number(-value, lang, d) == i18n._fmt_number(-value, lang, d)
