"""The fast paths of ``payout`` (issue 12) write and read exactly what the plain ones do: the
``--json`` writer (shared strings joined a block at a time, ASCII straight to the byte stream) is
the per-member format string and ``json.dumps`` of ``to_json`` to the byte, for awkward ids and
floats; ids that number the members ("0", "1", ... or "m0", "m1", ...) are looked up by their
number and read as the text path reads them; the command does not import the desktop app, the
charts or the library."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from evaluator.cli import main
from evaluator.cli.common import TerminalSafe, terminal_safe
from evaluator.cli.payout_cmd import write_text
from evaluator.core.payout import dump, treecsv
from evaluator.core.payout.engine import _dump_json_text, compute, dump_json
from evaluator.core.payout.network import Network
from evaluator.core.payout.treecsv import NumberedIds, TreeFileError, parse_tree
from evaluator.core.plans.components import PayoutPlan

ROOT = Path(__file__).resolve().parents[2]
HEAD = "id,sponsor,volume,customer_volume,active,months_since_join"
PLAN = PayoutPlan.model_validate({
    "ranks": [{"name": 'Go"ld\\'}, {"name": "Zilver ë"}, {"name": "del\x7f"}],
    "components": [{"type": "unilevel", "levels": [10, 5]},
                   {"type": "binary", "percent": 10, "carry_over": True},
                   {"type": "matrix", "width": 2, "depth": 2, "levels": [5, 3], "cycle_bonus": 1},
                   {"type": "rank_bonus", "amount_by_rank": {'Go"ld\\': 1e-7, "Zilver ë": 25}}]}, strict=True)
AWKWARD_IDS = ['q"uote', "back\\slash", "Zoë", "ctl\x01", "tab\t", "del\x7f", "bidi\u202e", "line\u2028",
               "c1\x85", "plain"]


def awkward_result(ids: list[str]):
    # volumes whose pay has no short decimal: 10 % of 0.30000000000000004 and of 1e-7, 1e16 ...
    n = len(ids)
    volume = [[0.1, 0.2, 0.30000000000000004, 1e-7, 1e16, 123456789.125, 0.0, 5e-324][i % 8] for i in range(n)]
    net = Network.build(sponsor=[-1] + [i // 2 for i in range(n - 1)], volume=volume,
                        rank=[[0, 1, 2, -1][i % 4] for i in range(n)], ids=ids)
    result = compute(PLAN, net)
    result.by_component["unilevel"][1] = -0.0  # repr "-0.0": np.unique would merge it with 0.0
    result.by_component["rank_bonus"][2] = 0.1 + 0.2  # 0.30000000000000004
    return result, net


@pytest.mark.parametrize("ids", [AWKWARD_IDS, [f"m{i}" for i in range(10)], [str(i) for i in range(10)]])
def test_json_writer_equals_the_format_string_and_json_dumps(ids):
    result, net = awkward_result(ids)
    text = dump_json(result, net.ids)
    assert text == _dump_json_text(result, net.ids)
    assert json.loads(text) == result.to_json(net.ids)
    # '{"members":{', one line per member, '},', the four summary keys and '}'
    assert text.count("\n") == 1 + len(ids) + 1 + 4 + 1
    assert '"unilevel":-0.0' in text and "0.30000000000000004" in text and '"cycled":' in text
    # json.dumps of each member's object, one a line, exactly
    members = result.to_json(net.ids)["members"]
    lines = text.split("\n")[1:1 + len(ids)]
    for i, line in enumerate(lines):
        key = json.dumps(ids[i], ensure_ascii=False)
        body = json.dumps(members[ids[i]], ensure_ascii=False, separators=(",", ":"))
        assert line == f"{key}:{body}" + ("," if i < len(ids) - 1 else "")


def test_json_writer_across_blocks(monkeypatch):
    # blocks of 3 members: 10 members are 4 blocks; the last line ends without a comma
    monkeypatch.setattr(dump, "_BLOCK", 3)
    result, net = awkward_result(AWKWARD_IDS)
    chunks = list(dump.json_chunks(result, net.ids))
    assert len(chunks) == 1 + 4 + 1
    assert "".join(chunks) == _dump_json_text(result, net.ids)


def test_json_writer_floats_are_repr():
    plan = PayoutPlan.model_validate({"ranks": [], "components": [{"type": "unilevel", "levels": [100]}]},
                                     strict=True)
    net = Network.build(sponsor=[-1, 0, 0, 0, 0, 0], volume=[0, 1e-7, 1e16, 0.1, 0.2, 2.5], ids=list("abcdef"))
    result = compute(plan, net)
    result.by_component["unilevel"][1:] = [-0.0, 0.1 + 0.2, 1e16, 1e-7, 12.5]
    result.by_component["unilevel"][0] = 1e22
    text = dump_json(result, net.ids)
    assert text == _dump_json_text(result, net.ids)
    for literal in ('"unilevel":1e+22', '"unilevel":-0.0', '"unilevel":0.30000000000000004',
                    '"unilevel":1e+16', '"unilevel":1e-07', '"unilevel":12.5'):
        assert literal in text


def test_not_finite_amounts_take_the_format_string():
    result, net = awkward_result([f"m{i}" for i in range(4)])
    result.by_component["unilevel"][0] = float("nan")
    with pytest.raises(ValueError):  # the summary refuses NaN, as before
        dump_json(result, net.ids)


def test_write_text_gives_the_bytes_sys_stdout_write_gives():
    # ASCII chunks go to the byte stream, the others through terminal_safe: in order, the same bytes
    chunks = ['{"a":1,\n', '"del\x7f":2,\n', '"bidi\u202e":3,\n', '"Zoë":4}\n', "plain\n"]
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
    old = sys.stdout
    sys.stdout = TerminalSafe(stream)
    try:
        write_text(iter(chunks))
        sys.stdout.flush()
    finally:
        sys.stdout = old
    assert raw.getvalue() == terminal_safe("".join(chunks)).encode("utf-8")
    assert b"del\\u007f" in raw.getvalue() and b"bidi\\u202e" in raw.getvalue()


def tree_text(ids: list[str], sponsors: list[str]) -> str:
    rows = [f"{i},{s},{[0, 50, 100.5, 0.1][k % 4]},0,{int(k % 5 != 0)},{k % 3}"
            for k, (i, s) in enumerate(zip(ids, sponsors))]
    return HEAD + "\n" + "\n".join(rows) + "\n"


def both_ways(text: str):
    """(bytes path, text path): the network's columns, or the problem lines."""
    def outcome(data):
        try:
            net = parse_tree(data, PLAN)
        except TreeFileError as exc:
            return exc.lines()
        return [list(net.ids), net.sponsor.tolist(), net.volume.tolist(), net.active.tolist(),
                net.months_since_join.tolist(), net.placement.tolist()]
    return outcome(text.encode("ascii")), outcome(text)


@pytest.mark.parametrize("prefix", ["", "m", "id-"])
def test_ids_numbered_in_row_order(prefix):
    n = 50
    ids = [f"{prefix}{i}" for i in range(n)]
    sponsors = [""] + [f"{prefix}{i * 7 // 10}" for i in range(1, n)]  # an earlier member each
    text = tree_text(ids, sponsors)
    net = parse_tree(text.encode("ascii"), PLAN)
    assert isinstance(net.ids, NumberedIds)
    assert net.ids == ids and list(net.ids) == ids and net.ids[7] == f"{prefix}7" and net.ids[-1] == ids[-1]
    assert net.ids[2:5] == ids[2:5]
    # member i's sponsor is member 7 i // 10: member 1 -> 0, 3 -> 2, 10 -> 7, 49 -> 34; the top's is n
    assert net.sponsor.tolist()[:4] == [n, 0, 1, 2] and net.sponsor[10] == 7 and net.sponsor[49] == 34
    fast, slow = both_ways(text)
    assert fast == slow


def test_ids_numbered_out_of_order_and_sparse():
    n = 40
    perm = np.random.default_rng(3).permutation(n).tolist()
    for ids in ([f"x{perm[i]}" for i in range(n)], [f"x{i * 10}" for i in range(n)]):
        sponsors = [""] + [ids[i // 2] for i in range(1, n)]
        fast, slow = both_ways(tree_text(ids, sponsors))
        assert fast == slow
        assert fast[1] == [n] + [i // 2 for i in range(1, n)]  # member i's sponsor is member i // 2


@pytest.mark.parametrize("sponsor", ["m40", "m-1", "m1.0", "m01", "n3", "m", "M1", "3", "m12345678901234567890", " m1"])
def test_a_sponsor_that_is_no_numbered_id_is_named(sponsor):
    ids = [f"m{i}" for i in range(40)]
    sponsors = [""] + [f"m{i - 1}" for i in range(1, 40)]
    sponsors[5] = sponsor
    fast, slow = both_ways(tree_text(ids, sponsors))
    assert fast == slow == [f"row 6, column sponsor: '{sponsor}' is not the id of any member"]


def test_numbered_ids_with_a_duplicate_or_an_odd_one():
    ids = [f"m{i}" for i in range(30)]
    sponsors = [""] + [f"m{i - 1}" for i in range(1, 30)]
    dup = ids.copy()
    dup[20] = "m7"
    fast, slow = both_ways(tree_text(dup, sponsors))
    assert fast == slow
    assert fast[0] == "row 21, column id: the id 'm7' was already used in row 8"
    for odd in ("n12", "m012", "m12a"):  # not numbered: the general index, the same network
        other = ids.copy()
        other[12] = odd
        fast, slow = both_ways(tree_text(other, sponsors))
        assert fast == slow
        assert fast[0] == "row 14, column sponsor: 'm12' is not the id of any member"


def test_numbered_placement_column():
    # 3-wide matrix placement given as ids: "m0" places under the top; a later member is refused
    plan = PayoutPlan.model_validate({"ranks": [], "components": [
        {"type": "matrix", "width": 3, "depth": 2, "levels": [5, 3]}]}, strict=True)
    rows = ["m0,,10,0,1,,", "m1,m0,10,0,1,,m0", "m2,m0,10,0,1,,m1", "m3,m1,10,0,1,,m4", "m4,m0,10,0,1,,m9"]
    text = HEAD + ",placement\n" + "\n".join(rows) + "\n"
    lines = []
    for data in (text.encode("ascii"), text):
        with pytest.raises(TreeFileError) as exc:
            parse_tree(data, plan)
        lines.append(exc.value.lines())
    assert lines[0] == lines[1] == ["row 4, column placement: 'm4' is not an earlier member",
                                    "row 5, column placement: 'm9' is not the id of any member"]


@pytest.mark.parametrize("cell", ["0", "00012.50", "1.", ".5", "999999999999", "12345678.9012345",
                                  "123456789012.345", "99999999999.9999", "0.1", "0.0000000000001", "7.25"])
def test_plain_numbers_are_float_of_the_cell(cell):
    text = HEAD + f"\nm0,,{cell},0,1,1\nm1,m0,{cell},{cell},1,2\n"
    net = parse_tree(text.encode("ascii"), PLAN)
    assert net.volume.tolist() == [float(cell)] * 2 and net.customer_volume.tolist() == [0.0, float(cell)]
    column = treecsv._split_bytes(text.encode("ascii"))[1]["volume"]
    values, ok = column.plain_numbers()
    assert ok.all() and values.tolist() == [float(cell)] * 2


def test_payout_json_on_a_file_equals_the_writer(tmp_path, capsys):
    # in-process: the ASCII text goes to stdout's byte stream; it reads back as the writer's text
    doc = tmp_path / "plan.oppeval"
    ascii_plan = PayoutPlan.model_validate({"ranks": [{"name": "Gold"}], "components": [
        {"type": "unilevel", "levels": [10, 5]}, {"type": "binary", "percent": 10, "carry_over": True},
        {"type": "rank_bonus", "amount_by_rank": {"Gold": 2.5}}]}, strict=True)
    doc.write_text(json.dumps({"format": "opportunity-evaluation", "version": 2,
                               "offer": {"name": "T", "payout": ascii_plan.model_dump(mode="json")}}),
                   encoding="utf-8")
    ids = [f"m{i}" for i in range(30)]
    tree = tmp_path / "tree.csv"
    tree.write_text(tree_text(ids, [""] + [f"m{i // 2}" for i in range(1, 30)]), encoding="utf-8")
    assert main(["payout", str(doc), "--tree", str(tree), "--json"]) == 0
    out = capsys.readouterr().out
    net = parse_tree(tree.read_bytes(), ascii_plan)
    expected = dump_json(compute(ascii_plan, net), net.ids)
    assert out == expected == terminal_safe(expected) and out.isascii()
    doc.write_text(json.dumps({"format": "opportunity-evaluation", "version": 2,
                               "offer": {"name": "T", "payout": PLAN.model_dump(mode="json")}}), encoding="utf-8")
    # awkward ids: what sys.stdout.write gives (control and bidi characters made visible)
    tree.write_text(tree_text(AWKWARD_IDS, [""] + AWKWARD_IDS[:-1]).replace("\t", "\\t"), encoding="utf-8")
    assert main(["payout", str(doc), "--tree", str(tree), "--json"]) == 0
    out = capsys.readouterr().out
    net = parse_tree(tree.read_bytes(), PLAN)
    assert out == terminal_safe(dump_json(compute(PLAN, net), net.ids))
    assert "del\\u007f" in out and "bidi\\u202e" in out and json.loads(out)["members"]["Zoë"]


def test_payout_does_not_import_the_app_charts_or_library(tmp_path):
    fixtures = ROOT / "tests" / "fixtures" / "examples-v2"
    script = (
        "import sys, io, contextlib\n"
        "from evaluator.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main(['payout', {str(fixtures / 'unilevel-fast-start.oppeval')!r}, '--tree',"
        f" {str(fixtures / 'unilevel-fast-start.tree.csv')!r}, '--json'])\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'matplotlib', 'sqlite_utils', 'sqlite3', 'openpyxl', 'pypdf'))\n"
        "print(code, heavy)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.stdout.strip() == "0 []", out.stderr


@pytest.mark.parametrize("prefix", ["", "m", 'q"\\\t'])
def test_json_writer_numbered_ids_in_two_pieces(monkeypatch, prefix):
    # ids prefix + str(i) are written as prefix + str(i // 1000) and i % 1000 in three digits
    # (i >= 1000), or prefix and str(i): "m999", "m1000", "m1005", "m2499"; blocks of 700 members
    monkeypatch.setattr(dump, "_BLOCK", 700)
    n = 2500
    plan = PayoutPlan.model_validate({"ranks": [], "components": [{"type": "unilevel", "levels": [10]}]},
                                     strict=True)
    net = Network.build(sponsor=[-1] + [i // 3 for i in range(n - 1)], volume=[1.5] * n)
    result = compute(plan, net)
    ids = NumberedIds(prefix, n)
    text = dump_json(result, ids)
    assert text == _dump_json_text(result, [f"{prefix}{i}" for i in range(n)])
    key = json.dumps(prefix, ensure_ascii=False)[1:-1]
    for i in (0, 7, 999, 1000, 1005, 2499):
        assert f'\n"{key}{i}":{{"rank":null' in text
