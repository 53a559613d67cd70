"""The decision aids of SPEC section 12 (exit ledger, claim check, sensitivity), each checked
against figures worked out by hand from SPEC section 3's formulas."""

from __future__ import annotations

import json

import pytest

from evaluator.core.decisions import (claim_check, claim_check_json, decision_aids, exit_json,
                                      exit_ledger, exit_months, sensitivity, sensitivity_json)
from evaluator.core.fileformat import from_data
from evaluator.core.projection import project


def make(offer: dict | None = None, **assumptions):
    data = {"format": "opportunity-evaluation", "version": 1,
            "offer": {"name": "Test", **(offer or {})}, "assumptions": assumptions}
    return from_data(data)


# No products (w = r = v = 1, margin 0), so retail income is the commission: 2 one-off customers a
# month spending 50 = sales of 100 a month, 10% commission = 10 a month.
SALES = {"payout": {"retail_mode": "commission", "retail_commission_percent": 10}}


def stock_offer(**requirements):
    return {**SALES, "fees": {"signup": 100, "starter_kit": 50, "monthly": 10},
            "requirements": {"initial_inventory": 300, **requirements}}


def test_exit_months_are_3_6_12_and_the_horizon_up_to_h():
    assert exit_months(36) == [3, 6, 12, 36]
    assert exit_months(12) == [3, 6, 12]
    assert exit_months(5) == [3, 5]
    assert exit_months(2) == [2]


def test_exit_ledger_with_a_buyback_and_a_cooling_off_refund():
    ev = make(stock_offer(buyback_percent=90, buyback_days=180, cooling_off_days=90),
              horizon_months=12, new_customers_per_month=2, customer_monthly_spend=50)
    rows = exit_ledger(ev)
    assert [r.month for r in rows] == [3, 6, 12]
    # Costs: month 1 = 100 + 50 + 300 stock + 10 monthly = 460, then 10 a month. Revenue 10 a month.
    # Stop after 3 months = day 90: buyback (180 days) of the 300 stock at 90% = 270, and the
    # cooling-off period (90 days) refunds sign-up + kit = 150.
    # paid 460 + 2*10 = 480; received 30; back 420; net 30 - 480 + 420 = -30.
    r3 = rows[0]
    assert (r3.paid, r3.received, r3.buyback, r3.withdrawal, r3.back) == pytest.approx(
        (480, 30, 270, 150, 420))
    assert r3.net == pytest.approx(-30)
    # Day 180: buyback still (180 >= 180), cooling-off over. paid 460 + 50 = 510, received 60,
    # net 60 - 510 + 270 = -180.
    r6 = rows[1]
    assert (r6.paid, r6.received, r6.back, r6.net) == pytest.approx((510, 60, 270, -180))
    # Day 360: nothing comes back. paid 460 + 110 = 570, received 120, net -450 = total_net.
    r12 = rows[2]
    assert (r12.paid, r12.received, r12.back, r12.net) == pytest.approx((570, 120, 0, -450))
    assert r12.net == pytest.approx(project(ev).total_net)
    data = exit_json(rows)
    assert set(data[0]) >= {"month", "paid", "received", "back", "net"}
    assert data[0]["back"] == pytest.approx(420)


def test_no_buyback_without_a_percentage_and_none_beyond_its_term():
    unknown = make(stock_offer(buyback_percent=None, buyback_days=365), horizon_months=6)
    assert [r.back for r in exit_ledger(unknown)] == [0, 0]
    short = make(stock_offer(buyback_percent=100, buyback_days=89), horizon_months=6)
    # 89 days does not reach a stop after 3 months (day 90): nothing back.
    assert [r.back for r in exit_ledger(short)] == [0, 0]
    year = make(stock_offer(buyback_percent=50, buyback_days=365), horizon_months=24)
    # 365 days covers stops at days 90, 180 and 360 (50% of 300 = 150), not day 720.
    assert [r.back for r in exit_ledger(year)] == pytest.approx([150, 150, 150, 0])


def claim_offer(claim, **payout):
    return {"payout": {**SALES["payout"], **payout}, "claims": {"claimed_monthly_income": claim}}


def test_claim_check_levers_each_alone():
    # Income in month M (= horizon 12): retail 5 per new customer (spend 50, 10% commission, one-off
    # customers) + recruit bonus 100 per recruit a month.
    ev = make(claim_offer(500, recruit_bonus=100), horizon_months=12, new_customers_per_month=2,
              customer_monthly_spend=50, recruits_per_month=1)
    check = claim_check(ev)
    assert check.after_months == 12
    # customers: 5 * x + 100 = 500 -> x = 80
    assert check.customers_per_month_needed == pytest.approx(80, abs=1e-4)
    # recruits: 10 + 100 * r = 500 -> r = 4.9
    assert check.recruits_per_month_needed == pytest.approx(4.9, abs=1e-5)
    # no downline plan: the downline's recruiting pays nothing
    assert check.active_downline_needed is None
    assert check.income_in_month == pytest.approx(110)
    assert not check.reached_as_entered
    assert check.share_earning_at_least_percent is None  # no disclosure
    assert claim_check_json(check)["recruits_per_month_needed"] == pytest.approx(4.9, abs=1e-5)


def test_claim_check_active_downline_by_after_months():
    # Unilevel 10% / 5% on MV = 100 points (monthly_volume; no products: 1 point = 1 money), all
    # recruits stay (retention 100%). 1 personal recruit a month, recruit bonus 100.
    # Month 2: a1 = 1 + 1 = 2, a2 = d * a1(1) = d. Income = retail 10 + bonus 100 + 10% * 2 * 100
    # + 5% * d * 100 = 130 + 5d. Claim 500 -> d = 74; active downline T(2) = (1 + 74) * 1 + 1 = 76.
    ev = make({**claim_offer(500, recruit_bonus=100, plan="unilevel", levels=[10, 5]),
               "requirements": {"monthly_volume": 100}},
              horizon_months=12, new_customers_per_month=2, customer_monthly_spend=50,
              recruits_per_month=1, downline_retention_percent=100)
    check = claim_check(ev, after_months=2)
    assert check.after_months == 2
    assert check.downline_recruits_per_member_needed == pytest.approx(74, abs=1e-4)
    assert check.active_downline_needed == pytest.approx(76, abs=1e-3)
    # customers alone (d = 0): 5x + 100 + 20 = 500 -> x = 76
    assert check.customers_per_month_needed == pytest.approx(76, abs=1e-4)
    # recruits alone: a1(2) = 2r: 10 + 100r + 10% * 2r * 100 = 10 + 120r = 500 -> r = 49/12
    assert check.recruits_per_month_needed == pytest.approx(49 / 12, abs=1e-5)


def test_claim_check_null_where_nothing_reaches_it_and_no_claim():
    # A customer who spends nothing cannot help; no recruit pays anything.
    ev = make(claim_offer(500), horizon_months=12, new_customers_per_month=2)
    check = claim_check(ev)
    assert check.customers_per_month_needed is None
    assert check.recruits_per_month_needed is None
    assert check.active_downline_needed is None
    assert claim_check(make(SALES)) is None
    assert claim_check_json(None) is None


def test_share_earning_at_least_the_claim_uses_the_all_participants_basis():
    # Tiers cover 50% of all participants: all-participants shares 50 (implied, 0), 30 (1,000),
    # 15 (median 5,000 though the average is 6,000), 5 (20,000). A claim of 500 a month is 6,000 a
    # year: only the 20,000 tier reaches it -> 5%.
    disclosure = {"year": 2024, "source": "test", "basis": "all", "covered_percent": 50,
                  "tiers": [{"share_percent": 60, "annual_average": 1000},
                            {"share_percent": 30, "annual_average": 6000, "annual_median": 5000},
                            {"share_percent": 10, "annual_average": 20000}]}
    ev = make({**claim_offer(500), "disclosure": disclosure})
    assert claim_check(ev).share_earning_at_least_percent == pytest.approx(5)
    from evaluator.core.decisions import claim_sentences

    # At most (session 11): the 5% plus what each lower tier's average leaves room for (earnings
    # are never negative): 30 x 1,000 / 6,000 = 5, and 15 x min(1, 6,000 / 6,000) = 15 (its
    # median is below the claim, its average is not): 5 + 5 + 15 = 25%.
    assert claim_check(ev).share_at_most_percent == pytest.approx(25)
    assert claim_sentences(claim_check(ev), "EUR", "en")[-1] == (
        "In the company's income disclosure, 5.0% of all participants are in groups whose median or "
        "average is that much or more; even counting everyone in lower-paid groups whom their group's "
        "average would allow to reach it, no more than 25.0% can earn it (gross, before expenses).")
    # A claim of 1,000 / 12 a month (1,000 a year) is reached by 30 + 15 + 5 = 50%.
    ev = make({**claim_offer(1000 / 12), "disclosure": disclosure})
    assert claim_check(ev).share_earning_at_least_percent == pytest.approx(50)


def test_sensitivity_half_and_one_and_a_half_sorted_by_swing():
    # Retail 10 a month (2 customers x 50 x 10%), sign-up 100, other expenses 20 a month, 12 months:
    # total_net = 120 - 100 - 240 = -220.
    ev = make({**SALES, "fees": {"signup": 100}}, horizon_months=12, new_customers_per_month=2,
              customer_monthly_spend=50, other_expenses_per_month=20)
    rows = sensitivity(ev)
    base = project(ev).total_net
    assert base == pytest.approx(-220)
    by_name = {r.assumption: r for r in rows}
    # Every assumption with a non-zero value (hours 10 and downline retention 90 are defaults);
    # zero ones (customer retention, recruits, ...) are left out.
    assert set(by_name) == {"horizon_months", "hours_per_week", "new_customers_per_month",
                            "customer_monthly_spend", "downline_retention_percent",
                            "other_expenses_per_month"}
    assert all(r.base == base for r in rows)
    # other expenses 10: 120 - 100 - 120 = -100; 30: 120 - 100 - 360 = -340; swing 240
    o = by_name["other_expenses_per_month"]
    assert (o.low, o.high, o.swing) == pytest.approx((-100, -340, 240))
    # horizon 6: 60 - 100 - 120 = -160; 18: 180 - 100 - 360 = -280
    h = by_name["horizon_months"]
    assert (h.low_value, h.high_value, h.low, h.high) == pytest.approx((6, 18, -160, -280))
    # customers 1: 60 - 100 - 240 = -280; 3: 180 - 100 - 240 = -160 (spend likewise)
    c = by_name["new_customers_per_month"]
    assert (c.low, c.high, c.swing) == pytest.approx((-280, -160, 120))
    s = by_name["customer_monthly_spend"]
    assert (s.low_value, s.high_value, s.swing) == pytest.approx((25, 75, 120))
    # downline retention 90 -> 45 and 135 clamped to 100; no downline, so no swing
    d = by_name["downline_retention_percent"]
    assert (d.low_value, d.high_value, d.swing) == (45, 100, 0)
    # largest swing first; ties keep the model's field order
    assert [r.assumption for r in rows] == [
        "other_expenses_per_month", "horizon_months", "new_customers_per_month",
        "customer_monthly_spend", "hours_per_week", "downline_retention_percent"]
    data = sensitivity_json(rows)
    assert set(data[0]) >= {"assumption", "low", "base", "high", "swing"}


def test_sensitivity_rounds_whole_number_fields_and_clamps_to_the_limits():
    ev = make(horizon_months=3)
    h = next(r for r in sensitivity(ev) if r.assumption == "horizon_months")
    assert (h.low_value, h.high_value) == (2, 5)  # 1.5 -> 2, 4.5 -> 5
    ev = make(horizon_months=120)
    h = next(r for r in sensitivity(ev) if r.assumption == "horizon_months")
    assert (h.low_value, h.high_value) == (60, 120)  # 180 clamped to the 120-month limit


def test_decision_aids_to_json_for_every_example(examples_paths):
    from evaluator.core.fileformat import load

    for path in examples_paths:
        ev = load(path)
        aids = decision_aids(ev)
        data = aids.to_json()
        assert data["exit"][-1]["month"] == ev.assumptions.horizon_months
        # Stopping at the horizon with nothing coming back is the projection itself.
        if data["exit"][-1]["back"] == 0:
            assert data["exit"][-1]["net"] == pytest.approx(project(ev).total_net)
        swings = [r["swing"] for r in data["sensitivity"]]
        assert swings == sorted(swings, reverse=True)
        json.dumps(data, allow_nan=False)  # plain, finite JSON for analyze --json


@pytest.fixture
def examples_paths():
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "resources" / "examples"
    paths = sorted(root.glob("*.oppeval"))
    assert paths
    return paths


def test_claim_check_finds_a_rank_step_never_below_it():
    # A rank paying 600 a month from a group volume of 1,000 (no products: volume = sales). With
    # spend 100 a customer and 10% commission, income = 10x below 10 customers (at most 100, short
    # of 500) and 10x + 600 from x = 10 on: the answer is the step, 10, from above.
    ev = make({**claim_offer(500), "payout": {**SALES["payout"], "ranks": [
        {"name": "Star", "group_volume": 1000, "legs": 0, "monthly_bonus": 600}]}},
        horizon_months=6, customer_monthly_spend=100)
    needed = claim_check(ev).customers_per_month_needed
    assert 10 <= needed <= 10 + 1e-4
    at = project(from_data({**ev.model_dump(mode="json"), "assumptions": {  # version 2 now
        "horizon_months": 6, "customer_monthly_spend": 100, "new_customers_per_month": needed}}))
    assert sum(v[-1] for v in at.revenue.values()) >= 500


def test_sentences_in_both_languages_carry_the_figures():
    from evaluator.core.decisions import claim_sentences, exit_sentences

    ev = make(stock_offer(buyback_percent=90, buyback_days=180, cooling_off_days=90),
              horizon_months=12, new_customers_per_month=2, customer_monthly_spend=50)
    en = exit_sentences(exit_ledger(ev), "EUR", "en")
    assert en[0] == "Stop after 3 months: you pay €480, receive €30 and get €420 back: -€30 in all."
    nl = exit_sentences(exit_ledger(ev), "EUR", "nl")
    assert nl[2] == "Stoppen na 12 maanden: je betaalt € 570, ontvangt € 120: -€ 450 in totaal."

    ev = make(claim_offer(500, recruit_bonus=100), horizon_months=12, new_customers_per_month=2,
              customer_monthly_spend=50, recruits_per_month=1)
    lines = claim_sentences(claim_check(ev), "EUR", "nl")
    assert lines[0].startswith("Om het beloofde € 500 per maand (vóór kosten) te verdienen in maand 12")
    assert lines[1:] == ["– 80 nieuwe klanten per maand", "– 4,9 eigen rekruten per maand",
                         "– actieve mensen in je netwerk in maand 12: geen aantal is genoeg"]
    assert claim_sentences(None, "EUR", "en") == []
