"""``export FILE -o OUT.csv|OUT.xlsx [--lang nl|en]``: the month-by-month projection as a
spreadsheet (SPEC section 11); an .xlsx also holds the red flags, the income disclosure on an
all-participants basis and the simulation percentiles (the simulation runs as ``simulate`` runs
it, with the document's own settings and seed).

Bad input of any kind (an invalid file, an unknown extension or language, an output that is a
folder, a symlink or not a regular file, a missing or read-only folder, a simulation the settings
refuse) exits 2 with a clear message and nothing written.
"""

from __future__ import annotations

import os
import sys

from .common import CommandError, load_or_raise


def configure(parser) -> None:
    parser.add_argument("file", help="the evaluation file (.oppeval)")
    parser.add_argument("-o", "--output", required=True, metavar="OUT.csv|OUT.xlsx",
                        help="where to write the spreadsheet; the extension picks the format")
    parser.add_argument("--lang", default="en",
                        help="language of the column names and texts: en (default) or nl")


def _check_output(out: str) -> None:
    folder = os.path.dirname(os.path.abspath(out))
    if os.path.islink(out):
        raise CommandError(f"{out}: is a symbolic link; give a regular file's name")
    if os.path.isdir(out):
        raise CommandError(f"{out}: is a folder; give the spreadsheet's file name")
    if os.path.lexists(out) and not os.path.isfile(out):
        raise CommandError(f"{out}: exists and is not a regular file")
    if not os.path.isdir(folder):
        raise CommandError(f"{out}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CommandError(f"{out}: the folder {folder} is not writable")


def run(args) -> int:
    from ..export import ExportError, export, format_for

    lang = (args.lang or "").strip().lower()
    if lang not in ("nl", "en"):
        raise CommandError(f"--lang: unknown language {args.lang!r}; use nl or en")
    out = args.output
    try:
        kind = format_for(out)
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    _check_output(out)
    evaluation = load_or_raise(args.file)

    simulation = None
    if kind == "xlsx":
        from ..core.simulation import SimulationSettingsError, simulate

        try:
            simulation = simulate(evaluation)
        except SimulationSettingsError as exc:
            raise CommandError(f"{args.file}: {exc.field}: {exc.message}") from None
        except MemoryError:
            raise CommandError(f"{args.file}: simulation.existing_participants / "
                               "simulation.market_size: the simulation is too large for memory") from None
    try:
        export(out, evaluation, lang, simulation)
    except ExportError as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(f"{out}: could not write the spreadsheet ({exc.strerror or exc})") from None
    print(f"{out}: {evaluation.assumptions.horizon_months} months", file=sys.stderr)
    return 0
