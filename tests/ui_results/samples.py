"""Example evaluations for the result widgets' tests (an MLM and a dealer offer), analysed by
the real ``evaluator.core.analysis.analyze``."""

from __future__ import annotations

from evaluator.core import fileformat
from evaluator.core.analysis import analyze

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


def analysis_of(ev, lang: str = "en", simulation=None):
    return analyze(ev, lang, simulation)


def results_panel(qtbot, lang: str = "en", size: tuple[int, int] | None = None,
                  show: bool = False, ev=None):
    """A ResultsPanel in ``lang``, closed with the test: resized to ``size`` and shown if asked,
    then showing the analysis of ``ev`` in that language if one is given."""
    from evaluator.ui.results_panel import ResultsPanel

    panel = ResultsPanel(lang=lang)
    qtbot.addWidget(panel)
    if size is not None:
        panel.resize(*size)
    if show:
        panel.show()
    if ev is not None:
        panel.set_analysis(ev, analysis_of(ev, lang))
    return panel
