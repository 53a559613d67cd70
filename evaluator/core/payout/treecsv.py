"""TREE.csv, the explicit network of SPEC 10: read it into a :class:`Network`, write one out.

Owns the file's rules: a header; columns ``id``, ``sponsor``, ``volume``, ``customer_volume``,
``active`` and the optional ``months_since_join``, ``rank``, ``placement``, ``leg``,
``carry_left``, ``carry_right``, ``cycled``; unknown columns (an export's ``paid``) ignored; an
empty cell means the same as an absent column. Every problem names the data row (counted from 1)
and the column; at most :data:`MAX_PROBLEMS` are listed, then "… and N more".

Reading is built for a million rows. A well-formed file (ASCII, no quotes, no blank lines, every
line with the header's cells) is read from its bytes: numpy finds every cell's byte offsets, plain
decimals are parsed exactly from the bytes, ids are hashed from fixed-width byte arrays (ids that
number the members, "0", "1", ... or "m1", "m2", ..., are looked up by their number; numbered in
row order they are kept as :class:`~.ids.NumberedIds`, no list of strings), and only cells that
are not plain (an exponent, a word) are read one by one with ``float``. Any other
file takes the text path: the csv module (or one ``str.split``) and the same checks. Either way
every check is one numpy operation per column and only the failing rows are looked at one by one
to name them.
"""

from __future__ import annotations

import csv
import io
import os
import stat
from dataclasses import dataclass, field
from collections.abc import Callable, Sequence
from itertools import repeat
from typing import Any

import numpy as np

from ..i18n import tr
from ..plans.components import PayoutPlan
from .matrix import FULL, NOT_EARLIER, OUTSIDE, TOP_PLACED, PlacementError, place_matrix
from .ids import NumberedIds
from .network import AUTO, DEFAULT_MONTHS_SINCE_JOIN, LEG_AUTO, LEG_LEFT, LEG_RIGHT, NO_RANK, Network

# Limits, like the .oppeval file's: a file is refused before it is parsed when it is larger than
# MAX_TREE_BYTES (reading holds every cell as a Python string for a moment, about 0.5 GB per
# million rows of the full column set), or when it has more than MAX_MEMBERS rows.
MAX_TREE_BYTES = 300_000_000
MAX_MEMBERS = 3_000_000
MAX_ID_LENGTH = 200
MAX_CELL = 1e12  # the model's MAX_AMOUNT: every sum over a network stays a finite float
MAX_MONTHS_SINCE_JOIN = 100_000
MAX_PROBLEMS = 50

REQUIRED = ("id", "sponsor", "volume", "customer_volume", "active")
OPTIONAL = ("months_since_join", "rank", "placement", "leg", "carry_left", "carry_right", "cycled")

# code -> (English, Dutch); placeholders come from the problem's ctx.
MESSAGES: dict[str, tuple[str, str]] = {
    "io": ("could not be read: {detail}", "kon niet worden gelezen: {detail}"),
    "not_regular": ("is not a regular file", "is geen gewoon bestand"),
    "too_large": ("the file is {size} bytes; network files over {limit} bytes are refused",
                  "het bestand is {size} bytes; netwerkbestanden boven {limit} bytes worden geweigerd"),
    "not_utf8": ("the file is not UTF-8 text", "het bestand is geen UTF-8-tekst"),
    "not_csv": ("not valid CSV ({detail})", "geen geldige CSV ({detail})"),
    "no_header": ("the file is empty: a header row is needed", "het bestand is leeg: een kopregel is nodig"),
    "missing_column": ("the header has no column '{column}'", "de kopregel heeft geen kolom '{column}'"),
    "duplicate_column": ("the header names the column '{column}' twice",
                         "de kopregel noemt de kolom '{column}' twee keer"),
    "no_members": ("the file has no members (no data rows)", "het bestand heeft geen leden (geen gegevensregels)"),
    "too_many_rows": ("the file has more than {limit} members", "het bestand heeft meer dan {limit} leden"),
    "cells": ("has {count} cells; the header has {expected}",
              "heeft {count} cellen; de kopregel heeft er {expected}"),
    "missing": ("required, but empty", "verplicht, maar leeg"),
    "number": ("'{value}' is not a number", "'{value}' is geen getal"),
    "finite": ("must be a finite number (not NaN or Infinity)", "moet een eindig getal zijn (geen NaN of Infinity)"),
    "negative": ("must be at least 0", "moet minstens 0 zijn"),
    "too_big": ("must be at most {limit}", "mag hoogstens {limit} zijn"),
    "whole": ("'{value}' is not a whole number", "'{value}' is geen geheel getal"),
    "zero_one": ("must be 0 or 1, not '{value}'", "moet 0 of 1 zijn, niet '{value}'"),
    "leg": ("must be L or R, not '{value}'", "moet L of R zijn, niet '{value}'"),
    "customer_above_volume": ("customer_volume is more than volume", "customer_volume is groter dan volume"),
    "id_too_long": ("an id may have at most {limit} characters", "een id mag hoogstens {limit} tekens hebben"),
    "duplicate_id": ("the id '{value}' was already used in row {first}",
                     "de id '{value}' is al gebruikt in regel {first}"),
    "unknown_id": ("'{value}' is not the id of any member", "'{value}' is niet de id van een lid"),
    "sponsor_later": ("the sponsor '{value}' must appear before its recruits",
                      "de sponsor '{value}' moet vóór zijn rekruten staan"),
    "second_top": ("a second member without a sponsor; exactly one member (the top) has none",
                   "een tweede lid zonder sponsor; precies één lid (de top) heeft er geen"),
    "no_top": ("no member without a sponsor: exactly one member (the top) has none",
               "geen lid zonder sponsor: precies één lid (de top) heeft er geen"),
    "unknown_rank": ("'{value}' is not one of the plan's ranks", "'{value}' is geen van de rangen van het plan"),
    TOP_PLACED: ("the top member is the root of the matrix and has no placement",
                 "het bovenste lid is de wortel van de matrix en heeft geen plaatsing"),
    NOT_EARLIER: ("'{value}' is not an earlier member", "'{value}' is geen eerder lid"),
    FULL: ("'{value}' already has {width} members directly under it in the matrix",
           "'{value}' heeft al {width} leden direct onder zich in de matrix"),
    OUTSIDE: ("'{value}' is not in the sponsor's part of the matrix",
              "'{value}' zit niet in het deel van de matrix onder de sponsor"),
    "more": ("… and {count} more", "… en nog {count}"),
}


@dataclass(frozen=True)
class TreeProblem:
    """One thing wrong with a TREE.csv: the data row (from 1; 0 = the whole file), the column."""

    row: int
    column: str
    code: str
    ctx: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str = "en") -> str:
        en, nl = MESSAGES[self.code]
        text = tr(lang, en, nl).format(**self.ctx)
        if self.row and self.column:
            return tr(lang, f"row {self.row}, column {self.column}: ", f"regel {self.row}, kolom {self.column}: ") + text
        if self.row:
            return tr(lang, f"row {self.row}: ", f"regel {self.row}: ") + text
        return text


class TreeFileError(ValueError):
    """The network file is not valid; ``problems`` (at most 50) and ``total`` say where and why."""

    def __init__(self, problems: list[TreeProblem], total: int | None = None):
        self.problems = problems
        self.total = len(problems) if total is None else total
        super().__init__(self.render())

    def lines(self, lang: str = "en") -> list[str]:
        out = [p.render(lang) for p in self.problems]
        if self.total > len(self.problems):
            en, nl = MESSAGES["more"]
            out.append(tr(lang, en, nl).format(count=self.total - len(self.problems)))
        return out

    def render(self, lang: str = "en") -> str:
        return "\n".join(self.lines(lang))


class _Problems:
    """Collects problems from vectorised checks: counts them all, keeps the first rows of each."""

    def __init__(self) -> None:
        self.items: list[tuple[int, int, TreeProblem]] = []
        self.total = 0
        self.order = {name: i for i, name in enumerate(REQUIRED + OPTIONAL)}

    def add_rows(self, rows: np.ndarray, column: str, code: str,
                 ctx_of: Callable[[int], dict[str, Any]] | None = None) -> None:
        """Problems at these member indices (0-based); ``ctx_of(index)`` gives the placeholders."""
        rows = np.asarray(rows)
        self.total += len(rows)
        for i in rows[:MAX_PROBLEMS].tolist():
            ctx = ctx_of(i) if ctx_of else {}
            self.add_kept(i + 1, column, code, ctx)

    def add_kept(self, row: int, column: str, code: str, ctx: dict[str, Any] | None = None) -> None:
        self.items.append((row, self.order.get(column, 99), TreeProblem(row, column, code, ctx or {})))

    def add(self, row: int, column: str, code: str, ctx: dict[str, Any] | None = None) -> None:
        self.total += 1
        self.add_kept(row, column, code, ctx)

    def raise_if_any(self) -> None:
        if self.total:
            self.items.sort(key=lambda t: (t[0], t[1]))
            raise TreeFileError([p for _, _, p in self.items[:MAX_PROBLEMS]], self.total)


def _shown(value: str) -> str:
    return value if len(value) <= 40 else value[:37] + "..."


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The file's bytes: opened without blocking (a FIFO cannot hang us), a regular file only,
    the size checked before anything is read."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise TreeFileError([TreeProblem(0, "", "io", {"detail": exc.strerror or str(exc)})]) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise TreeFileError([TreeProblem(0, "", "not_regular")])
        if info.st_size > MAX_TREE_BYTES:
            raise TreeFileError([TreeProblem(0, "", "too_large", {"size": info.st_size, "limit": MAX_TREE_BYTES})])
        with os.fdopen(fd, "rb", closefd=True) as fh:
            fd = -1
            data = fh.read(MAX_TREE_BYTES + 1)
    except OSError as exc:
        raise TreeFileError([TreeProblem(0, "", "io", {"detail": exc.strerror or str(exc)})]) from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > MAX_TREE_BYTES:
        raise TreeFileError([TreeProblem(0, "", "too_large", {"size": len(data), "limit": MAX_TREE_BYTES})])
    return data


def read_tree(path: str | os.PathLike[str], plan: PayoutPlan) -> Network:
    """Read and check a TREE.csv for this plan (rank names, matrix placement); raises
    :class:`TreeFileError`."""
    return parse_tree(read_bytes(path), plan)


def parse_tree(data: bytes | str, plan: PayoutPlan) -> Network:
    """Read and check TREE.csv content (bytes of a file, or its text)."""
    if isinstance(data, (bytes, bytearray)) and len(data) <= MAX_TREE_BYTES:
        split = _split_bytes(bytes(data))
        if split is not None:
            header, byte_columns, n_rows = split
            problems = _check_header(header, n_rows)
            return _build(byte_columns, n_rows, plan, problems)
    if isinstance(data, (bytes, bytearray)):
        if len(data) > MAX_TREE_BYTES:
            raise TreeFileError([TreeProblem(0, "", "too_large", {"size": len(data), "limit": MAX_TREE_BYTES})])
        try:
            text = bytes(data).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise TreeFileError([TreeProblem(0, "", "not_utf8")]) from None
    else:
        text = data[1:] if data.startswith("\ufeff") else data
    if "\x00" in text:
        raise TreeFileError([TreeProblem(0, "", "not_csv", {"detail": "the text contains a NUL character"})])
    fast = _split_simple(text)
    if fast is not None:
        header, cells, n_rows = fast
    else:
        header, rows = _split_csv(text)
        n_rows = len(rows)
    names = [h.strip() for h in header]
    problems = _check_header(names, n_rows)
    width = len(names)
    if fast is not None:
        columns = {name: cells[k::width] for k, name in reversed(list(enumerate(names)))}
        del cells
    else:
        if any(len(row) != width for row in rows):
            for i, row in enumerate(rows):
                if len(row) != width:
                    problems.add(i + 1, "", "cells", {"count": len(row), "expected": width})
            problems.items = problems.items[:MAX_PROBLEMS]
            problems.raise_if_any()
        columns = {name: list(col) for name, col in reversed(list(zip(names, zip(*rows))))}
        del rows
    return _build(columns, n_rows, plan, problems)


def _check_header(names: list[str], n_rows: int) -> _Problems:
    """The header's problems (raised), the row count's limits; the collector for the rest."""
    problems = _Problems()
    seen: set[str] = set()
    for name in names:
        if name in seen and name in REQUIRED + OPTIONAL:
            problems.add(0, "", "duplicate_column", {"column": name})
        seen.add(name)
    for name in REQUIRED:
        if name not in seen:
            problems.add(0, "", "missing_column", {"column": name})
    problems.raise_if_any()
    if not n_rows:
        raise TreeFileError([TreeProblem(0, "", "no_members")])
    if n_rows > MAX_MEMBERS:
        raise TreeFileError([TreeProblem(0, "", "too_many_rows", {"limit": MAX_MEMBERS})])
    return problems


def _split_bytes(data: bytes) -> tuple[list[str], dict[str, Any], int] | None:
    """The fast path for a well-formed file, straight from the bytes: ASCII, no quotes, no NUL,
    no blank lines, every line with the header's number of cells (an optional BOM, CRLF line ends
    and a missing last newline are fine). Each column becomes a :class:`_ByteColumn` (the cells'
    byte offsets); nothing is turned into Python strings here. Returns None for anything else,
    which the text path then reads exactly as before (and names the rows that are wrong)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if not data.isascii() or b'"' in data or b"\x00" in data:
        return None
    if b"\r" in data:
        data = data.replace(b"\r\n", b"\n")
        if b"\r" in data:
            return None
    end_of_header = data.find(b"\n")
    if end_of_header <= 0:
        return None
    header = [h.strip() for h in data[:end_of_header].decode("ascii").split(",")]
    width = len(header)
    first = end_of_header + 1
    # a blank line inside is found below (with two or more columns a newline straight after a
    # newline stands where a comma must be); one column: search for it
    if len(data) == first or data.endswith(b"\n\n") or (width < 2 and b"\n\n" in data):
        return None
    if not data.endswith(b"\n"):
        data += b"\n"
    # padding after the last line: a cell's bytes can be gathered _PAD bytes at a time unclipped
    full = np.frombuffer(data + bytes(_PAD), dtype=np.uint8)
    buf = full[first: len(data)]
    seps = _separators(buf, first)
    if len(seps) % width:
        return None
    n_rows = len(seps) // width
    by_row = seps.reshape(n_rows, width)
    # column k's cells end at its separators and start after the previous column's (for the
    # first column: after the previous line's newline); one contiguous array per column. Done
    # a block of rows at a time: every temporary is small, only the results are large.
    starts_by_column = np.empty((width, n_rows), dtype=np.int32)
    lengths_by_column = np.empty((width, n_rows), dtype=np.int32)
    for begin in range(0, n_rows, _ROWS):
        block = by_row[begin: begin + _ROWS]
        newline = full[block] == 10
        if not newline[:, -1].all() or newline[:, :-1].any():
            return None
        ends = block.T
        starts = starts_by_column[:, begin: begin + _ROWS]
        np.add(ends[:-1], 1, out=starts[1:])
        if begin:
            starts[0, 0] = by_row[begin - 1, -1] + 1
        else:
            starts[0, 0] = first
        np.add(ends[-1, :-1], 1, out=starts[0, 1:])
        np.subtract(ends, starts, out=lengths_by_column[:, begin: begin + _ROWS])
    columns: dict[str, Any] = {}
    for k in range(width - 1, -1, -1):  # the first of two same-named columns wins, as in the text path
        columns[header[k]] = _ByteColumn(data, full, starts_by_column[k], lengths_by_column[k])
    return header, columns, n_rows


_CHUNK = 1 << 18  # bytes per pass when finding separators: the temporaries stay in the cache


def _separators(buf: np.ndarray, offset: int) -> np.ndarray:
    """Offsets (int32, ``offset`` added: offsets in the file) in ``buf`` of every ',' (44) and
    '\\n' (10), found a cache-sized chunk at a time: several times faster than one
    ``nonzero`` over the whole file with its large temporaries."""
    parts = []
    for begin in range(0, len(buf), _CHUNK):
        chunk = buf[begin: begin + _CHUNK]
        found = np.flatnonzero(chunk <= 44)  # few bytes other than ',' and newline are so low
        kinds = chunk[found]
        is_sep = (kinds == 44) | (kinds == 10)
        if not is_sep.all():
            found = found[is_sep]
        found = found.astype(np.int32)
        found += np.int32(begin + offset)
        parts.append(found)
    if not parts:
        return np.zeros(0, dtype=np.int32)
    return np.concatenate(parts)


_PAD = 256  # more than any cell the fast number and id paths gather (ids <= MAX_ID_LENGTH)


class _ByteColumn:
    """One column's cells as byte offsets into the file (ASCII), for the fast path. Indexing
    gives a cell as ``str`` (for messages); :meth:`strings` gives them all."""

    def __init__(self, body: bytes, buf: np.ndarray, start: np.ndarray, lengths: np.ndarray):
        self.body = body  # the file's bytes; start = offsets in it
        self.buf = buf  # the same bytes followed by _PAD zero bytes
        self.start = start
        self.lengths = lengths

    def __len__(self) -> int:
        return len(self.start)

    def __getitem__(self, i: int) -> str:
        begin = int(self.start[i])
        return self.body[begin:begin + int(self.lengths[i])].decode("ascii")

    def matrix(self, width: int) -> np.ndarray:
        """Cells as an (n, width) byte array, zero-padded (cells longer than width cut off);
        width <= _PAD. One gather of ``width`` bytes from every cell's start (a view of the
        file as overlapping ``width``-byte items), then the bytes past each cell's end zeroed
        by a multiplication (numpy's masked operations are several times slower)."""
        n = len(self.start)
        items = np.ndarray(shape=(len(self.buf) - width + 1,), dtype=f"S{width}", buffer=self.buf,
                           strides=(1,))
        out: np.ndarray = items[self.start].view(np.uint8).reshape(n, width)
        for begin in range(0, n, _ROWS):  # a cache-sized block of rows at a time
            block = out[begin: begin + _ROWS]
            block *= _COLUMN[:width] < self.lengths[begin: begin + _ROWS, None]
        return out

    def byte_at(self, k: int) -> np.ndarray:
        """The k-th byte of every cell, 0 past its end."""
        byte: np.ndarray = self.buf[self.start + k]
        byte *= self.lengths > k
        return byte

    def bytes_array(self, width: int | None = None) -> np.ndarray:
        """The cells as a fixed-width bytes array (``S`` dtype), by default as wide as the
        longest cell rounded up to 8 bytes (what the id hash reads)."""
        if width is None:
            longest = int(self.lengths.max()) if len(self.lengths) else 1
            width = max(-(-longest // 8) * 8, 8)
        return self.matrix(width).view(f"S{width}").ravel()

    def strings(self) -> list[str]:
        """Every cell as a str: one text of the cells joined by newlines, split once."""
        if not len(self.start):
            return []
        longest = int(self.lengths.max())
        if longest > _PAD - 1:
            return [self[i] for i in range(len(self))]
        cells = self.matrix(longest + 1)
        cells[np.arange(len(self)), self.lengths] = 10
        flat = cells.ravel()
        text = flat[flat != 0].tobytes().decode("ascii")
        out: list[str] = text[:-1].split("\n")
        return out

    def plain_numbers(self) -> tuple[np.ndarray, np.ndarray]:
        """(values, ok): ok where a cell is a plain decimal, digits with at most one '.', of at
        most 15 digits. Such a cell is m / 10**k with m < 2**53 and 10**k exact, so one
        correctly rounded division gives exactly what ``float(cell)`` gives. Other cells (empty,
        signs, exponents, spaces, longer numbers, words) are not ok: the caller reads them with
        ``float`` one by one. Worked through :data:`_ROWS` cells at a time (the temporaries
        stay in the cache)."""
        n = len(self.start)
        if n <= _ROWS:
            return self._plain_numbers()
        values = np.empty(n, dtype=np.float64)
        ok = np.empty(n, dtype=bool)
        for begin in range(0, n, _ROWS):
            part = _ByteColumn(self.body, self.buf, self.start[begin: begin + _ROWS],
                               self.lengths[begin: begin + _ROWS])
            values[begin: begin + _ROWS], ok[begin: begin + _ROWS] = part._plain_numbers()
        return values, ok

    def _plain_numbers(self) -> tuple[np.ndarray, np.ndarray]:
        n = len(self.start)
        width = min(int(self.lengths.max()) if n else 0, 16)
        lengths = self.lengths
        if not width:  # every cell empty
            return np.zeros(n), np.zeros(n, dtype=bool)
        cells = self.matrix(width).T.copy()  # byte k of every cell: cells[k]; 0 past its end
        mantissa = np.zeros(n)  # the digits read so far as a whole number (exact: < 2**53)
        scale = np.ones(n)  # 10 ** (digits read after the dot)
        digits = np.zeros(n, dtype=np.uint8)
        dots = np.zeros(n, dtype=np.uint8)
        other = np.zeros(n, dtype=bool)
        for k in range(width):  # byte k of every cell at once, without masked operations
            c = cells[k]
            d = c - np.uint8(48)  # wraps around below '0'
            digit = d <= 9
            other |= ~(digit | (c == 46) | (c == 0))
            d *= digit
            mantissa *= 1 + 9 * digit.view(np.uint8)  # x 10 where a digit, else x 1
            mantissa += d
            scale *= 1 + 9 * (digit & (dots > 0)).view(np.uint8)
            digits += digit
            dots += c == 46
        ok = ((lengths > 0) & (lengths <= 16) & ~other & (dots <= 1) & (digits >= 1)
              & (digits <= 15))
        values = (mantissa * ok) / np.where(ok, scale, 1.0)
        return values, ok


_ROWS = 1 << 15  # cells per pass of the number parser
_COLUMN = np.arange(_PAD, dtype=np.int32)  # byte positions in a cell
_POW10 = 10.0 ** np.arange(23)  # every power up to 1e22 is an exact float


def _split_csv(text: str) -> tuple[list[str], list[list[str]]]:
    """The csv module's reading: quoted cells, any line endings; blank lines skipped."""
    try:
        reader = csv.reader(io.StringIO(text, newline=""), strict=True)
        header = next(reader, None)
        if header is None:
            raise TreeFileError([TreeProblem(0, "", "no_header")])
        return header, [row for row in reader if row]
    except csv.Error as exc:
        raise TreeFileError([TreeProblem(0, "", "not_csv", {"detail": str(exc)})]) from None


def _split_simple(text: str) -> tuple[list[str], list[str], int] | None:
    """The common case, about ten times faster than the csv module: no quotes, no blank lines,
    every line with the header's number of cells. Then every cell is simply the text between
    two commas, exactly as the csv module would read it. Returns None for anything else (the
    csv module then reads it and names the rows that are wrong)."""
    if '"' in text:
        return None
    if "\r" in text:
        text = text.replace("\r\n", "\n")
        if "\r" in text:
            return None
    if text.endswith("\n"):
        text = text[:-1]
    if not text or "\n\n" in text or text.startswith("\n"):
        return None
    head, _, body = text.partition("\n")
    header = head.split(",")
    if not body:
        return header, [], 0
    width = len(header)
    buf = np.frombuffer(body.encode("utf-8"), dtype=np.uint8)  # ',' and '\n' are single bytes
    ends = np.flatnonzero(buf == 10)
    commas = np.flatnonzero(buf == 44)
    n_rows = len(ends) + 1
    per_line = np.diff(np.r_[0, np.searchsorted(commas, ends), len(commas)])
    if not (per_line == width - 1).all():
        return None
    cells = body.replace("\n", ",").split(",")
    return header, cells, n_rows


def _build(columns: dict[str, Any], n: int, plan: PayoutPlan, problems: _Problems) -> Network:
    id_cells = columns["id"]
    problems.add_rows(_empty_rows(id_cells), "id", "missing")
    lengths = _lengths(id_cells)
    if int(lengths.max()) > MAX_ID_LENGTH:
        problems.add_rows(np.nonzero(lengths > MAX_ID_LENGTH)[0], "id", "id_too_long",
                          lambda i: {"limit": MAX_ID_LENGTH})
        problems.raise_if_any()
    if isinstance(id_cells, _ByteColumn):
        keys = id_cells.bytes_array()
        numbered = _NumberedIndex.of(id_cells, keys)
        ids: Sequence[str]
        index: _IdIndex | _NumberedIndex
        if numbered is not None and numbered.in_row_order:  # "m0", "m1", ...: made when asked for
            ids, index = NumberedIds(numbered.prefix.decode("ascii"), n), numbered
        else:
            strings = id_cells.strings()
            ids, index = strings, numbered or _IdIndex(strings, keys)
    else:
        ids = id_cells
        index = _IdIndex(id_cells)
    dups = index.duplicates()
    if len(dups):
        problems.add_rows(dups, "id", "duplicate_id",
                          lambda i: {"value": _shown(ids[i]), "first": int(index.lookup([ids[i]])[0]) + 1})

    sponsor = _references(columns["sponsor"], index, "sponsor", problems)
    tops = np.nonzero(sponsor == -1)[0]
    if len(tops) == 0:
        problems.add(0, "", "no_top")
    problems.add_rows(tops[1:], "sponsor", "second_top")
    later = np.nonzero(sponsor >= np.arange(n))[0]
    problems.add_rows(later, "sponsor", "sponsor_later",
                      lambda i: {"value": _shown(columns["sponsor"][i])})

    volume_ok, customer_ok = np.ones(n, dtype=bool), np.ones(n, dtype=bool)
    volume = _numbers(columns["volume"], "volume", problems, required=True, valid=volume_ok)
    customer = _numbers(columns["customer_volume"], "customer_volume", problems, required=True,
                        valid=customer_ok)
    # compared in every row where both numbers are valid, whatever is wrong elsewhere (SPEC 10:
    # all problems listed at once)
    problems.add_rows(np.nonzero((customer > volume) & volume_ok & customer_ok)[0],
                      "customer_volume", "customer_above_volume")
    active = _zero_one(columns["active"], "active", problems, required=True)

    months = np.full(n, DEFAULT_MONTHS_SINCE_JOIN, dtype=np.int64)
    if "months_since_join" in columns:
        values = _numbers(columns["months_since_join"], "months_since_join", problems,
                          default=float(DEFAULT_MONTHS_SINCE_JOIN), limit=MAX_MONTHS_SINCE_JOIN)
        cells = columns["months_since_join"]
        problems.add_rows(np.nonzero(values != np.floor(values))[0], "months_since_join", "whole",
                          lambda i: {"value": _shown(cells[i])})
        months = values.astype(np.int64)

    rank = np.full(n, NO_RANK, dtype=np.int64)
    if "rank" in columns:
        rank = _ranks(columns["rank"], plan, problems)

    placement = np.full(n, AUTO, dtype=np.int64)
    matrix = plan.component("matrix")
    if "placement" in columns and matrix is not None:
        placement = _references(columns["placement"], index, "placement", problems)

    leg = np.full(n, LEG_AUTO, dtype=np.int8)
    if "leg" in columns:
        cells = _strings(columns["leg"])
        leg = _lookup(cells, {"": LEG_AUTO, "L": LEG_LEFT, "R": LEG_RIGHT}, -1)
        problems.add_rows(np.nonzero(leg < 0)[0], "leg", "leg", lambda i: {"value": _shown(str(cells[i]))})
        leg = np.maximum(leg, 0).astype(np.int8)

    carry = {}
    for name in ("carry_left", "carry_right"):
        carry[name] = (_numbers(columns[name], name, problems, default=0.0) if name in columns
                       else np.zeros(n))
    cycled = (_zero_one(columns["cycled"], "cycled", problems) if "cycled" in columns
              else np.zeros(n, dtype=bool))
    problems.raise_if_any()

    net = Network.build(sponsor=sponsor, volume=volume, customer_volume=customer, active=active,
                        months_since_join=months, rank=rank, placement=placement, leg=leg,
                        carry_left=carry["carry_left"], carry_right=carry["carry_right"],
                        cycled=cycled, ids=None if isinstance(ids, NumberedIds) else ids)
    if isinstance(ids, NumberedIds):
        net.ids = ids
    if matrix is not None:
        try:
            place_matrix(net, matrix.width)
        except PlacementError as exc:
            cells = columns.get("placement", ("",) * n)
            for i, code in exc.problems[:MAX_PROBLEMS]:
                problems.add_kept(i + 1, "placement", code, {"value": _shown(cells[i]), "width": matrix.width})
            problems.total += len(exc.problems)
            problems.raise_if_any()
    return net


def _strings(cells: Any) -> list[str]:
    """A column's cells as a list of str (a byte column is converted)."""
    if isinstance(cells, _ByteColumn):
        return cells.strings()
    out: list[str] = cells
    return out


def _lengths(cells: Any) -> np.ndarray:
    if isinstance(cells, _ByteColumn):
        return cells.lengths
    return np.fromiter(map(len, cells), dtype=np.int64, count=len(cells))


def _lookup(cells: list[str], table: dict[str, int], missing: int) -> np.ndarray:
    """``table[cell]`` for every cell (``missing`` when absent), at C speed."""
    return np.fromiter(map(table.get, cells, repeat(missing, len(cells))), dtype=np.int64, count=len(cells))


def _empty_rows(cells: Any) -> np.ndarray:
    if isinstance(cells, _ByteColumn):
        return np.flatnonzero(cells.lengths == 0)
    count = cells.count("")
    if not count:
        return np.zeros(0, dtype=np.int64)
    if count > 1000:
        return np.flatnonzero(np.fromiter(map(len, cells), dtype=np.int64, count=len(cells)) == 0)
    out, i = [], -1
    for _ in range(count):
        i = cells.index("", i + 1)
        out.append(i)
    return np.array(out, dtype=np.int64)


class _IdIndex:
    """Id -> row index (the first row with that id).

    Plain ASCII ids, the usual case, become a fixed-width byte array whose 64-bit hashes are
    computed with a few vectorised passes, sorted once and looked up with ``searchsorted``; every
    match is confirmed by comparing the ids themselves. That is several times faster than a dict
    of a million strings. Non-ASCII ids, or a hash collision, use a dict."""

    def __init__(self, ids: list[str], keys: np.ndarray | None = None):
        self.ids = ids
        self.n = len(ids)
        self.table: dict[str, int] | None = None
        self.keys = _ascii_array(ids) if keys is None else keys
        if self.keys is not None:
            self.hashes = _hash(self.keys)
            self.order, self.sorted = _sort_hashes(self.hashes)
            same = np.nonzero(self.sorted[1:] == self.sorted[:-1])[0]
            a, b = self.order[same], self.order[same + 1]
            if not (self.keys[a] == self.keys[b]).all():  # a collision: leave it to a dict
                self.keys = None
            else:
                self.dups = np.sort(b)
        if self.keys is None:
            self._make_table()

    def _make_table(self) -> dict[str, int]:
        if self.table is None:
            self.table = dict(zip(reversed(self.ids), range(self.n - 1, -1, -1)))
        return self.table

    def duplicates(self) -> np.ndarray:
        """Rows whose id was used in an earlier row."""
        if self.keys is not None:
            return self.dups
        first = self._make_table()
        if len(first) == self.n:
            return np.zeros(0, dtype=np.int64)
        return np.array([i for i, k in enumerate(self.ids) if first[k] != i], dtype=np.int64)

    def lookup(self, cells: Any) -> np.ndarray:
        """Row index of each cell's id, -2 where no member has it."""
        if self.keys is not None and len(cells) and int(_lengths(cells).max()) <= MAX_ID_LENGTH:
            if isinstance(cells, _ByteColumn):
                longest = -(-int(cells.lengths.max()) // 8) * 8
                wanted: np.ndarray | None = cells.bytes_array(max(longest, self.keys.dtype.itemsize))
            else:
                wanted = _ascii_array(cells)
            if wanted is not None:
                width = max(wanted.dtype.itemsize, self.keys.dtype.itemsize)
                if -(-width // 8) != -(-self.keys.dtype.itemsize // 8):  # other hashes: sort again
                    self.keys = self.keys.astype(f"S{width}")
                    self.hashes = _hash(self.keys)
                    self.order, self.sorted = _sort_hashes(self.hashes)
                keys = self.keys
                if wanted.dtype.itemsize != width:
                    wanted = wanted.astype(f"S{width}")
                out = np.empty(len(wanted), dtype=np.int64)
                for begin in range(0, len(wanted), _ROWS):  # a block at a time: small temporaries
                    part = wanted[begin: begin + _ROWS]
                    h = _hash(part)
                    by_hash = np.argsort(h)  # sorted queries: searchsorted walks memory in order
                    pos = np.empty(len(h), dtype=np.int64)
                    pos[by_hash] = np.searchsorted(self.sorted, h[by_hash])
                    pos[pos >= self.n] = 0
                    row = self.order[pos]
                    found = (self.sorted[pos] == h) & (keys[row] == part)
                    out[begin: begin + _ROWS] = np.where(found, row, -2)
                return out
        return _lookup(_strings(cells), self._make_table(), -2)


class _NumberedIndex:
    """Id -> row index when every id is one prefix followed by a number written the usual way
    (no sign, no leading zero, at most 15 digits): "0", "1", ... as ``simulate --export-tree``
    writes them, or "m1", "m2", .... Each id is then its number; a table indexed by the number
    gives the row, with no sorting. Made only when the ids are distinct and the largest number
    is not far above the number of members (:meth:`of` returns None otherwise, and the
    :class:`_IdIndex` is used)."""

    def __init__(self, prefix: bytes, table: np.ndarray, in_row_order: bool):
        self.prefix = prefix
        self.table = table  # number -> row, -2 for none
        self.in_row_order = in_row_order  # row i's id is prefix + str(i)

    @classmethod
    def of(cls, cells: _ByteColumn, keys: np.ndarray) -> _NumberedIndex | None:
        n = len(cells)
        if not n:
            return None
        first = cells.body[int(cells.start[0]): int(cells.start[0]) + int(cells.lengths[0])]
        prefix = first.rstrip(b"0123456789")
        if len(prefix) == len(first):
            return None
        width = keys.dtype.itemsize
        numbers = _numbers_after(keys.view(np.uint8).reshape(n, width), cells.lengths, prefix)
        if numbers is None:
            return None
        biggest = int(numbers.max())
        if biggest > 4 * n + 1000:  # a sparse numbering: the table would be large
            return None
        counts = np.bincount(numbers, minlength=biggest + 1)
        if (counts > 1).any():  # a duplicate id: the general index names the first row
            return None
        rows = np.arange(n)
        if biggest == n - 1 and (numbers == rows).all():
            return cls(prefix, rows, True)
        table = np.full(biggest + 1, -2, dtype=np.int64)
        table[numbers] = rows
        return cls(prefix, table, False)

    def duplicates(self) -> np.ndarray:
        return np.zeros(0, dtype=np.int64)

    def lookup(self, cells: Any) -> np.ndarray:
        """Row index of each cell's id, -2 where no member has it (any cell that is not the
        prefix and a number so written)."""
        if not isinstance(cells, _ByteColumn):
            cells = _byte_column([str(c) for c in cells])
        n = len(cells)
        out = np.full(n, -2, dtype=np.int64)
        if not n:
            return out
        digits = len(self.prefix) + _MAX_DIGITS
        width = min(int(cells.lengths.max()), digits)
        matrix = cells.matrix(max(width, 1))
        fits = cells.lengths <= digits
        numbers, ok = _numbers_after(matrix, np.minimum(cells.lengths, width), self.prefix, partial=True)
        ok &= fits & (numbers < len(self.table))
        out[ok] = self.table[numbers[ok]]
        return out


_MAX_DIGITS = 15


def _numbers_after(matrix: np.ndarray, lengths: np.ndarray, prefix: bytes, partial: bool = False) -> Any:
    """The number after ``prefix`` in each row of a zero-padded byte matrix: digits written
    the usual way (no leading zero but in "0", at most 15). Returns the numbers (int64), or,
    with ``partial``, (numbers, ok) for every row; without it None unless every row is so."""
    n, width = matrix.shape
    p = len(prefix)
    ok = (lengths > p) & (lengths <= p + _MAX_DIGITS)
    if p:
        if width < p:
            return (np.zeros(n, dtype=np.int64), np.zeros(n, dtype=bool)) if partial else None
        ok &= (matrix[:, :p] == np.frombuffer(prefix, dtype=np.uint8)).all(axis=1)
    if not partial and not ok.all():
        return None
    if p < width:
        ok &= (matrix[:, p] != 48) | (lengths == p + 1)  # no leading zero
    numbers = np.zeros(n, dtype=np.int64)
    for k in range(p, min(width, p + _MAX_DIGITS)):  # no masked operations: several times slower
        d = matrix[:, k] - np.uint8(48)  # wraps around below '0'; a padding 0 too
        inside = k < lengths
        ok &= (d <= 9) | ~inside
        numbers *= 1 + 9 * inside.view(np.uint8)  # x 10 inside the cell, else x 1
        numbers += d * inside
    if not partial:
        return numbers if ok.all() else None
    numbers[~ok] = 0
    return numbers, ok


def _byte_column(cells: list[str]) -> _ByteColumn:
    """A few str cells as a :class:`_ByteColumn` (ASCII cells; any other matches no id)."""
    raw = [c.encode("ascii") if c.isascii() else b"\xff" for c in cells]
    body = b"".join(raw)
    lengths = np.array([len(r) for r in raw], dtype=np.int64)
    start = np.r_[0, np.cumsum(lengths)[:-1]].astype(np.int64)
    buf = np.frombuffer(body + bytes(_PAD), dtype=np.uint8)
    return _ByteColumn(body, buf, start, lengths)


def _ascii_array(cells: list[str]) -> np.ndarray | None:
    try:
        return np.array(cells, dtype="S")
    except UnicodeEncodeError:
        return None


def _sort_hashes(hashes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(order, hashes[order]), equal hashes in row order (the first row with an id comes first).
    The unstable sort is twice as fast; only when two hashes are equal (a duplicate id, rare)
    is the stable one needed."""
    order = np.argsort(hashes)
    ordered = hashes[order]
    if (ordered[1:] == ordered[:-1]).any():
        order = np.argsort(hashes, kind="stable")
        ordered = hashes[order]
    return order, ordered


def _hash(keys: np.ndarray) -> np.ndarray:
    """FNV-style 64-bit hash of each fixed-width byte string, eight bytes per vectorised pass."""
    width = keys.dtype.itemsize
    padded = -(-width // 8) * 8
    if padded != width:
        keys = keys.astype(f"S{padded}")
    words = keys.view(np.uint64).reshape(len(keys), padded // 8)
    h = np.full(len(keys), 14695981039346656037, dtype=np.uint64)
    prime = np.uint64(1099511628211)
    with np.errstate(over="ignore"):
        for j in range(words.shape[1]):
            h = (h ^ words[:, j]) * prime
            h ^= h >> np.uint64(29)
    return h


def _references(cells: Any, index: _IdIndex | _NumberedIndex, column: str, problems: _Problems) -> np.ndarray:
    """Ids -> member indices; '' -> -1; an unknown id is a problem (and -2)."""
    refs = index.lookup(cells)
    refs[_empty_rows(cells)] = -1
    problems.add_rows(np.nonzero(refs == -2)[0], column, "unknown_id", lambda i: {"value": _shown(cells[i])})
    if column == "placement":
        if len(refs) and refs[0] != -1:
            problems.add(1, column, TOP_PLACED)
            refs[0] = -1
        later = np.nonzero(refs >= np.arange(len(cells)))[0]
        problems.add_rows(later, column, NOT_EARLIER, lambda i: {"value": _shown(cells[i])})
        refs[later] = -1
        refs[refs == -2] = -1
    return refs


def _numbers(cells: Any, column: str, problems: _Problems, required: bool = False,
             default: float = 0.0, limit: float = MAX_CELL, valid: np.ndarray | None = None) -> np.ndarray:
    """A numeric column: finite, 0 <= x <= limit; empty = ``default`` (or a problem if required).
    ``valid`` (a bool array of the rows): set False in each row with a problem here."""
    n = len(cells)
    empty = _empty_rows(cells)
    if required:
        problems.add_rows(empty, column, "missing")
    bad = np.zeros(n, dtype=bool)
    if isinstance(cells, _ByteColumn):
        values, plain = cells.plain_numbers()
        for i in np.flatnonzero(~plain & (cells.lengths > 0)).tolist():  # the rest: as the text path
            try:
                values[i] = float(cells[i])
            except ValueError:
                values[i] = 0.0
                bad[i] = True
    else:
        try:
            values = np.fromiter(map(float, cells), dtype=np.float64, count=n)
        except ValueError:  # an empty or wrong cell: find them one by one
            values = np.zeros(n)
            for i, cell in enumerate(cells):
                if cell:
                    try:
                        values[i] = float(cell)
                    except ValueError:
                        bad[i] = True
    bad[empty] = False
    problems.add_rows(np.nonzero(bad)[0], column, "number", lambda i: {"value": _shown(cells[i])})
    finite = np.isfinite(values)
    problems.add_rows(np.nonzero(~finite & ~bad)[0], column, "finite")
    values[~finite | bad] = 0.0
    problems.add_rows(np.nonzero(values < 0)[0], column, "negative")
    problems.add_rows(np.nonzero(values > limit)[0], column, "too_big",
                      lambda i: {"limit": f"{limit:g}"})
    if valid is not None:
        valid &= ~bad & finite & (values >= 0) & (values <= limit)
        if required:
            valid[empty] = False
    values[empty] = default
    return values


_ZERO_ONE = {"0": 0, "1": 1, "": 0}


def _zero_one(cells: Any, column: str, problems: _Problems, required: bool = False) -> np.ndarray:
    if required:
        problems.add_rows(_empty_rows(cells), column, "missing")
    if isinstance(cells, _ByteColumn):
        if (cells.lengths == 1).all():
            byte = cells.buf[cells.start]
            if ((byte == 48) | (byte == 49)).all():
                result: np.ndarray = byte == 49
                return result
        cells = cells.strings()
    if set(cells) <= {"0", "1"}:  # the usual case, several times faster than a lookup per cell
        ones: np.ndarray = np.array(cells, dtype="S1") == b"1"
        return ones
    values = _lookup(cells, _ZERO_ONE, -1)
    problems.add_rows(np.nonzero(values < 0)[0], column, "zero_one", lambda i: {"value": _shown(str(cells[i]))})
    one: np.ndarray = values == 1
    return one


def _ranks(cells: Any, plan: PayoutPlan, problems: _Problems) -> np.ndarray:
    if isinstance(cells, _ByteColumn):
        if not cells.lengths.any():
            return np.full(len(cells), NO_RANK, dtype=np.int64)
        cells = cells.strings()
    if set(cells) == {""}:
        return np.full(len(cells), NO_RANK, dtype=np.int64)
    rank = _lookup(cells, {**plan.rank_index(), "": NO_RANK}, -2)
    problems.add_rows(np.nonzero(rank == -2)[0], "rank", "unknown_rank", lambda i: {"value": _shown(cells[i])})
    rank[rank == -2] = NO_RANK
    return rank


# ---- writing -----------------------------------------------------------------------------------


def tree_columns(plan: PayoutPlan) -> list[str]:
    """The columns an export writes for this plan (SPEC 11): the five required, every optional
    one the plan uses, ``rank`` always (placement and leg when the plan has a matrix / binary)."""
    cols = list(REQUIRED) + ["months_since_join", "rank"]
    types = {c.type for c in plan.components}
    if "matrix" in types:
        cols += ["placement"]
    if "binary" in types:
        cols += ["leg"]
        if plan.component("binary").carry_over:
            cols += ["carry_left", "carry_right"]
    if "matrix" in types:
        cols += ["cycled"]
    return cols


def format_tree(net: Network, plan: PayoutPlan, ranks: np.ndarray | None = None,
                placement: np.ndarray | None = None, legs: np.ndarray | None = None,
                paid: np.ndarray | None = None) -> str:
    """The network as TREE.csv text. ``ranks``/``placement``/``legs`` make those columns
    explicit (an export writes what the engine decided); ``paid`` adds a ``paid`` column.
    Numbers are written with repr(), which reads back to the same float."""
    cols = tree_columns(plan)
    ids = net.ids
    n = net.n
    names = [r.name for r in plan.ranks]
    rank = net.rank if ranks is None else ranks
    sponsor = net.sponsor.tolist()
    data: dict[str, list[str]] = {
        "id": list(ids),
        "sponsor": [ids[s] if s < n else "" for s in sponsor],
        "volume": [repr(v) for v in net.volume.tolist()],
        "customer_volume": [repr(v) for v in net.customer_volume.tolist()],
        "active": ["1" if a else "0" for a in net.active.tolist()],
        "months_since_join": [str(m) for m in net.months_since_join.tolist()],
        "rank": [names[r] if r >= 0 else "" for r in rank.tolist()],
    }
    if "placement" in cols:
        parents = net.placement if placement is None else placement
        data["placement"] = [ids[p] if p >= 0 else "" for p in parents.tolist()]
    if "leg" in cols:
        legs = net.leg if legs is None else legs
        data["leg"] = [{LEG_LEFT: "L", LEG_RIGHT: "R"}.get(x, "") for x in legs.tolist()]
    for name in ("carry_left", "carry_right"):
        if name in cols:
            data[name] = [repr(v) for v in getattr(net, name).tolist()]
    if "cycled" in cols:
        data["cycled"] = ["1" if c else "0" for c in net.cycled.tolist()]
    if paid is not None:
        cols.append("paid")
        data["paid"] = [repr(v) for v in paid.tolist()]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(cols)
    writer.writerows(zip(*(data[c] for c in cols)))
    return out.getvalue()


def write_tree(path: str | os.PathLike[str], net: Network, plan: PayoutPlan, **kw: Any) -> None:
    """Write :func:`format_tree` atomically (temp file, then replace)."""
    from ..fileformat import atomic_write_bytes

    atomic_write_bytes(path, format_tree(net, plan, **kw).encode("utf-8"))


__all__ = ["read_tree", "parse_tree", "read_bytes", "format_tree", "write_tree", "tree_columns",
           "TreeFileError", "TreeProblem", "MAX_TREE_BYTES", "MAX_MEMBERS", "MAX_PROBLEMS",
           "REQUIRED", "OPTIONAL"]
