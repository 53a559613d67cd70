"""The ``payout FILE --tree TREE.csv [--json] [--lang]`` command (SPEC 10): exit codes, the JSON
shape, both languages, version-1 files upgraded, version-2 plan errors at their field path, bad
rows named, nothing on stdout when it fails."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from evaluator.cli import main

from .reference import assert_close

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "examples-v2"
TREE = "id,sponsor,volume,customer_volume,active,months_since_join\n" \
       "a,,100,0,1,12\nb,a,100,50,1,0\nc,b,200,0,1,3\n"


def run(capsys, *args):
    code = main(["payout", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def write(tmp_path, name, content) -> Path:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def v2(payout, **offer):
    return {"format": "opportunity-evaluation", "version": 2, "offer": {"name": "T", "payout": payout, **offer}}


@pytest.mark.parametrize("name", ["unilevel-fast-start", "stairstep-breakaway"])
def test_worked_examples_json(capsys, name):
    code, out, err = run(capsys, FIXTURES / f"{name}.oppeval", "--tree", FIXTURES / f"{name}.tree.csv", "--json")
    assert (code, err) == (0, "")
    expected = json.loads((FIXTURES / f"{name}.expected.json").read_text("utf-8"))
    assert_close(json.loads(out), expected)


def test_text_summary_in_english_and_dutch(capsys):
    args = (FIXTURES / "stairstep-breakaway.oppeval", "--tree", FIXTURES / "stairstep-breakaway.tree.csv")
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert "Paid in all                €195.00" in out
    assert "Stairstep commission  €195.00; breakage €5.00" in out
    assert "r (Gold)    €70.00" in out  # the top earner first
    code, out, _ = run(capsys, *args, "--lang", "nl")
    assert "Totaal uitbetaald                   € 195,00" in out
    assert "Stairstep-commissie  € 195,00; niet uitbetaald € 5,00" in out


def test_version_1_file_is_upgraded(tmp_path, capsys):
    doc = {"format": "opportunity-evaluation", "version": 1, "offer": {"name": "V1", "payout": {
        "plan": "unilevel", "levels": [10, 5], "recruit_bonus": 20,
        "ranks": [{"name": "Top", "group_volume": 400, "legs": 1, "monthly_bonus": 50},
                  {"name": "Low", "group_volume": 0, "legs": 0, "monthly_bonus": 5}]}}}
    code, out, err = run(capsys, write(tmp_path, "v1.oppeval", doc), "--tree", write(tmp_path, "t.csv", TREE), "--json")
    assert (code, err) == (0, "")
    members = json.loads(out)["members"]
    # a: unilevel 10 % of b's 100 + 5 % of c's 200 = 20; recruit bonus for b (new) 20;
    #    GV 400 with 1 active leg -> Top: 50.  Total 90
    assert members["a"]["rank"] == "Top"
    assert members["a"]["by_component"] == {"unilevel": 20, "recruit_bonus": 20, "rank_bonus": 50}
    # b: 10 % of c's 200 = 20; GV 300 -> Low: 5
    assert members["b"]["total"] == 25 and members["c"]["rank"] == "Low"


def test_version_2_plan_error_at_its_field_path(tmp_path, capsys):
    doc = v2({"ranks": [{"name": "Silver"}], "components": [
        {"type": "unilevel", "levels": [5]}, {"type": "stairstep", "percent_by_rank": {"Gold": 5}},
        {"type": "binary", "percent": 101}]})
    path = write(tmp_path, "bad.oppeval", doc)
    tree = write(tmp_path, "t.csv", TREE)
    code, out, err = run(capsys, path, "--tree", tree)
    assert code == 2 and out == ""
    assert "offer.payout.components[2].percent: must be between 0 and 100" in err
    doc["offer"]["payout"]["components"].pop()
    path = write(tmp_path, "bad.oppeval", doc)
    code, out, err = run(capsys, path, "--tree", tree)
    assert code == 2 and out == ""
    assert "offer.payout.components[1].percent_by_rank.Gold: 'Gold' is not one of the plan's ranks" in err
    code, out, err = run(capsys, path, "--tree", tree, "--lang", "nl")
    assert "ongeldig evaluatiebestand" in err
    assert "offer.payout.components[1].percent_by_rank.Gold: 'Gold' is geen van de rangen van het plan" in err


def test_version_2_without_payout_pays_nothing(tmp_path, capsys):
    doc = {"format": "opportunity-evaluation", "version": 2, "offer": {"name": "Empty"}}
    code, out, err = run(capsys, write(tmp_path, "e.oppeval", doc), "--tree", write(tmp_path, "t.csv", TREE), "--json")
    data = json.loads(out)
    assert code == 0 and data["paid_total"] == 0 and data["volume_total"] == 400
    assert data["members"]["a"] == {"rank": None, "total": 0, "by_component": {}}


def test_newer_version_and_invalid_version_1(tmp_path, capsys):
    tree = write(tmp_path, "t.csv", TREE)
    code, out, err = run(capsys, write(tmp_path, "v3.oppeval", {**v2({}), "version": 3}), "--tree", tree)
    assert code == 2 and out == ""
    assert "made by a newer version" in err and "format version 3; this version reads up to 2" in err
    bad = {"format": "opportunity-evaluation", "version": 1, "offer": {"name": "X", "payout": {"levels": [5, 150]}}}
    code, out, err = run(capsys, write(tmp_path, "v1.oppeval", bad), "--tree", tree)
    assert code == 2 and "offer.payout.levels[1]: must be between 0 and 100" in err and out == ""


def test_bad_tree_rows_are_named(tmp_path, capsys):
    doc = write(tmp_path, "d.oppeval", v2({"components": [{"type": "unilevel", "levels": [5]}]}))
    tree = write(tmp_path, "t.csv", TREE + "d,zz,1,0,1,0\ne,a,-4,0,1,0\n")
    code, out, err = run(capsys, doc, "--tree", tree)
    assert code == 2 and out == ""
    assert err.splitlines() == [
        f"opportunity-evaluator: {tree}: invalid network file",
        "  row 4, column sponsor: 'zz' is not the id of any member",
        "  row 5, column volume: must be at least 0"]
    code, out, err = run(capsys, doc, "--tree", tmp_path / "missing.csv")
    assert code == 2 and "could not be read" in err


def test_tree_is_required(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["payout", str(FIXTURES / "unilevel-fast-start.oppeval")])
    assert info.value.code == 2


def test_as_a_separate_process(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "evaluator", "payout", str(FIXTURES / "unilevel-fast-start.oppeval"),
         "--tree", str(FIXTURES / "unilevel-fast-start.tree.csv"), "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert list(data) == ["members", "totals", "paid_total", "volume_total", "breakage"]
    assert data["paid_total"] == 80 and data["breakage"]["total"] == 40


def test_top_earners_are_the_largest_in_member_order_on_ties():
    import numpy as np

    from evaluator.cli.payout_cmd import _top

    total = np.array([5.0, 9.0, 9.0, 1.0, 9.0, 0.0, 7.0])
    assert _top(total, 3).tolist() == [1, 2, 4]  # the three 9s, in member order
    assert _top(total, 4).tolist() == [1, 2, 4, 6]  # then the 7
    assert _top(np.array([3.0, 3.0, 3.0, 3.0]), 2).tolist() == [0, 1]  # a tie across the cut
    assert _top(np.array([1.0, 2.0]), 10).tolist() == [1, 0]  # fewer members than k
    rng = np.random.default_rng(3)
    for _ in range(100):  # the same as a full stable sort, ties and all
        values = rng.integers(0, 4, size=40).astype(float)
        assert _top(values, 10).tolist() == np.argsort(-values, kind="stable")[:10].tolist()
