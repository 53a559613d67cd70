"""The bundled examples: one per offer type of the source article, each valid and documented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluator.core.fileformat import dumps, load
from evaluator.core.projection import project, typical
from evaluator.resources import example_paths

V1_EXAMPLES = Path(__file__).resolve().parents[1] / "fixtures" / "files" / "v1" / "examples"

EXPECTED = {
    "dealer-kitchen-appliance": "dealer",
    "affiliate-software": "affiliate",
    "mlm-unilevel-doterra-2017": "mlm",
    "mlm-binary-starter-pack": "mlm",
    "pyramid-scheme": "other",
}

# doTERRA 2017 Opportunity and Earnings Disclosure Summary Statement (US Wellness Advocates),
# as listed in DOMAIN.md section 5: (share of all advocates %, average annual earnings $).
DOTERRA_2017 = [
    (63.84, 0), (12.16, 375), (9.66, 752), (5.75, 1250), (2.76, 1837), (3.91, 4370),
    (0.92, 11260), (0.62, 27557), (0.21, 58509), (0.07, 112965), (0.07, 201764),
    (0.02, 463555), (0.01, 1259587),
]


def _example(name):
    paths = {p.stem: p for p in example_paths()}
    return load(paths[name])


def test_one_example_per_offer_type():
    stems = {p.stem for p in example_paths()}
    assert set(EXPECTED) <= stems


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_example_is_valid_documented_and_canonical(name):
    path = {p.stem: p for p in example_paths()}[name]
    ev = load(path)
    assert ev.offer.kind == EXPECTED[name]
    assert len(ev.offer.notes) > 200  # says what it illustrates and where the figures come from
    assert ("fictional" in ev.offer.notes.lower()) or ("disclosure is real" in ev.offer.notes)
    # written in the app's own canonical form, so saving it again changes nothing
    assert dumps(ev) == path.read_text(encoding="utf-8")
    # sensible assumptions
    assert ev.assumptions.hours_per_week > 0
    assert 12 <= ev.assumptions.horizon_months <= 36
    assert ev.simulation.market_size >= ev.simulation.existing_participants


def test_dealer_example():
    ev = _example("dealer-kitchen-appliance")
    o = ev.offer
    assert o.currency == "EUR"
    assert o.payout.retail_mode == "commission" and 15 <= o.payout.retail_commission_percent <= 20
    assert o.payout.components == [] and o.payout.ranks == []  # no recruit bonus, no plan
    assert o.fees.signup == 0 and o.requirements.cooling_off_days == 14
    assert o.requirements.buyback_percent is not None
    assert o.products[0].retail_price == 1400
    assert 1 <= ev.assumptions.new_customers_per_month <= 2
    p = project(ev)
    # 1.5 sales * 1400 * 17% = 357 a month; costs 15 (optional meeting) + 60 other = 75
    assert p.revenue["retail"][0] == pytest.approx(357.0, abs=1e-6)
    assert p.net[0] == pytest.approx(282.0, abs=1e-6)
    assert p.recruitment_share == 0


def test_affiliate_example():
    ev = _example("affiliate-software")
    o = ev.offer
    assert o.payout.retail_mode == "commission" and 20 <= o.payout.retail_commission_percent <= 30
    assert o.fees.model_dump() == {"signup": 0, "starter_kit": 0, "monthly": 0, "annual": 0}
    assert o.requirements.initial_inventory == 0 and o.requirements.monthly_volume == 0
    assert 85 <= ev.assumptions.customer_retention_percent <= 90
    assert 60 <= o.products[0].retail_price <= 100
    p = project(ev)
    # customers: 2, then 0.88*2 + 2 = 3.76; commission 3.76 * 80 * 25% = 75.2
    assert p.revenue["retail"][1] == pytest.approx(75.2, abs=1e-6)
    assert sum(sum(v) for v in p.costs.values()) == 0


def test_doterra_example_carries_the_real_disclosure():
    ev = _example("mlm-unilevel-doterra-2017")
    o = ev.offer
    assert o.currency == "USD"
    assert o.requirements.autoship_required and o.requirements.monthly_volume == 100
    assert len(o.payout.component("unilevel").levels) == 7
    assert o.payout.ranks and o.payout.component("rank_bonus") is not None
    d = o.disclosure
    assert d.source == ("doTERRA 2017 Opportunity and Earnings Disclosure Summary Statement "
                        "(US Wellness Advocates)")
    assert (d.year, d.basis, d.covered_percent, d.currency) == (2017, "all", 100, "USD")
    assert d.period == "year"
    assert [(t.share_percent, t.average) for t in d.tiers] == DOTERRA_2017
    assert sum(t.share_percent for t in d.tiers) == pytest.approx(100.0, abs=1e-9)
    assert "illustrative" in o.notes
    t = typical(ev)
    # the first tier (63.84%) already reaches 50%: the median advocate earned $0
    assert t.median_annual_gross == 0
    assert t.share_nothing_percent == pytest.approx(63.84)


def test_binary_example():
    ev = _example("mlm-binary-starter-pack")
    o = ev.offer
    binary = o.payout.component("binary")
    assert binary.percent == 10 and binary.monthly_cap is not None
    assert 500 <= o.fees.starter_kit <= 1000 and o.requirements.initial_inventory > 0
    assert o.payout.component("recruit_bonus").amounts[0] > 0
    assert 3 <= len(o.payout.ranks) <= 5
    gv = [r.group_volume for r in o.payout.ranks]
    assert gv == sorted(gv)  # version 2 lists ranks lowest first (the upgrade sorted them)
    v1 = json.loads((V1_EXAMPLES / "mlm-binary-starter-pack.oppeval").read_text("utf-8"))
    gv1 = [r["group_volume"] for r in v1["offer"]["payout"]["ranks"]]
    assert gv1 != sorted(gv1) and sorted(gv1) == gv  # the version-1 original: out of order on purpose
    assert any(t.mandatory and t.cost > 0 and t.focus == "recruiting" for t in o.training)
    assert o.requirements.buyback_percent is None
    assert o.disclosure.basis == "earners" and o.disclosure.covered_percent == 22.4
    assert o.claims.claimed_monthly_income == 5000
    t = typical(ev)
    assert t.tiers[0].implied and t.tiers[0].share_percent == pytest.approx(77.6)
    assert t.median_annual_gross == 0


def test_pyramid_example():
    ev = _example("pyramid-scheme")
    o = ev.offer
    assert o.products == [] and o.disclosure is None
    assert o.fees.signup > 0 and o.payout.component("recruit_bonus").amounts[0] > 0
    assert o.payout.retail_mode == "none"
    assert o.requirements.cooling_off_days == 0
    assert o.claims.claimed_monthly_income >= 5000
    p = project(ev)
    assert sum(p.revenue["retail"]) == 0
    assert p.recruitment_share == 1.0


@pytest.mark.parametrize("name, levels", [
    ("pyramid-scheme", {"likely_pyramid"}),
    ("mlm-binary-starter-pack", {"likely_pyramid", "high_risk"}),
    ("dealer-kitchen-appliance", {"lower_risk", "caution"}),
    ("affiliate-software", {"lower_risk", "caution"}),
])
def test_examples_get_the_verdict_they_illustrate(name, levels):
    from evaluator.core.analysis import analyze

    result = analyze(_example(name), "en")
    assert result.verdict.level in levels
    ids = {f.id for f in result.red_flags}
    if name == "pyramid-scheme":
        assert {"pay_to_join", "recruitment_rewards", "no_products", "no_cooling_off"} <= ids
