"""The committed JSON Schema is generated from the model and accepts every bundled example."""

from __future__ import annotations

import json

import pytest

from evaluator.core import schema
from evaluator.core.fileformat import dumps, from_data
from evaluator.core.model import Evaluation
from evaluator.resources import example_paths, resource_path

SCHEMA_FILE = resource_path("schema", "oppeval-v1.schema.json")


def test_committed_schema_equals_generated():
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    assert committed == schema.schema_text(), (
        "resources/schema/oppeval-v1.schema.json is out of date: run `python -m evaluator.core.schema`"
    )


def test_schema_header_and_root():
    s = schema.json_schema()
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert s["$id"].endswith("/oppeval-v1.schema.json")
    assert "format version 1" in s["title"]
    assert set(s["required"]) == {"format", "version", "offer"}
    assert s["properties"]["format"]["const"] == "opportunity-evaluation"
    assert s["additionalProperties"] is False
    # every object refuses unknown keys, as the loader does
    for name, definition in s["$defs"].items():
        if definition.get("type") == "object":
            assert definition.get("additionalProperties") is False, name


def test_schema_carries_both_languages():
    s = schema.json_schema()
    prop = s["$defs"]["Fees"]["properties"]["signup"]
    assert prop["label_nl"] == "Inschrijfgeld"
    assert prop["label_en"] == "Sign-up fee"
    assert prop["minimum"] == 0


def test_main_writes_the_file(tmp_path, capsys):
    out = tmp_path / "sub" / "s.json"
    assert schema.main([str(out)]) == 0
    assert out.read_text(encoding="utf-8") == schema.schema_text()
    assert str(out) in capsys.readouterr().out


# ---- validation with the jsonschema package, where it is installed --------------------------


@pytest.fixture(scope="module")
def validator():
    jsonschema = pytest.importorskip("jsonschema")
    s = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(s)
    return jsonschema.Draft202012Validator(s)


def test_examples_validate_against_schema(validator):
    paths = example_paths()
    assert len(paths) >= 5
    for path in paths:
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        assert errors == [], (path.name, [e.message for e in errors])


def test_minimal_and_full_documents_validate(validator):
    minimal = {"format": "opportunity-evaluation", "version": 1, "offer": {"name": "X"}}
    assert list(validator.iter_errors(minimal)) == []
    full = json.loads(dumps(Evaluation.new("X")))
    assert list(validator.iter_errors(full)) == []


@pytest.mark.parametrize(
    "patch",
    [
        {"offer": {"name": "X", "surprise": 1}},
        {"offer": {"name": "X", "payout": {"levels": [5, 150]}}},
        {"offer": {"name": "X", "fees": {"signup": -1}}},
        {"offer": {"name": "X", "currency": "eur"}},
        {"offer": {"name": ""}},
        {"offer": {"name": "X", "kind": "ponzi"}},
        {"assumptions": {"horizon_months": 12.5}},
        {"format": "something-else"},
    ],
)
def test_schema_refuses_what_the_loader_refuses(validator, patch):
    doc = {"format": "opportunity-evaluation", "version": 1, "offer": {"name": "X"}, **patch}
    assert list(validator.iter_errors(doc)), patch
    with pytest.raises(ValueError):
        from_data(doc)


@pytest.mark.parametrize(
    "patch",
    [
        {"assumptions": {"horizon_months": 0}},
        {"assumptions": {"horizon_months": 121}},
        {"assumptions": {"hours_per_week": -1}},
        {"simulation": {"existing_participants": 0}},
        {"simulation": {"months": 0}},
        {"simulation": {"recruit_rate": -0.1}},
        {"offer": {"name": "X", "training": [
            {"name": "t", "cost": 1, "times_per_year": -1, "mandatory": True, "focus": "sales"}]}},
    ],
)
def test_schema_states_every_range(validator, patch):
    doc = {"format": "opportunity-evaluation", "version": 1, "offer": {"name": "X"}, **patch}
    with pytest.raises(ValueError):
        from_data(doc)
    assert list(validator.iter_errors(doc)), patch
