"""The evaluation model: one source of truth for fields, defaults, limits and help texts.

Field names are exactly those of the ``.oppeval`` format (SPEC section 2). Every field carries a
label and a plain-language help text in English and Dutch (``field_info``); the editor, the JSON
Schema and the PDF read them from here.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import BaseModel, model_validator
from pydantic_core import PydanticCustomError

from .model_base import (
    MAX_AMOUNT, MAX_DOWNLINE_RECRUITS, MAX_NEW_CUSTOMERS, MAX_RECRUITS, MIN_PRICE, MIN_VOLUME, SANITY_LIMIT,
    Amount, Attachment, Base, CommissionBasis, Count, CurrencyCode, DisclosureBasis, F, Kind,
    Months, Percent, PositiveAmount, PositivePercent, Price, RetailMode, RetailTerms, TrainingFocus,
    Volume, Whole, _limits, _num, _range, _text, _volume, _whole,
)
from .plans.components import PayoutPlan

FORMAT_NAME: Final = "opportunity-evaluation"
FORMAT_VERSION: Final = 2
MAX_RECRUITS_TOTAL = MAX_RECRUITS * 12  # a year of the most recruits a month

class Fees(Base):
    signup: Amount = F(0, "Sign-up fee", "Inschrijfgeld",
        "A one-off fee to join, paid in your first month.",
        "Eenmalig bedrag om mee te mogen doen, betaald in je eerste maand.", unit="money")
    starter_kit: Amount = F(0, "Starter kit", "Startpakket",
        "The price of the starter kit or business pack, paid once when you start.",
        "De prijs van het startpakket (ook wel business pack genoemd), eenmalig bij de start.", unit="money")
    monthly: Amount = F(0, "Monthly fee", "Maandelijkse kosten",
        "A recurring fee every month: back office, website, app or membership.",
        "Vaste kosten per maand: backoffice, website, app of lidmaatschap.", unit="money")
    annual: Amount = F(0, "Annual renewal fee", "Jaarlijkse verlenging",
        "A yearly renewal fee, due from month 13 on (the sign-up covers the first year).",
        "Jaarlijkse verlengingskosten, vanaf maand 13 (de inschrijving dekt het eerste jaar).",
        unit="money")


class Product(Base):
    name: str = F(..., "Product", "Product", "The product's name.", "De naam van het product.",
                  min_length=1, max_length=200)
    wholesale_price: Price = F(..., "Wholesale price", "Inkoopprijs",
        "What you pay the company for one unit.",
        "Wat jij het bedrijf betaalt voor één stuk.", unit="money")
    retail_price: Price = F(..., "Retail price", "Verkoopprijs",
        "The suggested price to an outside customer.",
        "De adviesprijs voor een klant van buiten het netwerk.", unit="money")
    volume: Volume | None = F(None, "Volume (points)", "Volume (punten)",
        "The commissionable value of one unit (PV/BV). Leave empty if it equals the wholesale price.",
        "De commissiewaarde van één stuk (PV/BV). Laat leeg als die gelijk is aan de inkoopprijs.",
        unit="volume")
    market_price: Price | None = F(None, "Comparable price elsewhere", "Vergelijkbare prijs elders",
        "What a comparable product costs in an ordinary shop, if you know.",
        "Wat een vergelijkbaar product in een gewone winkel kost, als je dat weet.", unit="money")


class Requirements(Base):
    monthly_volume: Amount = F(0, "Required monthly volume", "Verplicht maandvolume",
        "Volume (points) you must buy or sell each month to stay active and be paid.",
        "Volume (punten) dat je elke maand moet kopen of verkopen om actief te blijven en uitbetaald te worden.",
        unit="volume")
    autoship_amount: Amount | None = F(None, "Autoship amount per month", "Bedrag automatische bestelling per maand",
        "What the required monthly order costs in money, when it is stated in money rather than points; the monthly volume is then worked out from it through the products' average price and volume. Leave empty when you enter the volume.",
        "Wat de verplichte maandelijkse bestelling in geld kost, als die in geld is genoemd in plaats van in punten; het maandvolume wordt dan daaruit berekend via de gemiddelde prijs en het volume van de producten. Leeg laten als je het volume invult.",
        unit="money")
    autoship_required: bool = F(False, "Autoship required", "Verplichte automatische bestelling",
        "Whether a monthly automatic order (autoship) is required.",
        "Of een automatische maandelijkse bestelling (autoship) verplicht is.")
    initial_inventory: Amount = F(0, "Initial stock", "Beginvoorraad",
        "Money spent on stock when starting, whether required or 'recommended'.",
        "Geld voor voorraad bij de start, verplicht of 'aanbevolen'.", unit="money")
    buyback_percent: Percent | None = F(None, "Buyback of unsold stock", "Terugkoopregeling",
        "Share of the cost refunded when you return unsold stock. Leave empty if there is none or you do not know.",
        "Deel van de kosten dat je terugkrijgt als je onverkochte voorraad teruggeeft. Leeg laten als er geen regeling is of je het niet weet.",
        unit="percent")
    buyback_days: Count = F(0, "Buyback period", "Termijn terugkoop",
        "For how many days after purchase the company buys stock back.",
        "Hoeveel dagen na aankoop het bedrijf voorraad terugneemt.", unit="days")
    cooling_off_days: Count = F(0, "Cooling-off period", "Bedenktijd",
        "Days you have to withdraw from the contract (the EU standard for doorstep and online contracts is 14).",
        "Dagen waarin je van het contract af kunt (de EU-norm voor colportage en online is 14).",
        unit="days")


class Training(Base):
    name: str = F(..., "Training", "Training", "The training, event or tool.",
                  "De training, het evenement of de tool.", min_length=1, max_length=200)
    cost: Amount = F(..., "Cost", "Kosten", "What one session, ticket or subscription costs.",
                     "Wat één sessie, ticket of abonnement kost.", unit="money")
    times_per_year: Annotated[float, *_limits(0, 365)] = F(
        ..., "Times per year", "Keer per jaar",
        "How often a year you pay for it; 0 means once, at the start.",
        "Hoe vaak per jaar je het betaalt; 0 betekent eenmalig, bij de start.")
    mandatory: bool = F(..., "Mandatory", "Verplicht",
        "Whether you must take it (or are strongly pressed to).",
        "Of het verplicht is (of je er sterk toe wordt aangezet).")
    focus: TrainingFocus = F(..., "Focus", "Gericht op",
        "What it mainly teaches: the product, selling, recruiting, or a mix.",
        "Waar het vooral over gaat: het product, verkopen, werven of een mix.")


Period = Literal["year", "month", "week"]
ShareNothingBasis = Literal["all", "covered"]


class Tier(Base):
    name: str = F("", "Tier", "Groep", "The tier or rank the disclosure names.",
                  "De groep of rang in de inkomensverklaring.", max_length=200)
    share_percent: PositivePercent = F(..., "Share", "Aandeel",
        "Share of the covered participants in this tier.",
        "Aandeel van de meegetelde deelnemers in deze groep.", unit="percent")
    average: Amount = F(..., "Average", "Gemiddeld",
        "Average gross earnings in this tier per period (see the disclosure's period), before expenses.",
        "Gemiddelde bruto verdiensten in deze groep per periode (zie de periode van de verklaring), vóór kosten.",
        unit="money")
    median: Amount | None = F(None, "Median", "Mediaan",
        "Median gross earnings in this tier per period, if stated.",
        "Mediaan bruto verdiensten in deze groep per periode, als die vermeld is.", unit="money")
    low: Amount | None = F(None, "Lowest", "Laagste",
        "The lowest earnings in this tier per period, if stated (the bottom of its range).",
        "De laagste verdiensten in deze groep per periode, als die vermeld zijn (de onderkant van de bandbreedte).",
        unit="money")
    high: Amount | None = F(None, "Highest", "Hoogste",
        "The highest earnings in this tier per period, if stated (the top of its range).",
        "De hoogste verdiensten in deze groep per periode, als die vermeld zijn (de bovenkant van de bandbreedte).",
        unit="money")


class Disclosure(Base):
    year: Whole = F(..., "Year", "Jaar", "The year the income disclosure covers.",
                  "Het jaar waarover de inkomensverklaring gaat.")
    source: str = F(..., "Source", "Bron", "Where the disclosure was published (title, web address).",
                    "Waar de inkomensverklaring is gepubliceerd (titel, webadres).", max_length=2000)
    participants: Count | None = F(None, "Participants counted", "Aantal deelnemers",
        "How many participants the statement covers, if stated.",
        "Hoeveel deelnemers de verklaring beschrijft, als dat vermeld is.", unit="count")
    currency: CurrencyCode | None = F(None, "Currency", "Valuta",
        "The statement's currency if it differs from the offer's.",
        "De valuta van de verklaring als die afwijkt van die van het aanbod.")
    basis: DisclosureBasis = F(..., "Who is counted", "Wie worden meegeteld",
        "Whom the statement counts: all participants, only 'active' ones, only those who earned something, or unknown.",
        "Wie de verklaring meetelt: alle deelnemers, alleen 'actieve', alleen wie iets verdiende, of onbekend.")
    active_definition: str = F("", "Definition of 'active'", "Definitie van 'actief'",
        "How the company defines an 'active' participant, if it counts only those.",
        "Hoe het bedrijf een 'actieve' deelnemer definieert, als het alleen die meetelt.", max_length=2000)
    period: Period = F("year", "Amounts per", "Bedragen per",
        "What the tier amounts are per: a year, a month or a week. Monthly and weekly figures are scaled up to a year (× 12, × 52), which overstates what one person gets in a year when people come and go.",
        "Waarover de bedragen van de groepen gaan: een jaar, een maand of een week. Maand- en weekbedragen worden omgerekend naar een jaar (× 12, × 52); dat overschat wat één persoon in een jaar krijgt als mensen komen en gaan.")
    covered_percent: Percent | None = F(None, "Share of all participants covered", "Deel van alle deelnemers",
        "Share of ALL participants that the tiers describe; the rest are counted as earning nothing. Leave empty if the statement does not say (when it counts all participants, empty means 100).",
        "Deel van ALLE deelnemers dat de groepen beschrijven; de rest telt als 'verdient niets'. Leeg laten als de verklaring het niet zegt (als die alle deelnemers telt, betekent leeg 100).",
        unit="percent")
    share_nothing_percent: Percent | None = F(None, "Share paid nothing", "Deel dat niets ontving",
        "Share of participants paid nothing, if the statement says (of all participants, or of those it covers: see below).",
        "Deel van de deelnemers dat niets uitbetaald kreeg, als de verklaring dat vermeldt (van alle deelnemers, of van wie ze beschrijft: zie hieronder).",
        unit="percent")
    share_nothing_basis: ShareNothingBasis = F("all", "Share paid nothing is of", "Deel dat niets ontving is van",
        "Whom the stated share paid nothing is of: all participants, or only those the statement covers.",
        "Van wie het vermelde deel dat niets ontving is: van alle deelnemers, of alleen van wie de verklaring beschrijft.")
    tiers: list[Tier] = F(..., "Tiers", "Groepen",
        "Earnings groups, lowest earners first; their shares add up to 100.",
        "Inkomensgroepen, laagste verdieners eerst; hun aandelen tellen op tot 100.",
        min_length=1, max_length=500)

    @model_validator(mode="after")
    def _shares_sum_to_100(self) -> "Disclosure":
        total = sum(t.share_percent for t in self.tiers)
        if not 99 <= total <= 101:
            raise PydanticCustomError(
                "tiers_sum", "tier shares must add up to 100 (±1); they add up to {total}",
                {"total": f"{total:g}"},
            )
        return self


class Claims(Base):
    claimed_monthly_income: Amount | None = F(None, "Claimed monthly income", "Beloofd maandinkomen",
        "The monthly income the recruiter said you could make, if they named a figure.",
        "Het maandinkomen dat de werver je voorhield, als er een bedrag is genoemd.", unit="money")
    after_months: Months | None = F(None, "Claimed income after", "Beloofd inkomen na",
        "After how many months the recruiter said the claimed income would come (1 to 120), if they said.",
        "Na hoeveel maanden het beloofde inkomen er volgens de werver zou zijn (1 tot 120), als die dat zei.",
        unit="months")
    text: str = F("", "What was claimed", "Wat er werd beloofd",
        "The recruiter's words, as exactly as you remember them.",
        "De woorden van de werver, zo letterlijk als je ze nog weet.", max_length=20000)


class Offer(Base):
    name: str = F(..., "Offer", "Aanbod", "A name for this offer.", "Een naam voor dit aanbod.",
                  min_length=1, max_length=200)
    company: str = F("", "Company", "Bedrijf", "The company behind the offer.",
                     "Het bedrijf achter het aanbod.", max_length=200)
    kind: Kind = F("other", "Type", "Soort",
        "Multi-level marketing, a dealer network, an affiliate programme, or other.",
        "Multi-level marketing, een dealernetwerk, een affiliateprogramma, of anders.")
    currency: CurrencyCode = F("EUR", "Currency", "Valuta",
        "The currency of all amounts (three letters, e.g. EUR).",
        "De valuta van alle bedragen (drie letters, bijv. EUR).")
    notes: str = F("", "Notes", "Notities", "Anything else worth remembering.",
                   "Wat je verder wilt onthouden.", max_length=20000)
    fees: Fees = F(Fees(), "Fees", "Kosten", "What you pay to join and to stay.",
                   "Wat je betaalt om mee te doen en te blijven.")
    products: list[Product] = F([], "Products", "Producten",
        "The products you would sell or buy.", "De producten die je zou verkopen of kopen.",
        max_length=500)
    requirements: Requirements = F(Requirements(), "Purchase requirements", "Aankoopverplichtingen",
        "What you must buy, and what happens to stock you cannot sell.",
        "Wat je moet kopen, en wat er gebeurt met voorraad die je niet verkoopt.")
    training: list[Training] = F([], "Training", "Training",
        "Trainings, events and tools offered or required.",
        "Trainingen, evenementen en tools die worden aangeboden of vereist.", max_length=500)
    payout: PayoutPlan = F(PayoutPlan(), "Payout plan", "Verdienmodel",
        "How participants are paid (the compensation plan): the ranks and the plan's components.",
        "Hoe deelnemers worden betaald (het compensatieplan): de rangen en de onderdelen van het plan.")
    disclosure: Disclosure | None = F(None, "Income disclosure", "Inkomensverklaring",
        "The company's published statement of what participants earn.",
        "De gepubliceerde verklaring van het bedrijf over wat deelnemers verdienen.")
    claims: Claims = F(Claims(), "Recruiter's claims", "Beloften van de werver",
        "What the person recruiting you said you could earn.",
        "Wat de persoon die je werft zei dat je kunt verdienen.")

    @model_validator(mode="after")
    def _autoship_agrees(self) -> "Offer":
        """``requirements.autoship_amount`` and ``monthly_volume`` both given: they must agree
        within :data:`AUTOSHIP_TOLERANCE` through the product mix (SPEC 8.3)."""
        req = self.requirements
        if req.autoship_amount is None or req.monthly_volume == 0:
            return self
        from .terms import product_mix  # the one definition of the mix (terms imports this module)

        cost = product_mix(self).cost_of_volume(req.monthly_volume)
        if abs(cost - req.autoship_amount) > AUTOSHIP_TOLERANCE * max(cost, req.autoship_amount):
            raise PydanticCustomError(
                "autoship_disagrees",
                "does not agree with the required monthly volume: {volume} points cost {cost} "
                "at the products' average price (they must agree within 1 %)",
                {"volume": _num(round(req.monthly_volume, 2)), "cost": _num(round(cost, 2))},
            )
        return self


AUTOSHIP_TOLERANCE = 0.01  # autoship_amount and the cost of monthly_volume: within 1 %


class Assumptions(Base):
    horizon_months: Months = F(
        36, "Horizon", "Periode", "How many months to project (1 to 120).",
        "Over hoeveel maanden je wilt rekenen (1 tot 120).", unit="months")
    hours_per_week: Annotated[float, *_limits(0, 168)] = F(
        10, "Hours per week", "Uren per week", "How many hours a week you would put in.",
        "Hoeveel uur per week je erin zou steken.", unit="hours")
    new_customers_per_month: Annotated[float, *_limits(0, MAX_NEW_CUSTOMERS)] = F(0, "New customers per month", "Nieuwe klanten per maand",
        "Outside (non-participant) customers you win each month.",
        "Klanten van buiten het netwerk die je elke maand wint.", unit="count")
    customer_monthly_spend: Amount = F(0, "Spend per customer per month", "Besteding per klant per maand",
        "What one customer buys per month, at retail price.",
        "Wat één klant per maand koopt, tegen verkoopprijs.", unit="money")
    customer_retention_percent: Percent = F(0, "Customers who buy again", "Klanten die terugkomen",
        "Share of customers who buy again the next month (0 = one-off sales).",
        "Deel van de klanten dat de volgende maand weer koopt (0 = eenmalige verkoop).", unit="percent")
    recruits_per_month: Annotated[float, *_limits(0, MAX_RECRUITS)] = F(0, "Recruits per month", "Rekruten per maand",
        "People you personally sign up each month (may be fractional, e.g. 0.5).",
        "Mensen die je zelf per maand aanmeldt (mag een breuk zijn, bijv. 0,5).", unit="count")
    recruits_total: Annotated[float, *_limits(0, MAX_RECRUITS_TOTAL)] | None = F(
        None, "Recruits in all", "Rekruten in totaal",
        "How many people you would sign up yourself in all, spread evenly over the first 12 months (or the horizon, if shorter). When filled in, it replaces the recruits per month.",
        "Hoeveel mensen je in totaal zelf zou aanmelden, gelijk verdeeld over de eerste 12 maanden (of de periode, als die korter is). Als je dit invult, vervangt het de rekruten per maand.",
        unit="count")
    downline_recruits_per_member_per_month: Annotated[float, *_limits(0, MAX_DOWNLINE_RECRUITS)] = F(0, "Recruits per downline member per month",
        "Rekruten per netwerklid per maand",
        "How many people each member of your downline signs up per month.",
        "Hoeveel mensen elk lid van je netwerk per maand aanmeldt.", unit="count")
    downline_retention_percent: Percent = F(90, "Downline members who stay", "Netwerkleden die blijven",
        "Share of downline members still active the next month.",
        "Deel van de netwerkleden dat de volgende maand nog actief is.", unit="percent")
    downline_customer_sales: Amount = F(0, "Outside sales per downline member", "Verkoop per netwerklid",
        "Sales to outside customers per downline member per month, at retail price.",
        "Verkoop aan klanten van buiten per netwerklid per maand, tegen verkoopprijs.", unit="money")
    personal_use_percent: Percent = F(0, "Would have bought anyway", "Had je toch gekocht",
        "Share of your required purchases you would have bought anyway for yourself.",
        "Deel van je verplichte aankopen dat je toch al voor jezelf zou kopen.", unit="percent")
    other_expenses_per_month: Amount = F(0, "Other expenses per month", "Overige kosten per maand",
        "Travel, samples, phone, parties, website: your other costs each month.",
        "Reiskosten, proefmonsters, telefoon, party's, website: je overige kosten per maand.",
        unit="money")
    include_optional_training: bool = F(True, "Count optional training", "Optionele training meetellen",
        "Whether to count optional trainings and events as costs.",
        "Of optionele trainingen en evenementen als kosten meetellen.")
    reference_hourly_wage: Amount | None = F(None, "Reference hourly wage", "Referentie-uurloon",
        "Compare your hourly result with this, e.g. the statutory minimum wage.",
        "Vergelijk je uurresultaat hiermee, bijv. het wettelijk minimumuurloon.", unit="money")


class SimulationSettings(Base):
    existing_participants: Annotated[Whole, *_limits(1, MAX_AMOUNT)] = F(
        10000, "Participants at the start", "Deelnemers bij de start",
        "How many participants the company already has.",
        "Hoeveel deelnemers het bedrijf al heeft.", unit="count")
    market_size: Annotated[Whole, *_limits(1, MAX_AMOUNT)] = F(
        1_000_000, "Market size", "Marktomvang",
        "How many people could ever join; no one joins beyond this.",
        "Hoeveel mensen er ooit mee kunnen doen; daarboven meldt niemand zich meer aan.", unit="count")
    months: Months | None = F(
        None, "Months", "Maanden", "How many months to simulate; empty means the horizon.",
        "Hoeveel maanden je wilt simuleren; leeg betekent de periode van je eigen projectie.",
        unit="months")
    recruit_rate: Annotated[float, *_limits(0, 100)] = F(
        0.05, "Recruits per participant per month", "Rekruten per deelnemer per maand",
        "Average number of people each active participant signs up per month, while the market is still empty.",
        "Gemiddeld aantal mensen dat elke actieve deelnemer per maand aanmeldt, zolang de markt nog leeg is.")
    churn_percent: Percent = F(5, "Quit per month", "Stoppers per maand",
        "Share of active participants who quit each month.",
        "Deel van de actieve deelnemers dat elke maand stopt.", unit="percent")
    retail_sellers_percent: Percent = F(30, "Who sell to outsiders", "Wie verkoopt aan buitenstaanders",
        "Share of participants who sell to outside customers at all.",
        "Deel van de deelnemers dat überhaupt aan klanten van buiten verkoopt.", unit="percent")
    customer_sales_mean: Amount = F(50, "Average outside sales", "Gemiddelde verkoop buiten",
        "Average monthly sales to outside customers of those who sell, at retail price.",
        "Gemiddelde maandelijkse verkoop aan klanten van buiten van wie verkoopt, tegen verkoopprijs.",
        unit="money")
    attachment: Attachment = F("uniform", "Who recruits the newcomers", "Wie werft de nieuwkomers",
        "Uniform: every active participant is equally likely to sponsor a newcomer; preferential: those who already recruited more are more likely.",
        "Gelijk: elke actieve deelnemer heeft evenveel kans een nieuwkomer te werven; voorkeur: wie al meer wierf, heeft meer kans.")
    seed: Annotated[Whole, *_limits(0, 2**63 - 1)] = F(1, "Random seed", "Startwaarde toeval",
        "The same seed gives the same simulation.", "Dezelfde startwaarde geeft dezelfde simulatie.")

    @model_validator(mode="after")
    def _market_holds_network(self) -> "SimulationSettings":
        if self.market_size < self.existing_participants:
            raise PydanticCustomError(
                "market_too_small",
                "market_size ({market}) must be at least existing_participants ({existing})",
                {"market": self.market_size, "existing": self.existing_participants},
            )
        return self


class Evaluation(Base):
    format: Literal["opportunity-evaluation"] = F(..., "Format", "Formaat",
        "Always 'opportunity-evaluation'.", "Altijd 'opportunity-evaluation'.")
    version: Literal[2] = F(..., "Format version", "Formaatversie",
        "The file format version.", "De versie van het bestandsformaat.")
    offer: Offer = F(..., "Offer", "Aanbod",
        "The offer you are evaluating: fees, products, requirements, training, payout plan, disclosure and claims.",
        "Het aanbod dat je beoordeelt: kosten, producten, verplichtingen, training, verdienmodel, inkomensverklaring en beloften.")
    assumptions: Assumptions = F(Assumptions(), "Your assumptions", "Jouw aannames",
        "What you expect to do: hours, customers, recruits, horizon.",
        "Wat je verwacht te doen: uren, klanten, rekruten, periode.")
    simulation: SimulationSettings = F(SimulationSettings(), "Simulation settings", "Simulatie-instellingen",
        "Settings for the population simulation of the whole network.",
        "Instellingen voor de simulatie van het hele netwerk.")

    @classmethod
    def new(cls, name: str) -> "Evaluation":
        """A fresh evaluation with every default, for the editor's New command."""
        return cls(format=FORMAT_NAME, version=FORMAT_VERSION, offer=Offer(name=name))


def field_info(model: type[BaseModel], name: str, lang: str = "en") -> dict[str, str]:
    """Label, help text and unit of one field, in ``lang`` ("en" or "nl")."""
    schema_extra = model.model_fields[name].json_schema_extra
    extra = schema_extra if isinstance(schema_extra, dict) else {}  # F() always sets a dict
    lang = "nl" if lang == "nl" else "en"
    return {
        "label": str(extra.get(f"label_{lang}", name)),
        "help": str(extra.get(f"help_{lang}", "")),
        "unit": str(extra.get("unit", "")),
    }


__all__ = [
    "FORMAT_NAME", "FORMAT_VERSION", "MAX_AMOUNT", "MAX_DOWNLINE_RECRUITS", "MAX_NEW_CUSTOMERS",
    "MAX_RECRUITS", "MAX_RECRUITS_TOTAL", "MIN_PRICE", "MIN_VOLUME", "SANITY_LIMIT", "AUTOSHIP_TOLERANCE",
    "Amount", "Attachment", "Base", "CommissionBasis", "Count", "CurrencyCode", "DisclosureBasis",
    "F", "Kind", "Months", "Percent", "PositiveAmount", "PositivePercent", "RetailMode",
    "RetailTerms", "TrainingFocus", "Volume", "Whole", "Period", "ShareNothingBasis",
    "Fees", "Product", "Requirements", "Training", "Tier", "Disclosure", "Claims", "Offer",
    "Assumptions", "SimulationSettings", "Evaluation", "PayoutPlan", "field_info",
    "_limits", "_num", "_range", "_text", "_volume", "_whole",
]
