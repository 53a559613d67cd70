"""The bundled examples analyse, and their verdicts match their nature (each example's file
name says which kind of offer it is)."""

from __future__ import annotations

import json

import pytest

from evaluator.core.analysis import analyze
from evaluator.core.fileformat import load
from evaluator.resources import example_paths

# File-name word -> the verdicts that example may get.
EXPECTED = {
    "pyramid": {"likely_pyramid"},
    "dealer": {"lower_risk", "caution"},
    "affiliate": {"lower_risk", "caution"},
    "unilevel": {"high_risk", "likely_pyramid"},
    "binary": {"high_risk", "likely_pyramid"},
    "stairstep": {"high_risk", "likely_pyramid"},
    "matrix": {"high_risk", "likely_pyramid"},
    "gifting": {"likely_pyramid"},  # a gifting circle: money for recruits, nothing sold
}


def _kind(name: str) -> str | None:
    name = name.lower()
    return next((word for word in EXPECTED if word in name), None)


def _examples(kind: str | None = None):
    return [pytest.param(p, id=p.name) for p in example_paths() if kind in (None, _kind(p.name))]


def test_examples_exist_for_every_offer_type_and_each_is_one():
    kinds = {p.name: _kind(p.name) for p in example_paths()}
    assert None not in kinds.values(), f"examples of no known kind: {kinds}"
    assert set(EXPECTED) <= set(kinds.values()), f"missing examples for {set(EXPECTED) - set(kinds.values())}"


@pytest.mark.parametrize("path", _examples())
def test_example_verdict_matches_its_nature(path):
    kind = _kind(path.name)
    evaluation = load(path)
    for lang in ("en", "nl"):
        analysis = analyze(evaluation, lang)
        assert analysis.verdict.level in EXPECTED[kind], (
            path.name, lang, analysis.verdict.level, [(f.id, f.severity) for f in analysis.red_flags])
        json.dumps(analysis.to_json(), allow_nan=False)


@pytest.mark.parametrize("path", _examples("unilevel"))  # the MLMs with a real disclosure
def test_mlm_example_with_a_real_disclosure_has_a_typical_participant(path):
    analysis = analyze(load(path))
    assert analysis.typical is not None
