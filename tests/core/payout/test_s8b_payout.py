"""``payout --tree``: every problem of the file listed at once (customer_volume > volume too,
beside other rows' errors), and the top-earner sentence in the singular for one member."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluator.cli import main
from evaluator.core import fileformat
from evaluator.core.payout.treecsv import TreeFileError, parse_tree

ROOT = Path(__file__).resolve().parents[3]
OFFER = ROOT / "resources" / "examples" / "mlm-unilevel-doterra-2017.oppeval"

# row 1: customer_volume 500 > volume 100; row 2: 200 > 100; row 3: volume "abc";
# row 4: unknown sponsor "zz"
MULTI = ("id,sponsor,volume,customer_volume,active\n"
         "a,,100,500,1\nb,a,100,200,1\nc,a,abc,0,1\nd,zz,1,0,1\n")
# row 1: a negative volume; row 2: customer_volume 200 > volume 100
NEG = "id,sponsor,volume,customer_volume,active\na,,-100,0,1\nb,a,100,200,1\n"


def run(capsys, *args):
    code = main(["payout", *map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_every_problem_is_listed_with_customer_volume_above_volume(tmp_path, capsys):
    tree = tmp_path / "multi.csv"
    tree.write_text(MULTI, encoding="utf-8")
    code, out, err = run(capsys, OFFER, "--tree", tree)
    assert (code, out) == (2, "")
    assert err.splitlines()[1:] == [
        "  row 1, column customer_volume: customer_volume is more than volume",
        "  row 2, column customer_volume: customer_volume is more than volume",
        "  row 3, column volume: 'abc' is not a number",
        "  row 4, column sponsor: 'zz' is not the id of any member",
    ]


@pytest.mark.parametrize("as_bytes", [True, False], ids=["bytes", "text"])
def test_a_bad_number_in_one_row_and_customer_above_volume_in_another(as_bytes):
    plan = fileformat.loads(OFFER.read_text(encoding="utf-8")).offer.payout
    with pytest.raises(TreeFileError) as info:
        parse_tree(NEG.encode() if as_bytes else NEG, plan)
    # the negative row itself is not compared (its volume is not valid): one problem each row
    assert [(p.row, p.column) for p in info.value.problems] == [(1, "volume"), (2, "customer_volume")]
    assert info.value.total == 2
    assert info.value.lines("nl")[1] == "regel 2, kolom customer_volume: customer_volume is groter dan volume"


def test_one_top_earner_is_singular(tmp_path, capsys):
    tree = tmp_path / "one.csv"
    # b pays its upline a; b earns nothing, so the top-earner list has a alone
    tree.write_text("id,sponsor,volume,customer_volume,active\na,,100,0,1\nb,a,100,0,1\n", encoding="utf-8")
    code, out, _ = run(capsys, OFFER, "--tree", tree)
    assert code == 0
    assert out.splitlines()[-1] == "  This one member receives 100.0% of all pay."
    code, out, _ = run(capsys, OFFER, "--tree", tree, "--lang", "nl")
    assert out.splitlines()[-1] == "  Dit ene lid krijgt 100,0% van alle uitbetalingen."
    assert "These 1" not in out
