"""``analyze(..., reuse=)``: the final analysis of an edit takes over the deterministic part of
the provisional one made moments before (the app analyses each edit at once, then again with its
simulation) and still equals a fresh ``analyze`` to the last figure."""

from __future__ import annotations

import pytest

from evaluator.core import fileformat
from evaluator.core.analysis import analyze
from evaluator.core.simulation import simulate
from evaluator.resources import example_paths

EXAMPLES = sorted(example_paths(), key=lambda p: p.name)


@pytest.fixture(scope="module")
def simulated():
    """Each bundled example with its own simulation (the document's settings and seed)."""
    found = {}
    for path in EXAMPLES:
        ev = fileformat.load(str(path))
        found[path.stem] = (ev, simulate(ev))
    return found


@pytest.mark.parametrize("stem", [p.stem for p in EXAMPLES])
def test_the_reused_analysis_equals_a_fresh_one_for_every_example(simulated, stem):
    ev, sim = simulated[stem]
    for lang in ("nl", "en"):
        provisional = analyze(ev, lang, run_simulation=False)
        reused = analyze(ev, lang, sim, reuse=provisional)
        fresh = analyze(ev, lang, sim)
        # The deterministic part is taken over, not computed again ...
        assert reused.projection is provisional.projection
        assert reused.break_even is provisional.break_even
        assert reused.typical is provisional.typical
        # ... and the whole analysis (flags, verdict, comparison, decision aids) is the fresh one.
        assert reused.to_json() == fresh.to_json()
        assert reused == fresh
        assert reused.complete and not provisional.complete


def test_an_analysis_of_another_document_is_not_reused(simulated):
    ev, sim = simulated[next(p.stem for p in EXAMPLES if "doterra" in p.stem)]
    provisional = analyze(ev, "en", run_simulation=False)
    # An assumption: the simulation does not read it (the same run still describes the offer),
    # but the projection and so the verdict's figures do.
    hours = ev.assumptions.hours_per_week
    edited = ev.model_copy(update={"assumptions": ev.assumptions.model_copy(
        update={"hours_per_week": hours * 4})})
    reused = analyze(edited, "en", sim, reuse=provisional)
    fresh = analyze(edited, "en", sim)
    assert reused.projection is not provisional.projection
    assert reused.to_json() == fresh.to_json()
    # The hourly result changes with four times the hours (income / hours): not the old figure.
    assert reused.projection.hourly != provisional.projection.hourly


def test_an_analysis_in_another_language_is_not_reused(simulated):
    ev, sim = simulated[next(p.stem for p in EXAMPLES if "pyramid" in p.stem)]
    english = analyze(ev, "en", run_simulation=False)
    dutch = analyze(ev, "nl", sim, reuse=english)
    assert dutch.break_even is not english.break_even
    assert dutch.to_json() == analyze(ev, "nl", sim).to_json()
    assert dutch.questions != english.questions  # the questions are in Dutch now
