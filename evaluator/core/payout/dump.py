"""The ``payout --json`` text (SPEC 10): :func:`dump_json`, one member a line.

Owns the writer of a :class:`~evaluator.core.payout.engine.PayoutResult` as JSON text. It is
exactly ``json.dumps(result.to_json(ids))`` but laid out with one member per line and written
without building a dict per member: every line is the member's id followed by one string per
column (rank, total, each component, carries, cycled), each of them taken from a small table
of the column's distinct values (``repr`` runs once per distinct value) that already holds the
JSON text that follows it. A block of rows is then one ``str.join`` of shared strings: no
per-member formatting, and nothing but the text itself is copied.

:func:`json_chunks` yields the text a block of members at a time (the ``payout`` command writes
them as they come); :func:`dump_json` joins them. :func:`_dump_json_text`, one format string per
member, is the plain reference the tests compare it with (and the path for amounts that are not
finite).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import numpy as np

from .ids import NumberedIds

if TYPE_CHECKING:  # pragma: no cover
    from .engine import PayoutResult

_ENC = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode
_BLOCK = 1 << 16  # members per joined block
# an id is its own JSON string body unless it holds one of these (json.dumps escapes them)
_NEEDS_ESCAPE = re.compile(r'["\\\x00-\x1f]')
_PLAIN_ID = re.compile(r'[^"\\\x00-\x1f\x7f-\x9f\u2028\u2029]*\Z')


def dump_json(result: PayoutResult, ids: Sequence[str]) -> str:
    """``json.dumps(result.to_json(ids))`` with one member per line."""
    return "".join(json_chunks(result, ids))


def json_chunks(result: PayoutResult, ids: Sequence[str]) -> Iterator[str]:
    """:func:`dump_json`'s text in pieces, a block of members at a time."""
    n = len(ids)
    floats = [result.total, *result.by_component.values()]
    carry_left, carry_right = result.carry_left, result.carry_right
    if carry_left is not None and carry_right is not None:
        floats += [carry_left, carry_right]
    if n == 0 or not all(np.isfinite(c).all() for c in floats):
        yield _dump_json_text(result, ids)
        return
    # The line of member i is its key and then, in turn, a column's JSON text and the constant
    # text after it; that constant is appended to every entry of the column's table, so that a
    # line is 1 + (number of columns) strings. The last column's entries end with the next
    # line's start ',\n"' (taken off again after the very last member).
    parts: list[str | tuple[np.ndarray, list[str]]] = []
    names = [_ENC(r.name) for r in result.plan.ranks] + ["null"]
    parts.append((np.asarray(result.reported_rank, dtype=np.int64) % len(names), names))
    parts += [',"total":', _float_column(result.total), ',"by_component":{']
    for k, (t, pay) in enumerate(result.by_component.items()):
        parts += [("," if k else "") + f'"{t}":', _float_column(pay)]
    parts.append("}")
    if carry_left is not None and carry_right is not None:
        parts += [',"carry_left":', _float_column(carry_left), ',"carry_right":', _float_column(carry_right)]
    if result.cycled is not None:
        parts += [',"cycled":', (np.asarray(result.cycled, dtype=np.int64), ["false", "true"])]
    parts.append('},\n"')
    head = '":{"rank":'  # the constant text straight after the key
    tables: list[tuple[np.ndarray, np.ndarray]] = []
    for part in parts:
        if isinstance(part, str):
            index, strings = tables[-1]
            tables[-1] = (index, np.array([s + part for s in strings.tolist()], dtype=object))
        else:
            tables.append((part[0], np.array(part[1], dtype=object)))
    numbered = isinstance(ids, NumberedIds)
    keys: list[str] = []
    if isinstance(ids, NumberedIds):  # prefix + str(i): two shared pieces, no string per member
        thousands, units = _numbered_keys(ids, n)
    else:
        keys = _keys(ids)
    width = 2 + numbered + len(tables)
    yield '{"members":{\n"'
    for begin in range(0, n, _BLOCK):
        end = min(begin + _BLOCK, n)
        line = [head] * (width * (end - begin))
        if numbered:
            rows = np.arange(begin, end)
            line[0::width] = thousands[rows // 1000].tolist()
            line[1::width] = units[np.where(rows < 1000, rows + 1000, rows % 1000)].tolist()
        else:
            line[0::width] = keys[begin:end]
        for k, (index, table) in enumerate(tables):
            line[k + 2 + numbered::width] = table[index[begin:end]].tolist()
        if end == n:  # the last line ends without ',\n"'
            line[-1] = line[-1][:-3]
        yield "".join(line)
    rest = ",\n".join(f"{_ENC(k)}:{_ENC(v)}" for k, v in result.summary().items())
    yield "\n},\n" + rest + "\n}\n"


def _numbered_keys(ids: NumberedIds, n: int) -> tuple[np.ndarray, np.ndarray]:
    """The JSON string bodies of ``prefix + str(i)`` as two pieces, ``thousands[i // 1000]``
    and ``units[...]``: for i >= 1000, the prefix and str(i // 1000), then i % 1000 with three
    digits; for i < 1000, the prefix alone, then str(i) (``units[1000 + i]``)."""
    prefix = ids.prefix
    if _NEEDS_ESCAPE.search(prefix):  # JSON escapes each character alone: the prefix's, then digits
        prefix = _ENC(prefix)[1:-1]
    thousands = np.array([prefix] + [f"{prefix}{k}" for k in range(1, (n - 1) // 1000 + 1)], dtype=object)
    units = np.array([f"{k:03d}" for k in range(1000)] + [str(k) for k in range(1000)], dtype=object)
    return thousands, units


def _keys(ids: Sequence[str]) -> list[str]:
    """The ids as JSON string bodies (without the quotes): the ids themselves, unless one of
    them needs an escape (looked for once in all of them joined)."""
    ids = list(ids)
    joined = "".join(ids)
    if '"' not in joined and "\\" not in joined:
        if joined.isascii():  # the usual case: a control character is a byte below 32
            if not (np.frombuffer(joined.encode("ascii"), dtype=np.uint8) < 32).any():
                return ids
        elif _NEEDS_ESCAPE.search(joined) is None:
            return ids
    return [_ENC(i)[1:-1] for i in ids]


def _float_column(values: np.ndarray) -> tuple[np.ndarray, list[str]]:
    """(index, table): ``repr`` of every value is ``table[index[i]]``; repr runs once per
    distinct nonzero value (0.0 and -0.0 are written directly; np.unique would merge them)."""
    values = np.asarray(values, dtype=np.float64)
    zero = values == 0
    index = np.signbit(values).astype(np.int64)  # 0: "0.0", 1: "-0.0" (only zeros keep these)
    if zero.all():
        return index, ["0.0", "-0.0"]
    rest = np.flatnonzero(~zero)
    distinct, inverse = np.unique(values[rest], return_inverse=True)
    index[rest] = inverse.ravel() + 2
    return index, ["0.0", "-0.0", *map(repr, distinct.tolist())]


def _dump_json_text(result: PayoutResult, ids: Sequence[str]) -> str:
    """:func:`dump_json` with one format string per member: any ids, any values."""
    enc = _ENC
    if all(_PLAIN_ID.match(i) for i in ids):
        keys: list[str] = [f'"{i}"' for i in ids]
    else:
        keys = [enc(i) for i in ids]
    names = [enc(r.name) for r in result.plan.ranks] + ["null"]
    rank_json = [names[r] for r in result.reported_rank.tolist()]
    types = list(result.by_component)
    fmt = '%s:{"rank":%s,"total":%r,"by_component":{' + ",".join(f'"{t}":%r' for t in types) + "}"
    columns = [result.total.tolist()] + [result.by_component[t].tolist() for t in types]
    if result.carry_left is not None and result.carry_right is not None:
        fmt += ',"carry_left":%r,"carry_right":%r'
        columns += [result.carry_left.tolist(), result.carry_right.tolist()]
    if result.cycled is not None:
        fmt += ',"cycled":%s'
        columns.append(["true" if c else "false" for c in result.cycled.tolist()])
    fmt += "}"
    lines = list(map(fmt.__mod__, zip(keys, rank_json, *columns)))
    rest = ",\n".join(f"{enc(k)}:{enc(v)}" for k, v in result.summary().items())
    return '{"members":{\n' + ",\n".join(lines) + "\n},\n" + rest + "\n}\n"


__all__ = ["dump_json", "json_chunks"]
