"""The PDF cites, for an optional paid training, the same legal sources as the flag itself.

doTERRA's only paid training is an optional $20 recruiting class. Money paid to take part (UCPD
Annex I point 14, the 4finance case) is not at issue for an optional class, so the flag cites
Koscot only (audit 8, item 15); the PDF's per-flag list and "The law" must not bring the others
back (they called law.basis_for / basis_ids without training_mandatory).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from evaluator.core import fileformat, law
from evaluator.core.analysis import analyze
from evaluator.report.content import build_content

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "mlm-unilevel-doterra-2017.oppeval"


def test_the_pdf_lists_koscot_only_for_an_optional_training():
    ev = fileformat.load(EXAMPLE)
    assert not any(t.mandatory and t.cost > 0 for t in ev.offer.training)  # optional only
    analysis = analyze(ev, "en")
    flag = next(f for f in analysis.red_flags if f.id == "paid_training")
    html = build_content(ev, analysis, "en", analysis.simulation, dt.date(2026, 1, 15)).html
    start = html.index(flag.title)
    block = html[start:html.index("<h", start + len(flag.title) + 5)]
    assert "Koscot" in block
    assert "4finance" not in block and "Annex I" not in block
    mandatory = set(law.basis_ids("paid_training", pure_pyramid=False))
    optional = set(law.basis_ids("paid_training", pure_pyramid=False, training_mandatory=False))
    assert optional < mandatory  # the mandatory case cites more
