"""Helpers shared by the subcommands: loading with clean errors, JSON output, exit codes."""

from __future__ import annotations

import json
import sys
from typing import Any, NoReturn

from ..core.fileformat import EvaluationFileError, load
from ..core.model import Evaluation

EXIT_OK = 0
EXIT_USAGE = 2  # bad input of any kind: field errors, unreadable file, bad option


class CommandError(Exception):
    """A clean, user-facing failure: printed to stderr, exit code 2, nothing written."""


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
