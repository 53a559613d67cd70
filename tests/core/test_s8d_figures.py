"""audit8 fixes in the core (s8d): the 2026 tax rate, the KOR check in another currency, the
claim check's downline figure, the sustainability figure's rank rule, and flag texts."""

from __future__ import annotations

import pytest

from evaluator.core import nl_tax
from evaluator.core.fileformat import from_data


def make(offer: dict | None = None, **assumptions):
    return from_data({"format": "opportunity-evaluation", "version": 1,
                      "offer": {"name": "T", **(offer or {})}, "assumptions": assumptions})


# Products w = 60, r = 100; 2 one-off customers a month spending 100: sales 200 a month, so the
# first year's VAT turnover is 12 * 200 = 2,400 (in the offer's currency).
SELLER = {"fees": {"signup": 100},
          "products": [{"name": "P", "wholesale_price": 60, "retail_price": 100}]}


def test_the_default_rate_is_the_one_in_force_in_2026():
    ev = make(SELLER, horizon_months=12, new_customers_per_month=2, customer_monthly_spend=100)
    info = nl_tax.tax_info(ev, "nl")
    # net 12 * 80 - 100 = 860; 35.75% of it = 307.45 (the 35.70% proposal gave 307.02)
    assert info.income_tax == pytest.approx(307.45)
    rate = next(f for f in info.facts if f["id"] == "rate")
    assert "35,75%" in rate["text"] and "35,70" not in rate["text"]


def test_a_dollar_turnover_is_not_compared_with_the_euro_kor_limit():
    ev = make({**SELLER, "currency": "USD"}, horizon_months=12, new_customers_per_month=2,
              customer_monthly_spend=100)
    for lang, within, convert in (("nl", "binnen de KOR-grens", "wisselkoers"),
                                  ("en", "within the KOR limit of", "exchange rate")):
        info = nl_tax.tax_info(ev, lang)
        assert info.turnover_first_year == pytest.approx(2400)
        assert info.within_kor_limit is None  # $2,400 is no amount of euros
        kor = nl_tax.tax_sentences(info, "USD")[1]
        assert within not in kor and convert in kor
        assert "2.400" in kor or "2,400" in kor
        assert "€ 20.000" in kor or "€20,000" in kor


def test_a_euro_turnover_is_still_compared_with_the_kor_limit():
    ev = make(SELLER, horizon_months=12, new_customers_per_month=2, customer_monthly_spend=100)
    info = nl_tax.tax_info(ev, "nl")
    assert info.within_kor_limit is True  # 2,400 <= 20,000
    assert nl_tax.tax_sentences(info, "EUR")[1] == (
        "Omzet in het eerste jaar: € 2.400, binnen de KOR-grens van € 20.000.")
