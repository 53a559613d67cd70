"""Everything the results screen, the PDF and ``analyze`` show, computed in one place.

``analyze(evaluation, lang, simulation=None)`` runs the projection (SPEC section 3), the typical
participant (sections 4 and 9.1), the break-even needs (9.2), the population simulation (5, 9.3),
the red flags, the verdict, the eight-aspect comparison and the questions (section 6).

One offer, one verdict (SPEC 9.3): the analysis always includes the population simulation run with
the document's own settings and seed, so the verdict depends on the document only, never on
whether someone pressed a button. ``simulation`` may pass in a result already computed for this
document (the app's worker thread, or a stored :class:`SimulationSummary` from the library);
otherwise the simulation is run here (numpy is imported only then). ``run_simulation=False`` gives
the deterministic part alone, for a screen that shows "updating" until the simulation is in:
such an analysis has ``complete == False`` and its verdict must not be shown as final.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Union

from . import terms as offer_terms
from .breakeven import BreakEvenNeeds, break_even_needs
from .i18n import norm_lang
from .model import Evaluation
from .projection import Projection, Typical, project, typical as typical_participant, unknown_reason
from .questions import questions as questions_for
from .redflags import RedFlag, detect, income_split
from .labels import Level
from .verdict import Aspect, Verdict, compare, decide, disclaimer, level_for

if TYPE_CHECKING:  # pragma: no cover
    from .decisions import DecisionAids
    from .simulation import SimulationResult



@dataclass
class SimulationSummary:
    """The figures of a simulation the verdict rests on, small enough to store with a library
    entry (SPEC 9.3: every screen shows the verdict with the simulation). ``from_json`` reads
    what ``to_json`` (or a full ``SimulationResult.to_json()``) wrote."""

    months: int
    participants_ever: int
    market_size: int
    top1_share_percent: float
    top10_share_percent: float
    internal_consumption_percent: float
    earnings_by_source: dict[str, float]
    settings: dict[str, Any]
    cohort_net_percentiles: dict[str, float]
    everyone_net_percentiles: dict[str, float]
    cohort_share_profitable_percent: float
    everyone_share_profitable_percent: float
    cohort_size: int | None = None  # people who joined in month 1; None in an older summary

    VERSION = 1  # of the stored form

    @classmethod
    def of(cls, result: "SimulationResult | SimulationSummary") -> "SimulationSummary":
        if isinstance(result, SimulationSummary):
            return result
        return cls(
            months=int(result.months), participants_ever=int(result.participants_ever),
            market_size=int(result.market_size),
            top1_share_percent=float(result.top1_share_percent),
            top10_share_percent=float(result.top10_share_percent),
            internal_consumption_percent=float(result.internal_consumption_percent),
            earnings_by_source={k: float(v) for k, v in result.earnings_by_source.items()},
            settings=dict(result.settings),
            cohort_net_percentiles={k: float(v) for k, v in result.cohort_net_percentiles.items()},
            everyone_net_percentiles={k: float(v) for k, v in result.everyone_net_percentiles.items()},
            cohort_share_profitable_percent=float(result.cohort_share_profitable_percent),
            everyone_share_profitable_percent=float(result.everyone_share_profitable_percent),
            cohort_size=None if getattr(result, "cohort_size", None) is None else int(result.cohort_size),
        )

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["summary_version"] = self.VERSION
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "SimulationSummary":
        """From ``to_json()`` or from a ``simulate --json`` object; KeyError/TypeError/ValueError
        when a figure is missing or not a number (the caller then re-simulates)."""
        if "cohort" in data:  # the section-7 simulate object
            cohort, everyone = data["cohort"], data["everyone"]
            data = {**data, "cohort_net_percentiles": cohort["net_percentiles"],
                    "everyone_net_percentiles": everyone["net_percentiles"],
                    "cohort_share_profitable_percent": cohort["share_profitable_percent"],
                    "everyone_share_profitable_percent": everyone["share_profitable_percent"],
                    "cohort_size": cohort.get("size")}
        return cls(
            months=int(data["months"]), participants_ever=int(data["participants_ever"]),
            market_size=int(data["market_size"]),
            top1_share_percent=float(data["top1_share_percent"]),
            top10_share_percent=float(data["top10_share_percent"]),
            internal_consumption_percent=float(data["internal_consumption_percent"]),
            earnings_by_source={str(k): float(v) for k, v in dict(data["earnings_by_source"]).items()},
            settings=dict(data.get("settings") or {}),
            cohort_net_percentiles={str(k): float(v) for k, v in dict(data["cohort_net_percentiles"]).items()},
            everyone_net_percentiles={str(k): float(v) for k, v in dict(data["everyone_net_percentiles"]).items()},
            cohort_share_profitable_percent=float(data["cohort_share_profitable_percent"]),
            everyone_share_profitable_percent=float(data["everyone_share_profitable_percent"]),
            cohort_size=None if data.get("cohort_size") is None else int(data["cohort_size"]),
        )


AnySimulation = Union["SimulationResult", SimulationSummary]  # both are SimulationFigures

@dataclass(frozen=True)
class ComponentIncome:
    """Your projected income from one plan component over the horizon (issue 12, item 7)."""

    type: str  # the component's type ("unilevel", "fast_start", ...)
    name: str  # its name in the analysis' language (the seam's ``Kind.name``)
    total: float  # summed over the horizon: ``sum(projection.by_component[type])``
    share_percent: float | None  # of your income from the plan (every component); None: no plan income
    pays_for: str  # what it pays on, in a phrase ("the volume of your network"), "" when unknown


def income_by_component(evaluation: Evaluation, projection: Projection, lang: str) -> list[ComponentIncome]:
    """Every component of the plan in plan order (0 included), with its projected total and its
    share of the plan's income. Retail (outside sales) is no component and is not in the list."""
    from .i18n import fmt_money

    lang = norm_lang(lang)
    kinds = offer_terms.of(evaluation).plan.kinds
    currency = evaluation.offer.currency
    totals = [sum(projection.by_component.get(k.type, ())) for k in kinds]
    plan_total = sum(totals)
    out = []
    for kind, total in zip(kinds, totals):
        phrase = kind.pays_for(lang, lambda v: fmt_money(v, currency, lang)) or ""
        out.append(ComponentIncome(
            type=kind.type, name=kind.name(lang), total=total,
            share_percent=100 * total / plan_total if plan_total > 0 else None,
            pays_for=phrase))
    return out


def component_table_useful(evaluation: Evaluation, lang: str) -> bool:
    """Whether "your income by plan component" says more than the income by source: the plan
    has two or more components, or its one component is named otherwise than its source (not
    just its singular: a lone "Rank bonus" is the "Rank bonuses" row, in either language)."""
    from .labels import REVENUE_LABELS

    kinds = offer_terms.of(evaluation).plan.kinds
    if len(kinds) >= 2:
        return True
    return any(not any(source.lower().startswith(name.lower())
                       for name, source in zip(kind.labels(), REVENUE_LABELS[kind.source]))
               for kind in kinds)


_PROJECTION_KEYS = ("months", "net", "cumulative_net", "total_net", "break_even_month", "hourly",
                    "recruitment_share")
_TYPICAL_KEYS = ("median_annual_gross", "annual_costs", "median_annual_net",
                 "share_nothing_percent", "cumulative_net")


@dataclass
class Analysis:
    projection: Projection
    typical: Typical | None
    red_flags: list[RedFlag]
    verdict: Verdict
    comparison: list[Aspect]
    questions: list[str]
    break_even: BreakEvenNeeds
    lang: str
    disclaimer: str = ""
    income_outside_percent: float | None = None  # share of income from outside customers
    income_basis: str = "projection"  # "projection" or "simulation"
    # SPEC 9.3: the document's own simulation (None only with run_simulation=False).
    # Not compared: its figures are in the flags, the verdict and the comparison, which are; and
    # two runs of one document differ only in their clocks (``elapsed_s``).
    simulation: AnySimulation | None = field(default=None, compare=False)

    @property
    def complete(self) -> bool:
        """Whether the simulation is part of this analysis (SPEC 9.3); an incomplete analysis'
        verdict is provisional and must not be shown as final."""
        return self.simulation is not None

    @property
    def simulation_summary(self) -> SimulationSummary | None:
        """What to store with a library entry so its verdict is this one."""
        return SimulationSummary.of(self.simulation) if self.simulation is not None else None

    evaluation: Evaluation | None = field(default=None, repr=False, compare=False)
    _decisions: "DecisionAids | None" = field(default=None, init=False, repr=False, compare=False)

    @property
    def decisions(self) -> "DecisionAids":
        """SPEC 12 (exit, upline, claim check, sensitivity) and the Dutch tax block, computed
        when first asked for: tens of milliseconds, too much for every keystroke."""
        if self._decisions is None:
            from .decisions import decision_aids

            assert self.evaluation is not None, "analyze() sets the evaluation"
            # Kept per document state: the app analyses each edit twice (at once, then with the
            # simulation, which the aids do not read) and undo/redo returns to earlier states.
            custom = offer_terms.of(self.evaluation).offer.custom_plan  # a test's plan
            key = (self.evaluation.model_dump_json(warnings=False), self.lang)
            found = None if custom else _DECISIONS.get(key)
            if found is None:
                found = decision_aids(self.evaluation, self.projection, lang=self.lang)
                if not custom:
                    _DECISIONS[key] = found
                    while len(_DECISIONS) > DECISIONS_KEPT:
                        _DECISIONS.popitem(last=False)
            else:
                _DECISIONS.move_to_end(key)
            self._decisions = found
        return self._decisions

    def flag(self, flag_id: str) -> RedFlag | None:
        return next((f for f in self.red_flags if f.id == flag_id), None)

    def to_json(self) -> dict[str, Any]:
        """SPEC section 7 ``analyze --json``, plus the extras (comparison, questions, ...)."""
        p = self.projection
        projection = {k: getattr(p, k) for k in _PROJECTION_KEYS}
        projection["revenue"] = {k: list(v) for k, v in p.revenue.items()}
        projection["costs"] = {k: list(v) for k, v in p.costs.items()}
        projection["total_revenue"] = p.total_revenue
        projection["total_costs"] = p.total_costs
        projection["downline_active"] = list(p.downline_active)
        projection["customers"] = list(p.customers)
        projection["rank"] = list(p.rank)
        typical = None
        if self.typical is not None:
            t = self.typical
            typical = {k: getattr(t, k) for k in _TYPICAL_KEYS}
            typical.update(
                basis=t.basis, covered_percent=t.covered_percent,
                median_tier=t.median_tier.to_json() if t.median_tier is not None else None,
                gross_is_before_expenses=True,
                # SPEC 9.1 / 11
                later_annual_costs=t.later_annual_costs, later_annual_net=t.later_annual_net,
                period=t.period, scaled_up=t.scaled_up,
                covered_group_annual_gross=t.covered_group_annual_gross,
                covered_group_median_tier=(t.covered_group_median_tier.to_json()
                                           if t.covered_group_median_tier is not None else None),
                coverage_unknown=t.coverage_unknown,
                unknown_reason=unknown_reason(t, self.lang) or None,
                share_nothing_is_lower_bound=t.share_nothing_is_lower_bound,
                loses_money=t.loses_money)
        data: dict[str, Any] = _finite({
            "projection": projection,
            "typical": typical,
            "red_flags": [asdict(f) for f in self.red_flags],
            "verdict": {"level": self.verdict.level, "summary": self.verdict.summary,
                        "score": self.verdict.score},
            "comparison": [asdict(a) for a in self.comparison],
            "questions": list(self.questions),
            "break_even": self.break_even.to_json(),
            "income_outside_percent": self.income_outside_percent,
            "income_basis": self.income_basis,
            # Your projected income per plan component over the horizon, in plan order (issue 12).
            "income_by_component": {k: sum(v) for k, v in p.by_component.items()},
            "simulation": _simulation_json(self.simulation),
            "lang": self.lang,
            "disclaimer": self.disclaimer,
            **(self.decisions.to_json() if self.evaluation is not None else {}),
        })
        return data


DECISIONS_KEPT = 16
_DECISIONS: "OrderedDict[tuple[str, str], DecisionAids]" = OrderedDict()


def _simulation_json(simulation: AnySimulation | None) -> dict[str, Any] | None:
    """The section-7 ``simulate`` object (SPEC 9.3, 11); a stored summary gives its figures."""
    if simulation is None:
        return None
    return simulation.to_json()


def _finite(value: Any) -> Any:
    """JSON has no NaN or Infinity: an overflowed figure (say an hourly result over a vanishing
    number of hours) becomes null rather than breaking ``analyze --json``."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def analyze(evaluation: Evaluation, lang: str = "en",
            simulation: AnySimulation | None = None, *,
            run_simulation: bool = True, reuse: Analysis | None = None) -> Analysis:
    """The whole analysis of one document (SPEC 9.3: with its own simulation).

    ``simulation``: a result already computed for this very document (same offer and settings);
    None runs it here unless ``run_simulation`` is False. Raises the simulation's
    ``SimulationSettingsError`` (naming the field) for settings it cannot run, and MemoryError
    when it does not fit: check ``simguard.check_memory`` first where that matters.

    ``reuse``: an analysis made moments before, say without the simulation (the app analyses
    each edit at once, then again when its simulation is in). When it is of an equal document in
    the same language, its deterministic part (the projection, the typical participant, the
    break-even needs, the questions and the decision aids, none of which read the simulation) is
    taken over instead of computed again; what reads the simulation (the red flags, the income
    split, the verdict and the comparison) is always computed. The result equals a fresh
    ``analyze`` (tests/core/test_analysis_reuse.py).
    """
    lang = norm_lang(lang)
    if simulation is None and run_simulation:
        simulation = run_document_simulation(evaluation)
    base = reuse if reuse is not None and _reusable(reuse, evaluation, lang) else None
    if base is not None:
        projection, typical, needs = base.projection, base.typical, base.break_even
    else:
        projection = project(evaluation)
        typical = typical_participant(evaluation)
        needs = break_even_needs(evaluation, lang, projection)
    flags = detect(evaluation, projection, typical, lang, needs, simulation)
    split = income_split(evaluation, projection, simulation)
    # SPEC 9.3: with the simulation in, the pyramid element rests on it, not on the projection.
    simulated_income = simulation is None or split.basis == "simulation"
    floor: Level | None = None
    if typical is not None and typical.coverage_unknown:
        # SPEC 9.1: at least as severe as with the typical participant paid nothing.
        zero = typical.paid_nothing()
        floor = level_for(detect(evaluation, projection, zero, lang, needs, simulation),
                          simulated_income)[0]
    verdict = decide(evaluation, flags, projection, typical, lang,
                     simulated_income=simulated_income, floor=floor, simulation=simulation)
    comparison = compare(evaluation, projection, typical, flags, split, lang, simulation)
    result = Analysis(
        projection=projection, typical=typical, red_flags=flags, verdict=verdict,
        comparison=comparison,
        questions=list(base.questions) if base is not None else questions_for(evaluation, lang),
        break_even=needs, lang=lang, disclaimer=base.disclaimer if base is not None else disclaimer(lang),
        income_outside_percent=split.outside_percent,
        income_basis=split.basis, simulation=simulation, evaluation=evaluation,
    )
    if base is not None:
        result._decisions = base._decisions  # computed when first asked for; the same document
    return result


def _reusable(base: Analysis, evaluation: Evaluation, lang: str) -> bool:
    """Whether ``base`` analysed this very document in this language (any field may matter to
    the deterministic part, so the whole document is compared)."""
    return base.lang == lang and base.evaluation is not None and (
        base.evaluation is evaluation or base.evaluation == evaluation)


def run_document_simulation(evaluation: Evaluation) -> "SimulationResult":
    """The population simulation with the document's own settings and seed (no overrides)."""
    from .simulation import simulate  # numpy only when simulating

    return simulate(evaluation)
