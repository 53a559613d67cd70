"""The headline figures (SPEC 9.4): you, the typical participant and the recruiter's claim, on
the same periods.

The first figures a user sees compare like with like: each column gives year 1 (months 1-12)
and year 2 (months 13-24, the first "later" year: renewals in, one-off costs out), each as a
year's total and as the average month of that year. The results screen's cards and its first
chart read them from here, so both always show the same numbers.

- You: your projection's net result (section 3), summed over the year's months. A year the
  horizon does not reach is unknown (never extrapolated).
- The typical participant: the disclosure's typical gross minus the typical participant's costs
  (sections 4 and 9.1): ``median_annual_net`` for year 1 and ``later_annual_net`` for year 2.
  Unknown without a disclosure, or when the disclosure's coverage is unknown (9.1).
- The claim: the recruiter's claimed monthly income, a gross amount (before costs), times 12.

Pure Python, no Qt; the words are the core's (``tr``) so the PDF can use them too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .i18n import tr

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis
    from .model import Evaluation
    from .projection import Typical

YEAR = 12


@dataclass(frozen=True)
class Column:
    """One side of the comparison: a year's total for year 1 and year 2 (None: unknown)."""

    key: str  # "you", "typical" or "claim"
    year1: float | None
    year2: float | None
    net: bool  # True: after costs; False: gross (the claim, before any cost)
    reason: str = ""  # why the figures are unknown (empty when they are known)
    year2_reason: str = ""  # why year 2 alone is unknown
    after_months: int | None = None  # the claim only: when the recruiter said it would come

    @property
    def known(self) -> bool:
        return self.year1 is not None

    def per_month(self, year: int) -> float | None:
        """The average month of year 1 or 2."""
        value = self.year1 if year == 1 else self.year2
        return None if value is None else value / YEAR

    def loses_money(self) -> bool:
        return any(v is not None and v < 0 for v in (self.year1, self.year2))


@dataclass(frozen=True)
class Headline:
    you: Column
    typical: Column
    claim: Column

    @property
    def columns(self) -> tuple[Column, Column, Column]:
        return (self.you, self.typical, self.claim)

    @property
    def typical_loses_money(self) -> bool:
        return self.typical.loses_money()

    @property
    def typical_unknown(self) -> bool:
        return not self.typical.known


def _year_sum(values: list[float], year: int) -> float | None:
    start, end = (year - 1) * YEAR, year * YEAR
    if len(values) < end:
        return None
    return float(sum(values[start:end]))


def _typical_later_net(evaluation: Evaluation, typical: Typical) -> float | None:
    """Year 2 of the typical participant: the core's ``later_annual_net`` where it has one;
    otherwise the same rule (SPEC 9.1: gross minus the costs of months 13-24) computed here."""
    if hasattr(typical, "later_annual_net"):
        value = typical.later_annual_net
        return None if value is None else float(value)
    gross = typical.median_annual_gross
    if gross is None:
        return None
    from .projection import typical_costs

    costs = typical_costs(evaluation, 2 * YEAR)
    return float(gross) - float(sum(costs[YEAR:2 * YEAR]))


def headline(evaluation: Evaluation, analysis: Analysis) -> Headline:
    """The three columns for one analysis of ``evaluation``."""
    lang = analysis.lang
    p = analysis.projection
    horizon = len(p.months)
    year1 = _year_sum(list(p.net), 1)
    year2 = _year_sum(list(p.net), 2)
    you = Column(
        "you", year1, year2, net=True,
        reason="" if year1 is not None else tr(
            lang, f"Your projection covers {horizon} months, less than a year.",
            f"Je projectie beslaat {horizon} maanden, minder dan een jaar."),
        year2_reason="" if year2 is not None or year1 is None else tr(
            lang, f"Your projection ends at month {horizon}.",
            f"Je projectie stopt bij maand {horizon}."))

    t = analysis.typical
    if t is None:
        typical = Column("typical", None, None, net=True, reason=tr(
            lang, "No income disclosure entered: what a typical participant earns is unknown.",
            "Geen inkomensverklaring ingevuld: wat een gewone deelnemer verdient, is onbekend."))
    elif t.median_annual_net is None:
        from . import projection

        reason_of = getattr(projection, "unknown_reason", None)  # the core's words (SPEC 9.1)
        typical = Column("typical", None, None, net=True, reason=reason_of(t, lang) if reason_of else tr(
            lang, "The disclosure counts only part of the participants and does not say what share "
                  "of everyone that is, so nobody can say what a typical participant gets.",
            "De verklaring telt maar een deel van de deelnemers en zegt niet welk deel van iedereen "
            "dat is; wat een gewone deelnemer krijgt, kan dus niemand zeggen."))
    else:
        typical = Column("typical", float(t.median_annual_net), _typical_later_net(evaluation, t),
                         net=True)

    claimed = evaluation.offer.claims.claimed_monthly_income
    if claimed is None:
        claim = Column("claim", None, None, net=False, reason=tr(
            lang, "The recruiter named no income figure.", "De werver noemde geen inkomensbedrag."))
    else:
        # claims.after_months arrives with format version 2 (SPEC 8.3); a version-1 model has none.
        after = getattr(evaluation.offer.claims, "after_months", None)
        claim = Column("claim", float(claimed) * YEAR, float(claimed) * YEAR, net=False,
                       after_months=after)
    return Headline(you, typical, claim)


__all__ = ["Column", "Headline", "YEAR", "headline"]
