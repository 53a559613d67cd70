"""Shared inputs for the chart and report tests: the bundled examples, a hand-made evaluation
and a stand-in simulation result with the fields the charts and the report read."""

from __future__ import annotations

import types

from evaluator.core.model import Evaluation
from evaluator.resources import example_paths
from evaluator.core.fileformat import from_data as _from_data  # a version-1 document, upgraded

SAMPLE = {
    "format": "opportunity-evaluation",
    "version": 1,
    "offer": {
        "name": "Shake & Share <b>plan</b>",
        "company": "Vita BV",
        "kind": "mlm",
        "currency": "EUR",
        "fees": {"signup": 99, "starter_kit": 200, "monthly": 20, "annual": 50},
        "products": [{"name": "Shake", "wholesale_price": 40, "retail_price": 55, "volume": 40}],
        "requirements": {"monthly_volume": 100, "autoship_required": True},
        "training": [{"name": "Leadership weekend", "cost": 150, "times_per_year": 2,
                      "mandatory": True, "focus": "recruiting"}],
        "payout": {"plan": "unilevel", "levels": [5, 5, 5, 5, 5, 5, 5], "recruit_bonus": 25},
        "disclosure": {"year": 2023, "source": "Company website", "basis": "all",
                       "tiers": [{"name": "No payment", "share_percent": 60, "annual_average": 0},
                                 {"name": "Earners", "share_percent": 40, "annual_average": 900}]},
        "claims": {"claimed_monthly_income": 3000, "text": "Easy money"},
    },
    "assumptions": {"new_customers_per_month": 2, "customer_monthly_spend": 55,
                    "customer_retention_percent": 60, "recruits_per_month": 0.5,
                    "downline_recruits_per_member_per_month": 0.2},
}


def sample_evaluation(**offer_changes) -> Evaluation:
    data = {**SAMPLE, "offer": {**SAMPLE["offer"], **offer_changes}}
    return _from_data(data)


def examples() -> list[Evaluation]:
    from evaluator.core.fileformat import load

    return [load(p) for p in example_paths()]


def example_ids() -> list[str]:
    return [p.stem for p in example_paths()]


def analysis_of(evaluation: Evaluation, lang: str = "en", simulation=None):
    """``analyze`` when it exists; until then the projection and typical participant."""
    try:
        from evaluator.core.analysis import analyze
    except ImportError:
        from evaluator.core.projection import project, typical

        return types.SimpleNamespace(projection=project(evaluation), typical=typical(evaluation))
    return analyze(evaluation, lang, simulation)


def fake_simulation(months: int = 36):
    """A SimulationResult with hand-picked numbers."""
    from evaluator.core.simulation import SimulationResult

    return SimulationResult(
        months=months,
        series={
            "active": [1000.0] * months,
            "joiners": [50.0] * months,
            "quitters": [40.0] * months,
            "cohort_median_cum_net": [-100.0 * m for m in range(1, months + 1)],
            "cohort_p10_cum_net": [-150.0 * m for m in range(1, months + 1)],
            "cohort_p90_cum_net": [40.0 * m for m in range(1, months + 1)],
        },
        cohort_net_percentiles={"10": -3000.0, "25": -2500.0, "50": -1800.0, "75": -1500.0,
                                "90": -300.0, "99": 15000.0},
        everyone_net_percentiles={"10": -3500.0, "25": -2600.0, "50": -2100.0, "75": -1000.0,
                                  "90": 200.0, "99": 50000.0},
        everyone_share_profitable_percent=8.25,
        cohort_share_profitable_percent=5.0,
        top1_share_percent=61.0,
        top10_share_percent=90.0,
        internal_consumption_percent=70.0,
        participants_ever=20000,
        participants_peak=12000,
        participants_final=9000,
        recruits_distribution={"0": 0.5, "1": 0.25, "2": 0.125, "3": 0.125},
        payout_ratio=None,
        earnings_by_source={},
        elapsed_s=0.1,
        cohort_size=50,  # 0 would mean nobody joined in month 1 (and no cohort figures shown)
    )
