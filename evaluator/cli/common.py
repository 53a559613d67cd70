"""Helpers shared by the subcommands: loading with clean errors, JSON output, exit codes,
the language of messages, the checks of an output file, and running the population simulation
with its refusals as clean errors."""

from __future__ import annotations

import json
import logging
import os
import re
import sys
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

from ..core import safefile
from ..core.fileformat import EvaluationFileError, load
from ..core.i18n import norm_lang, tr
from ..core.model import Evaluation
from ..core.safefile import shown

logger = logging.getLogger(__name__)

T = TypeVar("T")

EXIT_OK = 0
EXIT_USAGE = 2  # bad input of any kind: field errors, unreadable file, bad option


class CommandError(Exception):
    """A clean, user-facing failure: printed to stderr, exit code 2, nothing written."""


# C0/C1 control characters (but tab and newline) and Unicode bidi controls: text from a file must
# not move the cursor, recolour the terminal or reorder what the user reads.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_safe(text: str) -> str:
    """Control and bidi characters as \\uNNNN (also a valid escape inside JSON strings)."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class TerminalSafe:
    """A text stream wrapper that writes everything through :func:`terminal_safe`."""

    def __init__(self, stream):
        self._stream = stream

    def write(self, text: str) -> int:
        return self._stream.write(terminal_safe(text))

    def __getattr__(self, name):
        return getattr(self._stream, name)


def fail(message: str) -> int:
    print(f"opportunity-evaluator: {message}", file=sys.stderr)
    return EXIT_USAGE


def default_lang() -> str:
    """The language of messages from the environment (``LANGUAGE``, ``LC_ALL``, ``LANG``...)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(var):
            return norm_lang(os.environ[var])
    return "en"


def invalid_file_message(path: str, exc: EvaluationFileError, lang: str = "en") -> str:
    """``PATH: invalid evaluation file`` and the problems, at most 50 then "… and N more"."""
    return (tr(lang, f"{shown(path)}: invalid evaluation file",
               f"{shown(path)}: ongeldig evaluatiebestand")
            + "\n" + "\n".join(f"  {line}" for line in exc.lines(lang)))


def load_or_raise(path: str, lang: str = "en") -> Evaluation:
    try:
        return load(path)
    except EvaluationFileError as exc:
        raise CommandError(invalid_file_message(path, exc, lang)) from None


def document_arguments(parser, output: str, output_help: str, lang_default: str,
                       lang_help: str) -> None:
    """The arguments of a command that writes a document of FILE: ``file``, ``-o OUT`` and the
    document's ``--lang`` (checked by :func:`document_lang`, so a wrong one is our message)."""
    parser.add_argument("file", help="the evaluation file (.oppeval)")
    parser.add_argument("-o", "--output", required=True, metavar=output, help=output_help)
    parser.add_argument("--lang", default=lang_default, help=lang_help)


def document_lang(value: str | None, lang: str) -> str:
    """The ``--lang`` of a document (``nl`` or ``en``, any case and spaces around); an unknown
    one is a :class:`CommandError` in the language of the messages, ``lang``."""
    document = (value or "").strip().lower()
    if document not in ("nl", "en"):
        raise CommandError(tr(lang, f"--lang: unknown language {value!r}; use nl or en",
                              f"--lang: onbekende taal {value!r}; gebruik nl of en"))
    return document


def check_output(out: str, lang: str, file_en: str, file_nl: str) -> None:
    """Refuse (:class:`CommandError`) an output path that is a symlink, a folder or not a regular
    file, or whose folder is missing or not writable; ``file_en``/``file_nl`` name what is
    written ("the PDF's", "de PDF"), for the message on a folder. Changes nothing."""
    folder = os.path.dirname(os.path.abspath(out))
    try:
        safefile.check_output_path(out)
    except safefile.SafeFileError as exc:
        logger.info("output %r refused (%s)", out, exc.kind)
        if exc.kind == "folder":
            raise CommandError(tr(lang, f"{shown(out)}: is a folder; give {file_en} file name",
                                  f"{shown(out)}: is een map; geef de bestandsnaam van {file_nl}")) from None
        if exc.kind == "missing":
            raise CommandError(tr(lang, f"{shown(out)}: the folder {shown(folder)} does not exist",
                                  f"{shown(out)}: de map {shown(folder)} bestaat niet")) from None
        raise CommandError(exc.render(lang)) from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CommandError(tr(lang, f"{shown(out)}: the folder {shown(folder)} is not writable",
                              f"{shown(out)}: in de map {shown(folder)} mag niet "
                              "worden geschreven"))


def refuse_same_file(out: str, source: str | None, lang: str, option: str) -> None:
    """Refuse (:class:`CommandError`) an output path that is the command's own input file
    ``source`` (the same file under any name): writing it would replace what is being read
    (``report x.oppeval -o x.oppeval`` turned the evaluation into a PDF). Changes nothing."""
    if source is None:
        return
    try:
        same = os.path.exists(out) and os.path.exists(source) and os.path.samefile(out, source)
    except OSError:
        same = False
    if same:
        raise CommandError(tr(lang, f"{option}: {shown(out)} is the file being read; give another file name",
                              f"{option}: {shown(out)} is het bestand dat wordt gelezen; geef een andere "
                              "bestandsnaam"))


def simulated(evaluation: Evaluation, path: str, lang: str, run: Callable[[], T],
              participants: int | None = None, months: int | None = None) -> T:
    """``run()`` (something that runs the population simulation of ``evaluation``, read from
    ``path``) after checking that the run fits in memory (``participants`` and ``months``: the
    command's overrides). A run too large, settings the simulation refuses and a MemoryError
    are a :class:`CommandError` naming the setting, in the language ``lang``."""
    from ..core.simguard import SimulationTooLarge, check_memory, memory_error

    try:
        check_memory(evaluation, participants=participants, months=months)
    except SimulationTooLarge as exc:
        raise CommandError(f"{shown(path)}: {exc.render(lang)}") from None
    from ..core.simulation import SimulationSettingsError  # numpy: only when a command simulates

    try:
        return run()
    except SimulationSettingsError as exc:
        from ..core.error_text import settings_error  # the settings' English message in lang

        raise CommandError(f"{shown(path)}: {settings_error(f'{exc.field}: {exc.message}', lang)}") from None
    except MemoryError:
        logger.exception("out of memory after the estimate let %r through", path)
        raise CommandError(f"{shown(path)}: {memory_error(lang)}") from None


def counted(n: int, lang: str, en_one: str, en_many: str, nl_one: str, nl_many: str) -> str:
    """``n`` and the word for it, singular for exactly 1: ``1 page``, ``2 pages``, ``1 pagina``."""
    return f"{n} " + (tr(lang, en_one, nl_one) if n == 1 else tr(lang, en_many, nl_many))


def months_text(n: int, lang: str) -> str:
    """``1 month`` / ``12 months`` (``1 maand`` / ``12 maanden``)."""
    return counted(n, lang, "month", "months", "maand", "maanden")


def print_json(data: Any) -> None:
    """The JSON text built in memory and written with one write (10,000 library entries:
    ``json.dump`` would make about 400,000 small writes)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n")


def print_entries_json(items: list[dict]) -> None:
    """A JSON list of objects whose first key is ``"id"``, one object a line, in one write.

    Python's JSON encoder runs in C only without ``indent`` (10,000 library entries: 1.1 s with
    ``indent=2``, about 0.05 s so). The line breaks go where ``}, {"id": `` stands: inside a
    string a quote is always escaped, and within one object no key follows ``"id"`` as the
    first, so that text occurs only between two objects.
    """
    if not items:
        sys.stdout.write("[]\n")
        return
    text = json.dumps(items, ensure_ascii=False, allow_nan=False)
    sys.stdout.write("[\n  " + text[1:-1].replace('}, {"id": ', '},\n  {"id": ') + "\n]\n")


def exit_with(message: str) -> NoReturn:
    raise SystemExit(fail(message))
