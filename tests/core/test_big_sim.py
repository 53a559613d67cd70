"""The simulation's ways for large runs (issue #12) give the bits of the ways for small ones:
a unilevel's level sums pushed from the uplines kept at joining (``UPLINES_FROM``) against
the walk up the sponsor array, compared participant by participant with ``tobytes()``."""

from __future__ import annotations

import json

import numpy as np
import pytest

from evaluator.core import simulation as sim
from evaluator.core.fileformat import from_data

OFFER = {
    "name": "Big run", "fees": {"signup": 49, "starter_kit": 150, "monthly": 15, "annual": 60},
    "products": [{"name": "Shake", "wholesale_price": 40, "retail_price": 55, "volume": 30}],
    "requirements": {"monthly_volume": 50},
    "training": [{"name": "Kick-off", "cost": 90, "times_per_year": 0, "mandatory": True, "focus": "recruiting"}],
    "payout": {"plan": "unilevel", "levels": [10, 7, 5, 4, 3, 2, 1], "recruit_bonus": 25},
}


def _evaluation(market: int, levels: list[float], basis: str = "all_volume", **extra: object):
    offer = json.loads(json.dumps(OFFER))
    offer["payout"]["levels"] = levels
    offer["payout"]["commission_basis"] = basis
    return from_data({
        "format": "opportunity-evaluation", "version": 1, "offer": offer,
        "simulation": {"existing_participants": market // 20, "market_size": market, "months": 24,
                       "recruit_rate": 0.3, "churn_percent": 5, "retail_sellers_percent": 30,
                       "customer_sales_mean": 50, "seed": 7, **extra},
    })


def _run(ev, monkeypatch: pytest.MonkeyPatch, uplines: bool):
    monkeypatch.setattr(sim, "UPLINES_FROM", 0 if uplines else 10**12)
    engine = sim._Engine(sim.Plan.from_evaluation(ev), sim.effective_settings(ev), detail=True)
    result, population = engine.run(None, None)
    assert (engine.uplines is not None) == uplines
    return result, population


@pytest.mark.parametrize("levels,basis,extra", [
    ([10, 7, 5, 4, 3, 2, 1], "all_volume", {}),
    ([5, 0, 5], "customer_volume", {"attachment": "preferential"}),
    ([1, 2, 3, 4, 5, 6, 7, 8], "all_volume", {"churn_percent": 20}),
])
def test_level_sums_from_the_uplines_kept_give_the_bits_of_the_walk(
        monkeypatch: pytest.MonkeyPatch, levels: list[float], basis: str, extra: dict) -> None:
    ev = _evaluation(20_000, levels, basis, **extra)
    walk, walk_pop = _run(ev, monkeypatch, uplines=False)
    kept, kept_pop = _run(ev, monkeypatch, uplines=True)
    for key in walk_pop.earnings:
        assert kept_pop.earnings[key].tobytes() == walk_pop.earnings[key].tobytes()
    assert kept_pop.net.tobytes() == walk_pop.net.tobytes()
    a, b = walk.to_json(), kept.to_json()
    a.pop("elapsed_s"), b.pop("elapsed_s")
    assert a == b
    assert walk_pop.earnings["downline"].sum() > 0  # the unilevel paid someone


def test_the_uplines_kept_are_each_ones_sponsor_chain(monkeypatch: pytest.MonkeyPatch) -> None:
    ev = _evaluation(5_000, [10, 7, 5, 4, 3, 2, 1])
    monkeypatch.setattr(sim, "UPLINES_FROM", 0)
    engine = sim._Engine(sim.Plan.from_evaluation(ev), sim.effective_settings(ev))
    engine.run(None, None)
    n = engine.n
    assert engine.uplines is not None
    sponsor = engine.sponsor[:n]
    cur = np.arange(n)
    for j in range(sim.UPLINES_WIDTH):  # the (j+1)-th upline by walking, -1 past the top
        cur = np.where(cur >= 0, sponsor[np.maximum(cur, 0)], -1)
        assert engine.uplines[:n, j].tolist() == cur.tolist()


def test_more_levels_than_kept_walk_the_sponsors(monkeypatch: pytest.MonkeyPatch) -> None:
    ev = _evaluation(5_000, [1] * 9)
    monkeypatch.setattr(sim, "UPLINES_FROM", 0)
    engine = sim._Engine(sim.Plan.from_evaluation(ev), sim.effective_settings(ev))
    assert engine.uplines is None  # 9 levels > UPLINES_WIDTH
