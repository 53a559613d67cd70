"""Break-even needs, solved on the real projection, against hand-computed answers."""

from __future__ import annotations

import pytest

from evaluator.core.breakeven import (
    PRECISION,
    break_even_needs,
    share_with_recruits,
    solve_minimum,
)
from evaluator.core.model import Evaluation
from evaluator.core.projection import project
from evaluator.core.fileformat import from_data as _from_data  # a version-1 document, upgraded


def make(offer: dict, assumptions: dict) -> Evaluation:
    return _from_data({"format": "opportunity-evaluation", "version": 1,
                                      "offer": {"name": "t", **offer}, "assumptions": assumptions})


def test_solver_finds_a_linear_root_exactly():
    calls = []

    def f(x):
        calls.append(x)
        return 3.3 * x - 10

    assert solve_minimum(f) == pytest.approx(10 / 3.3, abs=1e-12)
    assert len(calls) <= 10


def test_solver_on_a_step_never_returns_below_the_threshold():
    # Jumps from -4 to +1 just after 2 (a rank bonus that kicks in).
    x = solve_minimum(lambda x: 3 * x - 10 + (5 if x > 2 else 0))
    assert 2 < x <= 2 + PRECISION


def test_solver_zero_and_unreachable():
    assert solve_minimum(lambda x: 5.0) == 0.0
    assert solve_minimum(lambda x: -1.0) is None
    assert solve_minimum(lambda x: x - 20_000) is None  # beyond the 10,000 cap


def test_customers_needed_for_a_monthly_fee():
    # 100 a month in fees; each one-off customer spends 50 at 20% commission = 10: 10 a month.
    ev = make({"fees": {"monthly": 100},
               "payout": {"retail_mode": "commission", "retail_commission_percent": 20}},
              {"horizon_months": 12, "customer_monthly_spend": 50})
    needs = break_even_needs(ev)
    assert needs.customers_per_month == pytest.approx(10, abs=1e-6)
    assert not needs.already_breaks_even
    assert not needs.recruits_possible and needs.active_recruits is None
    total = project(ev.model_copy(update={"assumptions": ev.assumptions.model_copy(
        update={"new_customers_per_month": needs.customers_per_month})})).total_net
    assert total >= -1e-9
    assert "10.0 new outside customers" in needs.explanation
    assert "10,0 nieuwe klanten" in break_even_needs(ev, "nl").explanation


def test_customer_retention_lowers_the_need():
    # With 50% retention c(m) = 2n(1 - 0.5^m); over 12 months sum c = 2n(12 - (1 - 0.5^12)) and
    # income 10 per customer-month must cover 1,200.
    ev = make({"fees": {"monthly": 100},
               "payout": {"retail_mode": "commission", "retail_commission_percent": 20}},
              {"horizon_months": 12, "customer_monthly_spend": 50, "customer_retention_percent": 50})
    expected = 1200 / (10 * 2 * (12 - (1 - 0.5 ** 12)))
    assert break_even_needs(ev).customers_per_month == pytest.approx(expected, abs=1e-6)


def test_recruits_needed_with_retention():
    # Sign-up 1,000, 10 per recruit, 12 months: r = 1000 / 120 = 8.33 recruits a month; with 90%
    # staying a_1(12) = r (1 - 0.9^12) / 0.1.
    ev = make({"fees": {"signup": 1000}, "payout": {"retail_mode": "none", "recruit_bonus": 10}},
              {"horizon_months": 12, "downline_retention_percent": 90})
    needs = break_even_needs(ev)
    r = 1000 / 120
    assert needs.recruits_per_month == pytest.approx(r, abs=1e-6)
    active = r * (1 - 0.9 ** 12) / 0.1
    assert needs.active_recruits == pytest.approx(active, abs=1e-6)
    assert needs.recruits_needed_whole == 60  # ceil(59.2)
    assert needs.share_reaching_recruits_percent == pytest.approx(100 * 2.0 ** -60)
    assert not needs.customers_possible and needs.customers_per_month is None


def test_exact_whole_recruits_are_not_rounded_up():
    # 600 / 120 = 5 recruits a month, nobody stays: exactly 5 active, share 2^-5.
    ev = make({"fees": {"signup": 600}, "payout": {"retail_mode": "none", "recruit_bonus": 10}},
              {"horizon_months": 12, "downline_retention_percent": 0})
    needs = break_even_needs(ev)
    assert needs.recruits_needed_whole == 5
    assert needs.share_reaching_recruits_percent == pytest.approx(3.125)


def test_already_breaking_even_needs_nothing():
    ev = make({"payout": {"retail_mode": "commission", "retail_commission_percent": 10}},
              {"customer_monthly_spend": 10})
    needs = break_even_needs(ev)
    assert needs.already_breaks_even and needs.customers_per_month == 0
    assert needs.share_reaching_recruits_percent == 100


def test_unreachable_by_recruiting():
    ev = make({"fees": {"monthly": 100}, "requirements": {"monthly_volume": 10},
               "payout": {"plan": "binary", "binary_percent": 10, "binary_monthly_cap": 1}},
              {"horizon_months": 12})
    needs = break_even_needs(ev)
    assert needs.recruits_possible and needs.active_recruits is None
    assert "10,000" in needs.explanation


@pytest.mark.parametrize("k,share", [(0, 100), (1, 50), (3, 12.5), (6, 1.5625)])
def test_share_with_recruits(k, share):
    assert share_with_recruits(k) == pytest.approx(share)


def test_a_rank_step_at_whole_legs_is_not_rounded_up():
    # Only a rank paying 1,000 a month from 3 active legs; a 1,000 fee in month 1; 12 months, 100%
    # retention: a_1(m) = r m, so the rank pays from the month r m >= 3. Any r >= 3/12 = 0.25
    # qualifies in month 12 and pays 1,000: break-even needs exactly 3 active recruits at the end.
    ev = make({"fees": {"signup": 1000},
               "payout": {"retail_mode": "none",
                          "ranks": [{"name": "Gold", "group_volume": 0, "legs": 3, "monthly_bonus": 1000}]}},
              {"horizon_months": 12, "downline_retention_percent": 100})
    needs = break_even_needs(ev)
    assert needs.recruits_per_month == pytest.approx(0.25, abs=PRECISION)
    assert needs.active_recruits == 3.0
    assert needs.recruits_needed_whole == 3
    assert needs.share_reaching_recruits_percent == pytest.approx(12.5)


def test_no_costs_means_nothing_to_earn_back():
    ev = make({"payout": {"retail_mode": "commission", "retail_commission_percent": 10}},
              {"horizon_months": 24, "customer_monthly_spend": 10})
    needs = break_even_needs(ev)
    assert needs.costs_total == 0 and needs.customers_per_month == 0
    assert "no costs to earn back in your 24 months" in needs.explanation
    assert "geen kosten terug te verdienen" in break_even_needs(ev, "nl").explanation
