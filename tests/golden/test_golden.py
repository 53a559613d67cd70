"""Every bundled example gives the same ``analyze --json``, ``simulate --json`` (minus
``elapsed_s``) and PDF text as the committed golden files (see golden.py)."""

from __future__ import annotations

import json

import pytest

from . import golden

EXAMPLES = golden.examples()
IDS = [p.stem for p in EXAMPLES]


def test_every_example_has_golden_files():
    assert len(EXAMPLES) >= 5
    for path in EXAMPLES:
        for lang in golden.LANGS:
            assert golden.golden_name(path, "analyze", lang).is_file()
            assert golden.golden_name(path, "report", lang).is_file()
        assert golden.golden_name(path, "simulate").is_file()


@pytest.mark.parametrize("lang", golden.LANGS)
@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_analyze_json_unchanged(path, lang):
    want = json.loads(golden.golden_name(path, "analyze", lang).read_text("utf-8"))
    assert golden.analyze_json(path, lang) == want


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_simulate_json_unchanged(path):
    want = json.loads(golden.golden_name(path, "simulate").read_text("utf-8"))
    assert golden.simulate_json(path) == want


@pytest.mark.parametrize("lang", golden.LANGS)
@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_report_text_unchanged(qapp, path, lang):
    want = golden.golden_name(path, "report", lang).read_text("utf-8").strip()
    assert golden.report_text(path, lang) == want
