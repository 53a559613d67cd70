"""Format version 2 (SPEC 8): the upgrade of version-1 documents (8.4), the new fields and their
validation (8.2, 8.3), and the figures they drive, computed by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluator.core import terms as offer_terms
from evaluator.core.fileformat import EvaluationFileError, dumps, from_data, load, loads, save
from evaluator.core.projection import project, typical
from tests.golden import golden

from .documents import one_problem, problems, v1, v2

ROOT = Path(__file__).resolve().parents[2]
V1_EXAMPLES = ROOT / "tests" / "fixtures" / "files" / "v1" / "examples"


# ---- the upgrade (SPEC 8.4) ------------------------------------------------------------------


def test_unilevel_becomes_a_unilevel_component_with_its_basis():
    ev = from_data(v1(payout={"plan": "unilevel", "levels": [10, 5], "commission_basis": "customer_volume",
                              "binary_percent": 7}))
    assert ev.version == 2
    [c] = ev.offer.payout.components
    assert (c.type, c.levels, c.basis, c.compression, c.depth_by_rank) == (
        "unilevel", [10, 5], "customer_volume", "none", {})  # the unused binary_percent is dropped


def test_binary_with_a_cap_becomes_a_binary_component():
    ev = from_data(v1(payout={"plan": "binary", "binary_percent": 12.5, "binary_monthly_cap": 800,
                              "levels": [3]}))
    [c] = ev.offer.payout.components
    assert (c.type, c.percent, c.monthly_cap, c.basis, c.carry_over) == ("binary", 12.5, 800, "all_volume", False)


def test_recruit_bonus_becomes_a_one_level_recruit_bonus():
    ev = from_data(v1(payout={"recruit_bonus": 75}))
    assert [(c.type, c.amounts) for c in ev.offer.payout.components] == [("recruit_bonus", [75])]
    assert from_data(v1(payout={"recruit_bonus": 0})).offer.payout.components == []


def test_ranks_are_sorted_by_group_volume_and_the_first_listed_of_equals_becomes_the_higher():
    ranks = [{"name": "Gold", "group_volume": 1000, "legs": 2, "monthly_bonus": 300},
             {"name": "Silver", "group_volume": 500, "legs": 1, "monthly_bonus": 100},
             {"name": "Gold star", "group_volume": 1000, "legs": 0, "monthly_bonus": 200}]
    ev = from_data(v1(payout={"ranks": ranks}))
    p = ev.offer.payout
    # ascending group volume; Gold and Gold star tie at 1000: Gold, listed first, goes last (higher)
    assert [(r.name, r.group_volume, r.legs, r.personal_volume, r.leg_volume) for r in p.ranks] == [
        ("Silver", 500, 1, 0, 0), ("Gold star", 1000, 0, 0, 0), ("Gold", 1000, 2, 0, 0)]
    [bonus] = p.components
    assert bonus.type == "rank_bonus"
    assert bonus.amount_by_rank == {"Silver": 100, "Gold star": 200, "Gold": 300}
    # version 1's rule (largest group volume, first listed on a tie) picks Gold with 2 legs and
    # GV >= 1000; version 2's (the highest-listed that qualifies) picks the same
    plan = offer_terms.offer_terms(ev.offer).plan
    assert plan.paid_as(0, 1000, 2).name == "Gold"
    assert plan.paid_as(0, 1000, 1).name == "Gold star"
    assert plan.paid_as(0, 999, 5).name == "Silver"


def test_duplicate_rank_names_are_told_apart_and_shown_as_entered():
    ranks = [{"name": "Star", "group_volume": 100, "legs": 0, "monthly_bonus": 10},
             {"name": "Star", "group_volume": 0, "legs": 0, "monthly_bonus": 5}]
    ev = from_data(v1(requirements={"monthly_volume": 50},
                      payout={"ranks": ranks}, **{}))
    p = ev.offer.payout
    # sorted: the second (GV 0) first; the first listed keeps its name, the other gets " (2)"
    assert [r.name for r in p.ranks] == ["Star (2)", "Star"]
    assert p.component("rank_bonus").amount_by_rank == {"Star (2)": 5, "Star": 10}
    # the projection shows the name the user entered; own volume 50 < 100: the GV-0 rank pays 5
    proj = project(ev)
    assert proj.rank[0] == "Star" and proj.revenue["rank"][0] == 5
    # saved as version 2, the told-apart names are what the file holds
    assert [r["name"] for r in json.loads(dumps(ev))["offer"]["payout"]["ranks"]] == ["Star (2)", "Star"]


@pytest.mark.parametrize("basis, given, expected", [
    ("all", "absent", 100), ("all", None, 100), ("all", 40, 40),
    ("active", "absent", None), ("earners", None, None), ("unknown", "absent", None),
    ("earners", 22.4, 22.4),
])
def test_disclosure_coverage_per_basis(basis, given, expected):
    disclosure = {"year": 2020, "source": "s", "basis": basis,
                  "tiers": [{"name": "low", "share_percent": 60, "annual_average": 0},
                            {"name": "high", "share_percent": 40, "annual_average": 900, "annual_median": 600}]}
    if given != "absent":
        disclosure["covered_percent"] = given
    d = from_data(v1(disclosure=disclosure)).offer.disclosure
    assert d.covered_percent == expected
    assert (d.period, d.share_nothing_basis) == ("year", "all")
    assert [(t.name, t.share_percent, t.average, t.median, t.low, t.high) for t in d.tiers] == [
        ("low", 60, 0, None, None, None), ("high", 40, 900, 600, None, None)]


def test_version_1_messages_and_paths_are_version_1_s():
    assert problems(v1(payout={"levels": [5, 150]})) == [("offer.payout.levels[1]", "between")]
    p = one_problem(v1(payout={"components": []}))
    assert (p.path, p.code) == ("offer.payout.components", "unknown_key")
    assert "format version 1" in p.render()
    # a version-1 null covered_percent is read as "not stated" (SPEC 8.4), a 0 is still refused
    assert problems(v1(disclosure={"year": 2020, "source": "s", "basis": "all", "covered_percent": 0,
                                  "tiers": [{"share_percent": 100, "annual_average": 1}]})) == [
        ("offer.disclosure.covered_percent", "above_at_most")]


def test_saving_writes_version_2_and_reading_it_gives_the_same(tmp_path):
    ev = load(V1_EXAMPLES / "mlm-binary-starter-pack.oppeval")
    out = tmp_path / "x.oppeval"
    save(ev, out)
    data = json.loads(out.read_text("utf-8"))
    assert data["version"] == 2 and "plan" not in data["offer"]["payout"]
    assert [c["type"] for c in data["offer"]["payout"]["components"]] == ["binary", "recruit_bonus", "rank_bonus"]
    assert load(out) == ev


def test_another_version_names_version():
    assert [(p.path, p.code) for p in _problems({**v2(), "version": 3})] == [("version", "newer_version")]
    assert [(p.path, p.code) for p in _problems({**v2(), "version": 0})] == [("version", "bad_version")]


def _problems(data):
    with pytest.raises(EvaluationFileError) as info:
        from_data(data)
    return info.value.problems


@pytest.mark.parametrize("name", sorted(p.stem for p in V1_EXAMPLES.glob("*.oppeval")))
def test_each_version_1_original_and_its_version_2_form_give_identical_results(name):
    original = V1_EXAMPLES / f"{name}.oppeval"
    bundled = ROOT / "resources" / "examples" / f"{name}.oppeval"
    assert json.loads(original.read_text("utf-8"))["version"] == 1
    assert json.loads(bundled.read_text("utf-8"))["version"] == 2
    # the bundled file is exactly what the app writes for the original
    assert bundled.read_text("utf-8") == dumps(load(original))
    for lang in ("en", "nl"):
        assert golden.analyze_json(original, lang) == golden.analyze_json(bundled, lang)
    assert golden.simulate_json(original) == golden.simulate_json(bundled)


# ---- version 2 directly --------------------------------------------------------------------


def test_a_version_2_plan_error_names_the_field_in_both_languages():
    with pytest.raises(EvaluationFileError) as info:
        from_data(v2({"payout": {"ranks": [{"name": "Silver"}],
                                 "components": [{"type": "rank_bonus", "amount_by_rank": {"Gold": 50}}]}}))
    [p] = info.value.problems
    assert p.path == "offer.payout.components[0].amount_by_rank.Gold"
    assert p.render("en") == "offer.payout.components[0].amount_by_rank.Gold: 'Gold' is not one of the plan's ranks"
    assert p.render("nl") == "offer.payout.components[0].amount_by_rank.Gold: 'Gold' is geen van de rangen van het plan"


def test_an_unknown_key_inside_a_component_is_refused_at_its_path():
    p = one_problem(v2({"payout": {"components": [{"type": "binary", "percent": 5, "surprise": 1}]}}))
    assert (p.path, p.code) == ("offer.payout.components[0].surprise", "unknown_key")
    assert "format version 2" in p.render()


def test_many_unknown_keys_in_components_are_counted_by_component_type():
    # 60 unknown keys in a matrix component (the union is told apart by "type")
    comp = {"type": "matrix", "width": 2, "depth": 2, "levels": [5], **{f"k{i}": 1 for i in range(60)}}
    with pytest.raises(EvaluationFileError) as info:
        from_data(v2({"payout": {"components": [comp]}}))
    assert len(info.value.problems) == 50 and info.value.more == 10
    assert info.value.problems[0].path == "offer.payout.components[0].k0"


@pytest.mark.parametrize("data, path, code", [
    (v2({"claims": {"after_months": 0}}), "offer.claims.after_months", "between"),
    (v2({"claims": {"after_months": 121}}), "offer.claims.after_months", "between"),
    (v2({"claims": {"after_months": 6.5}}), "offer.claims.after_months", "whole"),
    (v2({"requirements": {"autoship_amount": -1}}), "offer.requirements.autoship_amount", "at_least"),
    (v2({"requirements": {"autoship_amount": "100"}}), "offer.requirements.autoship_amount", "number"),
    (v2(assumptions={"recruits_total": -1}), "assumptions.recruits_total", "at_least"),
    (v2(assumptions={"recruits_total": 1e9}), "assumptions.recruits_total", "at_most"),  # sanity cap 120,000
    (v2({"disclosure": {"year": 2020, "source": "s", "basis": "all", "period": "day",
                        "tiers": [{"share_percent": 100, "average": 1}]}}), "offer.disclosure.period", "choice"),
    (v2({"disclosure": {"year": 2020, "source": "s", "basis": "all", "covered_percent": 101,
                        "tiers": [{"share_percent": 100, "average": 1}]}}), "offer.disclosure.covered_percent", "between"),
    (v2({"disclosure": {"year": 2020, "source": "s", "basis": "all", "share_nothing_basis": "some",
                        "tiers": [{"share_percent": 100, "average": 1}]}}),
     "offer.disclosure.share_nothing_basis", "choice"),
    (v2({"disclosure": {"year": 2020, "source": "s", "basis": "all",
                        "tiers": [{"share_percent": 100, "average": 1, "low": -5}]}}),
     "offer.disclosure.tiers[0].low", "at_least"),
    (v2({"disclosure": {"year": 2020, "source": "s", "basis": "all",
                        "tiers": [{"share_percent": 100, "annual_average": 1}]}}),
     "offer.disclosure.tiers[0].annual_average", "unknown_key"),
])
def test_every_new_field_is_checked_and_the_error_names_it(data, path, code):
    found = problems(data)
    assert (path, code) in found, found


def test_the_new_fields_accept_their_whole_range():
    ev = from_data(v2({"claims": {"claimed_monthly_income": 1000, "after_months": 120},
                       "requirements": {"autoship_amount": 0},
                       "disclosure": {"year": 2020, "source": "s", "basis": "earners", "period": "week",
                                      "covered_percent": None, "share_nothing_basis": "covered",
                                      "share_nothing_percent": 10,
                                      "tiers": [{"share_percent": 100, "average": 3, "median": 2,
                                                 "low": 0, "high": 9}]}},
                      assumptions={"recruits_total": 0}))
    assert ev.offer.claims.after_months == 120 and ev.assumptions.recruits_total == 0
    assert ev.offer.disclosure.covered_percent is None


# ---- autoship_amount (SPEC 8.3) ------------------------------------------------------------

PRODUCTS = [{"name": "A", "wholesale_price": 20, "retail_price": 30, "volume": 10},
            {"name": "B", "wholesale_price": 40, "retail_price": 50, "volume": 30}]
# the mix: w = (20 + 40) / 2 = 30, v = (10 + 30) / 2 = 20: one point costs 30 / 20 = 1.50


def test_autoship_amount_alone_gives_the_monthly_volume_through_the_mix():
    ev = from_data(v2({"products": PRODUCTS, "requirements": {"autoship_amount": 150, "autoship_required": True}}))
    t = offer_terms.offer_terms(ev.offer)
    assert t.monthly_volume == pytest.approx(100)  # 150 / 1.50
    assert t.required_purchase_cost == pytest.approx(150)  # 100 points * 1.50
    # the projection with no sales buys the whole 100 points: 150 a month
    assert project(ev).costs["purchases"][0] == pytest.approx(150)


@pytest.mark.parametrize("amount, ok", [(150, True), (151.4, True), (148.6, True), (152, False), (140, False)])
def test_autoship_amount_and_monthly_volume_must_agree_within_1_percent(amount, ok):
    # 100 points cost 150: 151.4 is 0.9 % over (agrees), 152 is 1.3 % over (does not)
    data = v2({"products": PRODUCTS, "requirements": {"monthly_volume": 100, "autoship_amount": amount}})
    if ok:
        assert offer_terms.offer_terms(from_data(data).offer).monthly_volume == 100
        return
    p = one_problem(data)
    assert (p.path, p.code) == ("offer.requirements.autoship_amount", "autoship_disagrees")
    assert p.render("en") == ("offer.requirements.autoship_amount: does not agree with the required monthly "
                              "volume: 100 points cost 150 at the products' average price (they must agree "
                              "within 1 %)")
    assert "klopt niet met het verplichte maandvolume: 100 punten kosten 150" in p.render("nl")


# ---- recruits_total (SPEC 8.3) -------------------------------------------------------------


def _recruiting(horizon, **assumptions):
    # no products: one point costs 1; every member must buy 100 points a month (MV = B = 100)
    return from_data(v2({"requirements": {"monthly_volume": 100},
                         "payout": {"components": [{"type": "unilevel", "levels": [10]},
                                                   {"type": "recruit_bonus", "amounts": [40]}]}},
                        assumptions={"horizon_months": horizon, "downline_retention_percent": 100,
                                     **assumptions}))


def test_recruits_total_is_spread_over_the_first_12_months_and_replaces_recruits_per_month():
    ev = _recruiting(24, recruits_total=6, recruits_per_month=5)
    t = offer_terms.of(ev)
    # 6 / min(12, 24) = 0.5 a month in months 1-12, then 0; recruits_per_month (5) is not used
    assert list(t.recruits) == [0.5] * 12 + [0.0] * 12
    p = project(ev)
    # recruit bonus 40 * 0.5 = 20 a month in months 1-12, 0 after
    assert p.revenue["recruiting"] == pytest.approx([20.0] * 12 + [0.0] * 12)
    # all recruits stay: a_1(m) = 0.5 m up to 6 at month 12; unilevel 10 % * a_1 * 100 = 5 m, then 60
    assert p.personal_recruits_active == pytest.approx([0.5 * m for m in range(1, 13)] + [6.0] * 12)
    assert p.revenue["downline"] == pytest.approx([5.0 * m for m in range(1, 13)] + [60.0] * 12)


def test_recruits_total_with_a_horizon_shorter_than_a_year():
    ev = _recruiting(4, recruits_total=6)
    # 6 / min(12, 4) = 1.5 a month in each of the 4 months: 40 * 1.5 = 60 recruit bonus a month
    assert list(offer_terms.of(ev).recruits) == [1.5] * 4
    p = project(ev)
    assert p.revenue["recruiting"] == pytest.approx([60.0] * 4)
    assert p.revenue["downline"] == pytest.approx([15.0, 30.0, 45.0, 60.0])  # 10 % * 1.5 m * 100


def test_without_recruits_total_recruits_per_month_holds_every_month():
    assert list(offer_terms.of(_recruiting(3, recruits_per_month=2)).recruits) == [2.0, 2.0, 2.0]


# ---- the disclosure's period (SPEC 8.2) ------------------------------------------------------


@pytest.mark.parametrize("period, factor", [("year", 1), ("month", 12), ("week", 52)])
def test_tier_amounts_per_period_become_annual_figures(period, factor):
    ev = from_data(v2({"disclosure": {"year": 2024, "source": "s", "basis": "all", "period": period,
                                      "tiers": [{"name": "none", "share_percent": 40, "average": 0},
                                                {"name": "some", "share_percent": 60, "average": 100,
                                                 "median": 50}]}}))
    t = typical(ev)
    # 40 % earn nothing; the median participant (the 50th percentile) is in "some": its median
    # 50 per period, so 50 * factor a year
    assert t.median_tier.name == "some"
    assert t.median_annual_gross == pytest.approx(50 * factor)
    assert [tier.annual for tier in t.tiers] == pytest.approx([0, 50 * factor])


def test_a_version_2_file_round_trips_every_new_field(tmp_path):
    data = v2({"claims": {"after_months": 6}, "requirements": {"autoship_amount": 80},
               "disclosure": {"year": 2024, "source": "s", "basis": "active", "period": "month",
                              "covered_percent": None, "share_nothing_basis": "covered",
                              "tiers": [{"share_percent": 100, "average": 10, "low": 1, "high": 30}]}},
              assumptions={"recruits_total": 4})
    ev = from_data(data)
    out = tmp_path / "v2.oppeval"
    save(ev, out)
    again = loads(out.read_bytes())
    assert again == ev
    d = json.loads(out.read_text("utf-8"))
    assert (d["offer"]["claims"]["after_months"], d["offer"]["requirements"]["autoship_amount"],
            d["assumptions"]["recruits_total"], d["offer"]["disclosure"]["period"]) == (6, 80, 4, "month")
