"""Dutch for English-only error details that reach the user from elsewhere.

Two sources of English text are translated here, after the fact, so that the code raising them
stays as it is: the messages of :class:`evaluator.core.simulation.SimulationSettingsError`
(``"simulation.market_size: must be a whole number of at least 1"``, kept as a string by the UI
so that a language switch can show it again) and the ``msg`` of Python's
``json.JSONDecodeError`` (``"Expecting ',' delimiter"``). An unknown text is returned unchanged:
English is better than nothing.
"""

from __future__ import annotations

import re

from .i18n import norm_lang

# (pattern on the whole message, Dutch with the pattern's groups as {1}, {2} ...)
_SETTINGS_NL: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), nl) for p, nl in (
    (r"must be a number", "moet een getal zijn"),
    (r"must be a finite number \(not NaN or Infinity\)", "moet een eindig getal zijn (geen NaN of Infinity)"),
    (r"must be at least (\S+)", "moet minstens {1} zijn"),
    (r"must be between (\S+) and (\S+)", "moet tussen {1} en {2} liggen"),
    (r"must be a whole number of at least (\S+)", "moet een geheel getal van minstens {1} zijn"),
    (r"must be a whole number between (\S+) and (\S+)", "moet een geheel getal tussen {1} en {2} zijn"),
    (r"the simulation handles at most (\S+) participants", "de simulatie kan hoogstens {1} deelnemers aan"),
    (r"the market \((\S+)\) must be at least the participants at the start \((.+)\)",
     "de markt ({1}) moet minstens zo groot zijn als het aantal deelnemers bij de start ({2})"),
    (r"must be 'uniform' or 'preferential'", "moet 'uniform' of 'preferential' zijn"),
    (r"more than (\S+) participants would join; lower the market size, the recruit rate or the months",
     "er zouden meer dan {1} deelnemers bijkomen; verlaag de marktgrootte, het wervingstempo of het "
     "aantal maanden"),
))

_JSON_NL: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p), nl) for p, nl in (
    (r"Expecting value", "hier hoort een waarde te staan"),
    (r"Expecting ',' delimiter", "hier hoort een komma (,) te staan"),
    (r"Expecting ':' delimiter", "hier hoort een dubbele punt (:) te staan"),
    (r"Expecting property name enclosed in double quotes",
     "hier hoort een sleutel tussen dubbele aanhalingstekens te staan"),
    (r"Extra data", "na het einde van de gegevens staat nog meer tekst"),
    (r"Unterminated string starting at", "een tekst tussen aanhalingstekens die hier begint, wordt niet afgesloten"),
    (r"Invalid control character (.*)at", "ongeldig stuurteken {1}in een tekst"),
    (r"Invalid \\escape(.*)", "ongeldige escape met \\{1}"),
    (r"Invalid \\uXXXX escape", "ongeldige \\uXXXX-escape"),
    (r"Illegal trailing comma before end of object", "overbodige komma voor het einde van het object"),
    (r"Illegal trailing comma before end of array", "overbodige komma voor het einde van de lijst"),
))


_ENGLISH_NUMBER = re.compile(r"[-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?")


def dutch_number(text: str) -> str:
    """A number written the English way in Dutch: '10,000,000' -> '10.000.000', '0.5' -> '0,5',
    '1,234.5' -> '1.234,5'. Any other text is returned unchanged."""
    if not _ENGLISH_NUMBER.fullmatch(text):
        return text
    return text.translate(str.maketrans(",.", ".,"))


_dutch_number = dutch_number


def _translate(text: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> str:
    for pattern, nl in table:
        match = pattern.fullmatch(text)
        if match:
            out = nl
            for i, group in enumerate(match.groups(), start=1):
                out = out.replace("{%d}" % i, _dutch_number(group))
            return out
    return text


def settings_error(text: str, lang: str) -> str:
    """A SimulationSettingsError's text ('field: message') in ``lang``; the field stays as is."""
    if norm_lang(lang) != "nl" or not text:
        return text
    field, sep, message = text.partition(": ")
    if not sep:
        return _translate(text, _SETTINGS_NL)
    return f"{field}: {_translate(message, _SETTINGS_NL)}"


def json_detail(msg: str, lang: str) -> str:
    """The ``msg`` of a json.JSONDecodeError in ``lang`` (line and column are given apart)."""
    if norm_lang(lang) != "nl" or not msg:
        return msg
    return _translate(msg, _JSON_NL)


__all__ = ["dutch_number", "json_detail", "settings_error"]
