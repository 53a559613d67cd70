"""Everything the results screen, the PDF and ``analyze`` show, computed in one place.

``analyze(evaluation, lang, simulation=None)`` runs the projection (SPEC section 3), the typical
participant (section 4), the break-even needs, the red flags, the verdict, the eight-aspect
comparison and the questions (section 6). Light on purpose: no numpy, no Qt; the simulation
result, when given, is read by duck typing so that this module never imports the simulation.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from .breakeven import BreakEvenNeeds, break_even_needs
from .i18n import norm_lang
from .model import Evaluation
from .projection import Projection, Typical, project, typical as typical_participant
from .questions import questions as questions_for
from .redflags import RedFlag, detect, income_split
from .verdict import Aspect, Verdict, compare, decide, disclaimer

if TYPE_CHECKING:  # pragma: no cover
    from .decisions import DecisionAids
    from .simulation import SimulationResult

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
    evaluation: Evaluation | None = field(default=None, repr=False, compare=False)
    _decisions: "DecisionAids | None" = field(default=None, init=False, repr=False, compare=False)

    @property
    def decisions(self) -> "DecisionAids":
        """SPEC 12 (exit, upline, claim check, sensitivity) and the Dutch tax block, computed
        when first asked for: tens of milliseconds, too much for every keystroke."""
        if self._decisions is None:
            from .decisions import decision_aids

            assert self.evaluation is not None, "analyze() sets the evaluation"
            self._decisions = decision_aids(self.evaluation, self.projection, lang=self.lang)
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
            typical.update(basis=t.basis, covered_percent=t.covered_percent,
                           median_tier=t.median_tier, gross_is_before_expenses=True)
        data: dict[str, Any] = _finite({
            "projection": projection,
            "typical": typical,
            "red_flags": [asdict(f) for f in self.red_flags],
            "verdict": {"level": self.verdict.level, "summary": self.verdict.summary,
                        "score": self.verdict.score},
            "comparison": [asdict(a) for a in self.comparison],
            "questions": list(self.questions),
            "break_even": asdict(self.break_even),
            "income_outside_percent": self.income_outside_percent,
            "income_basis": self.income_basis,
            "lang": self.lang,
            "disclaimer": self.disclaimer,
            **(self.decisions.to_json() if self.evaluation is not None else {}),
        })
        return data


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
            simulation: "SimulationResult | None" = None) -> Analysis:
    lang = norm_lang(lang)
    projection = project(evaluation)
    typical = typical_participant(evaluation)
    needs = break_even_needs(evaluation, lang, projection)
    flags = detect(evaluation, projection, typical, lang, needs, simulation)
    verdict = decide(evaluation, flags, projection, typical, lang)
    split = income_split(evaluation, projection, simulation)
    comparison = compare(evaluation, projection, typical, flags, split, lang, simulation)
    return Analysis(
        projection=projection, typical=typical, red_flags=flags, verdict=verdict,
        comparison=comparison, questions=questions_for(evaluation, lang), break_even=needs,
        lang=lang, disclaimer=disclaimer(lang), income_outside_percent=split.outside_percent,
        income_basis=split.basis, evaluation=evaluation,
    )
