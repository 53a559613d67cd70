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
            f"of the {fmt_money(2 * counted, 'USD', 'en')} you buy for yourself in the first year (beyond what "
            f"your customers buy from you), {fmt_money(counted, 'USD', 'en')} counts as a cost (you entered 50% "
            "as bought anyway).") in text
    nl, _ = _rows("mlm-unilevel-doterra-2017", 36, "nl")
    assert f"van de {fmt_money(2 * counted, 'USD', 'nl')} die je in het eerste jaar voor jezelf koopt" in nl


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


def test_typical_participants_costs_are_named_as_they_are_computed():
    # The binary example's typical year 1 net, -€4,761, includes the €50 a month of other
    # expenses and the 25% "bought anyway" (audit 11: the note said "the required costs only")
    from evaluator.core.projection import typical_costs

    ev = load(next(p for p in example_paths() if p.stem == "mlm-binary-starter-pack"))
    assert ev.assumptions.other_expenses_per_month == 50 and ev.assumptions.personal_use_percent == 25
    # 49 + 749 + 500 + 12 x 29.95 + 12 x 128.70 x 75% + 1,345 + 12 x 50 = 4,760.70 (the monthly
    # order is 128.6957 unrounded: 4,760.66)
    assert sum(typical_costs(ev, 12)) == pytest.approx(4760.70, abs=0.05)
    text, _ = _rows("mlm-binary-starter-pack", 24, "en")
    assert ("Their costs: the required costs (fees, required purchases and training), your other "
            "expenses of €50 a month, less the 25% of the required purchases you would have bought "
            "anyway; no customers, no recruits, no optional training.") in text
    nl, _ = _rows("mlm-binary-starter-pack", 24, "nl")
    assert "Hun kosten: de verplichte kosten (vaste kosten, verplichte aankopen en training), jouw overige kosten van € 50 per maand" in nl
    assert "alleen de verplichte kosten" not in nl


def test_summary_says_the_required_order_counts_only_in_part(tmp_path):
    # fast start example: to stay, a 100-point order of about $105.21 a month; the "paid after 3
    # months" beside it counts only what customers do not buy and you would not have bought anyway
    from tests.report.test_s9c_summary_months import _summary_text

    text = _summary_text("en", tmp_path, "mlm-unilevel-fast-start-matching")
    assert ("Every month to stay: $105.21. Of that, $105.21 is the required order; below, it counts as a "
            "cost only for the part your customers do not buy from you and you would not have bought "
            "anyway.") in text
    nl = _summary_text("nl", tmp_path, "mlm-unilevel-fast-start-matching")
    assert "Daarvan is $ 105,21 de verplichte bestelling" in nl


def test_appendix_values_carry_their_units():
    # binary example: 7 days to withdraw, no buyback term, 24 months, a one-off launch event
    text, _ = _rows("mlm-binary-starter-pack", 24, "nl")
    for shown in ("Bedenktijd 7 dagen", "Termijn terugkoop 0 dagen", "Periode 24 maanden",
                  "Launch event € 149 eenmalig, bij de start ja werven"):
        assert shown in text, shown
    en, _ = _rows("affiliate-two-tier", 24, "en")
    assert "Claimed income after 12 months" in en and "Cooling-off period 14 days" in en
    gift, _ = _rows("gifting-circle-2x3", 24, "en")
    assert "Cooling-off period none stated" in gift  # 0 is "none stated", as the red flag reads it


def test_tornado_percent_ranges_have_a_percent_sign():
    from matplotlib.figure import Figure

    from evaluator.charts import ChartStyle
    from evaluator.charts_tornado import draw_tornado
    from evaluator.core.decisions import sensitivity

    ev = load(next(p for p in example_paths() if p.stem == "affiliate-two-tier"))
    ax = Figure().add_subplot(111)
    draw_tornado(ax, sensitivity(ev), ChartStyle(lang="nl"))
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # downline retention 70% at half and 1.5 times: 35-100% (clamped to the field's limit)
    assert "Netwerkleden die blijven (35–100%)" in labels
