"""The committed JSON Schemas are generated from the models: version 2 accepts every bundled
example and what the app writes, version 1 (byte-identical since format version 2 landed) every
version-1 original and fixture."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluator.core import schema
from evaluator.core.fileformat import dumps, from_data
from evaluator.core.model import Evaluation
from evaluator.resources import example_paths, resource_path

SCHEMA_FILE = resource_path("schema", "oppeval-v1.schema.json")
SCHEMA_V2_FILE = resource_path("schema", "oppeval-v2.schema.json")
# every version-1 fixture but the one with 12.0 for whole numbers (the loader accepts it, the
# schema does not: see evaluator/core/schema.py)
V1_FILES = [p for p in sorted((Path(__file__).resolve().parents[1] / "fixtures" / "files" / "v1").rglob("*.oppeval"))
            if p.name != "partial-bom-float-whole.oppeval"]
V1_SCHEMA_SHA256 = "7e58ea720598e538c0c844f54bd62a2ae89d07429746269221297b14129d2b0e"


@pytest.mark.parametrize("version, path", [(1, SCHEMA_FILE), (2, SCHEMA_V2_FILE)])
def test_committed_schema_equals_generated(version, path):
    committed = path.read_text(encoding="utf-8")
    assert committed == schema.schema_text(version), (
        f"resources/schema/{path.name} is out of date: run `python -m evaluator.core.schema`"
    )


def test_version_1_schema_is_the_one_published_before_version_2():
    # sha256 of resources/schema/oppeval-v1.schema.json at commit fd54e59 (format version 1)
    import hashlib

    digest = hashlib.sha256(SCHEMA_FILE.read_bytes()).hexdigest()
    assert digest == V1_SCHEMA_SHA256


@pytest.mark.parametrize("version", [1, 2])
def test_schema_header_and_root(version):
    s = schema.json_schema(version)
    assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert s["$id"].endswith(f"/oppeval-v{version}.schema.json")
    assert f"format version {version}" in s["title"]
    assert set(s["required"]) == {"format", "version", "offer"}
    assert s["properties"]["format"]["const"] == "opportunity-evaluation"
    assert s["additionalProperties"] is False
    # every object refuses unknown keys, as the loader does
    for name, definition in s["$defs"].items():
        if definition.get("type") == "object":
            assert definition.get("additionalProperties") is False, name


def test_schema_carries_both_languages():
    s = schema.json_schema(1)
    prop = s["$defs"]["Fees"]["properties"]["signup"]
    assert prop["label_nl"] == "Inschrijfgeld"
    assert prop["label_en"] == "Sign-up fee"
    assert prop["minimum"] == 0


def test_version_2_schema_has_the_new_fields_with_both_languages():
    s = schema.json_schema(2)
    assert s["properties"]["version"]["const"] == 2
    req = s["$defs"]["Requirements"]["properties"]["autoship_amount"]
    assert req["label_nl"] == "Bedrag automatische bestelling per maand" and req["anyOf"][0]["minimum"] == 0
    period = s["$defs"]["Disclosure"]["properties"]["period"]
    assert period["enum"] == ["year", "month", "week"] and period["default"] == "year"
    assert {"average", "median", "low", "high"} <= set(s["$defs"]["Tier"]["properties"])
    assert "components" in s["$defs"]["PayoutPlan"]["properties"]


def test_main_writes_the_file(tmp_path, capsys):
    out = tmp_path / "sub" / "s.json"
    assert schema.main([str(out)]) == 0
    assert out.read_text(encoding="utf-8") == schema.schema_text(2)
    assert str(out) in capsys.readouterr().out


# ---- validation with the jsonschema package, where it is installed --------------------------


def _validator(path):
    jsonschema = pytest.importorskip("jsonschema")
    s = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(s)
    return jsonschema.Draft202012Validator(s)


@pytest.fixture(scope="module")
def validator():
    return _validator(SCHEMA_FILE)


@pytest.fixture(scope="module")
def validator_v2():
    return _validator(SCHEMA_V2_FILE)


def test_examples_validate_against_schema(validator_v2):
    paths = example_paths()
    assert len(paths) >= 5
    for path in paths:
        errors = list(validator_v2.iter_errors(json.loads(path.read_text(encoding="utf-8"))))
        assert errors == [], (path.name, [e.message for e in errors])


def test_version_1_originals_and_fixtures_validate_against_the_version_1_schema(validator):
    assert len(V1_FILES) >= 8  # 5 bundled originals, example-binary-2026, full, minimal
    for path in V1_FILES:
        errors = list(validator.iter_errors(json.loads(path.read_text(encoding="utf-8-sig"))))
        assert errors == [], (path.name, [e.message for e in errors])


def test_minimal_and_full_documents_validate(validator, validator_v2):
    minimal = {"format": "opportunity-evaluation", "version": 1, "offer": {"name": "X"}}
    assert list(validator.iter_errors(minimal)) == []
    assert list(validator_v2.iter_errors({**minimal, "version": 2})) == []
    full = json.loads(dumps(Evaluation.new("X")))
    assert list(validator_v2.iter_errors(full)) == []


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


def test_schema_tool_help_writes_nothing(tmp_path, monkeypatch, capsys):
    """``python -m evaluator.core.schema --help`` explains itself; it used to write a file
    named ``--help``. A path writes the current version's schema there."""
    import pytest

    from evaluator.core import schema

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stop:
        schema.main(["--help"])
    assert stop.value.code == 0 and "usage:" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []
    assert schema.main([str(tmp_path / "s.json")]) == 0
    assert (tmp_path / "s.json").read_text(encoding="utf-8") == schema.schema_text()
