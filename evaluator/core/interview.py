"""The guided interview: the offer entered as it was pitched, one plain question at a time.

This module owns the interview's questions (in English and Dutch, in the words a recruiter uses),
which of them apply to which kind of offer, how each answer is checked, how each is written into
the evaluation document, and how an existing document is read back into answers (so that the
interview can be reopened on it). It is Qt-free; ``evaluator/ui/interview_dialog.py`` shows it.

The flow. The first question decides the kind of offer from how the recruiter said you would earn:
selling to customers (a dealer network), referring customers (an affiliate programme), selling and
building a team (MLM), or "you earn by bringing people in" (a pyramid scheme: no products, pay
from newcomers' entry payments). The kind decides which questions come: a dealer network is never
asked about a downline, a pyramid never about products. A few questions only come after an answer
that makes them meaningful (the rank's requirements after a rank bonus, "after how long" after a
claimed income). ``questions(answers)`` lists the questions that apply to the answers so far.

Answers are what the recruiter said, in their units:
- the autoship in money per month (``requirements.autoship_amount``, SPEC 8.3);
- a rank bonus as a percentage: written as a rank whose group volume is the money the pitch
  named and whose monthly bonus is that percentage of it (a 5 % rank bonus at € 2.000 of group
  sales is € 100 a month: the least the rank pays, since more sales above the threshold would pay
  more);
- "N people in all" (``assumptions.recruits_total``, SPEC 8.3); "each of them brings in n" as
  ``downline_recruits_per_member_per_month`` = n × (1 − retention), so that a member recruits n
  people on average over the time they stay (n / 12 when everyone stays);
- the claimed income "after N months" (``claims.after_months``, SPEC 8.3).

Every question can be answered "I don't know" (:data:`UNKNOWN`). The field then keeps its
default (or stays empty where it may), and the question becomes one to ask the recruiter. Those
questions are stored in the document itself, in ``offer.notes``, as a block that starts with the
heading :data:`NOTES_HEADING` (English or Dutch) followed by one ``- question`` line each: the
notes are shown in the editor, the library and the PDF, travel with the file, and are read back
by :func:`prefill` (a question listed there is an "I don't know" again when the interview is
reopened). ``recruiter_questions(notes)`` returns them for any other reader.

Writing (:func:`build`) starts from the document the interview was opened on (or a new one) and
writes only the answers that differ from what the document already said, so reopening the
interview and pressing Next throughout changes nothing, and fields the interview does not ask
about (a second product, the simulation settings) are kept as they were.

The document is format version 2 (SPEC 8): the payout plan's components (``unilevel``,
``recruit_bonus``, ``rank_bonus``) and ranks, the version-2 disclosure and SPEC 8.3's fields.
"""

from __future__ import annotations

import copy
import datetime
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from . import model
from .i18n import norm_lang, tr
from .numbers import parse_amount, parse_percent


class _Unknown:
    """The answer "I don't know" (one object, compared by identity)."""

    _instance: "_Unknown | None" = None

    def __new__(cls) -> "_Unknown":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "UNKNOWN"

    def __deepcopy__(self, memo: dict[int, Any]) -> "_Unknown":
        return self


UNKNOWN: Final = _Unknown()

#: An answer: a number, a text, a list of percentages, a choice's value, None (empty) or UNKNOWN.
Answer = float | str | list[float] | None | _Unknown
Answers = dict[str, Answer]

AnswerKind = Literal["choice", "money", "percent", "number", "text", "percents"]
OfferType = Literal["dealer", "affiliate", "mlm", "pyramid"]
OFFER_TYPES: tuple[OfferType, ...] = ("dealer", "affiliate", "mlm", "pyramid")

NOTES_HEADING: Final = ("Questions for the recruiter (from the interview):",
                        "Vragen voor de werver (uit het interview):")


@dataclass(frozen=True)
class Option:
    """One answer of a choice question."""

    value: str
    en: str
    nl: str

    def text(self, lang: str) -> str:
        return tr(lang, self.en, self.nl)


@dataclass(frozen=True)
class Question:
    """One page of the interview.

    ``en``/``nl``: the question; ``hint_*``: one or two plain sentences under it; ``unit_*``: the
    word beside the field ("per month"); ``ask_*``: what to ask the recruiter when the answer is
    "I don't know"; ``terms``: glossary keys of the words the question uses; ``by_type``: other
    wording of the question for some offer types, {type: (en, nl)}; ``low``/``high``: the
    accepted range of a number (``high`` None: no upper limit but the model's).
    """

    key: str
    kind: AnswerKind
    en: str
    nl: str
    hint_en: str
    hint_nl: str
    ask_en: str
    ask_nl: str
    terms: tuple[str, ...] = ()
    options: tuple[Option, ...] = ()
    unit_en: str = ""
    unit_nl: str = ""
    by_type: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    low: float = 0.0
    high: float | None = None
    whole: bool = False

    def text(self, lang: str, offer_type: str | None = None) -> str:
        if offer_type is not None and offer_type in self.by_type:
            en, nl = self.by_type[offer_type]
            return tr(lang, en, nl)
        return tr(lang, self.en, self.nl)

    def hint(self, lang: str) -> str:
        return tr(lang, self.hint_en, self.hint_nl)

    def ask(self, lang: str) -> str:
        return tr(lang, self.ask_en, self.ask_nl)

    def unit(self, lang: str) -> str:
        return tr(lang, self.unit_en, self.unit_nl)


def _q(key: str, kind: AnswerKind, question: tuple[str, str], hint: tuple[str, str],
       ask: tuple[str, str], terms: tuple[str, ...] = (), **kw: Any) -> Question:
    unit = kw.pop("unit", ("", ""))
    return Question(key, kind, question[0], question[1], hint[0], hint[1], ask[0], ask[1], terms,
                    unit_en=unit[0], unit_nl=unit[1], **kw)


PER_MONTH = ("per month", "per maand")

# The questions, in the order they are asked. Which apply is decided by _APPLIES below.
QUESTIONS: tuple[Question, ...] = (
    _q("offer_type", "choice",
       ("How did they say you would earn money?", "Hoe zou je volgens hen geld verdienen?"),
       ("Pick what comes closest to what you were told. Type the number, or use the arrow keys.",
        "Kies wat het dichtst komt bij wat je is verteld. Typ het nummer, of gebruik de pijltjestoetsen."),
       ("How exactly would I earn money: from selling to customers, or from bringing in new people?",
        "Hoe verdien ik precies geld: met verkoop aan klanten, of met het binnenhalen van nieuwe mensen?"),
       ("dealer_network", "affiliate", "mlm", "pyramid_scheme"),
       options=(
           Option("dealer", "By selling a product to customers: I get a commission or a margin on each sale",
                  "Door een product aan klanten te verkopen: ik krijg commissie of marge per verkoop"),
           Option("affiliate", "By referring customers: I get a commission on what the customers I bring in buy",
                  "Door klanten door te verwijzen: ik krijg commissie op wat de klanten die ik aanbreng kopen"),
           Option("mlm", "By selling products and building a team: I also earn on the people I bring in",
                  "Door producten te verkopen en een team op te bouwen: ik verdien ook aan de mensen die ik aanbreng"),
           Option("pyramid", "By bringing people in: every new member pays to join, and I get part of it",
                  "Door mensen binnen te halen: elk nieuw lid betaalt om mee te doen, en ik krijg daar een deel van"),
       )),
    _q("company", "text",
       ("What is the company called?", "Hoe heet het bedrijf?"),
       ("The name the recruiter gave. It also becomes the name of this evaluation.",
        "De naam die de werver noemde. Die wordt ook de naam van deze evaluatie."),
       ("Which company is behind this offer, and where is it registered?",
        "Welk bedrijf zit achter dit aanbod, en waar is het ingeschreven?")),
    _q("product", "text",
       ("What would you sell?", "Wat zou je verkopen?"),
       ("The product or service, e.g. 'wellness drinks' or 'a kitchen machine'.",
        "Het product of de dienst, bijv. 'wellnessdrankjes' of 'een keukenmachine'."),
       ("What exactly will I sell, to whom, and at what price?",
        "Wat verkoop ik precies, aan wie en tegen welke prijs?"),
       ("outside_customer",),
       by_type={"affiliate": ("What would the customers you refer buy?",
                              "Wat zouden de klanten die je doorverwijst kopen?")}),
    _q("retail_price", "money",
       ("What does a customer pay for it?", "Wat betaalt een klant ervoor?"),
       ("The ordinary price for someone outside the network, for one order.",
        "De gewone prijs voor iemand buiten het netwerk, voor één bestelling."),
       ("What does the product cost an ordinary customer?",
        "Wat kost het product een gewone klant?"),
       ("outside_customer", "comparable_price"),
       by_type={"affiliate": ("What does a customer pay for it per month?",
                              "Wat betaalt een klant er per maand voor?")}),
    _q("own_price", "money",
       ("What do you pay for it yourself?", "Wat betaal je er zelf voor?"),
       ("Your 'member price' or 'distributor price'. Leave it empty if it is the same as the customer's price.",
        "Je 'ledenprijs' of 'distributeursprijs'. Laat leeg als die gelijk is aan de prijs voor klanten."),
       ("What is my own purchase price, and what margin do I make on a sale to a customer?",
        "Wat is mijn eigen inkoopprijs, en welke marge maak ik bij verkoop aan een klant?"),
       ("retail_margin",)),
    _q("commission", "percent",
       ("What share of each sale do you get?", "Welk deel van elke verkoop krijg jij?"),
       ("Your commission as a percentage of what the customer pays, e.g. 17 %.",
        "Je commissie als percentage van wat de klant betaalt, bijv. 17 %."),
       ("What exactly do I earn on each sale: what percentage, and of which price?",
        "Wat verdien ik precies per verkoop: welk percentage, en van welke prijs?"),
       ("commission",), high=100),
    _q("start_cost", "money",
       ("What do you pay to start?", "Wat betaal je om te beginnen?"),
       ("Sign-up fee and starter pack (also called a business pack) together. Leave it empty if there is nothing to pay.",
        "Inschrijfgeld en startpakket (ook wel business pack genoemd) samen. Laat leeg als er niets te betalen is."),
       ("What do I pay in all to start: sign-up fee, starter pack, first order?",
        "Wat betaal ik in totaal om te beginnen: inschrijfgeld, startpakket, eerste bestelling?"),
       ("sign_up_fee", "starter_pack"),
       by_type={"pyramid": ("How much do you put in to join?", "Hoeveel leg je in om mee te doen?")}),
    _q("monthly_fee", "money",
       ("Do you pay anything every month for a website, an app or a 'back office'?",
        "Betaal je elke maand iets voor een website, een app of een 'backoffice'?"),
       ("Fixed costs per month, apart from products. Leave it empty if there are none.",
        "Vaste kosten per maand, los van producten. Laat leeg als die er niet zijn."),
       ("Are there monthly fees for a website, an app or a back office, and what do they cost?",
        "Zijn er maandelijkse kosten voor een website, app of backoffice, en wat kosten die?"),
       ("monthly_fee",), unit=PER_MONTH),
    _q("autoship", "money",
       ("How much must you order each month to stay active?",
        "Hoeveel moet je elke maand bestellen om actief te blijven?"),
       ("The monthly order, often called 'autoship', in money. Leave it empty if there is no such order.",
        "De maandelijkse bestelling, vaak 'autoship' genoemd, in geld. Laat leeg als die er niet is."),
       ("Must I order products every month to stay active or to be paid? How much is that in euros?",
        "Moet ik elke maand producten bestellen om actief te blijven of uitbetaald te worden? Hoeveel is dat in euro's?"),
       ("autoship", "pv", "qualification"), unit=PER_MONTH),
    _q("recruit_bonus", "money",
       ("How much do you get for each person you bring in?",
        "Hoeveel krijg je voor elke persoon die je binnenhaalt?"),
       ("A fixed amount per new member you sign up yourself. Leave it empty if there is none.",
        "Een vast bedrag per nieuw lid dat je zelf aanmeldt. Laat leeg als dat er niet is."),
       ("Do I get paid for each person I sign up, and how much?",
        "Krijg ik geld voor elke persoon die ik aanmeld, en hoeveel?"),
       ("recruit_bonus", "recruit")),
    _q("downline_percents", "percents",
       ("What percentage do you earn on the orders of the people you bring in, and on theirs?",
        "Welk percentage verdien je aan de bestellingen van de mensen die je binnenhaalt, en aan die van hen?"),
       ("One percentage per level, with spaces or slashes between them, e.g. 10 / 5 / 3: level 1 is "
        "the people you bring in yourself, level 2 the people they bring in. Leave it empty if there is none.",
        "Eén percentage per niveau, met spaties of schuine strepen ertussen, bijv. 10 / 5 / 3: niveau 1 "
        "zijn de mensen die je zelf binnenhaalt, niveau 2 de mensen die zij binnenhalen. Laat leeg als dat er niet is."),
       ("What exactly is paid on the purchases and sales of the people I recruit, and how many levels deep?",
        "Wat wordt er precies betaald over de aankopen en verkoop van de mensen die ik werf, en hoeveel niveaus diep?"),
       ("downline", "level", "unilevel"), high=100),
    _q("rank_percent", "percent",
       ("Is there a rank bonus? What percentage?", "Is er een rangbonus? Welk percentage?"),
       ("E.g. 'from Manager you get 5 % extra on your team's sales'. Leave it empty if there is none.",
        "Bijv. 'vanaf Manager krijg je 5 % extra over de verkoop van je team'. Laat leeg als die er niet is."),
       ("What ranks are there, what does each require, and what does each pay?",
        "Welke rangen zijn er, wat vraagt elke rang, en wat levert elke rang op?"),
       ("rank", "rank_bonus"), high=100),
    _q("rank_volume", "money",
       ("How much must you and your team order in a month to reach that rank?",
        "Hoeveel moeten jij en je team in een maand bestellen om die rang te halen?"),
       ("Your own orders and those of everyone below you together, in money per month.",
        "Je eigen bestellingen en die van iedereen onder je samen, in geld per maand."),
       ("How much must my team and I buy or sell each month to reach the rank that pays the bonus?",
        "Hoeveel moeten mijn team en ik per maand kopen of verkopen om de rang met de bonus te halen?"),
       ("gv", "qualification"), unit=PER_MONTH),
    _q("rank_legs", "number",
       ("How many people directly below you must be active for that rank?",
        "Hoeveel mensen direct onder je moeten actief zijn voor die rang?"),
       ("Often called 'legs'. Leave it empty if the rank needs none.",
        "Vaak 'lijnen' of 'legs' genoemd. Laat leeg als de rang er geen vraagt."),
       ("How many active people directly below me does that rank need?",
        "Hoeveel actieve mensen direct onder mij heeft die rang nodig?"),
       ("leg",), unit=("people", "mensen"), whole=True),
    _q("training", "money",
       ("Are you expected to pay for trainings, events or tools? How much a year?",
        "Word je geacht te betalen voor trainingen, evenementen of tools? Hoeveel per jaar?"),
       ("Tickets, courses, apps, 'success packs'. Leave it empty if there is nothing.",
        "Kaartjes, cursussen, apps, 'succespakketten'. Laat leeg als er niets is."),
       ("Are any trainings, events or tools required or expected, and what do they cost?",
        "Zijn er trainingen, evenementen of tools verplicht of 'verwacht', en wat kosten ze?"),
       ("training",), unit=("per year", "per jaar")),
    _q("buyback", "percent",
       ("If you stop, what share of what you paid for unsold products do you get back?",
        "Als je stopt, welk deel van wat je voor onverkochte producten betaalde krijg je terug?"),
       ("The buyback of unsold stock, e.g. 90 %. Leave it empty if the company takes nothing back.",
        "De terugkoopregeling voor onverkochte voorraad, bijv. 90 %. Laat leeg als het bedrijf niets terugneemt."),
       ("Will the company buy back unsold stock, at what share of what I paid, and for how long after I bought it?",
        "Neemt het bedrijf onverkochte voorraad terug, tegen welk deel van wat ik betaalde, en tot hoe lang na aankoop?"),
       ("buyback", "inventory_loading"), high=100),
    _q("cooling_off", "number",
       ("How many days do you have to change your mind and get your money back?",
        "Hoeveel dagen heb je om je te bedenken en je geld terug te krijgen?"),
       ("The cooling-off period. In the EU it is 14 days for contracts made at home or online.",
        "De bedenktijd. In de EU is die 14 dagen voor contracten die thuis of online zijn gesloten."),
       ("How many days do I have to withdraw from the contract and get my money back?",
        "Hoeveel dagen bedenktijd heb ik om van het contract af te zien en mijn geld terug te krijgen?"),
       ("cooling_off",), unit=("days", "dagen"), whole=True),
    _q("disclosure", "choice",
       ("Did the company show you what ALL its participants earned last year?",
        "Liet het bedrijf zien wat AL zijn deelnemers vorig jaar verdienden?"),
       ("Such an 'income disclosure' counts everyone, also those who earned nothing or quit.",
        "Zo'n 'inkomensverklaring' telt iedereen mee, ook wie niets verdiende of stopte."),
       ("Can I see the company's latest income disclosure: what did all participants, including those who quit, earn last year, before and after expenses?",
        "Mag ik de laatste inkomensverklaring van het bedrijf zien: wat verdienden alle deelnemers vorig jaar, ook wie stopte, vóór en na kosten?"),
       ("income_disclosure", "active_participant"),
       options=(Option("yes", "Yes, I have those figures", "Ja, die cijfers heb ik"),
                Option("no", "No, there are none", "Nee, die zijn er niet"))),
    _q("disclosure_nothing", "percent",
       ("What share of all participants earned nothing at all?",
        "Welk deel van alle deelnemers verdiende helemaal niets?"),
       ("As the company's figures say, e.g. 64 %.", "Zoals de cijfers van het bedrijf zeggen, bijv. 64 %."),
       ("What share of all participants was paid nothing at all last year?",
        "Welk deel van alle deelnemers kreeg vorig jaar helemaal niets uitbetaald?"),
       ("income_disclosure",), high=100),
    _q("disclosure_median", "money",
       ("What did the participant in the middle earn in a year, before costs?",
        "Wat verdiende de deelnemer in het midden in een jaar, vóór kosten?"),
       ("The median: half of all participants earned less. Leave it empty if it was nothing.",
        "De mediaan: de helft van alle deelnemers verdiende minder. Laat leeg als dat niets was."),
       ("What did the typical (median) participant earn last year, before and after costs?",
        "Wat verdiende de gewone (mediane) deelnemer vorig jaar, vóór en na kosten?"),
       ("median", "typical_participant"), unit=("per year", "per jaar")),
    _q("claim", "money",
       ("How much did they say you could earn per month?", "Hoeveel zou je volgens hen per maand kunnen verdienen?"),
       ("The amount the recruiter named. Leave it empty if they named none.",
        "Het bedrag dat de werver noemde. Laat leeg als er geen bedrag is genoemd."),
       ("What does a typical participant earn per month, after all costs, and can I have that in writing?",
        "Wat verdient een gewone deelnemer per maand, na alle kosten, en mag ik dat op papier?"),
       ("income_claim", "residual_income"), unit=PER_MONTH),
    _q("claim_after", "number",
       ("After how many months would you earn that?", "Na hoeveel maanden zou je dat verdienen?"),
       ("'After a year' is 12.", "'Na een jaar' is 12."),
       ("By when exactly would I earn the income you mentioned, and what do people who started a year ago earn now?",
        "Wanneer precies zou ik het genoemde inkomen verdienen, en wat verdienen mensen die een jaar geleden begonnen nu?"),
       ("income_claim",), unit=("months", "maanden"), low=1, high=120, whole=True),
    _q("customers", "number",
       ("How many new customers do you think you could find each month?",
        "Hoeveel nieuwe klanten denk je elke maand te kunnen vinden?"),
       ("People outside the network who buy from you. Be honest: friends and family run out.",
        "Mensen buiten het netwerk die bij jou kopen. Wees eerlijk: vrienden en familie raken op."),
       ("How many customers does a typical participant find in a month?",
        "Hoeveel klanten vindt een gewone deelnemer in een maand?"),
       ("outside_customer",), unit=PER_MONTH),
    _q("customers_stay", "percent",
       ("Of those customers, what share keeps buying every month?",
        "Welk deel van die klanten blijft elke maand kopen?"),
       ("E.g. 50 % if half of them buy again the next month. Leave it empty for one-off sales.",
        "Bijv. 50 % als de helft de volgende maand weer koopt. Laat leeg bij eenmalige verkoop."),
       ("How many customers keep buying month after month, according to the company's own figures?",
        "Hoeveel klanten blijven maand na maand kopen, volgens de eigen cijfers van het bedrijf?"),
       ("outside_customer", "churn"), high=100),
    _q("recruits", "number",
       ("How many people would you bring in, in all, in your first year?",
        "Hoeveel mensen zou je in totaal binnenhalen in je eerste jaar?"),
       ("'Find two people' is 2 in all.", "'Zoek twee mensen' is 2 in totaal."),
       ("How many people does a typical member sign up, and how many of them are still active after a year?",
        "Hoeveel mensen meldt een gewoon lid aan, en hoeveel daarvan zijn na een jaar nog actief?"),
       ("recruit", "downline"), unit=("people", "mensen")),
    _q("team_recruits", "number",
       ("And how many would each of them bring in?", "En hoeveel zou elk van hen binnenhalen?"),
       ("'They each find two as well' is 2.", "'Zij vinden er elk ook twee' is 2."),
       ("How many people do the members below me bring in, in practice?",
        "Hoeveel mensen halen de leden onder mij in de praktijk binnen?"),
       ("downline", "sponsor"), unit=("people each", "mensen elk")),
    _q("hours", "number",
       ("How many hours a week would you put in?", "Hoeveel uur per week zou je erin steken?"),
       ("Selling, parties, messages, meetings, ordering.", "Verkopen, party's, berichtjes, bijeenkomsten, bestellen."),
       ("How many hours a week does a typical participant spend on it?",
        "Hoeveel uur per week besteedt een gewone deelnemer eraan?"),
       ("reference_wage",), unit=("hours per week", "uur per week"), high=168),
    _q("expenses", "money",
       ("What else would it cost you each month?", "Wat zou het je verder elke maand kosten?"),
       ("Travel, samples, phone, parties. Leave it empty if nothing.",
        "Reiskosten, proefmonsters, telefoon, party's. Laat leeg als er niets is."),
       ("What do participants typically spend each month on travel, samples and events?",
        "Wat geven deelnemers gewoonlijk per maand uit aan reizen, proefmonsters en bijeenkomsten?"),
       ("break_even",), unit=PER_MONTH),
)

_BY_KEY: dict[str, Question] = {q.key: q for q in QUESTIONS}


def question(key: str) -> Question:
    return _BY_KEY[key]


def offer_type(answers: Mapping[str, Answer]) -> OfferType:
    """The kind of offer the answers describe; "I don't know" (or no answer yet) asks as for an
    MLM, the kind with the most questions."""
    value = answers.get("offer_type")
    for kind in OFFER_TYPES:
        if value == kind:
            return kind
    return "mlm"


def _positive(answers: Mapping[str, Answer], key: str) -> bool:
    value = answers.get(key)
    return isinstance(value, (int, float)) and value > 0


_SELLS = ("dealer", "affiliate", "mlm")
_APPLIES: dict[str, Callable[[Mapping[str, Answer], str], bool]] = {
    "offer_type": lambda a, t: True,
    "company": lambda a, t: True,
    "product": lambda a, t: t in _SELLS,
    "retail_price": lambda a, t: t in _SELLS,
    "own_price": lambda a, t: t == "mlm",
    "commission": lambda a, t: t in ("dealer", "affiliate"),
    "start_cost": lambda a, t: True,
    "monthly_fee": lambda a, t: True,
    "autoship": lambda a, t: t == "mlm",
    "recruit_bonus": lambda a, t: t in ("mlm", "pyramid"),
    "downline_percents": lambda a, t: t == "mlm",
    "rank_percent": lambda a, t: t == "mlm",
    "rank_volume": lambda a, t: t == "mlm" and _positive(a, "rank_percent"),
    "rank_legs": lambda a, t: t == "mlm" and _positive(a, "rank_percent"),
    "training": lambda a, t: True,
    "buyback": lambda a, t: t in ("dealer", "mlm"),
    "cooling_off": lambda a, t: True,
    "disclosure": lambda a, t: t == "mlm",
    "disclosure_nothing": lambda a, t: t == "mlm" and a.get("disclosure") == "yes",
    "disclosure_median": lambda a, t: t == "mlm" and a.get("disclosure") == "yes",
    "claim": lambda a, t: True,
    "claim_after": lambda a, t: _positive(a, "claim"),
    "customers": lambda a, t: t in _SELLS,
    "customers_stay": lambda a, t: t in ("affiliate", "mlm") and _positive(a, "customers"),
    "recruits": lambda a, t: t in ("mlm", "pyramid"),
    "team_recruits": lambda a, t: t == "mlm" and _positive(a, "recruits"),
    "hours": lambda a, t: True,
    "expenses": lambda a, t: True,
}
assert set(_APPLIES) == set(_BY_KEY), "every question says when it applies"


def applies(q: Question, answers: Mapping[str, Answer]) -> bool:
    return _APPLIES[q.key](answers, offer_type(answers))


def questions(answers: Mapping[str, Answer]) -> list[Question]:
    """The questions that apply to these answers, in order."""
    return [q for q in QUESTIONS if applies(q, answers)]


def next_question(current: str | None, answers: Mapping[str, Answer]) -> Question | None:
    """The question after ``current`` (None: the first) that applies; None at the end."""
    start = 0 if current is None else [q.key for q in QUESTIONS].index(current) + 1
    return next((q for q in QUESTIONS[start:] if applies(q, answers)), None)


# ---- reading and checking a typed answer ------------------------------------------------------

_LIST_SPLIT = re.compile(r"\s*[;/|]\s*|,\s+|\s+")


def parse(q: Question, text: str, lang: str) -> tuple[Answer, str | None]:
    """The answer a typed text gives to ``q``, and a message when it gives none (in ``lang``).

    Empty text is the answer None ("none", for the questions that say "leave it empty"); a
    number outside the question's range, or not a number, gives a message naming the question's
    field. Ambiguous numbers (``2.400``) are read the interface language's way, as the editor
    does when the field is left; the dialog shows the reading."""
    lang = norm_lang(lang)
    text = text.strip()
    if q.kind == "choice":
        choices = [o.value for o in q.options]
        return (text, None) if text in choices else (None, tr(lang, "Choose one of the answers.",
                                                             "Kies een van de antwoorden."))
    if q.kind == "text":
        if len(text) > 200:
            return None, tr(lang, "At most 200 characters.", "Hoogstens 200 tekens.")
        return (text or None), None
    if not text:
        return None, None
    if q.kind == "percents":
        values: list[float] = []
        for part in (p for p in _LIST_SPLIT.split(text.replace("%", " ").strip()) if p):
            value, error = _number(q, part, lang)
            if error:
                return None, error
            assert value is not None
            values.append(value)
        if len(values) > 20:
            return None, tr(lang, "At most 20 levels.", "Hoogstens 20 niveaus.")
        return values, None
    return _number(q, text, lang)


def _number(q: Question, text: str, lang: str) -> tuple[float | None, str | None]:
    parsed = (parse_percent if q.kind in ("percent", "percents") else parse_amount)(text, lang)
    if parsed.ambiguous:
        parsed = parsed.read_as(lang, "language")
    if not parsed.valid or parsed.value is None:
        reason = parsed.reason(lang) or tr(lang, "not a number", "geen getal")
        return None, reason[:1].upper() + reason[1:] + "."
    value = parsed.value
    high = q.high if q.high is not None else model.MAX_AMOUNT
    if value < q.low or value > high:
        return None, tr(lang, "Type a number from {lo} to {hi}.", "Typ een getal van {lo} tot {hi}.").format(
            lo=_plain(q.low), hi=_plain(high))
    if q.whole and not float(value).is_integer():
        return None, tr(lang, "Type a whole number.", "Typ een geheel getal.")
    return float(value), None


def _plain(x: float) -> str:
    return f"{int(x):,}".replace(",", ".") if float(x).is_integer() else str(x)


def answer_text(q: Question, answer: Answer, lang: str) -> str:
    """An answer written back into the question's field (for prefilling)."""
    from .numbers import format_for_field

    if answer is None or answer is UNKNOWN:
        return ""
    if isinstance(answer, list):
        return " / ".join(format_for_field(v, lang) for v in answer)
    if isinstance(answer, (int, float)):
        return format_for_field(float(answer), lang)
    return str(answer)


# ---- the document ---------------------------------------------------------------------------

def new_document(lang: str, currency: str = "EUR") -> dict[str, Any]:
    """A fresh document for the interview to fill (the editor's New evaluation)."""
    from . import fileformat

    ev = model.Evaluation.new(tr(lang, "New offer", "Nieuw aanbod"))
    data = fileformat.to_data(ev)
    data["offer"]["currency"] = currency
    return data


def _mix(offer: Mapping[str, Any]) -> tuple[float, float]:
    """(w, v): mean wholesale price and mean volume of the products (SPEC 3; 1, 1 with none)."""
    products = [p for p in offer.get("products") or [] if isinstance(p, dict)]
    try:
        w = sum(float(p["wholesale_price"]) for p in products) / len(products)
        v = sum(float(p["wholesale_price"] if p.get("volume") is None else p["volume"])
                for p in products) / len(products)
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return 1.0, 1.0
    return (w, v) if w > 0 else (1.0, 1.0)


def _money_to_volume(offer: Mapping[str, Any], money: float) -> float:
    w, v = _mix(offer)
    return money * v / w


def _volume_to_money(offer: Mapping[str, Any], volume: float) -> float:
    w, v = _mix(offer)
    return volume * w / v if v else 0.0


def _num(x: Any) -> float | None:
    return float(x) if isinstance(x, (int, float)) and not isinstance(x, bool) else None


def _component(payout: Mapping[str, Any], type_: str) -> dict[str, Any] | None:
    for c in payout.get("components") or []:
        if isinstance(c, dict) and c.get("type") == type_:
            return c
    return None


def _set_component(payout: dict[str, Any], type_: str, values: dict[str, Any] | None) -> None:
    """Add, replace (keeping its other fields) or, with None, remove the component ``type_``."""
    comps = [c for c in payout.get("components") or [] if isinstance(c, dict)]
    old = next((c for c in comps if c.get("type") == type_), None)
    if values is None:
        payout["components"] = [c for c in comps if c is not old]
        return
    if old is not None:
        old.update(values)
    else:
        comps.append({"type": type_, **values})
    payout["components"] = comps


_INTERVIEW_TRAINING = ("Trainings, events and tools (from the interview)",
                       "Trainingen, evenementen en tools (uit het interview)")
_RANK_NAME = ("Bonus rank (from the interview)", "Bonusrang (uit het interview)")
_DISCLOSURE_SOURCE = ("As told in the interview (the company's own figures)",
                      "Zoals verteld in het interview (de eigen cijfers van het bedrijf)")
_TIER_NOTHING = ("Paid nothing", "Niets uitbetaald")
_TIER_REST = ("Everyone else", "Alle anderen")


def _read(data: Mapping[str, Any]) -> Answers:
    """What the document says, as answers (None where it says nothing the interview asks)."""
    offer = data.get("offer") or {}
    fees = offer.get("fees") or {}
    req = offer.get("requirements") or {}
    payout = offer.get("payout") or {}
    claims = offer.get("claims") or {}
    ass = data.get("assumptions") or {}
    products = [p for p in offer.get("products") or [] if isinstance(p, dict)]
    first = products[0] if products else {}
    out: Answers = {}
    kind = offer.get("kind")
    if kind in ("dealer", "affiliate", "mlm"):
        out["offer_type"] = kind
    elif kind == "other" and not products and payout.get("retail_mode") == "none":
        out["offer_type"] = "pyramid"
    else:
        out["offer_type"] = None
    out["company"] = offer.get("company") or None
    out["product"] = first.get("name") or None
    out["retail_price"] = _num(first.get("retail_price"))
    wholesale = _num(first.get("wholesale_price"))
    out["own_price"] = None if wholesale is None or wholesale == out["retail_price"] else wholesale
    commission = _num(payout.get("retail_commission_percent"))
    out["commission"] = commission if payout.get("retail_mode") == "commission" and commission else None
    start = (_num(fees.get("signup")) or 0.0) + (_num(fees.get("starter_kit")) or 0.0)
    out["start_cost"] = start or None
    out["monthly_fee"] = _num(fees.get("monthly")) or None
    autoship = _num(req.get("autoship_amount"))
    if autoship is None:
        volume = _num(req.get("monthly_volume")) or 0.0
        autoship = _volume_to_money(offer, volume) if volume else None
    out["autoship"] = round(autoship, 6) if autoship else None
    amounts = (_component(payout, "recruit_bonus") or {}).get("amounts") or []
    out["recruit_bonus"] = (_num(amounts[0]) if amounts else None) or None
    levels = list((_component(payout, "unilevel") or {}).get("levels") or [])
    rank_bonus = (_component(payout, "rank_bonus") or {}).get("amount_by_rank") or {}
    out["downline_percents"] = [float(x) for x in levels if _num(x) is not None] or None
    out["rank_percent"] = out["rank_volume"] = out["rank_legs"] = None
    for rank in payout.get("ranks") or []:
        if not isinstance(rank, dict):
            continue
        bonus_money = _num(rank_bonus.get(rank.get("name")))
        gv_money = _volume_to_money(offer, _num(rank.get("group_volume")) or 0.0)
        if bonus_money and gv_money:
            out["rank_percent"] = round(100 * bonus_money / gv_money, 6)
            out["rank_volume"] = round(gv_money, 6)
            out["rank_legs"] = _num(rank.get("legs")) or None
            break
    out["training"] = _yearly_training(offer.get("training") or []) or None
    out["buyback"] = _num(req.get("buyback_percent"))
    out["cooling_off"] = _num(req.get("cooling_off_days")) or None
    disclosure = offer.get("disclosure")
    if isinstance(disclosure, dict):
        out["disclosure"] = "yes"
        out["disclosure_nothing"] = _num(disclosure.get("share_nothing_percent"))
        tiers = [t for t in disclosure.get("tiers") or [] if isinstance(t, dict)]
        last = tiers[-1] if tiers else {}
        median, average = _num(last.get("median")), _num(last.get("average"))
        out["disclosure_median"] = (median if median is not None else average) or None
    else:
        out["disclosure"] = None
        out["disclosure_nothing"] = out["disclosure_median"] = None
    out["claim"] = _num(claims.get("claimed_monthly_income"))
    out["claim_after"] = _num(claims.get("after_months"))
    out["customers"] = _num(ass.get("new_customers_per_month")) or None
    out["customers_stay"] = _num(ass.get("customer_retention_percent")) or None
    total = _num(ass.get("recruits_total"))
    if total is None:  # a steady rate: what it brings in the first year
        per_month = _num(ass.get("recruits_per_month")) or 0.0
        total = per_month * min(12.0, _num(ass.get("horizon_months")) or 36.0)
    out["recruits"] = round(total, 6) or None
    downline = _num(ass.get("downline_recruits_per_member_per_month")) or 0.0
    out["team_recruits"] = round(downline / _churn(ass), 6) or None
    out["hours"] = _num(ass.get("hours_per_week"))
    out["expenses"] = _num(ass.get("other_expenses_per_month")) or None
    return out


def _churn(ass: Mapping[str, Any]) -> float:
    """1 − downline retention: the share of members who leave each month (1/12 if none leave,
    so that "n each" is then spread over a year)."""
    retention = _num(ass.get("downline_retention_percent"))
    churn = 1 - (90.0 if retention is None else retention) / 100
    return churn if churn > 0 else 1 / 12


def recruiter_questions(notes: str) -> list[str]:
    """The questions the interview stored in ``notes`` (either language's heading)."""
    lines = notes.splitlines()
    out: list[str] = []
    inside = False
    for line in lines:
        if line.strip() in NOTES_HEADING:
            inside = True
            continue
        if inside:
            if line.startswith("- "):
                out.append(line[2:].strip())
            else:
                inside = False
    return out


def _notes_without_questions(notes: str) -> str:
    kept: list[str] = []
    inside = False
    for line in notes.splitlines():
        if line.strip() in NOTES_HEADING:
            inside = True
            continue
        if inside and line.startswith("- "):
            continue
        inside = False
        kept.append(line)
    return "\n".join(kept).rstrip()


def prefill(data: Mapping[str, Any]) -> Answers:
    """The answers an existing document gives: what its fields say, and "I don't know" for every
    question the interview stored among its notes as one to ask the recruiter."""
    answers = _read(data)
    asked = set(recruiter_questions(str((data.get("offer") or {}).get("notes") or "")))
    for q in QUESTIONS:
        if q.ask_en in asked or q.ask_nl in asked:
            answers[q.key] = UNKNOWN
    return answers


def unknown_questions(answers: Mapping[str, Answer], lang: str) -> list[str]:
    """The questions to ask the recruiter: one per "I don't know" among the questions that apply."""
    return [q.ask(lang) for q in questions(answers) if answers.get(q.key) is UNKNOWN]


def build(answers: Mapping[str, Answer], lang: str, base: Mapping[str, Any] | None = None,
          currency: str = "EUR") -> dict[str, Any]:
    """The document: ``base`` (or a new one) with every answer that differs from what ``base``
    said written in, and the questions for the recruiter in its notes. Answers to questions that
    do not apply (another kind of offer) are ignored. Raises nothing; the caller validates the
    result with ``fileformat.from_data`` (the interview's checks keep it valid)."""
    lang = norm_lang(lang)
    data = copy.deepcopy(dict(base)) if base is not None else new_document(lang, currency)
    was = prefill(data)
    full: Answers = {**was, **answers}
    live = {q.key: full.get(q.key) for q in questions(full)}
    changed = {k for k, v in live.items() if k in answers and v != was.get(k)}
    t = offer_type(full)
    offer = data.setdefault("offer", {})
    offer.setdefault("fees", {})
    offer.setdefault("requirements", {})
    offer.setdefault("payout", {})
    offer.setdefault("claims", {})
    ass = data.setdefault("assumptions", {})

    def value(key: str) -> Any:
        v = live.get(key)
        return None if v is UNKNOWN else v

    def number(key: str) -> float:
        v = value(key)
        return float(v) if isinstance(v, (int, float)) else 0.0

    if "offer_type" in changed and value("offer_type"):
        offer["kind"] = "other" if t == "pyramid" else t
        if t == "pyramid":
            offer["products"] = []
            offer["payout"]["retail_mode"] = "none"
        elif t in ("dealer", "affiliate"):
            offer["payout"]["retail_mode"] = "commission"
        else:
            offer["payout"]["retail_mode"] = "margin"
    if "company" in changed:
        old_company = was.get("company")
        company = value("company") or ""
        offer["company"] = company
        default_names = {"", "New offer", "Nieuw aanbod", old_company or ""}
        if company and (offer.get("name") or "") in default_names:
            offer["name"] = company
    if t != "pyramid" and changed & {"product", "retail_price", "own_price", "offer_type"}:
        _write_product(offer, value("product"), value("retail_price"),
                       value("own_price") if t == "mlm" else None, lang)
    if "commission" in changed:
        offer["payout"]["retail_mode"] = "commission"
        offer["payout"]["retail_commission_percent"] = number("commission")
    if "start_cost" in changed:
        fees = offer["fees"]
        if t == "pyramid":
            fees["signup"], fees["starter_kit"] = number("start_cost"), 0.0
        else:
            fees["signup"], fees["starter_kit"] = 0.0, number("start_cost")
    if "monthly_fee" in changed:
        offer["fees"]["monthly"] = number("monthly_fee")
    payout = offer["payout"]
    if "recruit_bonus" in changed:
        bonus = number("recruit_bonus")
        _set_component(payout, "recruit_bonus", {"amounts": [bonus]} if bonus else None)
    if "downline_percents" in changed:
        levels = value("downline_percents") or []
        _set_component(payout, "unilevel", {"levels": list(levels)} if levels else None)
    if changed & {"rank_percent", "rank_volume", "rank_legs"} or (
            "rank_percent" in live and changed & {"product", "retail_price", "own_price"}):
        _write_rank(offer, number("rank_percent"), number("rank_volume"), number("rank_legs"), lang)
    if "training" in changed:
        _write_training(offer, number("training"), lang)
    if "buyback" in changed:
        offer["requirements"]["buyback_percent"] = value("buyback")
    if "cooling_off" in changed:
        offer["requirements"]["cooling_off_days"] = int(number("cooling_off"))
    if changed & {"disclosure", "disclosure_nothing", "disclosure_median"}:
        _write_disclosure(offer, value("disclosure"), live, lang)
    if "claim" in changed:
        offer["claims"]["claimed_monthly_income"] = value("claim")
    if "customers" in changed or ("customers" in live and changed & {"retail_price"}):
        ass["new_customers_per_month"] = number("customers")
        price = number("retail_price")
        if price:
            ass["customer_monthly_spend"] = price
    if "customers_stay" in changed:
        ass["customer_retention_percent"] = number("customers_stay")
    if "team_recruits" in changed:
        ass["downline_recruits_per_member_per_month"] = number("team_recruits") * _churn(ass)
    if "hours" in changed and value("hours") is not None:
        ass["hours_per_week"] = number("hours")
    if "expenses" in changed:
        ass["other_expenses_per_month"] = number("expenses")
    _write_pitch_fields(data, changed, value)
    _write_questions(offer, unknown_questions(full, lang), lang)
    return data


def _write_product(offer: dict[str, Any], name: Any, retail: Any, own: Any, lang: str) -> None:
    """The first product from the answers; the others the document had are kept. A product needs
    a price: without one there is none (the questions ask for it)."""
    products = [p for p in offer.get("products") or [] if isinstance(p, dict)]
    if not isinstance(retail, (int, float)) or retail <= 0:
        if products and not isinstance(retail, (int, float)):
            offer["products"] = products[1:]
        return
    first = dict(products[0]) if products else {"volume": None, "market_price": None}
    first["name"] = name or first.get("name") or tr(lang, "Product", "Product")
    first["retail_price"] = float(retail)
    first["wholesale_price"] = float(own) if isinstance(own, (int, float)) and own > 0 else float(retail)
    offer["products"] = [first, *products[1:]]


def _write_rank(offer: dict[str, Any], percent: float, volume_money: float, legs: float, lang: str) -> None:
    payout = offer["payout"]
    name = tr(lang, *_RANK_NAME)
    others = [r for r in payout.get("ranks") or [] if isinstance(r, dict) and r.get("name") not in _RANK_NAME]
    if percent <= 0 or volume_money <= 0:
        payout["ranks"] = others
        comp = _component(payout, "rank_bonus")
        if comp is not None:
            amounts = {k: v for k, v in (comp.get("amount_by_rank") or {}).items() if k not in _RANK_NAME}
            _set_component(payout, "rank_bonus", {"amount_by_rank": amounts} if amounts else None)
        return
    group_volume = _money_to_volume(offer, volume_money)
    bonus = percent / 100 * volume_money
    # the interview's rank is listed last: the highest (SPEC 8.1 lists ranks lowest first)
    payout["ranks"] = [*others, {"name": name, "personal_volume": 0.0, "group_volume": group_volume,
                                 "legs": int(legs), "leg_volume": 0.0}]
    comp = _component(payout, "rank_bonus")
    amounts = {k: v for k, v in ((comp or {}).get("amount_by_rank") or {}).items() if k not in _RANK_NAME}
    amounts[name] = bonus
    _set_component(payout, "rank_bonus", {"amount_by_rank": amounts})


def _yearly_training(items: list[Any]) -> float:
    """What the trainings cost in a year (one paid once, at the start, counted once)."""
    total = 0.0
    for t in items:
        if isinstance(t, dict):
            cost, times = _num(t.get("cost")) or 0.0, _num(t.get("times_per_year")) or 0.0
            total += cost * (times if times else 1.0)
    return total


def _write_training(offer: dict[str, Any], per_year: float, lang: str) -> None:
    """The answer is what all trainings cost a year. The trainings the document lists (other than
    the interview's own line) are kept while they cost no more than that, and the interview's line
    holds the rest; an answer below what they cost replaces them all by one line (or none)."""
    others = [t for t in offer.get("training") or [] if isinstance(t, dict)
              and t.get("name") not in _INTERVIEW_TRAINING]
    rest = per_year - _yearly_training(others)
    if rest < -1e-9:
        others, rest = [], per_year
    if rest > 1e-9:
        # what the user was told, in one line: paid once a year, counted as expected (mandatory)
        others.insert(0, {"name": tr(lang, *_INTERVIEW_TRAINING), "cost": rest, "times_per_year": 1.0,
                          "mandatory": True, "focus": "mixed"})
    offer["training"] = others


def _write_disclosure(offer: dict[str, Any], has: Any, live: Mapping[str, Answer], lang: str) -> None:
    """The company's figures as told: a share paid nothing and the median of everyone, as two
    tiers (the median participant's tier carries the median). Without a median, or with "no",
    there is no disclosure (the questions ask for it)."""
    nothing = live.get("disclosure_nothing")
    median = live.get("disclosure_median")
    nothing_v = float(nothing) if isinstance(nothing, (int, float)) else None
    median_v = float(median) if isinstance(median, (int, float)) else (0.0 if median is None else None)
    if has != "yes" or median_v is None:
        offer["disclosure"] = None
        return
    if nothing_v is not None and nothing_v >= 50:
        median_v = 0.0  # the median participant was paid nothing
    tiers: list[dict[str, Any]] = []
    if nothing_v:
        tiers.append(_tier(tr(lang, *_TIER_NOTHING), nothing_v, 0.0, 0.0))
    if nothing_v is None or nothing_v < 100:
        tiers.append(_tier(tr(lang, *_TIER_REST), 100 - (nothing_v or 0.0), median_v, median_v))
    disclosure: dict[str, Any] = {
        "year": datetime.date.today().year - 1, "source": tr(lang, *_DISCLOSURE_SOURCE),
        "participants": None, "currency": None, "basis": "all", "active_definition": "",
        "period": "year", "covered_percent": 100.0, "share_nothing_percent": nothing_v,
        "share_nothing_basis": "all", "tiers": tiers,
    }
    offer["disclosure"] = disclosure


def _tier(name: str, share: float, average: float, median: float) -> dict[str, Any]:
    return {"name": name, "share_percent": share, "average": average, "median": median,
            "low": None, "high": None}


def _write_pitch_fields(data: dict[str, Any], changed: set[str], value: Callable[[str], Any]) -> None:
    """The three answers SPEC 8.3 gave fields of their own: the autoship in money, "N people in
    all" and "after N months"."""
    offer, ass = data["offer"], data["assumptions"]
    req, claims = offer["requirements"], offer["claims"]
    autoship = value("autoship") if "autoship" in changed else None
    recruits = value("recruits") if "recruits" in changed else None
    after = value("claim_after") if "claim_after" in changed else None
    if "autoship" in changed:
        req["autoship_amount"] = float(autoship) if autoship else None
        req["monthly_volume"] = 0.0  # derived from the amount through the product mix
        req["autoship_required"] = bool(autoship)
    if "recruits" in changed:
        ass["recruits_total"] = float(recruits) if recruits else None
        ass["recruits_per_month"] = 0.0
    if "claim_after" in changed:
        claims["after_months"] = int(after) if after else None


def _write_questions(offer: dict[str, Any], asks: list[str], lang: str) -> None:
    notes = str(offer.get("notes") or "")
    if not asks and not any(line.strip() in NOTES_HEADING for line in notes.splitlines()):
        return  # the user's notes stay exactly as they were
    notes = _notes_without_questions(notes)
    if asks:
        block = "\n".join([tr(lang, *NOTES_HEADING), *(f"- {a}" for a in asks)])
        notes = f"{notes}\n\n{block}" if notes else block
    offer["notes"] = notes


__all__ = [
    "UNKNOWN", "Answer", "Answers", "Option", "Question", "QUESTIONS", "OFFER_TYPES", "NOTES_HEADING",
    "question", "questions", "next_question", "applies", "offer_type", "parse", "answer_text",
    "new_document", "prefill", "build", "unknown_questions", "recruiter_questions",
]
