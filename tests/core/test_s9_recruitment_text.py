"""The recruitment-income flag says it plainly when nothing at all is sold or bought (session 9).

After the pure pyramid's rank bonus was counted as recruitment (0 % from outside customers), the
detail read "100% ... from recruiting and participants' own purchases and only 0% from sales to
outside customers. Participants' own purchases were 0% of all volume." It now says all earnings
came from recruiting. A plan whose volume is own purchases (the 3x7 matrix) keeps the long form.
"""

from __future__ import annotations

import pytest

from evaluator.core.analysis import analyze
from evaluator.core.fileformat import load
from evaluator.resources import example_paths


def _flag(word: str, lang: str):
    path = next(p for p in example_paths() if word in p.name)
    return analyze(load(path), lang).flag("recruitment_driven_income")


@pytest.mark.parametrize("word", ["pyramid", "gifting"])
def test_nothing_sold_nothing_bought(word):
    assert _flag(word, "en").detail == (
        "In the simulation of the whole network, all earnings came from recruiting; none from sales "
        "to outside customers.")
    assert _flag(word, "nl").detail == (
        "In de simulatie van het hele netwerk kwamen alle verdiensten uit werving; niets uit verkoop "
        "aan klanten van buiten.")


def test_own_purchases_keep_the_long_form():
    detail = _flag("matrix-3x7", "en").detail
    assert detail.startswith("In the simulation of the whole network, 100% of all earnings came from "
                             "recruiting and participants' own purchases and only 0% from sales")
    assert detail.endswith("Participants' own purchases were 100% of all volume.")
