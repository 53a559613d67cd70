"""``validate FILE``: exit 0 if the file is a valid evaluation, else 2 with field-path errors
(at most 50, then "… and N more"); a FIFO or device is refused at once, never read. Messages
are in the language of the environment (``LANG``...), as the other commands'.

Valid means valid by the file format (SPEC 2 and 8): a document whose own simulation cannot run
(more participants at the start than the simulation handles, or a run too large for this
machine's memory) is still valid, and exits 0, because the format accepts those numbers and
memory differs between machines; a warning on stderr names the field that ``analyze``,
``simulate``, ``report`` and ``export`` will refuse."""

from __future__ import annotations

import logging
import sys

from ..core.fileformat import EvaluationFileError, load
from ..core.i18n import fmt_number, tr
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
    refusal = simulation_refusal(evaluation, lang)
    if refusal is not None:
        logger.info("validate: %r is valid, but its simulation cannot run: %s", args.file, refusal)
        print(tr(lang, f"opportunity-evaluator: warning: {shown(args.file)}: {refusal}; the file "
                       "is valid, but analyze, simulate, report and export to .xlsx refuse it "
                       "until that is lowered",
                 f"opportunity-evaluator: waarschuwing: {shown(args.file)}: {refusal}; het "
                 "bestand is geldig, maar analyze, simulate, report en export naar .xlsx "
                 "weigeren het tot dat lager is"), file=sys.stderr)
    return EXIT_OK


def simulation_refusal(evaluation, lang: str) -> str | None:
    """Why the document's own simulation cannot run (the field and the reason), or None.

    Without numpy: the simulation's limit on participants at the start and the memory estimate
    (``core.simguard``), the refusals of settings the format itself accepts (SPEC 2 bounds
    ``existing_participants`` and ``market_size`` by 1e12 only)."""
    from ..core.simguard import MAX_PARTICIPANTS, SimulationTooLarge, check_memory

    existing = evaluation.simulation.existing_participants
    if existing > MAX_PARTICIPANTS:
        return tr(lang, f"simulation.existing_participants: the simulation handles at most "
                        f"{fmt_number(MAX_PARTICIPANTS, 'en')} participants",
                  f"simulation.existing_participants: de simulatie kan hoogstens "
                  f"{fmt_number(MAX_PARTICIPANTS, 'nl')} deelnemers aan")
    try:
        check_memory(evaluation)
    except SimulationTooLarge as exc:
        return exc.render(lang)
    return None
