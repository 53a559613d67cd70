"""``export FILE -o OUT.csv|OUT.xlsx [--lang nl|en]``: the month-by-month projection as a
spreadsheet (SPEC section 11); an .xlsx also holds the red flags, the income disclosure on an
all-participants basis and the simulation percentiles (the simulation runs as ``simulate`` runs
it, with the document's own settings and seed).

Bad input of any kind (an invalid file, an unknown extension or language, an output that is a
folder, a symlink or not a regular file, a missing or read-only folder, a simulation the settings
refuse) exits 2 with a clear message and nothing written.
"""

from __future__ import annotations

import sys

from .common import (CommandError, check_output, default_lang, document_arguments, document_lang,
                     load_or_raise, months_text, refuse_same_file, simulated)


def configure(parser) -> None:
    document_arguments(parser, "OUT.csv|OUT.xlsx",
                       "where to write the spreadsheet; the extension picks the format", "en",
                       "language of the column names and texts: en (default) or nl")


def run(args) -> int:
    from ..export import ExportError, export, format_for

    messages = default_lang()  # of the messages; --lang is the spreadsheet's
    lang = document_lang(args.lang, messages)
    out = args.output
    try:
        kind = format_for(out)
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    check_output(out, messages, "the spreadsheet's", "de spreadsheet")
    refuse_same_file(out, args.file, messages, "-o")
    evaluation = load_or_raise(args.file, messages)

    simulation = None
    if kind == "xlsx":
        from ..core.simulation import simulate

        simulation = simulated(evaluation, args.file, messages, lambda: simulate(evaluation))
    try:
        export(out, evaluation, lang, simulation)
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"{out}: could not write the spreadsheet ({exc.strerror or exc})") from None
    print(f"{out}: {months_text(evaluation.assumptions.horizon_months, messages)}", file=sys.stderr)
    return 0
