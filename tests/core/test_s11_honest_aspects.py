"""Session 11: the eight-aspect comparison says how far a claim or a price is from the figures,
instead of "not far above" for a claim 2.8 times the projection or "priced in line" for
products a fifth dearer (both below their red flag's threshold)."""

from __future__ import annotations

from evaluator.core.analysis import analyze
from evaluator.core.fileformat import from_data
from evaluator.core.model import Evaluation

# One product sold at 1,000 a piece on a 10% commission, 3 customers a month buying once each:
# the projection earns 3 x 1,000 x 10% = 300 a month, every month.
DEALER = {"kind": "dealer",
          "payout": {"retail_mode": "commission", "retail_commission_percent": 10},
          "requirements": {"cooling_off_days": 14}}
ASSUME = {"new_customers_per_month": 3, "customer_monthly_spend": 1000,
          "customer_retention_percent": 0, "horizon_months": 12}


def make(claim: float | None = None, market_prices: list[float] | None = None,
         retail: list[float] | None = None) -> Evaluation:
    retail = retail or [1000.0]
    products = [{"name": f"P{i}", "wholesale_price": r * 0.8, "retail_price": r,
                 **({"market_price": market_prices[i]} if market_prices else {})}
                for i, r in enumerate(retail)]
    offer = {"name": "t", **DEALER, "products": products}
    if claim is not None:
        offer["claims"] = {"claimed_monthly_income": claim}
    return from_data({"format": "opportunity-evaluation", "version": 1, "offer": offer,
                      "assumptions": ASSUME})


def aspect(ev: Evaluation, key: str, lang: str = "en") -> tuple[str, str]:
    a = {x.key: x for x in analyze(ev, lang, run_simulation=False).comparison}[key]
    return a.this_offer, a.leans


def test_projection_earns_300_a_month():
    ev = make()
    p = analyze(ev, run_simulation=False).projection
    assert sum(sum(v) for v in p.revenue.values()) == 12 * 300


def test_claim_2_8_times_the_projection_is_said_as_2_8_times():
    # 840 / 300 = 2.8: below the income_claims flag's factor of 3, so no flag ...
    ev = make(claim=840)
    flags = {f.id for f in analyze(ev, run_simulation=False).red_flags}
    assert "income_claims" not in flags
    text, leans = aspect(ev, "recruitment_methods")
    assert text == ("The claimed €840 a month is 2.8 times the €300 a month your own projection averages "
                    "(gross, before costs): ask how many participants really earn it.")
    assert leans == "unclear"
    assert "not far above" not in text
    nl, _ = aspect(ev, "recruitment_methods", "nl")
    assert nl == ("Het beloofde bedrag van € 840 per maand is 2,8 keer de € 300 per maand die je eigen "
                  "projectie gemiddeld oplevert (bruto, vóór kosten): vraag hoeveel deelnemers het echt verdienen.")


def test_claim_at_or_below_the_projection_leans_network_marketing():
    text, leans = aspect(make(claim=300), "recruitment_methods")
    assert text == "The claimed €300 a month is no more than the €300 a month your own projection averages (gross, before costs)."
    assert leans == "network_marketing"


def test_claim_above_three_times_is_the_flag():
    # 901 / 300 = 3.003 > 3: the flag's own text, leaning pyramid
    ev = make(claim=901)
    text, leans = aspect(ev, "recruitment_methods")
    assert leans == "pyramid" and "3.0 times the €300" in text


def test_claim_against_the_disclosure_median():
    ev = make(claim=500)
    # everyone in one tier whose median is 2,400 a year: 200 a month; 500 / 200 = 2.5
    disclosure = from_data({"format": "opportunity-evaluation", "version": 1, "offer": {
        "name": "t", "disclosure": {"year": 2024, "source": "test", "basis": "all", "tiers": [
            {"name": "all", "share_percent": 100, "annual_average": 2400, "annual_median": 2400}]}}}).offer.disclosure
    ev = ev.model_copy(update={"offer": ev.offer.model_copy(update={"disclosure": disclosure})})
    text, leans = aspect(ev, "recruitment_methods")
    assert text.startswith("The claimed €500 a month is 2.5 times the €200 a month the typical participant "
                           "in the company's disclosure receives (gross, before expenses)"), text
    assert leans == "unclear"


def test_product_a_fifth_dearer_is_not_priced_in_line():
    # 1,000 against 833.33: 20% dearer, below the product_premium flag's 50%
    ev = make(market_prices=[833.33])
    assert "product_premium" not in {f.id for f in analyze(ev, run_simulation=False).red_flags}
    text, leans = aspect(ev, "products")
    assert text == "1 product, 20% dearer than comparable products elsewhere: outside customers need a reason to pay that."
    assert leans == "network_marketing"
    nl, _ = aspect(ev, "products", "nl")
    assert nl == ("1 product, 20% duurder dan vergelijkbare producten elders: klanten van buiten moeten een "
                  "reden hebben om dat te betalen.")


def test_products_within_five_percent_are_in_line_and_cheaper_ones_say_so():
    # means: retail (1,000 + 200) / 2 = 600 against (980 + 190) / 2 = 585: 2.6% dearer
    text, _ = aspect(make(market_prices=[980, 190], retail=[1000, 200]), "products")
    assert text == "2 products, priced in line with comparable products elsewhere."
    # 600 against (1,200 + 300) / 2 = 750: 20% cheaper
    text, leans = aspect(make(market_prices=[1200, 300], retail=[1000, 200]), "products")
    assert text == "2 products, on average 20% cheaper than comparable products elsewhere."
    assert leans == "network_marketing"
