"""Where the money comes from: sales to outside customers, or recruiting and participants' own
purchases.

This split is the second element of every legal pyramid test (UCPD Annex I point 14: pay
"derived primarily from the introduction of other consumers ... rather than from the sale or
consumption of products"; Koscot: rewards "unrelated to the sale of the product to ultimate
users"; Omnitrition: pay computed on downline *purchases* can meet it). The projection's own
``recruitment_share`` counts every downline and rank euro as recruitment income; this module is
finer: a downline commission paid on a member's sales to outside customers counts as outside
income, the part paid on required own purchases as internal.

Also the structural questions the red flags and the comparison share: does anything in the plan
pay on sales to outside customers at all?
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import Evaluation, Offer
from .projection import Projection, product_mix


@dataclass(frozen=True)
class IncomeSplit:
    outside: float  # from sales to outside (non-participant) customers
    recruitment: float  # from recruiting bonuses and participants' own purchases
    basis: str  # "projection" or "simulation"

    @property
    def total(self) -> float:
        return self.outside + self.recruitment

    @property
    def recruitment_percent(self) -> float | None:
        return min(100.0, 100 * self.recruitment / self.total) if self.total > 0 else None

    @property
    def outside_percent(self) -> float | None:
        return min(100.0, 100 * self.outside / self.total) if self.total > 0 else None


def member_volumes(evaluation: Evaluation) -> tuple[float, float]:
    """Per downline member per month: (customer volume CV, member volume MV), SPEC section 3."""
    mix = product_mix(evaluation.offer)
    cv = mix.volume_of_sales(evaluation.assumptions.downline_customer_sales)
    return cv, max(evaluation.offer.requirements.monthly_volume, cv)


def split_projection(evaluation: Evaluation, projection: Projection) -> IncomeSplit:
    """Split the projected revenue of every month into outside and recruitment income.

    - retail income: outside.
    - recruit bonuses: recruitment.
    - downline commissions: on the ``customer_volume`` basis all outside; on ``all_volume`` the
      share CV / MV of each member's commissionable volume is outside, the rest is paid on the
      member's own required purchases.
    - rank bonuses: in proportion to the outside part of the month's group volume
      (RV + members * CV) / GV; a rank paid on no volume at all counts as recruitment (it pays
      for position, not for sales).
    """
    cv, mv = member_volumes(evaluation)
    basis = evaluation.offer.payout.commission_basis
    outside_fraction = 1.0 if basis == "customer_volume" else (cv / mv if mv > 0 else 0.0)
    rev = projection.revenue
    outside = sum(rev["retail"])
    recruitment = sum(rev["recruiting"])
    downline = sum(rev["downline"])
    outside += downline * outside_fraction
    recruitment += downline * (1 - outside_fraction)
    for i, bonus in enumerate(rev["rank"]):
        if bonus == 0:
            continue
        rv = projection.retail_volume[i]
        ov = projection.own_purchase_volume[i]
        members = projection.downline_active[i]
        gv = rv + ov + members * mv
        share = (rv + members * cv) / gv if gv > 0 else 0.0
        outside += bonus * share
        recruitment += bonus * (1 - share)
    return IncomeSplit(outside, recruitment, "projection")


def split_simulation(evaluation: Evaluation, simulation: object) -> IncomeSplit | None:
    """The same split over everyone in a population simulation (duck-typed, no numpy import).

    Uses ``earnings_by_source`` and ``internal_consumption_percent``: downline commissions on the
    ``all_volume`` basis and rank bonuses count as internal in the proportion of all volume that
    was participants' own purchases.
    """
    by_source = getattr(simulation, "earnings_by_source", None)
    if not isinstance(by_source, dict):
        return None
    internal = getattr(simulation, "internal_consumption_percent", None)
    ic = min(max(float(internal), 0.0), 100.0) / 100 if internal is not None else 0.0
    retail = float(by_source.get("retail", 0.0))
    downline = float(by_source.get("downline", 0.0))
    recruiting = float(by_source.get("recruiting", 0.0))
    rank = float(by_source.get("rank", 0.0))
    downline_ic = ic if evaluation.offer.payout.commission_basis == "all_volume" else 0.0
    outside = retail + downline * (1 - downline_ic) + rank * (1 - ic)
    recruitment = recruiting + downline * downline_ic + rank * ic
    return IncomeSplit(outside, recruitment, "simulation")


# ----------------------------------------------------------------------------------------------
# Structure of the plan


def retail_pays(offer: Offer) -> bool:
    """Whether your own sales to outside customers earn you anything."""
    payout = offer.payout
    if payout.retail_mode == "commission":
        return payout.retail_commission_percent > 0
    if payout.retail_mode == "margin":
        return bool(offer.products) and product_mix(offer).margin > 0
    return False


def plan_pays_downline(offer: Offer) -> bool:
    payout = offer.payout
    if payout.plan == "unilevel":
        return any(p > 0 for p in payout.levels)
    if payout.plan == "binary":
        return payout.binary_percent > 0
    return False


def downline_pays_on_outside_sales(offer: Offer) -> bool:
    """Downline commissions grow with outside sales, rather than being paid on required purchases.

    True on the ``customer_volume`` basis; on ``all_volume`` only when there is no required
    monthly volume (then a member's volume is whatever they sell or choose to buy). With a
    required volume the plan pays on ``max(required, outside sales)``: it pays the same whether or
    not anyone outside buys, up to the requirement.
    """
    if not plan_pays_downline(offer):
        return False
    return (offer.payout.commission_basis == "customer_volume"
            or offer.requirements.monthly_volume == 0)


def customer_sales_matter(offer: Offer) -> bool:
    """Whether any income channel depends on sales to outside customers."""
    return retail_pays(offer) or downline_pays_on_outside_sales(offer)


def pays_for_network(offer: Offer) -> bool:
    """Whether anything is paid for recruiting or for a downline (bonus, commissions, ranks)."""
    payout = offer.payout
    return (payout.recruit_bonus > 0 or plan_pays_downline(offer)
            or any(r.monthly_bonus > 0 for r in payout.ranks))
