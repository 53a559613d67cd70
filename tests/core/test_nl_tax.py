"""Dutch tax and registration information: every fact and dated default names its sources and
dates, no default is past its review date, and the figures follow from the projection."""

from __future__ import annotations

import datetime
import math
import re

import pytest

from evaluator.core import nl_tax
from evaluator.core.fileformat import from_data
from evaluator.core.projection import project


def make(offer: dict | None = None, **assumptions):
    return from_data({"format": "opportunity-evaluation", "version": 1,
                      "offer": {"name": "T", **(offer or {})}, "assumptions": assumptions})


ALL_DATED = list(nl_tax.FACTS) + list(nl_tax.DEFAULTS)


@pytest.mark.parametrize("item", ALL_DATED, ids=[i.id for i in ALL_DATED])
def test_no_dated_fact_or_default_is_past_its_review_date(item):
    today = datetime.date.today()
    assert item.as_of <= item.review_by
    assert today <= item.review_by, (
        f"{item.id}: reviewed by {item.review_by.isoformat()} is past; check its sources, update "
        f"the value and its dates")


@pytest.mark.parametrize("item", ALL_DATED, ids=[i.id for i in ALL_DATED])
def test_every_fact_and_default_names_its_sources(item):
    assert item.sources and item.source == item.sources[0]
    for source in item.sources:
        assert source.title.strip()
        assert re.match(r"^https?://[^\s]+$", source.url), source.url


@pytest.mark.parametrize("fact", nl_tax.FACTS, ids=[f.id for f in nl_tax.FACTS])
def test_every_fact_in_dutch_and_english(fact):
    for text in (fact.title_en, fact.title_nl, fact.text_en, fact.text_nl):
        assert text.strip()
    assert fact.text_en != fact.text_nl
    nl = fact.localized("nl")
    assert nl["text"] == fact.text_nl and nl["title"] == fact.title_nl
    assert fact.localized("en")["text"] == fact.text_en


def test_the_loss_rule_cites_the_hoge_raad_with_its_ecli():
    loss = next(f for f in nl_tax.FACTS if f.id == "loss")
    for text in (loss.text_en, loss.text_nl):
        assert "ECLI:NL:HR:2011:BP5707" in text
        assert "bron van inkomen" in text
    assert any("ECLI:NL:HR:2011:BP5707" in s.title for s in loss.sources)


def test_the_kor_limit_and_the_default_rate():
    assert nl_tax.KOR_TURNOVER_LIMIT.value == 20_000
    assert nl_tax.KOR_TURNOVER_LIMIT.as_of == datetime.date(2025, 1, 1)
    assert nl_tax.INCOME_TAX_RATE.value == pytest.approx(35.75)  # in force from 1 Jan 2026, not the 35.70 proposal
    assert nl_tax.INCOME_TAX_RATE.as_of == datetime.date(2026, 1, 1)


def test_applies_to_euro_offers_and_dutch_users():
    assert nl_tax.applies(make({"currency": "EUR"}), "en")
    assert nl_tax.applies(make({"currency": "USD"}), "nl_NL")
    assert not nl_tax.applies(make({"currency": "USD"}), "en")


# Products w = 60, r = 100 (margin 40%); 2 one-off customers a month spending 100: sales 200,
# retail income 80 a month; 12 months; sign-up 100.
SELLER = {"fees": {"signup": 100},
          "products": [{"name": "P", "wholesale_price": 60, "retail_price": 100}]}


def test_a_profit_is_taxed_at_the_default_rate():
    ev = make(SELLER, horizon_months=12, new_customers_per_month=2, customer_monthly_spend=100)
    info = nl_tax.tax_info(ev, "nl")
    # net = 12 * 80 - 100 = 860; tax 35.75% = 307.45; after tax 552.55
    assert info.total_net == pytest.approx(860) == pytest.approx(project(ev).total_net)
    assert info.income_tax == pytest.approx(307.45)
    assert info.net_after_tax == pytest.approx(552.55)
    assert info.rate_is_default and not info.loss_not_deductible
    assert "na belasting" in info.summary and "€ 552,55" in info.summary  # below 1,000: cents
    # VAT turnover is the sales price: 12 * 200 = 2,400, within the 20,000 KOR limit
    assert info.turnover_first_year == pytest.approx(2400)
    assert info.within_kor_limit and info.regular_income
    assert [f["id"] for f in info.facts] == [f.id for f in nl_tax.FACTS]
    data = nl_tax.tax_info_json(info)
    assert data["facts"][0]["source"]["url"] == "http://kvk.nl/criteria"
    assert data["facts"][0]["sources"][0]["url"].startswith("http")
    assert data["defaults"][0]["as_of"] == "2026-01-01"


def test_your_own_rate_and_a_bad_rate():
    ev = make(SELLER, horizon_months=12, new_customers_per_month=2, customer_monthly_spend=100)
    info = nl_tax.tax_info(ev, "en", rate_percent=40)
    assert info.income_tax == pytest.approx(344)  # 40% of 860
    assert not info.rate_is_default
    for bad in (-1, 100.5, math.nan):
        with pytest.raises(ValueError, match="income tax rate"):
            nl_tax.tax_info(ev, "en", rate_percent=bad)


def test_a_loss_gets_no_tax_back():
    ev = make({"fees": {"signup": 100, "monthly": 25}}, horizon_months=12)
    info = nl_tax.tax_info(ev, "en")
    # net = -100 - 12 * 25 = -400: no tax, nothing back
    assert info.total_net == pytest.approx(-400)
    assert info.income_tax == 0 and info.net_after_tax == pytest.approx(-400)
    assert info.loss_not_deductible
    assert "not deductible" in info.summary and "€400" in info.summary
    assert info.turnover_first_year == 0 and not info.regular_income


def test_turnover_with_commissions_and_over_the_kor_limit():
    # Commission mode: turnover is the commission (10% of 200 = 20 a month) plus a recruit bonus
    # of 2,000 for 1 recruit a month: 12 * (20 + 2,000) = 24,240 > 20,000.
    ev = make({"payout": {"retail_mode": "commission", "retail_commission_percent": 10,
                          "recruit_bonus": 2000}},
              horizon_months=6, new_customers_per_month=2, customer_monthly_spend=100,
              recruits_per_month=1)
    info = nl_tax.tax_info(ev, "nl")
    assert info.turnover_first_year == pytest.approx(24_240)  # a full year even with H = 6
    assert not info.within_kor_limit


def test_tax_info_is_plain_json_for_every_example():
    import json
    from pathlib import Path

    from evaluator.core.fileformat import load

    root = Path(__file__).resolve().parents[2] / "resources" / "examples"
    for path in sorted(root.glob("*.oppeval")):
        for lang in ("nl", "en"):
            data = nl_tax.tax_info_json(nl_tax.tax_info(load(path), lang))
            json.dumps(data, allow_nan=False)
            net = data["total_net"]
            assert data["income_tax"] == pytest.approx(max(net, 0) * 35.75 / 100)
            assert data["net_after_tax"] == pytest.approx(net - data["income_tax"])
