"""The bundled examples' PDF texts (the committed goldens, which test_golden.py keeps equal to what
the app prints) hold none of the wording a new user tripped over (issue 13, item 7)."""

from __future__ import annotations

import re

import pytest

from . import golden

EXAMPLES = golden.examples()
IDS = [p.stem for p in EXAMPLES]

ODD = {
    # 'Jaar 2.025', 'the 2,017 disclosure', '(2.017, telt ...)', 'over 2.017'
    "a grouped year": r"(?:\b(?:[Jj]aar|[Yy]ear|over|the)\s|\()2[.,]0\d\d(?![\d]|[.,]\d)",
    "a negative amount kept or netted": r"(?:houdt[^.]{0,60}netto -|nets -)",
    "an (en) or (s) plural": r"\w\((?:en|s)\)",
    "thousands grouped with spaces": r"\d \d{3} \d{3}(?!\d)",
    "a quoted 'business pack'": r"'business pack'",
}
ODD_NL = {
    "the caution label alone": r"(?<!Wees )\bVoorzichtig\b",
    "'typische' for the typical participant": r"[Tt]ypische deelnemer",
    "Break-even untranslated": r"\b[Bb]reak-even\b",
}


@pytest.mark.parametrize("lang", golden.LANGS)
@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_the_report_text_has_no_odd_wording(path, lang):
    text = golden.golden_name(path, "report", lang).read_text("utf-8")
    checks = {**ODD, **(ODD_NL if lang == "nl" else {})}
    found = {what: m.group(0) for what, rx in checks.items() if (m := re.search(rx, text))}
    assert found == {}


@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_english_notes_are_english(path):
    text = golden.golden_name(path, "report", "en").read_text("utf-8")
    assert "Illustreert" not in text and "Fictief" not in text


@pytest.mark.parametrize("lang", golden.LANGS)
@pytest.mark.parametrize("path", EXAMPLES, ids=IDS)
def test_the_stop_sentence_formats_its_amounts_alike(path, lang):
    import json

    from evaluator.core.fileformat import load
    from evaluator.core.i18n import fmt_money, money_decimals

    text = golden.golden_name(path, "report", lang).read_text("utf-8")
    rows = json.loads(golden.golden_name(path, "analyze", lang).read_text("utf-8"))["exit"]
    if not rows:
        pytest.skip("no stop sentence")
    row = rows[0]
    currency = load(path).offer.currency
    values = [row["paid"], row["received"], row["net"]]
    # When one amount shows cents (below 1,000 with cents), every amount with cents shows them:
    # mlm-binary-starter-pack pays 2,216.14 and receives 386.77, so '€ 2.216,14', not '€ 2.216'.
    any_cents = any(money_decimals(v) == 2 for v in values)
    shown = [fmt_money(v, currency, lang, 2 if any_cents and round(v * 100) % 100 else None)
             for v in values]
    start = "Stop je na " if lang == "nl" else "If you stop after "
    sentence = text[text.index(start):][:300]
    for amount in shown:
        assert amount in sentence, (amount, sentence)


@pytest.mark.parametrize("lang", golden.LANGS)
def test_a_caution_verdict_opens_with_its_label(lang):
    # affiliate-two-tier is the bundled example at level 'caution': its summary starts with the
    # label, so the one-page summary does not say "Caution: be careful: ...".
    import json

    from evaluator.core.labels import VERDICT_LABELS

    path = next(p for p in EXAMPLES if p.stem == "affiliate-two-tier")
    verdict = json.loads(golden.golden_name(path, "analyze", lang).read_text("utf-8"))["verdict"]
    assert verdict["level"] == "caution"
    label = VERDICT_LABELS["caution"][0 if lang == "en" else 1]
    assert verdict["summary"].startswith(label + ": ")
    report = golden.golden_name(path, "report", lang).read_text("utf-8")
    assert f"{label}: " in report and "be careful" not in report.lower()
