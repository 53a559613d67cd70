"""The ``.oppeval`` evaluation file, format version 1: load, validate and save.

Every problem comes back as a :class:`Problem` naming the field path
(``offer.payout.levels[2]: must be between 0 and 100``); nothing here raises anything but
:class:`EvaluationFileError` for bad input. Saving is atomic: a temporary file in the same folder,
flushed and fsynced, then ``os.replace``.
"""

from __future__ import annotations

import glob
import json
import math
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .i18n import tr
from .model import FORMAT_NAME, FORMAT_VERSION, Evaluation

MAX_FILE_BYTES = 10_000_000
MAX_NESTING = 64
EXTENSION = ".oppeval"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document: where (a field path, '' for the whole file) and what."""

    path: str
    code: str
    ctx: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "en") -> str:
        en, nl = _MESSAGES.get(self.code, ("{detail}", "{detail}"))
        try:
            return tr(lang, en, nl).format(**self.ctx)
        except (KeyError, IndexError, ValueError):
            return self.ctx.get("detail", self.code)

    def render(self, lang: str = "en") -> str:
        return f"{self.path}: {self.message(lang)}" if self.path else self.message(lang)


class EvaluationFileError(ValueError):
    """The input is not a valid evaluation; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(p.render() for p in problems))

    def render(self, lang: str = "en") -> str:
        return "\n".join(p.render(lang) for p in self.problems)


# code -> (English, Dutch); placeholders come from Problem.ctx.
_MESSAGES: dict[str, tuple[str, str]] = {
    "too_large": (
        "the file is {size} bytes; files over {limit} bytes are refused",
        "het bestand is {size} bytes; bestanden boven {limit} bytes worden geweigerd",
    ),
    "not_utf8": ("the file is not UTF-8 text", "het bestand is geen UTF-8-tekst"),
    "not_json": (
        "not valid JSON (line {line}, column {col}: {detail})",
        "geen geldige JSON (regel {line}, kolom {col}: {detail})",
    ),
    "too_deep": (
        "the data is nested more than {limit} levels deep",
        "de gegevens zijn meer dan {limit} niveaus diep genest",
    ),
    "duplicate_key": ("the key '{key}' appears twice", "de sleutel '{key}' komt twee keer voor"),
    "not_object": (
        "an evaluation file must contain a JSON object",
        "een evaluatiebestand moet een JSON-object bevatten",
    ),
    "wrong_format": (
        "must be \"opportunity-evaluation\" (this is not an evaluation file)",
        "moet \"opportunity-evaluation\" zijn (dit is geen evaluatiebestand)",
    ),
    "newer_version": (
        "this file was made by a newer version of Opportunity Evaluator (format version {version}; "
        "this version reads up to {known}). Update the app to open it.",
        "dit bestand is gemaakt met een nieuwere versie van Opportunity Evaluator (formaatversie "
        "{version}; deze versie leest tot en met {known}). Werk de app bij om het te openen.",
    ),
    "bad_version": (
        "must be a whole number from 1 to {known}",
        "moet een geheel getal van 1 tot en met {known} zijn",
    ),
    "unknown_key": (
        "unknown key (not part of format version {known}; a newer file must not be half-read)",
        "onbekende sleutel (hoort niet bij formaatversie {known}; een nieuwer bestand wordt niet half gelezen)",
    ),
    "missing": ("required, but missing", "verplicht, maar ontbreekt"),
    "number": ("must be a number", "moet een getal zijn"),
    "whole": ("must be a whole number", "moet een geheel getal zijn"),
    "text": ("must be text", "moet tekst zijn"),
    "bool": ("must be true or false", "moet true of false zijn"),
    "object": ("must be an object", "moet een object zijn"),
    "list": ("must be a list", "moet een lijst zijn"),
    "finite": (
        "must be a finite number (not NaN or Infinity)",
        "moet een eindig getal zijn (geen NaN of Infinity)",
    ),
    "choice": ("must be one of: {choices}", "moet een van deze zijn: {choices}"),
    "empty": ("must not be empty", "mag niet leeg zijn"),
    "too_long_text": ("must be at most {max} characters", "mag hoogstens {max} tekens lang zijn"),
    "too_many": ("must have at most {max} items", "mag hoogstens {max} elementen hebben"),
    "too_few": ("must have at least {min} item(s)", "moet minstens {min} element(en) hebben"),
    "currency": (
        "must be three upper-case letters (an ISO 4217 code such as EUR)",
        "moet uit drie hoofdletters bestaan (een ISO 4217-code zoals EUR)",
    ),
    "between": ("must be between {lo} and {hi}", "moet tussen {lo} en {hi} liggen"),
    "above_at_most": (
        "must be greater than {lo} and at most {hi}",
        "moet groter zijn dan {lo} en hoogstens {hi}",
    ),
    "at_least": ("must be at least {lo}", "moet minstens {lo} zijn"),
    "above": ("must be greater than {lo}", "moet groter zijn dan {lo}"),
    "at_most": ("must be at most {hi}", "mag hoogstens {hi} zijn"),
    "tiers_sum": (
        "tier shares must add up to 100 (±1); they add up to {total}",
        "de aandelen van de groepen moeten optellen tot 100 (±1); ze tellen op tot {total}",
    ),
    "market_too_small": (
        "must be at least existing_participants ({existing}), the network at the start",
        "moet minstens existing_participants ({existing}) zijn, het netwerk bij de start",
    ),
    "number_too_long": (
        "a number in the file has too many digits to be read",
        "een getal in het bestand heeft te veel cijfers om te lezen",
    ),
    "volume_tiny": ("must be 0 or at least {min}", "moet 0 zijn of minstens {min}"),
    "io": ("could not be read: {detail}", "kon niet worden gelezen: {detail}"),
}

_TYPE_CODES = {
    "float_type": "number", "float_parsing": "number",
    "int_type": "whole", "int_parsing": "whole", "int_from_float": "whole",
    "string_type": "text", "bool_type": "bool", "bool_parsing": "bool",
    "model_type": "object", "dict_type": "object", "model_attributes_type": "object",
    "list_type": "list", "finite_number": "finite", "missing": "missing",
    "extra_forbidden": "unknown_key", "string_pattern_mismatch": "currency",
}
# Cross-field checks report on the parent object; point them at the field they concern.
_SUFFIX = {"tiers_sum": "tiers", "market_too_small": "market_size"}


def format_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def _problem_from_pydantic(err: dict) -> Problem:
    loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and ("[" in p or p in
                ("function-after", "function-before", "nullable", "union", "float", "int", "none"))))
    kind = err["type"]
    ctx = dict(err.get("ctx") or {})
    if kind in _SUFFIX:
        loc = loc + (_SUFFIX[kind],)
    if kind in _TYPE_CODES:
        code = _TYPE_CODES[kind]
        if code == "unknown_key":
            ctx = {"known": FORMAT_VERSION}
        return Problem(format_path(loc), code, ctx)
    if kind == "literal_error":
        return Problem(format_path(loc), "choice", {"choices": str(ctx.get("expected", "")).replace(" or ", ", ")})
    if kind == "string_too_short":
        return Problem(format_path(loc), "empty")
    if kind == "string_too_long":
        return Problem(format_path(loc), "too_long_text", {"max": ctx.get("max_length")})
    if kind == "too_long":
        return Problem(format_path(loc), "too_many", {"max": ctx.get("max_length")})
    if kind == "too_short":
        return Problem(format_path(loc), "too_few", {"min": ctx.get("min_length")})
    if kind in ("between", "above_at_most", "at_least", "above", "at_most", "tiers_sum", "market_too_small",
                "volume_tiny"):
        return Problem(format_path(loc), kind, ctx)
    return Problem(format_path(loc), "detail", {"detail": err.get("msg", kind)})


def _check_nesting(text: str) -> None:
    """Refuse absurd nesting in one linear pass, before the recursive JSON parser sees it."""
    depth = 0
    in_string = False
    escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise EvaluationFileError([Problem("", "too_deep", {"limit": MAX_NESTING})])
        elif ch in "]}":
            depth -= 1


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise EvaluationFileError([Problem("", "duplicate_key", {"key": key[:80]})])
        out[key] = value
    return out


def parse_json(text: str) -> Any:
    """JSON text -> Python data; NaN/Infinity become floats so the model names their field."""
    _check_nesting(text)
    try:
        return json.loads(text, object_pairs_hook=_reject_duplicates)
    except json.JSONDecodeError as exc:
        raise EvaluationFileError(
            [Problem("", "not_json", {"line": exc.lineno, "col": exc.colno, "detail": exc.msg})]
        ) from None
    except RecursionError:
        raise EvaluationFileError([Problem("", "too_deep", {"limit": MAX_NESTING})]) from None
    except EvaluationFileError:  # from _reject_duplicates
        raise
    except ValueError:  # e.g. an integer literal longer than Python's 4300-digit limit
        raise EvaluationFileError([Problem("", "number_too_long")]) from None


def from_data(data: Any) -> Evaluation:
    """Validate already-parsed JSON data as an evaluation."""
    if not isinstance(data, dict):
        raise EvaluationFileError([Problem("", "not_object")])
    if data.get("format") != FORMAT_NAME:
        if "format" not in data:
            raise EvaluationFileError([Problem("format", "missing")])
        raise EvaluationFileError([Problem("format", "wrong_format")])
    version = data.get("version")
    if "version" not in data:
        raise EvaluationFileError([Problem("version", "missing")])
    if isinstance(version, float) and math.isfinite(version) and version.is_integer():
        version = int(version)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise EvaluationFileError([Problem("version", "bad_version", {"known": FORMAT_VERSION})])
    if version > FORMAT_VERSION:
        raise EvaluationFileError(
            [Problem("version", "newer_version", {"version": version, "known": FORMAT_VERSION})]
        )
    data = upgrade(data, version)
    try:
        return Evaluation.model_validate(data, strict=True)
    except ValidationError as exc:
        problems = [_problem_from_pydantic(e) for e in exc.errors(include_url=False)]
        raise EvaluationFileError(_dedupe(problems)) from None
    except RecursionError:
        raise EvaluationFileError([Problem("", "too_deep", {"limit": MAX_NESTING})]) from None


def upgrade(data: dict, version: int) -> dict:
    """Bring an older format version's data up to the current one (none exist yet)."""
    return data


def _dedupe(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[str, str]] = set()
    out = []
    for p in problems:
        key = (p.path, p.code)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def loads(content: str | bytes) -> Evaluation:
    """Parse and validate the text (or bytes) of an evaluation file."""
    if isinstance(content, (bytes, bytearray)):
        if len(content) > MAX_FILE_BYTES:
            raise EvaluationFileError(
                [Problem("", "too_large", {"size": len(content), "limit": MAX_FILE_BYTES})]
            )
        try:
            content = bytes(content).decode("utf-8-sig")
        except UnicodeDecodeError:
            raise EvaluationFileError([Problem("", "not_utf8")]) from None
    elif len(content) > MAX_FILE_BYTES:
        raise EvaluationFileError(
            [Problem("", "too_large", {"size": len(content.encode("utf-8", "replace")),
                                       "limit": MAX_FILE_BYTES})]
        )
    return from_data(parse_json(content))


def load(path: str | os.PathLike) -> Evaluation:
    """Read an evaluation file; the size is checked before anything is parsed."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise EvaluationFileError([Problem("", "too_large", {"size": size, "limit": MAX_FILE_BYTES})])
        with path.open("rb") as fh:
            content = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise EvaluationFileError([Problem("", "io", {"detail": exc.strerror or str(exc)})]) from None
    return loads(content)


def to_data(evaluation: Evaluation) -> dict:
    """The evaluation as JSON-ready data, every field written out (defaults included)."""
    return evaluation.model_dump(mode="json")


def dumps(evaluation: Evaluation) -> str:
    return json.dumps(to_data(evaluation), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


@contextmanager
def atomic_replace(path: str | os.PathLike) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block succeeds, fsync it and move it into
    place, so a crash leaves either the old file or the new one; when it fails, remove it."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass
    _remove_stale_temps(path)


STALE_TEMP_SECONDS = 3600


def _remove_stale_temps(path: Path) -> None:
    """Remove this file's temp files left by a save killed before os.replace: only ours
    (.NAME.*.tmp) and only old ones, never another process's save in progress."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        try:
            if tmp.is_file() and tmp.stat().st_mtime < cutoff:
                tmp.unlink()
        except OSError:
            pass


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old file or the new one."""
    with atomic_replace(path) as tmp:
        tmp.write_bytes(data)


def save(evaluation: Evaluation, path: str | os.PathLike) -> None:
    """Save atomically as a version-1 evaluation file."""
    atomic_write_bytes(path, dumps(evaluation).encode("utf-8"))
