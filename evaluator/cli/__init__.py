"""Command line: ``opportunity-evaluator`` / ``python -m evaluator`` (SPEC section 7).

Without a subcommand the desktop app starts (with an optional file to open). Each subcommand
lives in its own module ``evaluator/cli/<name>_cmd.py`` with ``configure(parser)`` and
``run(args) -> int``, imported only when used so that ``validate`` never pays for Qt.

``--debug`` before the command (or when starting the app) logs at DEBUG and echoes the log to
stderr (``evaluator.logsetup``). A command that runs out of memory exits 2 with a message naming
the setting to lower; an unexpected error is logged with its traceback and exits 1, pointing at
the log file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from .. import __version__, logsetup
from .common import EXIT_USAGE, CommandError, TerminalSafe, default_lang, fail

logger = logging.getLogger(__name__)
EXIT_INTERNAL = 1

COMMANDS = {
    "validate": "check an evaluation file",
    "analyze": "projection, typical participant, red flags and verdict",
    "simulate": "population simulation of the whole network",
    "report": "write the printable PDF summary",
    "library": "list, import and export the evaluations in the local library",
    "export": "write the month-by-month projection to a spreadsheet (.csv or .xlsx)",
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
    parser.add_argument("--debug", action="store_true",
                        help="log everything (also to stderr); the log file is "
                        f"{logsetup.log_file_path()}")
    parser.add_argument("file", nargs="?", help="an evaluation file (.oppeval) to open in the app")
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug, argv = logsetup.debug_requested(argv)
    if argv and argv[0] in COMMANDS:
        stdout, stderr = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = TerminalSafe(stdout), TerminalSafe(stderr)
        try:
            logsetup.setup(debug, sys.stderr)
            return _run_command(argv[0], argv[1:])
        finally:
            sys.stdout, sys.stderr = stdout, stderr
    args = _top_parser().parse_args(argv)
    logsetup.setup(debug or args.debug)
    from .app_launch import launch

    return launch(args.file)


def _run_command(name: str, argv: list[str]) -> int:
    module = importlib.import_module(f"evaluator.cli.{name}_cmd")  # name is one of COMMANDS
    parser = argparse.ArgumentParser(prog=f"opportunity-evaluator {name}", description=COMMANDS[name])
    module.configure(parser)
    args = parser.parse_args(argv)
    logger.debug("command %s %r", name, argv)
    try:
        return int(module.run(args) or 0)
    except CommandError as exc:
        logger.info("%s refused: %s", name, exc)
        return fail(str(exc))
    except MemoryError:
        from ..core.simguard import memory_error

        logger.exception("%s ran out of memory", name)
        return fail(memory_error(getattr(args, "lang", None) or default_lang()))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. piped into `head`: not an error
        return 0
    except Exception:  # noqa: BLE001 - logged with its traceback; the user gets the log's name
        logger.exception("%s failed unexpectedly", name)
        fail(f"internal error in '{name}'; the details are in {logsetup.log_file_path()} "
             "(please send that file with a problem report)")
        return EXIT_INTERNAL


def run() -> None:  # console-script friendly wrapper
    sys.exit(main())


__all__ = ["main", "EXIT_USAGE"]
