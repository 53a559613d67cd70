"""The one-page summary (the report's first page and a PDF of its own), the pitch-meeting
checklist and the report's "Before you join" sections, read back from real PDFs with pypdf."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata

import pytest

pypdf = pytest.importorskip("pypdf")

from evaluator.cli import main  # noqa: E402
from evaluator.core.fileformat import from_data  # noqa: E402
from evaluator.report import PreparedReport  # noqa: E402
from tests.report.fixtures import example_ids, examples  # noqa: E402

DAY = dt.date(2026, 12, 1)

# No products: volume = sales. 2 one-off customers a month spending 50 = 100 of sales, 10%
# commission = 10 a month. To start: sign-up 100 + starter kit 50 = 150; then 30 a month.
DOC = {"format": "opportunity-evaluation", "version": 1, "offer": {
    "name": "Shake <b>&</b> Share", "currency": "EUR",
    "fees": {"signup": 100, "starter_kit": 50, "monthly": 30},
    "claims": {"claimed_monthly_income": 1000},
    "payout": {"retail_mode": "commission", "retail_commission_percent": 10,
               "plan": "unilevel", "levels": [10, 5]}},
    "assumptions": {"new_customers_per_month": 2, "customer_retention_percent": 0,
                    "customer_monthly_spend": 50, "horizon_months": 12}}


def text_of(path) -> list[str]:
    reader = pypdf.PdfReader(str(path))
    return [re.sub(r"\s+", " ", unicodedata.normalize("NFKC", p.extract_text() or "")).strip()
            for p in reader.pages]


def write(ev, tmp_path, kind, lang="nl", name="out.pdf"):
    path = tmp_path / name
    PreparedReport(ev, lang, today=DAY, kind=kind).write_pdf(path)
    return text_of(path)


@pytest.fixture(scope="module")
def qt(qapp):
    return qapp


def test_summary_alone_is_one_page_with_the_sentences(qt, tmp_path):
    ev = from_data(DOC)
    pages = write(ev, tmp_path, "summary")
    assert len(pages) == 1
    page = pages[0]
    assert "Shake <b>&</b> Share" in page  # the offer's name as text, never markup
    assert "Op één pagina" in page
    # Per year: income 12 x 10 = 120; net 120 - 150 - 12 x 30 = -390; per month 10 and -32.50.
    assert "Jij, jaar 1 € 120 € 10 -€ 390 -€ 32,50" in page
    assert "Wat de werver beloofde € 12.000 € 1.000" in page  # 12 x 1,000
    assert "Om te beginnen: € 150. Elke maand om te blijven: € 30." in page
    # Stopping after 3 months: paid 150 + 3 x 30 = 240, received 3 x 10 = 30, nothing back.
    assert "Stop je na 3 maanden, dan heb je € 240 betaald en € 30 ontvangen: -€ 210 in totaal." in page
    assert "De ernstigste waarschuwingssignalen" in page and "Vraag dit voordat je tekent" in page
    for place, site in (("ConsuWijzer", "www.consuwijzer.nl"), ("Kansspelautoriteit", "kansspelautoriteit.nl"),
                        ("Fraudehelpdesk", "www.fraudehelpdesk.nl"), ("Juridisch Loket", "www.juridischloket.nl")):
        assert place in page and site in page


def test_summary_in_english_for_a_dollar_offer_has_no_dutch_help(qt, tmp_path):
    ev = from_data({**DOC, "offer": {**DOC["offer"], "currency": "USD"}})
    page = write(ev, tmp_path, "summary", "en")[0]
    assert "In one page" in page and "To start: $150. Every month to stay: $30." in page
    assert "ConsuWijzer" not in page


@pytest.mark.parametrize("ev", examples(), ids=example_ids())
def test_every_example_summary_fits_one_page_in_both_languages(qt, tmp_path, ev):
    for lang in ("nl", "en"):
        assert len(write(ev, tmp_path, "summary", lang, f"{lang}.pdf")) == 1


def test_the_full_report_starts_with_the_summary_and_has_the_decision_sections(qt, tmp_path):
    ev = from_data(DOC)
    pages = write(ev, tmp_path, "full")
    assert pages[0].startswith("Op één pagina")
    assert "Beoordeling van een zakelijke kans" not in pages[0]
    assert pages[1].startswith("Beoordeling van een zakelijke kans")
    text = " ".join(pages)
    assert "Voordat je instapt" in text
    # Exit ledger row: 3 months, paid 240, received 30, back 0, -210.
    assert "3 maanden € 240 € 30 € 0 -€ 210" in text
    # Upline: 10% and 5% of your 100 of volume.
    assert "je sponsor (niveau 1) € 10 € 10" in text
    assert "Wat het beloofde inkomen vraagt" in text and "200 nieuwe klanten per maand" in text
    assert "Welke aanname het zwaarst weegt" in text
    # The tax block names its sources and dates.
    assert "Belasting en inschrijving in Nederland" in text
    assert "ECLI:NL:HR:2011:BP5707" in text and "http://kvk.nl/criteria" in text
    assert "stand 1 december 2026" in text


def test_checklist_with_the_legal_14_days_when_the_offer_states_none(qt, tmp_path):
    ev = from_data(DOC)
    text = " ".join(write(ev, tmp_path, "checklist"))
    assert "Checklist voor het verkoopgesprek" in text
    # 1 December 2026 + 14 days = 15 December 2026.
    assert "Teken je vandaag (1 december 2026), dan kun je nog afzien tot 15 december 2026" in text
    assert "het aanbod noemt geen; de wet geeft een consument 14 dagen" in text
    assert "Staat het contract op mijn eigen naam, of op naam van mijn bedrijf?" in text
    assert "art. 6:230o BW" in text
    from evaluator.core.questions import questions

    asked = questions(ev, "nl")
    assert asked
    for q in asked:
        assert re.sub(r"\s+", " ", q) in text
    assert text.count("\u2610") >= len(asked) + 4  # a tick box for each
    # Stopping after 3 months costs 210 (see the summary test).
    assert "Ik weet wat stoppen na 3 maanden me kost: € 210" in text


def test_checklist_with_the_offer_s_own_shorter_cooling_off_period(qt, tmp_path):
    doc = json.loads(json.dumps(DOC))
    doc["offer"]["requirements"] = {"cooling_off_days": 7}
    text = " ".join(write(from_data(doc), tmp_path, "checklist", "en"))
    # 1 December 2026 + 7 days = 8 December 2026.
    assert "If you sign today (1 December 2026), you can still withdraw until 8 December 2026" in text
    assert "fewer than the 14 days the law gives a consumer" in text
    assert "Is the contract in my own name, or in the name of my business?" in text


def test_report_command_summary_and_checklist(qt, tmp_path, capsys):
    src = tmp_path / "t.oppeval"
    src.write_text(json.dumps(DOC), "utf-8")
    out = tmp_path / "s.pdf"
    assert main(["report", str(src), "-o", str(out), "--summary"]) == 0
    assert len(text_of(out)) == 1
    out2 = tmp_path / "c.pdf"
    assert main(["report", str(src), "-o", str(out2), "--checklist", "--lang", "en"]) == 0
    assert "Checklist for the pitch meeting" in text_of(out2)[0]
    # Both at once is refused, and nothing is written.
    out3 = tmp_path / "both.pdf"
    with pytest.raises(SystemExit) as exc:
        main(["report", str(src), "-o", str(out3), "--summary", "--checklist"])
    assert exc.value.code == 2
    assert not out3.exists()


def test_a_monthly_disclosure_is_said_to_be_scaled_up(qt, tmp_path):
    doc = json.loads(json.dumps(DOC))
    doc["version"] = 2
    doc["offer"]["payout"] = {"retail_mode": "commission", "retail_commission_percent": 10}
    doc["offer"]["disclosure"] = {"year": 2025, "source": "s", "basis": "all", "period": "month",
                                  "tiers": [{"share_percent": 100, "average": 10}]}
    page = write(from_data(doc), tmp_path, "summary", "en")[0]
    # 10 a month x 12 = 120 a year, said to be scaled up.
    assert "scaled up from a monthly or weekly figure" in page
    assert "$120" not in page and "€120" in page
