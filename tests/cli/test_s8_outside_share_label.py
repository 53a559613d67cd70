"""`analyze`'s key numbers say whose share of income from outside customers they show (audit 8).

With the simulation in (SPEC 9.3), `income_outside_percent` is the whole simulated network's share;
it stood unlabelled among your own projection's figures, so doTERRA's 22 % read as yours. Now the
row names the simulated network, and your projection's own share follows it on its own row.
"""

from __future__ import annotations

import io
from contextlib import redirect_stdout
from pathlib import Path

from evaluator.cli import main
from evaluator.core import fileformat
from evaluator.core.analysis import analyze
from evaluator.core.i18n import fmt_percent
from evaluator.core.income import split_projection

DOTERRA = Path(__file__).resolve().parents[2] / "resources" / "examples" / "mlm-unilevel-doterra-2017.oppeval"


def _text(*argv: str) -> str:
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(["analyze", str(DOTERRA), *argv]) == 0
    return out.getvalue()


def test_the_simulated_share_and_your_own_are_labelled_apart():
    ev = fileformat.load(DOTERRA)
    analysis = analyze(ev, "en")
    assert analysis.income_basis == "simulation"
    network = analysis.income_outside_percent
    own = split_projection(ev, analysis.projection).outside_percent
    assert network is not None and own is not None
    assert round(network) != round(own)  # 22 % against 55 %: which is which matters
    lines = _text().splitlines()
    sim_row = next(line for line in lines if "From outside customers (whole network, simulated)" in line)
    own_row = next(line for line in lines if "From outside customers (your projection)" in line)
    assert sim_row.split()[-1] == fmt_percent(network, "en")
    assert own_row.split()[-1] == fmt_percent(own, "en")
    assert not any(line.strip().startswith("From outside customers ") and "(" not in line for line in lines)
    nl = _text("--lang", "nl")
    assert "Uit klanten van buiten (hele netwerk, gesimuleerd)" in nl and "Uit klanten van buiten (je projectie)" in nl
