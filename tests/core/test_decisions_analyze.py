"""SPEC 12 in ``analyze``: the JSON keys exit, upline, claim_check, sensitivity and nl_tax, and a
short text section for each, through the real command line."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout

import pytest

from evaluator.cli import main
from evaluator.core.analysis import analyze
from evaluator.core.fileformat import from_data

from .documents import seller

# 10 a month of commission on 100 of sales (see seller), a monthly fee of 30.
DOC = seller(fees={"monthly": 30})


def run_cli(argv):
    out = io.StringIO()
    with redirect_stdout(out):
        assert main(argv) == 0
    return out.getvalue()


@pytest.fixture
def doc_file(tmp_path):
    path = tmp_path / "t.oppeval"
    path.write_text(json.dumps(DOC), "utf-8")
    return path


def test_analyze_json_has_the_spec_12_keys_with_hand_computed_figures(doc_file):
    data = json.loads(run_cli(["analyze", str(doc_file), "--json"]))
    # Net a month: 10 commission - 30 fee = -20; after 3, 6, 12 months: -60, -120, -240.
    assert [(r["month"], r["net"]) for r in data["exit"]] == [(3, -60), (6, -120), (12, -240)]
    assert data["exit"][-1]["net"] == pytest.approx(data["projection"]["total_net"])
    # Upline: 10% and 5% of your 100 of volume in month 12.
    assert [(lv["level"], lv["total"]) for lv in data["upline"]["levels"]] == [(1, 10), (2, 5)]
    # Claim: 1,000 a month by month 12 (no after_months): 10% commission on 50 per customer = 5
    # a customer, so 200 customers a month.
    assert data["claim_check"]["after_months"] == 12
    assert data["claim_check"]["customers_per_month_needed"] == pytest.approx(200, rel=1e-5)
    # Sensitivity: base = total_net; customers at half: 12 x (5 - 30) = -300, at 1.5x: 12 x
    # (15 - 30) = -180.
    rows = {r["assumption"]: r for r in data["sensitivity"]}
    assert rows["new_customers_per_month"]["base"] == pytest.approx(-240)
    assert rows["new_customers_per_month"]["low"] == pytest.approx(-300)
    assert rows["new_customers_per_month"]["high"] == pytest.approx(-180)
    # A euro offer: the Dutch tax block, a loss: nothing to pay, nothing back.
    assert data["nl_tax"]["income_tax"] == 0
    assert data["nl_tax"]["loss_not_deductible"] is True
    assert {f["id"] for f in data["nl_tax"]["facts"]} >= {"kvk", "btw", "kor", "loss", "profit"}


def test_no_tax_block_for_a_dollar_offer_in_english():
    ev = from_data({**DOC, "offer": {**DOC["offer"], "currency": "USD"}})
    assert analyze(ev, "en").to_json()["nl_tax"] is None
    assert analyze(ev, "nl").to_json()["nl_tax"] is not None  # a Dutch-speaking user gets it


def test_analyze_text_has_a_section_for_each(doc_file):
    text = run_cli(["analyze", str(doc_file), "--lang", "nl"])
    for heading in ("Als je stopt", "Wat je upline aan jou verdient", "Wat het beloofde inkomen vraagt",
                    "Welke aanname het zwaarst weegt", "Belasting en inschrijving in Nederland"):
        assert heading in text
    assert "Stoppen na 3 maanden: je betaalt € 90, ontvangt € 30: -€ 60 in totaal." in text
    assert "je sponsor (niveau 1): € 10" in text
    text_en = run_cli(["analyze", str(doc_file)])
    assert "What your upline earns from you" in text_en and "your sponsor (level 1): €10" in text_en


def test_the_decisions_are_computed_once_and_only_when_asked_for():
    ev = from_data(DOC)
    analysis = analyze(ev, "en")
    assert analysis._decisions is None  # not on every keystroke
    first = analysis.decisions
    assert analysis.decisions is first


def test_the_claim_check_uses_claims_after_months_of_a_version_2_document():
    doc = json.loads(json.dumps(DOC))
    doc["version"] = 2
    doc["offer"]["payout"] = {"retail_mode": "commission", "retail_commission_percent": 10,
                              "components": [{"type": "unilevel", "levels": [10, 5]}]}
    doc["offer"]["claims"]["after_months"] = 6
    data = analyze(from_data(doc), "en").to_json()
    # By month 6 instead of the horizon (12); one-off customers: still 200 a month.
    assert data["claim_check"]["after_months"] == 6
    assert data["claim_check"]["customers_per_month_needed"] == pytest.approx(200, rel=1e-5)
    assert [(lv["level"], lv["total"]) for lv in data["upline"]["levels"]] == [(1, 10), (2, 5)]
