"""Money, percent and month formatting for the result widgets, on top of ``evaluator.core.i18n``.

The core formats numbers for a language; this module adds what the widgets need on top: the
language of the running UI, "unknown" for missing values, and the few labels (verdict levels,
severities, disclosure bases) the results, simulation and compare views all show.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor, QPalette

from ..core import i18n



def ui_language() -> str:
    """'nl' or 'en': the language chosen in the app's settings, else the system locale's."""
    try:
        from .settings import AppSettings

        return AppSettings().language
    except Exception:  # an unreadable settings file must not stop a widget from showing
        return i18n.norm_lang(QLocale.system().name())


def money(value: float | None, currency: str, lang: str, decimals: int = 0) -> str:
    if value is None:
        return unknown()
    # A no-break space keeps '€ 14,71' (Dutch style) together when a label wraps.
    return i18n.fmt_money(value, currency, lang, decimals).replace(" ", "\u00a0")


def signed_money(value: float | None, currency: str, lang: str, decimals: int = 0) -> str:
    """Like ``money`` but with a '+' on gains, so a result reads as a result."""
    text = money(value, currency, lang, decimals)
    if value is not None and round(value, decimals) > 0:
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
    if abs(value - round(value)) < 1e-9:
        return i18n.fmt_number(value, lang, 0)
    return i18n.fmt_number(value, lang, 1 if abs(value) >= 10 else 2)


def unknown() -> str:
    return QCoreApplication.translate("format", "unknown")


def verdict_label(level: str) -> str:
    labels = {
        "likely_pyramid": QCoreApplication.translate("format", "Likely a pyramid scheme"),
        "high_risk": QCoreApplication.translate("format", "High risk"),
        "caution": QCoreApplication.translate("format", "Caution"),
        "lower_risk": QCoreApplication.translate("format", "Lower risk"),
    }
    return labels.get(level, level)


def severity_label(severity: str) -> str:
    labels = {"serious": QCoreApplication.translate("format", "Serious"), "warning": QCoreApplication.translate("format", "Warning"), "info": QCoreApplication.translate("format", "Note")}
    return labels.get(severity, severity)


def basis_label(basis: str) -> str:
    labels = {
        "all": QCoreApplication.translate("format", "counts all participants"),
        "active": QCoreApplication.translate("format", "counts active participants only"),
        "earners": QCoreApplication.translate("format", "counts only participants who earned something"),
        "unknown": QCoreApplication.translate("format", "does not say whom it counts"),
    }
    return labels.get(basis, basis)


def leans_label(leans: str | None) -> str:
    labels = {
        "pyramid": QCoreApplication.translate("format", "leans to pyramid scheme"),
        "network_marketing": QCoreApplication.translate("format", "leans to network marketing"),
        "unclear": QCoreApplication.translate("format", "unclear"),
    }
    return labels.get(leans or "unclear", labels["unclear"])


# Colours: a badge always carries its text too (never colour alone); the pairs are chosen so the
# text stays readable on the badge in light and dark palettes alike.
VERDICT_COLOURS = {
    "likely_pyramid": ("#8b0000", "#ffffff"),
    "high_risk": ("#c0392b", "#ffffff"),
    "caution": ("#e6a700", "#1a1a1a"),
    "lower_risk": ("#2e7d32", "#ffffff"),
}
SEVERITY_COLOURS = {
    "serious": ("#c0392b", "#ffffff"),
    "warning": ("#e6a700", "#1a1a1a"),
    "info": ("#5b6b7a", "#ffffff"),
}
SEVERITY_ORDER = {"serious": 0, "warning": 1, "info": 2}
VERDICT_ORDER = {"likely_pyramid": 0, "high_risk": 1, "caution": 2, "lower_risk": 3}


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
