"""``library list [--json]``, ``library import FILE...``, ``library export ID -o FILE``.

The library is the app's own per-user SQLite database (``evaluator.storage``); ``--db PATH``
uses another file instead (a folder, a FIFO or another program's database is refused before
anything is written). Bad input (an invalid file, an unknown id) exits 2 with nothing written.

``library import`` takes any number of files in one process. Every file is read and validated
first; if any is refused, each refusal is reported, the command exits 2 and *nothing* is imported
(a failed command writes nothing); otherwise all are added in one transaction and each new id is
printed, one a line, in the order given. Each entry is stored with its verdict and the summary
of its own simulation (``storage.stored_analysis``), as the app stores them when it saves. A file may also be a library database, a damaged one
included: every entry that can still be read is imported from it (and the ones that cannot are
counted).
"""

from __future__ import annotations

import argparse
import logging
import os
import sqlite3
import sys

from ..core import fileformat
from ..core.fileformat import EvaluationFileError
from ..core.i18n import tr
from ..core.safefile import SafeFileError, read_regular, shown
from ..core.textsafe import plain_text
from ..storage import Library, LibraryError, UnknownEntryError
from .common import (EXIT_OK, CommandError, counted, default_lang, invalid_file_message,
                     print_entries_json, refuse_same_file)

logger = logging.getLogger(__name__)
SQLITE_HEADER = b"SQLite format 3\x00"
_default_lang = default_lang


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
    p_import = sub.add_parser(
        "import", help="add evaluation files (or the readable entries of a library database, "
        "even a damaged one) as new library entries; all or nothing")
    p_import.add_argument("file", nargs="+", help="evaluation files (.oppeval) or library databases")
    p_export = sub.add_parser("export", help="write a library entry out as an evaluation file")
    p_export.add_argument("id", help="the entry's id (see 'library list')")
    p_export.add_argument("-o", "--output", required=True, metavar="FILE",
                          help="the evaluation file to write (.oppeval)")
    for p in (p_list, p_import, p_export):  # also accepted after the action
        _common_options(p, argparse.SUPPRESS)


def _refuse_non_library(path: str | None, lang: str) -> None:
    """A ``--db`` file that is text, not an SQLite database (an evaluation file given by mistake,
    a CSV), is refused and left alone: the library's own recovery, which keeps a damaged library
    aside and starts a new one, is for a damaged library (binary, its header broken), not for a
    document given in its place."""
    if not path or not os.path.isfile(path):
        return
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return  # the library's own opening says what is wrong
    if head and not head.startswith(SQLITE_HEADER) and b"\x00" not in head:
        raise CommandError(tr(lang, f"--db: {shown(path)} is a text file, not a library database; "
                                    "it is left as it is",
                              f"--db: {shown(path)} is een tekstbestand, geen bibliotheekdatabase; "
                              "het blijft zoals het is"))


def _open(args, lang: str) -> Library:
    _refuse_non_library(args.db, lang)
    try:
        lib = Library.open(args.db)
    except LibraryError as exc:
        raise CommandError(exc.render(lang)) from None
    if lib.recovered_from is not None:
        notice = lib.recovery_notice()  # the whole story, said once
        prefix = tr(lang, "opportunity-evaluator: warning: ", "opportunity-evaluator: waarschuwing: ")
        told = notice.render(lang) if notice is not None else ""
        print(prefix + (told[:1].lower() + told[1:] if told else tr(
                  lang,
                  f"the library was damaged; it was kept as {shown(lib.recovered_from)} and a new "
                  f"library was started.",
                  f"de bibliotheek was beschadigd; die is bewaard als {shown(lib.recovered_from)} "
                  f"en er is een nieuwe bibliotheek begonnen.")), file=sys.stderr)
    return lib


def run(args) -> int:
    lang = args.lang or _default_lang()
    to_import = _validate_imports(args, lang) if args.action == "import" else ([], [])
    analyses = _analyses(to_import[0], lang) if to_import[0] else []  # before the library opens
    lib = _open(args, lang)
    try:
        if args.action == "list":
            return _list(lib, args, lang)
        if args.action == "import":
            return _import(lib, to_import, analyses, lang)
        return _export(lib, args, lang)
    except sqlite3.OperationalError as exc:  # e.g. still locked by another process after 10 s
        raise CommandError(tr(lang, f"the library could not be used: {exc}",
                              f"de bibliotheek kon niet worden gebruikt: {exc}")) from None
    finally:
        lib.close()


def _list(lib: Library, args, lang: str) -> int:
    entries = lib.list(search=args.search, sort=args.sort)
    if args.json:
        print_entries_json([e.to_json() for e in entries])  # one write, one entry a line
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
    sys.stdout.write("".join("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() + "\n"
                             for row in [headings, *rows]))
    return EXIT_OK


def _clip(text: str, width: int = 40) -> str:
    text = " ".join(plain_text(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _is_database(path: str) -> bool:
    try:
        return read_regular(path, len(SQLITE_HEADER))[: len(SQLITE_HEADER)] == SQLITE_HEADER
    except SafeFileError:
        return False  # the evaluation-file reader reports it with the file's name


def _validate_imports(args, lang: str) -> tuple[list, list]:
    """Every file read and validated before the library is even opened: any refusal raises
    (naming each refused file) and nothing is written."""
    evaluations, databases, refusals = [], [], []
    for path in args.file:
        if _is_database(path):
            databases.append(path)
            continue
        try:
            evaluations.append((fileformat.load(path), path))
        except EvaluationFileError as exc:
            refusals.append(invalid_file_message(path, exc, lang))
    if refusals:
        count = len(refusals)
        logger.info("library import refused: %d of %d files invalid", count, len(args.file))
        raise CommandError("\n".join(refusals) + "\n" + tr(
            lang, f"nothing was imported: {count} of {len(args.file)} "
                  f"{'file' if len(args.file) == 1 else 'files'} refused; "
                  f"correct or leave out the {'file' if count == 1 else 'files'} above and run the command again",
            f"er is niets geïmporteerd: {count} van {len(args.file)} "
            f"{'bestand' if len(args.file) == 1 else 'bestanden'} geweigerd; "
            + ("verbeter het bestand hierboven of laat het weg en probeer het opnieuw" if count == 1 else
               "verbeter de bestanden hierboven of laat ze weg en probeer het opnieuw")))
    return evaluations, databases


def _analyses(evaluations: list, lang: str) -> list:
    """Each file's verdict and simulation summary, as the app stores them when it saves (SPEC
    9.3: the library list shows ``analyze``'s verdict without opening the entry first). A file
    whose simulation cannot run is still imported, with the verdict of the projection alone
    (as in the app), and a note on stderr names the field."""
    from ..storage.stored_analysis import library_analysis

    analyses = []
    for ev, path in evaluations:
        verdict, summary, reason = library_analysis(ev, lang)
        if reason is not None:
            print(tr(lang, f"opportunity-evaluator: note: {shown(path)}: {reason}; imported with "
                           "the verdict without the population simulation",
                     f"opportunity-evaluator: let op: {shown(path)}: {reason}; geïmporteerd met "
                     "het oordeel zonder de simulatie van het hele netwerk"), file=sys.stderr)
        analyses.append((verdict, summary))
    return analyses


def _import(lib: Library, to_import: tuple[list, list], analyses: list, lang: str) -> int:
    """Import the validated files (with their ``analyses``) in one transaction, then the entries
    of library databases."""
    evaluations, databases = to_import
    ids = lib.add_many(evaluations, analyses) if evaluations else []
    lines = [str(i) for i in ids]
    for path in databases:
        new_ids, found = lib.import_library(path)
        lines += [str(i) for i in new_ids]
        if found.lost or not found.readable:
            print(tr(lang,
                     f"opportunity-evaluator: {shown(path)}: "
                     f"{counted(len(new_ids), 'en', 'entry', 'entries', '', '')} imported, "
                     f"{found.lost} could not be read" + ("" if found.readable else
                                                          " (the file cannot be read at all)"),
                     f"opportunity-evaluator: {shown(path)}: "
                     f"{counted(len(new_ids), 'nl', '', '', 'item', 'items')} geïmporteerd, "
                     f"{found.lost} {'kon' if found.lost == 1 else 'konden'} niet worden gelezen"
                     + ("" if found.readable else " (het bestand is onleesbaar)")),
                  file=sys.stderr)
    sys.stdout.write("".join(line + "\n" for line in lines))
    return EXIT_OK


def _export(lib: Library, args, lang: str) -> int:
    refuse_same_file(args.output, str(lib.path), lang, "-o")  # (the library itself)
    try:
        lib.export(args.id, args.output)
    except UnknownEntryError:
        shown_id = plain_text(args.id)[:40] + ("…" if len(args.id) > 40 else "")
        raise CommandError(tr(lang, f"no library entry with id {shown_id!r}: no such entry (see 'library list')",
                              f"geen bibliotheekitem met id {shown_id!r}: dat item bestaat niet (zie 'library list')")) from None
    except EvaluationFileError as exc:  # a stored document this version cannot read
        raise CommandError(tr(lang, f"entry {args.id} cannot be read: ", f"item {args.id} is onleesbaar: ")
                           + exc.render(lang)) from None
    except SafeFileError as exc:
        raise CommandError(exc.render(lang)) from None
    except OSError as exc:
        raise CommandError(tr(lang, f"cannot write {shown(args.output)}: {exc.strerror or exc}",
                              f"kan {shown(args.output)} niet schrijven: {exc.strerror or exc}")) from None
    print(tr(lang, f"wrote {shown(args.output)}", f"{shown(args.output)} geschreven"))
    return EXIT_OK
