"""``report FILE -o OUT.pdf [--lang nl|en] [--paper a4|letter] [--simulate] [--summary | --checklist]``:
the PDF report (its first page the one-page summary), or with ``--summary`` that page alone, or
with ``--checklist`` the checklist for the pitch meeting.

Works headless (Qt's offscreen platform when there is no display). Bad input of any kind (an
invalid file, an unknown language or paper size, an output folder that is missing or not
writable, an output path that is a symlink, a FIFO, a device or a folder) exits with 2, a clear
message (in the language of the environment, ``LANG``) and nothing written. The PDF is made in memory and written
atomically, so a full disk exits 2 ("the disk is full") and leaves an existing PDF as it was.
The report's analysis runs the document's simulation (SPEC 9.3) as ``analyze`` does: settings
the simulation refuses, or a run too large for memory, exit 2 naming the field, with no PDF.
"""

from __future__ import annotations

import sys

from ..core import safefile
from ..core.i18n import tr
from .common import (CommandError, check_output, counted, default_lang, document_arguments, document_lang,
                     load_or_raise, refuse_same_file, simulated)


def configure(parser) -> None:
    document_arguments(parser, "OUT.pdf", "where to write the PDF", "nl",
                       "language of the report: nl (default) or en")
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
    lang = default_lang()  # of the messages; --lang is the report's
    report_lang = document_lang(args.lang, lang)
    paper = (args.paper or "a4").strip().lower()
    if paper not in ("a4", "letter"):
        raise CommandError(tr(lang, f"--paper: unknown paper size {args.paper!r}; use a4 or letter",
                              f"--paper: onbekend papierformaat {args.paper!r}; gebruik a4 of letter"))
    out = args.output
    check_output(out, lang, "the PDF's", "de PDF")
    refuse_same_file(out, args.file, lang, "-o")
    evaluation = load_or_raise(args.file, lang)

    simulation = None
    if args.simulate:
        from ..core.simulation import simulate

        simulation = simulated(evaluation, args.file, lang, lambda: simulate(evaluation))

    from ..core.analysis import analyze

    # The analysis runs the document's own simulation (SPEC 9.3) unless --simulate already did:
    # settings it refuses, or a run too large for memory, exit 2 naming the field, no PDF written.
    analysis = simulated(evaluation, args.file, lang,
                         lambda: analyze(evaluation, report_lang, simulation))

    from ..report import ReportError, write_report

    try:
        kind = "summary" if args.summary else "checklist" if args.checklist else "full"
        pages = write_report(evaluation, out, lang=report_lang, paper=paper, simulation=simulation,
                             analysis=analysis, kind=kind)
    except ReportError as exc:
        raise CommandError(exc.render(lang)) from None
    except OSError as exc:
        raise CommandError(safefile.io_error(out, exc, writing=True).render(lang)) from None
    print(f"{safefile.shown(out)}: " + counted(pages, lang, "page", "pages", "pagina", "pagina's"), file=sys.stderr)
    return 0
