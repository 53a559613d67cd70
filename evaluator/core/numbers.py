"""Numbers as people type them (SPEC 9.5): amounts and percentages in Dutch or English notation.

This module owns reading a typed or pasted number and writing one back into a field. It accepts
both conventions in either interface language: ``2.400,50`` and ``2,400.50``, ``2 400``,
``€ 2.400,-``, ``-€ 5``, ``EUR 48.000``, ``$1,200``, ``12,5 %``, no-break and narrow spaces, a
Unicode minus, accounting brackets ``(€ 5)``.

The one thing it refuses to guess is a text that means two amounts a factor 1,000 apart under the
two conventions: one ``.`` or ``,`` followed by exactly three digits and no other separator
(``2.400``, ``2,400``, ``-1.250``). Such a text is *ambiguous*: ``value`` is the interface
language's reading (Dutch reads ``2.400`` as 2400, English as 2.4), ``alternative`` the other
one, and the caller must show the reading or mark the field — never read it silently one way.
``0.500`` is not ambiguous (a thousands group never follows a lone 0), nor is ``2 400,500``
(the spaces are the grouping, so the comma is the decimal separator).

``parse_table`` reads tables pasted from a spreadsheet and resolves ambiguous cells from the
convention the other cells show (see its docstring for the rule).

Everything here is Qt-free; ``evaluator.ui.number_input`` builds the field on top of it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from decimal import Decimal

from .i18n import fmt_money, fmt_number, norm_lang, tr

__all__ = [
    "ParsedNumber", "ParsedCell", "ParsedTable", "parse_number", "parse_amount", "parse_percent",
    "parse_table", "format_for_field", "display_value", "REASONS",
]

# ---- characters ----------------------------------------------------------------------------

# Every kind of space a spreadsheet, a web page or a keyboard layout puts in a number.
_SPACES = dict.fromkeys(map(ord, "\u00a0\u202f\u2009\u2007\u2008\u200a\u3000\t"), " ")
_MINUS = "-\u2212\u2012\u2013\ufe63\uff0d"
_PLUS = "+"
# Apostrophes group thousands in Switzerland (1'234.50); they count as a grouping space.
_HARD_GROUP = " '\u2019"
_BODY_CHARS = set("0123456789.,'\u2019")
_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY"}
# Currency words accepted before or after the number (case-insensitive).
_WORDS = {"EUR": "EUR", "EURO": "EUR", "EUROS": "EUR", "USD": "USD", "US$": "USD", "GBP": "GBP",
          "JPY": "JPY", "CHF": "CHF", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "CAD": "CAD",
          "AUD": "AUD"}
_DIGITS = re.compile(r"[0-9]+")

# ---- reasons, in both languages --------------------------------------------------------------

REASONS: dict[str, tuple[str, str]] = {
    "not_a_number": ("not a number", "geen getal"),
    "two_decimal_separators": (
        "two decimal separators: only one ',' or '.' can separate the decimals",
        "twee decimaaltekens: maar één ',' of '.' kan de decimalen scheiden"),
    "bad_grouping": (
        "thousands separators must separate groups of three digits (like 1.250.000 or 1 250 000)",
        "scheidingstekens voor duizendtallen moeten groepen van drie cijfers scheiden "
        "(zoals 1.250.000 of 1 250 000)"),
    "two_signs": ("more than one sign (- or +)", "meer dan één teken (- of +)"),
    "misplaced_sign": ("the minus sign belongs in front of the number",
                       "het minteken hoort vóór het getal"),
    "two_currencies": ("more than one currency", "meer dan één valuta"),
    "currency_in_percent": ("a percentage has no currency", "een percentage heeft geen valuta"),
    "percent_in_amount": ("an amount is not a percentage; leave out the %",
                          "een bedrag is geen percentage; laat het %-teken weg"),
    "misplaced_percent": ("the % sign belongs after the number", "het %-teken hoort na het getal"),
    "too_large": ("too large", "te groot"),
}


# ---- results ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class ParsedNumber:
    """What a typed text means.

    ``value``: the number (a percentage as typed: ``12,5 %`` -> 12.5), or None when the text is
    empty or invalid. For an ambiguous text it is the reading of ``lang``'s convention and
    ``alternative`` is the other reading. ``convention`` is 'nl' or 'en' when the text can only
    be written that way (``12,5``, ``2.400,50``), None when it fits both (``2400``, ``2.400``).
    ``error`` is a key of ``REASONS``; ``reason(lang)`` is the text to show.
    ``resolved_by`` says what settled an ambiguous text: 'column' or 'table' (``parse_table``),
    'choice' or 'language' (a caller that asked the user, or accepted the interface reading).
    """

    text: str
    lang: str
    value: float | None = None
    alternative: float | None = None
    ambiguous: bool = False
    error: str | None = None
    convention: str | None = None
    currency: str | None = None
    percent: bool = False
    readings: dict[str, float] = field(default_factory=dict)  # {'nl': x, 'en': y} when ambiguous
    resolved_by: str | None = None

    @property
    def empty(self) -> bool:
        return self.error is None and self.value is None

    @property
    def valid(self) -> bool:
        """A number was read (possibly ambiguous)."""
        return self.error is None and self.value is not None

    @property
    def settled(self) -> bool:
        """A number was read and there is no doubt left about it."""
        return self.valid and not self.ambiguous

    def reason(self, lang: str | None = None) -> str:
        """Why the text is not a number, in ``lang`` (default: the language it was read in)."""
        if self.error is None:
            return ""
        en, nl = REASONS[self.error]
        return tr(lang or self.lang, en, nl)

    def read_as(self, convention: str, by: str) -> "ParsedNumber":
        """This ambiguous result read by the Dutch ('nl') or English ('en') convention."""
        if not self.ambiguous:
            return self
        value = self.readings[convention]
        other = self.readings["en" if convention == "nl" else "nl"]
        return replace(self, value=value, alternative=other, ambiguous=False,
                       convention=convention, resolved_by=by)

    def choose(self, value: float, by: str = "choice") -> "ParsedNumber":
        """This ambiguous result settled on one of its two readings (``value``)."""
        for convention, reading in self.readings.items():
            if reading == value:
                return self.read_as(convention, by)
        raise ValueError(f"{value!r} is not a reading of {self.text!r}")

    def within(self, low: float, high: float) -> "ParsedNumber":
        """Settle an ambiguous result when exactly one reading lies in [low, high] (a field's
        limits, e.g. 0-100 for a share): ``12,500 %`` can only be 12.5 %. Otherwise unchanged."""
        if not self.ambiguous:
            return self
        fits = [c for c, v in self.readings.items() if low <= v <= high]
        return self.read_as(fits[0], "range") if len(fits) == 1 else self


# ---- parsing ---------------------------------------------------------------------------------

class _Invalid(Exception):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


def parse_number(text: str | None, lang: str = "en", kind: str = "any") -> ParsedNumber:
    """Read ``text`` as a number; ``kind`` 'amount' refuses a %, 'percent' refuses a currency,
    'any' accepts either. Never raises: a bad text gives a result with ``error`` set."""
    lang = norm_lang(lang)
    original = "" if text is None else str(text)
    try:
        return _parse(original, lang, kind)
    except _Invalid as exc:
        return ParsedNumber(text=original, lang=lang, error=exc.code)


def parse_amount(text: str | None, lang: str = "en") -> ParsedNumber:
    """An amount of money: ``€ 2.400,50``, ``$1,200``, ``-€ 5``, ``EUR 48.000``, ``2400``."""
    return parse_number(text, lang, "amount")


def parse_percent(text: str | None, lang: str = "en") -> ParsedNumber:
    """A percentage, with or without the sign: ``12,5 %``, ``12.5%``, ``12,5``."""
    return parse_number(text, lang, "percent")


def _parse(original: str, lang: str, kind: str) -> ParsedNumber:
    s = re.sub(" +", " ", original.translate(_SPACES)).strip()
    if not s:
        return ParsedNumber(text=original, lang=lang)
    negative = False
    if s.startswith("(") and s.endswith(")"):  # accounting notation: (€ 5) is minus five euro
        negative, s = True, s[1:-1].strip()
    tokens = _tokens(s)
    bodies = [i for i, (t, _) in enumerate(tokens) if t == "body"]
    if len(bodies) != 1:
        raise _Invalid("not_a_number")
    at = bodies[0]
    signs = [(i, v) for i, (t, v) in enumerate(tokens) if t == "sign"]
    currencies = [(i, v) for i, (t, v) in enumerate(tokens) if t == "currency"]
    percents = [i for i, (t, _) in enumerate(tokens) if t == "percent"]
    if len(signs) + negative > 1:
        raise _Invalid("two_signs")
    if any(i > at for i, _ in signs):
        raise _Invalid("misplaced_sign")
    if len(currencies) > 1:
        raise _Invalid("two_currencies")
    if len(percents) > 1:
        raise _Invalid("not_a_number")
    if percents and (percents[0] < at or (currencies and currencies[0][0] > percents[0])):
        raise _Invalid("misplaced_percent")
    if percents and kind == "amount":
        raise _Invalid("percent_in_amount")
    if currencies and (kind == "percent" or percents):
        raise _Invalid("currency_in_percent")
    if signs and signs[0][1] == "-":
        negative = True

    readings, convention = _read_body(tokens[at][1])
    sign = -1.0 if negative else 1.0
    values = {c: _finite(sign * v) for c, v in readings.items()}
    currency = currencies[0][1] if currencies else None
    if len(values) == 2 and values["nl"] != values["en"]:
        other = "en" if lang == "nl" else "nl"
        return ParsedNumber(text=original, lang=lang, convention=convention, currency=currency,
                            percent=bool(percents), value=values[lang],
                            alternative=values[other], ambiguous=True, readings=values)
    return ParsedNumber(text=original, lang=lang, convention=convention, currency=currency,
                        percent=bool(percents), value=next(iter(values.values())))


def _finite(value: float) -> float:
    if not math.isfinite(value) or abs(value) > 1e300:
        raise _Invalid("too_large")
    return value + 0.0  # -0.0 -> 0.0


def _tokens(s: str) -> list[tuple[str, str]]:
    """Split into ('sign'|'currency'|'percent'|'body', text); spaces between tokens dropped."""
    tokens: list[tuple[str, str]] = []
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c == " ":
            i += 1
        elif c in _MINUS or c in _PLUS:
            tokens.append(("sign", "+" if c in _PLUS else "-"))
            i += 1
        elif c == "%":
            tokens.append(("percent", "%"))
            i += 1
        elif c in _SYMBOLS:
            tokens.append(("currency", _SYMBOLS[c]))
            i += 1
        elif c.isalpha():
            j = i
            while j < n and (s[j].isalpha() or s[j] == "$"):
                j += 1
            word = s[i:j].upper()
            if word not in _WORDS:
                raise _Invalid("not_a_number")
            tokens.append(("currency", _WORDS[word]))
            i = j
        elif c in _BODY_CHARS:
            j = i
            while j < n:
                if s[j] in _BODY_CHARS:
                    j += 1
                elif s[j] == " " and s[j - 1].isdigit():
                    # a space inside the number groups thousands: '2 400'; not before '€' or '%'
                    k = j
                    while k < n and s[k] == " ":
                        k += 1
                    if k < n and s[k].isdigit():
                        j = k
                    else:
                        break
                else:
                    break
            body = s[i:j]
            # Dutch whole amounts: '€ 5,-' and '€ 2.400,--' (a dash in place of the cents)
            if body[-1] in ".," and j < n and s[j] in _MINUS:
                while j < n and s[j] in _MINUS:
                    j += 1
            tokens.append(("body", body))
            i = j
        else:
            raise _Invalid("not_a_number")
    return tokens


def _grouped(part: str, separators: str) -> str:
    """The digits of an integer part grouped in threes by one kind of separator."""
    kinds = {c if c not in _HARD_GROUP else " " for c in part if not c.isdigit()}
    if len(kinds) > 1 or not any(c in separators for c in part):
        raise _Invalid("bad_grouping")
    groups = re.split("[" + re.escape(separators) + "]", part)
    first, rest = groups[0], groups[1:]
    if not (1 <= len(first) <= 3 and first.isdigit() and first[0] != "0"):
        raise _Invalid("bad_grouping")
    if not all(len(g) == 3 and g.isdigit() for g in rest):
        raise _Invalid("bad_grouping")
    return "".join(groups)


def _integer(part: str) -> str:
    """Digits of an integer part that may use spaces or apostrophes as grouping."""
    if any(c in _HARD_GROUP for c in part):
        return _grouped(part, _HARD_GROUP)
    if part and not _DIGITS.fullmatch(part):
        raise _Invalid("not_a_number")
    return part


def _number(int_digits: str, frac: str) -> float:
    if not int_digits and not frac:
        raise _Invalid("not_a_number")
    if frac and not _DIGITS.fullmatch(frac):
        raise _Invalid("not_a_number")
    return float(f"{int_digits or '0'}.{frac or '0'}")


def _read_body(body: str) -> tuple[dict[str, float], str | None]:
    """The readings of the digits and separators: {'nl': x, 'en': y} (one value when they agree
    or when only one convention can have written it) and that convention ('nl', 'en', None)."""
    has_dot, has_comma = "." in body, "," in body
    if has_dot and has_comma:
        decimal = "," if body.rfind(",") > body.rfind(".") else "."
        group = "." if decimal == "," else ","
        if body.count(decimal) > 1:
            raise _Invalid("two_decimal_separators")
        int_part, frac = body.split(decimal)
        value = _number(_grouped(int_part, group), frac)
        convention = "nl" if decimal == "," else "en"
        return {convention: value}, convention
    if has_dot or has_comma:
        sep = "." if has_dot else ","
        dutch_grouping = sep == "."  # the convention that reads sep as a thousands separator
        if body.count(sep) > 1:
            if any(c in _HARD_GROUP for c in body):
                raise _Invalid("bad_grouping")
            try:
                digits = _grouped(body, sep)
            except _Invalid:
                raise _Invalid("two_decimal_separators") from None
            convention = "nl" if dutch_grouping else "en"
            return {convention: float(digits)}, convention
        int_part, frac = body.split(sep)
        decimal_convention = "en" if dutch_grouping else "nl"
        if (not any(c in _HARD_GROUP for c in body) and len(frac) == 3 and frac.isdigit()
                and 1 <= len(int_part) <= 3 and int_part.isdigit() and int_part[0] != "0"):
            grouping_convention = "nl" if dutch_grouping else "en"
            return ({grouping_convention: float(int_part + frac),
                     decimal_convention: float(f"{int_part}.{frac}")}, None)
        return {decimal_convention: _number(_integer(int_part), frac)}, decimal_convention
    digits = _integer(body)
    if not digits:
        raise _Invalid("not_a_number")
    return {"nl": float(digits)}, None


# ---- writing back ----------------------------------------------------------------------------

def format_for_field(value: float | None, lang: str = "en", decimals: int | None = None) -> str:
    """``value`` as the interface language types it into a field: its decimal separator, no
    thousands grouping, no currency (``2400,5`` in Dutch, ``2400.5`` in English).

    ``decimals`` None writes the shortest text that reads back as exactly ``value``. The result
    is never ambiguous: where exactly three decimals after a one-to-three-digit whole part would
    look like a thousands group (1,234 or 1.234), a fourth decimal 0 is written (``1,2340``).
    """
    if value is None:
        return ""
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value!r}")
    if decimals is None:
        text = format(Decimal(repr(value)), "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    else:
        text = f"{value:.{decimals}f}"
    if text.startswith("-") and not text.strip("-0."):
        text = text[1:]  # no '-0'
    whole, _, frac = text.lstrip("-").partition(".")
    if len(frac) == 3 and 1 <= len(whole) <= 3 and whole[0] != "0":
        text += "0"
    return text.replace(".", ",") if norm_lang(lang) == "nl" else text


def _decimals_needed(value: float, least: int, most: int = 6) -> int:
    for d in range(least, most + 1):
        if abs(round(value, d) - value) < 1e-9 * max(1.0, abs(value)):
            return d
    return most


def display_value(value: float, lang: str, kind: str = "amount", currency: str | None = "EUR") -> str:
    """How a read value is shown beside a field: '€ 2.400,00' / '€2,400.00' (amounts with at
    least two decimals), '12,5%' (percentages), '2.400' (a plain number without a currency)."""
    if kind == "percent":
        return fmt_number(value, lang, _decimals_needed(value, 0)) + "%"
    if currency is None:
        return fmt_number(value, lang, _decimals_needed(value, 0))
    return fmt_money(value, currency, lang, _decimals_needed(value, 2))


# ---- pasted tables ---------------------------------------------------------------------------

@dataclass(frozen=True)
class ParsedCell:
    """One cell of a pasted table; ``row`` and ``column`` count from 0. ``number`` is the cell
    read as a number; a text cell (a tier's name) has ``number.error`` set and is no error of the
    table: whether a column must hold numbers is for the caller to say."""

    row: int
    column: int
    text: str
    number: ParsedNumber

    @property
    def value(self) -> float | None:
        return self.number.value

    @property
    def is_number(self) -> bool:
        return self.number.valid

    @property
    def ambiguous(self) -> bool:
        return self.number.ambiguous


@dataclass(frozen=True)
class ParsedTable:
    """``rows`` of cells as pasted; ``conventions`` per column ('nl', 'en' or None: what the
    column's own cells show); ``table_convention`` the same over all cells; ``ambiguous`` the
    (row, column) of every cell still ambiguous after the rule of ``parse_table``."""

    rows: list[list[ParsedCell]]
    delimiter: str
    conventions: dict[int, str | None]
    table_convention: str | None
    ambiguous: list[tuple[int, int]]

    def cell(self, row: int, column: int) -> ParsedCell | None:
        if 0 <= row < len(self.rows) and 0 <= column < len(self.rows[row]):
            return self.rows[row][column]
        return None

    def values(self) -> list[list[float | str | None]]:
        """Each cell's number when it is one (the interface reading when still ambiguous), its
        text otherwise, None for an empty cell."""
        return [[c.value if c.is_number else (c.text or None) for c in row] for row in self.rows]


def _split_rows(text: str) -> tuple[list[list[str]], str]:
    lines = [line for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n")
             if line.strip()]
    delimiter = "\t" if any("\t" in line for line in lines) else (
        ";" if any(";" in line for line in lines) else "\t")
    rows = []
    for line in lines:
        cells = []
        for cell in line.split(delimiter):
            cell = cell.strip()
            if len(cell) >= 2 and cell[0] == cell[-1] == '"':  # a spreadsheet's quoted cell
                cell = cell[1:-1].replace('""', '"').strip()
            cells.append(cell)
        rows.append(cells)
    return rows, delimiter


def _agreed(conventions: Iterable[str | None]) -> str | None:
    seen = {c for c in conventions if c is not None}
    return seen.pop() if len(seen) == 1 else None


def parse_table(text: str, lang: str = "en") -> ParsedTable:
    """Read a table pasted from a spreadsheet: rows on lines, cells split by tabs (Excel,
    LibreOffice) or, when no line has a tab, by semicolons (a Dutch CSV). A cell in double quotes
    loses them. Every cell is read with ``parse_number`` (amount or percentage).

    The rule for ambiguous cells (``1.250`` or ``1,250``). A spreadsheet copied from one locale
    writes every number the same way, so the other cells can tell which way:
      1. A column whose settled cells show one convention only (``2.400,50`` or ``62,4``: Dutch;
         ``2,400.50`` or ``62.4``: English) reads its ambiguous cells that way ('column').
      2. A column whose settled cells show no convention at all (only ``€ 0``, ``2400`` and
         ambiguous cells) follows the whole table, when all its settled cells show one
         convention ('table').
      3. Otherwise (no evidence, or a column or table that mixes both) the cell stays ambiguous:
         its value is the interface language's reading and it is listed in ``ambiguous``.
    """
    lang = norm_lang(lang)
    raw, delimiter = _split_rows(text)
    cells = [[ParsedCell(r, c, cell, parse_number(cell, lang)) for c, cell in enumerate(row)]
             for r, row in enumerate(raw)]
    columns: dict[int, list[ParsedCell]] = {}
    for row in cells:
        for cell in row:
            columns.setdefault(cell.column, []).append(cell)

    def evidence(group: list[ParsedCell]) -> list[str | None]:
        return [c.number.convention for c in group if c.number.settled]

    conventions = {col: _agreed(evidence(group)) for col, group in columns.items()}
    everything = [c for row in cells for c in row]
    table_convention = _agreed(evidence(everything))
    ambiguous: list[tuple[int, int]] = []
    convention: str | None
    by: str | None
    for col, group in columns.items():
        shown = [c for c in evidence(group) if c is not None]
        if conventions[col] is not None:
            convention, by = conventions[col], "column"
        elif not shown and table_convention is not None:
            convention, by = table_convention, "table"
        else:
            convention, by = None, None
        for cell in group:
            if not cell.ambiguous:
                continue
            if convention is None or by is None:
                ambiguous.append((cell.row, cell.column))
            else:
                cells[cell.row][cell.column] = replace(cell, number=cell.number.read_as(convention, by))
    ambiguous.sort()
    return ParsedTable(rows=cells, delimiter=delimiter, conventions=conventions,
                       table_convention=table_convention, ambiguous=ambiguous)
