"""``validate FILE`` and ``--version`` (SPEC section 7)."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from evaluator.cli import main
from evaluator.resources import example_paths

ROOT = Path(__file__).resolve().parents[2]
MINIMAL = {"format": "opportunity-evaluation", "version": 1, "offer": {"name": "X"}}


def run_module(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "evaluator", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)


def write(tmp_path, content, name="f.oppeval") -> str:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return str(path)


def test_valid_example_exits_0():
    example = next(p for p in example_paths() if p.stem == "dealer-kitchen-appliance")
    result = run_module("validate", str(example))
    assert result.returncode == 0, result.stderr
    assert "valid" in result.stdout and result.stderr == ""


def test_invalid_file_exits_2_with_field_path(tmp_path):
    with_error = {**MINIMAL, "offer": {"name": "X", "payout": {"levels": [5, 5, 150]}}}
    result = run_module("validate", write(tmp_path, with_error))
    assert result.returncode == 2
    assert "offer.payout.levels[2]: must be between 0 and 100" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize(
    "content, expected",
    [
        ({**MINIMAL, "offer": {"name": "X", "surprise": 1}}, "offer.surprise: unknown key"),
        ({**MINIMAL, "version": 7}, "version: this file was made by a newer version"),
        ('{"format":"opportunity-evaluation","version":1,"offer":{"name":"X","fees":{"monthly":NaN}}}',
         "offer.fees.monthly: must be a finite number"),
        ({**MINIMAL, "assumptions": {"horizon_months": 12.5}}, "assumptions.horizon_months: must be a whole number"),
        ({**MINIMAL, "offer": {}}, "offer.name: required, but missing"),
        ({**MINIMAL, "format": "x"}, "format: must be \"opportunity-evaluation\""),
        ("[1, 2]", "must contain a JSON object"),
        ("{not json", "not valid JSON (line 1"),
        (b"\xff\xfe\x00", "not UTF-8"),
        ("[" * 100_000, "nested more than 64 levels"),
        ('{"a": 1, "a": 2}', "the key 'a' appears twice"),
    ],
)
def test_invalid_files_exit_2_without_traceback(tmp_path, capsys, content, expected):
    path = write(tmp_path, content)
    assert main(["validate", path]) == 2
    out, err = capsys.readouterr()
    assert expected in err
    assert f"{path}: invalid evaluation file" in err
    assert "Traceback" not in err and out == ""


def test_missing_file_exits_2(tmp_path, capsys):
    assert main(["validate", str(tmp_path / "missing.oppeval")]) == 2
    assert "could not be read" in capsys.readouterr().err


def test_oversized_file_exits_2(tmp_path, capsys):
    path = tmp_path / "big.oppeval"
    with open(path, "wb") as fh:
        fh.truncate(10_000_001)
    assert main(["validate", str(path)]) == 2
    assert "files over 10000000 bytes are refused" in capsys.readouterr().err


def test_missing_argument_is_a_usage_error():
    result = run_module("validate")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_huge_integer_exits_2_without_traceback(tmp_path):
    path = write(tmp_path, '{"format":"opportunity-evaluation","version":1,"offer":{"name":"X"},'
                           '"assumptions":{"horizon_months":%s}}' % ("9" * 5000))
    result = run_module("validate", path)
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_version_prints_the_pyproject_version():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    result = run_module("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"opportunity-evaluator {version}"


def test_validate_speaks_the_language_of_the_environment(tmp_path):
    """With LANG=nl_NL.UTF-8 the answer and the problems are Dutch; the field path stays."""
    from tests.cli.helpers import run_command

    example = next(p for p in example_paths() if p.stem == "dealer-kitchen-appliance")
    dutch = {"LANG": "nl_NL.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    ok = run_command("validate", str(example), env=dutch)
    assert ok.returncode == 0 and ": geldig (" in ok.stdout, ok.stdout
    bad = {**MINIMAL, "offer": {}}
    result = run_command("validate", write(tmp_path, bad), env=dutch)
    assert result.returncode == 2
    assert "ongeldig evaluatiebestand" in result.stderr
    assert "offer.name:" in result.stderr and "required, but missing" not in result.stderr
    english = run_command("validate", write(tmp_path, bad, "g.oppeval"),
                          env={"LANG": "C.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""})
    assert "offer.name: required, but missing" in english.stderr
