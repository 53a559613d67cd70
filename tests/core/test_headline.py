"""The headline figures (SPEC 9.4): you, the typical participant and the claim on the same
periods, hand-computed."""

from __future__ import annotations

import pytest

from evaluator.core import fileformat
from evaluator.core.analysis import analyze
from evaluator.core.headline import headline


def _ev(**changes):
    data = {
        "format": "opportunity-evaluation", "version": 1,
        "offer": {
            "name": "Fees only", "kind": "mlm",
            "fees": {"signup": 100, "monthly": 20},
            "disclosure": {"year": 2024, "source": "statement", "basis": "all",
                           "tiers": [{"name": "All", "share_percent": 100, "annual_average": 1200}]},
            "claims": {"claimed_monthly_income": 500},
        },
        "assumptions": {"horizon_months": 36},
    }
    for key, value in changes.items():
        section, name = key.split("__")
        target = data["assumptions"] if section == "assumptions" else data["offer"]
        target[name] = value
    return fileformat.from_data(data)


def test_you_typical_and_claim_on_the_same_years():
    ev = _ev()
    h = headline(ev, analyze(ev, "en"))
    # You: no income; year 1 pays the sign-up fee and 12 monthly fees: -(100 + 12*20) = -340;
    # year 2 only the monthly fees: -240.
    assert h.you.year1 == pytest.approx(-340)
    assert h.you.year2 == pytest.approx(-240)
    assert h.you.per_month(1) == pytest.approx(-340 / 12)
    # Typical: gross 1,200 a year (one tier of everyone), minus the same costs:
    # year 1 1200 - 340 = 860, year 2 1200 - 240 = 960.
    assert h.typical.year1 == pytest.approx(860)
    assert h.typical.year2 == pytest.approx(960)
    assert h.typical.per_month(2) == pytest.approx(80)
    assert not h.typical_loses_money
    # The claim: 500 a month, gross: 6,000 a year, both years.
    assert (h.claim.year1, h.claim.year2) == (pytest.approx(6000), pytest.approx(6000))
    assert h.claim.per_month(1) == pytest.approx(500)
    assert h.claim.net is False and h.you.net and h.typical.net


def test_a_yearly_renewal_makes_the_typical_participant_lose_money_in_year_two():
    # No sign-up fee, a monthly fee of 20 and an annual renewal of 1,000, due in months 13, 25,
    # ... (SPEC 3): year 1 1200 - 240 = 960 (no loss), year 2 1200 - 240 - 1000 = -40.
    ev = _ev(offer__fees={"annual": 1000, "monthly": 20})
    h = headline(ev, analyze(ev, "en"))
    assert h.typical.year1 == pytest.approx(960)
    assert h.typical.year2 == pytest.approx(-40)
    assert h.typical_loses_money


def test_short_horizon_leaves_year_two_unknown_with_the_reason():
    ev = _ev(assumptions__horizon_months=18)
    h = headline(ev, analyze(ev, "nl"))
    assert h.you.year1 == pytest.approx(-340)
    assert h.you.year2 is None
    assert "maand 18" in h.you.year2_reason
    # The typical participant's year 2 does not depend on your horizon: 1200 - 240.
    assert h.typical.year2 == pytest.approx(960)


def test_no_disclosure_and_no_claim_are_unknown_with_reasons():
    ev = _ev(offer__disclosure=None, offer__claims={})
    h = headline(ev, analyze(ev, "en"))
    assert h.typical_unknown and h.typical.year1 is None and h.typical.year2 is None
    assert "No income disclosure" in h.typical.reason
    assert h.claim.year1 is None and "named no income" in h.claim.reason
