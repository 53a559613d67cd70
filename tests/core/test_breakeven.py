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

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


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
    assert "about 10 new outside customers" in needs.explanation  # (10 or more: whole, rounded up)
    assert "ongeveer 10 nieuwe klanten" in break_even_needs(ev, "nl").explanation


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
    assert needs.recruits_needed_whole == 60  # ceil(8.333 x (1 - 0.9^12) / 0.1 = 59.8) still active at the end
    # SPEC 9.2: the odds are about recruits ever made: ceil(8.333... x 12) = 100, not 60.
    assert needs.recruits_ever_needed == 100
    assert needs.share_reaching_recruits_percent == pytest.approx(100 * 2.0 ** -100)
    assert "recruit 100 people in all, of whom about 59.8 are still active at the end" in needs.explanation
    assert not needs.customers_possible and needs.customers_per_month is None


def test_exact_whole_recruits_are_not_rounded_up():
    # 600 / 120 = 5 recruits a month, nobody stays: exactly 5 active at the end, and exactly
    # 5 x 12 = 60 recruited in all (not 61 from the solver's last thousandth): share 2^-60.
    ev = make({"fees": {"signup": 600}, "payout": {"retail_mode": "none", "recruit_bonus": 10}},
              {"horizon_months": 12, "downline_retention_percent": 0})
    needs = break_even_needs(ev)
    assert needs.recruits_needed_whole == 5
    assert needs.recruits_ever_needed == 60
    assert needs.share_reaching_recruits_percent == pytest.approx(100 * 2.0 ** -60)
    assert "recruit 60 people in all, of whom about 5.0 are still active at the end" in needs.explanation
    assert "in totaal 60 mensen werven, van wie er aan het eind nog ongeveer 5,0 actief zijn" in \
        break_even_needs(ev, "nl").explanation


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
    assert needs.recruits_ever_needed == 3  # 0.25 x 12, nobody quits
    assert needs.share_reaching_recruits_percent == pytest.approx(12.5)


def test_no_costs_means_nothing_to_earn_back():
    ev = make({"payout": {"retail_mode": "commission", "retail_commission_percent": 10}},
              {"horizon_months": 24, "customer_monthly_spend": 10})
    needs = break_even_needs(ev)
    assert needs.costs_total == 0 and needs.customers_per_month == 0
    assert "no costs to earn back in your 24 months" in needs.explanation
    assert "geen kosten terug te verdienen" in break_even_needs(ev, "nl").explanation


def test_doterra_example_recruiting_odds_are_about_recruits_ever_made():
    """SPEC 9.2 on the bundled doTERRA example (issue 11: the app said 6.2 %).

    The solver needs r* = 0.4579 recruits a month (everything else as entered) to end the 36 months
    at >= 0: k = ceil(0.4579 x 36) = ceil(16.48) = 17 recruits in all, so 2^-17 = 1/131,072 =
    0.000763 % of participants get there, at most 0.01 %. Of the 17, with 85 % staying a month,
    a_1(36) = r* (1 - 0.85^36) / 0.15 = 0.4579 x 0.99714 / 0.15 = 3.04 are still active; the old
    bound used ceil(3.04) = 4: 2^-4 = 6.25 %. The sentence speaks of the 17 whole recruits: a_1 is
    linear in the pace, so 17 of them leave 3.04 x 17 / 16.48 = 3.14 active ("3.1")."""
    from evaluator.core import fileformat
    from evaluator.core.breakeven import fmt_share

    ev = fileformat.load(ROOT / "resources" / "examples" / "mlm-unilevel-doterra-2017.oppeval")
    needs = break_even_needs(ev)
    assert needs.recruits_per_month == pytest.approx(0.4579, abs=1e-3)
    assert needs.recruits_ever_needed == 17
    assert needs.share_reaching_recruits_percent == pytest.approx(100 / 131072)
    assert needs.share_reaching_recruits_percent <= 0.01
    r = needs.recruits_per_month
    assert needs.active_recruits == pytest.approx(r * (1 - 0.85 ** 36) / 0.15, rel=1e-9)
    assert needs.active_recruits == pytest.approx(3.04, abs=0.01)
    # 0.4579 x 36 = 16.5, rounded up to 17 whole people, and said so (session 11)
    assert ("recruit 17 people in all (rounded up to whole people), of whom about 3.1 are still "
            "active at the end") in needs.explanation
    assert fmt_share(needs.share_reaching_recruits_percent, "en") == "0.00076% (1 in 131,072)"


@pytest.mark.parametrize("percent,en,nl", [
    (12.5, "12.5%", "12,5%"),
    (0.05, "0.1%", "0,1%"),
    (100 / 2 ** 10, "0.1%", "0,1%"),  # 0.0977 %: from 0.05 % up, one decimal
    (100 / 2 ** 12, "0.024% (1 in 4,096)", "0,024% (1 op 4.096)"),  # 0.0244 %: two significant digits
    (100 / 2 ** 17, "0.00076% (1 in 131,072)", "0,00076% (1 op 131.072)"),
    (100 / 2 ** 40, "less than 1 in a billion", "minder dan 1 op een miljard"),
])
def test_tiny_shares_never_read_as_zero(percent, en, nl):
    from evaluator.core.breakeven import fmt_share

    assert fmt_share(percent, "en") == en
    assert fmt_share(percent, "nl") == nl


def test_recruits_entered_in_all_are_answered_in_all():
    # SPEC 8.3 / 9.2: "I would recruit 5 people in all" (recruits_total) spreads them over the
    # first 12 months; the answer must be in the same unit. Sign-up 1,000 and 10 per recruit:
    # 10 x T = 1,000 gives T* = 100 recruits in all (8.33 a month in months 1-12, none after).
    ev = make({"fees": {"signup": 1000}, "payout": {"retail_mode": "none", "recruit_bonus": 10}},
              {"horizon_months": 24, "downline_retention_percent": 90})
    ev = ev.model_copy(update={"assumptions": ev.assumptions.model_copy(
        update={"recruits_total": 5.0})})
    needs = break_even_needs(ev)
    assert needs.recruits_total == pytest.approx(100, abs=1e-6)
    assert needs.recruits_total_months == 12
    assert needs.recruits_per_month == pytest.approx(100 / 12, abs=1e-6)
    # k is the total itself (not r x H = 8.33 x 24 = 200): 2^-100.
    assert needs.recruits_ever_needed == 100
    assert needs.share_reaching_recruits_percent == pytest.approx(100 * 2.0 ** -100)
    # Still active at month 24: a_1(12) = (100/12)(1 - 0.9^12)/0.1, then 12 months of 90% staying.
    active = 100 / 12 * (1 - 0.9 ** 12) / 0.1 * 0.9 ** 12  # = 16.889
    assert needs.active_recruits == pytest.approx(active, abs=1e-5)
    assert ("with the recruits spread over the first 12 months as you entered yours: recruit 100 "
            "people in all, of whom about 16.9 are still active") in needs.explanation
    assert "a month for 24 months" not in needs.explanation
    nl = break_even_needs(ev, "nl").explanation
    assert ("met de rekruten gespreid over de eerste 12 maanden zoals je de jouwe invulde: in totaal "
            "100 mensen werven") in nl
    # analyze --json: the answer in all beside the existing keys.
    from evaluator.core.analysis import analyze

    data = analyze(ev, run_simulation=False).to_json()["break_even"]
    assert data["recruits_total"] == pytest.approx(100, abs=1e-6)
    assert data["recruits_total_months"] == 12 and data["recruits_ever_needed"] == 100
    flag = next(f for f in analyze(ev, run_simulation=False).red_flags if f.id == "break_even_unlikely")
    assert ("with the recruits spread over the first 12 months: recruit 100 people in all"
            in flag.detail)


def test_recruits_in_all_over_a_short_horizon_and_per_month_json_unchanged():
    # Horizon 6: recruits_total is spread over 6 months. Sign-up 600 at 10 a recruit: T* = 60.
    ev = make({"fees": {"signup": 600}, "payout": {"retail_mode": "none", "recruit_bonus": 10}},
              {"horizon_months": 6, "downline_retention_percent": 0})
    per_month = break_even_needs(ev)
    assert per_month.recruits_per_month == pytest.approx(10, abs=1e-6)  # 600 / (10 x 6)
    assert per_month.recruits_total is None
    from evaluator.core.analysis import analyze

    assert "recruits_total" not in analyze(ev, run_simulation=False).to_json()["break_even"]
    ev = ev.model_copy(update={"assumptions": ev.assumptions.model_copy(
        update={"recruits_total": 0.0})})
    needs = break_even_needs(ev)
    assert needs.recruits_total == pytest.approx(60, abs=1e-6) and needs.recruits_total_months == 6
    assert needs.recruits_ever_needed == 60  # exactly 60, not 61 from the last thousandth
    assert needs.active_recruits == pytest.approx(10, abs=1e-6)  # month 6's 60/6 recruits, none stay


def test_gifting_circle_whole_recruit_is_still_active_and_pace_has_two_digits():
    """The gifting circle pays its 40,000 cycle from a line of newcomers; with 100 % staying each
    month the break-even pace is r* = 0.0114 recruits a month (0.27 in all over 24 months, paid
    with the chance of having a line), so k = ceil(0.27) = 1 recruit in all. With everyone staying,
    that 1 recruit is still active at the end: a_1 x k / (r* x 24) = 0.27 x 1 / 0.27 = 1.0 (the old
    text said 'of whom about 0.3', a contradiction). The pace shows two significant digits:
    '0.011', not '0.01'."""
    from evaluator.core import fileformat
    from evaluator.core.breakeven import small_figure, whole_recruits_active

    ev = fileformat.load(ROOT / "resources" / "examples" / "gifting-circle-2x3.oppeval")
    needs = break_even_needs(ev)
    assert needs.recruits_per_month == pytest.approx(0.01136, abs=1e-3)
    assert needs.recruits_ever_needed == 1
    assert needs.active_recruits == pytest.approx(needs.recruits_per_month * 24, rel=1e-9)
    assert whole_recruits_active(needs, 24) == pytest.approx(1.0, rel=1e-9)
    # 0.011 x 24 = 0.27, rounded up to 1 whole person, and said so (session 11)
    assert ("about 0.011 new recruits a month for 24 months: recruit 1 person in all (rounded up "
            "to whole people), of whom about 1.0 are still active") in needs.explanation
    nl = break_even_needs(ev, "nl").explanation
    assert "ongeveer 0,011 nieuwe rekruten per maand nodig" in nl and "nog ongeveer 1,0 actief" in nl
    # two significant digits below 0.1; else the decimals asked for; 0.99999 stays '1.0'
    assert small_figure(0.0114, "en", 2) == "0.011"
    assert small_figure(0.25, "en", 2) == "0.25"
    assert small_figure(0.27, "en", 1) == "0.3"
    assert small_figure(0.05, "en", 1) == "0.050"
    assert small_figure(0.9999999, "en", 1) == "1.0"
    assert small_figure(3.14, "en", 1) == "3.1"
