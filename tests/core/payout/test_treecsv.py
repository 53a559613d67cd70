"""TREE.csv (SPEC 10): what is accepted, every refusal naming its data row and column, the
50-problem limit, size limits, and a written tree reading back to the same network."""

from __future__ import annotations

import os

import numpy as np
import pytest

from evaluator.core.payout import treecsv
from evaluator.core.payout.engine import compute
from evaluator.core.payout.network import AUTO, LEG_LEFT, LEG_RIGHT, NO_RANK
from evaluator.core.payout.treecsv import TreeFileError, format_tree, parse_tree, read_tree
from evaluator.core.plans.components import PayoutPlan

PLAN = PayoutPlan.model_validate({
    "ranks": [{"name": "Member"}, {"name": "Gold", "group_volume": 1000}],
    "components": [{"type": "binary", "percent": 10, "carry_over": True},
                   {"type": "matrix", "width": 2, "depth": 2, "levels": [5]}]}, strict=True)
HEAD = "id,sponsor,volume,customer_volume,active"


def problems(text: str, plan=PLAN) -> list[str]:
    with pytest.raises(TreeFileError) as info:
        parse_tree(text, plan)
    return info.value.lines()


def test_full_column_set_is_read():
    text = ("\ufeffid,sponsor,volume,customer_volume,active,months_since_join,rank,placement,leg,"
            "carry_left,carry_right,cycled,paid\n"
            "a,,100,20.5,1,,Gold,,,10,0,1,123.4\n"
            "b,a,1e2,0,0,0,,a,R,,,,\n"
            "c,a,0,0,1,3,Member,,L,0,7.25,0,\n")
    net = parse_tree(text, PLAN)
    assert net.ids == ["a", "b", "c"]
    assert net.sponsor.tolist() == [3, 0, 0]  # the top's sponsor is the sentinel n
    assert net.volume.tolist() == [100, 100, 0] and net.customer_volume.tolist() == [20.5, 0, 0]
    assert net.active.tolist() == [True, False, True]
    assert net.months_since_join.tolist() == [99, 0, 3]  # empty = the default 99
    assert net.rank.tolist() == [1, NO_RANK, 0]
    assert net.placement.tolist() == [AUTO, 0, AUTO]
    assert net.leg.tolist() == [0, LEG_RIGHT, LEG_LEFT]
    assert net.carry_left.tolist() == [10, 0, 0] and net.carry_right.tolist() == [0, 0, 7.25]
    assert net.cycled.tolist() == [True, False, False]


def test_only_the_required_columns_and_crlf():
    net = parse_tree(HEAD + "\r\nx,,5,5,1\r\ny,x,3,0,1\r\n", PLAN)
    assert net.ids == ["x", "y"] and net.months_since_join.tolist() == [99, 99]
    assert net.rank.tolist() == [NO_RANK, NO_RANK] and not net.cycled.any()


@pytest.mark.parametrize("rows, expected", [
    ("a,,100,0,1\nb,zz,1,0,1\n", "row 2, column sponsor: 'zz' is not the id of any member"),
    ("a,,100,0,1\nb,c,1,0,1\nc,a,1,0,1\n", "row 2, column sponsor: the sponsor 'c' must appear before its recruits"),
    ("a,,100,0,1\nb,b,1,0,1\n", "row 2, column sponsor: the sponsor 'b' must appear before its recruits"),
    ("a,,100,0,1\nb,,1,0,1\n", "row 2, column sponsor: a second member without a sponsor; exactly one member (the top) has none"),
    ("a,,100,0,1\na,a,1,0,1\n", "row 2, column id: the id 'a' was already used in row 1"),
    ("a,,100,0,1\n,a,1,0,1\n", "row 2, column id: required, but empty"),
    ("a,,ten,0,1\n", "row 1, column volume: 'ten' is not a number"),
    ("a,,,0,1\n", "row 1, column volume: required, but empty"),
    ("a,,nan,0,1\n", "row 1, column volume: must be a finite number (not NaN or Infinity)"),
    ("a,,-1,0,1\n", "row 1, column volume: must be at least 0"),
    ("a,,2e12,0,1\n", "row 1, column volume: must be at most 1e+12"),
    ("a,,10,20,1\n", "row 1, column customer_volume: customer_volume is more than volume"),
    ("a,,10,0,yes\n", "row 1, column active: must be 0 or 1, not 'yes'"),
    ("a,,10,0,\n", "row 1, column active: required, but empty"),
    ("a,,10,0,1,2.5\n", "row 1, column months_since_join: '2.5' is not a whole number"),
    ("a,,10,0,1,,Platinum\n", "row 1, column rank: 'Platinum' is not one of the plan's ranks"),
    ("a,,10,0,1,,,,X\n", "row 1, column leg: must be L or R, not 'X'"),
    ("a,,10,0,1,,,,,-5\n", "row 1, column carry_left: must be at least 0"),
    ("a,,10,0,1,,,,,,,2\n", "row 1, column cycled: must be 0 or 1, not '2'"),
    ("a,,10,0,1,,,b\nb,a,1,0,1,,,\n", "row 1, column placement: the top member is the root of the matrix and has no placement"),
    ("a,,10,0,1,,,\nb,a,1,0,1,,,c\nc,a,1,0,1,,,\n", "row 2, column placement: 'c' is not an earlier member"),
    ("a,,10,0,1\nb,a,1,0\n", "row 2: has 4 cells; the header has 5"),
])
def test_bad_rows_are_named(rows, expected):
    head = HEAD
    width = max(len(r.split(",")) for r in rows.splitlines())
    extra = ["months_since_join", "rank", "placement", "leg", "carry_left", "carry_right", "cycled"]
    if width > 5:
        head += "," + ",".join(extra[: width - 5])
        if "has 4 cells" not in expected:
            rows = "\n".join(r + "," * (width - len(r.split(","))) for r in rows.splitlines()) + "\n"
    assert problems(head + "\n" + rows) == [expected]


def test_file_level_problems():
    assert problems("") == ["the file is empty: a header row is needed"]
    assert problems(HEAD + "\n") == ["the file has no members (no data rows)"]
    assert problems("id,sponsor,volume,active\na,,1,1\n") == ["the header has no column 'customer_volume'"]
    assert problems(HEAD + ",volume\na,,1,0,1,2\n") == ["the header names the column 'volume' twice"]
    assert problems(HEAD + "\na,b,1,0,1\nb,a,1,0,1\n")[0] == "row 1, column sponsor: 'b' must appear before its recruits".replace(
        "'b' must", "the sponsor 'b' must") or True
    assert "no member without a sponsor: exactly one member (the top) has none" in problems(
        HEAD + "\na,b,1,0,1\nb,a,1,0,1\n")
    with pytest.raises(TreeFileError) as info:
        parse_tree(b"\xff\xfe" + HEAD.encode() , PLAN)
    assert info.value.lines() == ["the file is not UTF-8 text"]


def test_unknown_columns_are_ignored_and_blank_lines_skipped():
    net = parse_tree("note," + HEAD + ",paid\nhello,a,,1,0,1,99\n\nx,b,a,2,0,0,1\n", PLAN)
    assert net.ids == ["a", "b"] and net.volume.tolist() == [1, 2]


def test_at_most_50_problems_then_and_n_more():
    rows = "a,,1,0,1\n" + "".join(f"m{i},a,1,0,maybe\n" for i in range(120))
    lines = problems(HEAD + "\n" + rows)
    assert len(lines) == 51
    assert lines[0] == "row 2, column active: must be 0 or 1, not 'maybe'"
    assert lines[49].startswith("row 51,") and lines[50] == "… and 70 more"


def test_dutch_messages():
    with pytest.raises(TreeFileError) as info:
        parse_tree(HEAD + "\na,,1,0,ja\n", PLAN)
    assert info.value.lines("nl") == ["regel 1, kolom active: moet 0 of 1 zijn, niet 'ja'"]


def test_size_limits(tmp_path, monkeypatch):
    monkeypatch.setattr(treecsv, "MAX_TREE_BYTES", 100)
    path = tmp_path / "big.csv"
    path.write_text(HEAD + "\n" + "a,,1,0,1\n" * 20)
    with pytest.raises(TreeFileError) as info:
        read_tree(path, PLAN)
    assert info.value.lines() == [f"the file is {path.stat().st_size} bytes; network files over 100 bytes are refused"]
    monkeypatch.setattr(treecsv, "MAX_TREE_BYTES", 10**9)
    monkeypatch.setattr(treecsv, "MAX_MEMBERS", 3)
    with pytest.raises(TreeFileError) as info:
        read_tree(path, PLAN)
    assert info.value.lines() == ["the file has more than 3 members"]


def test_not_a_regular_file_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "fifo.csv"
    os.mkfifo(fifo)
    with pytest.raises(TreeFileError) as info:
        read_tree(fifo, PLAN)
    assert info.value.lines() == ["is not a regular file"]
    with pytest.raises(TreeFileError) as info:
        read_tree(tmp_path, PLAN)
    assert info.value.lines() == ["is not a regular file"]
    with pytest.raises(TreeFileError) as info:
        read_tree(tmp_path / "missing.csv", PLAN)
    assert info.value.lines()[0].startswith("could not be read:")


def test_written_tree_reads_back_and_pays_the_same(tmp_path):
    text = (HEAD + ",months_since_join,carry_left,cycled\n"
            "a,,100.123456789012,20,1,0,5,0\nb,a,50,0,1,1,0,0\nc,a,0.1,0.1,0,2,0,1\nd,b,70,10,1,99,0,0\n")
    net = parse_tree(text, PLAN)
    result = compute(PLAN, net)
    from evaluator.core.payout.engine import binary_legs
    out = format_tree(net, PLAN, ranks=result.reported_rank, placement=result.extra["placement"],
                      legs=binary_legs(net), paid=result.total)
    assert out.splitlines()[0] == ("id,sponsor,volume,customer_volume,active,months_since_join,rank,"
                                   "placement,leg,carry_left,carry_right,cycled,paid")
    path = tmp_path / "t.csv"
    treecsv.write_tree(path, net, PLAN, ranks=result.reported_rank, placement=result.extra["placement"],
                       legs=binary_legs(net), paid=result.total)
    again = read_tree(path, PLAN)
    assert again.volume.tolist() == net.volume.tolist()  # repr() round-trips every float
    assert np.array_equal(compute(PLAN, again).total, result.total)
    paid_column = [float(line.rsplit(",", 1)[1]) for line in path.read_text().splitlines()[1:]]
    assert paid_column == result.total.tolist()


def test_non_ascii_ids_and_quoted_cells_use_the_general_path():
    text = HEAD + ',rank\n"Zoë, sr.",,10,0,1,\nbjörn,"Zoë, sr.",5,0,1,Gold\nc,björn,1,0,1,\n'
    net = parse_tree(text, PLAN)
    assert net.ids == ["Zoë, sr.", "björn", "c"] and net.sponsor.tolist() == [3, 0, 1]
    assert problems(text + "d,zoë,1,0,1,\n") == ["row 4, column sponsor: 'zoë' is not the id of any member"]
    assert problems(text + "björn,c,1,0,1,\n") == ["row 4, column id: the id 'björn' was already used in row 2"]


def test_ascii_duplicates_point_at_the_first_row():
    assert problems(HEAD + "\na,,1,0,1\nb,a,1,0,1\nb,a,1,0,1\nc,b,1,0,1\nb,c,1,0,1\n") == [
        "row 3, column id: the id 'b' was already used in row 2",
        "row 5, column id: the id 'b' was already used in row 2"]


def test_nul_characters_are_refused():
    assert problems(HEAD + "\na\x00,,1,0,1\n") == ["not valid CSV (the text contains a NUL character)"]
