"""``report FILE -o OUT.pdf [--lang nl|en] [--paper a4|letter] [--simulate] [--summary | --checklist]``:
the PDF report (its first page the one-page summary), or with ``--summary`` that page alone, or
with ``--checklist`` the checklist for the pitch meeting.

Works headless (Qt's offscreen platform when there is no display). Bad input of any kind (an
invalid file, an unknown language or paper size, an output folder that is missing or not
writable, an output path that is a symlink, a FIFO, a device or a folder) exits with 2, a clear
message (in the language of the environment, ``LANG``) and nothing written. The PDF is made in memory and written
atomically, so a full disk exits 2 ("the disk is full") and leaves an existing PDF as it was.
"""

from __future__ import annotations

import logging
import os
import sys

from ..core import safefile
from ..core.i18n import tr
from .common import CommandError, default_lang, load_or_raise

logger = logging.getLogger(__name__)


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
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--summary", action="store_true",
                      help="write only the one-page summary (for family and helpers)")
    only.add_argument("--checklist", action="store_true",
                      help="write the checklist for the pitch meeting (questions, cooling-off date)")


def run(args) -> int:
    report_lang = (args.lang or "").strip().lower()
    lang = default_lang()  # of the messages; --lang is the report's
    if report_lang not in ("nl", "en"):
        raise CommandError(tr(lang, f"--lang: unknown language {args.lang!r}; use nl or en",
                              f"--lang: onbekende taal {args.lang!r}; gebruik nl of en"))
    paper = (args.paper or "a4").strip().lower()
    if paper not in ("a4", "letter"):
        raise CommandError(tr(lang, f"--paper: unknown paper size {args.paper!r}; use a4 or letter",
                              f"--paper: onbekend papierformaat {args.paper!r}; gebruik a4 of letter"))
    out = args.output
    folder = os.path.dirname(os.path.abspath(out))
    try:
        safefile.check_output_path(out)
    except safefile.SafeFileError as exc:
        logger.info("report: output %r refused (%s)", out, exc.kind)
        if exc.kind == "folder":
            raise CommandError(tr(lang, f"{safefile.shown(out)}: is a folder; give the PDF's file name",
                                  f"{safefile.shown(out)}: is een map; geef de bestandsnaam van de PDF")) from None
        if exc.kind == "missing":
            raise CommandError(tr(lang, f"{safefile.shown(out)}: the folder {safefile.shown(folder)} does not exist",
                                  f"{safefile.shown(out)}: de map {safefile.shown(folder)} bestaat niet")) from None
        raise CommandError(exc.render(lang)) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CommandError(tr(lang, f"{safefile.shown(out)}: the folder {safefile.shown(folder)} is not writable",
                              f"{safefile.shown(out)}: in de map {safefile.shown(folder)} mag niet "
                              "worden geschreven"))
    evaluation = load_or_raise(args.file, lang)

    simulation = None
    if args.simulate:
        from ..core.simguard import SimulationTooLarge, check_memory, memory_error

        try:
            check_memory(evaluation)
        except SimulationTooLarge as exc:
            raise CommandError(f"{safefile.shown(args.file)}: {exc.render(lang)}") from None
        from ..core.simulation import SimulationSettingsError, simulate

        try:
            simulation = simulate(evaluation)
        except SimulationSettingsError as exc:
            raise CommandError(f"{safefile.shown(args.file)}: cannot simulate: {exc}") from None
        except MemoryError:
            raise CommandError(f"{safefile.shown(args.file)}: {memory_error(lang)}") from None

    from ..report import ReportError, write_report

    try:
        kind = "summary" if args.summary else "checklist" if args.checklist else "full"
        pages = write_report(evaluation, out, lang=report_lang, paper=paper, simulation=simulation,
                             kind=kind)
    except ReportError as exc:
        raise CommandError(exc.render(lang)) from None
    except OSError as exc:
        raise CommandError(safefile.io_error(out, exc, writing=True).render(lang)) from None
    print(f"{safefile.shown(out)}: {pages} " + tr(lang, "pages", "pagina's"), file=sys.stderr)
    return 0
