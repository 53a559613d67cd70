"""Language choice and the one number and money formatter for every text the app shows.

The core keeps both languages side by side at the place a text is written (``tr``), so a missing
Dutch text is visible in review and caught by tests; the Qt layer uses Qt's own translation tools
for interface text. Every surface (core texts, command line, charts, PDF, widgets) formats numbers
and money through the functions here, so one amount reads the same everywhere:

- Thousands are grouped with ',' (en) or '.' (nl), never with spaces: '1,234,567' / '1.234.567'.
- Halves round up, as people round: '€ 2,50' at no decimals is '€ 3', 1,250.50 is '1,251'.
- Years and other identifiers (a seed) are never grouped: ``fmt_plain`` gives '2017'.
- Money shows cents below 1,000 when the amount has cents ('€4.95', '€ 149,95'); from 1,000 up,
  and for whole amounts, whole units ('€150', '€ 2.088'). ``money_decimals`` is that rule: one
  amount reads the same in a red flag, a table and the appendix, and a price is never rounded.
- A negative amount has its minus sign in front of the currency: '-€2,088' (en), '-€ 2.088' (nl).
- Amounts that share one sentence go through ``fmt_money_group``: when one of them shows its
  cents, every one that has cents shows them ('€ 2.215,87 betaald en € 386,77 ontvangen'), so a
  sentence never puts an amount rounded to euros next to cents.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Context, Decimal

LANGUAGES = ("en", "nl")

# Money below this shows its cents (a €4.95 fee must never read as €5, a €149.95 kit never as
# €150); from here up whole units, where cents are noise next to the thousands.
CENTS_BELOW = 1000.0


def norm_lang(lang: str | None) -> str:
    """'nl', 'nl_NL', 'nl-BE' -> 'nl'; anything else -> 'en'."""
    return "nl" if (lang or "").lower().startswith("nl") else "en"


def tr(lang: str, en: str, nl: str) -> str:
    """Pick the English or Dutch version of a text."""
    return nl if norm_lang(lang) == "nl" else en


# Texts already formatted, per (value, lang, decimals) and (value, currency, lang, decimals): the
# app formats the same few hundred amounts after every keystroke, and exact decimal rounding is
# the costly part. Equal keys give equal texts: numbers that compare equal are the same float
# once converted (0.0 and -0.0 both read '0'), and a value that cannot be a key (unhashable, a
# signalling NaN) is formatted without the cache. Cleared when full, so it never grows past it.
_CACHE_SIZE = 8192
_NUMBER_TEXTS: dict[tuple[object, ...], str] = {}
_MONEY_TEXTS: dict[tuple[object, ...], str] = {}


def fmt_number(value: float, lang: str, decimals: int = 0) -> str:
    """1234567.891 -> '1,234,567.89' (en) or '1.234.567,89' (nl)."""
    key = (value, lang, decimals)
    try:
        return _NUMBER_TEXTS[key]
    except KeyError:
        text = _fmt_number(value, lang, decimals)
    except TypeError:
        return _fmt_number(value, lang, decimals)
    if len(_NUMBER_TEXTS) >= _CACHE_SIZE:
        _NUMBER_TEXTS.clear()
    _NUMBER_TEXTS[key] = text
    return text


def _fmt_number(value: float, lang: str, decimals: int) -> str:
    """``fmt_number`` without the cache."""
    if not math.isfinite(value):  # an overflowed figure from absurd inputs: say so, do not crash
        return "∞" if value > 0 else "-∞" if value < 0 else "?"
    rounded = _round_half_up(value, decimals)
    if rounded == 0:
        rounded = Decimal(0)  # no '-0'
    text = f"{rounded:,.{decimals}f}"
    if norm_lang(lang) == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


# Enough digits for any finite float (up to 1.8e308) with its decimals, so rounding never fails.
_EXACT = Context(prec=400, rounding=ROUND_HALF_UP)


def _round_half_up(value: float, decimals: int) -> Decimal:
    """Rounded as people round: 2.5 -> 3, 1,250.50 -> 1,251, and 2.675 -> 2.68 (the number as
    written, not its binary neighbour 2.67499...)."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-decimals), context=_EXACT)


def fmt_plain(value: float) -> str:
    """A year or another identifier: digits only, never grouped ('2017', '20240601')."""
    return str(int(value)) if float(value).is_integer() else str(value)


def fmt_auto(value: float, lang: str) -> str:
    """Whole numbers without decimals, fractions with one (from 10 up) or two (0.5, 2.25)."""
    if abs(value - round(value)) < 1e-9:
        return fmt_number(value, lang, 0)
    return fmt_number(value, lang, 1 if abs(value) >= 10 else 2)


def money_decimals(value: float) -> int:
    """2 for an amount below ``CENTS_BELOW`` that has cents, else 0."""
    if not math.isfinite(value):
        return 0
    cents = _round_half_up(abs(value), 2)
    return 2 if cents < CENTS_BELOW and cents != cents.to_integral_value() else 0


_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}


def currency_symbol(currency: str) -> str:
    """"€" for EUR, "$" for USD ...; the code itself for a currency without a symbol here."""
    return _SYMBOLS.get(currency, currency)


def fmt_money(value: float, currency: str, lang: str, decimals: int | None = None) -> str:
    """Currency as a reader of ``lang`` expects it: '€ 1.234' (nl) or '€1,234' (en).

    ``decimals`` None (the default) applies ``money_decimals``. Negative amounts keep the sign in
    front: '-€ 1.234' / '-€1,234'.
    """
    key = (value, currency, lang, decimals)
    try:
        return _MONEY_TEXTS[key]
    except KeyError:
        text = _fmt_money(value, currency, lang, decimals)
    except TypeError:
        return _fmt_money(value, currency, lang, decimals)
    if len(_MONEY_TEXTS) >= _CACHE_SIZE:
        _MONEY_TEXTS.clear()
    _MONEY_TEXTS[key] = text
    return text


def _fmt_money(value: float, currency: str, lang: str, decimals: int | None) -> str:
    """``fmt_money`` without the cache."""
    if decimals is None:
        decimals = money_decimals(value)
    nl = norm_lang(lang) == "nl"
    symbol = _SYMBOLS.get(currency, currency if nl else currency + " ")
    if not math.isfinite(value):  # an overflowed figure from absurd inputs: say so, do not crash
        sign = "-" if value < 0 else ""
    else:
        sign = "-" if value < 0 and _round_half_up(abs(value), decimals) != 0 else ""
    number = fmt_number(abs(value), lang, decimals)
    if nl:
        return f"{sign}{symbol} {number}"
    return f"{sign}{symbol}{number}"


def _has_cents(value: float) -> bool:
    if not math.isfinite(value):
        return False
    cents = _round_half_up(abs(value), 2)
    return cents != cents.to_integral_value()


def fmt_money_group(values: list[float], currency: str, lang: str) -> list[str]:
    """Amounts for one sentence, formatted alike: ``fmt_money`` each, except that when any of
    them shows cents (``money_decimals``), every amount that has cents shows them too.
    [2215.87, 386.77] -> ['€ 2.215,87', '€ 386,77'] (nl); [1500, 192.09] -> ['€ 1.500', '€ 192,09']
    (a whole amount is exact as it is)."""
    cents = any(money_decimals(v) == 2 for v in values)
    return [fmt_money(v, currency, lang, 2 if cents and _has_cents(v) else None) for v in values]


def fmt_percent(value: float, lang: str, decimals: int = 0) -> str:
    return fmt_number(value, lang, decimals) + "%"


def whole_percent_shares(values: list[float], first_apart: bool = False) -> list[int]:
    """Each value's share of their sum in whole percents that add up to exactly 100 (the
    largest-remainder method): a table of shares under a "Total 100%" row must add up, where
    rounding each alone gives 94 + 3 + 2 = 99. Negative values count as 0; all 0 gives 0s.

    ``first_apart``: the first value (your own sales) is set against all the others together,
    whose share is rounded as :func:`fmt_percent` rounds it (the "income from recruiting" key
    figure beside the table), and the others split that whole: 94.44 / 3.25 / 2.31 give 94 / 3 /
    3 under a key figure of 6%, where 95 / 3 / 2 read as 95% + 6% = 101%."""
    parts = [max(0.0, float(v)) for v in values]
    total = sum(parts)
    if total <= 0:
        return [0] * len(parts)
    exact = [100 * v / total for v in parts]
    if first_apart and len(parts) > 1:
        rest = int(_round_half_up(100 * sum(parts[1:]) / total, 0))
        return [100 - rest, *_largest_remainders(exact[1:], rest)]
    return _largest_remainders(exact, 100)


def _largest_remainders(exact: list[float], target: int) -> list[int]:
    """Whole numbers, each the floor of its exact value or one more, that add up to ``target``
    (the largest remainders get the missing points; ties: the earlier row)."""
    whole = [int(x) for x in exact]  # floor: the values are not negative
    short = target - sum(whole)
    for i in sorted(range(len(exact)), key=lambda i: (-(exact[i] - whole[i]), i))[:max(short, 0)]:
        whole[i] += 1
    return whole
