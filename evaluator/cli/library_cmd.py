"""``library list [--json]``, ``library import FILE``, ``library export ID -o FILE``.

The library is the app's own per-user SQLite database (``evaluator.storage``); ``--db PATH``
uses another file instead. Bad input (an invalid file, an unknown id) exits 2 with nothing written.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys

from ..core.fileformat import EvaluationFileError
from ..core.i18n import norm_lang, tr
from ..storage import Library, LibraryError, UnknownEntryError
from .common import EXIT_OK, CommandError, print_json


def _default_lang() -> str:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(var):
            return norm_lang(os.environ[var])
    return "en"


def _common_options(parser, default) -> None:
    parser.add_argument("--db", metavar="PATH", default=default,
                        help="use this library file instead of the per-user library")
    parser.add_argument("--lang", choices=("en", "nl"), default=default,
                        help="language of messages and table headings (default: from the environment)")


def configure(parser) -> None:
    _common_options(parser, None)
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    p_list = sub.add_parser("list", help="list the evaluations in the library")
    p_list.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p_list.add_argument("--search", default="", help="only names or companies containing this")
    p_list.add_argument("--sort", choices=("updated", "name", "verdict"), default="updated")
    p_import = sub.add_parser("import", help="add an evaluation file as a new library entry")
    p_import.add_argument("file", help="the evaluation file (.oppeval)")
    p_export = sub.add_parser("export", help="write a library entry out as an evaluation file")
    p_export.add_argument("id", help="the entry's id (see 'library list')")
    p_export.add_argument("-o", "--output", required=True, metavar="FILE",
                          help="the evaluation file to write (.oppeval)")
    for p in (p_list, p_import, p_export):  # also accepted after the action
        _common_options(p, argparse.SUPPRESS)


def _open(args, lang: str) -> Library:
    try:
        lib = Library.open(args.db)
    except LibraryError as exc:
        raise CommandError(exc.render(lang)) from None
    if lib.recovered_from is not None:
        print(tr(lang,
                 f"opportunity-evaluator: warning: the library was damaged; it was kept as "
                 f"{lib.recovered_from} and a new, empty library was started",
                 f"opportunity-evaluator: waarschuwing: de bibliotheek was beschadigd; die is "
                 f"bewaard als {lib.recovered_from} en er is een nieuwe, lege bibliotheek begonnen"),
              file=sys.stderr)
    return lib


def run(args) -> int:
    lang = args.lang or _default_lang()
    lib = _open(args, lang)
    try:
        if args.action == "list":
            return _list(lib, args, lang)
        if args.action == "import":
            return _import(lib, args, lang)
        return _export(lib, args, lang)
    except sqlite3.OperationalError as exc:  # e.g. still locked by another process after 10 s
        raise CommandError(tr(lang, f"the library could not be used: {exc}",
                              f"de bibliotheek kon niet worden gebruikt: {exc}")) from None
    finally:
        lib.close()


def _list(lib: Library, args, lang: str) -> int:
    entries = lib.list(search=args.search, sort=args.sort)
    if args.json:
        print_json([e.to_json() for e in entries])
        return EXIT_OK
    if not entries:
        print(tr(lang, "The library is empty.", "De bibliotheek is leeg.") if not args.search
              else tr(lang, "Nothing matches.", "Niets gevonden."))
        return EXIT_OK
    headings = [tr(lang, "ID", "ID"), tr(lang, "Name", "Naam"), tr(lang, "Company", "Bedrijf"),
                tr(lang, "Kind", "Soort"), tr(lang, "Verdict", "Oordeel"),
                tr(lang, "Updated (UTC)", "Bijgewerkt (UTC)")]
    rows = [[str(e.id), _clip(e.name), _clip(e.company), e.kind, e.verdict or "-",
             e.updated[:16].replace("T", " ")] for e in entries]
    widths = [max(len(r[i]) for r in [headings, *rows]) for i in range(len(headings))]
    for row in [headings, *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    return EXIT_OK


def _clip(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _import(lib: Library, args, lang: str) -> int:
    try:
        entry_id = lib.import_file(args.file)
    except EvaluationFileError as exc:
        raise CommandError(
            tr(lang, f"{args.file}: invalid evaluation file", f"{args.file}: ongeldig evaluatiebestand")
            + "\n" + "\n".join(f"  {p.render(lang)}" for p in exc.problems)
        ) from None
    print(entry_id)
    return EXIT_OK


def _export(lib: Library, args, lang: str) -> int:
    try:
        lib.export(args.id, args.output)
    except UnknownEntryError:
        raise CommandError(tr(lang, f"no library entry with id {args.id!r} (see 'library list')",
                              f"geen bibliotheekitem met id {args.id!r} (zie 'library list')")) from None
    except EvaluationFileError as exc:  # a stored document this version cannot read
        raise CommandError(tr(lang, f"entry {args.id} cannot be read: ", f"item {args.id} is onleesbaar: ")
                           + exc.render(lang)) from None
    except OSError as exc:
        raise CommandError(tr(lang, f"cannot write {args.output}: {exc.strerror or exc}",
                              f"kan {args.output} niet schrijven: {exc.strerror or exc}")) from None
    print(tr(lang, f"wrote {args.output}", f"{args.output} geschreven"))
    return EXIT_OK
