"""Command line: ``opportunity-evaluator`` / ``python -m evaluator`` (SPEC section 7).

Without a subcommand the desktop app starts (with an optional file to open). Each subcommand
lives in its own module ``evaluator/cli/<name>_cmd.py`` with ``configure(parser)`` and
``run(args) -> int``, imported only when used so that ``validate`` never pays for Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from .. import __version__
from .common import EXIT_USAGE, CommandError, TerminalSafe, fail

COMMANDS = {
    "validate": "check an evaluation file",
    "analyze": "projection, typical participant, red flags and verdict",
    "simulate": "population simulation of the whole network",
    "report": "write the printable PDF summary",
    "library": "list, import and export the evaluations in the local library",
    "payout": "one period's pay of every member of an explicit network (TREE.csv)",
}


def _top_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="opportunity-evaluator",
        description="Opportunity Evaluator: what a business opportunity really costs and earns. "
        "Without a command the desktop app starts.",
        epilog="commands: " + "; ".join(f"{k} ({v})" for k, v in COMMANDS.items()),
    )
    parser.add_argument("--version", action="version", version=f"opportunity-evaluator {__version__}")
    parser.add_argument("file", nargs="?", help="an evaluation file (.oppeval) to open in the app")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in COMMANDS:
        stdout, stderr = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = TerminalSafe(stdout), TerminalSafe(stderr)
        try:
            return _run_command(argv[0], argv[1:])
        finally:
            sys.stdout, sys.stderr = stdout, stderr
    args = _top_parser().parse_args(argv)
    from .app_launch import launch

    return launch(args.file)


def _run_command(name: str, argv: list[str]) -> int:
    module = importlib.import_module(f"evaluator.cli.{name}_cmd")  # name is one of COMMANDS
    parser = argparse.ArgumentParser(prog=f"opportunity-evaluator {name}", description=COMMANDS[name])
    module.configure(parser)
    args = parser.parse_args(argv)
    try:
        return int(module.run(args) or 0)
    except CommandError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130


def run() -> None:  # console-script friendly wrapper
    sys.exit(main())


__all__ = ["main", "EXIT_USAGE"]
