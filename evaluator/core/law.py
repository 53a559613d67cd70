"""The legal statements the app makes, each tied to the public source it was checked against
(SPEC section 9.6, issue 11), and the dated reference wage.

Owns:

- ``CITATIONS``: every law, judgment, guidance and proposal the red flags, the verdict and the PDF
  may cite, as data: a short citation, a one-line statement in plain English and Dutch, whether it
  binds anyone (``binding``: ``law``, ``case_law``, ``guidance`` — non-binding — or ``proposal`` —
  not law), for whom it holds (``scope``), the URL of the copy that was read and the day it was
  read (``read_on``). What each source says, and what was *not* found in it, is written out in
  ``docs/legal-basis.md``.
- ``citation(id, lang)``: one entry in one language.
- ``basis_for(flag_id, *, pure_pyramid, consumer, lang)``: the legal sources for a red flag of
  SPEC section 6, following the rules of SPEC 9.6:
    * Wet op de kansspelen art. 1a only for a pure pyramid (no real product, pay from
      participants' payments), always with the Kansspelautoriteit's caution and the two WIN
      Worldwide judgments (an MLM with real products is seldom a *piramidespel* in law);
    * consumer-law sources (the black list art. 6:193g BW, misleading practices art. 6:193c BW,
      the 14-day withdrawal art. 6:230o BW) say that they protect only someone acting as a
      consumer, with the government's answer of 14 October 2021; with ``consumer=False`` they
      say the protection may not apply at all;
    * the FTC's MLM guidance is always labelled non-binding and is always accompanied by
      FTC v. Neora (2023), which went against the FTC;
    * FTC v. Vemma (2015) for pay on participants' own purchases;
    * the FTC's proposed earnings-claim rule (13 January 2025) labelled a proposal, not law.
- ``basis_text(...)``: the same as one line, for a flag's ``source`` field.
- ``reference_wage()``: the Dutch statutory minimum hourly wage with its date, source and
  review date (a test fails once the review date is past).

This module only states sources; it gives no legal advice and decides nothing about an offer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from .i18n import fmt_money, tr

Binding = Literal["law", "case_law", "guidance", "proposal"]
Jurisdiction = Literal["EU", "NL", "US"]

READ_ON = date(2026, 12, 1)  # the day every source below was read (through stored public copies)

JURISDICTION_LABELS: dict[str, tuple[str, str]] = {
    "EU": ("EU", "EU"),
    "NL": ("Netherlands", "Nederland"),
    "US": ("US", "VS"),
}

BINDING_LABELS: dict[str, tuple[str, str]] = {
    "law": ("law", "wet"),
    "case_law": ("case law", "rechtspraak"),
    "guidance": ("non-binding guidance", "niet-bindende uitleg"),
    "proposal": ("proposal, not law", "voorstel, geen wet"),
}

CONSUMER_SCOPE = (
    "protects you only when you act as a consumer; a contract signed in the name of your business may lose that protection",
    "beschermt je alleen als je als consument handelt; een overeenkomst op naam van je bedrijf kan die bescherming verliezen",
)
NOT_CONSUMER_SCOPE = (
    "protects only someone acting as a consumer: if you sign as a business (in the name of your business), it may not protect you at all",
    "beschermt alleen wie als consument handelt: teken je als ondernemer (op naam van je bedrijf), dan beschermt deze regel je mogelijk helemaal niet",
)


@dataclass(frozen=True)
class Citation:
    id: str
    short_en: str  # the citation itself (article, ECLI, case number, date)
    short_nl: str
    statement_en: str
    statement_nl: str
    binding: Binding
    jurisdiction: Jurisdiction
    url: str  # the public copy that was read
    read_on: date
    consumer_law: bool = False  # protects only someone acting as a consumer
    scope_en: str = ""
    scope_nl: str = ""

    def localized(self, lang: str, *, consumer: bool = True) -> dict[str, Any]:
        if self.consumer_law:
            scope = tr(lang, *(CONSUMER_SCOPE if consumer else NOT_CONSUMER_SCOPE))
        else:
            scope = tr(lang, self.scope_en, self.scope_nl)
        return {
            "id": self.id,
            "short": tr(lang, self.short_en, self.short_nl),
            "statement": tr(lang, self.statement_en, self.statement_nl),
            "binding": self.binding,
            "binding_label": tr(lang, *BINDING_LABELS[self.binding]),
            "jurisdiction": self.jurisdiction,
            "jurisdiction_label": tr(lang, *JURISDICTION_LABELS[self.jurisdiction]),
            "scope": scope,
            "consumer_law": self.consumer_law,
            "may_not_apply": self.consumer_law and not consumer,
            "url": self.url,
            "read_on": self.read_on.isoformat(),
        }


def _c(id: str, short: str | tuple[str, str], en: str, nl: str, binding: Binding,
       jurisdiction: Jurisdiction, url: str, *, consumer_law: bool = False,
       scope: tuple[str, str] = ("", "")) -> Citation:
    short_en, short_nl = (short, short) if isinstance(short, str) else short
    return Citation(id, short_en, short_nl, en, nl, binding, jurisdiction, url, READ_ON,
                    consumer_law, scope[0], scope[1])


_ALL_NL = ("applies in the Netherlands", "geldt in Nederland")
_US_ONLY = ("US federal law; it does not apply to an offer in the Netherlands, but shows how a regulator reads such plans",
            "Amerikaans federaal recht; het geldt niet voor een aanbod in Nederland, maar laat zien hoe een toezichthouder zulke plannen leest")

_LIST: tuple[Citation, ...] = (
    # ------------------------------------------------------------------------------ EU and NL law
    _c("ucpd_annex_i_14",
       ("Directive 2005/29/EC (Unfair Commercial Practices Directive), Annex I point 14",
        "Richtlijn 2005/29/EG (oneerlijke handelspraktijken), bijlage I punt 14"),
       "Black list, unfair in all circumstances: running or promoting a pyramid promotional scheme in which a consumer pays for the chance of pay that comes mainly from bringing in other consumers rather than from selling or using products.",
       "Zwarte lijst, altijd oneerlijk: een piramidesysteem opzetten, beheren of promoten waarbij de consument betaalt voor de kans op een vergoeding die vooral komt uit het aanbrengen van nieuwe consumenten en niet uit de verkoop of het verbruik van producten.",
       "law", "EU", "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:02005L0029-20220528",
       consumer_law=True),
    _c("bw_6_193g",
       ("Art. 6:193g BW (Dutch Civil Code; implements Directive 2005/29/EC, Annex I)",
        "Art. 6:193g BW (zet richtlijn 2005/29/EG, bijlage I om)"),
       "The Dutch Civil Code's black list of practices that are misleading in all circumstances; it implements the Directive's list, pyramid promotion included. Supervisor: ACM.",
       "De zwarte lijst in het Burgerlijk Wetboek van handelspraktijken die onder alle omstandigheden misleidend zijn; zij zet de lijst van de richtlijn om, het piramidesysteem inbegrepen. Toezicht: ACM.",
       "law", "NL", "https://www.sdu.nl/content/commentaar-op-burgerlijk-wetboek-boek-6-art-193g-letselschade-en-vermogensrecht",
       consumer_law=True),
    _c("bw_6_193c",
       ("Art. 6:193c BW (misleading practice; Directive 2005/29/EC art. 6)",
        "Art. 6:193c BW (misleidende handelspraktijk; richtlijn 2005/29/EG art. 6)"),
       "A practice is misleading when it gives false information, or information that deceives the average consumer, for example about the results to be expected, so that the consumer takes a decision he would not otherwise have taken.",
       "Een handelspraktijk is misleidend als zij onjuiste informatie geeft, of informatie die de gemiddelde consument misleidt, bijvoorbeeld over de te verwachten resultaten, waardoor de consument een besluit neemt dat hij anders niet had genomen.",
       "law", "NL", "https://wetboekplus.nl/burgerlijk-wetboek-boek-6-artikel-193c-misleidende-handelspraktijk/",
       consumer_law=True),
    _c("bw_6_230o",
       ("Art. 6:230o BW (Dutch Civil Code; Consumer Rights Directive 2011/83/EU)",
        "Art. 6:230o BW (richtlijn consumentenrechten 2011/83/EU)"),
       "A consumer may withdraw from a distance or off-premises contract within 14 days without giving a reason.",
       "Een consument kan een overeenkomst op afstand of buiten de verkoopruimte binnen 14 dagen zonder opgave van redenen ontbinden.",
       "law", "NL", "https://lawyrup.nl/burgerlijk-wetboek/verbintenissenrecht/overeenkomsten/bepalingen-overeenkomsten-handelaren-consumenten/",
       consumer_law=True),
    _c("nl_gov_answer_2021",
       ("Aanhangsel Handelingen II 2021/22, nr. 315: the government's answers to parliamentary questions on MLM (14 October 2021)",
        "Aanhangsel Handelingen II 2021/22, nr. 315: antwoorden van de regering op Kamervragen over MLM (14 oktober 2021)"),
       "The Dutch government: MLM is allowed insofar as it is a method of selling products, under the rules on unfair commercial practices; those rules apply when the buyer is a consumer and does not act in the course of a trade or business, which can be the case when he buys the products only for his own use.",
       "De Nederlandse regering: MLM is toegestaan voor zover het een methode is om producten te verkopen, met inachtneming van de regels over oneerlijke handelspraktijken; die regels gelden als de koper een consument is die niet handelt in de uitoefening van een beroep of bedrijf, wat zo kan zijn als hij de producten alleen voor eigen gebruik afneemt.",
       "guidance", "NL", "https://zoek.officielebekendmakingen.nl/ah-tk-20212022-315.html",
       scope=("the government's reading of the law, not itself law", "de lezing van de regering, zelf geen wet")),
    _c("wok_1a",
       ("Wet op de kansspelen (Dutch Gaming Act) art. 1a (piramidespel; bill 25 523 of 1997-1998)",
        "Wet op de kansspelen art. 1a (piramidespel; wetsvoorstel 25 523, 1997-1998)"),
       "A pyramid game — taking part by handing over money or goods to gain an advantage that depends wholly or partly on what later participants hand over — counts as a game of chance and can never be licensed. Supervisor: Kansspelautoriteit.",
       "Een piramidespel — meedoen door een goed af te geven of een verplichting aan te gaan voor een voordeel dat geheel of ten dele afhangt van wat latere deelnemers afgeven — geldt als kansspel en kan nooit een vergunning krijgen. Toezicht: Kansspelautoriteit.",
       "law", "NL", "https://kansspelautoriteit.nl/onderwerpen/a-z/piramidespel/",
       scope=("a pure pyramid only: pay that comes from participants' payments, with no real product", "alleen een zuiver piramidespel: uitbetaling uit de inleg van deelnemers, zonder echt product")),
    _c("ksa_caution",
       ("Kansspelautoriteit (Dutch gaming regulator), 'Piramidespel'",
        "Kansspelautoriteit, 'Piramidespel'"),
       "The gaming regulator itself warns that many practices popularly called a pyramid game are, under the Gaming Act, only very seldom really one; then the Kansspelautoriteit cannot act and other supervisors are responsible.",
       "De Kansspelautoriteit waarschuwt zelf dat veel praktijken die in de volksmond piramidespel heten, volgens de Wet op de kansspelen maar heel zelden echt een piramidespel zijn; dan kan de Kansspelautoriteit niet optreden en zijn andere toezichthouders aan zet.",
       "guidance", "NL", "https://kansspelautoriteit.nl/onderwerpen/a-z/piramidespel/",
       scope=_ALL_NL),
    _c("rb_haarlem_2007",
       ("Rb. Haarlem 19 September 2007, 123871 / HA ZA 06-598, ECLI:NL:RBHAA:2007:BB6062 (WIN Worldwide)",
        "Rb. Haarlem 19 september 2007, 123871 / HA ZA 06-598, ECLI:NL:RBHAA:2007:BB6062 (WIN Worldwide)"),
       "A Dutch court did not accept that an MLM distributing real products (WIN Worldwide) was a disguised pyramid game under the Gaming Act.",
       "Een Nederlandse rechter aanvaardde niet dat een MLM met echte producten (WIN Worldwide) een verkapt piramidespel in de zin van de Wet op de kansspelen was.",
       "case_law", "NL", "https://lexboost.com/rechtspraak/ECLI:NL:RBHAA:2007:BB6062",
       scope=("one case on its own facts", "één zaak, op haar eigen feiten")),
    _c("hof_amsterdam_2011",
       ("Hof Amsterdam 27 September 2011, 200.064.454-01, ECLI:NL:GHAMS:2011:BU6127 (WIN Worldwide, appeal)",
        "Hof Amsterdam 27 september 2011, 200.064.454-01, ECLI:NL:GHAMS:2011:BU6127 (WIN Worldwide, hoger beroep)"),
       "On appeal the claim that profit could come only from recruiting new distributors, with no real chance of reselling the products at a profit, was held insufficiently substantiated; the first judgment was upheld.",
       "In hoger beroep vond het hof de stelling dat winst alleen uit het werven van nieuwe distributeurs kon komen, zonder reële kans de producten met winst door te verkopen, onvoldoende onderbouwd; het vonnis werd bekrachtigd.",
       "case_law", "NL", "https://uitspraken.rechtspraak.nl/inziendocument?id=ECLI:NL:GHAMS:2011:BU6127",
       scope=("one case on its own facts; decided on what the claimant could prove", "één zaak, op haar eigen feiten; beslist op wat de eiser kon bewijzen")),
    _c("cjeu_4finance",
       ("CJEU C-515/12, 4finance (2014)", "HvJ EU C-515/12, 4finance (2014)"),
       "A pyramid scheme is banned under the Directive only where the consumer pays for the chance of pay, but the amount paid does not matter.",
       "Een piramidesysteem is volgens de richtlijn alleen verboden als de consument betaalt voor de kans op een vergoeding, maar de hoogte van dat bedrag doet er niet toe.",
       "case_law", "EU", "https://www.counselmagazine.co.uk/content/4finance-uab-v-valstybine-vartotoju-teisiu-apsaugos-tarnyba-and-another",
       scope=("interprets the Directive for every EU country", "legt de richtlijn uit voor elk EU-land")),
    _c("cjeu_lucky4all",
       ("CJEU C-667/15, Loterie Nationale / Lucky 4 All (2016)",
        "HvJ EU C-667/15, Loterie Nationale / Lucky 4 All (2016)"),
       "An indirect link between what new members pay and what existing members receive is enough for a pyramid scheme under the Directive.",
       "Een indirect verband tussen wat nieuwe leden betalen en wat bestaande leden ontvangen is genoeg voor een piramidesysteem in de zin van de richtlijn.",
       "case_law", "EU", "https://rdc-tbh.be/article/?docEtiq=rdc_tbh2019_3p438",
       scope=("interprets the Directive for every EU country", "legt de richtlijn uit voor elk EU-land")),
    # ------------------------------------------------------------------------------ United States
    _c("ftc_koscot",
       "In re Koscot Interplanetary, Inc., 86 F.T.C. 1106, 1181 (1975)",
       "The FTC's classic test: participants pay for (1) the right to sell a product and (2) the right to rewards for recruiting others that are unrelated to sales of the product to ultimate users.",
       "De klassieke toets van de FTC: deelnemers betalen voor (1) het recht een product te verkopen en (2) het recht op beloning voor het werven van anderen die los staat van de verkoop van het product aan eindgebruikers.",
       "case_law", "US", "https://ftc.gov/business-guidance/resources/business-guidance-concerning-multi-level-marketing",
       scope=_US_ONLY),
    _c("ftc_vemma",
       ("FTC v. Vemma Nutrition Co., No. CV-15-01578-PHX-JJT (D. Ariz.), preliminary injunction of 18 September 2015; settled in December 2016",
        "FTC v. Vemma Nutrition Co., No. CV-15-01578-PHX-JJT (D. Ariz.), voorlopige voorziening van 18 september 2015; geschikt in december 2016"),
       "A US court found the FTC likely to prove a pyramid scheme where recruits were pushed to buy packs and autoship to qualify for pay; the settlement forbids tying a participant's pay to his own purchases and requires most of a downline's revenue to come from people outside the plan.",
       "Een Amerikaanse rechter vond het waarschijnlijk dat de FTC een piramidespel zou aantonen waar rekruten werden aangezet pakketten en vaste maandbestellingen te kopen om voor uitbetaling in aanmerking te komen; de schikking verbiedt uitbetaling te koppelen aan eigen aankopen en eist dat het grootste deel van de omzet van een netwerk van mensen buiten het plan komt.",
       "case_law", "US", "https://www.adlawaccess.com/2016/12/articles/vemma-settles-ongoing-litigation-with-ftc-over-pyramid-charges/",
       scope=("a preliminary ruling and a settlement, not a final judgment; US law", "een voorlopige beslissing en een schikking, geen einduitspraak; Amerikaans recht")),
    _c("ftc_mlm_guidance",
       ("FTC staff, Business Guidance Concerning Multi-Level Marketing (January 2018; updated May 2024)",
        "FTC-medewerkers, Business Guidance Concerning Multi-Level Marketing (januari 2018; bijgewerkt mei 2024)"),
       "FTC staff's own non-binding reading of the law: it looks at how the whole compensation structure works in practice, at purchases made to qualify rather than from demand, and at earnings claims, which must reflect what typical participants earn.",
       "De eigen, niet-bindende lezing van de wet door medewerkers van de FTC: zij kijkt hoe de hele beloningsstructuur in de praktijk werkt, naar aankopen om in aanmerking te komen in plaats van uit vraag, en naar inkomensbeloften, die moeten weergeven wat gewone deelnemers verdienen.",
       "guidance", "US", "https://ftc.gov/business-guidance/resources/business-guidance-concerning-multi-level-marketing",
       scope=("staff guidance creates no law; a court has rejected parts of the FTC's reading (FTC v. Neora)", "uitleg van medewerkers maakt geen recht; een rechter heeft delen van de lezing van de FTC verworpen (FTC v. Neora)")),
    _c("ftc_neora",
       ("FTC v. Neora LLC, No. 3:20-cv-01979-M (N.D. Tex.), decision of 28 September 2023",
        "FTC v. Neora LLC, No. 3:20-cv-01979-M (N.D. Tex.), uitspraak van 28 september 2023"),
       "A US federal court rejected every FTC claim against the MLM Neora, including that it was a pyramid scheme and made deceptive income claims: the FTC's reading does not always win in court.",
       "Een Amerikaanse federale rechter wees alle vorderingen van de FTC tegen het MLM-bedrijf Neora af, ook dat het een piramidespel was en misleidende inkomensbeloften deed: de lezing van de FTC wint niet altijd bij de rechter.",
       "case_law", "US", "https://winston.com/en/blogs-and-podcasts/direct-sellers-update-regulation-law-and-policy/lessons-from-neora-part-i-showing-your-company-is-not-a-pyramid-scheme",
       scope=("one trial court on its own facts; US law", "één rechter in eerste aanleg, op de eigen feiten; Amerikaans recht")),
    _c("ftc_earnings_rule_proposal",
       ("FTC, Notice of Proposed Rulemaking: Earnings Claim Rule Regarding Multi-Level Marketing (13 January 2025)",
        "FTC, voorstel voor een regel: Earnings Claim Rule Regarding Multi-Level Marketing (13 januari 2025)"),
       "A proposed FTC rule that would forbid misleading or unsubstantiated earnings claims in MLM recruiting; the FTC's notice says that in nearly every MLM it reviewed most participants made $1,000 a year or less before expenses. It is a proposal, not law.",
       "Een voorgestelde FTC-regel die misleidende of ononderbouwde inkomensbeloften bij werving voor MLM zou verbieden; volgens de FTC verdiende bij vrijwel elk onderzocht MLM-bedrijf de meerderheid $1.000 per jaar of minder vóór kosten. Het is een voorstel, geen wet.",
       "proposal", "US", "https://awglaw.com/news/ftc-issues-proposed-rule-and-announces-possible-additional-rulemaking-to-deter-deceptive-claims-by-multi-level-marketers",
       scope=("issued by a 3-2 vote; the dissent left its adoption to the next FTC, and no final rule was found", "uitgebracht met 3 tegen 2 stemmen; de tegenstemmers lieten de vaststelling aan de volgende FTC over, en een definitieve regel is niet gevonden")),
)

CITATIONS: dict[str, Citation] = {c.id: c for c in _LIST}


def citation(citation_id: str, lang: str, *, consumer: bool = True) -> dict[str, Any]:
    """One source in one language: id, short, statement, binding (+ label), scope, url, read_on."""
    return CITATIONS[citation_id].localized(lang, consumer=consumer)


# ----------------------------------------------------------------------------------------------
# Which sources go with which red flag (SPEC section 6 ids)

# Sources that go with Wet op de kansspelen art. 1a, in this order, and only with it.
_PYRAMID_GAME = ("wok_1a", "ksa_caution", "rb_haarlem_2007", "hof_amsterdam_2011")
# The FTC's guidance is never cited without the judgment that went against the FTC's reading.
_FTC_GUIDANCE = ("ftc_mlm_guidance", "ftc_neora")
_BLACK_LIST = ("ucpd_annex_i_14", "bw_6_193g")

# Flags on which art. 1a is cited when the offer is a pure pyramid.
PYRAMID_GAME_FLAGS = frozenset({"pay_to_join", "recruitment_rewards",
                                "recruitment_driven_income", "no_products"})

_BASIS: dict[str, tuple[str, ...]] = {
    "pay_to_join": (*_BLACK_LIST, "cjeu_4finance", "ftc_koscot"),
    "recruitment_rewards": (*_BLACK_LIST, "ftc_koscot", *_FTC_GUIDANCE),
    "recruitment_driven_income": (*_BLACK_LIST, "cjeu_lucky4all", "ftc_koscot", "ftc_vemma", *_FTC_GUIDANCE),
    "pay_to_qualify": ("ftc_vemma", *_FTC_GUIDANCE),
    "deep_overrides": ("ftc_koscot", *_FTC_GUIDANCE),
    "top_weighted": (*_FTC_GUIDANCE, "ftc_earnings_rule_proposal"),
    "weak_buyback": _FTC_GUIDANCE,
    "inventory_loading": ("ftc_vemma", *_FTC_GUIDANCE),
    "income_claims": ("bw_6_193c", *_FTC_GUIDANCE, "ftc_earnings_rule_proposal"),
    "no_disclosure": (*_FTC_GUIDANCE, "ftc_earnings_rule_proposal"),
    "most_earn_nothing": (*_FTC_GUIDANCE, "ftc_earnings_rule_proposal"),
    "typical_loses_money": (*_FTC_GUIDANCE, "ftc_earnings_rule_proposal"),
    "break_even_unlikely": ("ftc_koscot", *_FTC_GUIDANCE),
    "paid_training": (*_BLACK_LIST, "cjeu_4finance", "ftc_koscot"),
    "product_premium": (*_BLACK_LIST, "hof_amsterdam_2011", "ftc_koscot"),
    "no_products": (*_BLACK_LIST, "cjeu_lucky4all", "ftc_koscot"),
    "market_saturation": ("ftc_koscot", *_FTC_GUIDANCE),
    "no_cooling_off": ("bw_6_230o",),
}

FLAG_IDS: tuple[str, ...] = tuple(_BASIS)

# ``paid_training`` for training you may skip: the black-list point and 4finance concern money
# paid to take part, which optional training is not; Koscot's test remains.
_OPTIONAL_TRAINING = ("ftc_koscot",)


def basis_ids(flag_id: str, *, pure_pyramid: bool, training_mandatory: bool = True) -> tuple[str, ...]:
    """The citation ids for a flag, in the order to show them (no duplicates).

    Art. 1a (with the Ksa caution and the two WIN Worldwide judgments) is added to the pyramid
    flags only for a pure pyramid; every flag that cites consumer law also cites the government's
    answer of 14 October 2021 on who counts as a consumer. ``training_mandatory`` False (the
    ``paid_training`` flag raised only by optional training): no sources on paying to take part.
    """
    if flag_id not in _BASIS:
        raise KeyError(f"no legal basis for red flag {flag_id!r}")
    ids = list(_BASIS[flag_id] if training_mandatory or flag_id != "paid_training"
               else _OPTIONAL_TRAINING)
    if pure_pyramid and flag_id in PYRAMID_GAME_FLAGS:
        ids.extend(_PYRAMID_GAME)
    if any(CITATIONS[i].consumer_law for i in ids):
        ids.append("nl_gov_answer_2021")
    return tuple(dict.fromkeys(ids))  # in order, each id once


def basis_for(flag_id: str, *, pure_pyramid: bool, consumer: bool = True,
              lang: str = "en", training_mandatory: bool = True) -> list[dict[str, Any]]:
    """The legal sources for red flag ``flag_id`` (SPEC 6), localized, in order.

    ``pure_pyramid``: no real product and pay from participants' payments (only then is the Gaming
    Act's art. 1a cited). ``consumer``: whether the user acts as a consumer; when False the
    consumer-law sources say their protection may not apply (``may_not_apply``).
    """
    return [citation(i, lang, consumer=consumer)
            for i in basis_ids(flag_id, pure_pyramid=pure_pyramid, training_mandatory=training_mandatory)]


def basis_text(flag_id: str, *, pure_pyramid: bool, consumer: bool = True, lang: str = "en",
               training_mandatory: bool = True) -> str:
    """The sources as one line for a flag's ``source`` field:
    'short (jurisdiction, binding label; scope); ...' — the scope only where it limits the source
    (consumer law, guidance, proposals)."""
    parts = []
    for item in basis_for(flag_id, pure_pyramid=pure_pyramid, consumer=consumer, lang=lang,
                          training_mandatory=training_mandatory):
        note = f"{item['jurisdiction_label']}, {item['binding_label']}"
        if item["scope"] and (item["consumer_law"] or item["binding"] in ("guidance", "proposal")):
            note += f"; {item['scope']}"
        parts.append(f"{item['short']} ({note})")
    return "; ".join(parts) + "."


# ----------------------------------------------------------------------------------------------
# Reference wage


@dataclass(frozen=True)
class ReferenceWage:
    value: float
    currency: str
    valid_from: date
    source_title: str
    source_url: str
    read_on: date
    review_by: date

    @property
    def source(self) -> dict[str, Any]:
        return {"title": self.source_title, "url": self.source_url}

    def label(self, lang: str) -> str:
        """'€14.71 an hour (Dutch statutory minimum wage, age 21 and over, from 1 January 2026)'."""
        amount = fmt_money(self.value, self.currency, lang, 2)
        months_en = ("January", "February", "March", "April", "May", "June", "July", "August",
                     "September", "October", "November", "December")
        months_nl = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                     "september", "oktober", "november", "december")
        d = self.valid_from
        return tr(lang,
                  f"{amount} an hour (Dutch statutory minimum wage, age 21 and over, from {d.day} {months_en[d.month - 1]} {d.year})",
                  f"{amount} per uur (wettelijk minimumuurloon, 21 jaar en ouder, vanaf {d.day} {months_nl[d.month - 1]} {d.year})")

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "currency": self.currency,
                "valid_from": self.valid_from.isoformat(), "source": self.source,
                "read_on": self.read_on.isoformat(), "review_by": self.review_by.isoformat()}


# The newest figure that could be read on READ_ON: EUR 14.71 from 1 January 2026 (age 21 and over;
# +2.15% on EUR 14.40 of 1 July 2025). The Ministry of Social Affairs sets the figure every
# 1 January and 1 July, so a figure from 1 July 2026 has been published, but no copy of it could
# be read; the 1 January 2027 figure was not found either. Hence the short review date: the
# figure must be checked (and the 1 July 2026 figure entered) before 1 January 2027.
REFERENCE_WAGE = ReferenceWage(
    value=14.71, currency="EUR", valid_from=date(2026, 1, 1),
    source_title="MKB Servicedesk, 'Minimumloon 2026: dit zijn de nieuwe bedragen per 1 januari'",
    source_url="https://www.mkbservicedesk.nl/nieuws/ondernemersnieuws/minimumloon-2026-dit-zijn-de-nieuwe-bedragen-per-1-januari",
    read_on=READ_ON, review_by=date(2026, 12, 31),
)


def reference_wage() -> ReferenceWage:
    """The Dutch statutory minimum hourly wage (age 21 and over) with its date and source."""
    return REFERENCE_WAGE
