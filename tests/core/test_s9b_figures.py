"""Session 9b figure fixes (audit9 findings 1, 4, 5, 8): hand-computed figures."""

from __future__ import annotations

import pytest

from evaluator.core import terms as offer_terms
from evaluator.core.analysis import SimulationSummary
from evaluator.core.fileformat import load
from evaluator.core.income import split_simulation
from evaluator.resources import example_paths


def _example(word: str):
    path = next(p for p in example_paths() if word in p.name)
    return load(path)


def _summary(earnings: dict[str, float], ic: float, settings: dict | None = None) -> SimulationSummary:
    return SimulationSummary(
        months=12, participants_ever=1000, market_size=100000, top1_share_percent=10.0,
        top10_share_percent=50.0, internal_consumption_percent=ic, earnings_by_source=earnings,
        settings=settings or {}, cohort_net_percentiles={"50": 0.0}, everyone_net_percentiles={"50": 0.0},
        cohort_share_profitable_percent=0.0, everyone_share_profitable_percent=0.0)


# -- Finding 1: a rank bonus paid where nobody has any volume is recruitment income --------------

def test_pure_pyramid_rank_bonus_counts_as_recruitment():
    # audit9: recruiting 1,137,500, rank ("Circle leader") 729,000, retail 0, downline 0, and no
    # volume at all (no products, no sellers, no sales): the old split said 729,000 / 1,866,500
    # = 39.06 % from outside customers. Hand value: 0 %.
    ev = _example("pyramid")
    s = _summary({"retail": 0.0, "downline": 0.0, "recruiting": 1_137_500.0, "rank": 729_000.0}, 0.0)
    split = split_simulation(ev, s)
    assert split.outside == 0.0
    assert split.recruitment == pytest.approx(1_866_500.0)
    assert split.outside_percent == 0.0
    assert split.recruitment_percent == pytest.approx(100.0)
    # The settings a simulation ran with win over the offer's; with sellers but no products there
    # is still no volume (nothing to sell).
    s = _summary(s.earnings_by_source, 0.0, {"retail_sellers_percent": 50.0, "customer_sales_mean": 100.0})
    assert split_simulation(ev, s).outside_percent == 0.0


def test_products_with_volume_keep_their_split():
    # Binary (100 PV required a month, all_volume): retail 1,000, downline 2,000, recruiting 500,
    # rank 1,000 at 25 % internal consumption: outside 1,000 + 2,000 * 0.75 + 1,000 * 0.75 = 3,250
    # of 4,500 = 72.22 %, as before the fix.
    ev = _example("binary")
    s = _summary({"retail": 1000.0, "downline": 2000.0, "recruiting": 500.0, "rank": 1000.0}, 25.0)
    split = split_simulation(ev, s)
    assert split.outside == pytest.approx(3250.0)
    assert split.outside_percent == pytest.approx(100 * 3250 / 4500)


def test_outside_sales_only_volume_rank_stays_outside():
    # Affiliate two-tier: no required volume, 60 % sell 120 a month, products with volume: 0 %
    # internal consumption means all volume came from outside sales, so the rank stays outside.
    ev = _example("affiliate-two-tier")
    assert offer_terms.of(ev).mix.volume_per_sale > 0
    s = _summary({"retail": 1000.0, "downline": 500.0, "recruiting": 500.0, "rank": 200.0}, 0.0)
    split = split_simulation(ev, s)
    assert split.outside == pytest.approx(1700.0)  # 1,000 + 500 (customer_volume) + 200
    assert split.recruitment == pytest.approx(500.0)
    # Nobody sells in this run: no volume, so the rank is recruitment: 1,500 of 2,200.
    s = _summary(s.earnings_by_source, 0.0, {"retail_sellers_percent": 0.0, "customer_sales_mean": 120.0})
    assert split_simulation(ev, s).outside == pytest.approx(1500.0)


# -- Finding 4: already breaking even needs 0 customers, also at a customer spend of 0 ----------

@pytest.mark.parametrize("word", ["matrix", "pyramid"])
def test_already_breaking_even_needs_no_customers(word):
    from evaluator.core.breakeven import break_even_needs

    ev = _example(word)
    assert ev.assumptions.customer_monthly_spend == 0
    for lang, text in (("en", "You would break even even without new outside customers."),
                       ("nl", "Je speelt zelfs zonder nieuwe klanten van buiten quitte.")):
        needs = break_even_needs(ev, lang)
        # audit9 by hand: total_net at 0 new customers 19,455.35 (matrix), 10,510 (pyramid) >= 0
        assert needs.already_breaks_even
        assert needs.customers_per_month == 0.0  # was None ("no amount reaches it")
        assert needs.to_json()["customers_per_month"] == 0.0
        assert text in needs.explanation


def test_not_breaking_even_with_no_customer_spend_stays_null():
    from evaluator.core.breakeven import break_even_needs

    ev = _example("matrix")
    # A signup fee of 1,000,000 cannot be earned back by customers who spend nothing.
    fees = ev.offer.fees.model_copy(update={"signup": 1_000_000.0})
    ev = ev.model_copy(update={"offer": ev.offer.model_copy(update={"fees": fees})})
    needs = break_even_needs(ev)
    assert not needs.already_breaks_even
    assert needs.customers_per_month is None
    assert "cannot help as long as a customer's monthly spend is 0" in needs.explanation


# -- Finding 5: the JSON has the sentence's "about M still active" ------------------------------

def test_binary_whole_recruits_active_matches_the_sentence():
    from evaluator.core.breakeven import break_even_needs

    ev = _example("binary")
    needs = break_even_needs(ev)
    data = needs.to_json()
    # r* = 0.5248 a month over H = 24 at 85 % staying: a_1(24) = r* (1 - 0.85^24) / 0.15 = 3.428;
    # N = ceil(0.5248 * 24) = 13 whole recruits leave 3.428 * 13 / (0.5248 * 24) = 3.54 active.
    r = data["recruits_per_month"]
    assert r == pytest.approx(0.5248, abs=1e-3)
    assert data["recruits_ever_needed"] == 13
    assert data["active_recruits"] == pytest.approx(r * (1 - 0.85 ** 24) / 0.15, rel=1e-6)
    assert data["active_recruits"] == pytest.approx(3.428, abs=1e-3)  # the key keeps its meaning
    assert data["whole_recruits_active"] == pytest.approx(13 * (1 - 0.85 ** 24) / 0.15 / 24, rel=1e-6)
    assert data["whole_recruits_active"] == pytest.approx(3.54, abs=5e-3)
    # 0.5248 x 24 = 12.6 rounded up to 13 (said since session 11)
    assert "recruit 13 people in all (rounded up to whole people), of whom about 3.5 are still active" in needs.explanation
    assert f"{data['whole_recruits_active']:.1f}" == "3.5"


def test_whole_recruits_active_is_null_when_recruiting_cannot_reach_it():
    from evaluator.core.breakeven import break_even_needs

    ev = _example("matrix")
    fees = ev.offer.fees.model_copy(update={"signup": 1e12})
    ev = ev.model_copy(update={"offer": ev.offer.model_copy(update={"fees": fees})})
    needs = break_even_needs(ev)
    assert needs.active_recruits is None and needs.to_json()["whole_recruits_active"] is None


# -- Finding 8: the matrix's positions with the thousands separator ------------------------------

def test_matrix_positions_have_the_thousands_separator():
    from evaluator.core.analysis import analyze

    ev = _example("matrix")
    # 3 + 9 + 27 + 81 + 243 + 729 + 2187 = 3,279 positions in a 3x7 matrix
    for lang, text in (("en", "all 3,279 positions of your 3×7 matrix"),
                       ("nl", "alle 3.279 plaatsen van je 3×7-matrix")):
        flags = {f.id: f for f in analyze(ev, lang).red_flags}
        assert text in flags["recruitment_rewards"].detail
        assert "3279" not in flags["recruitment_rewards"].detail


def test_matrix_describe_and_depth_texts_have_the_separator():
    ev = _example("matrix")
    kind = next(k for k in offer_terms.of(ev).plan.kinds if k.type == "matrix")
    assert kind.capacity == 3279

    def money(x: float) -> str:
        return f"{x:.0f}"

    def pct(x: float, *a) -> str:
        return f"{x:g}%"

    for lang, sep in (("en", "3,279"), ("nl", "3.279")):
        assert sep in kind.recruiting_text(lang, money, pct)
        if kind.c.cycle_bonus > 0:
            assert sep in kind.describe(lang, money, pct)


# -- library: the Dutch conflict message says "je" -----------------------------------------------

def test_library_conflict_message_says_je():
    from evaluator.storage.library import ConflictError

    err = ConflictError(7, "2026-12-01 10:00", "2026-12-01 11:00", None, _example("matrix"))
    assert err.render("nl") == ("item 7 is elders gewijzigd op 2026-12-01 11:00 "
                                "(je had de versie van 2026-12-01 10:00 geladen)")
    assert "(you loaded the version of 2026-12-01 10:00)" in err.render("en")
