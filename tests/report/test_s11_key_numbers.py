"""Session 11: the key-numbers table says which period each figure covers. "Gross earnings per
year" was your first 12 months, and with a 6-month horizon only those 6 months, beside the
typical participant's whole year."""

from __future__ import annotations

import html
import re

import pytest

from evaluator.core.analysis import analyze
from evaluator.core.fileformat import load
from evaluator.report.content import build_content
from evaluator.resources import example_paths


def _rows(stem: str, horizon: int, lang: str) -> str:
    ev = load(next(p for p in example_paths() if p.stem == stem))
    ev = ev.model_copy(update={"assumptions": ev.assumptions.model_copy(update={"horizon_months": horizon})})
    an = analyze(ev, lang, run_simulation=False)
    text = re.sub(r"<[^>]+>", " ", build_content(ev, an, lang).html)
    return re.sub(r"\s+", " ", html.unescape(text)), an


@pytest.mark.parametrize("lang, label, note", [
    ("en", "Gross earnings in the first year, before expenses", " (only 6 months: your horizon)"),
    ("nl", "Bruto verdiensten in het eerste jaar, vóór kosten", " (maar 6 maanden: je periode)"),
])
def test_a_six_month_horizon_is_not_called_a_year(lang, label, note):
    text, an = _rows("mlm-unilevel-doterra-2017", 6, lang)
    p = an.projection
    gross6 = sum(sum(v) for v in p.revenue.values())  # all 6 months
    from evaluator.core.i18n import fmt_money
    cur = "USD"
    # the doTERRA figure is a tier's average, which the label adds in brackets after "expenses"
    assert re.search(re.escape(label) + r"( \([^)]*\))? " + re.escape(fmt_money(gross6, cur, lang) + note), text)
    assert "Gross earnings per year" not in text and "Bruto verdiensten per jaar" not in text
    year = "Net result in the first year " if lang == "en" else "Nettoresultaat in het eerste jaar "
    assert year + fmt_money(sum(p.net), cur, lang) + note in text


def test_a_two_year_horizon_gives_the_first_year_without_a_note():
    text, an = _rows("mlm-unilevel-doterra-2017", 24, "en")
    p = an.projection
    from evaluator.core.i18n import fmt_money
    gross12 = sum(sum(v[:12]) for v in p.revenue.values())
    assert re.search(r"Gross earnings in the first year, before expenses( \([^)]*\))? "
                     + re.escape(fmt_money(gross12, "USD", "en")) + " ", text)
    assert "your horizon)" not in text


def test_cost_table_says_own_purchases_are_after_what_you_would_have_bought_anyway():
    # doTERRA example: 50% "would have bought anyway"; the table's first-year purchases are half
    # of what you pay, and a note under it says both figures
    text, an = _rows("mlm-unilevel-doterra-2017", 36, "en")
    from evaluator.core.i18n import fmt_money
    counted = sum(an.projection.costs["purchases"][:12])
    assert counted > 0
    assert ("Required own purchases count only as a cost for the part you would not have bought anyway: "
            f"you pay {fmt_money(2 * counted, 'USD', 'en')} in the first year, and "
            f"{fmt_money(counted, 'USD', 'en')} of it counts as a cost (you entered 50% as bought anyway).") in text
    nl, _ = _rows("mlm-unilevel-doterra-2017", 36, "nl")
    assert f"je betaalt {fmt_money(2 * counted, 'USD', 'nl')} in het eerste jaar" in nl


def test_appendix_gives_the_share_paid_nothing_the_tiers_imply_and_no_doubled_words():
    # binary example: no stated share; the tiers cover 22.4%, so 77.6% were paid nothing
    for lang, share, basis, period in (
            ("en", "Share paid nothing not stated; from the tiers: 77.6%", "Share paid nothing is of All participants",
             "Amounts per A year"),
            ("nl", "Deel dat niets ontving niet vermeld; uit de groepen: 77,6%",
             "Deel dat niets ontving is van Alle deelnemers", "Bedragen per Een jaar")):
        text, _ = _rows("mlm-binary-starter-pack", 36, lang)
        assert share in text and basis in text and period in text
        assert "is of of" not in text and "is van van" not in text and "per per" not in text


def test_dutch_simulation_settings_name_the_seed_plainly():
    ev = load(next(p for p in example_paths() if p.stem == "affiliate-two-tier"))
    an = analyze(ev, "nl")
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", build_content(ev, an, "nl", an.simulation).html)))
    assert "stopt elke maand, startwaarde voor het toeval 1." in text
