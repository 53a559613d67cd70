"""Pyramid-scheme and consumer red flags (SPEC section 6, DOMAIN.md section 2).

Each flag has an ``id``, a ``severity`` (``serious``, ``warning``, ``info``), a one-line title,
a detail with the numbers that triggered it and the public criterion it rests on (``source``).
Every threshold is a named constant below with the reason it sits where it does; the same table,
in prose, is ``docs/red-flags.md``.

Severity in short: ``serious`` = one of the two elements of the legal pyramid test, or a measured
outcome that means most participants lose; ``warning`` = a practice the public criteria name as a
red flag but that a lawful offer can have; ``info`` = worth knowing, no risk by itself.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any, Callable

from .breakeven import SEARCH_CAP, BreakEvenNeeds, fmt_share, small_figure, whole_recruits_active
from .i18n import fmt_money, fmt_money_group, fmt_number, fmt_percent, norm_lang, tr
from .labels import SEVERITIES as SEVERITIES  # re-exported: the severities' one order
from .labels import Severity as Severity
from .labels import Leans, severity_rank
from .income import (
    IncomeSplit,
    SimulationFigures,
    customer_sales_matter,
    pays_for_network,
    split_projection,
    split_simulation,
)
from . import law
from . import terms as offer_terms
from .model import Evaluation
from .projection import Projection, Typical, group_words, scaled_up_note


# ----------------------------------------------------------------------------------------------
# Thresholds, each with its reason.

# recruitment_driven_income: more than half of the income from recruiting and participants' own
# purchases. The UCPD (Annex I pt 14) and Koscot ask whether pay derives *primarily* from
# recruitment "rather than" from sales to end users; "primarily" read as "more than half".
PRIMARILY_PERCENT = 50.0

# deep_overrides: commissions paid 5 or more levels down (J. M. Taylor's red flag: overrides that
# deep reward position in an endless chain, not one's own selling). A binary plan pays the weaker
# leg however deep it goes, so it always counts.
DEEP_LEVELS = 5

# top_weighted: the top 1% of participants receive more than half of all earnings ("most of the
# payout to a few at the top", Taylor's red flag 4; the FTC's 2024 staff report on income
# disclosures found this pattern in most of 70 MLMs).
TOP1_PERCENT = 50.0
# ... or the top 10% receive 80% or more: even the Pareto "80/20" of ordinary businesses gives
# 80% to the top 20%; 80% to only the top 10% is twice as concentrated. A warning, not serious.
TOP10_PERCENT = 80.0

# weak_buyback: the US Direct Selling Association code promises repurchase of marketable stock
# bought in the last 12 months at 90% or more of its cost.
BUYBACK_MIN_PERCENT = 90.0
BUYBACK_MIN_DAYS = 365

# inventory_loading: any stock bought up front fires a warning; it is serious when the stock is
# more than what the user's own projected sales of the first 3 months use (at wholesale cost):
# stock still unsold after a quarter is loading, not a working float (FTC 2018 guidance).
INVENTORY_MONTHS = 3

# income_claims: the recruiter's monthly figure is more than 3 times the disclosed typical
# monthly gross. A factor of 3 leaves room for an above-median but attainable month and for the
# gap between the statement's year and today; beyond it the claim describes the top tiers, not a
# typical participant, which the FTC guidance treats as misleading (claims must reflect what a
# typical participant earns, net of expenses). Without a disclosure the claim is compared, as a
# warning, with 3 times the average monthly gross of the user's own projection.
CLAIM_RATIO = 3.0

# most_earn_nothing: half or more of all participants paid nothing — then the median
# participant is paid nothing at all (FTC 2024: at least 17 of 70 MLMs).
NOTHING_PERCENT = 50.0

# break_even_unlikely: breaking even needs k personal recruits in all (SPEC 9.2: recruits ever
# made, ceil(r* x H), not those still active at the end), and with equal-chance recruitment only
# 2^-k of participants ever make k or more (Gastwirth 1977). Fires when that share
# is below 10% (k >= 4: 6.25%): fewer than one in ten participants could do what the plan needs.
# Serious from k >= 6 (1.6%) or when no number of recruits is enough.
BREAK_EVEN_SHARE_PERCENT = 10.0
BREAK_EVEN_SERIOUS_PERCENT = 2.0

# product_premium: the mean retail price of the products with a known comparable price is more
# than 50% above the mean comparable price. Price differences between ordinary brands and shops
# rarely reach half again; beyond it, outside customers have little reason to buy and the price
# mostly funds the commissions, so sales fall to participants themselves.
PREMIUM_PERCENT = 50.0
# ... serious from twice the comparable price (+100%): the price can then only be explained by the
# commissions it carries.
PREMIUM_SERIOUS_PERCENT = 100.0

# no_cooling_off: fewer than 14 days to withdraw, the EU standard for off-premises and distance
# contracts (Consumer Rights Directive 2011/83/EU art. 9). A warning when the offer makes you pay
# something, else info; 0 means "none stated".
COOLING_OFF_DAYS = 14

# market_saturation: serious when the projected active downline at the horizon (or the downline
# that breaking even needs) exceeds the people still available (market_size minus the existing
# participants); a warning when it exceeds the available people divided by the existing
# participants — i.e. if every current participant built the downline you assume, the market
# would run out, so your projection cannot be the typical one — or when a simulation used up
# 95% or more of the market.
SATURATED_PERCENT = 95.0

# Below a hundredth of a cent an amount is 0 for a ratio: "x times" of nothing reads as nonsense.
MEANINGFUL_AMOUNT = 1e-4


@dataclass
class RedFlag:
    id: str
    severity: Severity
    title: str
    detail: str
    source: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


# ----------------------------------------------------------------------------------------------
# Public criteria (DOMAIN.md sections 1 and 2)


def legal_frame(lang: str, pure_pyramid: bool = False) -> str:
    """The pyramid law in one line (SPEC 9.6): the black list everywhere in the EU, the FTC's
    Koscot test in the US; the Dutch Gaming Act's art. 1a only for a pure pyramid, with the
    Kansspelautoriteit's caution. Each flag's ``source`` names its own sources (``law.py``)."""
    text = tr(
        lang,
        "EU: Unfair Commercial Practices Directive 2005/29/EC, Annex I point 14, in the Netherlands "
        "art. 6:193g BW (consumer law: it protects someone acting as a consumer); US: the FTC's "
        "Koscot test (In re Koscot Interplanetary, 86 F.T.C. 1106 (1975)); the FTC's MLM guidance "
        "is non-binding staff guidance (and FTC v. Neora, 2023, went against the FTC)",
        "EU-richtlijn oneerlijke handelspraktijken 2005/29/EG, bijlage I punt 14, in Nederland "
        "art. 6:193g BW (consumentenrecht: het beschermt wie als consument handelt); VS: de "
        "Koscot-toets van de FTC (In re Koscot Interplanetary, 86 F.T.C. 1106 (1975)); de MLM-uitleg "
        "van de FTC is niet-bindend (en FTC v. Neora, 2023, ging tegen de FTC in)",
    )
    if pure_pyramid:
        text += tr(
            lang,
            "; for a pure pyramid (no real product) also the Dutch Gaming Act, Wet op de kansspelen "
            "art. 1a, though the Dutch gaming regulator itself says that what is popularly called a "
            "pyramid game is only very seldom one in law",
            "; voor een zuiver piramidespel (geen echt product) ook de Wet op de kansspelen art. 1a, "
            "al zegt de Kansspelautoriteit zelf dat wat in de volksmond piramidespel heet, maar heel "
            "zelden echt een piramidespel in de zin van de wet is")
    return text


# id -> (English criterion, Dutch criterion): the public criterion each flag rests on besides the
# law (industry codes, measured outcomes, J. M. Taylor, Gastwirth, US cases not re-read for
# law.py). The legal sources come from ``law.basis_text`` (SPEC 9.6) and are appended.
_BASIS: dict[str, tuple[str, str]] = {
    "pay_to_join": (
        "the first element of every legal pyramid test: paying for the right to take part",
        "het eerste element van elke juridische piramidetoets: betalen om mee te mogen doen",
    ),
    "recruitment_rewards": (
        "the second element of the pyramid test (rewards for recruiting unrelated to sales to end users); Webster v. Omnitrition (9th Cir. 1996); FTC v. BurnLounge (9th Cir. 2014); FTC consumer advice: avoid plans that pay commissions for recruiting",
        "het tweede element van de piramidetoets (beloning voor werving los van verkoop aan eindgebruikers); Webster v. Omnitrition (9th Cir. 1996); FTC v. BurnLounge (9th Cir. 2014); consumentenadvies van de FTC: mijd plannen die commissie betalen voor werven",
    ),
    "recruitment_driven_income": (
        "pay derived primarily from recruiting and participants' own purchases rather than from sales to end users; FHTM receiver: over 81% of payments were for recruiting",
        "beloning die vooral voortkomt uit werving en eigen aankopen van deelnemers in plaats van uit verkoop aan eindgebruikers; curator van FHTM: meer dan 81% van de betalingen was voor werving",
    ),
    "pay_to_qualify": (
        "Webster v. Omnitrition (1996); DSA code (no buying solely to qualify for downline commissions); J. M. Taylor, red flag 3",
        "Webster v. Omnitrition (1996); gedragscode van de Amerikaanse Direct Selling Association (niet kopen alleen om voor netwerkcommissie in aanmerking te komen); J. M. Taylor, rode vlag 3",
    ),
    "deep_overrides": (
        "J. M. Taylor, Consumer Awareness Institute, '5 red flags' (1, 2 and 5: advancement by recruiting, an endless chain, overrides 5 or more levels deep)",
        "J. M. Taylor, Consumer Awareness Institute, '5 rode vlaggen' (1, 2 en 5: promotie door werven, een eindeloze keten, commissie over 5 of meer niveaus)",
    ),
    "top_weighted": (
        "J. M. Taylor, red flag 4 (top-weighted payout); FTC staff report on MLM income disclosure statements (September 2024)",
        "J. M. Taylor, rode vlag 4 (uitbetaling aan de top); FTC-stafrapport over inkomensverklaringen van MLM-bedrijven (september 2024)",
    ),
    "weak_buyback": (
        "US Direct Selling Association code of ethics (repurchase at 90% or more of cost within 12 months); In re Amway (FTC 1979); Webster v. Omnitrition (1996)",
        "gedragscode van de Amerikaanse Direct Selling Association (terugkoop tegen minstens 90% van de kostprijs binnen 12 maanden); In re Amway (FTC 1979); Webster v. Omnitrition (1996)",
    ),
    "inventory_loading": (
        "FTC consumer advice on MLMs; FTC v. BurnLounge (2014: packages bought to qualify)",
        "consumentenadvies van de FTC over MLM; FTC v. BurnLounge (2014: pakketten gekocht om in aanmerking te komen)",
    ),
    "income_claims": (
        "earnings claims must reflect what a typical participant earns, net of expenses; FTC staff report on income disclosures (2024)",
        "inkomensbeloften moeten weergeven wat een gewone deelnemer verdient, na kosten; FTC-stafrapport over inkomensverklaringen (2024)",
    ),
    "no_disclosure": (
        "FTC staff report on MLM income disclosure statements (September 2024), findings (a)-(e)",
        "FTC-stafrapport over inkomensverklaringen van MLM-bedrijven (september 2024), bevindingen (a)-(e)",
    ),
    "most_earn_nothing": (
        "the company's income disclosure; FTC staff report (2024): in at least 17 of 70 MLMs most participants received nothing",
        "de inkomensverklaring van het bedrijf; FTC-stafrapport (2024): bij minstens 17 van 70 MLM-bedrijven kreeg de meerderheid niets",
    ),
    "typical_loses_money": (
        "a plan that rewards buying and recruiting means that a substantial share of participants lose money; FTC v. BurnLounge: 93.84% failed to recoup",
        "een plan dat kopen en werven beloont betekent dat een aanzienlijk deel van de deelnemers geld verliest; FTC v. BurnLounge: 93,84% verdiende de inleg niet terug",
    ),
    "break_even_unlikely": (
        "recruitment mathematics: Gastwirth (1977, The American Statistician): with equal-chance recruitment exactly 2^-k of participants ever make k or more recruits",
        "wiskunde van werving: Gastwirth (1977, The American Statistician): als iedereen evenveel kans heeft, werft precies 2^-k van de deelnemers ooit k of meer mensen",
    ),
    "paid_training": (
        "US Direct Selling Association code (no exorbitant entrance or training fees); US military consumer guidance on tools and events sold through the upline",
        "gedragscode van de Amerikaanse Direct Selling Association (geen buitensporige instap- of trainingskosten); Amerikaanse consumentenvoorlichting over tools en evenementen die via de upline worden verkocht",
    ),
    "product_premium": (
        "Direct Selling Europe; FTC consumer advice: a product with little market value outside the scheme",
        "Direct Selling Europe; consumentenadvies van de FTC: een product met weinig marktwaarde buiten het systeem",
    ),
    "no_products": (
        "with nothing real sold to end users, any pay can only come from participants' own payments",
        "zonder echte verkoop aan eindgebruikers kan elke uitbetaling alleen uit de betalingen van deelnemers zelf komen",
    ),
    "market_saturation": (
        "recruitment mathematics (Gastwirth 1977): a network that must keep growing runs out of people",
        "wiskunde van werving (Gastwirth 1977): een netwerk dat moet blijven groeien raakt door de mensen heen",
    ),
    "no_cooling_off": (
        "EU Consumer Rights Directive 2011/83/EU, art. 9 (14 days to withdraw from off-premises and distance contracts)",
        "EU-richtlijn consumentenrechten 2011/83/EU, art. 9 (14 dagen bedenktijd bij colportage en koop op afstand)",
    ),
}


def source_for(flag_id: str, lang: str, *, pure_pyramid: bool = False, consumer: bool = True,
               training_mandatory: bool = True) -> str:
    """A flag's ``source``: its public criterion, then its legal sources from ``law.py`` (SPEC
    9.6), each with its jurisdiction and whether it binds: art. 1a Wok only for a pure pyramid
    (with the Ksa's caution and the two WIN Worldwide judgments), consumer law with whom it
    protects, the FTC's guidance as non-binding beside FTC v. Neora, the proposed rule as a
    proposal.

    Kept per (flag, language, pure pyramid, consumer) in ``_SOURCES``: the text reads nothing
    else (this module's and law.py's constant tables), and every analysis builds it for each
    flag (issue 11: a third of the red flags' time)."""
    key = (flag_id, norm_lang(lang), pure_pyramid, consumer, training_mandatory)
    found = _SOURCES.get(key)
    if found is None:
        found = _SOURCES[key] = _source_text(flag_id, key[1], pure_pyramid=pure_pyramid,
                                              consumer=consumer, training_mandatory=training_mandatory)
    return found


_SOURCES: dict[tuple[str, str, bool, bool, bool], str] = {}  # at most flags x languages x 8


def _source_text(flag_id: str, lang: str, *, pure_pyramid: bool, consumer: bool,
                 training_mandatory: bool = True) -> str:
    """``source_for`` computed (not kept)."""
    en, nl = _BASIS[flag_id]
    basis = tr(lang, en, nl)
    basis = basis[0].upper() + basis[1:]
    legal = law.basis_text(flag_id, pure_pyramid=pure_pyramid, consumer=consumer, lang=lang,
                           training_mandatory=training_mandatory)
    return f"{basis}. {tr(lang, 'Legal sources', 'Juridische bronnen')}: {legal}"


def training_is_mandatory(evaluation: Evaluation) -> bool:
    """Whether a training costs money and must be taken: only then does ``paid_training`` cite
    the sources on paying to take part (``law.basis_ids(..., training_mandatory=...)``)."""
    return any(t.mandatory and t.cost > 0 for t in evaluation.offer.training)


def is_pure_pyramid(evaluation: Evaluation) -> bool:
    """No real product and pay from participants' payments (SPEC 9.6): only then is the Dutch
    Gaming Act's pyramid-game provision (Wok art. 1a) cited."""
    return not evaluation.offer.products and pays_for_network(evaluation.offer)


FLAG_IDS: tuple[str, ...] = tuple(_BASIS)


# ----------------------------------------------------------------------------------------------
# Evaluation context


@dataclass
class _Ctx:
    ev: Evaluation
    lang: str
    projection: Projection
    typical: Typical | None
    needs: BreakEvenNeeds | None
    simulation: SimulationFigures | None

    def __post_init__(self) -> None:
        self.offer = self.ev.offer
        self.a = self.ev.assumptions
        self.cur = self.offer.currency
        self.terms = offer_terms.of(self.ev)
        self.mix = self.terms.mix
        self.plan = self.terms.plan
        self.h = self.a.horizon_months
        self.pure_pyramid = is_pure_pyramid(self.ev)

    def t(self, en: str, nl: str) -> str:
        return tr(self.lang, en, nl)

    def money(self, value: float, currency: str | None = None) -> str:
        return money(value, currency or self.cur, self.lang)

    def pct(self, value: float, decimals: int = 0) -> str:
        return fmt_percent(value, self.lang, decimals)

    def num(self, value: float, decimals: int = 0) -> str:
        return fmt_number(value, self.lang, decimals)

    def months(self, n: int) -> str:
        """'1 month' or 'n months' (Dutch '1 maand', 'n maanden')."""
        return self.t("1 month", "1 maand") if n == 1 else self.t(f"{n} months", f"{n} maanden")

    def first_months(self, n: int) -> str:
        """'the first month' or 'the first n months' (Dutch 'de eerste maand', ...)."""
        return (self.t("the first month", "de eerste maand") if n == 1
                else self.t(f"the first {n} months", f"de eerste {n} maanden"))

    def flag(self, flag_id: str, severity: Severity, title: tuple[str, str], detail: str) -> RedFlag:
        return RedFlag(flag_id, severity, self.t(*title), detail,
                       source_for(flag_id, self.lang, pure_pyramid=self.pure_pyramid,
                                  training_mandatory=training_is_mandatory(self.ev)))

    @property
    def required_purchase_cost(self) -> float:
        """Monthly cost of the required volume when bought rather than sold."""
        return self.terms.offer.required_purchase_cost


def money(value: float, currency: str, lang: str) -> str:
    """The core's one money format (``i18n.fmt_money``: cents below 100, whole units above)."""
    return fmt_money(value, currency, lang)


def _scaled(ctx: _Ctx) -> str:
    """' Scaled up from a monthly figure ...' where the disclosure's period is not a year."""
    if ctx.typical is None or not ctx.typical.scaled_up:
        return ""
    return " " + scaled_up_note(ctx.typical.period, ctx.lang)


def _disclosure_currency(ctx: _Ctx) -> str:
    """The currency the income disclosure's amounts are in (the offer's unless it says)."""
    disclosure = ctx.offer.disclosure
    return (disclosure.currency if disclosure is not None else None) or ctx.cur


def _join(ctx: _Ctx, parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + ctx.t(" and ", " en ") + parts[-1]


# ----------------------------------------------------------------------------------------------
# The flags


_PAYMENT_WORDS = {
    "signup": ("sign-up fee", "inschrijfgeld"),
    "starter_kit": ("starter kit", "startpakket"),
    "stock": ("stock (required or recommended)", "voorraad (verplicht of 'aanbevolen')"),
}


def _payment_text(ctx: _Ctx, p: offer_terms.Payment) -> str:
    amount = ctx.money(p.amount)
    if p.kind == "training":
        return ctx.t(f"mandatory training '{p.name}' {amount}", f"verplichte training '{p.name}' {amount}")
    if p.kind == "fee":
        return ctx.t(f"fee {amount}", f"vaste kosten {amount}")
    if p.kind == "autoship":
        return ctx.t(f"autoship order {amount}", f"verplichte autoship-bestelling {amount}")
    if p.kind == "purchases":
        return ctx.t(f"up to {amount} of purchases when your sales fall short of the required volume",
                     f"tot {amount} aan aankopen als je verkoop het vereiste volume niet haalt")
    en, nl = _PAYMENT_WORDS[p.kind]
    return f"{ctx.t(en, nl)} {amount}"


def _pay_to_join(ctx: _Ctx) -> RedFlag | None:
    terms = ctx.terms.offer
    join = [_payment_text(ctx, p) for p in terms.joining_payments]
    # An autoship required with neither its amount nor a volume stated costs an unknown amount,
    # not 0: say so rather than "autoship order 0".
    staying = terms.staying_payments
    unknown_autoship = any(p.kind == "autoship" and p.amount <= 0 for p in staying)
    monthly = [_payment_text(ctx, p) for p in staying if not (p.kind == "autoship" and p.amount <= 0)]
    join_total, monthly_total = terms.joining_total, terms.staying_total
    if join_total <= 0 and monthly_total <= 0 and terms.annual_fee <= 0 and not terms.autoship_required:
        return None
    sentences: list[str] = []
    if join:
        sentences.append(ctx.t(f"To join you pay {ctx.money(join_total)} ({_join(ctx, join)}).",
                               f"Om mee te doen betaal je {ctx.money(join_total)} ({_join(ctx, join)})."))
    if monthly and all(p.kind == "purchases" for p in staying):
        # only purchases when sales fall short: "up to" once, not "$100 (up to $100 ...)"
        sentences.append(ctx.t(
            f"To stay you pay up to {ctx.money(monthly_total)} a month, in purchases when your sales fall short of the required volume.",
            f"Om te blijven betaal je tot {ctx.money(monthly_total)} per maand, aan aankopen als je verkoop het vereiste volume niet haalt."))
    elif monthly:
        sentences.append(ctx.t(f"To stay you pay {ctx.money(monthly_total)} a month ({_join(ctx, monthly)}).",
                               f"Om te blijven betaal je {ctx.money(monthly_total)} per maand ({_join(ctx, monthly)})."))
    if unknown_autoship and monthly:
        sentences.append(ctx.t(
            "You must also place a monthly autoship order of an unknown amount: its cost is not counted in your projection.",
            "Daarnaast moet je elke maand een verplichte autoship-bestelling plaatsen van een onbekend bedrag: de kosten daarvan tellen niet mee in je projectie."))
    elif unknown_autoship:
        sentences.append(ctx.t(
            "To stay you must place a monthly autoship order of an unknown amount: its cost is not counted in your projection.",
            "Om te blijven moet je elke maand een verplichte autoship-bestelling plaatsen van een onbekend bedrag: de kosten daarvan tellen niet mee in je projectie."))
    if terms.annual_fee > 0:
        annual = ctx.money(terms.annual_fee)
        sentences.append(ctx.t(f"From month {offer_terms.FIRST_RENEWAL_MONTH} on, a renewal fee of {annual} a year.",
                               f"Vanaf maand {offer_terms.FIRST_RENEWAL_MONTH} verlenging voor {annual} per jaar."))
    return ctx.flag("pay_to_join", "warning",
                    ("You pay to join or to stay", "Je betaalt om mee te doen of te blijven"),
                    " ".join(sentences))


def _as_entered(value: float, lang: str) -> str:
    """A rate as entered, to 1 decimal or more (up to 3) where rounding would change it: 0.25 is
    '0.25', not '0.3'; 1 is '1.0'."""
    for decimals in (1, 2):
        if abs(round(value, decimals) - value) < 1e-9:
            return fmt_number(value, lang, decimals)
    return fmt_number(value, lang, 3)


def _recruitment_rewards(ctx: _Ctx) -> RedFlag | None:
    plan = ctx.plan
    per_recruit = plan.per_recruit()
    # Components that reward recruiting other than by a bonus per personal recruit (a cycle
    # bonus, a fast start, a matching bonus): each says how, in a sentence.
    others = [k for k in plan.kinds if k.rewards_recruiting() is not None and k.per_recruit() == 0]
    more = "".join(" " + k.recruiting_text(ctx.lang, ctx.money, ctx.pct) for k in others)
    if per_recruit > 0:
        per = ctx.money(per_recruit)
        total = per_recruit * ctx.a.recruits_per_month * ctx.h
        entered = _as_entered(ctx.a.recruits_per_month, ctx.lang)  # 0.25 stays 0.25: it makes the total
        detail = ctx.t(
            f"You are paid {per} for every person you sign up, whatever they later sell; at your {entered} recruits a month that is {ctx.money(total)} over {ctx.months(ctx.h)}.",
            f"Je krijgt {per} voor elke persoon die je aanmeldt, wat die daarna ook verkoopt; bij jouw {entered} rekruten per maand is dat {ctx.money(total)} over {ctx.months(ctx.h)}.")
        return ctx.flag("recruitment_rewards", "serious",
                        ("Money is paid per recruit", "Er wordt betaald per rekruut"), detail + more)
    if others:
        if any(k.rewards_recruiting() == "serious" for k in others):
            return ctx.flag("recruitment_rewards", "serious",
                            ("Money is paid for bringing in new participants",
                             "Er wordt betaald voor het binnenhalen van nieuwe deelnemers"), more.strip())
        return ctx.flag("recruitment_rewards", "warning",
                        ("Pay rewards recruiting", "De beloning is gericht op werven"), more.strip())
    downline = [k for k in plan.kinds if k.pays_downline() and k.basis == "all_volume"]
    volume = ctx.terms.offer.monthly_volume  # stated, or derived from the autoship amount (SPEC 8.3)
    if downline and volume > 0:
        kind = downline[0]
        rate = kind.headline_rate()
        best = 100 * (kind.best_rate_per_member() or 0.0)
        cost = ctx.required_purchase_cost
        each_en = f"({ctx.num(volume)} points, about {ctx.money(cost)} a month each)"
        each_nl = f"(elk {ctx.num(volume)} punten, ongeveer {ctx.money(cost)} per maand)"
        if hasattr(getattr(kind, "c", None), "percent_by_rank"):
            # the rate depends on your rank: the best one is "up to"
            pays_en = f"The plan pays up to {ctx.pct(rate, 1)} on the required own purchases of the people you recruit {each_en}"
            pays_nl = f"Het plan betaalt tot {ctx.pct(rate, 1)} over de verplichte eigen aankopen van de mensen die je werft {each_nl}"
        elif best > rate + 1e-9:
            # the first level's rate for your own recruits, a higher one deeper down (not "up to 2%")
            pays_en = (f"The plan pays {ctx.pct(rate, 1)} on the required own purchases of the people you recruit "
                       f"and up to {ctx.pct(best, 1)} on those of people deeper in your downline {each_en}")
            pays_nl = (f"Het plan betaalt {ctx.pct(rate, 1)} over de verplichte eigen aankopen van de mensen die je werft "
                       f"en tot {ctx.pct(best, 1)} over die van mensen dieper in je netwerk {each_nl}")
        else:
            pays_en = f"The plan pays {ctx.pct(rate, 1)} on the required own purchases of the people you recruit {each_en}"
            pays_nl = f"Het plan betaalt {ctx.pct(rate, 1)} over de verplichte eigen aankopen van de mensen die je werft {each_nl}"
        detail = ctx.t(
            f"{pays_en}: you earn from signing people up even if nobody outside buys anything.",
            f"{pays_nl}: je verdient aan het aanmelden van mensen, ook als niemand van buiten iets koopt.")
        return ctx.flag("recruitment_rewards", "warning",
                        ("You are paid on your recruits' required purchases",
                         "Je verdient aan de verplichte aankopen van je rekruten"), detail)
    return None


def income_split(ctx_or_ev: _Ctx | Evaluation, projection: Projection | None = None,
                 simulation: SimulationFigures | None = None) -> IncomeSplit:
    """The split the flags use: the simulation's when given, else the projection's."""
    if isinstance(ctx_or_ev, _Ctx):
        ev, projection, simulation = ctx_or_ev.ev, ctx_or_ev.projection, ctx_or_ev.simulation
    else:
        ev = ctx_or_ev
    if simulation is not None:
        split = split_simulation(ev, simulation)
        if split is not None and split.total > 0:
            return split
    if projection is None:
        raise ValueError("income_split needs the projection when no simulation is given")
    return split_projection(ev, projection)


def _recruitment_driven_income(ctx: _Ctx) -> RedFlag | None:
    split = income_split(ctx)
    share = split.recruitment_percent
    if share is None or share <= PRIMARILY_PERCENT:
        return None
    outside_share = 100 - share
    if split.basis == "simulation":
        ic = ctx.simulation.internal_consumption_percent if ctx.simulation is not None else None
        ic_text = ctx.t(f" Participants' own purchases were {ctx.pct(ic)} of all volume.",
                        f" Eigen aankopen van deelnemers waren {ctx.pct(ic)} van al het volume.") \
            if ic is not None else ""
        if split.outside == 0 and not ic:
            # Nothing sold and nothing bought (a pure pyramid): "only 0% from sales ... own
            # purchases were 0% of all volume" was true but said it the long way round.
            detail = ctx.t(
                "In the simulation of the whole network, all earnings came from recruiting; none from sales to outside customers.",
                "In de simulatie van het hele netwerk kwamen alle verdiensten uit werving; niets uit verkoop aan klanten van buiten.")
        else:
            detail = ctx.t(
                f"In the simulation of the whole network, {ctx.pct(share)} of all earnings came from recruiting and participants' own purchases and only {ctx.pct(outside_share)} from sales to outside customers.{ic_text}",
                f"In de simulatie van het hele netwerk kwam {ctx.pct(share)} van alle verdiensten uit werving en eigen aankopen van deelnemers, en maar {ctx.pct(outside_share)} uit verkoop aan klanten van buiten.{ic_text}")
    else:
        detail = ctx.t(
            f"{ctx.pct(share)} of your projected income ({ctx.money(split.recruitment)} of {ctx.money(split.total)} over {ctx.months(ctx.h)}) comes from recruiting and from participants' own purchases; only {ctx.pct(outside_share)} ({ctx.money(split.outside)}) from sales to outside customers.",
            f"{ctx.pct(share)} van je verwachte inkomsten ({ctx.money(split.recruitment)} van {ctx.money(split.total)} over {ctx.months(ctx.h)}) komt uit werving en uit eigen aankopen van deelnemers; maar {ctx.pct(outside_share)} ({ctx.money(split.outside)}) uit verkoop aan klanten van buiten.")
    return ctx.flag("recruitment_driven_income", "serious",
                    ("Income comes mainly from recruiting, not from outside customers",
                     "Inkomsten komen vooral uit werving, niet uit klanten van buiten"), detail)


def _pay_to_qualify(ctx: _Ctx) -> RedFlag | None:
    req = ctx.offer.requirements
    # An autoship stated in money (SPEC 8.3) gives the required volume through the mix.
    by_amount = req.monthly_volume <= 0 and req.autoship_amount is not None and req.autoship_amount > 0
    if req.monthly_volume <= 0 and not req.autoship_required and not by_amount:
        return None
    ov = ctx.projection.own_purchase_volume
    months_buying = sum(1 for x in ov if x > 1e-9)
    spent = sum(ctx.projection.costs["purchases"])
    cost = ctx.required_purchase_cost
    if by_amount:
        assert req.autoship_amount is not None
        amount_text, spent_text = fmt_money_group([req.autoship_amount, spent], ctx.cur, ctx.lang)
        head = ctx.t(f"A monthly order (autoship) of {amount_text} is required to stay active and be paid; ",
                     f"Een maandelijkse bestelling (autoship) van {amount_text} is verplicht om actief te blijven en uitbetaald te worden; ")
        if months_buying > 0:
            detail = head + ctx.t(
                f"your projection counts it: you buy yourself in {months_buying} of {ctx.months(ctx.h)}, {spent_text} in all (after what you would have bought anyway).",
                f"je projectie telt die mee: je koopt in {months_buying} van de {ctx.months(ctx.h)} zelf in, {spent_text} in totaal (na aftrek van wat je toch zou kopen).")
        else:
            detail = head + ctx.t("your projected sales cover it every month.",
                                  "je verwachte verkoop dekt die elke maand.")
        return ctx.flag("pay_to_qualify", "warning",
                        ("You must buy to qualify for pay", "Je moet zelf kopen om uitbetaald te worden"),
                        detail)
    if req.autoship_required and req.monthly_volume <= 0:
        detail = ctx.t(
            "An automatic monthly order (autoship) is required to stay active; enter its volume as the required monthly volume to count its cost.",
            "Een automatische maandelijkse bestelling (autoship) is verplicht om actief te blijven; vul het volume ervan in als verplicht maandvolume om de kosten mee te tellen.")
        return ctx.flag("pay_to_qualify", "warning",
                        ("You must buy to qualify for pay", "Je moet zelf kopen om uitbetaald te worden"),
                        detail)
    if req.autoship_required or months_buying > 0:
        lead = ctx.t("An automatic monthly order (autoship) is required. ",
                     "Een automatische maandelijkse bestelling (autoship) is verplicht. ") \
            if req.autoship_required else ""
        cost_text, spent_text = fmt_money_group([cost, spent], ctx.cur, ctx.lang)
        detail = lead + ctx.t(
            f"To stay active and be paid you need {ctx.num(req.monthly_volume)} points a month (about {cost_text} at wholesale); in your projection you buy volume yourself in {months_buying} of {ctx.months(ctx.h)}, {spent_text} in all (after what you would have bought anyway).",
            f"Om actief te blijven en uitbetaald te worden heb je {ctx.num(req.monthly_volume)} punten per maand nodig (ongeveer {cost_text} tegen inkoopprijs); in je projectie koop je in {months_buying} van de {ctx.months(ctx.h)} zelf volume in, {spent_text} in totaal (na aftrek van wat je toch zou kopen).")
        return ctx.flag("pay_to_qualify", "warning",
                        ("You must buy to qualify for pay", "Je moet zelf kopen om uitbetaald te worden"),
                        detail)
    detail = ctx.t(
        f"You need {ctx.num(req.monthly_volume)} points a month to stay active; your projected sales cover it every month, but a month with fewer sales means buying about {ctx.money(cost)} yourself.",
        f"Je hebt {ctx.num(req.monthly_volume)} punten per maand nodig om actief te blijven; je verwachte verkoop dekt dat elke maand, maar in een maand met minder verkoop koop je ongeveer {ctx.money(cost)} zelf in.")
    return ctx.flag("pay_to_qualify", "info",
                    ("A monthly volume is required to be paid", "Er is een verplicht maandvolume om uitbetaald te worden"),
                    detail)


def _deep_overrides(ctx: _Ctx) -> RedFlag | None:
    deepest = ctx.plan.deepest()
    if deepest is None:
        return None
    depth = deepest.depth()
    text = deepest.depth_text(ctx.lang, ctx.pct, ctx.num)
    if depth is None:
        return ctx.flag("deep_overrides", "warning",
                        ("Commissions reach unlimited depth", "Commissie tot onbeperkte diepte"), text)
    if depth >= DEEP_LEVELS:
        detail = text + ctx.t(
            f"; from level {DEEP_LEVELS} on this rewards your position in the chain, not your own selling.",
            f"; vanaf niveau {DEEP_LEVELS} beloont dat je plek in de keten, niet je eigen verkoop.")
        return ctx.flag("deep_overrides", "warning",
                        (f"Commissions reach {depth} levels deep", f"Commissie tot {depth} niveaus diep"),
                        detail)
    return None


def _top_weighted(ctx: _Ctx) -> RedFlag | None:
    if ctx.simulation is None:
        return None
    top1 = ctx.simulation.top1_share_percent
    top10 = ctx.simulation.top10_share_percent
    if not math.isfinite(top1):
        return None
    top10_text = ctx.t(f" (top 10%: {ctx.pct(top10)})", f" (top 10%: {ctx.pct(top10)})") \
        if top10 is not None else ""
    if top1 > TOP1_PERCENT:
        detail = ctx.t(
            f"In the simulation the top 1% of participants receive {ctx.pct(top1)} of all earnings{top10_text}.",
            f"In de simulatie krijgt de bovenste 1% van de deelnemers {ctx.pct(top1)} van alle verdiensten{top10_text}.")
        return ctx.flag("top_weighted", "serious",
                        ("Most of the money goes to the top 1%", "Het meeste geld gaat naar de bovenste 1%"),
                        detail)
    if top10 is not None and top10 >= TOP10_PERCENT:
        detail = ctx.t(
            f"In the simulation the top 10% of participants receive {ctx.pct(top10)} of all earnings (top 1%: {ctx.pct(top1)}).",
            f"In de simulatie krijgt de bovenste 10% van de deelnemers {ctx.pct(top10)} van alle verdiensten (bovenste 1%: {ctx.pct(top1)}).")
        return ctx.flag("top_weighted", "warning",
                        ("Most of the money goes to the top 10%", "Het meeste geld gaat naar de bovenste 10%"),
                        detail)
    return None


def buys_stock(ev: Evaluation) -> bool:
    """Whether a participant ends up holding stock: stock bought up front, or products bought to
    resell at a margin or to meet a volume requirement. An affiliate or a commission-only dealer
    (the company delivers) holds none, and a buyback policy does not matter to them."""
    offer, req = ev.offer, ev.offer.requirements
    if req.initial_inventory > 0:
        return True
    terms = offer_terms.offer_terms(offer)
    return terms.has_products and (terms.monthly_volume > 0 or terms.autoship_required
                                   or terms.retail_mode == "margin")


def _weak_buyback(ctx: _Ctx) -> RedFlag | None:
    req = ctx.offer.requirements
    if not buys_stock(ctx.ev):
        return None
    if req.buyback_percent is None:
        detail = ctx.t(
            f"No buyback of unsold stock is stated; the industry standard is at least {ctx.pct(BUYBACK_MIN_PERCENT)} of cost for stock bought in the last 12 months.",
            f"Er is geen terugkoopregeling voor onverkochte voorraad opgegeven; de norm in de branche is minstens {ctx.pct(BUYBACK_MIN_PERCENT)} van de kostprijs voor voorraad uit de laatste 12 maanden.")
        return ctx.flag("weak_buyback", "warning",
                        ("No buyback of unsold stock", "Geen terugkoopregeling voor onverkochte voorraad"),
                        detail)
    if req.buyback_percent < BUYBACK_MIN_PERCENT or req.buyback_days < BUYBACK_MIN_DAYS:
        detail = ctx.t(
            f"Unsold stock is bought back at {ctx.pct(req.buyback_percent)} of cost within {req.buyback_days} days; the industry standard is at least {ctx.pct(BUYBACK_MIN_PERCENT)} within 12 months ({BUYBACK_MIN_DAYS} days).",
            f"Onverkochte voorraad wordt teruggekocht tegen {ctx.pct(req.buyback_percent)} van de kostprijs binnen {req.buyback_days} dagen; de norm in de branche is minstens {ctx.pct(BUYBACK_MIN_PERCENT)} binnen 12 maanden ({BUYBACK_MIN_DAYS} dagen).")
        return ctx.flag("weak_buyback", "warning",
                        ("Weak buyback of unsold stock", "Zwakke terugkoopregeling"), detail)
    return None


def _inventory_loading(ctx: _Ctx) -> RedFlag | None:
    stock = ctx.offer.requirements.initial_inventory
    if stock <= 0:
        return None
    months = min(INVENTORY_MONTHS, ctx.h)
    sales = sum(c * ctx.a.customer_monthly_spend for c in ctx.projection.customers[:months])
    used = sales * ctx.mix.wholesale / ctx.mix.retail if ctx.mix.retail else 0.0
    serious = stock > used
    detail = ctx.t(
        f"You buy {ctx.money(stock)} of stock at the start; your projected sales in {ctx.first_months(months)} use about {ctx.money(used)} of stock at wholesale price.",
        f"Je koopt bij de start voor {ctx.money(stock)} voorraad in; je verwachte verkoop in {ctx.first_months(months)} gebruikt ongeveer {ctx.money(used)} aan voorraad tegen inkoopprijs.")
    return ctx.flag("inventory_loading", "serious" if serious else "warning",
                    ("Stock must or should be bought up front", "Vooraf voorraad kopen is verplicht of 'aanbevolen'"),
                    detail)


def _claim_baseline(ctx: _Ctx) -> tuple[str, float, str, int | None]:
    """What a claimed monthly income is measured against, one baseline for the `income_claims`
    flag and the verdict's recruitment aspect (``claim_within``): ``(kind, per month, currency,
    month)``. Kind "median": the disclosure's typical participant; "covered": with the coverage
    unknown, the middle participant among those the statement counts (an upper bound of the
    typical one: everyone left out can only lower the median); "month": a claim for a stated
    month, against that month's income in your projection (as the claim check does); "average":
    otherwise the projection's monthly average over the horizon."""
    typ = ctx.typical
    if typ is not None and typ.median_annual_gross is not None:
        return "median", typ.median_annual_gross / 12, _disclosure_currency(ctx), None
    if typ is not None and typ.covered_group_annual_gross is not None:
        return "covered", typ.covered_group_annual_gross / 12, _disclosure_currency(ctx), None
    month = ctx.offer.claims.after_months
    if month is not None:
        from .decisions import income_in_month

        month = max(1, min(int(month), 120))
        return "month", income_in_month(ctx.ev, month), ctx.cur, month
    return "average", sum(sum(v) for v in ctx.projection.revenue.values()) / ctx.h, ctx.cur, None


def _income_claims(ctx: _Ctx) -> RedFlag | None:
    claimed = ctx.offer.claims.claimed_monthly_income
    if claimed is None or claimed <= 0:
        return None
    typ = ctx.typical
    kind, base, d_cur, month = _claim_baseline(ctx)
    if base > 0 and claimed <= CLAIM_RATIO * base:
        return None
    if kind == "median":
        assert typ is not None and typ.median_annual_gross is not None
        monthly = base
        ratio = (ctx.t(f": {ctx.num(claimed / monthly, 1)} times as much", f": {ctx.num(claimed / monthly, 1)} keer zoveel")
                 if monthly >= MEANINGFUL_AMOUNT else "")
        month_text, year_text = fmt_money_group([monthly, typ.median_annual_gross], d_cur, ctx.lang)
        detail = ctx.t(
            f"The recruiter claimed {ctx.money(claimed)} a month; the typical participant in the company's disclosure receives {month_text} a month ({year_text} a year, gross, before expenses){ratio}.",
            f"De werver noemde {ctx.money(claimed)} per maand; de gewone deelnemer in de inkomensverklaring van het bedrijf krijgt {month_text} per maand ({year_text} per jaar, bruto, vóór kosten){ratio}.")
        detail += _scaled(ctx)
        return ctx.flag("income_claims", "serious",
                        ("The claimed income is far above what a typical participant earns",
                         "Het beloofde inkomen ligt ver boven wat een gewone deelnemer verdient"), detail)
    if kind == "covered":
        # Coverage unknown: a claim far above even the covered group's middle participant is far
        # above the typical participant; below it nothing can be said.
        assert typ is not None and typ.covered_group_annual_gross is not None
        monthly = base
        among = group_words(typ.basis, ctx.lang)
        detail = ctx.t(
            f"The recruiter claimed {ctx.money(claimed)} a month; even {among}, the participant in the middle receives {ctx.money(monthly, d_cur)} a month ({ctx.money(typ.covered_group_annual_gross, d_cur)} a year, gross, before expenses), and the typical participant of all gets no more than that.",
            f"De werver noemde {ctx.money(claimed)} per maand; zelfs {among} krijgt de middelste deelnemer {ctx.money(monthly, d_cur)} per maand ({ctx.money(typ.covered_group_annual_gross, d_cur)} per jaar, bruto, vóór kosten), en de gewone deelnemer van iedereen krijgt niet meer dan dat.")
        detail += _scaled(ctx)
        return ctx.flag("income_claims", "serious",
                        ("The claimed income is far above what a typical participant earns",
                         "Het beloofde inkomen ligt ver boven wat een gewone deelnemer verdient"), detail)
    revenue = base  # your projection: that month's income, or the horizon's monthly average
    if revenue >= MEANINGFUL_AMOUNT and month is not None:
        own = ctx.t(
            f"{ctx.num(claimed / revenue, 1)} times the {ctx.money(revenue)} your own projection gives in month {month} (gross, before costs)",
            f"{ctx.num(claimed / revenue, 1)} keer de {ctx.money(revenue)} die je eigen projectie in maand {month} oplevert (bruto, vóór kosten)")
    elif revenue >= MEANINGFUL_AMOUNT:
        own = ctx.t(
            f"{ctx.num(claimed / revenue, 1)} times the {ctx.money(revenue)} a month your own projection averages (gross, before costs)",
            f"{ctx.num(claimed / revenue, 1)} keer de {ctx.money(revenue)} per maand die je eigen projectie gemiddeld oplevert (bruto, vóór kosten)")
    else:
        own = ctx.t("while your own projection has no income at all",
                    "terwijl je eigen projectie helemaal geen inkomsten heeft")
    detail = ctx.t(
        f"The recruiter claimed {ctx.money(claimed)} a month, {own}, and there is no income disclosure to check the claim against.",
        f"De werver noemde {ctx.money(claimed)} per maand, {own}, en er is geen inkomensverklaring om de belofte aan te toetsen.")
    return ctx.flag("income_claims", "warning",
                    ("The claimed income is far above your own projection",
                     "Het beloofde inkomen ligt ver boven je eigen projectie"), detail)


def claim_within(evaluation: Evaluation, projection: Projection, typical: Typical | None,
                 lang: str = "en") -> tuple[str, Leans] | None:
    """The claim measured against the same baseline the `income_claims` flag uses, for a claim the
    flag lets pass (at most CLAIM_RATIO times the baseline): a sentence that says how far above
    (or below) the figures it is, and how it leans ("network_marketing" when the claim is no more
    than the baseline, "unclear" when it is above it, yet within the flag's factor). None without
    a positive claim. A claim 2.8 times the figures is not "not far above" them: the text says
    2.8 times."""
    ctx = _Ctx(evaluation, lang, projection, typical, None, None)
    claimed = ctx.offer.claims.claimed_monthly_income
    if claimed is None or claimed <= 0:
        return None
    kind, base, base_cur, month = _claim_baseline(ctx)
    typ = ctx.typical
    if kind == "median":
        what = ctx.t(f"the {ctx.money(base, base_cur)} a month the typical participant in the company's disclosure receives (gross, before expenses)",
                     f"de {ctx.money(base, base_cur)} per maand die de gewone deelnemer in de inkomensverklaring van het bedrijf krijgt (bruto, vóór kosten)")
    elif kind == "covered":
        assert typ is not None
        among = group_words(typ.basis, ctx.lang)
        what = ctx.t(f"the {ctx.money(base, base_cur)} a month the participant in the middle receives {among} (gross, before expenses; the typical participant of all gets no more)",
                     f"de {ctx.money(base, base_cur)} per maand die de middelste deelnemer {among} krijgt (bruto, vóór kosten; de gewone deelnemer van iedereen krijgt niet meer)")
    elif kind == "month":
        what = ctx.t(f"the {ctx.money(base)} your own projection gives in month {month} (gross, before costs)",
                     f"de {ctx.money(base)} die je eigen projectie in maand {month} oplevert (bruto, vóór kosten)")
    else:
        what = ctx.t(f"the {ctx.money(base)} a month your own projection averages (gross, before costs)",
                     f"de {ctx.money(base)} per maand die je eigen projectie gemiddeld oplevert (bruto, vóór kosten)")
    if base < MEANINGFUL_AMOUNT or claimed > CLAIM_RATIO * base:
        return None  # the flag's case
    claim = ctx.money(claimed)
    if claimed <= base * (1 + 1e-9):
        return (ctx.t(f"The claimed {claim} a month is no more than {what}.",
                      f"Het beloofde bedrag van {claim} per maand is niet meer dan {what}."),
                "network_marketing")
    ratio = ctx.num(claimed / base, 1)
    return (ctx.t(f"The claimed {claim} a month is {ratio} times {what}: ask how many participants really earn it.",
                  f"Het beloofde bedrag van {claim} per maand is {ratio} keer {what}: vraag hoeveel deelnemers het echt verdienen."),
            "unclear")


def _no_disclosure(ctx: _Ctx) -> RedFlag | None:
    disclosure = ctx.offer.disclosure
    if disclosure is None:
        # For a plan that pays only on your own sales, your own projection is the direct guide;
        # a disclosure matters when pay depends on a network of others.
        severity: Severity = "warning" if pays_for_network(ctx.offer) else "info"
        detail = ctx.t(
            "The company publishes no income disclosure (or you have not entered it): there is no way to check what participants actually earn.",
            "Het bedrijf publiceert geen inkomensverklaring (of je hebt die niet ingevuld): je kunt niet nagaan wat deelnemers werkelijk verdienen.")
        return ctx.flag("no_disclosure", severity,
                        ("No income disclosure", "Geen inkomensverklaring"), detail)
    if disclosure.basis in ("active", "earners", "unknown"):
        who = {
            "active": ctx.t("only 'active' participants", "alleen 'actieve' deelnemers"),
            "earners": ctx.t("only participants who earned something", "alleen deelnemers die iets verdienden"),
            "unknown": ctx.t("an unstated group of participants", "een niet vermelde groep deelnemers"),
        }[disclosure.basis]
        definition = ""
        if disclosure.basis == "active":
            definition = (ctx.t(f" ('active' = {disclosure.active_definition})",
                                f" ('actief' = {disclosure.active_definition})")
                          if disclosure.active_definition.strip()
                          else ctx.t(" without saying what 'active' means", " zonder te zeggen wat 'actief' betekent"))
        covered = ctx.typical.covered_percent if ctx.typical is not None else None
        if covered is None:
            # SPEC 9.1: the coverage is unknown, so nobody can say what the typical participant
            # gets; an unknown typical participant never counts in the offer's favour.
            tail = ctx.t(
                " It does not say what share of all participants that is, so what a typical participant gets is unknown: everyone who quit or earned nothing is missing.",
                " Ze zegt niet welk deel van alle deelnemers dat is, dus wat een gewone deelnemer krijgt is onbekend: iedereen die stopte of niets verdiende ontbreekt.")
            severity = "serious"
        elif covered < 100:
            tail = ctx.t(
                f" You entered that it covers {ctx.pct(covered, 1)} of all participants, so the other {ctx.pct(100 - covered, 1)} are counted as earning nothing.",
                f" Je gaf aan dat die {ctx.pct(covered, 1)} van alle deelnemers beschrijft, dus de overige {ctx.pct(100 - covered, 1)} tellen als 'verdient niets'.")
            severity = "info"
        else:
            tail = ctx.t(
                " Everyone who quit or earned nothing is missing, so the figures look better than what a typical participant gets.",
                " Iedereen die stopte of niets verdiende ontbreekt, dus de cijfers zien er beter uit dan wat een gewone deelnemer krijgt.")
            severity = "warning"
        detail = ctx.t(f"The {disclosure.year} disclosure counts {who}{definition}.",
                       f"De inkomensverklaring over {disclosure.year} telt {who}{definition}.") + tail
        return ctx.flag("no_disclosure", severity,
                        ("The income disclosure leaves people out", "De inkomensverklaring laat mensen weg"),
                        detail)
    return None


def _most_earn_nothing(ctx: _Ctx) -> RedFlag | None:
    if ctx.typical is None or ctx.typical.share_nothing_percent < NOTHING_PERCENT:
        return None
    year = ctx.offer.disclosure.year if ctx.offer.disclosure is not None else ""
    share = ctx.pct(ctx.typical.share_nothing_percent, 1)
    if ctx.typical.share_nothing_is_lower_bound:
        detail = ctx.t(
            f"According to the {year} income disclosure, at least {share} of all participants were paid nothing at all (the statement leaves people out, who can only add to it).",
            f"Volgens de inkomensverklaring over {year} kreeg minstens {share} van alle deelnemers helemaal niets uitbetaald (de verklaring laat mensen weg, wat dat aandeel alleen groter kan maken).")
    else:
        detail = ctx.t(
            f"According to the {year} income disclosure, {share} of all participants were paid nothing at all.",
            f"Volgens de inkomensverklaring over {year} kreeg {share} van alle deelnemers helemaal niets uitbetaald.")
    return ctx.flag("most_earn_nothing", "serious",
                    ("Most participants are paid nothing", "De meeste deelnemers krijgen niets"), detail)


def _typical_loses_money(ctx: _Ctx) -> RedFlag | None:
    typ = ctx.typical
    if typ is None or typ.median_annual_gross is None or not typ.loses_money:
        return None
    d_cur = _disclosure_currency(ctx)
    note = ""
    if d_cur != ctx.cur:
        note = ctx.t(f" (disclosure in {d_cur}, costs in {ctx.cur})", f" (verklaring in {d_cur}, kosten in {ctx.cur})")
    first = typ.median_annual_net if typ.median_annual_net is not None else 0.0
    later = typ.later_annual_net if typ.later_annual_net is not None else 0.0
    detail = ctx.t(
        f"The typical participant receives {ctx.money(typ.median_annual_gross, d_cur)} a year (gross) but has {ctx.money(typ.annual_costs)} of costs in the first year (fees, required purchases, mandatory training, other expenses) and {ctx.money(typ.later_annual_costs)} in a later year (renewals in, one-off costs out): a net result of {ctx.money(first)} in year 1 and {ctx.money(later)} in a later year{note}.",
        f"De gewone deelnemer krijgt {ctx.money(typ.median_annual_gross, d_cur)} per jaar (bruto) maar heeft in het eerste jaar {ctx.money(typ.annual_costs)} aan kosten (vaste kosten, verplichte aankopen, verplichte training, overige kosten) en {ctx.money(typ.later_annual_costs)} in een later jaar (verlenging wel, eenmalige kosten niet): netto {ctx.money(first)} in jaar 1 en {ctx.money(later)} in een later jaar{note}.")
    detail += _scaled(ctx)
    return ctx.flag("typical_loses_money", "serious",
                    ("The typical participant loses money", "De gewone deelnemer verliest geld"), detail)


def _break_even_unlikely(ctx: _Ctx) -> RedFlag | None:
    needs = ctx.needs
    if needs is None or not needs.recruits_possible:
        return None
    if needs.active_recruits is None:
        if needs.customers_per_month is not None:
            return None  # recruiting cannot do it, but outside customers can
        detail = ctx.t(
            f"With your other assumptions, no number of recruits (up to {ctx.num(SEARCH_CAP)} a month) makes you break even within {ctx.months(ctx.h)}.",
            f"Met je overige aannames speel je met geen enkel aantal rekruten (tot {ctx.num(SEARCH_CAP)} per maand) binnen {ctx.months(ctx.h)} quitte.")
        return ctx.flag("break_even_unlikely", "serious",
                        ("Recruiting cannot make you break even", "Werven is niet genoeg om quitte te spelen"),
                        detail)
    share = needs.share_reaching_recruits_percent
    if share is None or share >= BREAK_EVEN_SHARE_PERCENT:
        return None
    k = needs.recruits_ever_needed or 0
    active = small_figure(whole_recruits_active(needs, ctx.h), ctx.lang, 1)
    if needs.recruits_total is not None:  # SPEC 9.2: entered in all, answered in all
        # Whole recruits only: k = ceil(T*), SPEC 9.2.
        months = needs.recruits_total_months or min(offer_terms.RECRUITS_TOTAL_MONTHS, ctx.h)
        detail = ctx.t(
            f"Breaking even within {ctx.months(ctx.h)}, with the recruits spread over {ctx.first_months(months)}: recruit {k} people in all, of whom about {active} are still active at the end. With equal-chance recruitment only 2^-{k} = {fmt_share(share, ctx.lang)} of participants ever recruit {k} or more.",
            f"Om binnen {ctx.months(ctx.h)} quitte te spelen, met de rekruten gespreid over {ctx.first_months(months)}: in totaal {k} mensen werven, van wie er aan het eind nog ongeveer {active} actief zijn. Als iedereen evenveel kans heeft, werft maar 2^-{k} = {fmt_share(share, ctx.lang)} van de deelnemers er ooit {k} of meer.")
    else:
        exact = (needs.recruits_per_month or 0) * ctx.h  # k = ceil(exact): said when it differs
        rounded = (ctx.t(" (rounded up to whole people)", " (naar boven afgerond op hele mensen)")
                   if abs(exact - k) > 0.05 else "")
        detail = ctx.t(
            f"Breaking even within {ctx.months(ctx.h)} needs about {small_figure(needs.recruits_per_month or 0, ctx.lang, 2)} new recruits a month: recruit {k} people in all{rounded}, of whom about {active} are still active at the end. With equal-chance recruitment only 2^-{k} = {fmt_share(share, ctx.lang)} of participants ever recruit {k} or more.",
            f"Om binnen {ctx.months(ctx.h)} quitte te spelen heb je ongeveer {small_figure(needs.recruits_per_month or 0, ctx.lang, 2)} nieuwe rekruten per maand nodig: in totaal {k} mensen werven{rounded}, van wie er aan het eind nog ongeveer {active} actief zijn. Als iedereen evenveel kans heeft, werft maar 2^-{k} = {fmt_share(share, ctx.lang)} van de deelnemers er ooit {k} of meer.")
    severity: Severity = "serious" if share < BREAK_EVEN_SERIOUS_PERCENT else "warning"
    return ctx.flag("break_even_unlikely", severity,
                    ("Breaking even needs more recruits than almost anyone gets",
                     "Om quitte te spelen heb je meer rekruten nodig dan vrijwel iedereen ooit krijgt"), detail)


def _paid_training(ctx: _Ctx) -> RedFlag | None:
    items = [t for t in ctx.offer.training
             if (t.mandatory and t.cost > 0) or t.focus == "recruiting"]
    if not items:
        return None
    parts = []
    for t in items:
        how = (ctx.t("once", "eenmalig") if t.times_per_year == 0
               else ctx.t(f"{ctx.num(t.times_per_year, 1 if not float(t.times_per_year).is_integer() else 0)}× a year",
                          f"{ctx.num(t.times_per_year, 1 if not float(t.times_per_year).is_integer() else 0)}× per jaar"))
        tags = [ctx.t("mandatory", "verplicht") if t.mandatory else ctx.t("optional", "optioneel")]
        if t.focus == "recruiting":
            tags.append(ctx.t("about recruiting", "gericht op werven"))
        parts.append(f"'{t.name}' ({ctx.money(t.cost)} {how}, {', '.join(tags)})")
    first_year = ctx.terms.offer.mandatory_training_first_year
    mandatory = ctx.t(f" Mandatory training costs {ctx.money(first_year)} in the first year.",
                      f" Verplichte training kost {ctx.money(first_year)} in het eerste jaar.") if first_year > 0 else ""
    detail = ctx.t(f"Training: {'; '.join(parts)}.", f"Training: {'; '.join(parts)}.") + mandatory
    recruiting = any(t.focus == "recruiting" for t in items)
    title = (("Paid or recruiting-focused training", "Betaalde of op werving gerichte training")
             if recruiting else ("Mandatory paid training", "Verplichte betaalde training"))
    return ctx.flag("paid_training", "warning", title, detail)


def product_premium_percent(products: list[Any]) -> float | None:
    """How much dearer, in percent, the mean retail price of the products with a known comparable
    price is than the mean comparable price (negative: cheaper); None when no product has one.
    One formula for the `product_premium` flag and the verdict's products aspect."""
    priced = [p for p in products if p.market_price is not None]
    if not priced:
        return None
    retail = sum(p.retail_price for p in priced) / len(priced)
    market = sum(p.market_price or 0.0 for p in priced) / len(priced)
    if market <= 0:
        return 0.0 if retail <= 0 else 1e9
    premium = 100 * (retail - market) / market
    return premium if math.isfinite(premium) else 1e9  # a comparable price of a fraction of a cent


def _product_premium(ctx: _Ctx) -> RedFlag | None:
    priced = [p for p in ctx.offer.products if p.market_price is not None]
    if not priced:
        return None
    retail = sum(p.retail_price for p in priced) / len(priced)
    market = sum(p.market_price or 0.0 for p in priced) / len(priced)
    premium = product_premium_percent(priced)
    assert premium is not None
    if premium <= PREMIUM_PERCENT:
        return None
    n = len(priced)
    if n == 1:
        detail = ctx.t(
            f"'{priced[0].name}' costs {ctx.money(retail)} at retail against {ctx.money(market)} for a comparable product elsewhere: {ctx.pct(premium)} more.",
            f"'{priced[0].name}' kost {ctx.money(retail)} tegen {ctx.money(market)} voor een vergelijkbaar product elders: {ctx.pct(premium)} duurder.")
    else:
        detail = ctx.t(
            f"The {n} products with a known comparable price cost on average {ctx.money(retail)} at retail against {ctx.money(market)} for comparable products elsewhere: {ctx.pct(premium)} more.",
            f"De {n} producten met een bekende vergelijkbare prijs kosten gemiddeld {ctx.money(retail)} tegen {ctx.money(market)} voor vergelijkbare producten elders: {ctx.pct(premium)} duurder.")
    return ctx.flag("product_premium", "serious" if premium > PREMIUM_SERIOUS_PERCENT else "warning",
                    ("The products cost far more than comparable ones",
                     "De producten zijn veel duurder dan vergelijkbare"), detail)


def _no_products(ctx: _Ctx) -> RedFlag | None:
    offer = ctx.offer
    payout = offer.payout
    if not offer.products:
        if payout.retail_mode == "commission" and payout.retail_commission_percent > 0:
            detail = ctx.t(
                f"No products are listed, though sales to outside customers pay a {ctx.pct(payout.retail_commission_percent, 1)} commission: note what exactly is sold and at what price.",
                f"Er zijn geen producten ingevuld, terwijl verkoop aan klanten van buiten {ctx.pct(payout.retail_commission_percent, 1)} commissie oplevert: noteer wat er precies wordt verkocht en tegen welke prijs.")
            return ctx.flag("no_products", "info",
                            ("No products listed", "Geen producten ingevuld"), detail)
        detail = ctx.t(
            "There are no products: nothing is sold to outside customers, so any money paid out can only come from participants' own payments.",
            "Er zijn geen producten: er wordt niets verkocht aan klanten van buiten, dus al het uitbetaalde geld kan alleen uit de betalingen van deelnemers zelf komen.")
        return ctx.flag("no_products", "serious",
                        ("Nothing real to sell", "Niets echts te verkopen"), detail)
    if customer_sales_matter(offer):
        return None
    reasons: list[str] = []
    if payout.retail_mode == "none":
        reasons.append(ctx.t("your own sales earn nothing", "je eigen verkoop levert niets op"))
    elif payout.retail_mode == "commission":
        reasons.append(ctx.t("the sales commission is 0%", "de verkoopcommissie is 0%"))
    else:
        reasons.append(ctx.t(
            f"the retail price leaves no margin ({ctx.money(ctx.mix.retail)} retail against {ctx.money(ctx.mix.wholesale)} wholesale)",
            f"de verkoopprijs laat geen marge ({ctx.money(ctx.mix.retail)} verkoopprijs tegen {ctx.money(ctx.mix.wholesale)} inkoopprijs)"))
    if ctx.plan.pays_downline():
        reasons.append(ctx.t(
            f"downline commissions are paid on each member's required {ctx.num(ctx.terms.offer.monthly_volume)} points of own purchases, whether or not anyone outside buys",
            f"netwerkcommissie wordt betaald over de verplichte {ctx.num(ctx.terms.offer.monthly_volume)} punten eigen aankopen van elk lid, of iemand van buiten nu iets koopt of niet"))
    elif ctx.plan.pays_for_network():
        reasons.append(ctx.t("the plan pays only for recruits and ranks", "het plan betaalt alleen voor rekruten en rangen"))
    detail = ctx.t("The products play no part in what you earn: ", "De producten spelen geen rol in wat je verdient: ") \
        + "; ".join(reasons) + "."
    return ctx.flag("no_products", "serious",
                    ("Income does not depend on selling products", "Inkomen hangt niet af van productverkoop"),
                    detail)


def _market_saturation(ctx: _Ctx) -> RedFlag | None:
    settings = ctx.ev.simulation
    simulated = ctx.simulation.market_size if ctx.simulation is not None else 0
    market = int(simulated) if simulated > 0 else settings.market_size
    existing = min(settings.existing_participants, market)
    available = max(market - existing, 0)
    downline = ctx.projection.downline_active[-1] if ctx.projection.downline_active else 0.0
    needed = ctx.needs.downline_needed if ctx.needs is not None else None
    mk = ctx.num(market)
    if downline > available or (needed is not None and needed > available):
        which = downline if downline > available or needed is None else needed
        what = (ctx.t("Your projection ends with", "Je projectie eindigt met") if which == downline
                else ctx.t("Breaking even needs", "Quitte spelen vraagt"))
        detail = ctx.t(
            f"{what} {ctx.num(which)} active people in your downline, but the market of {mk} people holds only {ctx.num(available)} who have not joined yet.",
            f"{what} {ctx.num(which)} actieve mensen in je netwerk, maar de markt van {mk} mensen heeft er maar {ctx.num(available)} die nog niet meedoen.")
        return ctx.flag("market_saturation", "serious",
                        ("The projection needs more people than the market holds",
                         "De projectie vraagt meer mensen dan de markt heeft"), detail)
    if downline > 0 and existing * downline > available:
        detail = ctx.t(
            f"Your projection ends with {ctx.num(downline)} active people in your downline. If each of the company's {ctx.num(existing)} participants built the same, that would take {ctx.num(existing * downline)} people, more than the {ctx.num(available)} left in a market of {mk}: your projection can only be true for a few.",
            f"Je projectie eindigt met {ctx.num(downline)} actieve mensen in je netwerk. Als elk van de {ctx.num(existing)} deelnemers van het bedrijf hetzelfde opbouwde, waren er {ctx.num(existing * downline)} mensen nodig, meer dan de {ctx.num(available)} die over zijn in een markt van {mk}: je projectie kan maar voor enkelen uitkomen.")
        return ctx.flag("market_saturation", "warning",
                        ("Not everyone can build the downline you assume",
                         "Niet iedereen kan het netwerk opbouwen dat je aanneemt"), detail)
    ever = ctx.simulation.participants_ever if ctx.simulation is not None else None
    if ever is not None and market > 0 and 100 * ever / market >= SATURATED_PERCENT:
        detail = ctx.t(
            f"In the simulation {ctx.num(ever)} people joined, {ctx.pct(100 * ever / market)} of the market of {mk}: recruiting stalls when the market runs out.",
            f"In de simulatie deden {ctx.num(ever)} mensen mee, {ctx.pct(100 * ever / market)} van de markt van {mk}: werven loopt vast als de markt op is.")
        return ctx.flag("market_saturation", "warning",
                        ("The simulated network fills the market", "Het gesimuleerde netwerk vult de markt"),
                        detail)
    return None


def pays_money(ev: Evaluation) -> bool:
    """Whether the offer makes you pay anything (so that a right to withdraw matters)."""
    return offer_terms.offer_terms(ev.offer).pays_money


def _no_cooling_off(ctx: _Ctx) -> RedFlag | None:
    days = ctx.offer.requirements.cooling_off_days
    if days >= COOLING_OFF_DAYS:
        return None
    # With nothing to pay there is little to withdraw from: worth knowing, no risk by itself.
    severity: Severity = "warning" if pays_money(ctx.ev) else "info"
    if days == 0:
        detail = ctx.t(
            f"No cooling-off period is stated; the EU standard for off-premises and distance contracts is {COOLING_OFF_DAYS} days to withdraw.",
            f"Er is geen bedenktijd opgegeven; de EU-norm voor colportage en koop op afstand is {COOLING_OFF_DAYS} dagen.")
    else:
        detail = ctx.t(
            f"You have {days} days to withdraw; the EU standard for off-premises and distance contracts is {COOLING_OFF_DAYS}.",
            f"Je hebt {days} dagen bedenktijd; de EU-norm voor colportage en koop op afstand is {COOLING_OFF_DAYS} dagen.")
    detail += ctx.t(
        " This right protects only someone who acts as a consumer: a contract signed in the name of your business may not give it.",
        " Dit recht beschermt alleen wie als consument handelt: een overeenkomst op naam van je bedrijf geeft het mogelijk niet.")
    return ctx.flag("no_cooling_off", severity,
                    ("Less than 14 days to withdraw", "Minder dan 14 dagen bedenktijd"), detail)


_RULES: tuple[tuple[str, Callable[[_Ctx], RedFlag | None]], ...] = (
    ("pay_to_join", _pay_to_join),
    ("recruitment_rewards", _recruitment_rewards),
    ("recruitment_driven_income", _recruitment_driven_income),
    ("pay_to_qualify", _pay_to_qualify),
    ("deep_overrides", _deep_overrides),
    ("top_weighted", _top_weighted),
    ("weak_buyback", _weak_buyback),
    ("inventory_loading", _inventory_loading),
    ("income_claims", _income_claims),
    ("no_disclosure", _no_disclosure),
    ("most_earn_nothing", _most_earn_nothing),
    ("typical_loses_money", _typical_loses_money),
    ("break_even_unlikely", _break_even_unlikely),
    ("paid_training", _paid_training),
    ("product_premium", _product_premium),
    ("no_products", _no_products),
    ("market_saturation", _market_saturation),
    ("no_cooling_off", _no_cooling_off),
)

def detect(evaluation: Evaluation, projection: Projection, typical: Typical | None,
           lang: str = "en", needs: BreakEvenNeeds | None = None,
           simulation: SimulationFigures | None = None) -> list[RedFlag]:
    """Every red flag that fires, most severe first (rule order within a severity)."""
    ctx = _Ctx(evaluation, lang, projection, typical, needs, simulation)
    flags = [flag for _, rule in _RULES if (flag := rule(ctx)) is not None]
    return sorted(flags, key=lambda f: severity_rank(f.severity))
