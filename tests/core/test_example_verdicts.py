"""The bundled examples analyse, and their verdicts match their nature.

The examples are written separately; until they exist these tests skip.
"""

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
}


def _kind(name: str) -> str | None:
    name = name.lower()
    return next((word for word in EXPECTED if word in name), None)


def _examples():
    return [pytest.param(p, id=p.name) for p in example_paths()]


def test_examples_exist_for_every_offer_type():
    paths = example_paths()
    if not paths:
        pytest.skip("no bundled examples yet")
    kinds = {_kind(p.name) for p in paths}
    assert set(EXPECTED) <= kinds, f"missing examples for {set(EXPECTED) - kinds}"


@pytest.mark.parametrize("path", _examples() or [pytest.param(None, marks=pytest.mark.skip("no examples yet"))])
def test_example_verdict_matches_its_nature(path):
    kind = _kind(path.name)
    if kind is None:
        pytest.skip(f"{path.name}: not one of the five offer types")
    evaluation = load(path)
    for lang in ("en", "nl"):
        analysis = analyze(evaluation, lang)
        assert analysis.verdict.level in EXPECTED[kind], (
            path.name, lang, analysis.verdict.level, [(f.id, f.severity) for f in analysis.red_flags])
        json.dumps(analysis.to_json(), allow_nan=False)


@pytest.mark.parametrize("path", _examples() or [pytest.param(None, marks=pytest.mark.skip("no examples yet"))])
def test_mlm_example_with_a_real_disclosure_has_a_typical_participant(path):
    if _kind(path.name) != "unilevel":
        pytest.skip("only the unilevel MLM carries a real disclosure")
    analysis = analyze(load(path))
    assert analysis.typical is not None
