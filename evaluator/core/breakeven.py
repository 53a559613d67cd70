"""What breaking even would take: outside customers per month, or active personal recruits.

Each is solved on the real projection (``project``), changing one assumption and leaving every
other as the user set it, for the smallest value at which the cumulative net at the horizon is
≥ 0. The projection is monotone non-decreasing in both (more customers: more retail income and
fewer own purchases; more recruits: more commissions, bonuses and rank; costs never rise), so a
bracketing search is safe. It is linear in most inputs but ranks (steps) and the volume
requirement (a kink) make it piecewise, so the search is a safeguarded regula falsi: a linear
interpolation step, falling back to bisection whenever the bracket does not shrink fast enough.
On a linear piece it lands on the root in a step or two, so one solve costs a handful of
projections instead of the fifty of plain bisection. Each of those is ``projection.total_net_of``:
the projection's total net, bit for bit, without its per-month lists and with the half that does
not depend on the solved input computed once. An answer is kept per document state (``_CACHE``).

Recruits entered as "N in all" (``assumptions.recruits_total``, SPEC 8.3) are solved for in the
same unit (SPEC 9.2): the smallest total T*, spread over the first 12 months as the projection
spreads it; ``recruits_total`` holds it, ``recruits_per_month`` the pace in those months, and the
recruits ever made are T* itself.

The share of participants who can get the needed recruits comes from the recruitment
mathematics (DOMAIN.md section 3, Gastwirth 1977): when every participant is equally likely to
bring in the next one, exactly 2^-k of participants ever make k or more direct recruits. The bound
is about recruits *ever made* (SPEC 9.2), so k = ``recruits_ever_needed`` = ceil(r* x H), with r*
the recruits a month the solver needs and H the horizon; the recruits still active at the end
(fewer: some quit) are reported beside it ("recruit N people in all, of whom about M are still
active at the end"), never used for the odds.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import Any

from . import terms as offer_terms
from .decisions import needed_number
from .i18n import fmt_money, fmt_number, fmt_percent, norm_lang, tr
from .model import Evaluation
from .projection import Projection, downline_at_horizon, project, total_net_of

# Highest value tried for either input: a month with 10,000 new customers or 10,000 new recruits
# is beyond any individual; if even that does not break even, we report "not reachable".
SEARCH_CAP = 10_000.0
# Absolute precision of the answers (customers or recruits per month); shown to one or two
# decimals, so a thousandth is plenty.
PRECISION = 1e-3
MAX_STEPS = 60
TOLERANCE = 1e-9  # cumulative sums of floats; 0 counts as even (as in the projection)
# 3.0000001 active recruits needed is 3, not 4: rounding noise must not add a whole recruit.
WHOLE_TOLERANCE = 1e-6


@dataclass
class BreakEvenNeeds:
    customers_per_month: float | None  # new outside customers a month; None: not reachable
    active_recruits: float | None  # active personal recruits (a_1) at the horizon; None: not reachable
    share_reaching_recruits_percent: float | None  # 100 * 2^-k for k = recruits_ever_needed
    explanation: str
    # SPEC 9.2: ceil(r* x H), the people recruited in all; the k of the 2^-k odds.
    recruits_ever_needed: int | None = None
    # Extras for the screen and the red flags.
    recruits_per_month: float | None = None  # the personal recruits a month that give active_recruits
    recruits_needed_whole: int | None = None  # ceil(active_recruits): still active at the end
    downline_needed: float | None = None  # active downline at the horizon at that recruiting pace
    already_breaks_even: bool = False  # the user's own projection already ends at ≥ 0
    customers_possible: bool = True  # False when a customer spends nothing (customers cannot help)
    recruits_possible: bool = True  # False when nothing is paid for recruits or a downline
    costs_total: float = 0.0  # the user's projected costs over the horizon
    # SPEC 8.3 / 9.2: with ``assumptions.recruits_total`` given, the answer in the same unit: the
    # recruits needed in all, spread over the first ``recruits_total_months`` months (then
    # ``recruits_per_month`` is that total / those months, the pace while recruiting). None when
    # the user entered recruits per month; left out of the JSON then.
    recruits_total: float | None = None
    recruits_total_months: int | None = None
    # SPEC 9.2's sentence "recruit N people in all, of whom about M are still active at the end":
    # M, for the whole N = ``recruits_ever_needed`` (``whole_recruits_active``). ``active_recruits``
    # is a_1(H) at the solver's exact threshold r* (or T*), a fraction of a recruit less; the text
    # shows this figure, the JSON both. None when recruiting cannot reach break-even.
    whole_recruits_active: float | None = None

    def to_json(self) -> dict[str, Any]:
        """``analyze --json``'s ``break_even``: ``recruits_total`` and ``recruits_total_months``
        only when the user entered recruits in all."""
        data = asdict(self)
        if self.recruits_total_months is None:
            data.pop("recruits_total")
            data.pop("recruits_total_months")
        return data


def _with(evaluation: Evaluation, **changes: float) -> Evaluation:
    assumptions = evaluation.assumptions.model_copy(update=changes)
    return evaluation.model_copy(update={"assumptions": assumptions})


def solve_minimum(f: Callable[[float], float], cap: float = SEARCH_CAP) -> float | None:
    """Smallest x in [0, cap] with f(x) ≥ 0 for a non-decreasing f; None if f(cap) < 0.

    Returns x with f(x) ≥ -TOLERANCE, never below the true threshold and at most PRECISION above
    it; on a linear piece (no rank step at the threshold) it is exact to rounding.
    """
    f_lo = f(0.0)
    if f_lo >= -TOLERANCE:
        return 0.0
    # Bracket by doubling from 1: most answers are small, and a narrow bracket saves steps.
    lo, hi = 0.0, 1.0
    while True:
        hi = min(hi, cap)
        f_hi = f(hi)
        if f_hi >= -TOLERANCE:
            break
        if hi >= cap:
            return None
        lo, f_lo = hi, f_hi
        hi *= 2
    # Invariant: f(lo) = f_lo < 0 <= f(hi) = f_hi. w_lo, w_hi are the interpolation weights,
    # halved on the end that stays put twice in a row (the Illinois variant of regula falsi).
    w_lo, w_hi, kept = f_lo, f_hi, 0
    for _ in range(MAX_STEPS):
        width = hi - lo
        if width <= PRECISION:
            break
        x = lo + width * (-w_lo) / (w_hi - w_lo) if w_hi > w_lo else lo + width / 2
        if not lo < x < hi:
            x = lo + width / 2
        value = f(x)
        if value >= -TOLERANCE:
            hi, f_hi, w_hi = x, value, value
            w_lo = w_lo / 2 if kept == -1 else w_lo
            kept = -1  # lo stayed
            probe = x - PRECISION / 2  # on a linear piece x is the root: close the bracket now
        else:
            lo, f_lo, w_lo = x, value, value
            w_hi = w_hi / 2 if kept == 1 else w_hi
            kept = 1  # hi stayed
            probe = x + PRECISION / 2
        if lo < probe < hi:
            value = f(probe)
            if value >= -TOLERANCE:
                hi, f_hi, w_hi = probe, value, value
            else:
                lo, f_lo, w_lo = probe, value, value
        if hi - lo > width / 2:  # not shrinking fast enough: bisect once
            mid = lo + (hi - lo) / 2
            value = f(mid)
            if value >= -TOLERANCE:
                hi, f_hi, w_hi = mid, value, value
            else:
                lo, f_lo, w_lo = mid, value, value
    # Polish: on a linear piece the true root is the interpolation between the two true values.
    if f_hi > f_lo:
        x = lo + (hi - lo) * (-f_lo) / (f_hi - f_lo)
        if lo < x < hi and f(x) >= -TOLERANCE:
            return x
    return hi


def fmt_share(percent: float, lang: str) -> str:
    """A share for the 2^-k sentences: one decimal from 0.05% up; below it two significant digits
    and "1 in N" (0.00076% = 1 in 131,072), so a tiny share never reads as 0.0%; below one in a
    billion just that."""
    if percent <= 0:
        return fmt_percent(0, lang, 1)
    if percent >= 0.05:
        return fmt_percent(percent, lang, 1)
    if percent < 1e-7:
        return tr(lang, "less than 1 in a billion", "minder dan 1 op een miljard")
    decimals = max(1, 1 - math.floor(math.log10(percent)))  # two significant digits
    one_in = fmt_number(round(100 / percent), lang)
    return tr(lang, f"{fmt_percent(percent, lang, decimals)} (1 in {one_in})",
              f"{fmt_percent(percent, lang, decimals)} (1 op {one_in})")


def ever_recruits_needed(per_month: float, horizon: int) -> int:
    """ceil(r* x H) (SPEC 9.2), without adding a whole recruit for the solver's last thousandth:
    the solver stops at most PRECISION a month above the true threshold (at a rank step), which
    moves r* x H by up to PRECISION x H; a product that close above a whole number >= 1 is that
    number. A product above 0 never snaps down to 0 recruits: ceil(0.012) is 1."""
    ever = per_month * horizon
    if ever <= 0:
        return 0
    nearest = round(ever)
    # Never down to 0: any recruiting at all (r* x H > 0) is at least one recruit.
    if nearest >= 1 and 0 <= ever - nearest <= WHOLE_TOLERANCE + PRECISION * horizon:
        return int(nearest)
    return math.ceil(ever)


def small_figure(value: float, lang: str, decimals: int) -> str:
    """``fmt_number`` with ``decimals``, or with two significant digits for a figure above 0
    below 0.1 (or below what ``decimals`` shows): 0.000504 recruits a month is '0.00050', not
    '0.00'; 0.0114 is '0.011', not '0.01'."""
    below = max(0.1, 10.0 ** -decimals)
    if 0 < value < below and float(f"{value:.2g}") < below and math.isfinite(value):
        decimals = min(9, 1 - math.floor(math.log10(value)))
    return fmt_number(value, lang, decimals)


def whole_recruits_active(needs: "BreakEvenNeeds", horizon_months: int) -> float:
    """How many of the ``recruits_ever_needed`` whole recruits are still active at the end, at
    the pace and retention of the answer: ``active_recruits`` is a_1(H) at the threshold (r* a
    month, or T* in all), which is linear in r* (T*), so k whole recruits leave
    a_1(H) * k / (r* * H) (k / T*) of them active. Without it, "recruit 1 person in all, of
    whom about 0.3 are still active" read as a contradiction when 100% stay each month."""
    active = needs.active_recruits or 0.0
    k = needs.recruits_ever_needed or 0
    made = needs.recruits_total if needs.recruits_total is not None else (
        (needs.recruits_per_month or 0.0) * horizon_months)
    if k <= 0 or not made > 0 or not math.isfinite(made):
        return active
    return active * k / made


def share_with_recruits(k: int) -> float:
    """Percent of participants with k or more direct recruits under equal-chance recruitment."""
    return 100 * 2.0 ** -k


def break_even_needs(evaluation: Evaluation, lang: str = "en",
                     projection: Projection | None = None) -> BreakEvenNeeds:
    """What breaking even would take (see the module docstring). The answer for one document
    state is kept (``_CACHE``): the app analyses each edit twice (at once, then with the
    simulation) and undo/redo returns to earlier states."""
    if offer_terms.of(evaluation).offer.custom_plan:  # a test's plan, not the document's
        return _solve(evaluation, lang, projection)
    key = (evaluation.model_dump_json(warnings=False), norm_lang(lang))
    found = _CACHE.get(key)
    if found is not None:
        _CACHE.move_to_end(key)
        return replace(found)
    needs = _solve(evaluation, lang, projection, _without_fees(evaluation, key[0]))
    _CACHE[key] = needs
    while len(_CACHE) > CACHE_SIZE:
        _CACHE.popitem(last=False)
    return replace(needs)


CACHE_SIZE = 32
_CACHE: "OrderedDict[tuple[str, str], BreakEvenNeeds]" = OrderedDict()


def _without_fees(evaluation: Evaluation, document: str) -> str | None:
    """The document's JSON (``document``) with its fees left out: what the customers search may
    keep its plan-only work under (``projection.total_net_of``'s ``fees_apart``), so the next
    keystroke in a fee reuses it. None when the fees' own JSON is not found in it once."""
    fees = evaluation.offer.fees.model_dump_json(warnings=False)
    at = document.find(fees)
    if at < 0 or document.find(fees, at + 1) >= 0:
        return None
    return document[:at] + document[at + len(fees):]


def _solve(evaluation: Evaluation, lang: str, projection: Projection | None,
           fees_apart: str | None = None) -> BreakEvenNeeds:
    a = evaluation.assumptions
    projection = projection or project(evaluation)
    already = projection.total_net >= -TOLERANCE

    customers_possible = a.customer_monthly_spend > 0
    # Already breaking even needs no customers at all (0), whatever a customer spends; null only
    # when no number of customers reaches it (SPEC 6 / 12).
    customers = 0.0 if already else None
    if customers_possible:
        customers = solve_minimum(_knowing(total_net_of(evaluation, "new_customers_per_month", fees_apart),
                                           a.new_customers_per_month, projection.total_net))

    # SPEC 8.3 / 9.2: recruits entered "N in all" are solved for in the same unit.
    by_total = a.recruits_total is not None
    varied = "recruits_total" if by_total else "recruits_per_month"
    spread = min(offer_terms.RECRUITS_TOTAL_MONTHS, a.horizon_months)
    recruits_possible = _recruiting_can_pay(evaluation)
    per_month = active = share = whole = downline = ever = total = None
    if recruits_possible:
        # The cap keeps its meaning (10,000 a month) when the answer is in all.
        cap = SEARCH_CAP * spread if by_total else SEARCH_CAP
        entered = a.recruits_total if by_total else a.recruits_per_month
        solved = solve_minimum(_knowing(total_net_of(evaluation, varied), entered,
                                        projection.total_net), cap)
        if solved is not None:
            if solved == entered:
                active = projection.personal_recruits_active[-1] if projection.personal_recruits_active else 0.0
                at_end = projection.downline_active[-1] if projection.downline_active else 0.0
            else:  # the projection at the answer's downline, without the rest of it
                active, at_end = downline_at_horizon(evaluation, varied, solved)
            # The search stops within PRECISION of the threshold, which moves a_1(H) (linear in
            # the solved input) by up to PRECISION * a_1(H) / solved. At a rank step ("3 legs")
            # the true answer is a whole number: snap to it rather than report 3.01 and round up.
            slack = WHOLE_TOLERANCE + (PRECISION * active / solved if solved > 0 else 0.0)
            nearest = round(active)
            if nearest >= 1 and 0 <= active - nearest <= slack:  # never down to 0 recruits
                active = float(nearest)
            whole = math.ceil(active - WHOLE_TOLERANCE) if active > 0 else 0
            if by_total:
                total = solved
                per_month = solved / spread  # the pace in each of the first `spread` months
                ever = ever_recruits_needed(solved, 1)  # the recruits ever made are the total
            else:
                per_month = solved
                ever = ever_recruits_needed(per_month, a.horizon_months)
            share = share_with_recruits(ever)
            downline = at_end
    elif already:
        per_month, active, whole, share, downline, ever = 0.0, 0.0, 0, 100.0, 0.0, 0
        total = 0.0 if by_total else None

    needs = BreakEvenNeeds(
        customers_per_month=customers, active_recruits=active,
        share_reaching_recruits_percent=share, explanation="", recruits_ever_needed=ever,
        recruits_per_month=per_month,
        recruits_needed_whole=whole, downline_needed=downline, already_breaks_even=already,
        customers_possible=customers_possible, recruits_possible=recruits_possible,
        costs_total=sum(sum(v) for v in projection.costs.values()),
        recruits_total=total, recruits_total_months=spread if by_total else None,
    )
    if active is not None:
        needs.whole_recruits_active = whole_recruits_active(needs, a.horizon_months)
    needs.explanation = explain(evaluation, needs, lang)
    return needs


def _knowing(f: Callable[[float], float], x0: float | None, f0: float) -> Callable[[float], float]:
    """``f`` with its value at the entered input already known: the user's own projection is
    f(x0) exactly (the same inputs), and the search often asks for it (x0 = 1, say)."""
    def g(x: float) -> float:
        return f0 if x == x0 else f(x)
    return g


def _recruiting_can_pay(evaluation: Evaluation) -> bool:
    """Whether more personal recruits can raise income at all: a bonus per recruit, a downline
    plan paying a positive rate on a positive volume, or a rank bonus."""
    t = offer_terms.of(evaluation)
    return t.plan.grows_with_recruits(t.downline)


def _months(n: int) -> tuple[str, str]:
    """'1 month' or 'n months', in English and Dutch."""
    return ("1 month", "1 maand") if n == 1 else (f"{n} months", f"{n} maanden")


def explain(evaluation: Evaluation, needs: BreakEvenNeeds, lang: str) -> str:
    a = evaluation.assumptions
    cur = evaluation.offer.currency
    h = a.horizon_months
    hm_en, hm_nl = _months(h)  # '1 month' / '24 months' (Dutch '1 maand' / '24 maanden')
    parts: list[str] = []
    if needs.costs_total <= 0:
        return tr(lang, f"There are no costs to earn back in your {hm_en}: every sale is profit.",
                  f"Er zijn in je {hm_nl} geen kosten terug te verdienen: elke verkoop is winst.")
    if needs.already_breaks_even:
        parts.append(tr(lang, f"With your own assumptions you break even within {hm_en}.",
                        f"Met je eigen aannames speel je binnen {hm_nl} quitte."))
    else:
        parts.append(tr(lang, f"With your own assumptions you do not break even within {hm_en}.",
                        f"Met je eigen aannames speel je binnen {hm_nl} niet quitte."))

    spend = fmt_money(a.customer_monthly_spend, cur, lang)
    retention = fmt_percent(a.customer_retention_percent, lang)
    if needs.customers_per_month == 0:
        parts.append(tr(lang, "You would break even even without new outside customers.",
                        "Je speelt zelfs zonder nieuwe klanten van buiten quitte."))
    elif not needs.customers_possible:
        parts.append(tr(
            lang,
            "Outside customers cannot help as long as a customer's monthly spend is 0: enter what a customer would buy.",
            "Klanten van buiten helpen niet zolang de besteding per klant 0 is: vul in wat een klant zou kopen."))
    elif needs.customers_per_month is None:
        parts.append(tr(
            lang,
            f"Even {fmt_number(SEARCH_CAP, lang)} new outside customers a month (each spending {spend} a month) would not break even.",
            f"Zelfs {fmt_number(SEARCH_CAP, lang)} nieuwe klanten van buiten per maand (die elk {spend} per maand besteden) zijn niet genoeg om quitte te spelen."))
    else:
        n = needed_number(needs.customers_per_month, lang)  # rounded up: enough, never short
        parts.append(tr(
            lang,
            f"Breaking even needs about {n} new outside customers a month, each spending {spend} a month with {retention} buying again the next month, with everything else as you entered it."
            if a.customer_retention_percent > 0 else
            # nobody buys again: each customer buys once (a kitchen appliance), not every month
            f"Breaking even needs about {n} new outside customers a month, each buying once for {spend} (none buys again the next month), with everything else as you entered it.",
            f"Om quitte te spelen heb je ongeveer {n} nieuwe klanten van buiten per maand nodig, die elk {spend} per maand besteden en van wie {retention} de volgende maand terugkomt, met al het andere zoals je het invulde."
            if a.customer_retention_percent > 0 else
            f"Om quitte te spelen heb je ongeveer {n} nieuwe klanten van buiten per maand nodig, die elk eenmalig {spend} besteden (niemand koopt de maand erna opnieuw), met al het andere zoals je het invulde."))

    if not needs.recruits_possible:
        if not needs.already_breaks_even:
            parts.append(tr(lang, "Recruiting cannot help: nothing in this plan pays for recruits or a downline.",
                            "Werven helpt niet: niets in dit plan betaalt voor rekruten of een netwerk."))
    elif needs.active_recruits is None and a.recruits_total is not None:
        cap = fmt_number(SEARCH_CAP * min(offer_terms.RECRUITS_TOTAL_MONTHS, h), lang)
        parts.append(tr(
            lang,
            f"Even {cap} new recruits in all would not break even.",
            f"Zelfs {cap} nieuwe rekruten in totaal zijn niet genoeg om quitte te spelen."))
    elif needs.active_recruits is None:
        parts.append(tr(
            lang,
            f"Even {fmt_number(SEARCH_CAP, lang)} new recruits a month would not break even.",
            f"Zelfs {fmt_number(SEARCH_CAP, lang)} nieuwe rekruten per maand zijn niet genoeg om quitte te spelen."))
    elif (needs.recruits_ever_needed or 0) > 0:
        k = needs.recruits_ever_needed or 0
        active = small_figure(whole_recruits_active(needs, h), lang, 1)
        pace = small_figure(needs.recruits_per_month or 0, lang, 2)
        people = tr(lang, f"{k} person" if k == 1 else f"{k} people",
                    f"{k} persoon" if k == 1 else f"{k} mensen")
        stay = fmt_percent(a.downline_retention_percent, lang)
        if needs.recruits_total is not None:  # entered as recruits in all: answered in all
            # Whole recruits only: k = ceil(T*) (SPEC 9.2's N), never T* to one decimal beside it.
            months = needs.recruits_total_months or 0
            first_en, first_nl = ("the first month", "de eerste maand") if months == 1 else (
                f"the first {months} months", f"de eerste {months} maanden")
            parts.append(tr(
                lang,
                f"Through recruiting, with the recruits spread over {first_en} as you entered yours: recruit {people} in all, of whom about {active} are still active at the end (with {stay} staying each month), with everything else as you entered it.",
                f"Via werving, met de rekruten gespreid over {first_nl} zoals je de jouwe invulde: in totaal {people} werven, van wie er aan het eind nog ongeveer {active} actief zijn (als {stay} elke maand blijft), met al het andere zoals je het invulde."))
        else:
            # k = ceil(r* x H): say it is rounded up, so "0.37 a month for 36 months" beside
            # "14 people" (13.3) reads as what it is (review 11)
            exact = (needs.recruits_per_month or 0) * h
            rounded = ""
            if abs(exact - k) > 0.05:
                # no figure: the rate shown is rounded too, so "0.37 x 36" would not give it
                rounded = tr(lang, " (rounded up to whole people)", " (naar boven afgerond op hele mensen)")
            parts.append(tr(
                lang,
                f"Through recruiting, it needs about {pace} new recruits a month for {hm_en}: recruit {people} in all{rounded}, of whom about {active} are still active at the end (with {stay} staying each month), with everything else as you entered it.",
                f"Via werving zijn er ongeveer {pace} nieuwe rekruten per maand nodig, {hm_nl} lang: in totaal {people} werven{rounded}, van wie er aan het eind nog ongeveer {active} actief zijn (als {stay} elke maand blijft), met al het andere zoals je het invulde."))
        parts.append(tr(
            lang,
            f"When everyone is equally likely to bring in the next participant, only 2^-{k} = {fmt_share(needs.share_reaching_recruits_percent or 0, lang)} of participants ever recruit {k} or more people.",
            f"Als iedereen evenveel kans heeft de volgende deelnemer binnen te halen, werft maar 2^-{k} = {fmt_share(needs.share_reaching_recruits_percent or 0, lang)} van de deelnemers ooit {k} of meer mensen."))
    return " ".join(parts)
