"""``python -m evaluator analyze FILE [--json] [--lang nl|en]`` end to end, in a subprocess."""

from __future__ import annotations

import json
import subprocess

import pytest

from evaluator.cli.analyze_cmd import render_text
from evaluator.core.analysis import analyze
from evaluator.core.fileformat import loads

from .helpers import run_command, write_doc

PYRAMID = {
    "format": "opportunity-evaluation", "version": 1,
    "offer": {"name": "Gifting circle", "fees": {"signup": 500},
              "payout": {"retail_mode": "none", "recruit_bonus": 100}},
    "assumptions": {"horizon_months": 12, "recruits_per_month": 1},
}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return run_command("analyze", *args, timeout=60)


@pytest.fixture
def pyramid_file(tmp_path):
    return write_doc(tmp_path, PYRAMID, "pyramid.oppeval")


def test_json_output(pyramid_file):
    result = run_cli(str(pyramid_file), "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["verdict"]["level"] == "likely_pyramid"
    assert data["projection"]["months"] == list(range(1, 13))
    # 12 x 100 per recruit - 500 sign-up.
    assert data["projection"]["total_net"] == pytest.approx(700)
    assert data["projection"]["revenue"]["recruiting"] == [100.0] * 12
    assert data["typical"] is None
    ids = {f["id"] for f in data["red_flags"]}
    assert {"pay_to_join", "recruitment_rewards", "no_products", "recruitment_driven_income"} <= ids
    assert data["lang"] == "en"


def test_json_output_in_dutch(pyramid_file):
    data = json.loads(run_cli(str(pyramid_file), "--json", "--lang", "nl").stdout)
    assert data["lang"] == "nl"
    assert "geen juridisch advies" in data["verdict"]["summary"]
    assert any(f["title"] == "Er wordt betaald per rekruut" for f in data["red_flags"])


def test_text_output(pyramid_file):
    result = run_cli(str(pyramid_file))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "LIKELY A PYRAMID SCHEME" in out
    assert "Money is paid per recruit" in out and "Source:" in out
    assert "What breaking even takes" in out and "Questions to ask the recruiter" in out
    assert "not legal advice" in out
    nl = run_cli(str(pyramid_file), "--lang", "nl").stdout
    assert "WAARSCHIJNLIJK EEN PIRAMIDESPEL" in nl and "Bron:" in nl and "geen juridisch advies" in nl


def test_invalid_file_exits_2_with_field_errors(tmp_path):
    bad = json.loads(json.dumps(PYRAMID))
    bad["offer"]["payout"]["levels"] = [5, 500]
    path = write_doc(tmp_path, bad, "bad.oppeval")
    result = run_cli(str(path), "--json")
    assert result.returncode == 2
    assert "offer.payout.levels[1]: must be between 0 and 100" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe", b"[]"])
def test_broken_files_exit_2_without_traceback(tmp_path, content):
    path = tmp_path / "broken.oppeval"
    path.write_bytes(content)
    result = run_cli(str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "broken.oppeval" in result.stderr


def test_missing_file_and_bad_option(tmp_path, pyramid_file):
    result = run_cli(str(tmp_path / "nope.oppeval"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    result = run_cli(str(pyramid_file), "--lang", "de")
    assert result.returncode == 2 and "Traceback" not in result.stderr


def test_render_text_in_process_matches_the_analysis():
    ev = loads(json.dumps(PYRAMID))
    text = render_text(ev, analyze(ev, "en"))
    assert "€700" in text  # net result
    assert text.count("[serious]") == sum(f.severity == "serious" for f in analyze(ev).red_flags)
