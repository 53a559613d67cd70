"""``validate FILE``: exit 0 if the file is a valid evaluation, else 2 with field-path errors."""

from __future__ import annotations

from ..core.fileformat import EvaluationFileError, load
from .common import EXIT_OK, EXIT_USAGE
import sys


def configure(parser) -> None:
    parser.add_argument("file", help="the evaluation file (.oppeval)")


def run(args) -> int:
    try:
        evaluation = load(args.file)
    except EvaluationFileError as exc:
        print(f"{args.file}: invalid evaluation file", file=sys.stderr)
        for problem in exc.problems:
            print(f"  {problem.render()}", file=sys.stderr)
        return EXIT_USAGE
    print(f"{args.file}: valid ({evaluation.offer.name})")
    return EXIT_OK
