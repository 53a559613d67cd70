"""The offer's terms (core/terms.py): each figure hand-computed, and computed once per evaluation."""

from __future__ import annotations

import pytest

from evaluator.core import terms as offer_terms
from evaluator.core.model import Evaluation
from evaluator.core.fileformat import from_data as _from_data  # a version-1 document, upgraded


def evaluation(**offer) -> Evaluation:
    data = {
        "format": "opportunity-evaluation", "version": 1,
        "offer": {
            "name": "Terms",
            "fees": {"signup": 50, "starter_kit": 100, "monthly": 10, "annual": 30},
            # w = (10 + 30) / 2 = 20, r = (20 + 50) / 2 = 35, v = (10 [wholesale] + 10) / 2 = 10
            "products": [{"name": "A", "wholesale_price": 10, "retail_price": 20},
                         {"name": "B", "wholesale_price": 30, "retail_price": 50, "volume": 10}],
            "requirements": {"monthly_volume": 100, "autoship_required": True,
                             "initial_inventory": 200},
            "training": [
                {"name": "Start", "cost": 120, "times_per_year": 0, "mandatory": True, "focus": "sales"},
                {"name": "Club", "cost": 24, "times_per_year": 6, "mandatory": False, "focus": "product"},
                {"name": "Camp", "cost": 60, "times_per_year": 2, "mandatory": True, "focus": "mixed"},
            ],
            **offer,
        },
        "assumptions": {"downline_customer_sales": 70, "personal_use_percent": 25},
    }
    return _from_data(data)


def test_product_mix_and_money_per_point():
    t = offer_terms.of(evaluation())
    assert (t.mix.wholesale, t.mix.retail, t.mix.volume) == (20, 35, 10)
    assert t.offer.margin == pytest.approx((35 - 20) / 35)
    assert t.mix.cost_of_volume(5) == pytest.approx(5 * 20 / 10)  # 10
    assert t.mix.volume_of_sales(70) == pytest.approx(70 * 10 / 35)  # 20 points
    assert t.mix.volume_per_sale == pytest.approx(10 / 35) and t.mix.unit_cost == pytest.approx(2)


def test_no_products_means_one_and_no_margin():
    t = offer_terms.of(evaluation(products=[]))
    assert (t.mix.wholesale, t.mix.retail, t.mix.volume) == (1, 1, 1)
    assert t.offer.margin == 0 and t.offer.retail_income(100) == 0


@pytest.mark.parametrize("payout, expected", [
    ({"retail_mode": "margin"}, 100 * 15 / 35),  # S * g = 100 * (35 - 20) / 35
    ({"retail_mode": "commission", "retail_commission_percent": 12}, 12.0),  # 100 * 12 / 100
    ({"retail_mode": "none", "retail_commission_percent": 12}, 0.0),
])
def test_retail_income_rule_by_mode(payout, expected):
    t = offer_terms.of(evaluation(payout=payout))
    assert t.offer.retail_income(100) == pytest.approx(expected)
    assert t.offer.retail_rate * 100 == pytest.approx(expected)


def test_own_purchases_and_member_volumes_by_basis():
    t = offer_terms.of(evaluation())
    assert t.offer.own_purchase_volume(30) == 70  # max(0, 100 - 30)
    assert t.offer.own_purchase_volume(130) == 0
    # CV = 70 * 10 / 35 = 20 points; MV = max(100, 20) = 100; B = MV on all_volume
    assert (t.downline.customer, t.downline.member, t.downline.commissionable) == pytest.approx((20, 100, 100))
    assert t.downline.outside_fraction == pytest.approx(0.2)
    t2 = offer_terms.of(evaluation(payout={"plan": "unilevel", "levels": [5],
                                           "commission_basis": "customer_volume"}))
    assert t2.downline.commissionable == pytest.approx(20)
    # own purchases cost 70 * 20 / 10 = 140, of which 25% would have been bought anyway: 105
    assert t.purchases(70) == pytest.approx(105)


def test_fee_schedule_joins_in_month_1_and_renews_in_months_13_and_25():
    t = offer_terms.of(evaluation()).offer
    # month 1: 10 monthly + 50 signup + 100 kit + 200 stock = 360; renewal 30 in 13, 25, 37
    assert [t.fee(m) for m in (1, 2, 12, 13, 14, 24, 25, 37)] == [360, 10, 10, 40, 10, 10, 40, 40]


def test_training_schedule_by_month_and_first_year():
    t = offer_terms.of(evaluation()).offer
    # month 1: Start 120 + Club 24 * 6 / 12 = 12 + Camp 60 * 2 / 12 = 10 -> 142; later 22
    assert t.training_cost(1, include_optional=True) == pytest.approx(142)
    assert t.training_cost(2, include_optional=True) == pytest.approx(22)
    assert t.training_cost(2, include_optional=False) == pytest.approx(10)
    assert (t.join_training, t.monthly_training) == pytest.approx((120, 10))
    assert t.mandatory_training_first_year == pytest.approx(120 + 60 * 2)  # 240


def test_what_must_be_paid_to_join_and_to_stay():
    t = offer_terms.of(evaluation()).offer
    assert [(p.kind, p.amount) for p in t.joining_payments] == [
        ("signup", 50), ("starter_kit", 100), ("stock", 200), ("training", 120)]
    assert t.joining_total == 470
    # fee 10 + Camp 10 a month + autoship 100 points * 20 / 10 = 200
    assert [(p.kind, p.amount) for p in t.staying_payments] == [
        ("fee", 10), ("training", pytest.approx(10)), ("autoship", 200)]
    assert t.staying_total == pytest.approx(220)
    assert t.pays_money and t.charges_fees
    free = offer_terms.of(evaluation(fees={}, training=[], requirements={})).offer
    assert free.joining_payments == () and free.staying_payments == ()
    assert not free.pays_money and not free.charges_fees


def test_computed_once_per_evaluation_and_once_per_offer():
    ev = evaluation()
    first = offer_terms.of(ev)
    assert offer_terms.of(ev) is first
    # The break-even search copies the evaluation with other assumptions: the offer's part is shared.
    copy = ev.model_copy(update={"assumptions": ev.assumptions.model_copy(update={"recruits_per_month": 3})})
    assert offer_terms.of(copy) is not first and offer_terms.of(copy).offer is first.offer


def test_forget_after_an_in_place_change():
    ev = evaluation()
    assert offer_terms.of(ev).offer.monthly_fee == 10
    ev.offer.fees.monthly = 12.5
    offer_terms.forget(ev)
    assert offer_terms.of(ev).offer.fee(2) == 12.5
