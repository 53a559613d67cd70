"""The verdict and the source article's eight-aspect comparison (SPEC section 6).

Verdict rule (documented here and in docs/red-flags.md):

1. ``likely_pyramid`` when both elements of the legal pyramid test are present (UCPD Annex I
   point 14 / art. 6:193g BW / Wok art. 1a; FTC Koscot):
   - element 1, *consideration*: ``pay_to_join`` fired (any amount counts, CJEU C-515/12);
   - element 2, *pay primarily from recruitment*: ``recruitment_driven_income`` fired (more
     than half of the income from recruiting and participants' own purchases), or both
     ``recruitment_rewards`` and a serious ``no_products`` fired (paid per recruit, and nothing
     real is sold or sales earn nothing — then there is no other source of pay).
2. otherwise ``high_risk`` when two or more flags are serious, or the score is 6 or more;
3. otherwise ``caution`` when one flag is serious, or the score is 2 or more;
4. otherwise ``lower_risk``.

Score: serious 3, warning 1, info 0. A serious flag is an element of the legal test or a
measured outcome where most participants lose; three warnings together weigh as much as one.
Two warnings (say, a starter kit and no stated cooling-off period) make ``caution``; a single
warning does not change ``lower_risk``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from . import terms as offer_terms
from .i18n import fmt_money_group, fmt_number, fmt_percent, tr
from .income import (
    IncomeSplit,
    SimulationFigures,
    customer_sales_matter,
    downline_pays_on_outside_sales,
    pays_for_network,
    retail_pays,
)
from .labels import VERDICT_LEVELS, Leans, Level
from .model import Evaluation
from .plans.registry import MonthState
from .projection import Projection, Typical, scaled_up_note, unknown_reason
from .redflags import (NOTHING_PERCENT, PRIMARILY_PERCENT, TOP1_PERCENT, TOP10_PERCENT, RedFlag, claim_within,
                       is_pure_pyramid, money, product_premium_percent)


LEVELS: tuple[Level, ...] = VERDICT_LEVELS  # most serious first (the one order, in labels.py)

SCORE = {"serious": 3, "warning": 1, "info": 0}
HIGH_RISK_SCORE = 6
HIGH_RISK_SERIOUS = 2
CAUTION_SCORE = 2
REASONS_IN_SUMMARY = 4


@dataclass
class Verdict:
    level: Level
    summary: str
    score: int = 0
    reasons: list[str] | None = None  # ids of the flags named in the summary

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Aspect:
    key: str
    label: str
    pyramid: str
    network_marketing: str
    this_offer: str
    leans: Leans

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# The products aspect calls prices "in line" with comparable ones only within 5% either way; beyond
# it the text gives the percentage (the product_premium red flag starts above 50%).
IN_LINE_PERCENT = 5.0
# The compensation aspect leans network marketing on an even spread of pay only when at least
# half of everyone in the simulation ends with a profit; below it, it leans neither way.
PROFITABLE_PERCENT = 50.0
# The verdict says the first in do well at the expense of later joiners when the share of those
# who start with you that ends with a profit is this many points above everyone's.
FIRST_IN_GAP_PERCENT = 50.0


def disclaimer(lang: str) -> str:
    return tr(
        lang,
        "This is an aid, not legal advice: the results follow from what you entered, and only a "
        "court or regulator can decide whether a scheme is unlawful.",
        "Dit is een hulpmiddel, geen juridisch advies: de uitkomsten volgen uit wat je hebt "
        "ingevuld, en alleen een rechter of toezichthouder kan beslissen of een systeem "
        "onrechtmatig is.",
    )


def legal_elements(flags: list[RedFlag], simulated_income: bool = True) -> tuple[bool, bool]:
    """(consideration, pay primarily from recruitment), as in the module docstring.

    SPEC 9.3: the pyramid element rests on the plan's structure and the simulated network, never
    on the user's own assumptions. ``simulated_income`` says whether ``recruitment_driven_income``
    was decided on the simulation of the whole network; when it came from the user's own
    projection (the simulation paid nobody anything) it does not count as the legal element."""
    by_id = {f.id: f for f in flags}
    paid = "pay_to_join" in by_id
    no_products = by_id.get("no_products")
    recruitment = ("recruitment_driven_income" in by_id and simulated_income) or (
        "recruitment_rewards" in by_id and no_products is not None and no_products.severity == "serious")
    return paid, recruitment


def more_severe(a: Level, b: Level) -> Level:
    return a if LEVELS.index(a) <= LEVELS.index(b) else b


def level_for(flags: list[RedFlag], simulated_income: bool = True) -> tuple[Level, int]:
    score = sum(SCORE[f.severity] for f in flags)
    serious = sum(1 for f in flags if f.severity == "serious")
    paid, recruitment = legal_elements(flags, simulated_income)
    if paid and recruitment:
        return "likely_pyramid", score
    if serious >= HIGH_RISK_SERIOUS or score >= HIGH_RISK_SCORE:
        return "high_risk", score
    if serious >= 1 or score >= CAUTION_SCORE:
        return "caution", score
    return "lower_risk", score


def _loses(value: float, currency: str, lang: str) -> bool:
    """A loss that shows as one: below zero and not '€ 0' once rounded."""
    return value < 0 and money(-value, currency, lang) != money(0.0, currency, lang)


def net_years(first: float, later: float | None, currency: str, lang: str) -> str:
    """What the typical participant keeps or loses, as the end of a sentence about them, a loss
    read as a loss: 'loses €1,296 net in the first year and €1,136 in a later year' / 'verliest in
    het eerste jaar netto € 1.296 en in een later jaar € 1.136'; 'nets €200 in the first year' /
    'houdt in het eerste jaar netto € 200 over'. Never 'nets -€1,296'."""
    shown = [-v if _loses(v, currency, lang) else max(v, 0.0) for v in (first, later) if v is not None]
    amounts = dict(zip((first, later), fmt_money_group(shown, currency, lang)))  # alike (i18n)

    def part(value: float, en_when: str, nl_when: str, verb: bool) -> str:
        loss = _loses(value, currency, lang)
        amount = amounts[value]
        if not verb:
            return tr(lang, f"{amount} {en_when}", f"{nl_when} {amount}")
        if loss:
            return tr(lang, f"loses {amount} net {en_when}", f"verliest {nl_when} netto {amount}")
        return tr(lang, f"nets {amount} {en_when}", f"houdt {nl_when} netto {amount} over")

    text = part(first, "in the first year", "in het eerste jaar", True)
    if later is None:
        return text
    same = _loses(first, currency, lang) == _loses(later, currency, lang)
    rest = part(later, "in a later year", "in een later jaar", not same)
    return tr(lang, f"{text} and {rest}", f"{text} en {rest}")


def simulation_against_you(simulation: Any, projection: Projection, currency: str, lang: str) -> str:
    """What the simulation says that your projection does not, as a sentence or "" (review 11):
    - your net is above the 99th percentile of those who start when you do: your assumptions
      are far more favourable than the simulation (with none of them ending with a profit, said);
    - those who start when you do end far better than everyone (a gifting circle's first
      members): who joins later does worse.
    Only when someone started with you; the first only when the simulation runs over the
    projection's horizon (the same period)."""
    if simulation is None:
        return ""
    size = getattr(simulation, "cohort_size", None)
    pcts = getattr(simulation, "cohort_net_percentiles", None) or {}
    months = getattr(simulation, "months", None)
    if size is None or size < 2 or "99" not in pcts:  # of 1 person: no "99 in 100", no "none of"
        return ""
    p99 = float(pcts["99"])
    cohort = float(getattr(simulation, "cohort_share_profitable_percent", 0.0))
    everyone = float(getattr(simulation, "everyone_share_profitable_percent", 0.0))
    who_en, who_nl = f"{fmt_number(size, 'en')} people", f"{fmt_number(size, 'nl')} mensen"
    out: list[str] = []
    if months == len(projection.months) and projection.total_net > 0 and projection.total_net > p99 + 0.005:
        best = money(p99, currency, lang)
        if cohort <= 0:
            out.append(tr(lang,
                          f"In the simulation none of the {who_en} who started when you did ended with a profit (even the best 1% ended at {best}): your assumptions give far more than the simulation does.",
                          f"In de simulatie eindigde niemand met winst van de {who_nl} die tegelijk met jou begonnen (zelfs de beste 1% eindigde op {best}): je aannames leveren veel meer op dan de simulatie."))
        else:
            out.append(tr(lang,
                          f"Your result is better than what 99 in 100 reached of the {who_en} who started when you did in the simulation (only the best 1% reached {best} or more): your assumptions give far more than the simulation does.",
                          f"Je resultaat is beter dan wat 99 op de 100 haalden van de {who_nl} die in de simulatie tegelijk met jou begonnen (alleen de beste 1% haalde {best} of meer): je aannames leveren veel meer op dan de simulatie."))
    if cohort - everyone >= FIRST_IN_GAP_PERCENT:
        out.append(tr(lang,
                      f"In the simulation {fmt_percent(cohort, lang, 1)} of those who started when you did ended with a profit, but only {fmt_percent(everyone, lang, 1)} of everyone: the first to join do well at the expense of those who join later.",
                      f"In de simulatie eindigde {fmt_percent(cohort, lang, 1)} met winst van wie tegelijk met jou begon, terwijl dat van iedereen maar {fmt_percent(everyone, lang, 1)} was: de eersten doen het goed ten koste van wie later instapt."))
    return " ".join(out)


def decide(evaluation: Evaluation, flags: list[RedFlag], projection: Projection,
           typical: Typical | None, lang: str = "en", *, simulated_income: bool = True,
           floor: Level | None = None, simulation: Any = None) -> Verdict:
    """The verdict. ``floor``: a level the verdict is at least as severe as (SPEC 9.1: with the
    coverage unknown, the level it would have with the typical participant paid nothing)."""
    level, score = level_for(flags, simulated_income)
    if floor is not None:
        level = more_severe(level, floor)
    cur = evaluation.offer.currency
    h = evaluation.assumptions.horizon_months
    opening = {
        "likely_pyramid": tr(
            lang,
            "This offer shows both elements of the legal test for a pyramid scheme: you pay to take part, and the pay comes mainly from recruiting and participants' own purchases rather than from sales to outside customers.",
            "Dit aanbod vertoont beide kenmerken van de juridische toets voor een piramidespel: je betaalt om mee te doen, en de verdiensten komen vooral uit werving en eigen aankopen van deelnemers in plaats van uit verkoop aan klanten van buiten."),
        "high_risk": tr(
            lang,
            "High risk: this offer shows several serious red flags.",
            "Hoog risico: dit aanbod vertoont meerdere ernstige waarschuwingssignalen."),
        "caution": tr(
            lang,
            "Caution: this offer has red flags to clear up before you commit to anything.",
            "Wees voorzichtig: dit aanbod heeft waarschuwingssignalen die je moet uitzoeken voordat je ergens aan begint."),
        "lower_risk": tr(
            lang,
            "Lower risk: no serious red flags were found, and the pay rests on sales rather than recruiting; whether it pays off still depends on how much you really sell.",
            "Lager risico: er zijn geen ernstige waarschuwingssignalen gevonden en de verdiensten komen uit verkoop, niet uit werving; of het loont hangt nog steeds af van hoeveel je echt verkoopt."),
    }[level]
    named = [f for f in flags if f.severity != "info"][:REASONS_IN_SUMMARY]
    parts = [opening]
    if named:
        titles = "; ".join(f.title[0].lower() + f.title[1:] if not f.title[:2].isupper() else f.title
                           for f in named)
        parts.append(tr(lang, f"Main reasons: {titles}.", f"Belangrijkste redenen: {titles}."))
    end = money(projection.total_net, cur, lang)
    h_en, h_nl = ("month", "1 maand") if h == 1 else (f"{h} months", f"{h} maanden")
    if projection.is_empty:
        parts.append(tr(
            lang,
            "No costs and no income are entered yet, so there is no result to show.",
            "Er zijn nog geen kosten en geen inkomsten ingevuld, dus er is nog geen resultaat."))
    elif projection.break_even_month is not None:
        parts.append(tr(
            lang,
            f"With your assumptions you end the {h_en} at {end} and break even in month {projection.break_even_month}.",
            f"Met je aannames eindig je na {h_nl} op {end} en speel je quitte in maand {projection.break_even_month}."))
    else:
        parts.append(tr(
            lang,
            f"With your assumptions you end the {h_en} at {end} and never break even.",
            f"Met je aannames eindig je na {h_nl} op {end} en speel je nooit quitte."))
    if typical is not None:
        d_cur = (evaluation.offer.disclosure.currency if evaluation.offer.disclosure else None) or cur
        if typical.median_annual_gross is not None:
            later = typical.later_annual_net if typical.later_annual_net is not None else 0.0
            first = typical.median_annual_net if typical.median_annual_net is not None else 0.0
            gross = money(typical.median_annual_gross, d_cur, lang)
            parts.append(tr(
                lang,
                f"The typical participant in the company's disclosure receives {gross} a year gross and {net_years(first, later, cur, lang)}.",
                f"De gewone deelnemer in de inkomensverklaring krijgt {gross} per jaar bruto en {net_years(first, later, cur, lang)}."))
            if typical.scaled_up:
                parts.append(scaled_up_note(typical.period, lang))
        else:
            parts.append(unknown_reason(typical, lang))
    against = simulation_against_you(simulation, projection, cur, lang)
    if against:
        parts.append(against)
    parts.append(disclaimer(lang))
    return Verdict(level, " ".join(parts), score, [f.id for f in named])


# ----------------------------------------------------------------------------------------------
# The source article's eight aspects (pyramid scheme vs network marketing)

# key -> (label en, label nl, pyramid en, pyramid nl, network en, network nl); wording after the
# article's table ("Piramidesysteem vs netwerkmarketing").
ASPECTS: dict[str, tuple[str, str, str, str, str, str]] = {
    "main_goal": (
        "Main goal", "Hoofddoel",
        "Recruit as many members as possible to generate income.",
        "Werf zoveel mogelijk leden om inkomsten te genereren.",
        "Sell quality products or services and build a sales network.",
        "Verkoop kwaliteitsproducten of -diensten en ontwikkel een verkoopnetwerk."),
    "source_of_income": (
        "Source of income", "Bron van inkomsten",
        "Mainly entry fees and contributions of new members.",
        "Voornamelijk gebaseerd op entreegelden en bijdragen van nieuwe leden.",
        "Mainly commissions on sales.",
        "Voornamelijk gebaseerd op commissies op verkopen."),
    "products": (
        "Products or services", "Producten of diensten",
        "Non-existent or low-value products, often just an excuse to recruit.",
        "Niet-bestaande of laagwaardige producten, vaak gewoon een excuus om te werven.",
        "Real, often high-quality products or services that the market wants.",
        "Echte, vaak hoogwaardige producten of diensten waar vraag naar is op de markt."),
    "compensation_model": (
        "Compensation model", "Compensatiemodel",
        "Rewards only the members at the top of the pyramid.",
        "Beloont alleen de leden aan de top van de piramide.",
        "Rewards sales efforts and network performance at several levels.",
        "Beloont verkoopinspanningen en netwerkprestaties op verschillende niveaus."),
    "legality": (
        "Legality", "Wettigheid",
        "Illegal in most countries because of its fraudulent nature.",
        "Illegaal in de meeste landen vanwege de frauduleuze aard.",
        "Legal when it follows the rules (income mainly from sales).",
        "Legaal wanneer het de regels respecteert (inkomsten voornamelijk uit verkoop)."),
    "sustainability": (
        "Sustainability", "Duurzaamheid",
        "Unsustainable: collapses when recruitment stalls.",
        "Onhoudbaar: stort in als de werving stagneert.",
        "Sustainable as long as sales and demand for the products hold up.",
        "Duurzaam zolang de verkoop en de vraag naar de producten of diensten op peil blijven."),
    "recruitment_methods": (
        "Recruitment methods", "Wervingsmethoden",
        "Unrealistic promises of quick profits and pressure to recruit at all costs.",
        "Onrealistische beloften over snelle winsten en druk om koste wat kost te werven.",
        "Recruitment by presenting real opportunities and products.",
        "Werving op basis van een eerlijke presentatie van echte kansen en producten."),
    "training": (
        "Training for members", "Opleiding voor leden",
        "Minimal training, often focused on recruiting.",
        "Minimale training, vaak gericht op werving.",
        "In-depth training in selling and managing a network.",
        "Diepgaande training om verkoop- en netwerkvaardigheden te ontwikkelen."),
}
ASPECT_KEYS: tuple[str, ...] = tuple(ASPECTS)

# Sustainability: how much of the income at the horizon is left a year after recruiting stops.
# Recruit bonuses stop at once; downline and rank income shrink with the downline, to
# retention^12 of their level; retail income continues as long as customers buy. Below half left,
# the income depends on recruitment going on (leans pyramid).
SUSTAIN_MONTHS = 12
SUSTAIN_KEPT_PERCENT = 50.0


def _rank_bonus_later(terms: offer_terms.Terms, projection: Projection, keep: float) -> float:
    """The rank bonus SUSTAIN_MONTHS after the last month if nobody recruited any more: the
    downline shrinks to ``keep`` of itself (legs and group volume with it), your own volume stays,
    and the bonus is the one of the rank that still qualifies (SPEC 3's rank rule), not the last
    month's bonus scaled down."""
    kinds = terms.plan.by_source("rank")
    if not kinds:
        return 0.0
    volumes = terms.downline
    own = projection.retail_volume[-1] + projection.own_purchase_volume[-1]
    legs = projection.personal_recruits_active[-1] * keep
    members = projection.downline_active[-1] * keep
    rank = terms.plan.paid_as(own, own + members * volumes.member, legs)
    state = MonthState(month=len(projection.months) + SUSTAIN_MONTHS, levels=[legs],
                       downline=members, recruits=0.0, volumes=volumes, rank=rank,
                       personal_volume=own, personal_customer_volume=projection.retail_volume[-1])
    return sum(kind.projector()(state) for kind in kinds)


def compare(evaluation: Evaluation, projection: Projection, typical: Typical | None,
            flags: list[RedFlag], split: IncomeSplit, lang: str = "en",
            simulation: SimulationFigures | None = None) -> list[Aspect]:
    offer = evaluation.offer
    terms = offer_terms.of(evaluation)
    plan = terms.plan
    cur = offer.currency
    by_id = {f.id: f for f in flags}

    def t(en: str, nl: str) -> str:
        return tr(lang, en, nl)

    def pct(x: float) -> str:
        return fmt_percent(x, lang)

    out: dict[str, tuple[str, Leans]] = {}

    # 1. Main goal: what the plan pays for.
    paid_for: list[str] = []
    if retail_pays(offer):
        paid_for.append(t("your own sales to outside customers", "je eigen verkoop aan klanten van buiten"))
    for kind in plan.kinds:  # what each plan component pays for, in plan order
        phrase = kind.pays_for(lang, lambda x: money(x, cur, lang))
        if phrase is not None and phrase not in paid_for:
            paid_for.append(phrase)
    if not paid_for:
        out["main_goal"] = (t("The plan pays for nothing you entered.", "Het plan betaalt voor niets van wat je invulde."), "unclear")
    else:
        listed = paid_for[0] if len(paid_for) == 1 else (
            ", ".join(paid_for[:-1]) + t(" and ", " en ") + paid_for[-1])
        text = t("The plan pays for ", "Het plan betaalt voor ") + listed + "."
        if not customer_sales_matter(offer) and pays_for_network(offer):
            leans: Leans = "pyramid"
        elif (customer_sales_matter(offer) and plan.per_recruit() == 0
              and not (plan.pays_downline() and not downline_pays_on_outside_sales(offer))):
            leans = "network_marketing"
        else:
            leans = "unclear"
        out["main_goal"] = (text, leans)

    # 2. Source of income.
    share = split.recruitment_percent
    where = t("in the simulation of the whole network", "in de simulatie van het hele netwerk") \
        if split.basis == "simulation" else t("in your projection", "in je projectie")
    if share is None:
        out["source_of_income"] = (t("Your projection has no income yet: enter customers or recruits.",
                                     "Je projectie heeft nog geen inkomsten: vul klanten of rekruten in."), "unclear")
    else:
        text = t(f"{pct(100 - share)} of the income {where} comes from sales to outside customers, {pct(share)} from recruiting and participants' own purchases.",
                 f"{pct(100 - share)} van de inkomsten {where} komt uit verkoop aan klanten van buiten, {pct(share)} uit werving en eigen aankopen van deelnemers.")
        out["source_of_income"] = (text, "pyramid" if share > PRIMARILY_PERCENT else "network_marketing")

    # 3. Products.
    if "no_products" in by_id and by_id["no_products"].severity == "serious":
        out["products"] = (by_id["no_products"].detail, "pyramid")
    elif not offer.products:
        out["products"] = (t("No products entered.", "Geen producten ingevuld."), "unclear")
    elif "product_premium" in by_id:
        out["products"] = (by_id["product_premium"].detail, "pyramid")
    else:
        priced = [p for p in offer.products if p.market_price is not None]  # none: premium is None
        n = len(offer.products)
        what = t(f"{n} product" + ("s" if n != 1 else ""), f"{n} product" + ("en" if n != 1 else ""))
        premium = product_premium_percent(offer.products)
        avg_en, avg_nl = ("on average ", "gemiddeld ") if len(priced) > 1 else ("", "")
        if premium is not None and abs(premium) < IN_LINE_PERCENT:
            out["products"] = (t(f"{what}, priced in line with comparable products elsewhere.",
                                 f"{what}, geprijsd in lijn met vergelijkbare producten elders."),
                               "network_marketing")
        elif premium is not None and premium < 0:
            out["products"] = (t(f"{what}, {avg_en}{pct(-premium)} cheaper than comparable products elsewhere.",
                                 f"{what}, {avg_nl}{pct(-premium)} goedkoper dan vergelijkbare producten elders."),
                               "network_marketing")
        elif premium is not None:
            # dearer, yet within the product_premium flag's limit: said as it is, leaning as the flag
            out["products"] = (t(f"{what}, {avg_en}{pct(premium)} dearer than comparable products elsewhere: outside customers need a reason to pay that.",
                                 f"{what}, {avg_nl}{pct(premium)} duurder dan vergelijkbare producten elders: klanten van buiten moeten een reden hebben om dat te betalen."),
                               "network_marketing")
        else:
            out["products"] = (t(f"{what}; no comparable price entered, so the market value is unknown.",
                                 f"{what}; geen vergelijkbare prijs ingevuld, dus de marktwaarde is onbekend."),
                               "unclear")

    # 4. Compensation model: who gets the money.
    # Leans pyramid under the same rule as the concentration red flag (`top_weighted`): the top 1%
    # get more than TOP1_PERCENT, or the top 10% get TOP10_PERCENT or more; the text names the
    # share that decides.
    top1 = simulation.top1_share_percent if simulation is not None else None
    top10 = simulation.top10_share_percent if simulation is not None else None
    if top1 is not None and top1 <= TOP1_PERCENT and top10 is not None and top10 >= TOP10_PERCENT:
        out["compensation_model"] = (
            t(f"In the simulation the top 10% of participants receive {pct(top10)} of all earnings (top 1%: {pct(top1)}).",
              f"In de simulatie krijgt de bovenste 10% van de deelnemers {pct(top10)} van alle verdiensten (bovenste 1%: {pct(top1)})."),
            "pyramid")
    elif top1 is not None:
        text = t(f"In the simulation the top 1% of participants receive {pct(top1)} of all earnings.",
                 f"In de simulatie krijgt de bovenste 1% van de deelnemers {pct(top1)} van alle verdiensten.")
        leaning: Leans = "pyramid" if top1 > TOP1_PERCENT else "network_marketing"
        profitable = getattr(simulation, "everyone_share_profitable_percent", None)
        if leaning == "network_marketing" and profitable is not None and profitable < PROFITABLE_PERCENT:
            # pay spread evenly over participants who mostly lose is not "rewarding sales
            # efforts": it leans neither way (review 11: a pure pyramid leaned network marketing)
            text += " " + t(f"But only {fmt_percent(profitable, lang, 1)} of everyone ends with a profit.",
                            f"Maar slechts {fmt_percent(profitable, lang, 1)} van iedereen eindigt met winst.")
            leaning = "unclear"
        out["compensation_model"] = (text, leaning)
    elif typical is not None and typical.median_annual_net is not None:
        text = t(f"{pct(typical.share_nothing_percent)} of all participants are paid nothing; the typical participant {net_years(typical.median_annual_net, None, cur, lang)}.",
                 f"{pct(typical.share_nothing_percent)} van alle deelnemers krijgt niets; de gewone deelnemer {net_years(typical.median_annual_net, None, cur, lang)}.")
        bad = typical.share_nothing_percent >= NOTHING_PERCENT or typical.loses_money
        out["compensation_model"] = (text, "pyramid" if bad else "network_marketing")
    elif typical is not None:
        out["compensation_model"] = (unknown_reason(typical, lang), "unclear")
    elif not pays_for_network(offer):
        out["compensation_model"] = (t("You are paid on your own sales only.", "Je wordt alleen betaald over je eigen verkoop."),
                                     "network_marketing")
    else:
        out["compensation_model"] = (t("Without an income disclosure or a simulation it is unknown how the pay is spread: run the simulation.",
                                       "Zonder inkomensverklaring of simulatie is onbekend hoe de uitbetaling verdeeld is: draai de simulatie."),
                                     "unclear")

    # 5. Legality: the two elements of the legal test.
    paid, recruitment = legal_elements(flags, simulation is None or split.basis == "simulation")
    # SPEC 9.6: the Gaming Act's art. 1a only for a pure pyramid (no real product).
    if is_pure_pyramid(evaluation):
        law = t("(UCPD Annex I point 14 / art. 6:193g BW; for a pure pyramid also Wet op de kansspelen art. 1a; FTC Koscot test)",
                "(richtlijn 2005/29/EG bijlage I punt 14 / art. 6:193g BW; voor een zuiver piramidespel ook Wet op de kansspelen art. 1a; Koscot-toets van de FTC)")
    else:
        law = t("(UCPD Annex I point 14 / art. 6:193g BW; FTC Koscot test)",
                "(richtlijn 2005/29/EG bijlage I punt 14 / art. 6:193g BW; Koscot-toets van de FTC)")
    if paid and recruitment:
        text = t(f"Both elements of the legal pyramid test are present: you pay to take part, and the pay comes mainly from recruitment {law}.",
                 f"Beide kenmerken van de juridische piramidetoets zijn aanwezig: je betaalt om mee te doen, en de verdiensten komen vooral uit werving {law}.")
        out["legality"] = (text, "pyramid")
    elif recruitment:
        text = t(f"The pay comes mainly from recruitment, but you pay nothing to take part, so the first element of the legal test is missing {law}.",
                 f"De verdiensten komen vooral uit werving, maar je betaalt niets om mee te doen, dus het eerste kenmerk van de juridische toets ontbreekt {law}.")
        out["legality"] = (text, "unclear")
    else:
        text = t(f"The pay does not come mainly from recruitment, the second element of the legal pyramid test {law}.",
                 f"De verdiensten komen niet vooral uit werving, het tweede kenmerk van de juridische piramidetoets {law}.")
        out["legality"] = (text, "network_marketing")

    # 6. Sustainability: what is left a year after recruiting stops.
    rev = projection.revenue
    last = {k: v[-1] for k, v in rev.items()}
    total = sum(last.values())
    if total <= 0:
        out["sustainability"] = (t("Your projection has no income in its last month.",
                                   "Je projectie heeft in de laatste maand geen inkomsten."), "unclear")
    else:
        keep = (evaluation.assumptions.downline_retention_percent / 100) ** SUSTAIN_MONTHS
        kept = last["retail"] + last["downline"] * keep + _rank_bonus_later(terms, projection, keep)
        kept_pct = 100 * kept / total
        text = t(f"If nobody recruited anyone any more, about {pct(kept_pct)} of your last month's income ({money(total, cur, lang)}) would be left a year later.",
                 f"Als niemand meer iemand zou werven, zou een jaar later nog ongeveer {pct(kept_pct)} over zijn van je inkomsten in de laatste maand ({money(total, cur, lang)}).")
        if "market_saturation" in by_id:
            text += " " + by_id["market_saturation"].detail
        out["sustainability"] = (text, "pyramid" if kept_pct < SUSTAIN_KEPT_PERCENT else "network_marketing")

    # 7. Recruitment methods: what you were promised.
    claimed = offer.claims.claimed_monthly_income
    if "income_claims" in by_id:
        out["recruitment_methods"] = (by_id["income_claims"].detail, "pyramid")
    elif plan.per_recruit() > 0:
        per = money(plan.per_recruit(), cur, lang)
        out["recruitment_methods"] = (t(f"The plan pays {per} for each person you sign up: a direct reward for recruiting.",
                                        f"Het plan betaalt {per} voor elke persoon die je aanmeldt: een directe beloning voor werven."),
                                      "pyramid")
    elif "recruitment_rewards" in by_id and any(k.rewards_recruiting() for k in plan.kinds):
        # a cycle bonus, a fast start or a matching bonus: the flag says how it rewards recruiting
        out["recruitment_methods"] = (by_id["recruitment_rewards"].detail, "pyramid")
    elif claimed is not None and claimed > 0 and (within := claim_within(evaluation, projection, typical, lang)):
        out["recruitment_methods"] = within
    elif offer.claims.text.strip():
        out["recruitment_methods"] = (t("The recruiter made claims without a figure: ask what they mean in money per month.",
                                        "De werver deed beloften zonder bedrag: vraag wat dat per maand in geld betekent."),
                                      "unclear")
    else:
        out["recruitment_methods"] = (t("No income claim entered.", "Geen inkomensbelofte ingevuld."), "unclear")

    # 8. Training.
    training = offer.training
    if not training:
        out["training"] = (t("No training entered.", "Geen training ingevuld."), "unclear")
    else:
        recruiting = [x for x in training if x.focus == "recruiting"]
        selling = [x for x in training if x.focus in ("product", "sales")]
        mixed = [x for x in training if x.focus == "mixed"]  # counted apart: not "about selling"
        mandatory_cost = terms.offer.mandatory_training_first_year
        n = len(training)
        text = t(f"{n} training" + ("s" if n != 1 else "") + f": {len(selling)} about products or selling, {len(recruiting)} about recruiting"
                 + (f", {len(mixed)} mixed (both)." if mixed else "."),
                 f"{n} training" + ("en" if n != 1 else "") + f": {len(selling)} over producten of verkopen, {len(recruiting)} over werven"
                 + (f", {len(mixed)} gemengd (allebei)." if mixed else "."))
        if mandatory_cost > 0:
            text += t(f" Mandatory training costs {money(mandatory_cost, cur, lang)} in the first year.",
                      f" Verplichte training kost {money(mandatory_cost, cur, lang)} in het eerste jaar.")
        # as many about recruiting as about anything else: like a pyramid; more about products or
        # selling than about recruiting: like network marketing; otherwise (mixed ones decide) unclear
        training_leaning: Leans = ("pyramid" if recruiting and len(recruiting) >= len(selling) + len(mixed)
                                   else "network_marketing" if len(selling) > len(recruiting)
                                   else "unclear")
        out["training"] = (text, training_leaning)

    aspects = []
    for key, (l_en, l_nl, p_en, p_nl, n_en, n_nl) in ASPECTS.items():
        text, leans = out[key]
        aspects.append(Aspect(key, t(l_en, l_nl), t(p_en, p_nl), t(n_en, n_nl), text, leans))
    return aspects
