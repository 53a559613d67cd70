"""Dutch tax and registration information for an offer (issue 14, item 3): KvK registration, BTW
and the small-business scheme (KOR), and income tax on a profit or a loss — as information with
its sources and dates, in Dutch and English, never as advice.

Owns the facts (``FACTS``), the dated defaults (``INCOME_TAX_RATE``, ``KOR_TURNOVER_LIMIT``) and
``tax_info``: the facts in one language plus a few figures from the projection (your net after an
income-tax rate you set, the first year's turnover against the KOR limit). Every fact and default
carries its ``sources`` (title and URL, each one read when the text was written), ``as_of`` (the
date it is valid from, or was read) and ``review_by`` (when it must be checked again; a test
fails after that date, so an outdated default cannot ship unnoticed).

Shown for Dutch offers: currency EUR or interface language Dutch (``applies``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from .i18n import fmt_money, fmt_money_group, fmt_percent, norm_lang, tr
from .model import Evaluation
from .projection import Projection, project

READ_ON = date(2026, 12, 1)  # the day the sources below were read


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    title_nl: str = ""  # the title in Dutch where ``title`` has English words or dates in it

    def localized(self, lang: str) -> dict[str, str]:
        """``{"title", "url"}`` with the title in ``lang``."""
        return {"title": tr(lang, self.title, self.title_nl or self.title), "url": self.url}


@dataclass(frozen=True)
class TaxFact:
    id: str
    title_en: str
    title_nl: str
    text_en: str
    text_nl: str
    sources: tuple[Source, ...]
    as_of: date
    review_by: date

    @property
    def source(self) -> Source:
        """The main source (the first listed)."""
        return self.sources[0]

    def localized(self, lang: str) -> dict[str, Any]:
        return {"id": self.id, "title": tr(lang, self.title_en, self.title_nl),
                "text": tr(lang, self.text_en, self.text_nl),
                "source": self.source.localized(lang),
                "sources": [s.localized(lang) for s in self.sources],
                "as_of": self.as_of.isoformat(), "review_by": self.review_by.isoformat()}


@dataclass(frozen=True)
class DatedDefault:
    id: str
    value: float
    unit: str  # "percent" or a currency code
    label_en: str
    label_nl: str
    sources: tuple[Source, ...]
    as_of: date
    review_by: date

    @property
    def source(self) -> Source:
        return self.sources[0]


# ----------------------------------------------------------------------------------------------
# Sources (each read on READ_ON through public copies; titles as published)

KVK_CRITERIA = Source("KVK, 'Moet ik mijn bedrijf inschrijven bij KVK?'", "http://kvk.nl/criteria")
MLM_BTW = Source("btwjurisprudentie.nl, 'Werkzaamheden voor een multi-level marketingorganisatie "
                 "belast met btw'",
                 "https://btwjurisprudentie.nl/werkzaamheden-voor-een-multi-level-marketingorganisatie-belast-met-btw/")
KOR_MKB = Source("MKB Servicedesk, 'Hoe werkt de kleineondernemersregeling (KOR)?' (changes from 1 "
                 "January 2025)",
                 "https://www.mkbservicedesk.nl/1/hoe-werkt-de-kleineondernemersregeling-kor.htm",
                 "MKB Servicedesk, 'Hoe werkt de kleineondernemersregeling (KOR)?' (wijzigingen vanaf "
                 "1 januari 2025)")
KOR_YEARS = Source("Van Passe, 'Wat is de kleineondernemersregeling (KOR)?' (limit for the current "
                   "and the previous calendar year)",
                   "https://vanpasse.nl/kennisbank/belastingen/btw-fout-kor",
                   "Van Passe, 'Wat is de kleineondernemersregeling (KOR)?' (grens voor het lopende "
                   "en het vorige kalenderjaar)")
HR_2011 = Source("Hoge Raad 24 June 2011, nr. 10/01299, ECLI:NL:HR:2011:BP5707 (bron van inkomen, "
                 "objectieve voordeelsverwachting)",
                 "https://www.ndfr.nl/content/ECLI_NL_HR_2011_BP5707",
                 "Hoge Raad 24 juni 2011, nr. 10/01299, ECLI:NL:HR:2011:BP5707 (bron van inkomen, "
                 "objectieve voordeelsverwachting)")
HR_2004_WIN = Source("Hoge Raad 24 December 2004, nr. 39.447, V-N 2005/37.13 (WIN distributor: no "
                     "source of income; Hof Amsterdam 3 January 2003, nr. 01/3411 upheld)",
                     "https://www.scribd.com/document/28528330/Arrest-Hoge-Raad-1",
                     "Hoge Raad 24 december 2004, nr. 39.447, V-N 2005/37.13 (WIN-distributeur: geen "
                     "bron van inkomen; Hof Amsterdam 3 januari 2003, nr. 01/3411 bekrachtigd)")
HOF_AMS_2004 = Source("Gerechtshof Amsterdam 22 January 2004, ECLI:NL:GHAMS:2004:AO2396 (WIN "
                      "distributor: participation speculative, no source of income)",
                      "https://ndfr.nl/content/ECLI_NL_GHAMS_2004_AO2396",
                      "Gerechtshof Amsterdam 22 januari 2004, ECLI:NL:GHAMS:2004:AO2396 "
                      "(WIN-distributeur: deelname speculatief, geen bron van inkomen)")
HOF_DH_2018 = Source("Gerechtshof Den Haag 20 March 2018, ECLI:NL:GHDHA:2018:1188 (MLM income "
                     "taxed as resultaat uit overige werkzaamheden)",
                     "https://lexboost.com/rechtspraak/ECLI:NL:GHDHA:2018:1188",
                     "Gerechtshof Den Haag 20 maart 2018, ECLI:NL:GHDHA:2018:1188 (MLM-inkomsten "
                     "belast als resultaat uit overige werkzaamheden)")
RB_DH_2021 = Source("Rechtbank Den Haag 6 October 2021, ECLI:NL:RBDHA:2021:10844 (MLM distributor: "
                    "winst uit onderneming)",
                    "https://ndfr.nl/content/ECLI_NL_RBDHA_2021_10844",
                    "Rechtbank Den Haag 6 oktober 2021, ECLI:NL:RBDHA:2021:10844 (MLM-distributeur: "
                    "winst uit onderneming)")
# The rates in force from 1 January 2026 (the Belastingplan 2026 as passed; the Budget-Day
# proposal of September 2025 had 35.70% for the first bracket and a second bracket to €79,137).
RATES_2026 = Source("Hyppe, 'Nieuwe belastingregels in 2026' (box 1 rates 2026)",
                    "https://hyppe.nl/nieuwe-belastingregels-in-2026",
                    "Hyppe, 'Nieuwe belastingregels in 2026' (tarieven box 1 in 2026)")
RATES_2026_B = Source("Knab, 'Zo ziet de inkomstenbelasting eruit in 2026' (2 January 2026)",
                      "https://bieb.knab.nl/inkomsten-uitgaven/zo-ziet-de-inkomstenbelasting-er-in-2026-uit",
                      "Knab, 'Zo ziet de inkomstenbelasting eruit in 2026' (2 januari 2026)")

# ----------------------------------------------------------------------------------------------
# Dated defaults

INCOME_TAX_RATE = DatedDefault(
    id="income_tax_rate_percent", value=35.75, unit="percent",
    label_en="Income tax rate (box 1, first bracket 2026, below state pension age)",
    label_nl="Inkomstenbelasting (box 1, eerste schijf 2026, onder de AOW-leeftijd)",
    sources=(RATES_2026, RATES_2026_B), as_of=date(2026, 1, 1),
    review_by=date(2027, 1, 1),  # the 2027 rates apply from 1 January 2027
)
FIRST_BRACKET_LIMIT_2026 = 38_883  # euros of taxable income; same sources
SECOND_BRACKET_LIMIT_2026 = 78_426  # euros; the second bracket (37.56%) ends here; same sources
KOR_TURNOVER_LIMIT = DatedDefault(
    id="kor_turnover_limit", value=20_000, unit="EUR",
    label_en="KOR turnover limit per calendar year", label_nl="Omzetgrens KOR per kalenderjaar",
    sources=(KOR_MKB, KOR_YEARS), as_of=date(2025, 1, 1), review_by=date(2027, 1, 1),
)
DEFAULTS = (INCOME_TAX_RATE, KOR_TURNOVER_LIMIT)

# ----------------------------------------------------------------------------------------------
# Facts

FACTS: tuple[TaxFact, ...] = (
    TaxFact(
        id="kvk",
        title_en="Registering with the KVK (Chamber of Commerce)",
        title_nl="Inschrijven bij de KVK",
        text_en=(
            "You must register with the KVK if you are an entrepreneur. The KVK asks three "
            "questions: do you supply products or services; do you ask a price for them from which "
            "you earn money; and do you supply them regularly to people other than family and "
            "friends? Three times yes: you can register (and as an entrepreneur you must). In "
            "doubt, the KVK also asks whether you put time and money into the business, work in it "
            "regularly, have or look for several customers, and decide yourself how you work. "
            "Someone who sells regularly to customers outside family and friends as a distributor "
            "or reseller probably meets the criteria."),
        text_nl=(
            "Inschrijven bij de KVK moet als je ondernemer bent. De KVK stelt drie vragen: lever je "
            "producten of diensten; vraag je er een prijs voor waaraan je geld verdient; en lever je "
            "regelmatig aan anderen dan familie en vrienden? Drie keer ja: dan kun je je inschrijven "
            "(en als ondernemer moet je dat). Bij twijfel vraagt de KVK ook of je tijd en geld in je "
            "bedrijf steekt, er regelmatig in werkt, meerdere klanten hebt of zoekt, en zelf bepaalt "
            "hoe je werkt. Wie als distributeur of wederverkoper regelmatig aan klanten buiten "
            "familie en vrienden verkoopt, voldoet waarschijnlijk aan de criteria."),
        sources=(KVK_CRITERIA,), as_of=READ_ON, review_by=date(2027, 12, 1),
    ),
    TaxFact(
        id="btw",
        title_en="VAT (BTW)",
        title_nl="Btw",
        text_en=(
            "You can owe VAT even without a KVK registration: someone who independently and "
            "regularly supplies goods or services for payment must in principle charge VAT and file "
            "VAT returns. After a KVK registration the Tax Administration sends a VAT number. A "
            "distributor's work for a multi-level marketing organisation has been held to be "
            "subject to VAT."),
        text_nl=(
            "Ook zonder KVK-inschrijving kun je btw verschuldigd zijn: wie zelfstandig en "
            "regelmatig goederen of diensten tegen betaling levert, moet in beginsel btw berekenen "
            "en btw-aangifte doen. Na een KVK-inschrijving stuurt de Belastingdienst een "
            "btw-nummer. De werkzaamheden van een distributeur voor een multi-level-"
            "marketingorganisatie zijn door de rechter als met btw belast aangemerkt."),
        sources=(KVK_CRITERIA, MLM_BTW), as_of=READ_ON, review_by=date(2027, 12, 1),
    ),
    TaxFact(
        id="kor",
        title_en="The small-business scheme (KOR)",
        title_nl="De kleineondernemersregeling (KOR)",
        text_en=(
            "With the KOR you are exempt from VAT if your turnover in the Netherlands is at most "
            "€20,000 per calendar year, in the current and the previous year (since 1 January 2025 "
            "you can also join and leave more quickly). You then charge no VAT and file no VAT "
            "returns, but you cannot reclaim VAT on what you buy either (such as your starter kit "
            "and stock). Exceed the limit in a year and the exemption ends at once. You must apply "
            "for it; it is a VAT scheme and changes nothing in income tax."),
        text_nl=(
            "Met de KOR ben je vrijgesteld van btw als je omzet in Nederland niet meer dan € 20.000 "
            "per kalenderjaar is, in het lopende en in het vorige jaar (sinds 1 januari 2025 kun je "
            "ook sneller in- en uitstappen). Je berekent dan geen btw en doet geen btw-aangifte, "
            "maar je kunt ook geen btw terugvragen op je inkopen (zoals je startpakket en voorraad). "
            "Ga je in een jaar over de grens, dan vervalt de vrijstelling direct. Je moet de KOR "
            "aanvragen; het is een btw-regeling en verandert niets aan de inkomstenbelasting."),
        sources=(KOR_MKB, KOR_YEARS), as_of=date(2025, 1, 1), review_by=date(2027, 1, 1),
    ),
    TaxFact(
        id="loss",
        title_en="A lasting loss is usually not deductible",
        title_nl="Een blijvend verlies is meestal niet aftrekbaar",
        text_en=(
            "A loss is deductible only if the activity is a 'source of income' (bron van inkomen). "
            "Under the Hoge Raad's settled case law that requires that you can reasonably expect a "
            "benefit (an objective expectation of benefit), which may also be judged from other "
            "years (HR 24 June 2011, ECLI:NL:HR:2011:BP5707). With a lasting loss that expectation "
            "is usually missing: the loss is then not deductible and stays entirely yours. For "
            "taking part in a multi-level marketing network, the Amsterdam court of appeal held the "
            "participation speculative and no source of income; the Hoge Raad let that stand "
            "(HR 24 December 2004, nr. 39.447; also Hof Amsterdam, ECLI:NL:GHAMS:2004:AO2396)."),
        text_nl=(
            "Een verlies is alleen aftrekbaar als de activiteit een 'bron van inkomen' is. Volgens "
            "vaste rechtspraak van de Hoge Raad moet je dan redelijkerwijs voordeel kunnen "
            "verwachten (een objectieve voordeelsverwachting), wat ook uit andere jaren mag blijken "
            "(HR 24 juni 2011, ECLI:NL:HR:2011:BP5707). Bij een blijvend verlies ontbreekt die "
            "verwachting meestal: het verlies is dan niet aftrekbaar en blijft helemaal voor jouw "
            "rekening. Over deelname aan een multi-level-marketingnetwerk oordeelde het Hof "
            "Amsterdam dat die speculatief was en geen bron van inkomen; de Hoge Raad liet dat in "
            "stand (HR 24 december 2004, nr. 39.447; zie ook Hof Amsterdam, "
            "ECLI:NL:GHAMS:2004:AO2396)."),
        sources=(HR_2011, HR_2004_WIN, HOF_AMS_2004), as_of=READ_ON, review_by=date(2027, 12, 1),
    ),
    TaxFact(
        id="profit",
        title_en="A profit is taxed (box 1)",
        title_nl="Winst is belast (box 1)",
        text_en=(
            "If it does earn money, the profit is taxed in box 1: as 'result from other activities' "
            "(resultaat uit overige werkzaamheden) or, if you run a business, as 'business profit' "
            "(winst uit onderneming). Courts have taxed MLM distributors' income in both ways "
            "(Hof Den Haag, ECLI:NL:GHDHA:2018:1188; Rechtbank Den Haag, ECLI:NL:RBDHA:2021:10844). "
            "You must declare it yourself in your tax return."),
        text_nl=(
            "Levert het wel geld op, dan is de winst belast in box 1: als 'resultaat uit overige "
            "werkzaamheden' of, als je een onderneming drijft, als 'winst uit onderneming'. Rechters "
            "hebben inkomsten van MLM-distributeurs op beide manieren belast (Hof Den Haag, "
            "ECLI:NL:GHDHA:2018:1188; Rechtbank Den Haag, ECLI:NL:RBDHA:2021:10844). Je moet dit zelf "
            "in je aangifte opgeven."),
        sources=(HOF_DH_2018, RB_DH_2021), as_of=READ_ON, review_by=date(2027, 12, 1),
    ),
    TaxFact(
        id="rate",
        title_en="The income-tax rate used here",
        title_nl="Het hier gebruikte belastingtarief",
        text_en=(
            "In 2026 the first box-1 bracket is taxed at 35.75% (taxable income up to €38,883, "
            "below state pension age, national insurance contributions included). It is the "
            "default for 'your net after tax'; set your own rate: yours can differ (a higher "
            "bracket, state pension age, tax credits that shrink as income rises)."),
        text_nl=(
            "In 2026 is het tarief in de eerste schijf van box 1 35,75% (belastbaar inkomen tot "
            "€ 38.883, onder de AOW-leeftijd, premies volksverzekeringen inbegrepen). Het is de "
            "standaardwaarde voor 'je netto na belasting'; vul je eigen tarief in: dat kan anders "
            "zijn (een hogere schijf, de AOW-leeftijd, heffingskortingen die afnemen als je inkomen "
            "stijgt)."),
        sources=(RATES_2026, RATES_2026_B), as_of=date(2026, 1, 1), review_by=date(2027, 1, 1),
    ),
)

REGULAR_MONTHS = 6  # income in at least half the months of the first year counts as "regularly"


def applies(evaluation: Evaluation, lang: str) -> bool:
    """Whether to show the Dutch tax block: a euro offer, or a Dutch-speaking user."""
    return evaluation.offer.currency == "EUR" or norm_lang(lang) == "nl"


def disclaimer(lang: str) -> str:
    return tr(lang,
              "Information, not tax advice: the rules depend on your whole situation. Ask the "
              "Belastingdienst (Tax Administration), the KVK or a tax adviser.",
              "Informatie, geen belastingadvies: de regels hangen af van je hele situatie. Vraag "
              "het de Belastingdienst, de KVK of een belastingadviseur.")


@dataclass
class TaxInfo:
    lang: str
    facts: list[dict[str, Any]]  # TaxFact.localized, in FACTS order
    rate_percent: float
    rate_is_default: bool
    rate_as_of: str  # of the default
    total_net: float  # your net over the horizon (SPEC 3)
    income_tax: float  # rate x net when the net is a profit, else 0
    net_after_tax: float
    loss_not_deductible: bool  # a loss over the horizon: no tax back, it stays yours
    turnover_first_year: float  # VAT turnover of months 1-12 (sales price or commission, plus pay)
    kor_limit: float  # in euros
    within_kor_limit: bool | None  # None: the turnover is in another currency (not converted)
    regular_income: bool  # paid in at least REGULAR_MONTHS of the first 12 months
    summary: str
    disclaimer: str
    defaults: list[dict[str, Any]] = field(default_factory=list)


def _turnover_first_year(evaluation: Evaluation) -> tuple[float, int]:
    """Turnover for VAT over months 1-12: the sales price of what you resell (margin), the
    commission (commission mode), plus everything the company pays you; and the months paid."""
    a = evaluation.assumptions
    year = project(evaluation.model_copy(update={
        "assumptions": a.model_copy(update={"horizon_months": 12})}))
    margin = evaluation.offer.payout.retail_mode == "margin"
    turnover, paid_months = 0.0, 0
    for i in range(12):
        retail = year.customers[i] * a.customer_monthly_spend if margin else year.revenue["retail"][i]
        pay = year.revenue["downline"][i] + year.revenue["recruiting"][i] + year.revenue["rank"][i]
        turnover += retail + pay
        if retail + pay > 0:
            paid_months += 1
    return turnover, paid_months


def tax_info(evaluation: Evaluation, lang: str = "nl", rate_percent: float | None = None,
             projection: Projection | None = None) -> TaxInfo:
    """The facts in ``lang`` and the figures for this evaluation. ``rate_percent`` (0-100) is
    the user's own income-tax rate; None takes the dated default."""
    lang = norm_lang(lang)
    if rate_percent is None:
        rate, is_default = INCOME_TAX_RATE.value, True
    else:
        rate, is_default = float(rate_percent), False
        if not 0 <= rate <= 100:  # also refuses NaN
            raise ValueError("income tax rate: must be between 0 and 100")
    projection = projection or project(evaluation)
    net = projection.total_net
    tax = net * rate / 100 if net > 0 else 0.0
    turnover, paid_months = _turnover_first_year(evaluation)
    cur = evaluation.offer.currency

    def money(v: float) -> str:
        return fmt_money(v, cur, lang)

    h = evaluation.assumptions.horizon_months
    months = (tr(lang, "1 month", "1 maand") if h == 1
              else tr(lang, f"{h} months", f"{h} maanden"))
    if net > 0:
        before, after = fmt_money_group([net, net - tax], cur, lang)  # alike in one sentence
        summary = tr(lang,
                     f"Over {months} you would keep {before} before tax; at "
                     f"{fmt_percent(rate, 'en', 2)} income tax that is {after} after tax.",
                     f"Over {months} hou je {before} over vóór belasting; met "
                     f"{fmt_percent(rate, 'nl', 2)} inkomstenbelasting is dat {after} na "
                     f"belasting.")
    else:
        summary = tr(lang,
                     f"Over {months} you would lose {money(-net)}. A lasting loss is usually not "
                     f"deductible: no tax comes back, the loss stays yours.",
                     f"Over {months} verlies je {money(-net)}. Een blijvend verlies is meestal "
                     f"niet aftrekbaar: er komt geen belasting terug, het verlies blijft van jou.")
    defaults = [{"id": d.id, "value": d.value, "unit": d.unit, "label": tr(lang, d.label_en, d.label_nl),
                 "source": d.source.localized(lang), "sources": [s.localized(lang) for s in d.sources],
                 "as_of": d.as_of.isoformat(),
                 "review_by": d.review_by.isoformat()} for d in DEFAULTS]
    return TaxInfo(
        lang=lang, facts=[f.localized(lang) for f in FACTS], rate_percent=rate,
        rate_is_default=is_default, rate_as_of=INCOME_TAX_RATE.as_of.isoformat(), total_net=net,
        income_tax=tax, net_after_tax=net - tax, loss_not_deductible=net < 0,
        turnover_first_year=turnover, kor_limit=KOR_TURNOVER_LIMIT.value,
        # The limit is in euros: another currency's turnover cannot be compared without a rate.
        within_kor_limit=turnover <= KOR_TURNOVER_LIMIT.value if cur == "EUR" else None,
        regular_income=paid_months >= REGULAR_MONTHS, summary=summary,
        disclaimer=disclaimer(lang), defaults=defaults,
    )


def tax_info_json(info: TaxInfo) -> dict[str, Any]:
    return asdict(info)


def tax_sentences(info: TaxInfo, currency: str) -> list[str]:
    """The block in a few plain lines (for ``analyze`` and the one-page views): your net after
    tax, the first year's turnover against the KOR limit, whether the income is regular (the
    KVK's question), the disclaimer. The facts themselves follow with their sources."""
    lang = info.lang

    def money(v: float) -> str:
        return fmt_money(v, currency, lang)

    turnover, limit = money(info.turnover_first_year), fmt_money(info.kor_limit, "EUR", lang)
    if currency != "EUR" or info.within_kor_limit is None:  # dollars are not euros
        kor = tr(lang, f"Turnover in the first year: {turnover}. The KOR limit of {limit} is in euros: "
                       f"convert the turnover at the exchange rate to see whether it stays within it.",
                 f"Omzet in het eerste jaar: {turnover}. De KOR-grens van {limit} is in euro's: reken "
                 f"de omzet om tegen de wisselkoers om te zien of die eronder blijft.")
    elif info.within_kor_limit:
        kor = tr(lang, f"Turnover in the first year: {turnover}, within the KOR limit of {limit}.",
                 f"Omzet in het eerste jaar: {turnover}, binnen de KOR-grens van {limit}.")
    else:
        kor = tr(lang, f"Turnover in the first year: {turnover}, above the KOR limit of {limit}: "
                       f"you would have to charge VAT.",
                 f"Omzet in het eerste jaar: {turnover}, boven de KOR-grens van {limit}: je zou btw "
                 f"moeten berekenen.")
    if info.regular_income:
        kvk = tr(lang, "You would be paid in most months: that counts as 'regularly' for the KVK, so "
                       "registration is probably required.",
                 "Je zou in de meeste maanden betaald krijgen: dat telt voor de KVK als 'regelmatig', "
                 "dus inschrijven is waarschijnlijk verplicht.")
    else:
        kvk = tr(lang, "You would be paid in few months of the first year; whether you must register "
                       "with the KVK depends on its criteria below.",
                 "Je zou in weinig maanden van het eerste jaar betaald krijgen; of je je bij de KVK "
                 "moet inschrijven, hangt af van de criteria hieronder.")
    return [info.summary, kor, kvk, info.disclaimer]


_MONTHS = {"en": ("January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"),
           "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                  "september", "oktober", "november", "december")}


def date_text(day: date | str, lang: str) -> str:
    """'1 December 2026' / '1 december 2026' (an ISO date string is read first)."""
    if isinstance(day, str):
        day = date.fromisoformat(day)
    return f"{day.day} {_MONTHS[norm_lang(lang)][day.month - 1]} {day.year}"


def source_line(fact: dict[str, Any], lang: str) -> str:
    """'Sources: <title>, <url> (as of 1 December 2026, to be checked again by 1 December 2027)'."""
    sources = "; ".join(f"{s['title']}, {s['url']}" for s in fact["sources"])
    as_of, review = date_text(fact["as_of"], lang), date_text(fact["review_by"], lang)
    return tr(lang, f"Sources: {sources} (as of {as_of}, to be checked again by {review})",
              f"Bronnen: {sources} (stand {as_of}, opnieuw te controleren vóór {review})")
