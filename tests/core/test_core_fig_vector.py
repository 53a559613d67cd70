"""The break-even search's recruits path over arrays (projection_vec.py) gives bit for bit the
per-month path's and project()'s total_net, for the plans it takes, and leaves other plans alone."""

from __future__ import annotations

import copy

import numpy  # noqa: F401  (the vector path runs only once numpy is loaded, as in the app)
import pytest

from evaluator.core import fileformat, projection
from evaluator.core.breakeven import _with
from evaluator.core.projection import project, total_net_of
from evaluator.resources import example_paths

FAST_START = next(p for p in example_paths() if "fast-start" in p.stem)
XS = (0.0, 0.001, 0.2468, 0.3729076989679797, 0.5, 1.0, 2.5, 7.77, 16.0, 123.456, 10_000.0)


def _variant(change, path=FAST_START) -> object:
    data = fileformat.to_data(fileformat.load(path))
    data = copy.deepcopy(data)
    change(data)
    return fileformat.from_data(data)


def _components(data):
    return data["offer"]["payout"]["components"]


def _set(data, kind, **fields):
    next(c for c in _components(data) if c["type"] == kind).update(fields)


VARIANTS = {
    "as is": lambda d: None,
    "unilevel by rank": lambda d: _set(d, "unilevel", depth_by_rank={"Team bonus 1": 2, "Team bonus 3": 6}),
    "matching from rank 2": lambda d: _set(d, "matching", min_rank="Team bonus 2"),
    "matching a zero generation": lambda d: _set(d, "matching", percents=[0.0, 5.0, 2.0]),
    "fast start 1 month": lambda d: _set(d, "fast_start", months=1),
    "fast start beyond horizon": lambda d: _set(d, "fast_start", months=40),
    "deep fast start": lambda d: _set(d, "fast_start", percents=[20, 10, 5, 4, 3, 2, 1, 1, 1, 1, 1]),
    "no downline recruiting": lambda d: d["assumptions"].update(downline_recruits_per_member_per_month=0.0),
    "recruits in all": lambda d: d["assumptions"].update(recruits_total=8.0),
    "no customers": lambda d: d["assumptions"].update(new_customers_per_month=0.0),
    "one month": lambda d: d["assumptions"].update(horizon_months=1),
}


@pytest.mark.parametrize("name", VARIANTS)
@pytest.mark.parametrize("varied", ("recruits_per_month", "recruits_total"))
def test_vector_path_is_bit_for_bit_project_and_the_month_path(name, varied, monkeypatch):
    ev = _variant(VARIANTS[name])
    fast = total_net_of(ev, varied)
    monkeypatch.setattr(projection, "VECTOR_FROM", 10**9)  # the per-month path
    slow = total_net_of(ev, varied)
    assert "vector_total" in fast.__qualname__ and "vector_total" not in slow.__qualname__
    for x in XS:
        # Equality, not approx: the solver's answers (and the golden files) depend on every bit.
        want = project(_with(ev, **{varied: x})).total_net
        assert fast(x) == slow(x) == want, (name, varied, x)


STAIRSTEP = next(p for p in example_paths() if "stairstep" in p.stem)
TWO_TIER = next(p for p in example_paths() if "two-tier" in p.stem)
OTHER_VARIANTS = {
    "stairstep as is": (STAIRSTEP, lambda d: None),
    "stairstep off own volume": (STAIRSTEP, lambda d: _set(d, "stairstep", own_volume=False)),
    "stairstep on customer volume": (STAIRSTEP, lambda d: _set(d, "stairstep", basis="customer_volume")),
    "stairstep off own, customer volume": (
        STAIRSTEP, lambda d: _set(d, "stairstep", own_volume=False, basis="customer_volume")),
    "recruit bonus as is": (TWO_TIER, lambda d: None),
    "recruit bonus 3 levels deep": (TWO_TIER, lambda d: (
        _set(d, "recruit_bonus", amounts=[25.0, 10.0, 5.0]),
        _set(d, "unilevel", levels=[5.0, 3.0, 2.0]),
        d["assumptions"].update(downline_recruits_per_member_per_month=0.3))),
    "recruit bonus deeper than tracked": (TWO_TIER, lambda d: (
        _set(d, "recruit_bonus", amounts=[25.0, 0.0, 0.0, 0.0, 9.0]),
        d["assumptions"].update(downline_recruits_per_member_per_month=0.3))),
}


@pytest.mark.parametrize("name", OTHER_VARIANTS)
@pytest.mark.parametrize("varied", ("recruits_per_month", "recruits_total"))
def test_vector_path_for_stairstep_and_recruit_bonus(name, varied, monkeypatch):
    path, change = OTHER_VARIANTS[name]
    ev = _variant(change, path)
    fast = total_net_of(ev, varied)
    monkeypatch.setattr(projection, "VECTOR_FROM", 10**9)
    slow = total_net_of(ev, varied)
    assert "vector_total" in fast.__qualname__ and "vector_total" not in slow.__qualname__
    for x in XS:
        # Equality, not approx: the solver's answers (and the golden files) depend on every bit.
        want = project(_with(ev, **{varied: x})).total_net
        assert fast(x) == slow(x) == want, (name, varied, x)


def test_the_examples_take_the_vector_path_where_expected():
    from evaluator.core.projection_vec import vector_total
    from evaluator.core import terms

    taken = set()
    for path in example_paths():
        ev = fileformat.load(path)
        t = terms.of(ev)
        a = ev.assumptions
        tracked = max(1, min(a.horizon_months, t.plan.projection_depth()))
        months = [(0.0, 0.0, 0.0, 0.0)] * a.horizon_months
        if vector_total(t.plan, t.downline, tracked, 0.5, months, lambda x: [], 0.1) is not None:
            taken.add(path.stem)
    # Binary and matrix plans keep the per-month path.
    assert {"mlm-unilevel-fast-start-matching", "mlm-unilevel-doterra-2017",
            "mlm-stairstep-breakaway", "affiliate-two-tier", "pyramid-scheme"} <= taken
    assert not any("binary" in s or "matrix" in s or "gifting" in s for s in taken)


def test_hand_computed_unilevel_month_by_month():
    # A 2-month horizon, 1 recruit a month, no downline recruiting, 100% staying: a_1 = 1, 2.
    # Unilevel 10% on level 1 of B per member; with the example's B (its volumes) the downline
    # income is 0.1 * 1 * B + 0.1 * 2 * B = 0.3 B on top of the per-month path's other parts, and
    # the vector path equals project() exactly.
    def change(d):
        d["offer"]["payout"]["components"] = [
            {"type": "unilevel", "levels": [10.0], "basis": "all_volume", "compression": "none",
             "depth_by_rank": {}}]
        d["assumptions"].update(horizon_months=2, downline_recruits_per_member_per_month=0.0,
                                downline_retention_percent=100.0)
    ev = _variant(change)
    fast = total_net_of(ev, "recruits_per_month")
    p1 = project(_with(ev, recruits_per_month=1.0))
    b = projection.offer_terms.of(ev).downline.commissionable
    assert p1.revenue["downline"] == [0.1 * 1.0 * b, 0.1 * 2.0 * b]
    assert fast(1.0) == p1.total_net
    assert fast(0.0) == project(_with(ev, recruits_per_month=0.0)).total_net


def test_without_numpy_loaded_the_month_path_runs_and_numpy_stays_out():
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    code = ("import sys; from evaluator.core import fileformat; "
            "from evaluator.core.projection import total_net_of; "
            f"f = total_net_of(fileformat.load({str(FAST_START)!r}), 'recruits_per_month'); "
            "print(repr(f(0.3729076989679797)), 'vector_total' in f.__qualname__, 'numpy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True,
                         check=True).stdout.split()
    want = total_net_of(fileformat.load(FAST_START), "recruits_per_month")(0.3729076989679797)
    assert out == [repr(want), "False", "False"]


@pytest.mark.parametrize("d", (0.0, 0.1, 0.5))
def test_downline_levels_are_the_downline_steps(d):
    from evaluator.core.projection import _downline_months
    from evaluator.core.projection_vec import downline_levels

    recruits = [0.37, 1.0, 0.0, 2.5, 0.0, 0.0, 3.0, 1e-3] * 3
    steps = _downline_months(recruits, 9, 0.85, d)
    flat, members = downline_levels(recruits, 9, 0.85, d)
    assert flat == [a for _, levels, _, _, _ in steps for a in levels]
    assert members == [total for _, _, total, _, _ in steps]
    # By hand, month 1 and 2 with d = 0.5: a_1 = 0.37, then 0.85 * 0.37 + 1 = 1.3145;
    # a_2(2) = 0.85 * 0 + 0.5 * 0.37 = 0.185; T(2) = (0.85 + 0.5) * 0.37 + 1 = 1.4995.
    if d == 0.5:
        assert flat[:2] == [0.37, 0.0] and flat[9:11] == [0.85 * 0.37 + 1.0, 0.5 * 0.37]
        assert members[1] == pytest.approx(1.4995, abs=1e-12)


def test_absurd_inputs_overflow_as_the_month_path_does(monkeypatch):
    # A downline growing ~11x a month for 120 months, and 1e300 recruits a month (which
    # overflows to inf): the array path gives the same, by repr (nan != nan), without a warning.
    def change(d):
        d["assumptions"].update(horizon_months=120, downline_recruits_per_member_per_month=10.0)
    ev = _variant(change)
    fast = total_net_of(ev, "recruits_per_month")
    monkeypatch.setattr(projection, "VECTOR_FROM", 10**9)
    slow = total_net_of(ev, "recruits_per_month")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no RuntimeWarning from numpy either
        got = [repr(fast(x)) for x in (0.0, 1.0, 10_000.0, 1e300)]
    assert got == [repr(slow(x)) for x in (0.0, 1.0, 10_000.0, 1e300)]
    assert got[0] != got[3]
