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
from typing import TYPE_CHECKING, TypeAlias

from . import terms as offer_terms
from .model import Evaluation, Offer
from .plans import SplitSums
from .projection import Projection

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import AnySimulation


# What the red flags, the verdict and the comparison read from a population simulation: a full
# run or the summary a library entry stores, which carries the same figures (SPEC 9.3: a library
# entry's verdict comes from its stored simulation). One home: ``analysis.AnySimulation``.
SimulationFigures: TypeAlias = "AnySimulation"


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
    t = offer_terms.of(evaluation)
    rev = projection.revenue
    acc = SplitSums(outside=sum(rev["retail"]))
    # Each component adds its part, in plan order (recruiting, downline commissions, ranks).
    for kind in t.plan.kinds:
        revenue = projection.by_component.get(kind.type, projection.revenue[kind.source])
        kind.split_projection(acc, revenue, projection, t.downline)
    outside, recruitment = acc.outside, acc.recruitment
    return IncomeSplit(outside, recruitment, "projection")


def split_simulation(evaluation: Evaluation, simulation: SimulationFigures) -> IncomeSplit:
    """The same split over everyone in a population simulation.

    Uses ``earnings_by_source`` and ``internal_consumption_percent``: downline commissions on the
    ``all_volume`` basis count as internal in the proportion of all volume that was participants'
    own purchases. Rank bonuses count as outside only in proportion to the outside part of all
    volume (1 - internal consumption), as in ``split_projection``: a rank paid where nobody has
    any volume at all counts as recruitment (it pays for position, not for sales). The simulation
    reports 0 % internal consumption both when all volume came from outside sales and when there
    was no volume; ``_simulation_had_volume`` tells the two apart.
    """
    by_source = simulation.earnings_by_source
    ic = min(max(float(simulation.internal_consumption_percent), 0.0), 100.0) / 100
    retail = float(by_source.get("retail", 0.0))
    downline = float(by_source.get("downline", 0.0))
    recruiting = float(by_source.get("recruiting", 0.0))
    rank = float(by_source.get("rank", 0.0))
    t = offer_terms.of(evaluation)
    kinds = t.plan.by_source("downline")
    downline_ic = kinds[0].internal_share(ic) if kinds else ic
    rank_outside = (1 - ic) if _simulation_had_volume(evaluation, simulation, ic) else 0.0
    outside = retail + downline * (1 - downline_ic) + rank * rank_outside
    recruitment = recruiting + downline * downline_ic + rank * (1 - rank_outside)
    return IncomeSplit(outside, recruitment, "simulation")


def _simulation_had_volume(evaluation: Evaluation, simulation: SimulationFigures, ic: float) -> bool:
    """Whether anyone in the simulation had any volume (own purchases or outside sales).

    Own purchases show as internal consumption above 0 or a required monthly volume; outside
    sales need products with volume per sale (an offer without products sells nothing), sellers
    (``retail_sellers_percent``) and sales (``customer_sales_mean``). The settings are those the simulation ran with, else the evaluation's own.
    """
    t = offer_terms.of(evaluation)
    if ic > 0 or t.offer.monthly_volume > 0:
        return True
    settings = simulation.settings or {}
    own = evaluation.simulation

    def setting(name: str) -> float:
        value = settings.get(name)
        return float(getattr(own, name)) if value is None else float(value)

    return t.offer.has_products and t.mix.volume_per_sale > 0 \
        and setting("retail_sellers_percent") > 0 and setting("customer_sales_mean") > 0


# ----------------------------------------------------------------------------------------------
# Structure of the plan


def retail_pays(offer: Offer) -> bool:
    """Whether your own sales to outside customers earn you anything."""
    return offer_terms.offer_terms(offer).retail_pays


def downline_pays_on_outside_sales(offer: Offer) -> bool:
    """Downline commissions grow with outside sales, rather than being paid on required purchases.

    True on the ``customer_volume`` basis; on ``all_volume`` only when there is no required
    monthly volume (then a member's volume is whatever they sell or choose to buy). With a
    required volume the plan pays on ``max(required, outside sales)``: it pays the same whether or
    not anyone outside buys, up to the requirement.
    """
    t = offer_terms.offer_terms(offer)
    if not t.plan.pays_downline():
        return False
    return t.plan.downline_on_customer_volume() or t.monthly_volume == 0


def customer_sales_matter(offer: Offer) -> bool:
    """Whether any income channel depends on sales to outside customers."""
    return retail_pays(offer) or downline_pays_on_outside_sales(offer)


def pays_for_network(offer: Offer) -> bool:
    """Whether anything is paid for recruiting or for a downline (bonus, commissions, ranks)."""
    return offer_terms.offer_terms(offer).plan.pays_for_network()
