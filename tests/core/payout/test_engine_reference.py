"""The vectorised engine equals the plain per-member reference on random plans and networks."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator.core.payout.engine import _dump_json_text, compute, dump_json

from .reference import assert_close, reference_payout
from .strategies import networks, plans


def check(plan, net):
    result = compute(plan, net)
    expected = reference_payout(plan, net)
    placement = expected.pop("_placement")
    assert_close(result.to_json(net.ids), expected)
    if placement is not None:
        assert result.extra["placement"].tolist()[1:] == placement[1:]


@st.composite
def cases(draw, max_size=25):
    plan = draw(plans())
    return plan, draw(networks(plan, max_size))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_engine_equals_reference(case):
    check(*case)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases())
def test_walks_for_very_deep_trees_equal_reference(case):
    """A tree deeper than DEEP_TREE levels is paid by walks up the tree instead of the
    level-order sweeps; with the limit at 0 every network takes those walks, and they equal
    the reference too."""
    from unittest import mock

    from evaluator.core.payout import engine, network

    plan, net = case
    with mock.patch.object(engine, "DEEP_TREE", 0), mock.patch.object(network, "DEEP_TREE", 0):
        assert net.n == 0 or engine.level_order(net) is None  # the walks, not the sweeps
        check(plan, net)


@pytest.mark.slow
@pytest.mark.timeout(1200)
@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(max_size=60))
def test_engine_equals_reference_long(case):
    check(*case)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(max_size=8), st.sampled_from(["plain", 'quo"te', "back\\slash", "ctl\x01", "Zoë", "tab\t"]))
def test_dump_json_is_the_json_of_to_json(case, prefix):
    plan, net = case
    net.ids = [f"{prefix}{i}" for i in range(net.n)]
    result = compute(plan, net)
    text = dump_json(result, net.ids)
    assert json.loads(text) == result.to_json(net.ids)
    # a line for "{members", one per member, "},", one per summary key and the closing "}"
    assert text.count("\n") == 1 + net.n + 1 + len(result.summary()) + 1


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(max_size=12), st.sampled_from(["m", "plain-id.", 'quo"te', "Zoë"]))
def test_dump_json_fast_path_writes_the_same_text_as_the_format_string(case, prefix):
    # the byte-matrix writer (plain ASCII ids) and the per-member format string agree to the byte
    plan, net = case
    net.ids = [f"{prefix}{i}" for i in range(net.n)]
    result = compute(plan, net)
    if result.by_component:
        first = next(iter(result.by_component))
        result.by_component[first][0] = -0.0  # repr "-0.0", which np.unique would merge with 0.0
    assert dump_json(result, net.ids) == _dump_json_text(result, net.ids)


def test_dump_json_fast_path_on_awkward_values():
    from evaluator.core.payout.network import Network
    from evaluator.core.plans.components import PayoutPlan

    plan = PayoutPlan.model_validate({"ranks": [{"name": 'Go"ld'}, {"name": "Zilver ë"}], "components": [
        {"type": "binary", "percent": 10, "carry_over": True}, {"type": "matrix", "width": 2, "depth": 1,
                                                                 "levels": [5], "cycle_bonus": 1}]}, strict=True)
    net = Network.build(sponsor=[-1, 0, 0, 1], volume=[0.1, 1e-7, 123456789.125, 0.30000000000000004],
                        rank=[0, 1, -1, 1], ids=["a", "b", "c", "d"])
    result = compute(plan, net)
    text = dump_json(result, net.ids)
    assert text == _dump_json_text(result, net.ids)
    assert '"rank":"Go\\"ld"' in text and '"rank":"Zilver ë"' in text and '"cycled":true' in text
