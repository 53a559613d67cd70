"""Example evaluations and analyses for the result widgets' tests.

``analysis_of`` uses the real ``evaluator.core.analysis.analyze`` when it is present; before it
lands, it builds an object with the same attributes from the real projection and typical
participant plus fixed flags, verdict, comparison and questions.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from evaluator.core import fileformat
from evaluator.core.projection import project, typical
from evaluator.resources import example_paths

MLM = {
    "format": "opportunity-evaluation", "version": 1,
    "offer": {
        "name": "Glow Essentials", "company": "Glow BV", "kind": "mlm", "currency": "EUR",
        "fees": {"signup": 49, "starter_kit": 199, "monthly": 19.95, "annual": 49},
        "products": [{"name": "Serum", "wholesale_price": 40, "retail_price": 60, "volume": 40}],
        "requirements": {"monthly_volume": 100, "autoship_required": True, "initial_inventory": 300,
                         "cooling_off_days": 0},
        "training": [{"name": "Leadership weekend", "cost": 250, "times_per_year": 2,
                      "mandatory": True, "focus": "recruiting"}],
        "payout": {"plan": "unilevel", "levels": [10, 5, 5, 3, 2, 2, 1], "recruit_bonus": 25,
                   "ranks": [{"name": "Director", "group_volume": 5000, "legs": 3, "monthly_bonus": 300}]},
        "disclosure": {"year": 2024, "source": "Glow income statement 2024", "basis": "active",
                       "covered_percent": 40,
                       "tiers": [{"name": "Starter", "share_percent": 70, "annual_average": 120, "annual_median": 60},
                                 {"name": "Builder", "share_percent": 25, "annual_average": 1800},
                                 {"name": "Leader", "share_percent": 5, "annual_average": 40000}]},
        "claims": {"claimed_monthly_income": 3000, "text": "Easily 3000 a month part-time"},
    },
    "assumptions": {"horizon_months": 24, "hours_per_week": 8, "new_customers_per_month": 1,
                    "customer_monthly_spend": 60, "customer_retention_percent": 50,
                    "recruits_per_month": 0.5, "downline_recruits_per_member_per_month": 0.2,
                    "downline_retention_percent": 80},
}

DEALER = {
    "format": "opportunity-evaluation", "version": 1,
    "offer": {
        "name": "Kitchen demo dealer", "company": "ChefHome", "kind": "dealer", "currency": "EUR",
        "fees": {"starter_kit": 350},
        "products": [{"name": "Cooker", "wholesale_price": 900, "retail_price": 1300}],
        "requirements": {"buyback_percent": 90, "buyback_days": 365, "cooling_off_days": 14},
        "payout": {"retail_mode": "commission", "retail_commission_percent": 20},
        "disclosure": {"year": 2024, "source": "ChefHome advisor report", "basis": "all",
                       "tiers": [{"share_percent": 30, "annual_average": 0},
                                 {"share_percent": 50, "annual_average": 2600, "annual_median": 2100},
                                 {"share_percent": 20, "annual_average": 15000}]},
    },
    "assumptions": {"horizon_months": 24, "hours_per_week": 6, "new_customers_per_month": 2,
                    "customer_monthly_spend": 1300, "customer_retention_percent": 0},
}


def evaluation(data: dict | None = None, **offer_changes):
    import copy

    data = copy.deepcopy(data or MLM)
    data["offer"].update(offer_changes)
    return fileformat.from_data(data)


def bundled_examples():
    return [fileformat.load(p) for p in example_paths()]


@dataclass
class FakeFlag:
    id: str
    severity: str
    title: str
    detail: str
    source: str


@dataclass
class FakeVerdict:
    level: str
    summary: str


@dataclass
class FakeAspect:
    key: str
    label: str
    pyramid: str
    network_marketing: str
    this_offer: str
    leans: str


@dataclass
class FakeBreakEven:
    customers_per_month: float | None
    active_recruits: float | None
    share_reaching_recruits_percent: float | None
    explanation: str


@dataclass
class FakeAnalysis:
    projection: object
    typical: object
    red_flags: list = field(default_factory=list)
    verdict: FakeVerdict = None
    comparison: list = field(default_factory=list)
    questions: list = field(default_factory=list)
    break_even: FakeBreakEven = None


def real_analyze():
    try:
        from evaluator.core.analysis import analyze
    except ImportError:
        return None
    return analyze


def analysis_of(ev, lang: str = "en", simulation=None):
    analyze = real_analyze()
    if analyze is not None:
        return analyze(ev, lang, simulation)
    flags = [
        FakeFlag("no_cooling_off", "warning", "Fewer than 14 days to withdraw",
                 "You have 0 days.", "EU Consumer Rights Directive"),
        FakeFlag("pay_to_join", "serious", "You pay to join",
                 "€ 548 in month 1.", "Koscot element 1; UCPD Annex I point 14"),
        FakeFlag("no_disclosure", "info", "The disclosure counts active participants only",
                 "It hides those who quit.", "FTC staff report 2024"),
    ]
    aspects = [FakeAspect(k, k.replace("_", " ").title(), "Recruiting", "Selling", "Mostly recruiting",
                          "pyramid" if i % 2 else "network_marketing")
               for i, k in enumerate(("main_goal", "source_of_income", "products", "compensation",
                                      "legality", "sustainability", "recruitment", "training"))]
    return FakeAnalysis(
        projection=project(ev), typical=typical(ev), red_flags=flags,
        verdict=FakeVerdict("high_risk", "Most of the money comes from recruiting."),
        comparison=aspects, questions=["Is there a buyback?", "What does the average participant spend?"],
        break_even=FakeBreakEven(12.5, 4.2, 3.1, "Each needed recruit must stay active."),
    )
