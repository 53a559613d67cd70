"""Session 12: a new, empty offer (no cost, no income) is not said to "break even in month 1"."""

from __future__ import annotations

from evaluator.core.analysis import analyze
from evaluator.core.fileformat import load
from evaluator.core.model import Evaluation
from evaluator.resources import example_paths


def test_empty_offer_summary_says_nothing_is_entered():
    ev = Evaluation.new("New offer")
    en = analyze(ev, "en")
    assert en.projection.is_empty and en.projection.break_even_month == 1  # the rule, unchanged
    assert "No costs and no income are entered yet, so there is no result to show." in en.verdict.summary
    assert "break even" not in en.verdict.summary
    nl = analyze(ev, "nl")
    assert "Er zijn nog geen kosten en geen inkomsten ingevuld, dus er is nog geen resultaat." in nl.verdict.summary
    assert "quitte" not in nl.verdict.summary


def test_an_offer_with_figures_keeps_its_break_even_sentence():
    ev = load(next(p for p in example_paths() if p.stem == "affiliate-two-tier"))
    a = analyze(ev, "en")
    assert not a.projection.is_empty
    assert f"break even in month {a.projection.break_even_month}." in a.verdict.summary


def test_the_pdf_key_numbers_say_there_is_nothing_to_earn_back():
    import html
    import re

    from evaluator.report.content import build_content

    ev = Evaluation.new("New offer")
    for lang, row in (("en", "Break-even (cumulative net ≥ 0) nothing to earn back (no costs, no income)"),
                      ("nl", "Quitte (cumulatief netto ≥ 0) niets terug te verdienen (geen kosten, geen inkomsten)")):
        an = analyze(ev, lang, run_simulation=False)
        text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", build_content(ev, an, lang).html)))
        assert row in text
    dealer = load(next(p for p in example_paths() if p.stem == "dealer-kitchen-appliance"))
    an = analyze(dealer, "en", run_simulation=False)
    text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", build_content(dealer, an, "en").html)))
    assert f"Break-even (cumulative net ≥ 0) month {an.projection.break_even_month}" in text
