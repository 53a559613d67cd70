"""Review defects fixed by fixd: the matrix cycle bonus below one recruit, singular months in the
red-flag texts, an autoship of unknown amount, the derived volume in the recruitment-rewards rule
and Dutch dates in the tax and law sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluator.core.fileformat import load
from evaluator.core.model import Evaluation
from evaluator.core.projection import project

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def gifting(**assumptions: float) -> Evaluation:
    ev = load(EXAMPLES / "gifting-circle-2x3.oppeval")
    return ev.model_copy(update={"assumptions": ev.assumptions.model_copy(update=assumptions)})


# -- 1. the matrix cycle bonus below one recruit of your own -----------------------------------

@pytest.mark.parametrize("r, net", [
    # Gifting circle: sign-up 5,000, a 2x3 matrix (capacity 2 + 4 + 8 = 14) with a 40,000 cycle
    # bonus, 0.5 recruits per downline member a month, everyone stays. Members ever
    # E(m) = 2r(1.5^m - 1), own recruits ever R(m) = r m, so the line of someone who has one is
    # E/R = 2(1.5^m - 1)/m: 11.33 at m = 10, 15.55 at m = 11 -> full in month 11, whatever r, and
    # paid 40,000 x R(11) = 40,000 x 11r while R(11) < 1.
    (0.0004, -5000 + 40000 * 11 * 0.0004),   # -4,824 (was -5,000)
    (0.0005, -5000 + 40000 * 11 * 0.0005),   # -4,780 (was +35,000)
    (0.001, -5000 + 40000 * 11 * 0.001),     # -4,560
    (0.01, -5000 + 40000 * 11 * 0.01),       # -600
])
def test_matrix_cycle_bonus_below_one_recruit_is_paid_with_its_chance(r, net):
    p = project(gifting(recruits_per_month=r))
    assert p.total_net == pytest.approx(net, abs=1e-6)
    paid = [(m, v) for m, v in zip(p.months, p.by_component["matrix"]) if v]
    assert len(paid) == 1 and paid[0][0] == 11
    assert paid[0][1] == pytest.approx(40000 * 11 * r)


def test_matrix_cycle_bonus_has_no_jump_at_a_hairs_difference():
    # Before the fix 0.0004 -> -5,000 and 0.0005 -> +35,000: a jump of the whole 40,000 bonus.
    # Now total_net = -5,000 + 440,000 r (above), so 0.0001 more a month is 44 more.
    nets = [project(gifting(recruits_per_month=r)).total_net for r in (0.0004, 0.0005, 0.001, 0.01)]
    assert nets[1] - nets[0] == pytest.approx(44.0)
    assert all(b > a for a, b in zip(nets, nets[1:]))
    assert max(b - a for a, b in zip(nets, nets[1:])) < 4000  # 0.001 -> 0.01: 3,960


@pytest.mark.parametrize("r", [0.05, 0.08, 0.09, 0.0909, 0.1, 0.2, 0.5])
@pytest.mark.parametrize("stay", [100.0, 80.0])
def test_matrix_cycle_bonus_is_paid_once(r, stay):
    # Across R = 1 the bonus is paid in one month only, never a share first and the whole later.
    p = project(gifting(recruits_per_month=r, downline_retention_percent=stay))
    paid = [v for v in p.by_component["matrix"] if v]
    assert len(paid) == 1
    assert paid[0] <= 40000


def test_matrix_cycle_bonus_unchanged_from_one_recruit_on():
    # The bundled gifting circle (0.5 a month): R(7) = 3.5 and E(7) = 2 x 0.5 x (1.5^7 - 1)
    # = 16.09 >= 14 > E(6) = 10.39, so the whole 40,000 in month 7, as before.
    p = project(gifting())
    assert [m for m, v in zip(p.months, p.by_component["matrix"]) if v] == [7]
    assert p.by_component["matrix"][6] == 40000.0
    assert p.total_net == 35000.0


def test_matrix_with_recruits_in_all_below_one():
    # 0.6 recruits in all, spread over 12 months: 0.05 a month, R(11) = 0.55 < 1 -> 40,000 x 0.55
    # = 22,000 in month 11 (E/R as above while the recruits come in).
    p = project(gifting(recruits_total=0.6))
    paid = [(m, v) for m, v in zip(p.months, p.by_component["matrix"]) if v]
    assert len(paid) == 1 and paid[0][0] == 11
    assert paid[0][1] == pytest.approx(22000.0)


# -- helpers for the flag tests ----------------------------------------------------------------

def make(offer: dict, assumptions: dict | None = None) -> Evaluation:
    from evaluator.core.fileformat import from_data  # a version-1 document, upgraded
    return from_data({"format": "opportunity-evaluation", "version": 1,
                      "offer": {"name": "t", **offer}, "assumptions": assumptions or {}})


def flags(ev: Evaluation, lang: str = "en") -> dict:
    from evaluator.core.analysis import analyze
    return {f.id: f for f in analyze(ev, lang, run_simulation=False).red_flags}


SHAKE = {"name": "Shake", "wholesale_price": 40, "retail_price": 50, "volume": 40}


def with_requirements(ev: Evaluation, **requirements: object) -> Evaluation:
    data = ev.model_dump()
    data["offer"]["requirements"].update(requirements)
    return Evaluation.model_validate(data)


# -- 2. "1 month", not "1 months" --------------------------------------------------------------

def test_flag_texts_say_one_month_in_the_singular():
    # Horizon 1, 2 recruits a month at 10 each: 10 x 2 x 1 = 20 over 1 month.
    ev = make({"fees": {"signup": 100}, "payout": {"retail_mode": "none", "recruit_bonus": 10}},
              {"horizon_months": 1, "recruits_per_month": 2})
    en, nl = flags(ev)["recruitment_rewards"].detail, flags(ev, "nl")["recruitment_rewards"].detail
    assert en.endswith("that is €20 over 1 month.") and "1 months" not in en, en
    assert nl.endswith("is dat € 20 over 1 maand.") and "1 maanden" not in nl, nl


def test_flag_texts_keep_the_plural_from_two_months():
    ev = make({"fees": {"signup": 100}, "payout": {"retail_mode": "none", "recruit_bonus": 10}},
              {"horizon_months": 2, "recruits_per_month": 2})
    assert flags(ev)["recruitment_rewards"].detail.endswith("that is €40 over 2 months.")  # 10 x 2 x 2
    assert flags(ev, "nl")["recruitment_rewards"].detail.endswith("is dat € 40 over 2 maanden.")


def test_inventory_flag_says_the_first_month_for_a_one_month_horizon():
    # Stock 500 up front, horizon 1: 2 customers x 50 = 100 of sales at 40/50 -> 80 at wholesale.
    ev = make({"products": [SHAKE], "requirements": {"initial_inventory": 500}},
              {"horizon_months": 1, "new_customers_per_month": 2, "customer_monthly_spend": 50})
    en = flags(ev)["inventory_loading"].detail
    nl = flags(ev, "nl")["inventory_loading"].detail
    assert "your projected sales in the first month use about €80 of stock" in en, en
    assert "je verwachte verkoop in de eerste maand gebruikt ongeveer € 80" in nl, nl


def test_nl_tax_summary_says_one_month():
    from evaluator.core import nl_tax

    ev = make({"fees": {"signup": 100}, "payout": {"retail_mode": "none", "recruit_bonus": 10}},
              {"horizon_months": 1, "recruits_per_month": 2})
    # Net 20 - 100 = -80: a loss over 1 month.
    assert nl_tax.tax_info(ev, "en").summary.startswith("Over 1 month you would lose €80.")
    assert nl_tax.tax_info(ev, "nl").summary.startswith("Over 1 maand verlies je € 80.")


# -- 3. an autoship of unknown amount is not "€0" ----------------------------------------------

def test_pay_to_join_with_an_autoship_of_unknown_amount():
    ev = with_requirements(make({"products": [SHAKE], "payout": {"retail_mode": "margin"}}),
                           autoship_required=True, autoship_amount=None, monthly_volume=0.0)
    en, nl = flags(ev)["pay_to_join"].detail, flags(ev, "nl")["pay_to_join"].detail
    assert en == ("To stay you must place a monthly autoship order of an unknown amount: its cost "
                  "is not counted in your projection.")
    assert nl == ("Om te blijven moet je elke maand een verplichte autoship-bestelling plaatsen van "
                  "een onbekend bedrag: de kosten daarvan tellen niet mee in je projectie.")
    assert "€0" not in en and "€ 0" not in nl


def test_pay_to_join_with_a_fee_and_an_autoship_of_unknown_amount():
    ev = with_requirements(make({"products": [SHAKE], "fees": {"monthly": 20},
                                 "payout": {"retail_mode": "margin"}}),
                           autoship_required=True, autoship_amount=None, monthly_volume=0.0)
    en = flags(ev)["pay_to_join"].detail
    assert en == ("To stay you pay €20 a month (fee €20). You must also place a monthly autoship "
                  "order of an unknown amount: its cost is not counted in your projection.")
    assert "Daarnaast moet je elke maand" in flags(ev, "nl")["pay_to_join"].detail


def test_pay_to_join_with_a_known_autoship_keeps_its_amount():
    # 120 of autoship -> 3 shakes at 40 = 120 a month.
    ev = with_requirements(make({"products": [SHAKE], "payout": {"retail_mode": "margin"}}),
                           autoship_required=True, autoship_amount=120.0, monthly_volume=0.0)
    assert flags(ev)["pay_to_join"].detail == "To stay you pay €120 a month (autoship order €120)."


# -- 4. the recruitment-rewards rule reads the derived volume ----------------------------------

def test_recruitment_rewards_reads_the_volume_derived_from_the_autoship_amount():
    # Autoship 120 at 40 a shake of 40 points -> 120 points a month (SPEC 8.3), bought at 120.
    ev = with_requirements(make({"products": [SHAKE],
                                 "payout": {"plan": "unilevel", "levels": [10]}}),
                           autoship_required=True, autoship_amount=120.0, monthly_volume=0.0)
    flag = flags(ev)["recruitment_rewards"]
    assert flag.severity == "warning"
    assert "(120 points, about €120 a month each)" in flag.detail, flag.detail
    assert "(elk 120 punten, ongeveer € 120 per maand)" in flags(ev, "nl")["recruitment_rewards"].detail


# -- 5. Dutch dates in the tax sources ---------------------------------------------------------

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")


def test_tax_sources_have_dutch_dates_in_dutch():
    from evaluator.core import nl_tax

    ev = make({"products": [SHAKE]})
    nl = nl_tax.tax_info(ev, "nl")
    titles = [s["title"] for f in nl.facts for s in f["sources"]]
    titles += [s["title"] for d in nl.defaults for s in d["sources"]]
    lines = [nl_tax.source_line(f, "nl") for f in nl.facts]
    for text in titles + lines:
        assert not any(m in text for m in ENGLISH_MONTHS), text
    joined = " ".join(lines)
    assert "Hoge Raad 24 juni 2011" in joined
    assert "(wijzigingen vanaf 1 januari 2025)" in joined
    # English keeps its dates.
    en = " ".join(nl_tax.source_line(f, "en") for f in nl_tax.tax_info(ev, "en").facts)
    assert "Hoge Raad 24 June 2011" in en and "(changes from 1 January 2025)" in en


def test_law_sources_have_dutch_dates_in_dutch():
    from evaluator.core import law

    for cid in law.CITATIONS:
        c = law.citation(cid, "nl")
        for key in ("short", "statement", "scope"):
            text = str(c.get(key, ""))
            assert not any(m in text for m in ENGLISH_MONTHS), (cid, key, text)
    assert "1 januari 2026" in law.reference_wage().label("nl")
