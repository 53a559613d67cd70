"""Fuzzing the loader, the analysis and the simulation with hypothesis.

* Broken documents: the bundled examples and the kept v1 fixtures, mutated (keys deleted, values
  of the wrong type, NaN and infinities, huge numbers, absurd nesting, strings and lists over the
  limits, unknown keys, random bytes spliced in, truncation). ``loads`` may only raise
  ``EvaluationFileError``; every problem has a message in both languages and a path that is ''
  (the whole file) or names a field that is in the document or in the model.
* Valid documents (the round-trip strategy of ``tests/core/test_fileformat_properties.py`` and
  in-range mutations of the examples): ``analyze`` succeeds in both languages and its JSON is
  strict (no NaN/Infinity).
* The simulation on small random valid settings (market <= 5,000, months <= 24): money is
  conserved — each participant's net is earnings minus costs, the per-source and per-category
  totals are the sums over participants, the company's receipts are everyone's costs and its
  payouts are exactly the earnings it pays.

The fast variants use a few seconds; the ``slow`` ones (``make test-slow``) a large budget.
"""

from __future__ import annotations

import copy
import json
import math
import re

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator.core import fileformat
from evaluator.core.analysis import analyze
from evaluator.core.fileformat import EvaluationFileError, format_path
from evaluator.core.simulation import COST_CATEGORIES, EARNING_SOURCES, simulate_detailed
from evaluator.resources import example_paths
from tests.core.test_fileformat_properties import documents, offers

FAST = settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
FAST_SIM = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
SLOW = settings(max_examples=6000, deadline=None, suppress_health_check=list(HealthCheck))
# A whole analysis is ~40 ms alone (the break-even solver projects many times), so 3,000 of them
# take about two minutes alone and stay clear of the slow tests' 600 s hang guard on a loaded machine.
SLOW_ANALYSE = settings(max_examples=3000, deadline=None, suppress_health_check=list(HealthCheck))
SLOW_SIM = settings(max_examples=1500, deadline=None, suppress_health_check=list(HealthCheck))

def _seed_documents() -> list[dict]:
    from pathlib import Path

    kept = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "files").rglob("*.oppeval"))
    docs = []
    for path in [*example_paths(), *kept]:
        try:
            docs.append(json.loads(path.read_bytes().decode("utf-8-sig")))
        except ValueError:
            continue
    assert len(docs) >= 5
    return docs


SEEDS = _seed_documents()


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, prefix + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _paths(child, prefix + (i,))


def _generic(path: str) -> str:
    return re.sub(r"\[\d+\]", "[*]", path)


def _model_paths() -> set[str]:
    """Every field path the model has, list indices as [*] (from documents with every list filled)."""
    out = set()
    for doc in SEEDS:
        ev = fileformat.from_data(copy.deepcopy(doc))
        # the version-2 paths, and the seed's own (a version-1 seed is validated as version 1,
        # so a problem can name a version-1 field such as payout.ranks[*].monthly_bonus)
        for p in [*_paths(fileformat.to_data(ev)), *_paths(doc)]:
            out.add(_generic(format_path(p)))
    for key in ("products", "training", "payout.ranks", "disclosure.tiers"):
        assert f"offer.{key}[*].name" in out, key  # every list is filled in some seed
    return out


MODEL_PATHS = _model_paths()


# ------------------------------------------------------------------------------------------------
# Broken documents

def _deep(depth: int):
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


_bad_values = st.one_of(
    st.sampled_from([None, True, False, "", "text", "12", -1, 0, 1e308, -1e308, 5e-324, 10**30,
                     -(10**30), 10**400, [], {}, [1, 2], {"x": 1}, "NaN", "EUR", "mlm", 12.5]),
    st.just(float("nan")), st.just(float("inf")), st.just(float("-inf")),
    st.integers(20, 200).map(_deep),
    st.integers(201, 25_000).map(lambda n: "x" * n),
    st.integers(101, 600).map(lambda n: [0] * n),
    st.text(max_size=30),
    st.floats(),
    st.integers(),
)
bad_values = _bad_values.map(copy.deepcopy)  # never mutate the strategy's own [] and {}


@st.composite
def broken_texts(draw):
    """The text of a damaged evaluation file, and the parsed data when it is still JSON."""
    doc = copy.deepcopy(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(doc) if p]
        if not paths:  # everything deleted already
            break
        path = draw(st.sampled_from(paths))
        parent = doc
        for part in path[:-1]:
            parent = parent[part]
        action = draw(st.sampled_from(["delete", "replace", "replace", "unknown_key", "append"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = draw(bad_values)
        elif action == "unknown_key" and isinstance(parent, dict):
            parent[draw(st.text(min_size=1, max_size=12))] = draw(bad_values)
        elif action == "append" and isinstance(parent[path[-1]], list):
            parent[path[-1]].append(draw(bad_values))
        else:
            parent[path[-1]] = draw(bad_values)
    try:
        text = json.dumps(doc, ensure_ascii=draw(st.booleans()))  # NaN/Infinity literals on purpose
    except (ValueError, RecursionError):
        text = json.dumps({"format": "opportunity-evaluation", "version": 1, "offer": {"name": "x"}})
    raw = text.encode("utf-8")
    how = draw(st.sampled_from(["as_is", "as_is", "splice", "truncate", "bom"]))
    if how == "splice":
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + draw(st.binary(min_size=1, max_size=16)) + raw[at:]
    elif how == "truncate":
        raw = raw[: draw(st.integers(0, max(0, len(raw) - 1)))]
    elif how == "bom":
        raw = b"\xef\xbb\xbf" + raw
    return raw


def check_broken(raw: bytes) -> None:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError):
        data = None
    present = {format_path(p) for p in _paths(data)} if data is not None else set()
    try:
        ev = fileformat.loads(raw)
    except EvaluationFileError as exc:
        assert exc.problems
        for problem in exc.problems:
            for lang in ("en", "nl"):
                message = problem.message(lang)
                assert isinstance(message, str) and message.strip()
                assert problem.render(lang).endswith(message)
            if problem.path:
                assert problem.path in present or _generic(problem.path) in MODEL_PATHS, (
                    problem.path, problem.code)
            if problem.code == "unknown_key":
                assert problem.path in present
    else:  # some mutations keep the file valid (an optional field deleted, a value in range)
        assert fileformat.loads(fileformat.dumps(ev)) == ev
        json.dumps(analyze(ev, "en", run_simulation=False).to_json(), allow_nan=False)


@FAST
@given(broken_texts())
def test_broken_documents_are_refused_cleanly_naming_a_field(raw):
    check_broken(raw)


@pytest.mark.slow
@SLOW
@given(broken_texts())
def test_broken_documents_are_refused_cleanly_naming_a_field_slow(raw):
    check_broken(raw)


def test_the_broken_document_check_can_fail():
    """A problem pointing at a field that does not exist would be caught."""
    ghost = EvaluationFileError([fileformat.Problem("offer.no_such_field", "number")])
    assert "offer.no_such_field" not in MODEL_PATHS
    import unittest.mock as mock

    with mock.patch.object(fileformat, "loads", side_effect=ghost), pytest.raises(AssertionError):
        check_broken(json.dumps(SEEDS[0]).encode())
    with mock.patch.object(fileformat, "loads", side_effect=KeyError("boom")), pytest.raises(KeyError):
        check_broken(json.dumps(SEEDS[0]).encode())


# ------------------------------------------------------------------------------------------------
# Valid documents always analyse

@st.composite
def valid_mutations(draw):
    """An example with a few numbers changed to other in-range values (if the result validates)."""
    doc = copy.deepcopy(draw(st.sampled_from(SEEDS)))
    numeric = [p for p in _paths(doc) if p and isinstance(_get(doc, p), (int, float))
               and not isinstance(_get(doc, p), bool) and p[0] != "version"]
    if not numeric:  # the minimal fixture
        return doc
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(numeric))
        old = _get(doc, path)
        new = draw(st.integers(0, 10**6) if isinstance(old, int) else
                   st.floats(0, 1e6, allow_nan=False) | st.floats(0, 100, allow_nan=False))
        trial = copy.deepcopy(doc)
        _put(trial, path, new)
        try:
            fileformat.from_data(copy.deepcopy(trial))
        except EvaluationFileError:
            continue
        doc = trial
    return doc


def _get(doc, path):
    for part in path:
        doc = doc[part]
    return doc


def _put(doc, path, value):
    for part in path[:-1]:
        doc = doc[part]
    doc[path[-1]] = value


def check_analyses(data: dict, lang: str) -> None:
    ev = fileformat.from_data(copy.deepcopy(data))
    # The deterministic analysis: a mutated document may ask for a market of millions, and the
    # simulation has its own fuzz test below (test_the_simulation_conserves_money).
    analysis = analyze(ev, lang, run_simulation=False)
    out = analysis.to_json()
    json.dumps(out, allow_nan=False)
    assert analysis.verdict.level in ("likely_pyramid", "high_risk", "caution", "lower_risk")
    assert len(analysis.projection.cumulative_net) == ev.assumptions.horizon_months
    assert all(math.isfinite(x) for x in analysis.projection.cumulative_net)


@FAST
@given(documents() | valid_mutations(), st.sampled_from(["en", "nl"]))
def test_a_valid_document_always_analyses(data, lang):
    check_analyses(data, lang)


@pytest.mark.slow
@SLOW_ANALYSE
@given(documents() | valid_mutations(), st.sampled_from(["en", "nl"]))
def test_a_valid_document_always_analyses_slow(data, lang):
    check_analyses(data, lang)


# ------------------------------------------------------------------------------------------------
# The simulation conserves money

@st.composite
def small_simulations(draw):
    existing = draw(st.integers(1, 500))
    data = {
        "format": "opportunity-evaluation", "version": 1, "offer": draw(offers()),
        "simulation": {
            "existing_participants": existing,
            "market_size": draw(st.integers(existing, 5_000)),
            "months": draw(st.integers(1, 24)),
            "recruit_rate": draw(st.floats(0, 2)),
            "churn_percent": draw(st.floats(0, 100)),
            "retail_sellers_percent": draw(st.floats(0, 100)),
            "customer_sales_mean": draw(st.floats(0, 2_000)),
            "attachment": draw(st.sampled_from(["uniform", "preferential"])),
            "seed": draw(st.integers(0, 2**63 - 1)),
        },
    }
    return data


def check_money(data: dict) -> None:
    ev = fileformat.from_data(copy.deepcopy(data))
    result, pop = simulate_detailed(ev)
    n = result.participants_ever
    assert n == len(pop.net) <= ev.simulation.market_size
    earnings = {k: np.asarray(pop.earnings[k], dtype=float) for k in EARNING_SOURCES}
    costs = {k: np.asarray(pop.costs[k], dtype=float) for k in COST_CATEGORIES}
    scale = 1.0 + sum(float(np.abs(v).sum()) for v in (*earnings.values(), *costs.values()))
    tol = 1e-9 * scale
    for name, arr in (*earnings.items(), *costs.items()):
        assert np.all(np.isfinite(arr)), name
        if name != "retail":  # a retail margin is negative when the price is below wholesale
            assert arr.min(initial=0.0) >= -tol, name  # no negative payment either way (float noise aside)
    gross = sum(earnings.values())
    paid = sum(costs.values())
    # each participant: net = everything earned - everything paid
    np.testing.assert_allclose(pop.net, gross - paid, rtol=0, atol=tol)
    # the totals are the sums over participants
    for k in EARNING_SOURCES:
        assert result.earnings_by_source[k] == pytest.approx(float(earnings[k].sum()), rel=1e-9, abs=tol)
    for k in COST_CATEGORIES:
        assert result.costs_by_category[k] == pytest.approx(float(costs[k].sum()), rel=1e-9, abs=tol)
    # the company receives what participants pay and pays out exactly what they earn from it
    receipts, payouts = result.company["receipts"], result.company["payouts"]
    assert sum(receipts.values()) == pytest.approx(float(paid.sum()), rel=1e-9, abs=tol)
    for k in ("downline", "recruiting", "rank"):
        assert payouts[k] == pytest.approx(result.earnings_by_source[k], rel=1e-9, abs=tol)
    company_pays_retail = ev.offer.payout.retail_mode == "commission"
    assert payouts["retail_commission"] == pytest.approx(
        result.earnings_by_source["retail"] if company_pays_retail else 0.0, rel=1e-9, abs=tol)
    # everyone together: outside customers' money (retail margin) + company payouts - payments in
    from_customers = 0.0 if company_pays_retail else result.earnings_by_source["retail"]
    assert float(pop.net.sum()) == pytest.approx(
        from_customers + sum(payouts.values()) - sum(receipts.values()), rel=1e-9, abs=tol)
    if sum(receipts.values()) > 0:
        assert result.payout_ratio == pytest.approx(sum(payouts.values()) / sum(receipts.values()))
    json.dumps(result.to_json(), allow_nan=False)
    json.dumps(analyze(ev, "nl", result).to_json(), allow_nan=False)


@FAST_SIM
@given(small_simulations())
def test_the_simulation_conserves_money(data):
    check_money(data)


@pytest.mark.slow
@SLOW_SIM
@given(small_simulations())
def test_the_simulation_conserves_money_slow(data):
    check_money(data)
