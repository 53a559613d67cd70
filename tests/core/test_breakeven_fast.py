"""The break-even search's fast path (projection.total_net_of) gives exactly project()'s
total_net, and break_even_needs keeps its answer per document state."""

from __future__ import annotations

import pytest

from evaluator.core import breakeven, fileformat
from evaluator.core.breakeven import _with, break_even_needs
from evaluator.core.projection import SOLVED_INPUTS, project, total_net_of
from evaluator.resources import example_paths

EXAMPLES = sorted(example_paths())
VALUES = (0.0, 0.001, 0.37, 1.0, 2.5, 16.0, 123.456, 10_000.0)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
@pytest.mark.parametrize("varied", SOLVED_INPUTS)
def test_fast_total_net_is_bit_for_bit_the_projections(path, varied):
    ev = fileformat.load(path)
    fast = total_net_of(ev, varied)
    for x in VALUES:
        # Equality, not approx: the solver's answers (and the golden files) depend on every bit.
        assert fast(x) == project(_with(ev, **{varied: x})).total_net, (varied, x)


def test_fast_path_with_recruits_total_ignores_recruits_per_month():
    # As in the projection: with recruits_total given, recruits_per_month changes nothing.
    ev = fileformat.load(next(p for p in EXAMPLES if "doterra" in p.name))
    ev = _with(ev, recruits_total=6.0)
    fast = total_net_of(ev, "recruits_per_month")
    assert fast(0.0) == fast(50.0) == project(ev).total_net


def test_unknown_input_is_refused():
    ev = fileformat.load(EXAMPLES[0])
    with pytest.raises(ValueError):
        total_net_of(ev, "hours_per_week")


def test_needs_are_kept_per_document_state(monkeypatch):
    ev = fileformat.load(next(p for p in EXAMPLES if "doterra" in p.name))
    breakeven._CACHE.clear()
    calls = []
    solve = breakeven._solve
    monkeypatch.setattr(breakeven, "_solve", lambda *a: calls.append(1) or solve(*a))
    first = break_even_needs(ev)
    again = break_even_needs(fileformat.from_data(fileformat.to_data(ev)))  # an equal copy (undo)
    assert calls == [1] and again == first and again is not first
    break_even_needs(ev, "nl")  # another language: another explanation
    changed = _with(ev, new_customers_per_month=3.0)
    other = break_even_needs(changed)
    assert len(calls) == 3 and other != first


def test_decision_aids_are_kept_per_document_state():
    from evaluator.core import analysis

    ev = fileformat.load(next(p for p in EXAMPLES if "doterra" in p.name))
    analysis._DECISIONS.clear()
    first = analysis.analyze(ev, "en", run_simulation=False).decisions
    # The same document again (the analysis with the simulation, or undo): the same aids.
    again = analysis.analyze(fileformat.from_data(fileformat.to_data(ev)), "en",
                             run_simulation=False).decisions
    assert again is first
    changed = analysis.analyze(_with(ev, other_expenses_per_month=99.0), "en",
                               run_simulation=False).decisions
    assert changed is not first and changed.exit != first.exit  # 99 a month more in every row
