"""Session 11: what a claim takes is rounded up, never down (44.06 customers a month were shown
as 44, 117.4 members as 117 beside the chart's 118), and the pitch chart places the network the
plan really pays on (a one-level affiliate plan was said to go "6 levels deep")."""

from __future__ import annotations

import pytest

from evaluator import charts
from evaluator.core import decisions
from evaluator.core.fileformat import load
from evaluator.resources import example_paths


def example(stem: str):
    return load(next(p for p in example_paths() if p.stem == stem))


def _check(**values):
    base = dict(claimed_monthly_income=1000.0, after_months=12, customers_per_month_needed=None,
                recruits_per_month_needed=None, active_downline_needed=None,
                share_earning_at_least_percent=None)
    base.update(values)
    return decisions.ClaimCheck(**base)


@pytest.mark.parametrize("value, shown", [
    (44.05918, "45"),    # would fall short at 44
    (44.0, "44"),        # exactly enough
    (4.2016807, "4.3"),  # one decimal below 10, rounded up
    (4.2, "4.2"),
    (9.96, "10.0"),
])
def test_customers_needed_are_rounded_up(value, shown):
    lines = decisions.claim_sentences(_check(customers_per_month_needed=value), "EUR", "en")
    assert f"– {shown} new customers a month" in lines


def test_people_needed_are_whole_and_rounded_up_as_in_the_chart():
    lines = decisions.claim_sentences(_check(active_downline_needed=117.38097880545594), "EUR", "nl")
    assert "– 118 actieve mensen in je netwerk in maand 12" in lines
    lines = decisions.claim_sentences(_check(active_downline_needed=130.9985392047838), "EUR", "en")
    assert "– 131 active people in your downline in month 12" in lines


def test_stairstep_example_list_and_chart_agree():
    ev = example("mlm-stairstep-breakaway")
    check = decisions.claim_check(ev, decisions.claimed_month(ev))
    lines = decisions.claim_sentences(check, ev.offer.currency, "en")
    implied = charts.implied_network(ev, ev.offer.claims.claimed_monthly_income)
    assert implied.members == 118
    assert f"– {implied.members} active people in your downline in month 12" in lines


def test_one_level_affiliate_network_is_all_your_own_recruits():
    ev = example("affiliate-two-tier")
    implied = charts.implied_network(ev, ev.offer.claims.claimed_monthly_income)
    # the claim check builds the 96.08 active members from 29.2 personal recruits a month
    assert implied.own_recruits_only and implied.paid_depth == 1 and implied.members == 97
    text = charts.implied_network_text(implied, charts.ChartStyle(lang="en"))
    assert text == ("The claim needs 97 active downline members in month 12;\n"
                    "all of them your own recruits: the plan pays nothing on their recruiting.")
    assert "levels deep" not in text


def test_a_network_deeper_than_the_plan_pays_says_what_it_takes_within_it():
    # 3x7 matrix: 2,564 members; two by two they would need 11 levels, the matrix pays 7;
    # 2 + ... + 2^7 = 254 < 2,564 <= 3 + ... + 3^7 = 3,279: 3 recruits each
    ev = example("matrix-3x7")
    implied = charts.implied_network(ev, ev.offer.claims.claimed_monthly_income)
    assert implied[:3] == (2564, 11, 6) and implied.paid_depth == 7
    text = charts.implied_network_text(implied, charts.ChartStyle(lang="nl"))
    assert text == ("De belofte vraagt 2.564 actieve netwerkleden in maand 6;\n"
                    "het plan betaalt tot 7 niveaus diep: daarbinnen heeft elk 3 rekruten nodig.")


def test_recruits_each():
    assert charts._recruits_each(254, 7) == 2
    assert charts._recruits_each(255, 7) == 3
    assert charts._recruits_each(97, 1) == 97


def test_share_earning_the_claim_has_an_upper_bound_from_the_group_averages():
    # Stairstep example: 88% paid nothing, 12% averaging $5,381 a year; the claim $3,000 a month
    # = $36,000 a year. No group reaches it (SPEC: 0%), but at most 5,381 / 36,000 of the paid
    # group can (earnings are never negative): 12 x 5,381 / 36,000 = 1.794% of everyone.
    ev = example("mlm-stairstep-breakaway")
    check = decisions.claim_check(ev, decisions.claimed_month(ev))
    assert check.claimed_monthly_income == 3000
    assert check.share_earning_at_least_percent == 0
    assert check.share_at_most_percent == pytest.approx(12 * 5381 / 36000)
    en = decisions.claim_sentences(check, "USD", "en")[-1]
    assert en == ("In the company's income disclosure, 0.0% of all participants are in groups whose median "
                  "or average is that much or more; even counting everyone in lower-paid groups whom their "
                  "group's average would allow to reach it, no more than 1.8% can earn it (gross, before expenses).")
    assert "0,0% van alle deelnemers zoveel of meer" not in "\n".join(decisions.claim_sentences(check, "USD", "nl"))


def test_a_published_highest_figure_below_the_claim_rules_its_group_out():
    from evaluator.core.model import Tier

    ev = example("mlm-stairstep-breakaway")  # claim $36,000 a year
    d = ev.offer.disclosure

    def with_tiers(high: float) -> decisions.ClaimCheck:
        tiers = [Tier(name="none", share_percent=88, average=0),
                 Tier(name="paid", share_percent=11, average=5381, high=high),
                 Tier(name="top", share_percent=1, average=50000)]
        doc = ev.model_copy(update={"offer": ev.offer.model_copy(update={
            "disclosure": d.model_copy(update={"tiers": tiers, "share_nothing_percent": None})})})
        return decisions.claim_check(doc, decisions.claimed_month(doc))

    # the paid group's highest is $20,000: none of it reaches $36,000; only the top 1% do
    check = with_tiers(20000)
    assert check.share_earning_at_least_percent == pytest.approx(1.0)
    assert check.share_at_most_percent == pytest.approx(1.0)
    assert decisions.claim_sentences(check, "USD", "en")[-1] == (
        "According to the company's income disclosure, 1.0% of all participants earn that much or "
        "more (gross, before expenses).")
    # with a highest of $40,000 some of it may: at most 11 x 5,381 / 36,000 = 1.644% more
    check = with_tiers(40000)
    assert check.share_at_most_percent == pytest.approx(1 + 11 * 5381 / 36000)
    assert "no more than 2.6% can earn it" in decisions.claim_sentences(check, "USD", "en")[-1]
