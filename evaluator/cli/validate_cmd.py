"""``validate FILE``: exit 0 if the file is a valid evaluation, else 2 with field-path errors
(at most 50, then "… and N more"); a FIFO or device is refused at once, never read. Messages
are in the language of the environment (``LANG``...), as the other commands'."""

from __future__ import annotations

import logging
import sys

from ..core.fileformat import EvaluationFileError, load
from ..core.i18n import tr
from ..core.safefile import shown
from ..core.textsafe import plain_text
from .common import EXIT_OK, EXIT_USAGE, default_lang, invalid_file_message

logger = logging.getLogger(__name__)


def configure(parser) -> None:
    parser.add_argument("file", help="the evaluation file (.oppeval)")


def run(args) -> int:
    lang = default_lang()
    try:
        evaluation = load(args.file)
    except EvaluationFileError as exc:
        logger.info("validate: %r is invalid (%d problem(s) listed, %d more)", args.file,
                    len(exc.problems), exc.more)
        print(invalid_file_message(args.file, exc, lang), file=sys.stderr)
        return EXIT_USAGE
    name = plain_text(evaluation.offer.name)
    print(tr(lang, f"{shown(args.file)}: valid ({name})", f"{shown(args.file)}: geldig ({name})"))
    return EXIT_OK
