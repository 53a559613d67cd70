"""Helpers shared by the subcommands: loading with clean errors, JSON output, exit codes,
the language of messages."""

from __future__ import annotations

import json
import os
import re
import sys
from typing import Any, NoReturn

from ..core.fileformat import EvaluationFileError, load
from ..core.i18n import norm_lang, tr
from ..core.model import Evaluation
from ..core.safefile import shown

EXIT_OK = 0
EXIT_USAGE = 2  # bad input of any kind: field errors, unreadable file, bad option


class CommandError(Exception):
    """A clean, user-facing failure: printed to stderr, exit code 2, nothing written."""


# C0/C1 control characters (but tab and newline) and Unicode bidi controls: text from a file must
# not move the cursor, recolour the terminal or reorder what the user reads.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Control and bidi characters as \\uNNNN (also a valid escape inside JSON strings)."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class TerminalSafe:
    """A text stream wrapper that writes everything through :func:`terminal_safe`."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(terminal_safe(text))

    def __getattr__(self, name):
        return getattr(self._stream, name)


def fail(message: str) -> int:
    print(f"opportunity-evaluator: {message}", file=sys.stderr)
    return EXIT_USAGE


def default_lang() -> str:
    """The language of messages from the environment (``LANGUAGE``, ``LC_ALL``, ``LANG``...)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(var):
            return norm_lang(os.environ[var])
    return "en"


def invalid_file_message(path: str, exc: EvaluationFileError, lang: str = "en") -> str:
    """``PATH: invalid evaluation file`` and the problems, at most 50 then "… and N more"."""
    return (tr(lang, f"{shown(path)}: invalid evaluation file",
               f"{shown(path)}: ongeldig evaluatiebestand")
            + "\n" + "\n".join(f"  {line}" for line in exc.lines(lang)))


def load_or_raise(path: str, lang: str = "en") -> Evaluation:
    try:
        return load(path)
    except EvaluationFileError as exc:
        raise CommandError(invalid_file_message(path, exc, lang)) from None


def print_json(data: Any) -> None:
    """The JSON text built in memory and written with one write (10,000 library entries:
    ``json.dump`` would make about 400,000 small writes)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n")


def print_entries_json(items: list[dict]) -> None:
    """A JSON list of objects whose first key is ``"id"``, one object a line, in one write.

    Python's JSON encoder runs in C only without ``indent`` (10,000 library entries: 1.1 s with
    ``indent=2``, about 0.05 s so). The line breaks go where ``}, {"id": `` stands: inside a
    string a quote is always escaped, and within one object no key follows ``"id"`` as the
    first, so that text occurs only between two objects.
    """
    if not items:
        sys.stdout.write("[]\n")
        return
    text = json.dumps(items, ensure_ascii=False, allow_nan=False)
    sys.stdout.write("[\n  " + text[1:-1].replace('}, {"id": ', '},\n  {"id": ') + "\n]\n")


def exit_with(message: str) -> NoReturn:
    raise SystemExit(fail(message))
