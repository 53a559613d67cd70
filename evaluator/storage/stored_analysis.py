"""What a library entry stores of its document's analysis: the verdict level and the summary of
the document's own simulation (SPEC 9.3: the library list shows the same verdict as ``analyze``).

Owns :func:`network_key` (a digest of every field the population simulation reads),
:func:`summary_to_store` (the stored form of a simulation: ``SimulationSummary`` plus that digest,
which the app compares before it trusts a stored summary) and :func:`library_analysis` (the
verdict and summary for a document added without the app, e.g. by ``library import``). The app's
session (``evaluator.ui.session``) stores the same two things when it saves. No Qt here; numpy
only when :func:`library_analysis` simulates.

Stored verdicts go stale when the analysis changes (a new version of the app, or a migration that
upgrades the documents): :func:`analysis_stamp` names the analysis that made them, and the
library re-analyses every entry once when its stamp differs (``Library.reanalyse``).
"""

from __future__ import annotations

import hashlib
import logging
from typing import Any

from ..core.model import Evaluation

logger = logging.getLogger(__name__)

#: Raise by one with every change to the analysis that can change a stored verdict or
#: simulation summary without a change of the app's version number; every library is then
#: re-analysed once when it is next listed.
ANALYSIS_REVISION = 1


def analysis_stamp() -> str:
    """Which analysis computes the verdicts stored now: the app's version and the revision."""
    from .. import __version__

    return f"{__version__}+r{ANALYSIS_REVISION}"


def network_key(ev: Evaluation) -> str:
    """A digest of every field the population simulation reads (the offer, the simulation
    settings, the horizon)."""
    text = "\n".join((ev.offer.model_dump_json(warnings=False),
                      ev.simulation.model_dump_json(warnings=False),
                      str(ev.assumptions.horizon_months)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def summary_to_store(ev: Evaluation, result: Any) -> dict[str, Any]:
    """What the library stores with an entry for its document's simulation."""
    from ..core.analysis import SimulationSummary

    return {**SimulationSummary.of(result).to_json(), "network": network_key(ev)}


def document_simulation(ev: Evaluation, lang: str = "en") -> tuple[Any, str | None]:
    """The document's own simulation (its settings and seed) and None, or (None, why it cannot
    run here, naming the field): settings the simulation refuses, or a run too large for memory
    (checked before anything is allocated, ``core.simguard``). The app's verdict then rests on
    the projection alone, and so does this one."""
    from ..core.simguard import SimulationTooLarge, check_memory, memory_error

    try:
        check_memory(ev)
    except SimulationTooLarge as exc:
        logger.warning("simulation of %r left out: %s", ev.offer.name, exc)
        return None, exc.render(lang)
    from ..core.simulation import SimulationSettingsError, simulate

    try:
        return simulate(ev), None
    except SimulationSettingsError as exc:
        logger.warning("simulation of %r left out: %s", ev.offer.name, exc)
        return None, f"{exc.field}: {exc.message}"
    except MemoryError:
        logger.warning("simulation of %r ran out of memory; left out", ev.offer.name)
        return None, memory_error(lang)


def library_analysis(ev: Evaluation, lang: str = "en"
                     ) -> tuple[str, dict[str, Any] | None, str | None]:
    """The verdict level and the simulation summary the app stores with ``ev`` when it saves
    it: the analysis with the document's own simulation (``analyze``'s verdict), or, when that
    simulation cannot run, without it (summary None), as in the app; and why the simulation
    was left out (None when it ran), in the language ``lang``."""
    from ..core.analysis import analyze

    simulation, reason = document_simulation(ev, lang)
    analysis = analyze(ev, "en", simulation, run_simulation=False)
    summary = summary_to_store(ev, simulation) if simulation is not None else None
    return analysis.verdict.level, summary, reason


__all__ = ["ANALYSIS_REVISION", "analysis_stamp", "document_simulation", "library_analysis", "network_key", "summary_to_store"]
