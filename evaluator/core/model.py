"""The evaluation model: one source of truth for fields, defaults, limits and help texts.

Field names are exactly those of the ``.oppeval`` format (SPEC section 2). Every field carries a
label and a plain-language help text in English and Dutch (``field_info``); the editor, the JSON
Schema and the PDF read them from here.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

FORMAT_NAME: Final = "opportunity-evaluation"
FORMAT_VERSION: Final = 1

Kind = Literal["mlm", "dealer", "affiliate", "other"]
RetailMode = Literal["margin", "commission", "none"]
PlanType = Literal["none", "unilevel", "binary"]
CommissionBasis = Literal["all_volume", "customer_volume"]
TrainingFocus = Literal["product", "sales", "recruiting", "mixed"]
DisclosureBasis = Literal["all", "active", "earners", "unknown"]
Attachment = Literal["uniform", "preferential"]


def _text(en_label: str, nl_label: str, en_help: str, nl_help: str, **extra: Any) -> dict[str, Any]:
    return {
        "label_en": en_label,
        "label_nl": nl_label,
        "help_en": en_help,
        "help_nl": nl_help,
        **extra,
    }


def F(default: Any, en_label: str, nl_label: str, en_help: str, nl_help: str, **kw: Any) -> Any:
    """A model field with its labels and help texts in both languages.

    Pass ``...`` as default for a required field. ``unit`` ("money", "percent", "count",
    "volume", "months", "days", "hours") tells the editor how to show it.
    """
    unit = kw.pop("unit", None)
    extra = _text(en_label, nl_label, en_help, nl_help)
    if unit:
        extra["unit"] = unit
    return Field(default, description=en_help, title=en_label, json_schema_extra=extra, **kw)


def _finite(value: float) -> float:
    if isinstance(value, float) and not math.isfinite(value):
        raise PydanticCustomError("finite_number", "must be a finite number (not NaN or Infinity)")
    return value


_RANGE_MESSAGES = {
    "between": "must be between {lo} and {hi}",
    "above_at_most": "must be greater than {lo} and at most {hi}",
    "at_least": "must be at least {lo}",
    "above": "must be greater than {lo}",
    "at_most": "must be at most {hi}",
}
# Upper limits at or above this are sanity caps rather than a field's natural range.
SANITY_LIMIT = 10_000


def _range(lo: float | None, hi: float | None, exclusive_lo: bool = False) -> Callable[[Any], Any]:
    """A validator refusing NaN/Infinity and values outside [lo, hi] (or (lo, hi] if exclusive)."""

    def check(value: Any) -> Any:
        if value is None:
            return value
        _finite(value)
        below = lo is not None and (value <= lo if exclusive_lo else value < lo)
        above = hi is not None and value > hi
        if below or above:
            ctx = {"lo": _num(lo), "hi": _num(hi)}
            if above and hi is not None and (hi >= SANITY_LIMIT or lo is None):  # above: hi is set
                code = "at_most"  # a sanity cap: name only the side that was crossed
            elif hi is None or hi >= SANITY_LIMIT:
                code = "above" if exclusive_lo else "at_least"
            else:
                code = "above_at_most" if exclusive_lo else "between"
            raise PydanticCustomError(code, _RANGE_MESSAGES[code], ctx)
        return value

    return check


def _num(x: float | None) -> str:
    if x is None:
        return ""
    if float(x).is_integer():
        return f"{int(x):,}" if abs(x) >= 10_000 else str(int(x))  # 1,000,000: never spaces
    return str(x)


from pydantic import AfterValidator, BeforeValidator  # noqa: E402  (kept next to the types that use it)


def _whole(value: Any) -> Any:
    """Accept 12.0 for a whole-number field (JSON writers differ); 12.5 stays an error."""
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return int(value)
    return value


Whole = Annotated[int, BeforeValidator(_whole)]

# Upper limits. They are far beyond any real offer and exist so that every sum, product and
# compound-growth figure over 120 months stays a finite float (a valid file always analyses).
MAX_AMOUNT = 1e12  # money, volume and counts of people
MAX_NEW_CUSTOMERS = 1e6  # outside customers won per month
MAX_RECRUITS = 1e4  # personal recruits per month
MAX_DOWNLINE_RECRUITS = 100  # recruits per downline member per month: (rho + 100)^120 is finite
MIN_VOLUME = 1e-6  # a product's volume is 0 or at least this, so money per point stays finite


def _limits(lo: float | None, hi: float | None = None, exclusive_lo: bool = False) -> tuple[Any, ...]:
    """AfterValidator(_range(...)) plus the same limits stated in the JSON Schema."""
    extra: dict[str, Any] = {}
    if lo is not None:
        extra["exclusiveMinimum" if exclusive_lo else "minimum"] = lo
    if hi is not None:
        extra["maximum"] = hi
    return (AfterValidator(_range(lo, hi, exclusive_lo)), Field(json_schema_extra=extra))


def _volume(value: float | None) -> float | None:
    if value is not None and 0 < value < MIN_VOLUME:
        raise PydanticCustomError("volume_tiny", "must be 0 or at least {min}", {"min": f"{MIN_VOLUME:g}"})
    return value


# Number types. Strict mode (see Base) refuses strings and booleans for numbers and floats for
# whole numbers; these validators refuse NaN/Infinity and out-of-range values with messages that
# read well after a field path.
Amount = Annotated[float, *_limits(0, MAX_AMOUNT)]
PositiveAmount = Annotated[float, *_limits(0, MAX_AMOUNT, exclusive_lo=True)]
Percent = Annotated[float, *_limits(0, 100)]
PositivePercent = Annotated[float, *_limits(0, 100, exclusive_lo=True)]
Count = Annotated[Whole, *_limits(0, MAX_AMOUNT)]
Months = Annotated[Whole, *_limits(1, 120)]
Volume = Annotated[float, *_limits(0, MAX_AMOUNT), AfterValidator(_volume)]
CurrencyCode = Annotated[str, Field(pattern=r"^[A-Z]{3}$")]


class Base(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        strict=True,
        allow_inf_nan=False,
        validate_assignment=False,
        str_max_length=100_000,
        frozen=False,
    )


class Fees(Base):
    signup: Amount = F(0, "Sign-up fee", "Inschrijfgeld",
        "A one-off fee to join, paid in your first month.",
        "Eenmalig bedrag om mee te mogen doen, betaald in je eerste maand.", unit="money")
    starter_kit: Amount = F(0, "Starter kit", "Startpakket",
        "The price of the starter kit or business pack, paid once when you start.",
        "De prijs van het startpakket of 'business pack', eenmalig bij de start.", unit="money")
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
    wholesale_price: PositiveAmount = F(..., "Wholesale price", "Inkoopprijs",
        "What you pay the company for one unit.",
        "Wat jij het bedrijf betaalt voor één stuk.", unit="money")
    retail_price: PositiveAmount = F(..., "Retail price", "Verkoopprijs",
        "The suggested price to an outside customer.",
        "De adviesprijs voor een klant van buiten het netwerk.", unit="money")
    volume: Volume | None = F(None, "Volume (points)", "Volume (punten)",
        "The commissionable value of one unit (PV/BV). Leave empty if it equals the wholesale price.",
        "De commissiewaarde van één stuk (PV/BV). Laat leeg als die gelijk is aan de inkoopprijs.",
        unit="volume")
    market_price: PositiveAmount | None = F(None, "Comparable price elsewhere", "Vergelijkbare prijs elders",
        "What a comparable product costs in an ordinary shop, if you know.",
        "Wat een vergelijkbaar product in een gewone winkel kost, als je dat weet.", unit="money")


class Requirements(Base):
    monthly_volume: Amount = F(0, "Required monthly volume", "Verplicht maandvolume",
        "Volume (points) you must buy or sell each month to stay active and be paid.",
        "Volume (punten) dat je elke maand moet kopen of verkopen om actief te blijven en uitbetaald te worden.",
        unit="volume")
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


class Rank(Base):
    name: str = F(..., "Rank", "Rang", "The rank's name.", "De naam van de rang.",
                  min_length=1, max_length=200)
    group_volume: Amount = F(..., "Group volume", "Groepsvolume",
        "Monthly volume of you and your whole downline needed for this rank.",
        "Maandvolume van jou en je hele downline dat nodig is voor deze rang.", unit="volume")
    legs: Count = F(..., "Active legs", "Actieve lijnen",
        "How many active personal recruits (legs) the rank requires.",
        "Hoeveel actieve directe rekruten (lijnen) de rang vereist.", unit="count")
    monthly_bonus: Amount = F(..., "Monthly bonus", "Maandbonus",
        "The bonus paid each month at this rank.", "De bonus die elke maand bij deze rang wordt betaald.",
        unit="money")


class RetailTerms(Base):
    """How you earn on your own sales: the first fields of the payout in every format version."""

    retail_mode: RetailMode = F("margin", "Retail income", "Inkomen uit verkoop",
        "How you earn on your own sales: the margin between wholesale and retail price, a commission, or nothing.",
        "Hoe je verdient aan je eigen verkoop: de marge tussen inkoop- en verkoopprijs, een commissie, of niets.")
    retail_commission_percent: Percent = F(0, "Sales commission", "Verkoopcommissie",
        "Commission on your sales to outside customers (when retail income is a commission).",
        "Commissie op je verkoop aan klanten van buiten (als je inkomen uit verkoop een commissie is).",
        unit="percent")


class Payout(RetailTerms):
    plan: PlanType = F("none", "Downline plan", "Netwerkplan",
        "How you are paid on your recruits' volume: not at all, unilevel (a percentage per level) or binary (two legs).",
        "Hoe je verdient aan het volume van je rekruten: niet, unilevel (een percentage per niveau) of binair (twee benen).")
    levels: list[Percent] = F([], "Level percentages", "Percentages per niveau",
        "Unilevel: the percentage paid on each level; level 1 is the people you recruit yourself.",
        "Unilevel: het percentage per niveau; niveau 1 zijn de mensen die je zelf werft.",
        max_length=100, unit="percent")
    binary_percent: Percent = F(0, "Binary percentage", "Binair percentage",
        "Binary: the percentage paid on the weaker leg's volume.",
        "Binair: het percentage over het volume van het zwakste been.", unit="percent")
    binary_monthly_cap: Amount | None = F(None, "Binary monthly cap", "Maximum binair per maand",
        "Binary: the most the binary commission pays in a month; empty for no cap.",
        "Binair: het maximum dat de binaire commissie per maand uitbetaalt; leeg voor geen maximum.",
        unit="money")
    commission_basis: CommissionBasis = F("all_volume", "Commission paid on", "Commissie betaald over",
        "Whether downline commissions also pay on participants' own purchases, or only on sales to outside customers.",
        "Of netwerkcommissies ook worden betaald over eigen aankopen van deelnemers, of alleen over verkoop aan klanten van buiten.")
    recruit_bonus: Amount = F(0, "Bonus per recruit", "Bonus per rekruut",
        "Money paid for each person you personally sign up.",
        "Geld dat je krijgt voor elke persoon die je zelf aanmeldt.", unit="money")
    ranks: list[Rank] = F([], "Ranks", "Rangen",
        "Ranks with the group volume and legs they require and the monthly bonus they pay.",
        "Rangen met het groepsvolume en de lijnen die ze vereisen en de maandbonus die ze opleveren.",
        max_length=100)


class Tier(Base):
    name: str = F("", "Tier", "Groep", "The tier or rank the disclosure names.",
                  "De groep of rang in de inkomensverklaring.", max_length=200)
    share_percent: PositivePercent = F(..., "Share", "Aandeel",
        "Share of the covered participants in this tier.",
        "Aandeel van de meegetelde deelnemers in deze groep.", unit="percent")
    annual_average: Amount = F(..., "Average per year", "Gemiddeld per jaar",
        "Average gross annual earnings in this tier, before expenses.",
        "Gemiddelde bruto jaarverdiensten in deze groep, vóór kosten.", unit="money")
    annual_median: Amount | None = F(None, "Median per year", "Mediaan per jaar",
        "Median gross annual earnings in this tier, if stated.",
        "Mediaan bruto jaarverdiensten in deze groep, als die vermeld is.", unit="money")


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
    covered_percent: PositivePercent = F(100, "Share of all participants covered", "Deel van alle deelnemers",
        "Share of ALL participants that the tiers describe; the rest are counted as earning nothing.",
        "Deel van ALLE deelnemers dat de groepen beschrijven; de rest telt als 'verdient niets'.",
        unit="percent")
    share_nothing_percent: Percent | None = F(None, "Share paid nothing", "Deel dat niets ontving",
        "Share of all participants paid nothing, if the statement says.",
        "Deel van alle deelnemers dat niets uitbetaald kreeg, als de verklaring dat vermeldt.",
        unit="percent")
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
    payout: Payout = F(Payout(), "Payout plan", "Verdienmodel",
        "How participants are paid (the compensation plan).",
        "Hoe deelnemers worden betaald (het compensatieplan).")
    disclosure: Disclosure | None = F(None, "Income disclosure", "Inkomensverklaring",
        "The company's published statement of what participants earn.",
        "De gepubliceerde verklaring van het bedrijf over wat deelnemers verdienen.")
    claims: Claims = F(Claims(), "Recruiter's claims", "Beloften van de werver",
        "What the person recruiting you said you could earn.",
        "Wat de persoon die je werft zei dat je kunt verdienen.")


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
    version: Literal[1] = F(..., "Format version", "Formaatversie",
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
