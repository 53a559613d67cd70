"""The version-1 document model, frozen: for reading version-1 files only.

Owns the pydantic models of format version 1 as they were when version 2 replaced them
(``Payout`` with ``plan``/``levels``/``binary_percent``/..., ``Rank`` with ``monthly_bonus``,
``Tier`` with ``annual_average``/``annual_median``, ``Disclosure`` with a ``covered_percent`` of
100 by default, and the ``Requirements``, ``Claims``, ``Assumptions``, ``Offer`` and
``Evaluation`` that hold them). :mod:`evaluator.core.fileformat` validates a version-1 file
against these (its error messages and field paths are version 1's) and then upgrades it to
version 2. Nothing else uses them; never change them: ``resources/schema/oppeval-v1.schema.json``
is generated from them and must stay byte-identical (``tests/core/test_schema.py``).

``Fees`` is version 2's with version 1's help for the starter kit (version 2 reworded it). The
parts version 2 did not change (``Product``, ``Training``, ``RetailTerms``,
``SimulationSettings`` and the number types) are imported from :mod:`evaluator.core.model`; if
version 2 ever changes one of them, copy its version-1 form here first.
"""

from __future__ import annotations

from typing import Annotated, Final, Literal

from pydantic import model_validator
from pydantic_core import PydanticCustomError

from .model import Fees as _Fees
from .model import (
    FORMAT_NAME, MAX_DOWNLINE_RECRUITS, MAX_NEW_CUSTOMERS, MAX_RECRUITS, Amount, Base,
    CommissionBasis, Count, CurrencyCode, DisclosureBasis, F, Kind, Months, Percent,
    PositivePercent, Product, RetailTerms, SimulationSettings, Training, Whole, _limits,
)

FORMAT_VERSION: Final = 1

PlanType = Literal["none", "unilevel", "binary"]

__all__ = [
    "FORMAT_NAME", "FORMAT_VERSION", "PlanType", "Requirements", "Rank", "Payout", "Tier",
    "Disclosure", "Claims", "Offer", "Assumptions", "Evaluation",
]

class Fees(_Fees):
    # Version 2's fees with version 1's Dutch help for the starter kit (the schema holds it; a
    # docstring would enter the schema as a description).
    starter_kit: Amount = F(0, "Starter kit", "Startpakket",
        "The price of the starter kit or business pack, paid once when you start.",
        "De prijs van het startpakket of 'business pack', eenmalig bij de start.", unit="money")


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


