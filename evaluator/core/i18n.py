"""Language choice for the texts the core produces (flags, verdicts, questions, errors).

The core keeps both languages side by side at the place a text is written, so a missing Dutch
text is visible in review and caught by tests; the Qt layer uses Qt's own translation tools.
"""

from __future__ import annotations

LANGUAGES = ("en", "nl")


def norm_lang(lang: str | None) -> str:
    """'nl', 'nl_NL', 'nl-BE' -> 'nl'; anything else -> 'en'."""
    return "nl" if (lang or "").lower().startswith("nl") else "en"


def tr(lang: str, en: str, nl: str) -> str:
    """Pick the English or Dutch version of a text."""
    return nl if norm_lang(lang) == "nl" else en


def fmt_number(value: float, lang: str, decimals: int = 0) -> str:
    """1234567.891 -> '1,234,567.89' (en) or '1.234.567,89' (nl)."""
    text = f"{value:,.{decimals}f}"
    if norm_lang(lang) == "nl":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}


def fmt_money(value: float, currency: str, lang: str, decimals: int = 0) -> str:
    """Currency as a reader of ``lang`` expects it: '€ 1.234' (nl) or '€1,234' (en).

    Negative amounts keep the sign in front: '-€ 1.234' / '-€1,234'.
    """
    symbol = _SYMBOLS.get(currency, currency + " " if norm_lang(lang) == "en" else currency)
    sign = "-" if value < 0 and round(abs(value), decimals) != 0 else ""
    number = fmt_number(abs(value), lang, decimals)
    if norm_lang(lang) == "nl":
        return f"{sign}{symbol} {number}".replace("  ", " ")
    return f"{sign}{symbol}{number}"


def fmt_percent(value: float, lang: str, decimals: int = 0) -> str:
    return fmt_number(value, lang, decimals) + "%"
