"""Population simulation of the whole network under the offer's payout plan (SPEC section 5).

A Monte Carlo model, vectorised with numpy, that shows the spread of outcomes across everyone who
joins instead of one hopeful projection. No Qt here: the app passes a ``progress`` callback and a
``cancel`` function and runs :func:`simulate` on a worker thread.

The model
---------
Month 0: the company has ``existing_participants`` in a uniform random recursive tree
(participant ``i``'s sponsor is uniform among ``0 .. i-1``). They are active, count towards
``market_size``, "everyone" and the recruit distribution (children in the initial tree included);
what they paid or earned before month 0 is not counted and month 1 is not their joining month.

Each month ``m = 1 .. M``, in SPEC order:

1. Quits. Every active participant quits with probability ``churn_percent / 100``. Drawn
   equivalently once per participant at joining: the number of months survived is geometric, so
   the quit month is ``join + G`` (``G >= 1``; existing participants ``0 + G``). A participant
   never comes back.
2. Joins. Each active participant brings Poisson(``recruit_rate * (1 - ever / market_size)``)
   recruits; their sum is drawn as one Poisson with the summed mean, capped so that no one joins
   beyond ``market_size``. Each recruit's sponsor is drawn among the active participants (after
   this month's quits, before this month's joiners): uniformly (``uniform``), or with weight
   ``1 + recruits so far`` counted at the start of the month (``preferential``). Joiners are
   numbered in the order drawn. At joining each draws whether they sell to outside customers
   (probability ``retail_sellers_percent / 100``) and, if so, their monthly sales at retail price:
   lognormal with ``sigma = 1`` and the given mean (median = 61% of the mean; a few sell a lot,
   most sell little, as the measured outcomes in DOMAIN.md section 4 suggest). Sales are constant
   for as long as they stay.
3. Costs of everyone active, this month's joiners included (SPEC section 3 with
   ``H`` replaced by each participant's tenure):

   - joining costs in the joining month: ``signup + starter_kit + initial_inventory`` and the
     one-off cost of each *mandatory* training (``times_per_year = 0``);
   - the monthly fee; the annual fee in months 13, 25, ... of tenure (existing participants have
     their anniversaries spread over the year: participant ``i`` renews in months
     ``1 + i mod 12``, then every 12 months);
   - own purchases ``OV = max(0, monthly_volume - RV)`` points, costing ``OV * w / v``;
   - recurring *mandatory* training ``cost * times_per_year / 12``.

   Optional training, ``personal_use_percent`` and ``other_expenses_per_month`` are the user's
   assumptions about themselves, not about the population, and are left out: the simulation
   counts only money that changes hands between participants, the company and customers, so the
   books balance exactly. Real participants also have other expenses, so real results are worse.
4. Earnings of everyone active, from the volume of everyone active this month. A participant's
   retail volume is ``RV = S * v / r`` (``S`` = their outside sales), their volume
   ``MV = RV + OV = max(monthly_volume, RV)``, and their commissionable volume ``MV``
   (``all_volume``) or ``RV`` (``customer_volume``).

   - retail: ``S * g`` (margin, paid by the customers) or ``S * retail_commission_percent / 100``
     (commission, paid by the company);
   - unilevel: ``levels[l]`` percent of the commissionable volume of every active participant
     ``l`` levels below;
   - binary: a participant's personal recruits are placed alternately left and right (first
     left); ``binary_percent`` of the weaker leg's commissionable volume this month (no
     carry-over of the stronger leg), capped at ``binary_monthly_cap``;
   - recruit bonus: ``recruit_bonus`` to the sponsor for every recruit, in the joining month;
   - rank bonus: group volume = the participant's own volume plus that of everyone active in their
     whole downline, legs = active personal recruits; among the ranks that qualify the one with
     the largest ``group_volume`` pays (the first listed on a tie).

   Quitters are paid nothing and generate no volume, but still count as a level (no compression).
   Volume points are paid as money, as in SPEC section 3.

Results: net = earnings - costs over the simulated months; "profit" means net > 0; top shares are
of gross earnings; internal consumption = own-purchase volume / all volume; the payout ratio is
what the company paid participants (downline, recruiting and rank bonuses, and the retail
commission) divided by what participants paid the company (fees, purchases, training). The
retail margin is paid by customers, so it is in the participants' earnings but not in the ratio.
The cohort is everyone who joins in month 1; when no one does, its figures are 0 and
``cohort_size`` is 0. Runs that would exceed ``MAX_PARTICIPANTS`` people ever are refused with a
:class:`SimulationSettingsError` instead of exhausting memory.

Implementation
--------------
Participants are numbered in joining order, so a sponsor always has a smaller number. Per-
participant state lives in numpy arrays that grow by doubling (memory follows participants who
ever joined, not ``market_size``), allocated uninitialised and written or zeroed as people join,
so that each page is touched once, by a write (fresh memory costs a page fault per 4 KB, and a
page of kernel zeros read before it is written faults twice); an earnings source no component
pays into is one read-only broadcast zero. Every month is paid by the exact payout engine (SPEC 10,
:func:`evaluator.core.payout.engine.compute`) on the network of everyone who ever joined; what
does not change between months is kept instead of derived again: each participant's depth, the
participants grouped by depth with their sponsors' places in the level above (the engine's
:class:`~evaluator.core.payout.network.LevelOrder`), the matrix placement, and a unilevel's level
sums without compression (changed only by joiners and quitters). Quitters are filed by their
quit month when they join; the month-1 cohort's series keeps its constant parts. A run reuses
freed memory (:mod:`evaluator.core.alloc`); for plans a dead subtree cannot change, the engine
can be handed only the live network (:mod:`evaluator.core.sim_live`, off by default: measured
not to pay off). Money is float64, rounded at reporting.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from .model import Evaluation
from . import terms as offer_terms
from .payout import engine as payout_engine
from .payout.matrix import MatrixPlacer
from . import sim_live
from .alloc import reuse_freed_memory
from .payout.network import (AUTO, LEG_LEFT, LEG_RIGHT, NO_RANK, LevelOrder, Network, NumberIds,
                             release_reused_arrays, reserve_reused_arrays, tree_depth)

FloatArray = NDArray[np.float64]

PERCENTILES = ("10", "25", "50", "75", "90", "99")
EARNING_SOURCES = ("retail", "downline", "recruiting", "rank")
COST_CATEGORIES = ("fees", "purchases", "training")
SERIES_KEYS = ("active", "joiners", "quitters", "cohort_median_cum_net", "cohort_p10_cum_net",
               "cohort_p90_cum_net")
SALES_SIGMA = 1.0  # lognormal shape of outside sales: median = mean * exp(-sigma^2 / 2)
MAX_PARTICIPANTS = 10_000_000  # participants ever; memory is about 200 bytes each
MAX_MONTHS = 120
UPLINES_WIDTH = 8  # a unilevel paid by level sums of up to this many levels keeps each one's uplines
# in runs this large (participants expected ever). Off: measured on 2 December 2026 at 10,000,000
# (with the level sums pushed through a kept scratch array) the same CPU time with and without
# the table (9.1-9.2 s), which costs 0.3 GB of peak memory (1.81 against 1.52 GB) and 74,000
# page faults; at 1,000,000 it cost more than it saved. Tests still set it lower.
UPLINES_FROM = MAX_PARTICIPANTS + 1


class SimulationCancelled(Exception):
    """Raised by :func:`simulate` when ``cancel()`` returns True."""


class SimulationSettingsError(ValueError):
    """Settings the simulation refuses; ``field`` names the setting (``simulation.market_size``)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__(f"{field}: {message}")


@dataclass(frozen=True)
class Settings:
    """The simulation settings in effect (file settings with the overrides applied)."""

    existing_participants: int
    market_size: int
    months: int
    recruit_rate: float
    churn_percent: float
    retail_sellers_percent: float
    customer_sales_mean: float
    attachment: str
    seed: int

    def to_json(self) -> dict[str, Any]:
        return {
            "existing_participants": self.existing_participants, "market_size": self.market_size,
            "months": self.months, "recruit_rate": self.recruit_rate,
            "churn_percent": self.churn_percent,
            "retail_sellers_percent": self.retail_sellers_percent,
            "customer_sales_mean": self.customer_sales_mean, "attachment": self.attachment,
            "seed": self.seed, "sales_distribution": f"lognormal, sigma {SALES_SIGMA:g}",
        }


def _is_whole(value: object) -> bool:
    return isinstance(value, (int, np.integer)) and not isinstance(value, bool)


def _check_number(field_name: str, value: object, lo: float, hi: float | None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float, np.integer, np.floating)):
        raise SimulationSettingsError(field_name, "must be a number")
    if not math.isfinite(value):
        raise SimulationSettingsError(field_name, "must be a finite number (not NaN or Infinity)")
    if value < lo or (hi is not None and value > hi):
        if hi is None:
            raise SimulationSettingsError(field_name, f"must be at least {lo:g}")
        raise SimulationSettingsError(field_name, f"must be between {lo:g} and {hi:g}")
    return float(value)


def effective_settings(evaluation: Evaluation, *, participants: int | None = None,
                       months: int | None = None, seed: int | None = None) -> Settings:
    """The settings a run uses, checked; raises :class:`SimulationSettingsError` naming the field.

    ``participants`` overrides ``simulation.market_size``, ``months`` overrides
    ``simulation.months`` (which defaults to ``assumptions.horizon_months``).
    """
    sim = evaluation.simulation
    existing = sim.existing_participants
    if not _is_whole(existing) or existing < 1:
        raise SimulationSettingsError("simulation.existing_participants", "must be a whole number of at least 1")
    if existing > MAX_PARTICIPANTS:
        raise SimulationSettingsError("simulation.existing_participants",
                                      f"the simulation handles at most {MAX_PARTICIPANTS:,} participants")
    if participants is not None:
        market, market_field = participants, "simulation.market_size (--participants)"
    else:
        market, market_field = sim.market_size, "simulation.market_size"
    if not _is_whole(market) or market < 1:
        raise SimulationSettingsError(market_field, "must be a whole number of at least 1")
    if market < existing:
        raise SimulationSettingsError(
            market_field,
            f"the market ({market}) must be at least the participants at the start "
            f"(simulation.existing_participants = {existing})")
    if months is not None:
        n_months, months_field = months, "simulation.months (--months)"
    elif sim.months is not None:
        n_months, months_field = sim.months, "simulation.months"
    else:
        n_months, months_field = evaluation.assumptions.horizon_months, "assumptions.horizon_months"
    if not _is_whole(n_months) or not 1 <= n_months <= MAX_MONTHS:
        raise SimulationSettingsError(months_field, f"must be a whole number between 1 and {MAX_MONTHS}")
    the_seed = sim.seed if seed is None else seed
    seed_field = "simulation.seed" + (" (--seed)" if seed is not None else "")
    if not _is_whole(the_seed) or the_seed < 0:
        raise SimulationSettingsError(seed_field, "must be a whole number of at least 0")
    if sim.attachment not in ("uniform", "preferential"):
        raise SimulationSettingsError("simulation.attachment", "must be 'uniform' or 'preferential'")
    return Settings(
        existing_participants=int(existing),
        market_size=int(market),
        months=int(n_months),
        recruit_rate=_check_number("simulation.recruit_rate", sim.recruit_rate, 0, 100),
        churn_percent=_check_number("simulation.churn_percent", sim.churn_percent, 0, 100),
        retail_sellers_percent=_check_number("simulation.retail_sellers_percent",
                                             sim.retail_sellers_percent, 0, 100),
        customer_sales_mean=_check_number("simulation.customer_sales_mean", sim.customer_sales_mean, 0, None),
        attachment=sim.attachment,
        seed=int(the_seed),
    )


# Where a component's pay goes in earnings by source when the plan seam has no kind for it.
DEFAULT_SOURCES = {"unilevel": "downline", "binary": "downline", "matrix": "downline",
                   "stairstep": "downline", "matching": "downline", "fast_start": "recruiting",
                   "recruit_bonus": "recruiting", "rank_bonus": "rank"}
# Existing participants joined before the simulation, at no known month: they are never inside a
# fast start's months (at most MAX_MONTHS) nor new for a recruit bonus.
EXISTING_TENURE = MAX_MONTHS


def payout_plan_of(plan: Any) -> Any:
    """The version-2 ``PayoutPlan`` (rank table + the SPEC 10 components) of the plan seam's
    :class:`~evaluator.core.plans.registry.Plan`, for the exact payout engine."""
    from .plans.components import COMPONENT_TYPES, PayoutPlan

    return PayoutPlan.model_construct(
        ranks=list(plan.ranks),
        components=[k.c for k in plan.kinds if k.type in COMPONENT_TYPES])


@dataclass(frozen=True)
class Plan:
    """The offer's money rules, reduced to the constants the engine needs (from
    :mod:`evaluator.core.terms`), and the payout plan the exact engine pays by."""

    terms: offer_terms.OfferTerms
    retail_rate: float  # retail income per unit of outside sales (margin g or commission)
    retail_paid_by_company: bool  # commission mode: the company pays it
    monthly_volume: float
    basis_all_volume: bool
    join_fees: float  # signup + starter kit + initial inventory
    join_training: float  # one-off mandatory training
    monthly_fee: float
    annual_fee: float
    monthly_training: float  # recurring mandatory training per month
    payout: Any = None  # the PayoutPlan the exact engine pays by (SPEC 10)
    sources: dict[str, str] = field(default_factory=dict)  # component type -> revenue source

    @classmethod
    def from_evaluation(cls, evaluation: Evaluation, payout: Any = None) -> "Plan":
        """``payout``: a version-2 ``PayoutPlan`` to pay by instead of the document's own plan
        (tests and benchmarks of components the document model cannot express yet)."""
        t = offer_terms.of(evaluation)
        o = t.offer
        if payout is None:
            payout = payout_plan_of(t.plan)
        sources = {}
        for comp in payout.components:
            kind = t.plan.kind(comp.type)
            sources[comp.type] = kind.source if kind is not None else DEFAULT_SOURCES[comp.type]
        return cls(
            terms=o,
            retail_rate=o.retail_rate,
            retail_paid_by_company=o.retail_paid_by_company,
            monthly_volume=o.monthly_volume,
            basis_all_volume=o.basis_all_volume,
            join_fees=o.join_fees,
            join_training=o.join_training,
            monthly_fee=o.monthly_fee,
            annual_fee=o.annual_fee,
            monthly_training=o.monthly_training,
            payout=payout,
            sources=sources,
        )

    def volumes(self, sales: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
        """Per participant per month from outside sales S: (RV, OV, MV, commissionable volume)."""
        return self.terms.volumes_of(sales)

    def purchase_cost(self, ov: FloatArray) -> FloatArray:
        """Money for OV points bought at wholesale: OV * w / v (0 if v = 0)."""
        return ov * self.terms.mix.unit_cost


@dataclass
class SimulationResult:
    months: int
    participants_ever: int
    participants_peak: int
    participants_final: int
    cohort_net_percentiles: dict[str, float]
    everyone_net_percentiles: dict[str, float]
    cohort_share_profitable_percent: float
    everyone_share_profitable_percent: float
    top1_share_percent: float
    top10_share_percent: float
    internal_consumption_percent: float
    recruits_distribution: dict[str, float]
    payout_ratio: float | None
    earnings_by_source: dict[str, float]
    series: dict[str, list[float]]
    elapsed_s: float
    # Extras beyond the brief's minimum.
    market_size: int = 0
    cohort_size: int = 0
    costs_by_category: dict[str, float] = field(default_factory=dict)
    company: dict[str, dict[str, float]] = field(default_factory=dict)
    settings: dict[str, Any] = field(default_factory=dict)
    by_component: dict[str, float] = field(default_factory=dict)  # paid over the run, by type
    breakage: dict[str, float] = field(default_factory=dict)  # SPEC 10's breakage summed over months

    def to_json(self) -> dict[str, Any]:
        """SPEC section 7's keys, plus extras; money rounded to cents."""

        def money(d: dict[str, float]) -> dict[str, float]:
            return {k: round(float(v), 2) for k, v in d.items()}

        series = {k: ([int(x) for x in v] if k in ("active", "joiners", "quitters")
                      else [round(float(x), 2) for x in v]) for k, v in self.series.items()}
        return {
            "elapsed_s": round(self.elapsed_s, 4),
            "participants_ever": self.participants_ever,
            "participants_peak": self.participants_peak,
            "participants_final": self.participants_final,
            "recruits_distribution": dict(self.recruits_distribution),
            "cohort": {"net_percentiles": money(self.cohort_net_percentiles),
                       "share_profitable_percent": round(self.cohort_share_profitable_percent, 4),
                       "size": self.cohort_size},
            "everyone": {"net_percentiles": money(self.everyone_net_percentiles),
                         "share_profitable_percent": round(self.everyone_share_profitable_percent, 4),
                         "size": self.participants_ever},
            "top1_share_percent": round(self.top1_share_percent, 4),
            "top10_share_percent": round(self.top10_share_percent, 4),
            "internal_consumption_percent": round(self.internal_consumption_percent, 4),
            "payout_ratio": None if self.payout_ratio is None else round(self.payout_ratio, 6),
            "earnings_by_source": money(self.earnings_by_source),
            "costs_by_category": money(self.costs_by_category),
            "company": {k: money(v) for k, v in self.company.items()},
            "by_component": money(self.by_component),
            "breakage": {"by_component": money(self.breakage),
                         "total": round(float(sum(self.breakage.values())), 2)},
            "months": self.months,
            "market_size": self.market_size,
            "series": series,
            "settings": dict(self.settings),
        }


@dataclass
class Population:
    """Per-participant outcome of a run (for tests and detailed views), numbered in joining order."""

    sponsor: np.ndarray  # -1 for the root
    join_month: np.ndarray  # 0 for existing participants
    quit_month: np.ndarray  # months + 1 if still active at the end
    side: np.ndarray  # 0 left, 1 right (binary placement under the sponsor)
    sales: np.ndarray  # monthly outside sales at retail price
    recruits: np.ndarray  # direct recruits ever (initial tree included)
    earnings: dict[str, np.ndarray]
    costs: dict[str, np.ndarray]
    net: np.ndarray
    events: dict[str, Any] | None = None  # with record_events: the draws, for replaying in a reference


# ----------------------------------------------------------------------------------------------
# The engine


def _renewals(join: np.ndarray, end: np.ndarray, ids: np.ndarray | slice) -> np.ndarray:
    """Annual fees paid by each participant up to month ``end``: in months 13, 25, ... of tenure
    (SPEC section 3's schedule); existing participants renew in month 1 + i mod 12, then yearly.
    ``ids``: the participants' numbers (an array, or a slice of all of them); small integers
    throughout (int32), the remainder taken only for the existing participants."""
    first = offer_terms.FIRST_RENEWAL_MONTH - 1
    every = offer_terms.RENEWAL_EVERY
    renew = join.astype(np.int32)
    renew += first
    existing = np.flatnonzero(join <= 0)  # join month 0
    if existing.size:
        numbers = existing + ids.start if isinstance(ids, slice) else ids[existing]
        renew[existing] = 1 + numbers % every
    after = end.astype(np.int32)
    after -= renew  # months since the first renewal: negative before it
    after //= every
    after += 1
    np.maximum(after, 0, out=after)
    return after


def _percentiles(values: np.ndarray, qs: Sequence[float]) -> list[float]:
    """Percentiles with linear interpolation (numpy's default method), from one partition."""
    n = values.size
    pos = [q / 100 * (n - 1) for q in qs]
    lo = [int(math.floor(p)) for p in pos]
    hi = [min(i + 1, n - 1) for i in lo]
    part = np.partition(values, sorted(set(lo + hi)))
    return [float(part[a] + (part[b] - part[a]) * (p - a)) for p, a, b in zip(pos, lo, hi)]


def _dot(a: np.ndarray, b: np.ndarray, scratch: np.ndarray | None = None) -> float:
    """Sum of a * b without BLAS (whose threads spin and stall on a busy 2-core machine);
    ``scratch``: memory for the products (the same bits as a fresh array)."""
    return float(np.multiply(a, b, out=scratch).sum())


def _same_bits(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether two arrays of one dtype hold the same bytes (-0.0 is not 0.0, NaN is NaN)."""
    return a.shape == b.shape and a.dtype == b.dtype and a.tobytes() == b.tobytes()


def _stable_order(keys: np.ndarray) -> np.ndarray:
    """``np.argsort(keys, kind="stable")`` of non-negative integer keys (a stable sort's order
    is unique, so the same indices), by one or two stable sorts of 16-bit digits: numpy sorts
    16-bit keys by radix, several times faster than its merge sort of 64-bit ones."""
    if not len(keys):
        return np.zeros(0, dtype=np.intp)
    top = int(keys.max())
    if int(keys.min()) < 0 or top >= 1 << 32:
        order: np.ndarray = np.argsort(keys, kind="stable")
        return order
    if top < 1 << 16:
        order = np.argsort(keys.astype(np.uint16), kind="stable")
        return order
    low = np.argsort((keys & 0xFFFF).astype(np.uint16), kind="stable")  # least significant digit first
    high = np.argsort((keys[low] >> 16).astype(np.uint16), kind="stable")
    order = low[high]
    return order


def _expected_ever(s: Settings) -> int:
    """Participants ever joined by the end under the deterministic mean-field model, plus 20%:
    the first allocation, so that arrays rarely have to grow (and never to ``market_size``)."""
    active = ever = float(s.existing_participants)
    for _ in range(s.months):
        active *= 1 - s.churn_percent / 100
        joins = min(active * s.recruit_rate * (1 - ever / s.market_size), s.market_size - ever)
        ever += joins
        active += joins
        if ever >= MAX_PARTICIPANTS:
            break
    return int(min(ever * 1.2, MAX_PARTICIPANTS))


# The per-participant arrays _add_participants writes for every joiner (the others it zeroes).
_WRITTEN_AT_JOIN = frozenset({"sponsor", "join", "quit", "sales", "volume_now", "customer_volume_now",
                              "joined_at", "depth", "level_pos", "active", "placement",
                              "months_since_join"})  # (the last: written over everyone each month)


class _Engine:
    # The per-participant arrays, grown by _ensure (those a plan needs only when it has the
    # component: carry, cycled, placement, level sums).
    sponsor: np.ndarray
    join: np.ndarray
    quit: np.ndarray
    sales: np.ndarray
    active: np.ndarray
    recruits: np.ndarray
    earn_down: np.ndarray
    earn_recruit: np.ndarray
    earn_rank: np.ndarray
    depth: np.ndarray
    level_pos: np.ndarray  # index within by_depth[depth]
    volume_now: np.ndarray  # this month's network column: MV = max(monthly_volume, RV), 0 after quitting
    customer_volume_now: np.ndarray
    joined_at: np.ndarray  # join month; existing participants -EXISTING_TENURE
    months_since_join: np.ndarray  # the month's network column, computed into the same memory
    carry_left: np.ndarray  # with a binary that carries over: the carry into the next month
    carry_right: np.ndarray
    cycled: np.ndarray  # with a matrix: the cycle bonus has been paid
    leg: np.ndarray  # with a binary: LEG_LEFT / LEG_RIGHT under the sponsor, decided at joining
    leg_bin: np.ndarray  # with a binary: 2 * sponsor + (1 if right), the engine's count bins
    placement: np.ndarray  # with a matrix: the placement parent (-1 for the top)
    level_sums: np.ndarray  # with a unilevel without compression or depth by rank: engine.level_sums

    def __init__(self, plan: Plan, settings: Settings, record_events: bool = False,
                 detail: bool = False, export_month: int | None = None) -> None:
        self.detail = detail or record_events
        self.plan = plan
        self.s = settings
        self.rng = np.random.Generator(np.random.PCG64(settings.seed))
        self.n = 0
        self.cap = 0
        p = settings.churn_percent / 100
        self.churn = p
        self.seller_p = settings.retail_sellers_percent / 100
        mean = settings.customer_sales_mean
        self.sales_mu = math.log(mean) - SALES_SIGMA ** 2 / 2 if mean > 0 else None
        self.events: dict[str, Any] | None = (
            {"initial_sponsors": None, "joins": [], "quits": []} if record_events else None)
        self._arrays: dict[str, np.ndarray] = {}
        spec: dict[str, type[np.generic]] = {
            "sponsor": np.int64, "join": np.int16, "quit": np.int16,
            "sales": np.float64, "active": np.bool_, "recruits": np.int32,
            "earn_down": np.float64, "earn_recruit": np.float64, "earn_rank": np.float64,
            "depth": np.int32, "level_pos": np.int32,
            "volume_now": np.float64, "customer_volume_now": np.float64, "joined_at": np.int32,
            "months_since_join": np.int64,
        }
        payout = plan.payout
        self.pays = payout is not None and bool(payout.components)
        self.placer: MatrixPlacer | None = None
        self.unilevel: Any = None  # a unilevel paid by level sums (no compression, no depth by rank)
        self.by_depth: list[np.ndarray] = []  # participants grouped by depth, in joining order
        self.by_depth_lpos: list[np.ndarray] = []  # their sponsors' indices in by_depth[d - 1]
        self._level_bufs: list[tuple[np.ndarray, np.ndarray]] = []  # the memory of both, with room
        self.by_component: dict[str, float] = {}
        self._cohort: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None  # see _cohort_net
        self._joined = (0, 0, 0)  # (month, first, end): the last joiners (see _add_participants)
        # with level sums of at most UPLINES_WIDTH levels: each one's uplines (see _add_uplines)
        self.uplines: np.ndarray | None = None
        self._constant_columns: dict[tuple[Any, ...], np.ndarray] = {}  # see _network
        # quit_buckets[m]: pieces of the participants who quit in month m (see _bucket_quits)
        self.quit_buckets: list[list[np.ndarray]] = [[] for _ in range(settings.months + 2)]
        self.breakage: dict[str, float] = {}
        self.export_month = export_month
        # months that change nothing (see _pay_or_repeat): the result of the month just paid,
        # kept (until the next month) only while it would repeat
        self._last_res: Any = None
        self._repeatable: tuple[int, Any] | None = None
        self._month_dependent = payout is not None and any(
            c.type in ("fast_start", "recruit_bonus") for c in payout.components)  # (months_since_join)
        self.exported: TreeExport | None = None
        if payout is not None:
            binary = payout.component("binary")
            if binary is not None:
                spec["leg"] = np.int8  # decided at joining: L, R, L, R... under each sponsor
                spec["leg_bin"] = np.int64  # 2 * sponsor + (1 if right): see engine._binary_bins
            if binary is not None and binary.carry_over:
                spec["carry_left"] = spec["carry_right"] = np.float64
            matrix = payout.component("matrix")
            if matrix is not None:
                spec["cycled"] = np.bool_
                spec["placement"] = np.int64
                self.placer = MatrixPlacer(matrix.width)
            unilevel = payout.component("unilevel")
            if unilevel is not None and payout_engine.uses_level_sums(unilevel):
                # kept up to date as people join and quit, instead of summed afresh each month
                spec["level_sums"] = np.float64
                self.unilevel = unilevel
                if len(unilevel.levels) <= UPLINES_WIDTH and _expected_ever(settings) >= UPLINES_FROM:
                    self.uplines = np.empty((0, UPLINES_WIDTH), dtype=np.int32)
            self.by_component = {c.type: 0.0 for c in payout.components}
            self.breakage = dict(self.by_component)
        # earnings by source that no component pays into stay zero: one read-only broadcast
        # of 0.0 instead of an array (the same values wherever they are read: no memory touched)
        self._earnings = {"downline": "earn_down", "recruiting": "earn_recruit",
                          "rank": "earn_rank"}  # monthly-paid sources
        paid_into = {self._earnings.get(src) for src in plan.sources.values()} if self.pays else set()
        self._zero_sources = [name for name in self._earnings.values() if name not in paid_into]
        for name in self._zero_sources:
            del spec[name]
        self._spec = spec
        # the arrays not written when a participant joins: zeroed then, slice by slice (memory
        # is allocated uninitialised, so each page is first touched by a write, once; zeroed
        # memory from the kernel would fault twice where it is read before it is written)
        self._zero_at_join = [name for name in spec if name not in _WRITTEN_AT_JOIN]
        # the live part of the network, for plans a dead subtree cannot change (see sim_live)
        self.live: sim_live.LiveNetwork | None = (
            sim_live.LiveNetwork() if self.pays and sim_live.MODE != "never" and sim_live.prunable(payout) else None)

    # -- storage ---------------------------------------------------------------------------

    def _ensure(self, size: int) -> None:
        if size <= self.cap:
            return
        if size > MAX_PARTICIPANTS:
            raise SimulationSettingsError(
                "simulation.market_size",
                f"more than {MAX_PARTICIPANTS:,} participants would join; lower the market size, "
                "the recruit rate or the months")
        if self.cap == 0:  # first allocation: what the mean-field model expects to join
            new_cap = max(size, min(self.s.market_size, _expected_ever(self.s) + 4096, MAX_PARTICIPANTS))
        else:
            new_cap = max(size, min(self.s.market_size, 2 * self.cap, MAX_PARTICIPANTS))
        for name, dtype in self._spec.items():
            # uninitialised: entries from n on are written (or zeroed) when participants join
            arr: np.ndarray = np.empty(new_cap, dtype=dtype)
            old = self._arrays.get(name)
            if old is not None:
                arr[: self.n] = old[: self.n]
            self._arrays[name] = arr
            setattr(self, name, arr)  # self.sponsor, self.volume_now, ...
        zero = np.broadcast_to(np.float64(0.0), (new_cap,))  # read-only
        for name in self._zero_sources:
            setattr(self, name, zero)
        if self.uplines is not None:  # rows are written at joining: no zeros needed
            table = np.empty((new_cap, UPLINES_WIDTH), dtype=np.int32)
            table[: self.n] = self.uplines[: self.n]
            self.uplines = table
        self.cap = new_cap
        reserve_reused_arrays(new_cap + 1)  # the engine's month-long arrays: room for everyone (and the sentinel)

    # -- draws -----------------------------------------------------------------------------

    def _add_participants(self, sponsors: np.ndarray, month: int) -> np.ndarray:
        """Append participants with these sponsors (in order) who join in ``month``."""
        k = sponsors.size
        start = self.n
        self._ensure(start + k)
        for name in self._zero_at_join:
            self._arrays[name][start:start + k] = 0
        ids = np.arange(start, start + k)
        self.sponsor[start:start + k] = sponsors
        self.join[start:start + k] = month
        # Outside sales, drawn once at joining.
        sales = np.zeros(k)
        sellers = self.rng.random(k) < self.seller_p
        count = int(np.count_nonzero(sellers))  # (a count of a mask: quicker than its sum)
        if count and self.sales_mu is not None:
            sales[sellers] = self.rng.lognormal(self.sales_mu, SALES_SIGMA, count)
        self.sales[start:start + k] = sales
        rv, _, mv, _ = self.plan.volumes(sales)
        self.volume_now[start:start + k] = mv
        self.customer_volume_now[start:start + k] = rv
        self.joined_at[start:start + k] = month if month > 0 else -EXISTING_TENURE
        self._joined = (month, start, start + k)  # this month's joiners (see _network)
        if self.uplines is not None:
            self._add_uplines(start, sponsors)
        if self.unilevel is not None:
            self._push_levels(ids, rv, mv, 1.0, start + k)
        has = sponsors >= 0
        if start == 0:  # the initial tree: sponsors among themselves
            parent = np.where(has, sponsors, k).astype(np.int64)
            depth = tree_depth(np.append(parent, k))[:k].astype(np.int32)
        else:  # sponsors joined earlier (every joiner after month 0 has one)
            depth = self.depth[sponsors]
            depth += 1
        self.depth[start:start + k] = depth
        self._group_by_depth(ids, depth)
        if self.placer is not None:
            self.placement[start:start + k] = self.placer.add(sponsors.tolist())
        # Months survived: geometric with the monthly churn.
        never = self.s.months + 1
        if self.churn > 0:
            life = self.rng.geometric(self.churn, k)
            self.quit[start:start + k] = np.minimum(month + life, never)
            self._bucket_quits(start, k, never)
        else:
            self.quit[start:start + k] = never
        s = sponsors if start else sponsors[has]
        if "leg" in self._spec and s.size:
            placed = ids if start else ids[has]
            self._place_legs(placed, s)
            bins = s * 2  # the binary's count bins, kept (see engine._binary_bins)
            bins += self.leg[placed] == LEG_RIGHT
            self.leg_bin[placed] = bins
        if s.size:
            np.add.at(self.recruits, s, np.int32(1))  # (a Python 1 would take add.at's slow, casting path)
        self.active[start:start + k] = True
        self.n = start + k
        return ids

    def _bucket_quits(self, start: int, k: int, never: int) -> None:
        """File participants start .. start + k - 1 under their quit month (drawn at joining), so
        that a month's quitters are a list to hand, not a search of everyone: each month's list
        is these pieces in joining order, each in increasing number (``flatnonzero``'s order)."""
        q = self.quit[start:start + k]
        counts = np.bincount(q, minlength=never + 1)  # quit months are month + 1 .. never
        order = np.argsort(q, kind="stable")  # 16-bit keys: a radix sort
        order += start
        ends = np.cumsum(counts)
        for month in np.flatnonzero(counts[:never]).tolist():
            self.quit_buckets[month].append(order[ends[month] - counts[month]:ends[month]])

    def _quitters(self, m: int) -> np.ndarray:
        """Those who quit in month m, in increasing number (and forgotten here)."""
        pieces = self.quit_buckets[m]
        self.quit_buckets[m] = []
        if not pieces:
            return np.zeros(0, dtype=np.int64)
        return pieces[0] if len(pieces) == 1 else np.concatenate(pieces)

    def _add_uplines(self, start: int, sponsors: np.ndarray) -> None:
        """The uplines of joiners start, start + 1, ...: their sponsor, then their sponsor's
        (one row read per joiner); -1 past the top. Month 0's tree is walked level by level."""
        k = len(sponsors)
        table = self.uplines
        assert table is not None  # (called only with the table)
        rows = table[start:start + k]  # contiguous rows: their flat view below is a view
        if start == 0:  # sponsors among themselves (-1 for the top)
            cur = sponsors
            for j in range(UPLINES_WIDTH):
                rows[:, j] = cur
                cur = np.where(cur >= 0, sponsors[np.maximum(cur, 0)], -1)
            return
        above = np.take(table, sponsors, axis=0)  # the sponsors' rows
        # each row shifted one place right as one flat copy (a row's last entry lands in the
        # next row's first place, which is the next sponsor's place), then the sponsors
        rows.reshape(-1)[1:] = above.reshape(-1)[:-1]
        rows[:, 0] = sponsors

    def _volumes_of(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """RV and MV of these participants while active, from their sales (the arithmetic of
        joining, element by element, so the same bits as at joining: kept nowhere else)."""
        rv, _, mv, _ = self.plan.volumes(self.sales[ids])
        return rv, mv

    def _push_levels(self, ids: np.ndarray, rv: np.ndarray, mv: np.ndarray, sign: float, n: int) -> None:
        """Joiners (sign +1) or quitters (-1): their B in their uplines' unilevel level sums."""
        b = rv if self.unilevel.basis == "customer_volume" else mv
        rates = [p / 100.0 for p in self.unilevel.levels]
        if self.uplines is not None:  # the same bits as push_levels, from the uplines kept
            payout_engine.push_uplines(np.take(self.uplines, ids, axis=0), sign * b, rates,
                                       self.level_sums[:n])
            return
        payout_engine.push_levels(self.sponsor[:n], ids, sign * b, rates, self.level_sums)

    def _place_legs(self, ids: np.ndarray, sponsors: np.ndarray) -> None:
        """SPEC 10's automatic legs of joiners (before their sponsors' recruit counts include
        them): a sponsor's k-th recruit (k = 0, 1, ...) goes left when k is even."""
        order = _stable_order(sponsors)
        ss = sponsors[order]
        first = np.empty(ss.size, dtype=bool)
        first[0] = True
        np.not_equal(ss[1:], ss[:-1], out=first[1:])
        pos = np.arange(ss.size)
        within = pos - np.maximum.accumulate(np.where(first, pos, 0))  # earlier ones in this batch
        k = self.recruits[ss] + within
        sides = (k & 1).astype(np.int8)  # k % 2 (k >= 0), without the division
        sides += LEG_LEFT  # LEG_LEFT, LEG_RIGHT = 1, 2: even k -> left, odd -> right
        self.leg[ids[order]] = sides

    def _sides(self, n: int) -> np.ndarray:
        """0 left, 1 right: each one's leg under their sponsor (SPEC 10's L, R, L, R…)."""
        net = Network.build(sponsor=self.sponsor[:n], volume=None)
        sides: np.ndarray = (payout_engine.binary_legs(net) == LEG_RIGHT).astype(np.int8)
        return sides

    def _group_by_depth(self, ids: np.ndarray, depth: np.ndarray) -> None:
        """Append new participants to the lists by depth the payout engine's subtree sums use."""
        if not ids.size:
            return
        counts = np.bincount(depth)
        # a stable sort of 16-bit keys is a radix sort (the same order, several times faster)
        keys = depth.astype(np.int16) if len(counts) <= 32767 else depth  # (int16 max; np.iinfo takes ~10 us)
        order = np.argsort(keys, kind="stable")
        ranked = ids[order]  # by depth, in joining order within a depth
        ends = np.cumsum(counts)
        # each one's index within its level: those known before, then its place among the new
        # ones of its depth; set for everyone first, so that a sponsor who joins in the same
        # batch (month 0) has its index when the local parents are read
        by_depth, by_lpos, bufs = self.by_depth, self.by_depth_lpos, self._level_bufs
        known_list = [len(level) for level in by_depth[:len(counts)]]
        known_list += [0] * (len(counts) - len(known_list))
        starts = ends - counts
        within = np.arange(ids.size, dtype=np.int64)
        within += np.repeat(np.asarray(known_list, dtype=np.int64) - starts, counts)  # (integers: exact)
        self.level_pos[ranked] = within
        local_all = self.level_pos[self.sponsor[ranked]]
        local_all[: counts[0]] = 0  # depth 0: no sponsor
        for d, (a, m, k) in enumerate(zip(starts.tolist(), counts.tolist(), known_list)):  # depth order
            if d == len(by_depth):
                bufs.append((np.empty(max(64, 2 * m), dtype=np.int64), np.empty(max(64, 2 * m), dtype=np.int64)))
                by_depth.append(ranked[:0])
                by_lpos.append(ranked[:0])
            if not m:
                continue
            members, local = bufs[d]
            if k + m > len(members):  # grow by doubling; the views already handed out stay
                bigger = max(2 * len(members), k + m)
                members = np.concatenate([members[:k], np.empty(bigger - k, dtype=np.int64)])
                local = np.concatenate([local[:k], np.empty(bigger - k, dtype=np.int64)])
                bufs[d] = (members, local)
            z = a + m
            members[k:k + m] = ranked[a:z]
            local[k:k + m] = local_all[a:z]
            by_depth[d] = members[:k + m]  # appended to, never overwritten
            by_lpos[d] = local[:k + m]

    def _network(self, m: int, n: int, copy: bool) -> Network:
        """Month m's network of everyone who ever joined (SPEC 10's input): those who quit are
        inactive with no volume and stay where they are in both trees. The columns are views
        of the run's arrays (``copy``: copies, for an export) and constant columns are
        broadcast; the top's sponsor is the sentinel n only while the month is paid."""

        def col(name: str, default: Any, dtype: Any) -> np.ndarray:
            if name not in self._spec:
                if copy:
                    filled: np.ndarray = np.zeros(n, dtype=dtype) + default
                    return filled
                key = (name, np.dtype(dtype).str, default, n)  # read-only broadcasts: the same ones while n stays
                const: np.ndarray | None = self._constant_columns.get(key)
                if const is None:
                    if len(self._constant_columns) > 64:
                        self._constant_columns.clear()
                    whole = self._constant_columns.get(key[:3])  # one of the run's size, sliced (quicker)
                    if whole is None or len(whole) < n:
                        whole = self._constant_columns[key[:3]] = np.broadcast_to(np.asarray(default, dtype),
                                                                                  (max(n, self.cap),))
                    const = self._constant_columns[key] = whole[:n]
                return const
            arr: np.ndarray = getattr(self, name)[:n]
            return arr.copy() if copy else arr

        sponsor = self.sponsor[:n].copy() if copy else self.sponsor[:n]
        sponsor[0] = n  # the top's sponsor is the sentinel (put back by _pay_month)
        net = Network(
            ids=NumberIds(n), sponsor=sponsor,
            volume=col("volume_now", 0.0, np.float64),
            customer_volume=col("customer_volume_now", 0.0, np.float64),
            active=col("active", False, bool),
            months_since_join=np.subtract(m, self.joined_at[:n], out=self.months_since_join[:n]).copy()
            if copy else np.subtract(m, self.joined_at[:n], out=self.months_since_join[:n]),
            rank=col("-", NO_RANK, np.int64),
            placement=col("-", AUTO, np.int64),
            leg=col("-", 0, np.int8),
            carry_left=col("carry_left", 0.0, np.float64),
            carry_right=col("carry_right", 0.0, np.float64),
            cycled=col("cycled", False, bool),
        )
        # the structure the engine would derive, kept up to date as people join
        net._cache["depth"] = self.depth[:n]
        kept: np.ndarray | None = getattr(self, "_active_recruits", None)
        if kept is not None:  # each one's active recruits (the ranks' legs)
            counts = kept[:n]
            net._cache["active_recruits"] = counts.copy() if copy else counts
        # those with months_since_join 0 (a recruit bonus pays for them), in increasing number:
        # this month's joiners (joined_at = m); everyone else joined earlier or before month 1
        month, first, end = self._joined
        net._cache["joined_now"] = np.arange(first, end) if month == m and m > 0 else np.zeros(0, dtype=np.int64)
        levels, local = list(self.by_depth), list(self.by_depth_lpos)  # this month's (joins replace the arrays)
        net._cache["levels"] = levels
        net._cache["make_level_order"] = lambda: LevelOrder.from_levels(levels, local)  # when a rule needs it
        if "leg" in self._spec:
            net._cache["binary_legs"] = self.leg[:n].copy() if copy else self.leg[:n]
            # participant 0 is the only top (the initial tree's root; everyone else has a sponsor)
            net._cache["binary_bins"] = (1, self.leg_bin[1:n].copy() if copy else self.leg_bin[1:n])
        return net

    def _pay_or_repeat(self, m: int, n: int, n_active: int, steady: bool) -> None:
        """Pay month m (:meth:`_pay_month`), or, when the month's input is the last month's
        (nobody joined or quit, the state carried over came out as it went in, and no
        component reads the months since joining), add the last month's result again: the
        engine is a function of its input, so the same bits. ``steady``: nobody joined or quit."""
        steady = steady and self.live is None and m != self.export_month and not self._month_dependent
        if not steady:
            self._repeatable = None
            self._pay_month(m, n, n_active)
            self._last_res = None  # (freed now, as before: a large run reuses its memory next month)
            return
        if self._repeatable is not None and self._repeatable[0] == n:
            res = self._repeatable[1]
            for t, pay in res.by_component.items():  # _pay_month's additions, in its order
                self.by_component[t] += res.pay_sums[t] if t in res.pay_sums else float(pay.sum())
                out = getattr(self, self._earnings[self.plan.sources[t]])
                out[:n] += pay
            for t, lost in res.breakage.items():
                self.breakage[t] += lost
            return  # carry and cycled: as they were
        state = [name for name in ("carry_left", "carry_right", "cycled") if name in self._spec]
        before = [getattr(self, name)[:n].copy() for name in state]
        self._pay_month(m, n, n_active)
        fixed = all(_same_bits(getattr(self, name)[:n], old) for name, old in zip(state, before))
        self._repeatable = (n, self._last_res) if fixed and self._last_res is not None else None
        self._last_res = None

    def _live_ids(self, m: int, n: int, n_active: int) -> np.ndarray | None:
        """The participants to hand the engine this month when that is not everyone ever
        joined: the live network (see :mod:`sim_live`), re-indexed first when its dead share
        has grown (checked every few months, when the active alone are too few to rule that out)."""
        live = self.live
        if live is None:
            return None
        always = sim_live.MODE == "always"
        size = live.size + (n - live.synced)  # what the engine would be handed
        if n_active and (always or (m % sim_live.CHECK_EVERY == 0 and n_active < sim_live.REINDEX_BELOW * size)):
            live.sync(n, self.sponsor, self.depth, self.by_depth, self.by_depth_lpos)
            keep = live.live(self.active[live.ids])
            count = int(np.count_nonzero(keep))
            if count < live.size and (always or count < sim_live.REINDEX_BELOW * live.size):
                live.reindex(keep)
        if not live.reindexed:
            return None
        live.sync(n, self.sponsor, self.depth, self.by_depth, self.by_depth_lpos)
        return live.ids

    def _live_network(self, m: int, ids: np.ndarray) -> Network:
        """Month m's network of the live participants ``ids`` (compact numbering)."""
        live = self.live
        assert live is not None
        k = len(ids)
        sponsor = live.sponsor.copy()
        sponsor[sponsor < 0] = k
        net = Network(
            ids=NumberIds(k), sponsor=sponsor,
            volume=self.volume_now[ids], customer_volume=self.customer_volume_now[ids],
            active=self.active[ids], months_since_join=m - self.joined_at[ids].astype(np.int64),
            rank=np.broadcast_to(np.asarray(NO_RANK, np.int64), (k,)),
            placement=np.broadcast_to(np.asarray(AUTO, np.int64), (k,)),
            leg=np.broadcast_to(np.asarray(0, np.int8), (k,)),
            carry_left=np.broadcast_to(np.asarray(0.0), (k,)),
            carry_right=np.broadcast_to(np.asarray(0.0), (k,)),
            cycled=np.broadcast_to(np.asarray(False), (k,)),
        )
        net._cache["depth"] = live.depth
        levels, local = live.structure()
        net._cache["levels"] = levels
        net._cache["make_level_order"] = lambda: LevelOrder.from_levels(levels, local)
        return net

    def _pay_month(self, m: int, n: int, n_active: int = 0) -> None:
        """Pay month m by the exact payout engine (SPEC 10) and keep what carries over."""
        plan = self.plan
        export = m == self.export_month
        ids = None if export else self._live_ids(m, n, n_active)
        if ids is not None:
            res = payout_engine.compute(plan.payout, self._live_network(m, ids),
                                        level_sums=None if self.unilevel is None else self.level_sums[ids])
            self._last_res = None
            for t, pay in res.by_component.items():
                self.by_component[t] += float(pay.sum())
                out = getattr(self, self._earnings[plan.sources[t]])
                out[ids] += pay
            for t, lost in res.breakage.items():
                self.breakage[t] += lost
            return
        net = self._network(m, n, copy=export)
        placement = self.placement[:n] if self.placer is not None else None
        try:
            res = payout_engine.compute(plan.payout, net, placement=placement,
                                        level_sums=None if self.unilevel is None else self.level_sums[:n])
        finally:
            self.sponsor[0] = -1
        self._last_res = None if export else res
        for t, pay in res.by_component.items():
            self.by_component[t] += res.pay_sums[t] if t in res.pay_sums else float(pay.sum())
            out = getattr(self, self._earnings[plan.sources[t]])
            out[:n] += pay
        for t, lost in res.breakage.items():
            self.breakage[t] += lost
        if res.carry_left is not None and res.carry_right is not None:
            self.carry_left[:n] = res.carry_left
            self.carry_right[:n] = res.carry_right
        if res.cycled is not None:
            self.cycled[:n] = res.cycled
        if export:
            self.exported = TreeExport(plan.payout, net, res,
                                       None if placement is None else placement.copy())

    # -- the run ---------------------------------------------------------------------------

    def run(self, progress: Callable[[int, int], None] | None, cancel: Callable[[], bool] | None
            ) -> tuple[SimulationResult, Population | None]:
        with reuse_freed_memory():  # the month's temporaries reuse the last month's memory
            try:
                return self._run(progress, cancel)
            finally:
                release_reused_arrays()  # the engine's pool goes before the memory is trimmed

    def _run(self, progress: Callable[[int, int], None] | None, cancel: Callable[[], bool] | None
             ) -> tuple[SimulationResult, Population | None]:
        s, rng = self.s, self.rng
        started = time.perf_counter()
        if cancel is not None and cancel():
            raise SimulationCancelled()
        n0 = s.existing_participants
        self._ensure(n0)
        # The initial uniform random recursive tree.
        initial = np.empty(n0, dtype=np.int64)
        initial[0] = -1
        if n0 > 1:
            initial[1:] = (rng.random(n0 - 1) * np.arange(1, n0)).astype(np.int64)
        if self.events is not None:
            self.events["initial_sponsors"] = initial.copy()
        self._add_participants(initial, 0)
        payout = self.plan.payout
        # the rank legs' counts of active recruits, kept as people join and quit (see _network):
        # for legs of any group volume, when the ranks are qualified in member order (no sweeps)
        self._active_recruits: np.ndarray | None = None
        if self.pays and payout is not None and any(r.legs > 0 and r.leg_volume <= 0 for r in payout.ranks) \
                and not payout_engine._sweeps(payout, 0):
            self._active_recruits = np.zeros(0, dtype=np.int64)
            self._count_recruits(initial[initial >= 0], 1)

        months = s.months
        series: dict[str, list[float]] = {k: [] for k in SERIES_KEYS}
        peak = n0
        n_active = n0
        cohort = np.arange(0)
        for m in range(1, months + 1):
            if cancel is not None and cancel():
                raise SimulationCancelled()
            n = self.n
            # 1. quits
            quitters = self._quitters(m)
            if quitters.size:
                self.active[quitters] = False
                self.volume_now[quitters] = 0.0
                self.customer_volume_now[quitters] = 0.0
                if self.unilevel is not None:
                    self._push_levels(quitters, *self._volumes_of(quitters), -1.0, n)
                if self._active_recruits is not None:
                    up = self.sponsor[quitters]
                    self._count_recruits(up[up >= 0], -1)
            n_active -= quitters.size
            # 2. joins
            joiners = 0
            mean = s.recruit_rate * (1 - n / s.market_size)
            if mean > 0 and n_active > 0:
                k = min(int(rng.poisson(n_active * mean)), s.market_size - n)
                if k > 0:
                    act = np.flatnonzero(self.active[:n])
                    if s.attachment == "preferential":
                        cum = np.cumsum(1 + self.recruits[act])
                        pick = np.searchsorted(cum, rng.random(k) * cum[-1], side="right")
                        sponsors = act[np.minimum(pick, act.size - 1)]
                    else:
                        sponsors = act[rng.integers(0, act.size, k)]
                    self._add_participants(sponsors, m)
                    if self._active_recruits is not None:
                        self._count_recruits(sponsors, 1)
                    joiners = k
                    if self.events is not None:
                        self.events["joins"].append(sponsors.copy())
            if self.events is not None:
                if not joiners:
                    self.events["joins"].append(np.zeros(0, dtype=np.int64))
                self.events["quits"].append(quitters.copy())
            if m == 1:
                cohort = np.arange(n, n + joiners)
            n_active += joiners
            n = self.n
            # 4. every component of the plan, by SPEC 10's exact rules, on this month's network
            if self.pays or m == self.export_month:
                self._pay_or_repeat(m, n, n_active, joiners == 0 and quitters.size == 0)
            peak = max(peak, n_active)
            series["active"].append(n_active)
            series["joiners"].append(joiners)
            series["quitters"].append(int(quitters.size))
            if cohort.size:
                net = self._cohort_net(cohort, m)
                p10, p50, p90 = _percentiles(net, (10, 50, 90))
            else:
                p10 = p50 = p90 = 0.0
            series["cohort_median_cum_net"].append(float(p50))
            series["cohort_p10_cum_net"].append(float(p10))
            series["cohort_p90_cum_net"].append(float(p90))
            if progress is not None:
                progress(m, months)
        return self._results(series, peak, n_active, cohort, started)

    def _count_recruits(self, sponsors: np.ndarray, sign: int) -> None:
        """Add ``sign`` to the count of active recruits of each of these sponsors (repeats
        count as often as they appear): integers, the same as counting the active members by
        sponsor afresh. The array grows with the run, one entry beyond everyone (the sentinel)."""
        counts = self._active_recruits
        assert counts is not None
        if len(counts) < self.cap + 1:
            bigger = np.zeros(self.cap + 1, dtype=np.int64)
            bigger[:len(counts)] = counts
            counts = self._active_recruits = bigger
        if len(sponsors):
            np.add.at(counts, sponsors, sign)

    def _active_months(self, ids: np.ndarray | slice, m: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The join months of these participants, their last month up to m, and how many of
        months 1..m each was active."""
        join = self.join[ids]
        end = np.minimum(self.quit[ids] - 1, m).astype(np.int16)
        active_months = end - np.maximum(join, 1) + 1
        np.maximum(active_months, 0, out=active_months)
        return join, end, active_months.astype(np.float64)

    def _outcome(self, ids: np.ndarray | slice, m: int) -> tuple[np.ndarray, np.ndarray, dict[str, float]]:
        """Net and gross earnings of these participants (numbers, or a slice: views instead
        of copies) over months 1..m, and the totals by source, cost category and volume; the
        same formulas as :meth:`_to_date`, with few temporaries (the final pass over a million
        participants is a good part of a run). Called once the months are paid: the payout
        engine's pool of arrays is let go first, so that these temporaries reuse its memory."""
        release_reused_arrays()
        plan = self.plan
        join, end, am = self._active_months(ids, m)
        joined = (join > 0) & (join <= m)
        n_joined = float(np.count_nonzero(joined))
        sales = self.sales[ids]
        scratch = np.empty(len(am))
        totals = {"retail": plan.retail_rate * _dot(am, sales, scratch)}
        vol = sales * plan.terms.mix.volume_per_sale  # RV
        retail_volume = _dot(am, vol, scratch)
        np.subtract(plan.monthly_volume, vol, out=vol)
        np.maximum(vol, 0.0, out=vol)  # now OV
        own_volume = _dot(am, vol, scratch)
        del scratch
        unit = plan.terms.mix.unit_cost
        costs = vol
        costs *= unit
        costs += plan.monthly_fee + plan.monthly_training
        costs *= am
        if plan.join_fees or plan.join_training:
            costs[joined] += plan.join_fees + plan.join_training
        renewals_total = 0.0
        if plan.annual_fee:
            renewals = _renewals(join, end, ids)
            renewals_total = float(renewals.sum())
            costs += renewals * plan.annual_fee
        gross = sales * plan.retail_rate
        gross *= am
        gross += self.earn_down[ids]
        gross += self.earn_recruit[ids]
        gross += self.earn_rank[ids]
        recruiting_total = float(self.earn_recruit[ids].sum())
        months_total = float(am.sum())
        totals.update({
            "downline": float(self.earn_down[ids].sum()),
            "recruiting": recruiting_total,
            "rank": float(self.earn_rank[ids].sum()),
            "fees": plan.join_fees * n_joined + plan.monthly_fee * months_total
            + plan.annual_fee * renewals_total,
            "purchases": unit * own_volume,
            "training": plan.join_training * n_joined + plan.monthly_training * months_total,
            "own_volume": own_volume,
            "all_volume": own_volume + retail_volume,
        })
        net = np.subtract(gross, costs, out=costs)
        return net, gross, totals

    def _cohort_net(self, cohort: np.ndarray, m: int) -> np.ndarray:
        """The month-1 cohort's net over months 1..m for the series: :meth:`_outcome`'s net
        with the same operations in the same order (so the same bits), without its totals, and
        with what does not change from month to month (a participant's monthly costs and retail
        income, the month they stop) worked out once. The cohort is a range of numbers."""
        lo, hi = int(cohort[0]), int(cohort[-1]) + 1
        if self._cohort is None:
            plan = self.plan
            sales = self.sales[lo:hi]
            vol = sales * plan.terms.mix.volume_per_sale  # RV
            np.subtract(plan.monthly_volume, vol, out=vol)
            np.maximum(vol, 0.0, out=vol)  # OV
            vol *= plan.terms.mix.unit_cost
            vol += plan.monthly_fee + plan.monthly_training  # costs per active month
            last = (self.quit[lo:hi] - 1).astype(np.int16)  # their last active month
            self._cohort = (vol, sales * plan.retail_rate, last)
        monthly_costs, monthly_retail, last = self._cohort
        plan = self.plan
        # joined in month 1, so active months = min(last, m) - 1 + 1, at least 0
        end = np.minimum(last, m).astype(np.int16)
        am = np.maximum(end, 0).astype(np.float64)
        costs = monthly_costs * am
        if plan.join_fees or plan.join_training:
            costs += plan.join_fees + plan.join_training  # everyone in it joined by month m
        if plan.annual_fee:
            renewals = _renewals(np.ones(hi - lo, dtype=np.int16), end, cohort)
            costs += renewals * plan.annual_fee
        gross = monthly_retail * am
        gross += self.earn_down[lo:hi]
        gross += self.earn_recruit[lo:hi]
        gross += self.earn_rank[lo:hi]
        return np.subtract(gross, costs, out=costs)

    def _to_date(self, ids: np.ndarray | slice, m: int) -> dict[str, np.ndarray]:
        """Earnings and costs of these participants over months 1..m (m = the month just paid)."""
        plan = self.plan
        join, end, am = self._active_months(ids, m)
        joined_by_m = ((join > 0) & (join <= m)).astype(np.float64)
        sales = self.sales[ids]
        _, ov, mv, _ = plan.volumes(sales)
        fees = am * plan.monthly_fee
        if plan.join_fees:
            fees += joined_by_m * plan.join_fees
        if plan.annual_fee:
            # tenure months 13, 25, ...; existing participants renew in month 1 + i mod 12
            renewals = _renewals(join, end, ids)
            fees += renewals * plan.annual_fee
        purchases = am * plan.purchase_cost(ov)
        training = am * plan.monthly_training
        if plan.join_training:
            training += joined_by_m * plan.join_training
        retail = am * sales * plan.retail_rate
        downline = self.earn_down[ids].copy()  # copies: ids may be a slice (views)
        recruiting = self.earn_recruit[ids].copy()
        rank = self.earn_rank[ids].copy()
        gross = retail + downline
        gross += recruiting
        gross += rank
        costs = fees + purchases
        costs += training
        return {
            "retail": retail, "downline": downline, "recruiting": recruiting, "rank": rank,
            "fees": fees, "purchases": purchases, "training": training,
            "gross": gross, "costs": costs, "net": gross - costs,
            "own_volume": am * ov, "all_volume": am * mv,
        }

    def _results(self, series: dict[str, list[float]], peak: int, final: int, cohort: np.ndarray,
                 started: float) -> tuple[SimulationResult, Population | None]:
        s, plan = self.s, self.plan
        n = self.n
        everyone = slice(0, n)
        net, gross, d = self._outcome(everyone, s.months)
        q = [float(x) for x in PERCENTILES]
        everyone_pct = dict(zip(PERCENTILES, _percentiles(net, q)))
        if cohort.size:
            cnet = net[cohort]
            cohort_pct = dict(zip(PERCENTILES, _percentiles(cnet, q)))
            cohort_profit = 100.0 * float(np.count_nonzero(cnet > 0)) / cohort.size
        else:
            cohort_pct = {k: 0.0 for k in PERCENTILES}
            cohort_profit = 0.0
        total_gross = float(gross.sum())
        top: dict[int, float] = {}
        for share in (1, 10):
            k = max(1, math.ceil(n * share / 100))
            if total_gross > 0:
                top[share] = 100.0 * float(np.partition(gross, n - k)[n - k:].sum()) / total_gross
            else:
                top[share] = 0.0
        all_volume = d["all_volume"]
        internal = 100.0 * d["own_volume"] / all_volume if all_volume > 0 else 0.0
        counts = np.bincount(self.recruits[:n])
        recruits_distribution = {str(i): float(c) / n for i, c in enumerate(counts)}
        earnings = {k: d[k] for k in EARNING_SOURCES}
        costs = {k: d[k] for k in COST_CATEGORIES}
        payouts = {
            "retail_commission": earnings["retail"] if plan.retail_paid_by_company else 0.0,
            "downline": earnings["downline"], "recruiting": earnings["recruiting"],
            "rank": earnings["rank"],
        }
        receipts = dict(costs)
        paid_in = sum(receipts.values())
        payout_ratio = sum(payouts.values()) / paid_in if paid_in > 0 else None
        elapsed = time.perf_counter() - started
        result = SimulationResult(
            months=s.months, participants_ever=n, participants_peak=int(peak),
            participants_final=int(final),
            cohort_net_percentiles=cohort_pct, everyone_net_percentiles=everyone_pct,
            cohort_share_profitable_percent=cohort_profit,
            everyone_share_profitable_percent=100.0 * float(np.count_nonzero(net > 0)) / n,
            top1_share_percent=top[1], top10_share_percent=top[10],
            internal_consumption_percent=internal,
            recruits_distribution=recruits_distribution,
            payout_ratio=payout_ratio, earnings_by_source=earnings,
            series={k: list(v) for k, v in series.items()}, elapsed_s=elapsed,
            market_size=s.market_size, cohort_size=int(cohort.size), costs_by_category=costs,
            company={"receipts": receipts, "payouts": payouts}, settings=s.to_json(),
            by_component=dict(self.by_component), breakage=dict(self.breakage),
        )
        if not self.detail:
            return result, None
        dd = self._to_date(everyone, s.months)
        population = Population(
            sponsor=self.sponsor[:n].copy(), join_month=self.join[:n].copy(),
            quit_month=self.quit[:n].copy(), side=self._sides(n), sales=self.sales[:n].copy(),
            recruits=self.recruits[:n].astype(np.int64),  # (kept in 32 bits)
            earnings={k: dd[k] for k in EARNING_SOURCES}, costs={k: dd[k] for k in COST_CATEGORIES},
            net=dd["net"], events=self.events,
        )
        return result, population


@dataclass
class TreeExport:
    """One simulated month's network as SPEC 10 pays it, for ``simulate --export-tree`` (SPEC
    11): the network as it went into the engine, the engine's result, the matrix placement."""

    plan: Any  # the PayoutPlan
    net: Network
    result: payout_engine.PayoutResult
    placement: np.ndarray | None

    def text(self) -> str:
        """TREE.csv text: every optional column the plan uses, ``rank`` (the paid-as rank; empty
        for those without one), ``placement`` and ``leg`` explicit, and ``paid``."""
        from .payout.treecsv import format_tree

        net = self.net
        net.ids = [str(i) for i in range(net.n)]
        legs = payout_engine.binary_legs(net) if self.plan.component("binary") is not None else None
        return format_tree(net, self.plan, ranks=self.result.rank, placement=self.placement,
                           legs=legs, paid=self.result.total)


def simulate_detailed(evaluation: Evaluation, *, participants: int | None = None,
                      months: int | None = None, seed: int | None = None,
                      progress: Callable[[int, int], None] | None = None,
                      cancel: Callable[[], bool] | None = None,
                      record_events: bool = False, payout: Any = None) -> tuple[SimulationResult, Population]:
    """Like :func:`simulate`, also returning every participant's outcome (and, with
    ``record_events``, the random draws: initial sponsors, joiners' sponsors and quitters per
    month; sales are in ``Population.sales``)."""
    settings = effective_settings(evaluation, participants=participants, months=months, seed=seed)
    engine = _Engine(Plan.from_evaluation(evaluation, payout), settings, record_events, detail=True)
    result, population = engine.run(progress, cancel)
    assert population is not None  # detail=True: the engine always returns the population
    return result, population


def simulate_with_tree(evaluation: Evaluation, *, month: int | None = None,
                       participants: int | None = None, months: int | None = None,
                       seed: int | None = None, payout: Any = None,
                       progress: Callable[[int, int], None] | None = None,
                       cancel: Callable[[], bool] | None = None
                       ) -> tuple[SimulationResult, TreeExport]:
    """Like :func:`simulate`, also returning month ``month``'s network (default: the last) for
    ``simulate --export-tree`` (SPEC 11). A month
    outside 1..months raises :class:`SimulationSettingsError` naming ``--month``."""
    settings = effective_settings(evaluation, participants=participants, months=months, seed=seed)
    if month is None:
        month = settings.months
    if not _is_whole(month) or not 1 <= month <= settings.months:
        raise SimulationSettingsError("--month", f"must be a whole number between 1 and {settings.months}")
    plan = Plan.from_evaluation(evaluation, payout)
    engine = _Engine(plan, settings, export_month=month)
    result, _ = engine.run(progress, cancel)
    assert engine.exported is not None  # month is one of the months run
    return result, engine.exported


def simulate(evaluation: Evaluation, *, participants: int | None = None, months: int | None = None,
             seed: int | None = None, progress: Callable[[int, int], None] | None = None,
             cancel: Callable[[], bool] | None = None, payout: Any = None) -> SimulationResult:
    """Run the population simulation (SPEC section 5).

    ``participants`` overrides ``simulation.market_size``; ``months`` overrides
    ``simulation.months``; ``progress(month_done, months_total)`` is called after every month;
    when ``cancel()`` returns True the run stops within one month with
    :class:`SimulationCancelled`. Bad settings raise :class:`SimulationSettingsError`.
    """
    settings = effective_settings(evaluation, participants=participants, months=months, seed=seed)
    result, _ = _Engine(Plan.from_evaluation(evaluation, payout), settings).run(progress, cancel)
    return result
