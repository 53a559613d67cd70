"""A one-month horizon reads "1 month" (Dutch "1 maand"), never "1 months": the break-even
explanation and the headline's "less than a year" reason."""

from __future__ import annotations

import pytest

from evaluator.core.analysis import analyze
from evaluator.core.breakeven import explain
from evaluator.core.fileformat import from_data
from evaluator.core.headline import headline
from tests.core.documents import seller


def _one_month(**assumptions):
    data = seller({"starter_kit": 100, "monthly": 20})
    data["assumptions"].update(horizon_months=1, **assumptions)
    return from_data(data)


@pytest.mark.parametrize("lang,one,many", [("en", "1 month", "1 months"), ("nl", "1 maand", "1 maanden")])
def test_break_even_explanation_says_one_month(lang, one, many):
    # 10 of commission against 100 + 20 of costs in the one month: no break-even within it
    evaluation = _one_month()
    analysis = analyze(evaluation, lang, run_simulation=False)
    text = explain(evaluation, analysis.break_even, lang)
    assert one in text
    assert many not in text


@pytest.mark.parametrize("lang,one,many", [("en", "covers 1 month,", "1 months"), ("nl", "beslaat 1 maand,", "1 maanden")])
def test_headline_reason_says_one_month(lang, one, many):
    analysis = analyze(_one_month(), lang, run_simulation=False)
    texts = [c.reason for c in headline(analysis.evaluation, analysis).columns]
    assert any(one in t for t in texts)
    assert not any(many in t for t in texts)


def test_many_months_stay_plural():
    data = seller({"starter_kit": 100, "monthly": 20})  # 12 months
    evaluation = from_data(data)
    analysis = analyze(evaluation, "en", run_simulation=False)
    assert "within 12 months" in explain(evaluation, analysis.break_even, "en")
