"""The ``.oppeval`` evaluation file: load (format versions 1 and 2), validate and save (version 2).

A version-2 file is validated against :mod:`evaluator.core.model`. A version-1 file is validated
against the frozen version-1 models (:mod:`evaluator.core.model_v1`, so its messages and field
paths are version 1's) and then upgraded (SPEC 8.4, :func:`upgrade_v1`): the payout through
:func:`evaluator.core.plans.upgrade.upgrade_payout_v1`, the disclosure's tiers
(``annual_average`` -> ``average``, ``annual_median`` -> ``median``, ``period: year``) and its
``covered_percent`` (absent or null: 100 when ``basis`` is ``all``, else null), and validated as
version 2. Saving always writes version 2.

Every problem comes back as a :class:`Problem` naming the field path
(``offer.payout.levels[2]: must be between 0 and 100``); nothing here raises anything but
:class:`EvaluationFileError` for bad input. At most :data:`MAX_PROBLEMS` problems are kept, then
"… and N more" (the command line and the app share :meth:`EvaluationFileError.lines`); what a
message echoes from the file is clipped and cleared of bidi controls. Reading goes through
:func:`evaluator.core.safefile.read_regular` (never blocks on a FIFO, regular files only); saving
through :func:`evaluator.core.safefile.write_atomic` (temporary file, fsync, ``os.replace``; a
full disk is reported; a symlink or non-regular target is refused).
"""

from __future__ import annotations

import errno
import json
import logging
import math
import os
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from . import safefile
from .i18n import norm_lang, tr
from .error_text import dutch_number, json_detail
from . import model_v1
from .model import FORMAT_NAME, FORMAT_VERSION, Evaluation
from .plans.components import COMPONENT_TYPES, remember_shown_names
from .plans.components import MESSAGES as PLAN_MESSAGES
from .textsafe import clip, plain_text

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 10_000_000
MAX_NESTING = 64
EXTENSION = ".oppeval"
MAX_PROBLEMS = 50  # listed; the rest is counted ("… and N more")
ECHO_CHARS = 80  # at most this much of a key or value from the file is echoed in a message


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a document: where (a field path, '' for the whole file) and what."""

    path: str
    code: str
    ctx: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "en") -> str:
        if self.code == "refused":  # a file refused by safefile: its own two-language message
            return tr(lang, self.ctx.get("en", ""), self.ctx.get("nl", ""))
        en, nl = _MESSAGES.get(self.code, ("{detail}", "{detail}"))
        if self.code in _SINGULAR and 1 in (self.ctx.get("min"), self.ctx.get("max")):
            en, nl = _SINGULAR[self.code]  # '1 item', never 'item(s)'
        ctx = self.ctx
        if self.code == "not_json":  # Python's json detail is English: Dutch in Dutch
            ctx = {**ctx, "detail": json_detail(str(ctx.get("detail", "")), lang)}
        elif self.code == "io" and norm_lang(lang) == "nl" and "detail_nl" in ctx:  # the OS's words
            ctx = {**ctx, "detail": ctx["detail_nl"]}
        elif norm_lang(lang) == "nl":  # limits come formatted the English way (1,000,000)
            ctx = {key: dutch_number(value) if key in _NUMBER_KEYS and isinstance(value, str)
                   else value for key, value in ctx.items()}
        try:
            return tr(lang, en, nl).format(**ctx)
        except (KeyError, IndexError, ValueError):
            return str(self.ctx.get("detail", self.code))

    def render(self, lang: str = "en") -> str:
        return f"{self.path}: {self.message(lang)}" if self.path else self.message(lang)


class EvaluationFileError(ValueError):
    """The input is not a valid evaluation; ``problems`` says where and why.

    ``problems`` holds at most :data:`MAX_PROBLEMS`; ``more`` counts the ones left out.
    """

    def __init__(self, problems: list[Problem], more: int = 0):
        self.problems = problems[:MAX_PROBLEMS]
        self.more = more + max(len(problems) - MAX_PROBLEMS, 0)
        super().__init__(self.render("en"))

    def lines(self, lang: str = "en") -> list[str]:
        """One line per problem, then "… and N more" when some were left out."""
        out = [p.render(lang) for p in self.problems]
        if self.more:
            out.append(tr(lang, f"… and {self.more:,} more", f"… en nog {self.more:,}".replace(",", ".")))
        return out

    def render(self, lang: str = "en") -> str:
        return "\n".join(self.lines(lang))


# The placeholders that hold a number (as text, written the English way: '1,000,000', '0.5').
_NUMBER_KEYS = frozenset(("lo", "hi", "min", "max", "total", "existing", "market", "volume",
                          "cost", "size", "limit"))

# code -> (English, Dutch); placeholders come from Problem.ctx.
_MESSAGES: dict[str, tuple[str, str]] = {
    "too_large": (
        "the file is {size} bytes; files over {limit} bytes are refused",
        "het bestand is {size} bytes; bestanden boven {limit} bytes worden geweigerd",
    ),
    "not_utf8": ("the file is not UTF-8 text", "het bestand is geen UTF-8-tekst"),
    "utf16": (
        "the file was saved as UTF-16; save it as UTF-8 and try again",
        "het bestand is opgeslagen als UTF-16; sla het op als UTF-8 en probeer het opnieuw",
    ),
    "bad_text": (
        "contains a character that is not valid text (a lone surrogate such as \\ud800); "
        "remove it",
        "bevat een teken dat geen geldige tekst is (een los surrogaat zoals \\ud800); haal het weg",
    ),
    "number_too_big": (
        "the number is too large ({digits} digits); use an ordinary amount",
        "het getal is te groot ({digits} cijfers); gebruik een gewoon bedrag",
    ),
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
    "too_few": ("must have at least {min} items", "moet minstens {min} elementen hebben"),
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
    "price_tiny": ("must be at least {min}", "moet minstens {min} zijn"),
    "autoship_disagrees": (
        "does not agree with the required monthly volume: {volume} points cost {cost} at the "
        "products' average price (they must agree within 1 %)",
        "klopt niet met het verplichte maandvolume: {volume} punten kosten {cost} tegen de "
        "gemiddelde prijs van de producten (ze moeten binnen 1 % overeenkomen)",
    ),
    **PLAN_MESSAGES,  # the component plan's own checks (plans/components.py)
    "io": ("could not be read: {detail}", "kon niet worden gelezen: {detail}"),
}

# A count of one in the messages above: singular, never 'item(s)' or 'element(en)'.
_SINGULAR = {
    "too_many": ("must have at most 1 item", "mag hoogstens 1 element hebben"),
    "too_few": ("must have at least 1 item", "moet minstens 1 element hebben"),
}

_TYPE_CODES = {
    "float_type": "number", "float_parsing": "number",
    "int_type": "whole", "int_parsing": "whole", "int_from_float": "whole",
    "string_type": "text", "bool_type": "bool", "bool_parsing": "bool",
    "model_type": "object", "dict_type": "object", "model_attributes_type": "object",
    "list_type": "list", "finite_number": "finite", "missing": "missing",
    "extra_forbidden": "unknown_key", "string_pattern_mismatch": "currency",
    "string_unicode": "bad_text",
}
# Cross-field checks report on the parent object; point them at the field they concern.
_SUFFIX: dict[str, tuple[str, ...]] = {
    "tiers_sum": ("tiers",), "market_too_small": ("market_size",),
    "autoship_disagrees": ("requirements", "autoship_amount"),
}
_CODES_WITH_CONTEXT = frozenset({
    "between", "above_at_most", "at_least", "above", "at_most", "tiers_sum", "market_too_small",
    "volume_tiny", "price_tiny", "autoship_disagrees", *PLAN_MESSAGES,
})


def format_path(loc: tuple[str | int, ...]) -> str:
    """``("offer", "levels", 2)`` -> ``offer.levels[2]``; each key from the file is clipped to
    :data:`ECHO_CHARS` characters and cleared of bidi controls."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + clip(plain_text(str(part)), ECHO_CHARS)
    return out


def _problem_from_pydantic(err: ErrorDetails, version: int = FORMAT_VERSION) -> Problem:
    """One pydantic error as a Problem; ``version`` is the format version the file was read as
    (an unknown key is "not part of format version N")."""
    loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and ("[" in p or p in
                ("function-after", "function-before", "nullable", "union", "float", "int", "none"))))
    kind = err["type"]
    ctx = dict(err.get("ctx") or {})
    if kind in _SUFFIX:
        loc = loc + _SUFFIX[kind]
    if kind in _TYPE_CODES:
        code = _TYPE_CODES[kind]
        if code == "unknown_key":
            ctx = {"known": version}
        value = err.get("input")
        if code in ("number", "whole") and isinstance(value, int) and not isinstance(value, bool) \
                and abs(value) > 1e300:
            code, ctx = "number_too_big", {"digits": len(str(abs(value)))}
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
    if kind in _CODES_WITH_CONTEXT:
        return Problem(format_path(loc), kind, ctx)
    return Problem(format_path(loc), "detail", {"detail": clip(plain_text(str(err.get("msg", kind))), 200)})


_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def _check_nesting(text: str) -> None:
    """Refuse absurd nesting before the recursive JSON parser sees it.

    A quick pass with regular expressions (strings removed, then everything but brackets) finds
    the depth of ordinary files in C; only when it says "too deep" does the exact
    character-by-character pass decide (an unterminated string can fool the quick one).
    """
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    depth = deepest = 0
    for ch in brackets:
        if ch in "[{":
            depth += 1
            if depth > MAX_NESTING:
                deepest = depth
                break
        else:
            depth -= 1
    if deepest <= MAX_NESTING:
        return
    _check_nesting_exactly(text)


def _check_nesting_exactly(text: str) -> None:
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


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise EvaluationFileError([Problem("", "duplicate_key",
                                               {"key": clip(plain_text(key), ECHO_CHARS)})])
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
    if version == 1:
        return _from_data_v1(data)
    evaluation: Evaluation = _validate(data, Evaluation, FORMAT_VERSION)
    return evaluation


def _validate(data: dict[str, Any], model: type[BaseModel], version: int) -> Any:
    _refuse_many_unknown_keys(data, model, version)
    try:
        return model.model_validate(data, strict=True)
    except ValidationError as exc:
        raise _file_error(exc, version) from None
    except RecursionError:
        raise EvaluationFileError([Problem("", "too_deep", {"limit": MAX_NESTING})]) from None


def _from_data_v1(data: dict[str, Any]) -> Evaluation:
    """A version-1 document: validated as version 1 (its own messages and paths), upgraded."""
    unstated_coverage = False
    offer = data.get("offer")
    if isinstance(offer, dict) and isinstance(offer.get("disclosure"), dict):
        disclosure = offer["disclosure"]
        if disclosure.get("covered_percent") is None:
            # absent or null (SPEC 8.4): version 1's default 100 for the check, then upgraded
            unstated_coverage = True
            disclosure = {k: v for k, v in disclosure.items() if k != "covered_percent"}
            data = {**data, "offer": {**offer, "disclosure": disclosure}}
    evaluation_v1: model_v1.Evaluation = _validate(data, model_v1.Evaluation, 1)
    return upgrade_v1(evaluation_v1, unstated_coverage)


def upgrade_v1(evaluation_v1: model_v1.Evaluation, unstated_coverage: bool = False) -> Evaluation:
    """The version-2 evaluation of a valid version-1 one (SPEC 8.4). ``unstated_coverage``: the
    file had no ``covered_percent`` (or null); it becomes 100 with ``basis: all``, else null."""
    from .plans.upgrade import upgrade_payout_v1

    payout = upgrade_payout_v1(evaluation_v1.offer.payout)
    data = evaluation_v1.model_dump(mode="python")
    data["version"] = FORMAT_VERSION
    data["offer"]["payout"] = payout.model_dump(mode="python")
    disclosure = data["offer"]["disclosure"]
    if disclosure is not None:
        disclosure["period"] = "year"
        if unstated_coverage:
            disclosure["covered_percent"] = 100.0 if disclosure["basis"] == "all" else None
        disclosure["tiers"] = [
            {"name": t["name"], "share_percent": t["share_percent"],
             "average": t["annual_average"], "median": t["annual_median"]}
            for t in disclosure["tiers"]]
    try:
        evaluation = Evaluation.model_validate(data, strict=True)
    except ValidationError as exc:
        raise _file_error(exc, FORMAT_VERSION) from None
    remember_shown_names(evaluation.offer.payout, payout.shown_names)
    return evaluation


def _nested_models(annotation: Any) -> tuple[list[type[BaseModel]], bool]:
    """The model classes a field holds (directly, optional, as a list's items, or the members of
    a union such as the plan's components), and whether it is a list."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation], False
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated and args:
        return _nested_models(args[0])
    if origin is list and args:
        return _nested_models(args[0])[0], True
    if origin in (typing.Union, types.UnionType):
        models: list[type[BaseModel]] = []
        is_list = False
        for arg in args:
            found, listed = _nested_models(arg)
            if found:
                models += found
                is_list = is_list or listed
        return models, is_list
    return [], False


def _model_for(value: dict[str, Any], models: list[type[BaseModel]]) -> type[BaseModel] | None:
    """The one model of ``models`` that ``value`` is: the only one, or the one whose ``type``
    it names (a plan component); None when that cannot be told."""
    if len(models) == 1:
        return models[0]
    kind = value.get("type")
    if kind not in COMPONENT_TYPES:
        return None
    for model in models:
        info = model.model_fields.get("type")
        if info is not None and typing.get_args(info.annotation) == (kind,):
            return model
    return None


_NESTED: dict[tuple[type[BaseModel], str], tuple[list[type[BaseModel]], bool]] = {}


def _unknown_keys(data: Any, model: type[BaseModel], loc: tuple[str | int, ...],
                  out: list[tuple[str | int, ...]],
                  limit: int) -> int:
    """Count the keys of ``data`` the model does not know, recursively; the first ``limit``
    locations go to ``out``."""
    if not isinstance(data, dict):
        return 0
    fields = model.model_fields
    count = 0
    for key, value in data.items():
        info = fields.get(key)
        if info is None:
            count += 1
            if len(out) < limit:
                out.append(loc + (key,))
            continue
        if isinstance(value, (dict, list)):
            nested = _NESTED.get((model, key))
            if nested is None:  # a model's fields never change: looked up once per field
                nested = _NESTED[(model, key)] = _nested_models(info.annotation)
            models, is_list = nested
            if not models:
                continue
            if is_list and isinstance(value, list):
                for i, item in enumerate(value):
                    inner = _model_for(item, models) if isinstance(item, dict) else None
                    if inner is not None:
                        count += _unknown_keys(item, inner, loc + (key, i), out, limit)
            elif not is_list and isinstance(value, dict):
                inner = _model_for(value, models)
                if inner is not None:
                    count += _unknown_keys(value, inner, loc + (key,), out, limit)
    return count


def _refuse_many_unknown_keys(data: dict[str, Any], model: type[BaseModel] = Evaluation,
                              version: int = FORMAT_VERSION) -> None:
    """More than :data:`MAX_PROBLEMS` unknown keys: refuse at once with the first ones, without
    asking pydantic for hundreds of thousands of error records (300,000 keys: 1.5 s -> 0.1 s)."""
    first: list[tuple[str | int, ...]] = []
    count = _unknown_keys(data, model, (), first, MAX_PROBLEMS)
    if count > MAX_PROBLEMS:
        problems = [Problem(format_path(loc), "unknown_key", {"known": version})
                    for loc in first]
        raise EvaluationFileError(problems, more=count - len(problems))


def _file_error(exc: ValidationError, version: int = FORMAT_VERSION) -> EvaluationFileError:
    """The first :data:`MAX_PROBLEMS` distinct problems, and a count of the rest.

    Only those are turned into messages: 300,000 unknown keys must not build 300,000 of them.
    """
    errors = exc.errors(include_url=False, include_context=True, include_input=True)
    seen: set[tuple[str, str]] = set()
    shown: list[Problem] = []
    rest: set[tuple[tuple[str | int, ...], str]] = set()
    for err in errors:
        if len(shown) < MAX_PROBLEMS:
            p = _problem_from_pydantic(err, version)
            key = (p.path, p.code)
            if key not in seen:
                seen.add(key)
                shown.append(p)
        else:
            rest.add((tuple(err["loc"]), err["type"]))
    return EvaluationFileError(shown, more=len(rest))


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
        raw = bytes(content)
        try:
            content = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            code = "utf16" if _looks_utf16(raw[:200]) else "not_utf8"
            raise EvaluationFileError([Problem("", code)]) from None
    elif len(content) > MAX_FILE_BYTES:
        raise EvaluationFileError(
            [Problem("", "too_large", {"size": len(content.encode("utf-8", "replace")),
                                       "limit": MAX_FILE_BYTES})]
        )
    return from_data(parse_json(content))


def _looks_utf16(head: bytes) -> bool:
    """Text that decodes as UTF-16 (with or without a byte-order mark) to something starting
    like JSON: what a Windows editor's "Unicode" saves."""
    head = head[: len(head) // 2 * 2]
    for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        text = text.lstrip("\ufeff \t\r\n")
        if text[:1] in ("{", "[") and text[:40].isascii():
            return True
    return False


def load(path: str | os.PathLike[str]) -> Evaluation:
    """Read an evaluation file: a regular file only (a FIFO or device is refused without
    blocking), the size checked before anything is parsed."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES and path.is_file():
            raise EvaluationFileError([Problem("", "too_large", {"size": size, "limit": MAX_FILE_BYTES})])
        content = safefile.read_regular(path, MAX_FILE_BYTES)
    except safefile.SafeFileError as exc:
        logger.info("refused to read %r: %s", str(path), exc.en)
        raise EvaluationFileError([Problem("", "refused", {"en": exc.en, "nl": exc.nl})]) from None
    except OSError as exc:  # the OS's words in English; in Dutch the common ones in Dutch
        detail = exc.strerror or str(exc)
        raise EvaluationFileError([Problem("", "io", {"detail": detail,
                                                      "detail_nl": _OS_ERRORS_NL.get(exc.errno or 0, detail)})]) from None
    return loads(content)


# Dutch for the OS errors a file being opened meets most (the rest stay the OS's own words).
_OS_ERRORS_NL = {
    errno.ENOENT: "bestand of map bestaat niet",
    errno.EACCES: "geen toestemming",
    errno.EPERM: "geen toestemming",
    errno.EISDIR: "dit is een map, geen bestand",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.ENAMETOOLONG: "de bestandsnaam is te lang",
    errno.ELOOP: "te veel symbolische koppelingen",
}


def to_data(evaluation: Evaluation) -> dict[str, Any]:
    """The evaluation as JSON-ready data, every field written out (defaults included)."""
    return evaluation.model_dump(mode="json")


def dumps(evaluation: Evaluation) -> str:
    return json.dumps(to_data(evaluation), ensure_ascii=False, indent=2, allow_nan=False) + "\n"


STALE_TEMP_SECONDS = safefile.STALE_TEMP_SECONDS
_remove_stale_temps = safefile.remove_stale_temps


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old file or the new one
    (``safefile.write_atomic``: raises ``safefile.SafeFileError``, an ``OSError``)."""
    safefile.write_atomic(path, data)


def save(evaluation: Evaluation, path: str | os.PathLike[str]) -> None:
    """Save atomically as a version-2 evaluation file (``safefile.SafeFileError`` on failure:
    a full disk, a refused path)."""
    atomic_write_bytes(path, dumps(evaluation).encode("utf-8"))
