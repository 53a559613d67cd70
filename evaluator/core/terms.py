"""The offer's terms, computed once: what the offer asks and pays, reduced to the figures every
calculation reads (SPEC section 3).

Owns the product mix (w, r, v, retail margin g) and money per volume point; the retail-income rule
(your sales to outside customers -> your income, by ``retail_mode``); retail volume and the own
purchases needed to stay active; the commissionable volume of one downline member (CV, MV and B by
basis); the schedule of fees (joining costs in month 1, the monthly fee, the renewal in months 13,
25, ...) and training per month; what must be paid to join and what to stay; the payout plan
as components (``plan``, see :mod:`evaluator.core.plans`); the required monthly volume (stated, or
derived from ``requirements.autoship_amount`` through the mix, SPEC 8.3); your personal recruits
month by month (``recruits_per_month``, or ``recruits_total`` spread over the first 12 months,
SPEC 8.3); and the disclosure's figures per year (amounts × 1, 12 or 52 by ``period``, SPEC 8.2)
and its coverage.

The projection, the simulation, the red flags, the verdict, the questions, the break-even search,
the income split and the charts read these figures from here; none of them recomputes them.

``of(evaluation)`` caches the terms per evaluation object (and the offer's part per offer
object, so the break-even search, which copies the evaluation with other assumptions, computes
the offer's part once). Evaluations are used as values: the app builds a new one for every edit.
Code that changes an evaluation in place after analysing it must call :func:`forget` first.

A few rules exist in two arithmetic forms on purpose: the projection's scalar form follows SPEC
section 3 symbol by symbol (``S * v / r``); the simulation's vectorised form multiplies by a
precomputed constant (``S * (v / r)``). Both are defined here, next to each other.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from .model import Assumptions, Disclosure, Evaluation, Offer, Tier, Training

if TYPE_CHECKING:  # pragma: no cover
    import numpy as np
    from numpy.typing import NDArray

    from .plans import Plan

    FloatArray = NDArray[np.float64]

K = TypeVar("K")
V = TypeVar("V")

FIRST_RENEWAL_MONTH = 13  # the sign-up covers the first year
RENEWAL_EVERY = 12


@dataclass(frozen=True)
class ProductMix:
    """Unweighted means over the offer's products (SPEC section 3)."""

    wholesale: float
    retail: float
    volume: float

    @property
    def margin(self) -> float:
        """Retail margin g = (r - w) / r; 0 with no products."""
        return (self.retail - self.wholesale) / self.retail if self.retail else 0.0

    def cost_of_volume(self, points: float) -> float:
        """Money for ``points`` volume bought at wholesale: x * w / v (0 if v = 0)."""
        return points * self.wholesale / self.volume if self.volume else 0.0

    def volume_of_cost(self, money: float) -> float:
        """Volume bought at wholesale for ``money``: M * v / w (the inverse of cost_of_volume)."""
        return money * self.volume / self.wholesale if self.wholesale else 0.0

    def volume_of_sales(self, sales: float) -> float:
        """Volume of retail sales worth ``sales``: S * v / r."""
        return sales * self.volume / self.retail if self.retail else 0.0

    # The same two rules as constants, for vectorised code: S * volume_per_sale, x * unit_cost.
    @property
    def volume_per_sale(self) -> float:
        return self.volume / self.retail if self.retail else 0.0

    @property
    def unit_cost(self) -> float:
        return self.wholesale / self.volume if self.volume else 0.0


def required_monthly_volume(offer: Offer) -> float:
    """The required monthly volume: ``monthly_volume`` when stated (not 0), else derived from
    ``autoship_amount`` through the mix (SPEC 8.3; both given, the model checks they agree)."""
    req = offer.requirements
    if req.monthly_volume == 0 and req.autoship_amount is not None:
        return product_mix(offer).volume_of_cost(req.autoship_amount)
    return req.monthly_volume


# The disclosure (SPEC 8.2): tier amounts are per ``period``; a year has 1, 12 or 52 of them.
PERIODS_PER_YEAR = {"year": 1, "month": 12, "week": 52}


def annual(amount: float, period: str) -> float:
    """An amount per ``period`` as a figure per year."""
    return amount * PERIODS_PER_YEAR[period]


def tier_annual_average(tier: Tier, period: str) -> float:
    return annual(tier.average, period)


def tier_annual_median(tier: Tier, period: str) -> float | None:
    return None if tier.median is None else annual(tier.median, period)


def covered_percent(disclosure: Disclosure) -> float:
    """The share of all participants the tiers describe, as the calculations use it."""
    # A null (not stated) covered_percent counts as 100 for now; SPEC 9.1 gives it its meaning.
    return 100.0 if disclosure.covered_percent is None else disclosure.covered_percent


RECRUITS_TOTAL_MONTHS = 12  # recruits_total is spread over the first 12 months (or the horizon)


def recruits_schedule(assumptions: Assumptions) -> list[float]:
    """Your new personal recruits in months 1..H: ``recruits_per_month`` every month, or, with
    ``recruits_total`` given, recruits_total / min(12, H) in each of the first min(12, H) months
    and 0 after (SPEC 8.3)."""
    horizon = assumptions.horizon_months
    total = assumptions.recruits_total
    if total is None:
        return [assumptions.recruits_per_month] * horizon
    spread = min(RECRUITS_TOTAL_MONTHS, horizon)
    per_month = total / spread
    return [per_month if m <= spread else 0.0 for m in range(1, horizon + 1)]


def product_mix(offer: Offer) -> ProductMix:
    products = offer.products
    if not products:
        return ProductMix(1.0, 1.0, 1.0)
    n = len(products)
    w = sum(p.wholesale_price for p in products) / n
    r = sum(p.retail_price for p in products) / n
    v = sum(p.wholesale_price if p.volume is None else p.volume for p in products) / n
    return ProductMix(w, r, v)


@dataclass(frozen=True)
class MemberVolumes:
    """One downline member's monthly volume (SPEC section 3)."""

    customer: float  # CV: from sales to outside customers
    member: float  # MV = max(monthly_volume, CV)
    commissionable: float  # B: MV on the all_volume basis, CV on customer_volume

    @property
    def outside_fraction(self) -> float:
        """Share of MV that is sales to outside customers (the rest: required own purchases)."""
        return self.customer / self.member if self.member > 0 else 0.0


@dataclass(frozen=True)
class Payment:
    """One thing a participant must pay: ``kind`` is one of signup, starter_kit, stock,
    training, fee, autoship, purchases; ``name`` is a training's name."""

    kind: str
    amount: float
    name: str = ""


@dataclass(frozen=True)
class OfferTerms:
    """The part of the terms that depends on the offer alone."""

    offer: Offer
    mix: ProductMix
    has_products: bool
    retail_mode: str
    retail_commission_percent: float
    monthly_volume: float
    autoship_required: bool
    basis_all_volume: bool  # B of one member: the first volume component's basis (see _basis_all_volume)
    join_fees: float  # signup + starter kit + initial inventory, month 1
    monthly_fee: float
    annual_fee: float  # in months 13, 25, 37, ...
    training: tuple[Training, ...]
    join_training: float  # one-off mandatory training (month 1)
    monthly_training: float  # recurring mandatory training per month
    plan: "Plan"
    custom_plan: bool = False  # set by use_plan: the plan is not the one the document gives

    # -- retail income ----------------------------------------------------------------------

    @property
    def margin(self) -> float:
        """g: the retail margin, 0 with no products."""
        return self.mix.margin if self.has_products else 0.0

    def retail_income(self, sales: float) -> float:
        """Your income from ``sales`` to outside customers (SPEC section 3, by retail_mode)."""
        if self.retail_mode == "margin":
            return sales * self.margin
        if self.retail_mode == "commission":
            return sales * self.retail_commission_percent / 100
        return 0.0

    @property
    def retail_rate(self) -> float:
        """The same rule as a rate per unit of sales (for vectorised code)."""
        if self.retail_mode == "margin":
            return self.margin
        if self.retail_mode == "commission":
            return self.retail_commission_percent / 100
        return 0.0

    @property
    def retail_paid_by_company(self) -> bool:
        """A commission is paid by the company; a margin by the customers."""
        return self.retail_mode == "commission"

    @property
    def retail_pays(self) -> bool:
        """Whether your own sales to outside customers earn you anything."""
        if self.retail_mode == "commission":
            return self.retail_commission_percent > 0
        if self.retail_mode == "margin":
            return self.has_products and self.mix.margin > 0
        return False

    # -- volume -----------------------------------------------------------------------------

    def own_purchase_volume(self, retail_volume: float) -> float:
        """OV = max(0, monthly_volume - RV): what you must buy yourself to stay active."""
        return max(0.0, self.monthly_volume - retail_volume)

    @property
    def required_purchase_cost(self) -> float:
        """Monthly cost of the required volume when bought rather than sold."""
        return self.mix.cost_of_volume(self.monthly_volume)

    def volumes_of(self, sales: FloatArray
                   ) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
        """The same rules per participant, vectorised over a numpy array of monthly outside sales
        S: (RV, OV, MV, B) with RV = S * (v / r), OV = max(0, monthly_volume - RV), MV = RV + OV
        and B = MV (all_volume) or RV (customer_volume)."""
        import numpy as np

        rv = sales * self.mix.volume_per_sale
        ov = np.maximum(0.0, self.monthly_volume - rv)
        mv = rv + ov
        return rv, ov, mv, (mv if self.basis_all_volume else rv)

    def member_volumes(self, customer_sales: float) -> MemberVolumes:
        """CV, MV and B of a downline member who sells ``customer_sales`` a month at retail."""
        cv = self.mix.volume_of_sales(customer_sales)
        mv = max(self.monthly_volume, cv)
        return MemberVolumes(cv, mv, mv if self.basis_all_volume else cv)

    # -- the cost schedule --------------------------------------------------------------------

    def fee(self, month: int) -> float:
        """Fees due in ``month`` of membership: joining costs in month 1, the monthly fee every
        month, the annual renewal in months 13, 25, 37, ..."""
        fee = self.monthly_fee
        if month == 1:
            fee += self.join_fees
        elif is_renewal_month(month):
            fee += self.annual_fee
        return fee

    def training_cost(self, month: int, include_optional: bool) -> float:
        """Training in ``month``: each mandatory item (and each optional one when included);
        a one-off item (0 times a year) in month 1, else cost * times_per_year / 12 a month."""
        training = 0.0
        for item in self.training:
            if not (item.mandatory or include_optional):
                continue
            if item.times_per_year == 0:
                training += item.cost if month == 1 else 0.0
            else:
                training += item.cost * item.times_per_year / 12
        return training

    @property
    def mandatory_training_first_year(self) -> float:
        """What mandatory training costs in the first year (one-off items once, the others
        times_per_year times)."""
        return sum(t.cost if t.times_per_year == 0 else t.cost * t.times_per_year
                   for t in self.training if t.mandatory)

    # -- what must be paid ------------------------------------------------------------------

    @property
    def joining_payments(self) -> tuple[Payment, ...]:
        """What must be paid to join (month 1), in the order the offer states it."""
        fees, req = self.offer.fees, self.offer.requirements
        out = [Payment(kind, amount) for kind, amount in
               (("signup", fees.signup), ("starter_kit", fees.starter_kit),
                ("stock", req.initial_inventory)) if amount > 0]
        out += [Payment("training", t.cost, t.name) for t in self.training
                if t.mandatory and t.cost > 0 and t.times_per_year == 0]
        return tuple(out)

    @property
    def staying_payments(self) -> tuple[Payment, ...]:
        """What must be paid each month to stay: the fee, recurring mandatory training, and the
        required purchases (the autoship order, or what is bought when sales fall short)."""
        out = [Payment("fee", self.monthly_fee)] if self.monthly_fee > 0 else []
        out += [Payment("training", t.cost * t.times_per_year / 12, t.name) for t in self.training
                if t.mandatory and t.cost > 0 and t.times_per_year != 0]
        purchases = self.required_purchase_cost
        if self.autoship_required:
            out.append(Payment("autoship", purchases))
        elif purchases > 0:
            out.append(Payment("purchases", purchases))
        return tuple(out)

    @property
    def joining_total(self) -> float:
        total = 0.0
        for p in self.joining_payments:
            total += p.amount
        return total

    @property
    def staying_total(self) -> float:
        """Per month; training first, then the fee, then purchases (the order of the sum)."""
        payments = self.staying_payments
        total = 0.0
        for p in payments:
            if p.kind == "training":
                total += p.amount
        for kind in ("fee", "autoship", "purchases"):
            for p in payments:
                if p.kind == kind:
                    total += p.amount
        return total

    @property
    def charges_fees(self) -> bool:
        """Whether any sign-up, starter-kit, monthly or renewal fee is stated."""
        fees = self.offer.fees
        return not (fees.signup == 0 and fees.starter_kit == 0 and fees.monthly == 0 and fees.annual == 0)

    @property
    def pays_money(self) -> bool:
        """Whether the offer makes you pay anything at all (so that a right to withdraw matters)."""
        fees = self.offer.fees
        return (fees.signup + fees.starter_kit + fees.monthly + fees.annual + self.offer.requirements.initial_inventory > 0
                or self.autoship_required or self.monthly_volume > 0
                or any(t.mandatory and t.cost > 0 for t in self.training))


def is_renewal_month(month: int) -> bool:
    """Months 13, 25, 37, ... of membership (the sign-up covers the first year)."""
    return month >= FIRST_RENEWAL_MONTH and (month - 1) % RENEWAL_EVERY == 0


@dataclass(frozen=True)
class Terms:
    """The offer's terms together with the user's own assumptions that turn them into money."""

    offer: OfferTerms
    assumptions: Assumptions
    downline: MemberVolumes  # one downline member at the assumed outside sales
    purchase_factor: float  # 1 - personal_use_percent / 100: the part of own purchases counted as cost
    recruits: tuple[float, ...] = ()  # your new personal recruits in months 1..H (recruits_schedule)

    def recruits_in_month(self, month: int) -> float:
        """New personal recruits in ``month`` (1-based) of the horizon."""
        return self.recruits[month - 1]

    @property
    def recruits_over_horizon(self) -> float:
        return sum(self.recruits)

    @property
    def mix(self) -> ProductMix:
        return self.offer.mix

    @property
    def plan(self) -> "Plan":
        return self.offer.plan

    def purchases(self, own_volume: float) -> float:
        """Cost of ``own_volume`` points bought to stay active, less what you would have bought anyway."""
        return self.offer.mix.cost_of_volume(own_volume) * self.purchase_factor

    def costs_for_month(self, month: int, own_volume: float, include_optional: bool) -> dict[str, float]:
        """SPEC section 3's costs in ``month`` by category."""
        return {"fees": self.offer.fee(month), "purchases": self.purchases(own_volume),
                "training": self.offer.training_cost(month, include_optional),
                "other": self.assumptions.other_expenses_per_month}


# ----------------------------------------------------------------------------------------------
# Building and caching


def _basis_all_volume(plan: "Plan") -> bool:
    """One downline member's commissionable volume B (SPEC section 3) is MV on the all_volume
    basis, CV on customer_volume. Version 1 had one basis for the plan; an upgraded plan's volume
    components all carry it. A version-2 plan's components each carry their own: B follows the
    first component (in plan order) that has a basis; all_volume when none has."""
    return next((k.basis for k in plan.kinds if k.basis is not None), "all_volume") == "all_volume"


def _offer_terms(offer: Offer, plan: "Plan | None" = None) -> OfferTerms:
    from .plans import Plan

    fees, req = offer.fees, offer.requirements
    mandatory = [t for t in offer.training if t.mandatory]
    own_plan = Plan.from_payout_plan(offer.payout)
    return OfferTerms(
        offer=offer,
        mix=product_mix(offer),
        has_products=bool(offer.products),
        retail_mode=offer.payout.retail_mode,
        retail_commission_percent=offer.payout.retail_commission_percent,
        monthly_volume=required_monthly_volume(offer),
        autoship_required=req.autoship_required,
        basis_all_volume=_basis_all_volume(own_plan),
        join_fees=fees.signup + fees.starter_kit + req.initial_inventory,
        monthly_fee=fees.monthly,
        annual_fee=fees.annual,
        training=tuple(offer.training),
        join_training=sum(t.cost for t in mandatory if t.times_per_year == 0),
        monthly_training=sum(t.cost * t.times_per_year / 12 for t in mandatory if t.times_per_year > 0),
        plan=plan if plan is not None else own_plan,
        custom_plan=plan is not None,
    )


def _terms(evaluation: Evaluation, offer_terms: OfferTerms) -> Terms:
    a = evaluation.assumptions
    return Terms(offer=offer_terms, assumptions=a,
                 downline=offer_terms.member_volumes(a.downline_customer_sales),
                 purchase_factor=1 - a.personal_use_percent / 100,
                 recruits=tuple(recruits_schedule(a)))


class _IdentityCache(Generic[K, V]):
    """Values kept per live object (by identity), dropped when the object is collected."""

    def __init__(self) -> None:
        self._items: dict[int, tuple[weakref.ref[K], V]] = {}

    def get(self, obj: K) -> V | None:
        item = self._items.get(id(obj))
        if item is not None and item[0]() is obj:
            return item[1]
        return None

    def put(self, obj: K, value: V) -> None:
        key = id(obj)
        items = self._items

        def dropped(_ref: weakref.ref[K], key: int = key) -> None:
            items.pop(key, None)

        ref = weakref.ref(obj, dropped)
        items[key] = (ref, value)

    def drop(self, obj: K) -> None:
        self._items.pop(id(obj), None)


_OFFERS: _IdentityCache[Offer, OfferTerms] = _IdentityCache()
_EVALUATIONS: _IdentityCache[Evaluation, Terms] = _IdentityCache()


def offer_terms(offer: Offer) -> OfferTerms:
    """The offer's part of the terms, computed once per offer object."""
    found = _OFFERS.get(offer)
    if found is None:
        found = _offer_terms(offer)
        _OFFERS.put(offer, found)
    return found


def of(evaluation: Evaluation) -> Terms:
    """The terms of this evaluation, computed once per evaluation object."""
    found = _EVALUATIONS.get(evaluation)
    if found is None or found.assumptions is not evaluation.assumptions \
            or found.offer.offer is not evaluation.offer:
        found = _terms(evaluation, offer_terms(evaluation.offer))
        _EVALUATIONS.put(evaluation, found)
    return found


def forget(evaluation: Evaluation) -> None:
    """Drop the cached terms of an evaluation changed in place."""
    _EVALUATIONS.drop(evaluation)
    _OFFERS.drop(evaluation.offer)


def use_plan(evaluation: Evaluation, plan: "Plan") -> Terms:
    """Analyse this evaluation with ``plan`` instead of the one its payout gives: for tests (a
    test-only component that no document can name)."""
    forget(evaluation)
    _OFFERS.put(evaluation.offer, _offer_terms(evaluation.offer, plan))
    return of(evaluation)
