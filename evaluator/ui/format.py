"""Money, percent and month formatting and the domain's words for the result widgets.

The texts come from the core: numbers and money from ``evaluator.core.i18n`` (one format for
every surface), verdict levels, severities, leanings and disclosure bases from
``evaluator.core.labels`` (one vocabulary). This module adds what the widgets need on top: the
language of the running UI, "unknown" for missing values (interface text, translated by Qt), a
no-break space inside amounts, and the badge colours.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QPalette

from ..core import i18n, labels
from ..core.labels import SEVERITY_ORDER as SEVERITY_ORDER  # re-exported for the views
from ..core.labels import VERDICT_ORDER as VERDICT_ORDER


def ui_language() -> str:
    """'nl' or 'en': the language chosen in the app's settings, else the system locale's."""
    try:
        from .settings import AppSettings

        return AppSettings().language
    except Exception:  # an unreadable settings file must not stop a widget from showing
        logging.getLogger(__name__).exception("the settings could not be read; using the system language")
        return i18n.norm_lang(QLocale.system().name())


def money(value: float | None, currency: str, lang: str, decimals: int | None = None) -> str:
    """The core's money format (cents below 1,000); ``decimals`` only to force a precision."""
    if value is None:
        return unknown()
    # A no-break space keeps '€ 14,71' (Dutch style) together when a label wraps.
    return i18n.fmt_money(value, currency, lang, decimals).replace(" ", "\u00a0")


def signed_money(value: float | None, currency: str, lang: str, decimals: int | None = None) -> str:
    """Like ``money`` but with a '+' on gains, so a result reads as a result."""
    text = money(value, currency, lang, decimals)
    shown = i18n.money_decimals(value) if decimals is None and value is not None else decimals
    if value is not None and round(value, shown or 0) > 0:
        text = "+" + text
    return text


def percent(value: float | None, lang: str, decimals: int = 0) -> str:
    if value is None:
        return unknown()
    return i18n.fmt_percent(value, lang, decimals)


def share(value: float | None, lang: str, decimals: int = 0) -> str:
    """A fraction 0-1 shown as a percentage."""
    return percent(None if value is None else value * 100, lang, decimals)


def number(value: float | None, lang: str, decimals: int = 0) -> str:
    if value is None:
        return unknown()
    return i18n.fmt_number(value, lang, decimals)


def smart_number(value: float | None, lang: str) -> str:
    """Whole numbers without decimals, small fractions with one or two (0.5 recruits, 2.25)."""
    if value is None:
        return unknown()
    return i18n.fmt_auto(value, lang)


def unknown() -> str:
    return QCoreApplication.translate("format", "unknown")


def verdict_label(level: str, lang: str | None = None) -> str:
    return labels.label(labels.VERDICT_LABELS, level, lang or ui_language())


def severity_label(severity: str, lang: str | None = None) -> str:
    return labels.label(labels.SEVERITY_LABELS, severity, lang or ui_language())


def basis_label(basis: str, lang: str | None = None) -> str:
    """Whom a disclosure counts, as the end of a sentence: 'counts active participants only'."""
    return labels.label(labels.BASIS_COUNTS, basis, lang or ui_language())


def leans_label(leans: str | None, lang: str | None = None) -> str:
    """'leans like a pyramid' / 'neigt als een piramide', as in the PDF."""
    return labels.leans_text(leans, lang or ui_language())


# Colours: a badge always carries its text too (never colour alone); the pairs are chosen so the
# text stays readable on the badge in light and dark palettes alike.
VERDICT_COLOURS = {
    "likely_pyramid": ("#8b0000", "#ffffff"),
    "high_risk": ("#c0392b", "#ffffff"),
    "caution": ("#e6a700", "#1a1a1a"),
    "lower_risk": ("#2e7d32", "#ffffff"),
}
PENDING_COLOURS = ("#6b7280", "#ffffff")  # a verdict still being updated: no level's colour
SEVERITY_COLOURS = {
    "serious": ("#c0392b", "#ffffff"),
    "warning": ("#e6a700", "#1a1a1a"),
    "info": ("#5b6b7a", "#ffffff"),
}


def badge_style(background: str, foreground: str) -> str:
    return (f"QLabel {{ background-color: {background}; color: {foreground}; border-radius: 4px;"
            f" padding: 3px 8px; font-weight: bold; }}")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def gain_loss_colour(value: float | None, palette: QPalette) -> QColor | None:
    """A green or red that reads on this palette's window colour; None for no value or zero."""
    if value is None or abs(value) < 0.5:
        return None
    dark = is_dark(palette)
    if value > 0:
        return QColor("#7ddc82" if dark else "#1b6e20")
    return QColor("#ff8a80" if dark else "#b3261e")


_SYMBOL_SPACE = re.compile(r"([€$£]) (?=-?\d)")


def keep_money_together(text: str) -> str:
    """The core's sentences write Dutch amounts as "€ 1.021" with a plain space; in a wrapping
    label a line could end in a bare "€" or "$" with "1.021" on the next (review 11). The space
    after a currency symbol before a number becomes a no-break space."""
    return _SYMBOL_SPACE.sub("\\1\u00a0", text)
