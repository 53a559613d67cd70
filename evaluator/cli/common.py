"""Helpers shared by the subcommands: loading with clean errors, JSON output, exit codes."""

from __future__ import annotations

import json
import re
import sys
from typing import Any, NoReturn

from ..core.fileformat import EvaluationFileError, load
from ..core.model import Evaluation

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


def load_or_raise(path: str) -> Evaluation:
    try:
        return load(path)
    except EvaluationFileError as exc:
        raise CommandError(f"{path}: invalid evaluation file\n" + "\n".join(
            f"  {p.render()}" for p in exc.problems)) from None


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, allow_nan=False)
    sys.stdout.write("\n")


def exit_with(message: str) -> NoReturn:
    raise SystemExit(fail(message))
