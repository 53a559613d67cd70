"""Will a population simulation fit in memory? Decided before anything is allocated.

Owns :func:`check_memory`: from the document's simulation settings (and the command line's
overrides) it estimates how many people can ever join — never more than the market, and never
more than the mean-field growth of the network allows (the same model the simulation uses to size
its first allocation, with a margin) — and the bytes the simulation needs for them, and compares
that with the memory this process may still use (free memory, and the address-space limit
``ulimit -v`` / ``RLIMIT_AS`` if one is set). Too large: :class:`SimulationTooLarge`, naming
``simulation.existing_participants`` when the network at the start alone does not fit, else
``simulation.market_size``.

No numpy here: the command line checks before it imports the simulation.
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

from .i18n import fmt_number, tr

if TYPE_CHECKING:
    from .model import Evaluation

logger = logging.getLogger(__name__)

# Peak memory per participant ever, measured with ru_maxrss on the bundled examples at 1 million
# people at the start (105-204 bytes), with room for the arrays' growth by doubling.
BYTES_PER_PARTICIPANT = 320
# The simulation's own limit on participants ever (simulation.MAX_PARTICIPANTS; a test keeps the
# two equal): a run that would pass it is refused here, before it allocates up to the limit.
MAX_PARTICIPANTS = 10_000_000
FIXED_BYTES = 64 * 2**20  # the rest of one run: results, percentiles, temporaries
GROWTH_MARGIN = 1.2  # the same 20 % the simulation's first allocation adds to the mean field


class SimulationTooLarge(ValueError):
    """The simulation would need more memory than the process can have; nothing was allocated."""

    def __init__(self, field: str, en: str, nl: str):
        self.field, self.en, self.nl = field, en, nl
        super().__init__(f"{field}: {en}")

    @property
    def message(self) -> str:
        return self.en

    def render(self, lang: str = "en") -> str:
        return f"{self.field}: {tr(lang, self.en, self.nl)}"


def participants_bound(existing: int, market: int, months: int, recruit_rate: float,
                       churn_percent: float) -> int:
    """How many people can ever take part: at most the market, and at most the mean-field
    growth of the network (each active participant brings ``recruit_rate`` × the share of the
    market not yet reached, a month), with a 20 % margin for chance."""
    active = ever = float(existing)
    for _ in range(max(int(months), 0)):
        active *= 1 - churn_percent / 100
        joins = min(active * recruit_rate * (1 - ever / market), market - ever)
        ever += max(joins, 0.0)
        active += max(joins, 0.0)
        if ever >= market:
            break
    return int(min(market, max(existing, math.ceil(ever * GROWTH_MARGIN) + 4096)))


def bytes_needed(participants: int) -> int:
    return FIXED_BYTES + BYTES_PER_PARTICIPANT * int(participants)


def available_bytes() -> int | None:
    """What this process may still allocate: free memory (``MemAvailable``), and under an
    address-space limit what is left of it. None when neither can be told."""
    budget: int | None = None
    try:
        with open("/proc/meminfo", "rb") as fh:
            for line in fh:
                if line.startswith(b"MemAvailable:"):
                    budget = int(line.split()[1]) * 1024
                    break
    except (OSError, ValueError, IndexError):
        budget = None
    try:
        import resource

        soft, _hard = resource.getrlimit(resource.RLIMIT_AS)
        if soft != resource.RLIM_INFINITY:
            left = soft - _address_space_in_use()
            budget = left if budget is None else min(budget, left)
    except (ImportError, OSError, ValueError):
        pass
    return budget


def _address_space_in_use() -> int:
    try:
        with open("/proc/self/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return 0


def check_memory(evaluation: "Evaluation", participants: int | None = None, months: int | None = None,
                 available: int | None = None) -> None:
    """Raise :class:`SimulationTooLarge` if the run the settings describe cannot fit in memory.

    Settings that are out of range are left to the simulation's own checks (it names them);
    ``available`` overrides the measured free memory (tests).
    """
    sim = evaluation.simulation
    try:
        existing = int(sim.existing_participants)
        market = int(participants if participants is not None else sim.market_size)
        n_months = int(months if months is not None else
                       (sim.months if sim.months is not None else evaluation.assumptions.horizon_months))
        rate = float(sim.recruit_rate)
        churn = float(sim.churn_percent)
    except (TypeError, ValueError, OverflowError):
        return
    if existing < 1 or market < existing or not 1 <= n_months <= 120 or not math.isfinite(rate):
        return
    budget = available if available is not None else available_bytes()
    if budget is None:
        return
    ever = participants_bound(existing, market, n_months, rate, churn)
    if ever > MAX_PARTICIPANTS and existing <= MAX_PARTICIPANTS:
        logger.warning("simulation refused: up to %d participants could join", ever)
        raise SimulationTooLarge(
            "simulation.market_size",
            f"up to {fmt_number(ever, 'en')} people could join, more than the "
            f"{fmt_number(MAX_PARTICIPANTS, 'en')} the simulation handles (and the memory that "
            f"would take); lower the market size (or the recruit rate or the months)",
            f"tot {fmt_number(ever, 'nl')} mensen kunnen meedoen, meer dan de "
            f"{fmt_number(MAX_PARTICIPANTS, 'nl')} die de simulatie aankan (en het geheugen dat "
            f"dat zou vragen); verlaag de marktgrootte (of het wervingstempo of het aantal "
            f"maanden)")
    need = bytes_needed(ever)
    if need <= budget:
        return
    def gib(n: int) -> str:
        return fmt_number(n / 2**30, "en", 1)

    def gib_nl(n: int) -> str:
        return fmt_number(n / 2**30, "nl", 1)

    logger.warning("simulation refused: %d participants would need %d bytes, %d available",
                   ever, need, budget)
    if bytes_needed(existing) > budget:
        raise SimulationTooLarge(
            "simulation.existing_participants",
            f"{fmt_number(existing, 'en')} participants at the start need about {gib(bytes_needed(existing))} GB "
            f"of memory, more than the {gib(max(budget, 0))} GB available; lower the number",
            f"{fmt_number(existing, 'nl')} deelnemers bij de start vragen ongeveer "
            f"{gib_nl(bytes_needed(existing))} GB geheugen, meer dan de {gib_nl(max(budget, 0))} GB "
            f"die beschikbaar is; verlaag het aantal")
    raise SimulationTooLarge(
        "simulation.market_size",
        f"up to {fmt_number(ever, 'en')} people could join, which needs about {gib(need)} GB of memory, "
        f"more than the {gib(max(budget, 0))} GB available; lower the market size (or the recruit "
        f"rate or the months)",
        f"tot {fmt_number(ever, 'nl')} mensen kunnen meedoen; dat vraagt ongeveer {gib_nl(need)} GB "
        f"geheugen, meer dan de {gib_nl(max(budget, 0))} GB die beschikbaar is; verlaag de "
        f"marktgrootte (of het wervingstempo of het aantal maanden)")


def memory_error(lang: str = "en") -> str:
    """The message for a MemoryError during a simulation that passed the estimate."""
    return tr(lang,
              "simulation.market_size: the simulation ran out of memory; lower the market size or "
              "simulation.existing_participants",
              "simulation.market_size: de simulatie had onvoldoende geheugen; verlaag de "
              "marktgrootte of simulation.existing_participants")


__all__ = ["SimulationTooLarge", "available_bytes", "bytes_needed", "check_memory",
           "memory_error", "participants_bound"]
