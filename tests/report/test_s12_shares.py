"""Session 12 (a review of the figures by hand): the income table's shares and the "income from
recruiting" key figure beside it add up (affiliate example: 4,353.72 own sales of 4,610.25 in
all is 94.44%, the rest 5.56% shown as 6%; the table said 95%, so 95% + 6% = 101%), and a rate
that is needed is rounded up to the figure shown."""

from __future__ import annotations

import html
import re

from evaluator.core.analysis import analyze
from evaluator.core.decisions import needed_number
from evaluator.core.fileformat import load
from evaluator.core.i18n import whole_percent_shares
from evaluator.report.content import build_content
from evaluator.resources import example_paths


def _text(stem: str, lang: str):
    ev = load(next(p for p in example_paths() if p.stem == stem))
    an = analyze(ev, lang, run_simulation=False)
    text = re.sub(r"<[^>]+>", " ", build_content(ev, an, lang).html)
    return re.sub(r"\s+", " ", html.unescape(text)), an


def test_own_sales_against_the_rest_as_the_key_figure_rounds_it():
    # 94.44 / 3.25 / 2.31: the rest is 5.56 -> 6, own sales 94, and the rest's 6 split 3 + 3
    assert whole_percent_shares([4353.72, 150, 106.53], first_apart=True) == [94, 3, 3]
    assert whole_percent_shares([4353.72, 150, 106.53]) == [95, 3, 2]  # without: the plain method
    assert whole_percent_shares([1, 1, 1], first_apart=True) == [33, 34, 33]
    assert whole_percent_shares([5], first_apart=True) == [100]
    assert whole_percent_shares([0, 0], first_apart=True) == [0, 0]


def test_the_pdf_income_table_and_the_recruiting_key_figure_agree():
    text, an = _text("affiliate-two-tier", "nl")
    p = an.projection
    total = sum(sum(v) for v in p.revenue.values())
    retail = sum(p.revenue["retail"])
    assert round(100 * retail / total, 2) == 94.44 and round(100 * p.recruitment_share, 2) == 5.56
    assert "Inkomen uit werven, netwerk en rangen 6%" in text
    assert re.search(r"Eigen verkoop aan klanten € 4\.354 94%", text)
    assert not re.search(r"Eigen verkoop aan klanten € 4\.354 95%", text)


def test_needed_rates_round_up_to_what_is_shown():
    assert needed_number(0.31513, "nl") == "0,32"  # 0.3 x 238 = 71.4 would fall short of 75
    assert needed_number(0.508, "en") == "0.51"
    assert needed_number(4.2017, "en") == "4.3"
    assert needed_number(44.06, "en") == "45"
    assert needed_number(0.3, "en") == "0.30"
    _text_nl, an = _text("dealer-kitchen-appliance", "nl")
    assert round(an.break_even.customers_per_month, 5) == 0.31513
    assert "Om quitte te spelen heb je ongeveer 0,32 nieuwe klanten van buiten per maand nodig" \
        in an.break_even.explanation
