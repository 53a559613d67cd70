"""The population simulation (SPEC section 5): known mathematics, a plain reference
implementation replaying the same draws, the books, reproducibility, hooks, settings and the
``simulate`` command (SPEC section 7)."""

from __future__ import annotations

import json
import math
import tracemalloc

import numpy as np
import pytest

from evaluator.cli import main
from evaluator.core.fileformat import EvaluationFileError, from_data, save
from evaluator.core import model_v1
from evaluator.core.simulation import (
    PERCENTILES,
    SimulationCancelled,
    SimulationSettingsError,
    simulate,
    simulate_detailed,
)

from .sim_reference import COSTS, EARNINGS, run_reference


def make(offer: dict | None = None, simulation: dict | None = None, horizon: int = 36):
    data = {
        "format": "opportunity-evaluation", "version": 1,
        "offer": {"name": "Test offer", **(offer or {})},
        "assumptions": {"horizon_months": horizon},
        "simulation": simulation or {},
    }
    ev = from_data(data)
    # the reference reads version 1's payout fields (it predates the component plan)
    _V1_PAYOUT[id(ev)] = (ev, model_v1.Payout.model_validate(data["offer"].get("payout", {})))
    return ev


_V1_PAYOUT: dict[int, tuple] = {}


MLM_OFFER = {
    "fees": {"signup": 49, "starter_kit": 150, "monthly": 15, "annual": 60},
    "products": [
        {"name": "Shake", "wholesale_price": 40, "retail_price": 55, "volume": 30},
        {"name": "Bar", "wholesale_price": 20, "retail_price": 30},
    ],
    "requirements": {"monthly_volume": 50, "initial_inventory": 100},
    "training": [
        {"name": "Kick-off", "cost": 90, "times_per_year": 0, "mandatory": True, "focus": "recruiting"},
        {"name": "Monthly call", "cost": 10, "times_per_year": 12, "mandatory": True, "focus": "mixed"},
        {"name": "Convention", "cost": 400, "times_per_year": 1, "mandatory": False, "focus": "mixed"},
    ],
    "payout": {"retail_mode": "margin", "plan": "unilevel", "levels": [10, 7, 5, 3, 2],
               "recruit_bonus": 20,
               "ranks": [{"name": "Bronze", "group_volume": 300, "legs": 2, "monthly_bonus": 25},
                         {"name": "Silver", "group_volume": 1500, "legs": 3, "monthly_bonus": 100},
                         {"name": "Twin", "group_volume": 1500, "legs": 2, "monthly_bonus": 60}]},
}

BINARY_OFFER = {
    "fees": {"signup": 30, "monthly": 25, "annual": 40},
    "products": [{"name": "Pack", "wholesale_price": 80, "retail_price": 100, "volume": 60}],
    "requirements": {"monthly_volume": 60},
    "training": [{"name": "Event", "cost": 120, "times_per_year": 4, "mandatory": True, "focus": "sales"}],
    "payout": {"retail_mode": "commission", "retail_commission_percent": 15, "plan": "binary",
               "binary_percent": 10, "binary_monthly_cap": 40, "commission_basis": "customer_volume",
               "recruit_bonus": 35,
               "ranks": [{"name": "Leader", "group_volume": 200, "legs": 1, "monthly_bonus": 15}]},
}

SMALL = {"existing_participants": 40, "market_size": 700, "recruit_rate": 0.15, "churn_percent": 8,
         "retail_sellers_percent": 50, "customer_sales_mean": 120, "seed": 7}


# ----------------------------------------------------------------------------------------------
# Hand-computed cases


def test_single_participant_pays_fees_and_renewals_by_hand():
    # One existing participant, no one ever joins: 13 months of a 10 monthly fee, and the annual
    # fee of 50 in months 1 and 13 (participant 0 renews in month 1 + 0 mod 12).
    ev = make({"fees": {"signup": 999, "monthly": 10, "annual": 50}},
              {"existing_participants": 1, "market_size": 1, "recruit_rate": 0, "churn_percent": 0})
    result, pop = simulate_detailed(ev, months=13)
    assert pop.net.tolist() == [-(13 * 10 + 2 * 50)]
    assert result.participants_ever == 1 and result.participants_final == 1
    assert result.everyone_net_percentiles == dict.fromkeys(PERCENTILES, -230.0)
    assert result.cohort_size == 0
    assert result.payout_ratio == 0.0


def test_two_recruits_unilevel_and_recruit_bonus_by_hand():
    # Market 3 with one founder: month 1 the founder's Poisson(100) recruits are capped at the two
    # places left. No products (w = r = v = 1), monthly volume 100: each pays 100 a month in own
    # purchases; the founder earns 10% of 2 x 100 = 20 a month and a recruit bonus of 5 twice.
    ev = make({"fees": {"signup": 20},
               "requirements": {"monthly_volume": 100},
               "payout": {"plan": "unilevel", "levels": [10, 50], "recruit_bonus": 5}},
              {"existing_participants": 1, "market_size": 3, "recruit_rate": 100, "churn_percent": 0,
               "retail_sellers_percent": 0})
    result, pop = simulate_detailed(ev, months=3)
    assert pop.sponsor.tolist() == [-1, 0, 0]
    assert pop.join_month.tolist() == [0, 1, 1]
    assert pop.earnings["downline"].tolist() == [60.0, 0.0, 0.0]
    assert pop.earnings["recruiting"].tolist() == [10.0, 0.0, 0.0]
    assert pop.costs["purchases"].tolist() == [300.0, 300.0, 300.0]
    assert pop.costs["fees"].tolist() == [0.0, 20.0, 20.0]
    assert pop.net.tolist() == [-230.0, -320.0, -320.0]
    assert result.payout_ratio == pytest.approx(70 / 940)
    assert result.internal_consumption_percent == 100.0
    assert result.recruits_distribution == {"0": 2 / 3, "1": 0.0, "2": 1 / 3}
    assert result.series["active"] == [3, 3, 3]
    assert result.series["joiners"] == [2, 0, 0]
    assert result.cohort_size == 2
    assert result.cohort_net_percentiles["50"] == -320.0
    assert result.series["cohort_median_cum_net"] == [-120.0, -220.0, -320.0]
    assert result.top1_share_percent == 100.0  # the founder earns everything
    assert result.earnings_by_source == {"retail": 0.0, "downline": 60.0, "recruiting": 10.0, "rank": 0.0}


def test_everyone_quits_with_full_churn():
    ev = make({"fees": {"monthly": 10}},
              {"existing_participants": 50, "market_size": 100, "recruit_rate": 0.5, "churn_percent": 100})
    result = simulate(ev, months=6)
    # Month 1: all 50 quit before anyone recruits; nobody is left to recruit.
    assert result.series["quitters"] == [50, 0, 0, 0, 0, 0]
    assert result.series["active"] == [0] * 6
    assert result.participants_ever == 50 and result.participants_final == 0
    assert result.participants_peak == 50
    assert result.everyone_net_percentiles["50"] == 0.0


# ----------------------------------------------------------------------------------------------
# Agreement with the plain reference implementation


def _compare_with_reference(ev, months):
    result, pop = simulate_detailed(ev, months=months, record_events=True)
    ref = run_reference(ev, pop.events, pop.sales, months, payout=_V1_PAYOUT[id(ev)][1])
    n = result.participants_ever
    assert len(ref["net"]) == n
    assert [p.sponsor for p in ref["people"]] == pop.sponsor.tolist()
    for key in EARNINGS:
        np.testing.assert_allclose(pop.earnings[key], ref["earnings"][key], rtol=1e-9, atol=1e-6,
                                   err_msg=key)
    for key in COSTS:
        np.testing.assert_allclose(pop.costs[key], ref["costs"][key], rtol=1e-9, atol=1e-6, err_msg=key)
    np.testing.assert_allclose(pop.net, ref["net"], rtol=1e-9, atol=1e-6)
    assert result.series["active"] == ref["series"]["active"]
    assert result.series["joiners"] == ref["series"]["joiners"]
    assert result.series["quitters"] == ref["series"]["quitters"]
    if ev.offer.payout.component("binary") is not None:
        assert [p.side for p in ref["people"]] == pop.side.tolist()
    # The company's books, kept by the reference as the money moved, to the cent.
    for key, value in ref["ledger"]["receipts"].items():
        assert round(result.company["receipts"][key], 2) == round(value, 2), key
    for key, value in ref["ledger"]["payouts"].items():
        assert round(result.company["payouts"][key], 2) == round(value, 2), key
    ref_net = np.array(ref["net"])
    expected = dict(zip(PERCENTILES, np.percentile(ref_net, [float(k) for k in PERCENTILES])))
    for k in PERCENTILES:
        assert result.everyone_net_percentiles[k] == pytest.approx(expected[k], abs=1e-6)
    assert result.everyone_share_profitable_percent == pytest.approx(100 * np.mean(ref_net > 0))
    return result, pop, ref


def test_reference_agrees_unilevel_ranks_margin():
    ev = make(MLM_OFFER, SMALL)
    result, pop, ref = _compare_with_reference(ev, 30)
    assert 200 < result.participants_ever <= 700
    # the draws exercised what they should: quitters, sellers, paid levels and rank bonuses
    assert sum(result.series["quitters"]) > 50
    assert 0.3 < np.mean(pop.sales > 0) < 0.7
    assert result.earnings_by_source["downline"] > 0 and result.earnings_by_source["rank"] > 0
    assert result.earnings_by_source["retail"] > 0
    # Optional training is not counted: per active month only the 10 monthly call is charged.
    existing = pop.join_month == 0
    months_active = np.minimum(pop.quit_month.astype(int) - 1, 30)
    np.testing.assert_allclose(pop.costs["training"][existing], 10 * months_active[existing])


def test_reference_agrees_binary_cap_ranks_commission_preferential():
    ev = make(BINARY_OFFER, {**SMALL, "attachment": "preferential", "seed": 3, "churn_percent": 4})
    result, pop, ref = _compare_with_reference(ev, 26)
    assert [p.side for p in ref["people"]] == pop.side.tolist()
    down = np.asarray(ref["earnings"]["downline"])
    assert down.max() > 0
    assert result.company["payouts"]["retail_commission"] > 0
    # Placement alternates: every sponsor's first recruit is left, the second right.
    for person in ref["people"][:20]:
        assert [ref["people"][c].side for c in person.children] == [i % 2 for i in range(len(person.children))]
    assert result.earnings_by_source["rank"] > 0


def test_reference_agrees_no_plan_with_saturation():
    ev = make({"fees": {"signup": 10, "monthly": 5},
               "payout": {"recruit_bonus": 8, "ranks": [{"name": "Star", "group_volume": 0, "legs": 3,
                                                          "monthly_bonus": 12}]}},
              {"existing_participants": 25, "market_size": 150, "recruit_rate": 0.6,
               "churn_percent": 2, "seed": 11})
    result, _, _ = _compare_with_reference(ev, 24)
    assert result.participants_ever == 150  # the market fills up and stops there


# ----------------------------------------------------------------------------------------------
# Known mathematics (DOMAIN.md section 3)


def test_recruit_counts_follow_two_to_the_minus_k_plus_one():
    # No churn, an unbounded market, uniform sponsors: the genealogy is a (batched) uniform random
    # recursive tree; the share with k direct recruits tends to 2^-(k+1).
    ev = make({}, {"existing_participants": 10_000, "market_size": 1_000_000_000,
                   "recruit_rate": 0.05, "churn_percent": 0, "seed": 5})
    result = simulate(ev, months=48)
    assert result.participants_ever >= 100_000
    dist = result.recruits_distribution
    for k in range(5):
        assert abs(dist[str(k)] - 2 ** -(k + 1)) < 0.01, (k, dist[str(k)])
    assert sum(dist.values()) == pytest.approx(1.0)
    assert list(dist) == [str(i) for i in range(len(dist))]


def _subtree_sizes(sponsor: np.ndarray) -> np.ndarray:
    size = np.ones(sponsor.size, dtype=np.int64)
    for i in range(sponsor.size - 1, 0, -1):  # sponsors always have smaller numbers
        size[sponsor[i]] += size[i]
    return size


def test_expected_downline_of_early_entrants_is_n_over_i():
    # Entrant i (1-based) expects a downline of N/i, counting themselves.
    ratios = []
    for seed in range(40):
        ev = make({}, {"existing_participants": 300, "market_size": 10**9, "recruit_rate": 0.06,
                       "churn_percent": 0, "seed": seed})
        result, pop = simulate_detailed(ev, months=36)
        n = result.participants_ever
        size = _subtree_sizes(pop.sponsor)
        assert size[0] == n
        i = np.arange(2, 61)
        ratios.append(size[i - 1] * i / n)
    mean = np.mean(ratios, axis=0)
    assert np.mean(mean) == pytest.approx(1.0, abs=0.1)
    assert mean[0] == pytest.approx(1.0, abs=0.25)  # entrant 2: half the network on average


def test_participants_ever_never_exceed_market():
    ev = make({}, {"existing_participants": 1000, "market_size": 5000, "recruit_rate": 2.0,
                   "churn_percent": 10, "seed": 2})
    result = simulate(ev, months=24)
    assert result.participants_ever == 5000
    assert sum(result.series["joiners"]) == 4000
    assert result.participants_peak <= 5000


def test_huge_market_costs_memory_only_for_those_who_join():
    ev = make({"payout": {"plan": "unilevel", "levels": [5, 5]}},
              {"existing_participants": 10_000, "market_size": 10**9, "recruit_rate": 0.01,
               "churn_percent": 5})
    tracemalloc.start()
    try:
        result = simulate(ev, months=12)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.participants_ever < 20_000
    assert peak < 20_000_000  # bytes; a market-sized array would take gigabytes


def test_market_saturation_slows_recruiting():
    # Without churn everyone stays active, so month m's joiners are Poisson with mean
    # n * rate * (1 - n / market), n = everyone who joined before.
    market = 20_000
    tight = simulate(make({}, {"existing_participants": 1000, "market_size": market,
                               "recruit_rate": 0.3, "churn_percent": 0, "seed": 4}), months=24)
    n = 1000
    for joiners in tight.series["joiners"]:
        mean = n * 0.3 * (1 - n / market)
        assert abs(joiners - mean) <= 5 * math.sqrt(mean) + 1, (n, joiners, mean)
        n += joiners
    assert n == tight.participants_ever <= market
    assert tight.participants_ever > 0.97 * market
    assert tight.series["joiners"][-1] < 0.06 * max(tight.series["joiners"])


def test_preferential_sponsors_concentrate_recruits():
    settings = {"existing_participants": 2000, "market_size": 10**9, "recruit_rate": 0.05,
                "churn_percent": 0, "seed": 6}
    uniform = simulate(make({}, settings), months=36).recruits_distribution
    rich = simulate(make({}, {**settings, "attachment": "preferential"}), months=36).recruits_distribution
    # the rich get richer: more people with no recruit at all, and a longer tail
    assert rich["0"] > uniform["0"] + 0.03
    assert len(rich) > len(uniform)


def test_customer_volume_basis_pays_nothing_without_outside_sales():
    offer = {"requirements": {"monthly_volume": 100},
             "payout": {"plan": "unilevel", "levels": [20, 10], "commission_basis": "customer_volume"}}
    settings = {"existing_participants": 500, "market_size": 5000, "recruit_rate": 0.2,
                "retail_sellers_percent": 0, "seed": 2}
    assert simulate(make(offer, settings), months=12).earnings_by_source["downline"] == 0.0
    offer["payout"]["commission_basis"] = "all_volume"
    assert simulate(make(offer, settings), months=12).earnings_by_source["downline"] > 0


# ----------------------------------------------------------------------------------------------
# Books, reproducibility, results


def test_books_balance_to_the_cent():
    ev = make(MLM_OFFER, {"existing_participants": 2000, "market_size": 30_000, "recruit_rate": 0.2,
                          "churn_percent": 6, "seed": 9})
    result, pop = simulate_detailed(ev, months=24)
    gross = sum(pop.earnings[k] for k in EARNINGS)
    costs = sum(pop.costs[k] for k in COSTS)
    np.testing.assert_allclose(pop.net, gross - costs, atol=1e-9)
    for k in EARNINGS:
        assert round(pop.earnings[k].sum(), 2) == round(result.earnings_by_source[k], 2)
    assert round(sum(result.company["receipts"].values()), 2) == round(costs.sum(), 2)
    paid = result.company["payouts"]
    assert paid["retail_commission"] == 0.0  # margin mode: customers pay the margin
    company_paid = result.earnings_by_source["downline"] + result.earnings_by_source["recruiting"] + \
        result.earnings_by_source["rank"]
    assert round(sum(paid.values()), 2) == round(company_paid, 2)
    # everyone together = customers' margin + company payouts - payments to the company
    assert round(pop.net.sum(), 2) == round(result.earnings_by_source["retail"] + company_paid
                                            - costs.sum(), 2)
    assert result.payout_ratio == pytest.approx(company_paid / costs.sum())
    # recruit bonuses: 20 per joiner
    assert result.earnings_by_source["recruiting"] == 20 * sum(result.series["joiners"])


def test_same_seed_same_result_other_seed_differs():
    ev = make(MLM_OFFER, {"existing_participants": 500, "market_size": 20_000, "recruit_rate": 0.2,
                          "churn_percent": 5, "seed": 21})
    a, b = simulate(ev, months=18).to_json(), simulate(ev, months=18).to_json()
    for d in (a, b):
        d.pop("elapsed_s")
    assert a == b
    c = simulate(ev, months=18, seed=22).to_json()
    c.pop("elapsed_s")
    assert c["settings"]["seed"] == 22
    assert c["everyone"] != a["everyone"]


def test_summary_figures_are_consistent():
    ev = make(MLM_OFFER, {"existing_participants": 1000, "market_size": 50_000, "recruit_rate": 0.25,
                          "churn_percent": 5, "retail_sellers_percent": 0, "seed": 3})
    result, pop = simulate_detailed(ev, months=24)
    # nobody sells to outsiders: all volume is own purchases
    assert result.internal_consumption_percent == 100.0
    assert result.earnings_by_source["retail"] == 0.0
    n = result.participants_ever
    gross = np.sort(sum(pop.earnings[k] for k in EARNINGS))[::-1]
    assert result.top1_share_percent == pytest.approx(100 * gross[:math.ceil(n / 100)].sum() / gross.sum())
    assert result.top10_share_percent == pytest.approx(100 * gross[:math.ceil(n / 10)].sum() / gross.sum())
    assert result.top1_share_percent < result.top10_share_percent < 100
    cohort = pop.join_month == 1
    assert result.cohort_size == cohort.sum() > 0
    assert result.cohort_net_percentiles["50"] == pytest.approx(np.median(pop.net[cohort]))
    assert result.cohort_share_profitable_percent == pytest.approx(100 * np.mean(pop.net[cohort] > 0))
    assert result.series["cohort_median_cum_net"][-1] == pytest.approx(np.median(pop.net[cohort]))
    assert all(len(v) == 24 for v in result.series.values())
    lo, mid, hi = (result.series[k] for k in ("cohort_p10_cum_net", "cohort_median_cum_net",
                                              "cohort_p90_cum_net"))
    assert all(a <= b <= c for a, b, c in zip(lo, mid, hi))
    assert result.participants_peak == max([1000] + result.series["active"])
    assert result.participants_final == result.series["active"][-1]
    assert result.participants_ever == 1000 + sum(result.series["joiners"])
    counts = np.bincount(pop.recruits)
    assert result.recruits_distribution == {str(k): c / n for k, c in enumerate(counts)}
    assert pop.recruits.sum() == n - 1  # everyone but the root has one sponsor
    # a seller mix: with sellers, some volume comes from outside customers
    sellers = simulate(make(MLM_OFFER, {"existing_participants": 1000, "market_size": 50_000,
                                        "retail_sellers_percent": 60, "seed": 3}), months=12)
    assert 0 < sellers.internal_consumption_percent < 100


def test_sales_are_skewed_with_the_given_mean():
    ev = make({}, {"existing_participants": 200_000, "market_size": 200_000, "recruit_rate": 0,
                   "retail_sellers_percent": 40, "customer_sales_mean": 80, "seed": 1})
    _, pop = simulate_detailed(ev, months=1)
    sales = pop.sales[pop.sales > 0]
    assert sales.size / 200_000 == pytest.approx(0.40, abs=0.005)
    assert sales.mean() == pytest.approx(80, rel=0.03)
    assert np.median(sales) == pytest.approx(80 * math.exp(-0.5), rel=0.03)  # lognormal, sigma 1


def test_to_json_has_the_spec_keys_and_is_strict_json():
    ev = make(MLM_OFFER, {"existing_participants": 300, "market_size": 3000, "seed": 1})
    data = simulate(ev, months=12).to_json()
    for key in ("elapsed_s", "participants_ever", "participants_peak", "participants_final",
                "recruits_distribution", "cohort", "everyone", "top1_share_percent",
                "top10_share_percent", "internal_consumption_percent", "payout_ratio",
                "earnings_by_source", "series", "months", "settings"):
        assert key in data, key
    for group in ("cohort", "everyone"):
        assert list(data[group]["net_percentiles"]) == list(PERCENTILES)
        assert 0 <= data[group]["share_profitable_percent"] <= 100
    assert set(data["series"]) == {"active", "joiners", "quitters", "cohort_median_cum_net",
                                   "cohort_p10_cum_net", "cohort_p90_cum_net"}
    assert data["settings"]["months"] == 12 and data["settings"]["market_size"] == 3000
    json.dumps(data, allow_nan=False)


def test_months_default_to_the_horizon():
    ev = make({}, {"existing_participants": 10, "market_size": 100}, horizon=7)
    assert simulate(ev).months == 7
    ev = make({}, {"existing_participants": 10, "market_size": 100, "months": 5}, horizon=7)
    assert simulate(ev).months == 5
    assert len(simulate(ev, months=9).series["active"]) == 9


# ----------------------------------------------------------------------------------------------
# Hooks for the app


def test_progress_after_every_month():
    calls = []
    simulate(make({}, {"existing_participants": 100, "market_size": 1000}), months=5,
             progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]


def test_cancel_stops_within_a_month():
    calls = []
    with pytest.raises(SimulationCancelled):
        simulate(make({}, {"existing_participants": 100, "market_size": 1000}), months=12,
                 progress=lambda done, total: calls.append(done), cancel=lambda: len(calls) >= 3)
    assert calls == [1, 2, 3]
    with pytest.raises(SimulationCancelled):
        simulate(make({}, {"existing_participants": 100, "market_size": 1000}), cancel=lambda: True)


def test_core_simulation_does_not_import_qt():
    import subprocess
    import sys

    code = ("import sys, evaluator.core.simulation; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'matplotlib'))]; "
            "sys.exit(1 if bad else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# ----------------------------------------------------------------------------------------------
# Bad settings


@pytest.mark.parametrize("kwargs, field", [
    ({"participants": 5}, "simulation.market_size"),
    ({"participants": 0}, "simulation.market_size"),
    ({"months": 0}, "simulation.months"),
    ({"months": 121}, "simulation.months"),
    ({"seed": -1}, "simulation.seed"),
])
def test_bad_overrides_are_refused_naming_the_field(kwargs, field):
    ev = make({}, {"existing_participants": 10, "market_size": 100})
    with pytest.raises(SimulationSettingsError) as info:
        simulate(ev, **kwargs)
    assert info.value.field.startswith(field)
    assert str(info.value).startswith(field)


@pytest.mark.parametrize("settings, path", [
    ({"churn_percent": 101}, "simulation.churn_percent"),
    ({"recruit_rate": -0.1}, "simulation.recruit_rate"),
    ({"customer_sales_mean": -1}, "simulation.customer_sales_mean"),
    ({"existing_participants": 500, "market_size": 100}, "simulation"),
])
def test_bad_file_settings_are_refused_by_the_model(settings, path):
    with pytest.raises(EvaluationFileError) as info:
        make({}, settings)
    assert any(p.render().startswith(path) for p in info.value.problems)


def test_runaway_growth_is_refused_not_run_out_of_memory(monkeypatch):
    import evaluator.core.simulation as sim

    monkeypatch.setattr(sim, "MAX_PARTICIPANTS", 5_000)
    ev = make({}, {"existing_participants": 1000, "market_size": 10**9, "recruit_rate": 1.0})
    with pytest.raises(SimulationSettingsError) as info:
        simulate(ev, months=12)
    assert info.value.field == "simulation.market_size"


# ----------------------------------------------------------------------------------------------
# The command line: simulate FILE --json [--participants N] [--months M] [--seed S]


@pytest.fixture
def mlm_file(tmp_path):
    path = tmp_path / "mlm.oppeval"
    save(make(MLM_OFFER, {"existing_participants": 200, "market_size": 5000, "seed": 4}), path)
    return path


def test_cli_json(mlm_file, capsys):
    assert main(["simulate", str(mlm_file), "--json", "--participants", "2500", "--months", "10",
                 "--seed", "8"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["participants_ever"] <= 2500
    assert data["months"] == 10 and data["settings"]["seed"] == 8
    assert data["settings"]["market_size"] == 2500
    assert set(data["cohort"]) >= {"net_percentiles", "share_profitable_percent"}
    assert data["elapsed_s"] >= 0
    assert sum(data["recruits_distribution"].values()) == pytest.approx(1.0)


def test_cli_text_summary(mlm_file, capsys):
    assert main(["simulate", str(mlm_file), "--months", "6"]) == 0
    out = capsys.readouterr().out
    assert "Participants ever" in out and "median" in out.lower()
    assert main(["simulate", str(mlm_file), "--months", "6", "--lang", "nl"]) == 0
    out = capsys.readouterr().out
    assert "Deelnemers ooit" in out


@pytest.mark.parametrize("args, words", [
    (["--participants", "5"], ["simulation.market_size", "--participants"]),
    (["--months", "0"], ["--months"]),
    (["--months", "500"], ["--months"]),
    (["--seed", "-3"], ["--seed"]),
])
def test_cli_bad_overrides_exit_2(mlm_file, capsys, args, words):
    assert main(["simulate", str(mlm_file), "--json", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    for word in words:
        assert word in captured.err
    assert "Traceback" not in captured.err


def test_cli_invalid_file_exit_2(tmp_path, capsys):
    path = tmp_path / "bad.oppeval"
    path.write_text(json.dumps({"format": "opportunity-evaluation", "version": 1,
                                "offer": {"name": "x"}, "simulation": {"churn_percent": 150}}))
    assert main(["simulate", str(path), "--json"]) == 2
    assert "simulation.churn_percent" in capsys.readouterr().err
