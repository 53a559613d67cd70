"""The simulation's own per-month machinery (issue 12's speed work): the live network handed to
the engine (``evaluator.core.sim_live``), quitters filed by quit month, the cohort's monthly net,
the annual renewals in small integers, and the allocator settings during a run.

The live network is off by default (measured: no net gain, see docs/simulation.md); these tests
force it on after every month and check that everyone's pay is the same bit for bit."""

from __future__ import annotations

import math

import numpy as np
import pytest

from evaluator.core import alloc, sim_live
from evaluator.core import simulation as sim
from evaluator.core.fileformat import from_data
from evaluator.core.plans.components import PayoutPlan
from evaluator.core.simulation import simulate_detailed, simulate_with_tree

RANKS = [{"name": "Member"}, {"name": "Bronze", "personal_volume": 50, "group_volume": 500},
         {"name": "Silver", "personal_volume": 50, "group_volume": 2000, "legs": 2, "leg_volume": 300},
         {"name": "Gold", "personal_volume": 100, "group_volume": 10000, "legs": 3, "leg_volume": 1000}]
PLANS = {
    "unilevel none": [{"type": "unilevel", "levels": [10, 7, 5, 4, 3, 2, 1]}],
    "hybrid": [{"type": "unilevel", "levels": [5, 5, 4, 3, 2, 1, 1], "compression": "standard",
                "depth_by_rank": {"Member": 2, "Bronze": 4}},
               {"type": "fast_start", "percents": [20, 10, 5], "months": 2},
               {"type": "matching", "percents": [20, 10], "min_rank": "Silver"},
               {"type": "rank_bonus", "amount_by_rank": {"Bronze": 25, "Silver": 100, "Gold": 500}}],
    "dynamic": [{"type": "unilevel", "levels": [8, 6, 4, 2], "compression": "dynamic",
                 "depth_by_rank": {"Member": 1, "Bronze": 3}},
                {"type": "recruit_bonus", "amounts": [30, 10]}],
    "stairstep": [{"type": "stairstep", "percent_by_rank": {"Member": 0, "Bronze": 6, "Silver": 12, "Gold": 21},
                   "breakaway_rank": "Gold", "generation_percents": [4, 2]},
                  {"type": "matching", "percents": [10]}],
}


def evaluation(market: int = 6000, existing: int = 300, churn: float = 12):
    return from_data({
        "format": "opportunity-evaluation", "version": 1,
        "offer": {"name": "Live network", "fees": {"signup": 49, "monthly": 15, "annual": 60},
                  "products": [{"name": "Shake", "wholesale_price": 40, "retail_price": 55, "volume": 30}],
                  "requirements": {"monthly_volume": 50},
                  "payout": {"plan": "unilevel", "levels": [10, 7, 5]}},
        "simulation": {"existing_participants": existing, "market_size": market, "months": 30,
                       "recruit_rate": 0.4, "churn_percent": churn, "retail_sellers_percent": 30,
                       "customer_sales_mean": 60, "seed": 7},
    })


def run(monkeypatch, mode: str, components: list, **kw):
    monkeypatch.setattr(sim_live, "MODE", mode)
    plan = PayoutPlan.model_validate({"ranks": RANKS, "components": components}, strict=True)
    return simulate_detailed(evaluation(**kw), payout=plan)


@pytest.mark.parametrize("name", sorted(PLANS))
def test_live_network_pays_everyone_the_same(monkeypatch, name):
    off, pop_off = run(monkeypatch, "never", PLANS[name])
    on, pop_on = run(monkeypatch, "always", PLANS[name])
    for source in sim.EARNING_SOURCES:  # every participant's pay, bit for bit
        assert np.array_equal(pop_off.earnings[source], pop_on.earnings[source]), source
    assert np.array_equal(pop_off.net, pop_on.net)
    assert off.series == on.series
    assert off.everyone_net_percentiles == on.everyone_net_percentiles
    assert off.earnings_by_source == on.earnings_by_source  # sums over everyone, same order
    # totals the engine sums over fewer exact zeros: equal up to the last bit
    for part in ("by_component", "breakage"):
        a, b = getattr(off, part), getattr(on, part)
        assert a.keys() == b.keys()
        assert all(math.isclose(a[k], b[k], rel_tol=1e-12, abs_tol=1e-9) for k in a), (part, a, b)
    assert sum(off.by_component.values()) > 0  # the plan paid something


def test_live_network_really_drops_the_dead(monkeypatch):
    """With 12 % churn over 30 months most early joiners' subtrees have gone: the network the
    engine is handed in the last month is smaller than everyone who ever joined."""
    monkeypatch.setattr(sim_live, "MODE", "always")
    sizes = []
    real = sim.payout_engine.compute

    def spy(plan, net, **kw):
        sizes.append(net.n)
        return real(plan, net, **kw)

    monkeypatch.setattr(sim.payout_engine, "compute", spy)
    result, _ = run(monkeypatch, "always", PLANS["hybrid"])
    assert len(sizes) == 30
    assert sizes[-1] < 0.8 * result.participants_ever


def test_plans_a_dead_subtree_can_change_are_not_pruned():
    binary = PayoutPlan.model_validate({"ranks": [], "components": [
        {"type": "binary", "percent": 10, "carry_over": True}]}, strict=True)
    matrix = PayoutPlan.model_validate({"ranks": [], "components": [
        {"type": "matrix", "width": 2, "depth": 3, "levels": [1, 1, 1]}]}, strict=True)
    hybrid = PayoutPlan.model_validate({"ranks": RANKS, "components": PLANS["hybrid"]}, strict=True)
    assert not sim_live.prunable(binary) and not sim_live.prunable(matrix)
    assert sim_live.prunable(hybrid)
    assert not sim_live.prunable(None)


def test_export_tree_has_everyone_with_the_live_network_on(monkeypatch):
    monkeypatch.setattr(sim_live, "MODE", "always")
    plan = PayoutPlan.model_validate({"ranks": RANKS, "components": PLANS["hybrid"]}, strict=True)
    result, tree = simulate_with_tree(evaluation(), payout=plan, month=25)
    assert tree.net.n == len(tree.result.total) >= 300
    monkeypatch.setattr(sim_live, "MODE", "never")
    _, tree_off = simulate_with_tree(evaluation(), payout=plan, month=25)
    assert tree.text() == tree_off.text()


def test_live_on_a_hand_made_tree():
    """0 <- 1 <- 3, 0 <- 2 <- 4 <- 5; only 5 is active: live = 0, 2, 4, 5; 1 and 3 are dead."""
    sponsor = np.array([-1, 0, 0, 1, 2, 4])
    depth = np.array([0, 1, 1, 2, 2, 3], dtype=np.int32)
    by_depth = [np.array([0]), np.array([1, 2]), np.array([3, 4]), np.array([5])]
    lpos = [np.array([0]), np.array([0, 0]), np.array([0, 1]), np.array([1])]
    live = sim_live.LiveNetwork()
    live.sync(6, sponsor, depth, by_depth, lpos)
    active = np.array([False, False, False, False, False, True])
    keep = live.live(active)
    assert keep.tolist() == [True, False, True, False, True, True]
    live.reindex(keep)
    assert live.ids.tolist() == [0, 2, 4, 5]
    assert live.sponsor.tolist() == [-1, 0, 1, 2]  # compact numbers
    levels, local = live.structure()
    assert [lv.tolist() for lv in levels] == [[0], [1], [2], [3]]
    assert [lo.tolist() for lo in local] == [[0], [0], [0], [0]]
    # a joiner (participant 6) under 4 (index 1 of the simulation's level 2) after the re-index
    sponsor = np.append(sponsor, 4)
    depth = np.append(depth, 3).astype(np.int32)
    by_depth[3] = np.array([5, 6])
    lpos[3] = np.array([1, 1])
    live.sync(7, sponsor, depth, by_depth, lpos)
    assert live.ids.tolist() == [0, 2, 4, 5, 6]
    assert live.sponsor.tolist() == [-1, 0, 1, 2, 2]
    levels, local = live.structure()
    assert levels[3].tolist() == [3, 4] and local[3].tolist() == [0, 0]  # both under compact 2 (= 4)
    order = live.level_order()
    # subtree sums of volume 1 each: 0 has all 5, 2 has 4, 4 has 3, 5 and 6 have 1
    sums = order.to_member(order.subtree_sum(np.ones(5)[order.perm]))
    assert sums.tolist() == [5.0, 4.0, 3.0, 1.0, 1.0]


def test_quitters_by_month_are_flatnonzero_of_the_quit_month(monkeypatch):
    plan = sim.Plan.from_evaluation(evaluation())
    engine = sim._Engine(plan, sim.effective_settings(evaluation()), record_events=True)
    seen = []
    real = engine._quitters

    def quitters(m):
        got = real(m)
        n = engine.n
        seen.append(np.array_equal(got, np.flatnonzero(engine.quit[:n] == m)))
        return got

    monkeypatch.setattr(engine, "_quitters", quitters)
    engine.run(None, None)
    assert len(seen) == 30 and all(seen)


def test_renewals_in_small_integers_equal_the_schedule():
    """Joined in month 3: renews in months 15, 27 (tenure 13, 25): by month 26 once, by 27
    twice. Existing participant 5 renews in month 1 + 5 mod 12 = 6, then 18, 30: by month 29
    twice. Participant 17 (existing) renews in month 1 + 17 mod 12 = 6 too."""
    join = np.array([3, 3, 0, 0, 2], dtype=np.int16)
    end = np.array([26, 27, 29, 5, 13], dtype=np.int16)
    ids = np.array([40, 41, 5, 17, 50])
    assert sim._renewals(join, end, ids).tolist() == [1, 2, 2, 0, 0]
    # the same through a slice of numbers 0..4 (existing 2 and 3 renew in months 3 and 4)
    assert sim._renewals(join, end, slice(0, 5)).tolist() == [1, 2, 3, 1, 0]
    # against the plain rule on many random cases
    rng = np.random.default_rng(3)
    join = rng.integers(0, 60, 5000).astype(np.int16)
    end = rng.integers(0, 121, 5000).astype(np.int16)
    ids = np.arange(5000)
    plain = [0 if end[i] < (renew := (int(join[i]) + 12 if join[i] > 0 else 1 + i % 12))
             else (int(end[i]) - renew) // 12 + 1 for i in range(5000)]
    assert sim._renewals(join, end, ids).tolist() == plain


def test_cohort_series_equals_the_outcome_formula(monkeypatch):
    """The cohort's monthly net (kept constants) is _outcome's net for the cohort, bit for bit."""
    plan = sim.Plan.from_evaluation(evaluation())
    engine = sim._Engine(plan, sim.effective_settings(evaluation()))
    real = engine._cohort_net
    checked = []

    def cohort_net(cohort, m):
        got = real(cohort, m)
        checked.append(np.array_equal(got, engine._outcome(cohort, m)[0]))
        return got

    monkeypatch.setattr(engine, "_cohort_net", cohort_net)
    engine.run(None, None)
    assert len(checked) == 30 and all(checked)


def test_allocator_settings_are_put_back(monkeypatch):
    calls = []

    class FakeLibc:
        def mallopt(self, param, value):
            calls.append((param, value))
            return 1

        def malloc_trim(self, pad):
            calls.append(("trim", pad))
            return 1

    monkeypatch.setattr(alloc, "_checked", True)
    monkeypatch.setattr(alloc, "_libc", FakeLibc())
    with alloc.reuse_freed_memory():
        with alloc.reuse_freed_memory():  # nested: set once, put back once
            pass
        assert calls == [(alloc.M_MMAP_THRESHOLD, 1 << 30), (alloc.M_TRIM_THRESHOLD, 2**31 - 1)]
    assert calls[2:] == [(alloc.M_MMAP_THRESHOLD, 32 << 20), (alloc.M_TRIM_THRESHOLD, 64 << 20), ("trim", 0)]
    calls.clear()
    with pytest.raises(RuntimeError):
        with alloc.reuse_freed_memory():
            raise RuntimeError("a run that fails")
    assert calls[-1] == ("trim", 0)  # put back even then
    monkeypatch.setattr(alloc, "_libc", None)
    calls.clear()
    with alloc.reuse_freed_memory():  # not glibc: nothing at all
        pass
    assert calls == []


def test_huge_page_advice_is_off_during_a_run_and_put_back():
    # numpy's own switch (its previous value is what it returns); nested runs set it once
    switch = np._core.multiarray._set_madvise_hugepage
    before = switch(True)
    try:
        with alloc.reuse_freed_memory():
            with alloc.reuse_freed_memory():
                assert switch(False) is False  # off inside the run
            assert switch(False) is False  # still off: the outer run goes on
        assert switch(True) is True  # put back after the outermost
        switch(False)
        with alloc.reuse_freed_memory():
            pass
        assert switch(False) is False  # off before: stays off
    finally:
        switch(before)
