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

It also owns the simulated cohort card (``cohort_card``): the month-1 cohort's median net, said
to be about that cohort (how many people), beside the share of ALL simulated participants who
end with a profit, and never green while the simulated participants as a whole lose (SPEC 9.4).

Pure Python, no Qt; the words are the core's (``tr``) so the PDF can use them too.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .i18n import fmt_money, fmt_number, fmt_percent, tr

if TYPE_CHECKING:  # pragma: no cover
    from .analysis import Analysis, AnySimulation
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


def typical_later_net(evaluation: Evaluation, typical: Typical) -> float | None:
    """The typical participant's net in a later year (year 2), as the headline shows it."""
    return _typical_later_net(evaluation, typical)


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
            lang, f"Your projection covers {horizon} month{'' if horizon == 1 else 's'}, less than a year.",
            f"Je projectie beslaat {horizon} {'maand' if horizon == 1 else 'maanden'}, minder dan een jaar."),
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


@dataclass(frozen=True)
class CohortCard:
    """The card "Simulated: people who join when you do" (SPEC 9.4)."""

    median: float  # the month-1 cohort's median net over the simulation
    note: str  # who the figure is about, and how ALL simulated participants end
    signed: float | None  # what colours the value; None (no colour) when green would mislead
    everyone_loses: bool  # the median of all simulated participants is below 0


def _share(value: float, lang: str) -> str:
    """A percentage, with one decimal unless it is whole at that precision (5.5%, 100%)."""
    return fmt_percent(value, lang, 0 if abs(value - round(value)) < 0.05 else 1)


def cohort_people(size: int | None, lang: str) -> str | None:
    """How many people the month-1 cohort is, for a label: "7 people", "1 person"; None when a
    stored summary does not say. The cohort's figures are always shown with its size: a handful
    of people can all win while nearly everyone loses (audit9 finding 2b)."""
    if size is None:
        return None
    if size == 1:
        return tr(lang, "1 person", "1 persoon")
    n = fmt_number(size, lang)
    return tr(lang, f"{n} people", f"{n} mensen")


def cohort_card(simulation: AnySimulation, lang: str, currency: str) -> CohortCard | None:
    """The cohort card's figures and note; None without a cohort median. The cohort is everyone
    who joins in month 1 (``simulation.py``): a handful of people in a saturating scheme, who can
    all win while nearly everyone else loses, so the card names its size, shows the share of
    all participants who end with a profit, and is not green when they as a whole lose."""
    if "50" not in simulation.cohort_net_percentiles:
        return None
    median = float(simulation.cohort_net_percentiles["50"])
    profitable = float(simulation.cohort_share_profitable_percent)
    size = getattr(simulation, "cohort_size", None)  # None: a stored summary without it
    total = int(simulation.participants_ever)
    everyone_median = simulation.everyone_net_percentiles.get("50")
    everyone_loses = everyone_median is not None and float(everyone_median) < 0
    all_profitable = float(simulation.everyone_share_profitable_percent)
    if size == 0:
        who = tr(lang, "the people who joined in month 1 (nobody did in this simulation)",
                 "de mensen die in maand 1 instapten (niemand in deze simulatie)")
    elif size == 1:
        who = tr(lang, "the 1 person who joined in month 1, as you do",
                 "de 1 persoon die in maand 1 instapte, net als jij")
    elif size is not None:
        n = fmt_number(size, lang)
        who = tr(lang, f"the {n} people who joined in month 1, as you do",
                 f"de {n} mensen die in maand 1 instapten, net als jij")
    else:
        who = tr(lang, "the people who joined in month 1, as you do",
                 "de mensen die in maand 1 instapten, net als jij")
    all_n = fmt_number(total, lang)
    note = tr(lang,
              f"Median net result of {who}; {_share(profitable, lang)} of them end with a profit. Of all {all_n} simulated participants, {_share(all_profitable, lang)} end with a profit.",
              f"Mediaan nettoresultaat van {who}; {_share(profitable, lang)} van hen eindigt met winst. Van alle {all_n} gesimuleerde deelnemers eindigt {_share(all_profitable, lang)} met winst.")
    if everyone_loses:
        loss = fmt_money(float(everyone_median), currency, lang)  # type: ignore[arg-type]
        note += " " + tr(lang, f"The simulated participants as a whole lose money (median {loss}).",
                         f"De gesimuleerde deelnemers als geheel verliezen geld (mediaan {loss}).")
    # Green only while the participants as a whole do not lose; a loss stays red.
    signed = None if (everyone_loses and median >= 0) or size == 0 else median
    return CohortCard(median, note, signed, everyone_loses)


__all__ = ["CohortCard", "Column", "Headline", "YEAR", "cohort_card", "headline"]
