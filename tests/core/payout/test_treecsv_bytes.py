"""The byte-level fast path of TREE.csv reading (a well-formed ASCII file read from its bytes)
gives exactly what the text path gives: the same network, the same numbers to the last bit, the
same problems naming the same rows and columns."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator.core.payout import treecsv
from evaluator.core.payout.treecsv import TreeFileError, parse_tree

from .test_treecsv import HEAD, PLAN

COLUMNS = ("ids", "sponsor", "volume", "customer_volume", "active", "months_since_join", "rank",
           "placement", "leg", "carry_left", "carry_right", "cycled")


def outcome(data):
    """The network's columns, or the problem lines."""
    try:
        net = parse_tree(data, PLAN)
    except TreeFileError as exc:
        return exc.lines()
    return {name: (getattr(net, name) if name == "ids" else getattr(net, name).tolist()) for name in COLUMNS}


def same_both_ways(text: str) -> object:
    """Read as text (the csv/str path) and as bytes (the fast path when well-formed)."""
    slow = outcome(text)
    fast = outcome(text.encode("utf-8"))
    assert fast == slow
    return fast


def test_a_well_formed_file_takes_the_fast_path():
    data = (HEAD + ",months_since_join\r\nm0,,100.0,33.5,1,3\r\nm1,m0,0.25,0,0,0\r\nlonger-id-than-eight,m1,7,7,1,")
    split = treecsv._split_bytes(data.encode())
    assert split is not None
    header, columns, n_rows = split
    assert header == ["id", "sponsor", "volume", "customer_volume", "active", "months_since_join"]
    assert n_rows == 3 and columns["id"].strings() == ["m0", "m1", "longer-id-than-eight"]
    values, plain = columns["volume"].plain_numbers()
    assert values.tolist() == [100.0, 0.25, 7.0] and plain.all()
    net = same_both_ways(data)
    assert net["sponsor"] == [3, 0, 1] and net["months_since_join"] == [3, 0, 99]


@pytest.mark.parametrize("text", [
    HEAD + "\na,,1,0,1\n\nb,a,1,0,1\n",  # a blank line: the text path skips it
    HEAD + "\n\na,,1,0,1\nb,a,1,0,1\n",  # a blank line straight after the header
    HEAD + "\na,,1,0,1\n\n\n\n\n\nb,a,1,0,1\n",  # five blank lines: as many as the header's cells
    HEAD + "\na,,1,0,1\n\n\n\n\n\n\nb,a,1,0,1\n",  # six
    HEAD + '\n"a",,1,0,1\n',  # quotes
    "\ufeff" + HEAD + "\nZoë,,1,0,1\n",  # not ASCII
    HEAD + "\na,,1,0,1\nb,a,1,0\n",  # a short row
    HEAD + "\n",
    HEAD,
    "",
])
def test_other_files_are_read_by_the_text_path_with_the_same_outcome(text):
    assert treecsv._split_bytes(text.encode()) is None or text.startswith("\ufeff")
    same_both_ways(text)


def test_the_byte_path_names_the_same_rows():
    rows = ("a,,100,0,1\n" "b,zz,1,0,1\n" "c,a,ten,0,1\n" "d,a,,0,1\n" "e,a,nan,0,1\n" "f,a,-1,0,1\n"
            "g,a,2e12,0,1\n" "h,a,10,20,1\n" "i,a,10,0,yes\n" "b,a,1,0,1\n" ",a,1,0,1\n" "j,j,1,0,1\n")
    lines = same_both_ways(HEAD + "\n" + rows)
    assert lines[:3] == ["row 2, column sponsor: 'zz' is not the id of any member",
                         "row 3, column volume: 'ten' is not a number",
                         "row 4, column volume: required, but empty"]


def test_a_sponsor_longer_than_every_id_is_still_found():
    # ids fit 8 bytes, the unknown sponsor needs 16: the hashes are made again at the wider width
    lines = same_both_ways(HEAD + "\na,,1,0,1\nb,a,1,0,1\nc,unknown-sponsor,1,0,1\nd,b,1,0,1\n")
    assert lines == ["row 3, column sponsor: 'unknown-sponsor' is not the id of any member"]
    assert same_both_ways(HEAD + "\na,,1,0,1\nb,a,1,0,1\n")["sponsor"] == [2, 0]


CELL = st.one_of(
    st.text(alphabet="0123456789.", min_size=0, max_size=18),
    st.sampled_from(["1e3", "1E-5", "+5", " 5", "5 ", "1_000", "inf", "nan", "-0", "0.1e1", ".5", "5.",
                     ".", "..", "1.2.3", "x", "9007199254740993", "123456789012345.6", "0.30000000000000004"]),
    st.floats(min_value=0, max_value=1e12).map(repr),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(CELL, min_size=1, max_size=6))
def test_numbers_read_as_float_reads_them(cells):
    rows = "".join(f"m{i},{'' if i == 0 else 'm0'},{c},0,1,{c}\n" for i, c in enumerate(cells))
    out = same_both_ways(HEAD + ",carry_left\n" + rows)
    if isinstance(out, dict):
        for cell, value in zip(cells, out["volume"]):
            assert value == float(cell)  # bit for bit (== on floats; NaN and such are refused)


def test_plain_numbers_are_exact():
    rng = np.random.default_rng(5)
    mantissas = rng.integers(0, 10**15, size=20000)
    decimals = rng.integers(0, 16, size=20000)
    cells = [str(m).zfill(k + 1)[:-k] + "." + str(m).zfill(k + 1)[-k:] if k else str(m)
             for m, k in zip(mantissas.tolist(), decimals.tolist())]
    data = (HEAD + "\n" + "".join(f"m{i},{'' if i == 0 else 'm0'},{c},0,1\n" for i, c in enumerate(cells))).encode()
    _, columns, _ = treecsv._split_bytes(data)
    values, plain = columns["volume"].plain_numbers()
    # plain = at most 15 digits (a 15-digit mantissa with 15 decimals is written "0." + 15 digits: 16)
    assert plain.tolist() == [len(c.replace(".", "")) <= 15 for c in cells]
    assert 15000 < plain.sum() < 20000
    assert values[plain].tolist() == [float(c) for c, ok in zip(cells, plain.tolist()) if ok]


def test_duplicate_ids_on_the_byte_path_name_the_first_row():
    # three 'b's: the hashes are equal, so the stable order is used and row 2 is named as first
    lines = same_both_ways(HEAD + "\na,,1,0,1\nb,a,1,0,1\nc,b,1,0,1\nb,a,1,0,1\nb,c,1,0,1\n")
    assert lines == ["row 4, column id: the id 'b' was already used in row 2",
                     "row 5, column id: the id 'b' was already used in row 2"]


def big_file(n: int) -> str:
    # member i is sponsored by member i // 2; volumes vary in length; customer volume is half or less
    rows = "".join(f"member-{i},{'' if i == 0 else f'member-{i // 2}'},{i % 301}.{i % 7},{i % 301 // 2},{i % 2},{i % 37}\n"
                   for i in range(n))
    return HEAD + ",months_since_join\n" + rows


def test_a_file_over_several_chunks_and_row_blocks_reads_as_the_text_path():
    # 40,000 rows (> _ROWS = 32,768 cells per number pass), about 1.4 MB (> _CHUNK = 256 KiB)
    n = 40_000
    assert n > treecsv._ROWS
    text = big_file(n)
    assert len(text) > 4 * treecsv._CHUNK
    net = same_both_ways(text)
    # sponsors i // 2: 1 -> 0, 2 -> 1, 3 -> 1; the top has the sentinel n
    assert net["sponsor"][:4] == [n, 0, 1, 1] and net["sponsor"][-1] == (n - 1) // 2
    # row 39,999 (i = 39,998): 39998 = 132 * 301 + 266 = 5714 * 7 + 0, so volume '266.0';
    # months 39998 = 1081 * 37 + 1
    assert net["volume"][39_998] == 266.0 and net["months_since_join"][39_998] == 1
    assert net["volume"] == [float(f"{i % 301}.{i % 7}") for i in range(n)]


def test_problems_past_the_first_chunk_name_their_rows():
    n = 40_000
    lines = big_file(n).split("\n")
    lines[35_001] = lines[35_001].replace(".", "x", 1)  # lines[k] is data row k: member-35000's volume
    lines[39_000] = "member-5,member-1,1.0,0,1,0"  # data row 39,000 repeats the id of row 6
    lines[36_000] = lines[36_000].replace("member-17999,", "nobody,")  # data row 36,000 (member-35999)'s sponsor
    out = same_both_ways("\n".join(lines))
    # 35000 = 116 * 301 + 84 = 5000 * 7 + 0: the volume '84.0' became '84x0'
    assert out == ["row 35001, column volume: '84x0' is not a number",
                   "row 36000, column sponsor: 'nobody' is not the id of any member",
                   "row 39000, column id: the id 'member-5' was already used in row 6"]
