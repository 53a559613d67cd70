"""``report FILE -o OUT.pdf [--lang nl|en] [--paper a4|letter] [--simulate]``: the PDF summary.

Works headless (Qt's offscreen platform when there is no display). Bad input of any kind (an
invalid file, an unknown language or paper size, an output folder that is missing or not
writable) exits with 2, a clear message and nothing written.
"""

from __future__ import annotations

import os
import sys

from .common import CommandError, load_or_raise


def configure(parser) -> None:
    parser.add_argument("file", help="the evaluation file (.oppeval)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf",
                        help="where to write the PDF")
    parser.add_argument("--lang", default="nl",
                        help="language of the report: nl (default) or en")
    parser.add_argument("--paper", default=None,
                        help="paper size: a4 (default) or letter")
    parser.add_argument("--simulate", action="store_true",
                        help="run the population simulation first and include its summary")


def run(args) -> int:
    lang = (args.lang or "").strip().lower()
    if lang not in ("nl", "en"):
        raise CommandError(f"--lang: unknown language {args.lang!r}; use nl or en")
    paper = (args.paper or "a4").strip().lower()
    if paper not in ("a4", "letter"):
        raise CommandError(f"--paper: unknown paper size {args.paper!r}; use a4 or letter")
    out = args.output
    folder = os.path.dirname(os.path.abspath(out))
    if os.path.isdir(out):
        raise CommandError(f"{out}: is a folder; give the PDF's file name")
    if not os.path.isdir(folder):
        raise CommandError(f"{out}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CommandError(f"{out}: the folder {folder} is not writable")
    evaluation = load_or_raise(args.file)

    simulation = None
    if args.simulate:
        from ..core.simulation import SimulationSettingsError, simulate

        try:
            simulation = simulate(evaluation)
        except SimulationSettingsError as exc:
            raise CommandError(f"{args.file}: cannot simulate: {exc}") from None

    from ..report import ReportError, write_report

    try:
        pages = write_report(evaluation, out, lang=lang, paper=paper, simulation=simulation)
    except ReportError as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"{out}: could not write the PDF ({exc.strerror or exc})") from None
    print(f"{out}: {pages} pages", file=sys.stderr)
    return 0
