"""Small evaluation documents for the tests (of the file format and the model; a small seller for
the decision aids), and the problems the file format reports for a document it refuses."""

from __future__ import annotations

from typing import Any

import pytest

from evaluator.core.fileformat import EvaluationFileError, from_data


def v1(**offer: Any) -> dict[str, Any]:
    """A minimal valid version-1 document with these ``offer`` keys patched in."""
    return {"format": "opportunity-evaluation", "version": 1, "offer": {"name": "X", **offer}}


def v2(offer: dict[str, Any] | None = None, **sections: Any) -> dict[str, Any]:
    """A minimal valid version-2 document with these ``offer`` keys and top-level sections."""
    return {"format": "opportunity-evaluation", "version": 2, "offer": {"name": "X", **(offer or {})},
            **sections}


def seller(fees: dict[str, float], name: str = "Test") -> dict[str, Any]:
    """A small seller with these ``fees``, whose figures the decision-aid tests compute by hand.

    No products: volume = sales. 2 one-off customers a month spending 50 = 100 of sales, 10%
    commission = 10 a month; a unilevel of 10% / 5% on your 100 of volume; 12 months; a claimed
    income of 1000 a month."""
    return {"format": "opportunity-evaluation", "version": 1, "offer": {
        "name": name, "currency": "EUR", "fees": dict(fees),
        "claims": {"claimed_monthly_income": 1000},
        "payout": {"retail_mode": "commission", "retail_commission_percent": 10,
                   "plan": "unilevel", "levels": [10, 5]}},
        "assumptions": {"new_customers_per_month": 2, "customer_retention_percent": 0,
                        "customer_monthly_spend": 50, "horizon_months": 12}}


def problems(data: dict[str, Any]) -> list[tuple[str, str]]:
    """(path, code) of every problem the file format refuses ``data`` with (it must refuse it)."""
    with pytest.raises(EvaluationFileError) as info:
        from_data(data)
    return [(p.path, p.code) for p in info.value.problems]


def one_problem(data: dict[str, Any]) -> Any:
    """The one problem the file format refuses ``data`` with (it must refuse it for exactly one)."""
    with pytest.raises(EvaluationFileError) as info:
        from_data(data)
    assert len(info.value.problems) == 1, info.value.render()
    return info.value.problems[0]
