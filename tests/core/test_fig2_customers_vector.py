"""The break-even search's customers path over arrays (projection_vec.vector_customers) gives bit
for bit the per-month path's and project()'s total_net, and is taken only where it may be."""

from __future__ import annotations

import copy
import random

import numpy  # noqa: F401  (the vector path runs only once numpy is loaded, as in the app)
import pytest

from evaluator.core import fileformat, projection
from evaluator.core.breakeven import _with, solve_minimum
from evaluator.core.projection import project, total_net_of
from evaluator.resources import example_paths

VARIED = "new_customers_per_month"
XS = [0.0, 0.001, 0.2468, 0.5, 1.0, 2.5, 7.77, 16.0, 123.456, 10_000.0]


def _load(stem: str):
    return fileformat.load(next(p for p in example_paths() if stem in p.stem))


def _variant(stem: str, change):
    data = copy.deepcopy(fileformat.to_data(_load(stem)))
    change(data)
    return fileformat.from_data(data)


def _slow(ev, monkeypatch):
    monkeypatch.setattr(projection, "VECTOR_FROM", 10**9)  # the per-month path
    try:
        return total_net_of(ev, VARIED)
    finally:
        monkeypatch.undo()


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.stem)
def test_vector_customers_is_bit_for_bit_the_month_path_and_project(path, monkeypatch):
    ev = fileformat.load(path)
    fast = total_net_of(ev, VARIED)
    slow = _slow(ev, monkeypatch)
    rng = random.Random(path.stem)
    for x in XS + [rng.uniform(0, 60) for _ in range(60)]:
        # Equality, not approx: the solver's answers (and the golden files) depend on every bit.
        assert fast(x) == slow(x), (path.stem, x)
    for x in XS:
        assert fast(x) == project(_with(ev, **{VARIED: x})).total_net, (path.stem, x)
    assert solve_minimum(fast) == solve_minimum(slow)


VARIANTS = {
    "commission retail": lambda d: d["offer"].update(retail_mode="commission",
                                                     retail_commission_percent=23.0),
    "no customer retention": lambda d: d["assumptions"].update(customer_retention_percent=0.0),
    "all personal use": lambda d: d["assumptions"].update(personal_use_percent=100.0),
    "one month": lambda d: d["assumptions"].update(horizon_months=1),
    "long horizon": lambda d: d["assumptions"].update(horizon_months=60),
    "no downline recruiting": lambda d: d["assumptions"].update(downline_recruits_per_member_per_month=0.0),
}


@pytest.mark.parametrize("stem", ("doterra", "fast-start", "binary"))
@pytest.mark.parametrize("name", VARIANTS)
def test_vector_customers_variants(stem, name, monkeypatch):
    try:
        ev = _variant(stem, VARIANTS[name])
    except Exception:  # noqa: BLE001 - a variant this example's schema does not take
        pytest.skip("variant not valid for this example")
    fast = total_net_of(ev, VARIED)
    assert "vector_customers" in fast.__qualname__
    slow = _slow(ev, monkeypatch)
    for x in XS:
        assert fast(x) == slow(x) == project(_with(ev, **{VARIED: x})).total_net, (stem, name, x)


def test_plans_reading_own_volume_keep_the_month_path():
    # The stairstep pays on your own volume: no memo, so no vector path either.
    fast = total_net_of(_load("stairstep"), VARIED)
    assert "vector_customers" not in fast.__qualname__

