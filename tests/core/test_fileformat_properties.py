"""Property-based tests of the file format and the projection (hypothesis).

The default budget is small so that ``make test`` stays fast; the ``slow`` variants run the same
properties with a large budget (``make test-slow``).
"""

from __future__ import annotations

import copy
import json
import math
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator.core.fileformat import EvaluationFileError, dumps, from_data, load, loads, save
from evaluator.core.projection import project

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ---- a strategy for valid evaluation documents ----------------------------------------------

text = st.text(max_size=40)
name = st.text(min_size=1, max_size=40)
amount = st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)
small_amount = st.floats(min_value=0, max_value=2_000, allow_nan=False, allow_infinity=False)
positive = st.floats(min_value=0.01, max_value=1e5, allow_nan=False, allow_infinity=False)
percent = st.floats(min_value=0, max_value=100, allow_nan=False, allow_infinity=False)
count = st.integers(min_value=0, max_value=10_000)
rate = st.floats(min_value=0, max_value=5, allow_nan=False, allow_infinity=False)
currency = st.sampled_from(["EUR", "USD", "GBP", "SEK", "XYZ"])
# Volume per unit: 0 or a sane positive value. A subnormal volume such as 5e-324 makes the cost of
# volume (x * w / v) overflow to infinity: a known defect, tested in test_projection.py.
volume = st.just(0.0) | st.floats(min_value=0.01, max_value=2_000)


def optional(strategy):
    return st.none() | strategy


@st.composite
def tiers(draw):
    weights = draw(st.lists(st.floats(min_value=1, max_value=100), min_size=1, max_size=5))
    total = sum(weights)
    return [
        {"name": draw(text), "share_percent": min(100.0, round(100 * w / total, 6)), "annual_average": draw(amount),
         "annual_median": draw(optional(amount))}
        for w in weights
    ]


@st.composite
def offers(draw):
    return {
        "name": draw(name),
        "company": draw(text),
        "kind": draw(st.sampled_from(["mlm", "dealer", "affiliate", "other"])),
        "currency": draw(currency),
        "notes": draw(text),
        "fees": {"signup": draw(small_amount), "starter_kit": draw(small_amount),
                 "monthly": draw(small_amount), "annual": draw(small_amount)},
        "products": draw(st.lists(st.fixed_dictionaries({
            "name": name, "wholesale_price": positive, "retail_price": positive,
            "volume": optional(volume), "market_price": optional(positive)}), max_size=3)),
        "requirements": {"monthly_volume": draw(small_amount), "autoship_required": draw(st.booleans()),
                         "initial_inventory": draw(small_amount), "buyback_percent": draw(optional(percent)),
                         "buyback_days": draw(count), "cooling_off_days": draw(count)},
        "training": draw(st.lists(st.fixed_dictionaries({
            "name": name, "cost": small_amount,
            "times_per_year": st.floats(min_value=0, max_value=52, allow_nan=False),
            "mandatory": st.booleans(),
            "focus": st.sampled_from(["product", "sales", "recruiting", "mixed"])}), max_size=3)),
        "payout": {
            "retail_mode": draw(st.sampled_from(["margin", "commission", "none"])),
            "retail_commission_percent": draw(percent),
            "plan": draw(st.sampled_from(["none", "unilevel", "binary"])),
            "levels": draw(st.lists(percent, max_size=8)),
            "binary_percent": draw(percent),
            "binary_monthly_cap": draw(optional(amount)),
            "commission_basis": draw(st.sampled_from(["all_volume", "customer_volume"])),
            "recruit_bonus": draw(small_amount),
            "ranks": draw(st.lists(st.fixed_dictionaries({
                "name": name, "group_volume": amount, "legs": st.integers(0, 20),
                "monthly_bonus": small_amount}), max_size=4)),
        },
        "disclosure": draw(optional(st.fixed_dictionaries({
            "year": st.integers(1990, 2100), "source": text, "participants": optional(count),
            "currency": optional(currency),
            "basis": st.sampled_from(["all", "active", "earners", "unknown"]),
            "active_definition": text,
            "covered_percent": st.floats(min_value=0.1, max_value=100),
            "share_nothing_percent": optional(percent),
            "tiers": tiers(),
        }))),
        "claims": {"claimed_monthly_income": draw(optional(amount)), "text": draw(text)},
    }


@st.composite
def documents(draw):
    existing = draw(st.integers(1, 100_000))
    return {
        "format": "opportunity-evaluation",
        "version": 1,
        "offer": draw(offers()),
        "assumptions": {
            "horizon_months": draw(st.integers(1, 60)),
            "hours_per_week": draw(st.floats(min_value=0, max_value=168)),
            "new_customers_per_month": draw(rate),
            "customer_monthly_spend": draw(small_amount),
            "customer_retention_percent": draw(percent),
            "recruits_per_month": draw(rate),
            "downline_recruits_per_member_per_month": draw(st.floats(min_value=0, max_value=1)),
            "downline_retention_percent": draw(percent),
            "downline_customer_sales": draw(small_amount),
            "personal_use_percent": draw(percent),
            "other_expenses_per_month": draw(small_amount),
            "include_optional_training": draw(st.booleans()),
            "reference_hourly_wage": draw(optional(small_amount)),
        },
        "simulation": {
            "existing_participants": existing,
            "market_size": existing + draw(st.integers(0, 10_000_000)),
            "months": draw(optional(st.integers(1, 120))),
            "recruit_rate": draw(st.floats(min_value=0, max_value=2)),
            "churn_percent": draw(percent),
            "retail_sellers_percent": draw(percent),
            "customer_sales_mean": draw(small_amount),
            "attachment": draw(st.sampled_from(["uniform", "preferential"])),
            "seed": draw(st.integers(0, 2**63 - 1)),
        },
    }


# ---- arbitrary JSON never crashes the loader ------------------------------------------------

json_leaf = (st.none() | st.booleans() | st.integers(-10**30, 10**30) | st.floats()
             | st.text(max_size=20))
json_values = st.recursive(
    json_leaf,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from _paths(v, prefix + (i,))


@st.composite
def mutated_documents(draw):
    """A valid document with one value replaced, or one unexpected key added, anywhere."""
    doc = draw(documents())
    paths = [p for p in _paths(doc) if p]
    path = draw(st.sampled_from(paths))
    target = doc
    for part in path[:-1]:
        target = target[part]
    replacement = draw(json_values)
    if isinstance(target, dict) and draw(st.booleans()):
        target[draw(st.text(min_size=1, max_size=10))] = replacement
    else:
        target[path[-1]] = replacement
    return doc


def _check_never_crashes(data):
    text = json.dumps(data, allow_nan=True)  # NaN/Infinity literals included on purpose
    try:
        ev = loads(text)
    except EvaluationFileError as exc:
        assert exc.problems
        for p in exc.problems:
            assert isinstance(p.path, str)
            for lang in ("en", "nl"):
                message = p.message(lang)
                assert isinstance(message, str) and message
                assert p.render(lang).endswith(message)
    else:
        assert loads(dumps(ev)) == ev


@FAST
@given(json_values | mutated_documents())
def test_arbitrary_json_never_crashes_the_loader(data):
    _check_never_crashes(data)


@pytest.mark.slow
@SLOW
@given(json_values | mutated_documents())
def test_arbitrary_json_never_crashes_the_loader_slow(data):
    _check_never_crashes(data)


@FAST
@given(st.binary(max_size=200) | st.text(max_size=200).map(str.encode))
def test_arbitrary_bytes_never_crash_the_loader(raw):
    try:
        loads(raw)
    except EvaluationFileError as exc:
        assert all(p.message("nl") for p in exc.problems)


# ---- every valid evaluation round-trips ------------------------------------------------------


def _check_round_trip(data):
    ev = from_data(copy.deepcopy(data))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.oppeval"
        save(ev, path)
        again = load(path)
    assert again == ev
    assert dumps(again) == dumps(ev)
    assert loads(dumps(ev)).model_dump() == ev.model_dump()


@FAST
@given(documents())
def test_valid_evaluations_round_trip(data):
    _check_round_trip(data)


@pytest.mark.slow
@SLOW
@given(documents())
def test_valid_evaluations_round_trip_slow(data):
    _check_round_trip(data)


# ---- projection properties -------------------------------------------------------------------


def _check_cumulative(data):
    p = project(from_data(data))
    running = 0.0
    for net, cum in zip(p.net, p.cumulative_net):
        running += net
        assert math.isfinite(cum)
        assert cum == pytest.approx(running, rel=1e-9, abs=1e-6)
    assert p.total_net == p.cumulative_net[-1]
    if p.break_even_month is not None:
        assert p.cumulative_net[p.break_even_month - 1] >= -1e-6
        assert all(c < 0 for c in p.cumulative_net[: p.break_even_month - 1])
    else:
        assert all(c < 0 for c in p.cumulative_net)


@FAST
@given(documents())
def test_cumulative_net_is_running_sum_of_net(data):
    _check_cumulative(data)


@pytest.mark.slow
@SLOW
@given(documents())
def test_cumulative_net_is_running_sum_of_net_slow(data):
    _check_cumulative(data)


FEE_FIELDS = [
    ("offer", "fees", "signup"), ("offer", "fees", "starter_kit"), ("offer", "fees", "monthly"),
    ("offer", "fees", "annual"), ("offer", "requirements", "initial_inventory"),
    ("assumptions", "other_expenses_per_month"),
]


def _check_more_fees(data, which, extra):
    before = project(from_data(data)).total_net
    raised = copy.deepcopy(data)
    if which == "training":
        if not raised["offer"]["training"]:
            raised["offer"]["training"] = [{"name": "t", "cost": 0, "times_per_year": 1,
                                            "mandatory": True, "focus": "sales"}]
        raised["offer"]["training"][0]["cost"] += extra
    else:
        target = raised
        for part in which[:-1]:
            target = target[part]
        target[which[-1]] += extra
    after = project(from_data(raised)).total_net
    assert after <= before + 1e-9 * max(1.0, abs(before))


@FAST
@given(documents(), st.sampled_from(FEE_FIELDS + ["training"]),
       st.floats(min_value=0.01, max_value=1_000))
def test_more_fees_never_raise_net(data, which, extra):
    _check_more_fees(data, which, extra)


@pytest.mark.slow
@SLOW
@given(documents(), st.sampled_from(FEE_FIELDS + ["training"]),
       st.floats(min_value=0.01, max_value=1_000))
def test_more_fees_never_raise_net_slow(data, which, extra):
    _check_more_fees(data, which, extra)
