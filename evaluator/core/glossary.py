"""The glossary: the words a recruit hears, explained in plain English and Dutch.

This module owns the glossary entries (term, aliases, a plain explanation, a worked example in
euros, and the model field paths that use the term) and the look-ups on them: ``entry(key)``,
``entries(lang)``, ``search(text, lang)`` and ``for_field(path)``. It is Qt-free; the dialog in
``evaluator/ui/glossary_dialog.py`` shows it.

Field paths are written the way the file format's error messages write them, with ``[]`` for
"any element of a list": ``offer.products[].volume``. They cover format version 1 (checked
against ``evaluator/core/model.py`` by the tests) and the version-2 fields of SPEC 8.1-8.3, which
are listed once, in ``V2_FIELD_PATHS`` below. A version-2 payout component's field is written
``offer.payout.components[type=unilevel].levels``: the editor knows each component's type, a list
index would not say which component is meant.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .i18n import norm_lang

if TYPE_CHECKING:  # pragma: no cover
    from pydantic import BaseModel

# --- Version-2 fields (SPEC 8.1, 8.2, 8.3), kept in this one place -----------------------------

# The fields of each version-2 payout component, as in the table of SPEC 8.1.
V2_COMPONENT_FIELDS: dict[str, tuple[str, ...]] = {
    "unilevel": ("levels", "basis", "compression", "depth_by_rank"),
    "binary": ("percent", "monthly_cap", "basis", "carry_over"),
    "matrix": ("width", "depth", "levels", "basis", "cycle_bonus"),
    "stairstep": ("percent_by_rank", "basis", "own_volume", "breakaway_rank", "generation_percents"),
    "matching": ("percents", "min_rank"),
    "fast_start": ("percents", "basis", "months"),
    "recruit_bonus": ("amounts",),
    "rank_bonus": ("amount_by_rank",),
}


def component_path(type_: str, field: str) -> str:
    """``component_path("unilevel", "levels")`` -> ``offer.payout.components[type=unilevel].levels``."""
    return f"offer.payout.components[type={type_}].{field}"


V2_FIELD_PATHS: frozenset[str] = frozenset(
    [component_path(t, f) for t, fields in V2_COMPONENT_FIELDS.items() for f in fields]
    + [f"offer.payout.components[type={t}]" for t in V2_COMPONENT_FIELDS]
    + [
        "offer.payout.components",
        "offer.payout.ranks",
        "offer.payout.ranks[].name",
        "offer.payout.ranks[].personal_volume",
        "offer.payout.ranks[].group_volume",
        "offer.payout.ranks[].legs",
        "offer.payout.ranks[].leg_volume",
        "offer.requirements.autoship_amount",  # SPEC 8.3
        "offer.claims.after_months",  # SPEC 8.3
        "assumptions.recruits_total",  # SPEC 8.3
        "offer.disclosure.period",  # SPEC 8.2
        "offer.disclosure.share_nothing_basis",
        "offer.disclosure.tiers[].average",
        "offer.disclosure.tiers[].median",
        "offer.disclosure.tiers[].low",
        "offer.disclosure.tiers[].high",
    ]
)


@dataclass(frozen=True)
class Entry:
    """One glossary entry. Texts are plain text (no markup); the UI escapes them."""

    key: str
    term_en: str
    term_nl: str
    aliases_en: tuple[str, ...]
    aliases_nl: tuple[str, ...]
    text_en: str
    text_nl: str
    example_en: str
    example_nl: str
    fields: tuple[str, ...] = ()
    see_also: tuple[str, ...] = ()

    def term(self, lang: str) -> str:
        return self.term_nl if norm_lang(lang) == "nl" else self.term_en

    def aliases(self, lang: str) -> tuple[str, ...]:
        return self.aliases_nl if norm_lang(lang) == "nl" else self.aliases_en

    def text(self, lang: str) -> str:
        return self.text_nl if norm_lang(lang) == "nl" else self.text_en

    def example(self, lang: str) -> str:
        return self.example_nl if norm_lang(lang) == "nl" else self.example_en

    def names(self) -> tuple[str, ...]:
        """The term and every alias, in both languages."""
        return (self.term_en, self.term_nl, *self.aliases_en, *self.aliases_nl)


def _c(type_: str, *fields: str) -> tuple[str, ...]:
    return tuple(component_path(type_, f) for f in fields)


_BASIS = tuple(component_path(t, "basis") for t, f in V2_COMPONENT_FIELDS.items() if "basis" in f)

# The entries, in a sensible reading order (the dialog sorts them alphabetically per language).
# Every example's arithmetic is worked out in the example itself.
_ENTRIES: tuple[Entry, ...] = (
    Entry(
        "mlm", "Multi-level marketing (MLM)", "Multi-level marketing (MLM)",
        ("MLM", "network marketing", "direct selling", "multilevel"),
        ("MLM", "netwerkmarketing", "direct selling", "directe verkoop", "multilevel"),
        "A way of selling in which participants earn from their own sales, and also from the "
        "purchases and sales of the people they recruit and of the people those recruit. It can be "
        "legal when the money comes mainly from selling real products to real customers. It becomes "
        "a pyramid scheme when the pay comes mainly from recruiting and from participants' own "
        "purchases.",
        "Een manier van verkopen waarbij deelnemers verdienen aan hun eigen verkoop, en ook aan de "
        "aankopen en verkoop van de mensen die ze werven en van de mensen die die weer werven. Het "
        "kan legaal zijn als het geld vooral komt uit verkoop van echte producten aan echte klanten. "
        "Het wordt een piramidespel als de beloning vooral uit werven en uit eigen aankopen van "
        "deelnemers komt.",
        "You sell €200 a month to customers at a 25% margin (€50) and get €15 on your recruits' "
        "orders. Then €50 of your €65 comes from selling: a good sign.",
        "Je verkoopt voor € 200 per maand aan klanten met 25% marge (€ 50) en krijgt € 15 over de "
        "bestellingen van je rekruten. Dan komt € 50 van je € 65 uit verkoop: een goed teken.",
        ("offer.kind",), ("pyramid_scheme", "compensation_plan", "outside_customer"),
    ),
    Entry(
        "pyramid_scheme", "Pyramid scheme", "Piramidespel",
        ("pyramid", "pyramid game", "snowball scheme", "chain scheme", "money game", "gifting circle"),
        ("piramidesysteem", "piramide", "sneeuwbalsysteem", "geldspel", "schenkkring"),
        "A scheme where you pay to join and earn mainly from the money of people who join after "
        "you, not from selling products to real customers. It always runs out of newcomers, so most "
        "participants lose money. It is on the EU black list of unfair commercial practices (in the "
        "Netherlands art. 6:193g BW); a pyramid with no real product is also an illegal game of "
        "chance under the Dutch Gaming Act (Wet op de kansspelen, art. 1a).",
        "Een systeem waarin je betaalt om mee te doen en vooral verdient aan het geld van mensen "
        "die na jou instappen, niet aan de verkoop van producten aan echte klanten. Er komen altijd "
        "te weinig nieuwe mensen bij, dus de meeste deelnemers verliezen geld. Het staat op de "
        "Europese zwarte lijst van oneerlijke handelspraktijken (in Nederland art. 6:193g BW); een "
        "piramidespel zonder echt product is bovendien een verboden kansspel (Wet op de "
        "kansspelen, art. 1a).",
        "You pay €100 and must bring in 2 people who each pay €100. For the scheme to grow just 10 "
        "levels below you, 2 + 4 + 8 + … + 1,024 = 2,046 new people must join. The last ones in, "
        "always the largest group, lose their €100.",
        "Je betaalt € 100 en moet 2 mensen aanbrengen die elk € 100 betalen. Om maar 10 niveaus "
        "onder jou te groeien, moeten 2 + 4 + 8 + … + 1.024 = 2.046 nieuwe mensen instappen. De "
        "laatsten die instappen, altijd de grootste groep, zijn hun € 100 kwijt.",
        ("offer.kind",), ("recruit_bonus", "market_saturation", "sign_up_fee"),
    ),
    Entry(
        "dealer_network", "Dealer network", "Dealernetwerk",
        ("reseller", "independent dealer", "party plan", "home demonstration", "consultant", "advisor"),
        ("wederverkoper", "onafhankelijke dealer", "thuisdemonstratie", "consulent", "adviseur",
         "party plan"),
        "Independent sellers who buy products at a lower price, or get a commission per sale, and "
        "sell directly to customers, for example at home demonstrations. The weight is on selling, "
        "not on recruiting. Check whether you must buy a demo set or stock, and what it costs.",
        "Zelfstandige verkopers die producten goedkoper inkopen, of per verkoop commissie krijgen, "
        "en rechtstreeks aan klanten verkopen, bijvoorbeeld bij thuisdemonstraties. De nadruk ligt "
        "op verkopen, niet op werven. Kijk of je een demonstratieset of voorraad moet kopen, en wat "
        "die kost.",
        "You get €100 commission on each kitchen machine you sell and pay €600 for a demo set. You "
        "need to sell 6 machines to earn the set back (6 × €100 = €600).",
        "Je krijgt € 100 commissie per verkochte keukenmachine en betaalt € 600 voor een "
        "demonstratieset. Je moet 6 machines verkopen om de set terug te verdienen (6 × € 100 = "
        "€ 600).",
        ("offer.kind",), ("retail_margin", "commission"),
    ),
    Entry(
        "affiliate", "Affiliate programme", "Affiliateprogramma",
        ("affiliate", "affiliate program", "ambassador", "ambassador programme", "referral programme",
         "partner programme", "referral link"),
        ("affiliate", "ambassadeur", "ambassadeursprogramma", "partnerprogramma", "doorverwijzing",
         "referral"),
        "You recommend a product or service, usually with a personal link or code, and get a "
        "commission on what the people you refer buy. There is normally no stock to buy and nothing "
        "to pay to join. A recurring commission lasts as long as the customer keeps paying.",
        "Je beveelt een product of dienst aan, meestal met een persoonlijke link of code, en krijgt "
        "commissie op wat de mensen die je doorverwijst kopen. Meestal hoef je geen voorraad te "
        "kopen en niets te betalen om mee te doen. Een terugkerende commissie loopt zolang de klant "
        "blijft betalen.",
        "You refer 5 customers to a €60-a-month subscription at 20% commission: 5 × €12 = €60 a "
        "month, for as long as they stay.",
        "Je verwijst 5 klanten door naar een abonnement van € 60 per maand met 20% commissie: "
        "5 × € 12 = € 60 per maand, zolang ze blijven.",
        ("offer.kind",), ("commission", "outside_customer"),
    ),
    Entry(
        "compensation_plan", "Compensation plan", "Verdienmodel (compensatieplan)",
        ("comp plan", "pay plan", "marketing plan", "payout plan", "bonus plan", "earnings plan"),
        ("compensatieplan", "beloningsplan", "marketingplan", "bonusplan", "verdienplan"),
        "The company's rules for who is paid how much, and on what. It is often long and "
        "complicated, full of ranks, points and bonuses. Ask for it in writing before you join: the "
        "app needs its numbers to say anything about it.",
        "De regels van het bedrijf voor wie hoeveel krijgt, en waarover. Het is vaak lang en "
        "ingewikkeld, vol rangen, punten en bonussen. Vraag het op papier voordat je meedoet: de "
        "app heeft de getallen nodig om er iets over te zeggen.",
        "A plan says 'we pay out up to 60%'. On a €50 order that is at most €30 (60% of €50), "
        "shared among everyone above the buyer: not €30 for you.",
        "Een plan zegt 'we betalen tot 60% uit'. Over een bestelling van € 50 is dat hooguit € 30 "
        "(60% van € 50), verdeeld over iedereen boven de koper: dus niet € 30 voor jou.",
        ("offer.payout", "offer.payout.plan", "offer.payout.components"),
        ("unilevel", "binary", "matrix", "stairstep", "breakage"),
    ),
    Entry(
        "volume", "Volume (points)", "Volume (punten)",
        ("points", "product points", "point value", "QV", "qualifying volume"),
        ("punten", "puntwaarde", "productpunten"),
        "A number of points the company gives each product. Commissions, bonuses and ranks are "
        "counted in points, not in euros. A product's points can be lower than its price, so a "
        "percentage 'of volume' can be less money than it sounds.",
        "Een aantal punten dat het bedrijf aan elk product geeft. Commissies, bonussen en rangen "
        "worden in punten geteld, niet in euro's. De punten van een product kunnen lager zijn dan "
        "de prijs, dus een percentage 'over het volume' is soms minder geld dan het klinkt.",
        "A pack costs you €50 and is worth 35 points; each point counts as €1 for commission. A 10% "
        "commission then pays 10% of 35 = €3.50, not €5.00.",
        "Een pakket kost jou € 50 en is 35 punten waard; elk punt telt als € 1 voor de commissie. "
        "Een commissie van 10% levert dan 10% van 35 = € 3,50 op, geen € 5,00.",
        ("offer.products[].volume",), ("pv", "gv", "cv_bv"),
    ),
    Entry(
        "pv", "Personal volume (PV)", "Persoonlijk volume (PV)",
        ("PV", "personal volume", "personal points", "own volume"),
        ("PV", "persoonlijke punten", "eigen volume"),
        "The points of everything you buy yourself and sell to your own customers in a month. Many "
        "plans pay you only if your PV reaches a minimum each month. Often that minimum means you "
        "have to buy products yourself.",
        "De punten van alles wat je in een maand zelf koopt en aan je eigen klanten verkoopt. In "
        "veel plannen krijg je alleen uitbetaald als je PV elke maand een minimum haalt. Vaak "
        "betekent dat minimum dat je zelf moet bestellen.",
        "A shake costs €40 and is worth 40 points. The plan asks for 100 PV a month. If you sell "
        "one shake to a neighbour, you still have to buy 60 points yourself: about €60 a month from "
        "your own pocket.",
        "Een shake kost € 40 en is 40 punten waard. Het plan vraagt 100 PV per maand. Verkoop je "
        "één shake aan de buurvrouw, dan moet je nog 60 punten zelf kopen: zo'n € 60 per maand uit "
        "eigen zak.",
        ("offer.requirements.monthly_volume", "offer.payout.ranks[].personal_volume"),
        ("volume", "gv", "qualification", "autoship"),
    ),
    Entry(
        "gv", "Group volume (GV)", "Groepsvolume (GV)",
        ("GV", "group volume", "team volume", "organisation volume", "organization volume"),
        ("GV", "teamvolume", "groepspunten", "organisatievolume"),
        "The points of you and everyone below you together in a month. Ranks usually need a "
        "minimum GV. Your team's own purchases count too, so a high GV can mean a lot of buying and "
        "little selling.",
        "De punten van jou en iedereen onder je samen in een maand. Voor een rang is meestal een "
        "minimum aan GV nodig. Ook de eigen aankopen van je team tellen mee, dus een hoog GV kan "
        "betekenen: veel kopen en weinig verkopen.",
        "You buy 100 points and your 9 team members 100 points each: a GV of 100 + 9 × 100 = 1,000. "
        "If each point costs €1, your team spends €1,000 a month to give you that GV.",
        "Jij koopt 100 punten en je 9 teamleden elk 100: een GV van 100 + 9 × 100 = 1.000. Kost "
        "elk punt € 1, dan geeft je team € 1.000 per maand uit voor dat GV.",
        ("offer.payout.ranks[].group_volume",), ("pv", "rank", "downline"),
    ),
    Entry(
        "cv_bv", "Commissionable volume (CV / BV)", "Commissiewaarde (CV / BV)",
        ("CV", "BV", "business volume", "bonus volume", "commissionable value"),
        ("CV", "BV", "bonusvolume", "commissievolume"),
        "The part of a sale on which commission is paid; some companies call it BV (business or "
        "bonus volume), others CV. Ask whether it counts only sales to outside customers, or also "
        "what participants buy themselves. If the latter, people can earn by getting others to "
        "buy, without selling anything.",
        "Het deel van een verkoop waarover commissie wordt betaald; het ene bedrijf noemt het BV "
        "(bonusvolume), het andere CV. Vraag of alleen verkoop aan klanten van buiten telt, of ook "
        "wat deelnemers zelf kopen. In dat laatste geval kun je verdienen door anderen te laten "
        "kopen, zonder iets te verkopen.",
        "Your recruit orders for €100 and that gives 80 BV. At 5% on level 1 you get 5% of 80 = €4. "
        "If only sales to outside customers count, that order gives you nothing.",
        "Je rekruut bestelt voor € 100 en dat levert 80 BV op. Met 5% op niveau 1 krijg jij 5% van "
        "80 = € 4. Telt alleen verkoop aan klanten van buiten, dan levert die bestelling je niets "
        "op.",
        ("offer.products[].volume", "offer.payout.commission_basis", *_BASIS),
        ("volume", "internal_consumption"),
    ),
    Entry(
        "autoship", "Autoship", "Automatische bestelling (autoship)",
        ("auto-ship", "automatic order", "monthly order", "subscription order", "auto-delivery"),
        ("autoship", "maandelijkse bestelling", "verplichte bestelling", "vaste bestelling"),
        "An order that is sent and charged to you automatically every month. Many plans require one "
        "to stay 'active' and get paid. It is a cost every month, whether or not you sell anything.",
        "Een bestelling die elke maand vanzelf wordt verstuurd en afgeschreven. In veel plannen "
        "moet je er een hebben om 'actief' te blijven en uitbetaald te worden. Het zijn vaste "
        "kosten per maand, of je nu iets verkoopt of niet.",
        "An autoship of €75 a month costs you 12 × €75 = €900 a year. If you would not have bought "
        "those products anyway, that €900 is simply a cost of the business.",
        "Een autoship van € 75 per maand kost je 12 × € 75 = € 900 per jaar. Had je die producten "
        "anders niet gekocht, dan is die € 900 gewoon bedrijfskosten.",
        ("offer.requirements.autoship_required", "offer.requirements.monthly_volume",
         "offer.requirements.autoship_amount", "assumptions.personal_use_percent"),
        ("pv", "qualification", "internal_consumption"),
    ),
    Entry(
        "downline", "Downline", "Downline (je netwerk)",
        ("your network", "your team", "organisation", "organization", "group"),
        ("downline", "netwerk", "team", "organisatie", "netwerk onder je"),
        "Everyone below you: the people you recruited, the people they recruited, and so on. In an "
        "MLM you are paid a share of what your downline buys and sells. A big downline does not "
        "mean big pay: most people in it buy a little and leave.",
        "Iedereen onder je: de mensen die jij hebt geworven, de mensen die zij weer hebben "
        "geworven, enzovoort. In een MLM krijg je een deel van wat je downline koopt en verkoopt. "
        "Een grote downline betekent niet vanzelf veel geld: de meeste mensen erin kopen weinig en "
        "haken af.",
        "You recruit 3 people and each of them recruits 2. Your downline is 3 + 6 = 9 people. If "
        "each buys 50 points a month and you get 5% on all of them, that is 9 × 50 × 5% = €22.50 a "
        "month.",
        "Je werft 3 mensen en elk van hen werft er 2. Je downline is dan 3 + 6 = 9 mensen. Koopt "
        "ieder 50 punten per maand en krijg je over allemaal 5%, dan is dat 9 × 50 × 5% = € 22,50 "
        "per maand.",
        ("assumptions.downline_recruits_per_member_per_month", "assumptions.downline_retention_percent",
         "assumptions.downline_customer_sales", "offer.payout.plan"),
        ("upline", "leg", "level", "churn"),
    ),
    Entry(
        "upline", "Upline", "Upline",
        ("the people above you", "your upline"),
        ("de mensen boven je", "bovenlijn"),
        "The people above you: your sponsor, your sponsor's sponsor, and so on up to the top. They "
        "earn from what you buy and sell. That is why their advice to buy more, or to go to an "
        "event, is not neutral.",
        "De mensen boven je: je sponsor, de sponsor van je sponsor, enzovoort tot aan de top. Zij "
        "verdienen aan wat jij koopt en verkoopt. Daarom is hun advies om meer te kopen, of naar "
        "een evenement te gaan, niet neutraal.",
        "You buy €100 of products a month. With 7% to your sponsor and 5% to the person above them, "
        "your upline earns €7 + €5 = €12 a month from you.",
        "Jij koopt elke maand voor € 100. Krijgt je sponsor daar 7% van en de persoon boven hem of "
        "haar 5%, dan verdient je upline € 7 + € 5 = € 12 per maand aan jou.",
        ("offer.payout.levels",), ("sponsor", "downline", "level"),
    ),
    Entry(
        "sponsor", "Sponsor", "Sponsor",
        ("enroller", "recruiter", "referrer"),
        ("werver", "inschrijver", "aanbrenger"),
        "The person who signs you up. They are usually paid on your joining order and on your "
        "monthly purchases. Someone can be kind and still earn from your costs: feel free to ask "
        "what they earn from you.",
        "De persoon die jou aanmeldt. Meestal verdient die aan je eerste bestelling en aan je "
        "maandelijkse aankopen. Iemand kan aardig zijn en toch aan jouw kosten verdienen: vraag "
        "gerust wat hij of zij aan jou verdient.",
        "You pay €199 for a starter pack and your sponsor receives a €50 recruit bonus. Of your "
        "€199, €50 goes straight to the person who talked you into it.",
        "Je betaalt € 199 voor een startpakket en je sponsor krijgt € 50 wervingsbonus. Van jouw "
        "€ 199 gaat € 50 meteen naar degene die je overhaalde.",
        ("simulation.attachment",), ("upline", "recruit_bonus"),
    ),
    Entry(
        "recruit", "Recruit", "Rekruut",
        ("recruiting", "recruitment", "prospect", "enrol", "sign up", "frontline",
         "personally sponsored"),
        ("werven", "werving", "aanmelden", "prospect", "directe rekruut"),
        "A person you sign up yourself to join the plan. In most plans you earn from their "
        "purchases and from the people they sign up in turn. In a network where everyone has an "
        "equal chance, about half of all participants never recruit anyone, and only one in eight "
        "recruits three or more.",
        "Iemand die jij aanmeldt om mee te doen. In de meeste plannen verdien je aan diens "
        "aankopen en aan de mensen die hij of zij op zijn beurt aanmeldt. In een netwerk waarin "
        "iedereen een even grote kans heeft, werft ongeveer de helft van alle deelnemers nooit "
        "iemand, en maar één op de acht werft er drie of meer.",
        "'Just 2 people a year' is 2 ÷ 12 ≈ 0.17 recruits a month. If each pays for a €200 pack and "
        "you get 10% of it, that is 2 × €20 = €40 a year.",
        "'Maar 2 mensen per jaar' is 2 ÷ 12 ≈ 0,17 rekruten per maand. Betaalt elk een pakket van "
        "€ 200 en krijg jij daar 10% van, dan is dat 2 × € 20 = € 40 per jaar.",
        ("assumptions.recruits_per_month", "assumptions.recruits_total", "simulation.recruit_rate"),
        ("recruit_bonus", "downline", "market_saturation"),
    ),
    Entry(
        "leg", "Leg", "Lijn (been)",
        ("line", "team leg", "active leg", "frontline leg"),
        ("been", "lijn", "tak", "leg", "actieve lijn"),
        "One of your direct recruits together with everyone below them. Ranks often require a "
        "number of 'active legs'. In a binary plan you have exactly two legs, left and right, and "
        "you are paid on the weaker one.",
        "Eén van je directe rekruten samen met iedereen onder die persoon. Voor een rang zijn vaak "
        "een aantal 'actieve lijnen' nodig. In een binair plan heb je precies twee benen, links en "
        "rechts, en word je betaald over het zwakste.",
        "Your left leg buys 1,000 points a month and your right leg 300. At 10% binary you are paid "
        "on the weaker leg: 10% of 300 = €30, not 10% of 1,300.",
        "Je linkerbeen koopt 1.000 punten per maand en je rechterbeen 300. Met 10% binair word je "
        "betaald over het zwakste been: 10% van 300 = € 30, niet 10% van 1.300.",
        ("offer.payout.ranks[].legs", "offer.payout.ranks[].leg_volume", "offer.payout.binary_percent"),
        ("binary", "rank", "downline"),
    ),
    Entry(
        "level", "Level", "Niveau",
        ("depth", "level percentage", "override", "overrides"),
        ("diepte", "laag", "override", "niveaupercentage"),
        "How far below you someone is: the people you recruit yourself are level 1, their recruits "
        "level 2, and so on. A plan pays a percentage per level. Pay that reaches 5 or more levels "
        "deep is one of the red flags of researcher J. M. Taylor: it rewards a deep network more "
        "than selling.",
        "Hoe ver iemand onder je zit: de mensen die je zelf werft zijn niveau 1, hun rekruten "
        "niveau 2, enzovoort. Een plan betaalt een percentage per niveau. Een plan dat 5 of meer "
        "niveaus diep betaalt, is volgens onderzoeker J. M. Taylor een alarmsignaal: het beloont "
        "een diep netwerk meer dan verkopen.",
        "With 5% on level 1 and 2% on level 5, a person on your level 5 who buys 100 points earns "
        "you €2; the four people between you earn from it too.",
        "Met 5% op niveau 1 en 2% op niveau 5 levert iemand op jouw niveau 5 die 100 punten koopt "
        "jou € 2 op; de vier mensen tussen jullie verdienen er ook aan.",
        ("offer.payout.levels", *_c("unilevel", "levels", "depth_by_rank"), *_c("matrix", "levels", "depth"),
         *_c("fast_start", "percents"), *_c("recruit_bonus", "amounts")),
        ("unilevel", "compression", "generation"),
    ),
    Entry(
        "unilevel", "Unilevel plan", "Unilevelplan",
        ("unilevel", "uni-level"),
        ("unilevel", "uni-level"),
        "A plan where everyone you recruit yourself is your level 1, their recruits your level 2, "
        "and so on. There is no limit to how many people you have on level 1. You get a set "
        "percentage of the volume on each level, down to a fixed number of levels.",
        "Een plan waarin iedereen die je zelf werft je niveau 1 is, hun rekruten je niveau 2, "
        "enzovoort. Je mag zoveel mensen op niveau 1 hebben als je wilt. Per niveau krijg je een "
        "vast percentage van het volume, tot een vast aantal niveaus diep.",
        "Levels 5%, 3% and 2%. Level 1 buys 400 points, level 2 buys 1,000 and level 3 buys 2,000. "
        "You earn €20 + €30 + €40 = €90 a month.",
        "Niveaus 5%, 3% en 2%. Niveau 1 koopt 400 punten, niveau 2 koopt 1.000 en niveau 3 koopt "
        "2.000. Je verdient € 20 + € 30 + € 40 = € 90 per maand.",
        ("offer.payout.plan", "offer.payout.levels", *_c("unilevel", "levels", "basis")),
        ("level", "compression", "compensation_plan"),
    ),
    Entry(
        "binary", "Binary plan", "Binair plan",
        ("binary", "two-leg plan", "weak leg", "power leg", "binary cap"),
        ("binair", "binary", "twee benen", "zwakke been", "sterke been"),
        "A plan where everyone has only two places directly below: a left and a right leg. You are "
        "paid a percentage of the weaker leg's volume, often with a maximum per month. So you must "
        "keep both legs 'in balance', which means recruiting into both.",
        "Een plan waarin iedereen direct onder zich maar twee plekken heeft: een linker- en een "
        "rechterbeen. Je krijgt een percentage van het volume van het zwakste been, vaak met een "
        "maximum per maand. Je moet dan beide benen 'in balans' houden, dus in allebei blijven "
        "werven.",
        "Left leg 2,400 points, right leg 900 points, 10% binary with a cap of €500. You earn 10% of "
        "900 = €90; the 2,400 − 900 = 1,500 points of difference are not paid, unless the plan "
        "carries them over.",
        "Linkerbeen 2.400 punten, rechterbeen 900 punten, 10% binair met een maximum van € 500. Je "
        "verdient 10% van 900 = € 90; de 2.400 − 900 = 1.500 punten verschil worden niet "
        "uitbetaald, tenzij het plan ze overdraagt naar de volgende maand.",
        ("offer.payout.plan", "offer.payout.binary_percent", "offer.payout.binary_monthly_cap",
         *_c("binary", "percent", "monthly_cap", "basis")),
        ("leg", "carry_over", "spillover"),
    ),
    Entry(
        "matrix", "Matrix plan", "Matrixplan",
        ("matrix", "forced matrix", "cycle bonus"),
        ("matrix", "gedwongen matrix", "cyclusbonus"),
        "A plan where everyone has room for a fixed number of people directly below (the width) "
        "and is paid down a fixed number of levels (the depth). A 3 × 7 matrix has 3 places under "
        "each person and pays 7 levels deep. Some plans pay a 'cycle bonus' once your matrix is "
        "full, which rewards filling places rather than selling.",
        "Een plan waarin iedereen direct onder zich plek heeft voor een vast aantal mensen (de "
        "breedte) en betaald wordt tot een vast aantal niveaus diep (de diepte). Een matrix van "
        "3 × 7 heeft 3 plekken onder elke persoon en betaalt 7 niveaus diep. Sommige plannen "
        "betalen een 'cyclusbonus' als je matrix vol is: dat beloont plekken vullen, niet "
        "verkopen.",
        "A 2 × 3 matrix has 2 + 4 + 8 = 14 places under you. If all 14 buy 50 points a month and "
        "you get 4% on each level, you earn 14 × 50 × 4% = €28 a month. For that, 14 people must "
        "join under you.",
        "Een matrix van 2 × 3 heeft 2 + 4 + 8 = 14 plekken onder je. Kopen alle 14 elk 50 punten "
        "per maand en krijg je 4% per niveau, dan verdien je 14 × 50 × 4% = € 28 per maand. "
        "Daarvoor moeten wel 14 mensen onder je instappen.",
        _c("matrix", "width", "depth", "levels", "basis", "cycle_bonus"),
        ("spillover", "level"),
    ),
    Entry(
        "stairstep", "Stairstep plan", "Trapsgewijs plan (stairstep)",
        ("stairstep", "stair-step", "breakaway plan", "differential"),
        ("stairstep", "trappenplan", "verschilcommissie", "differentieel"),
        "A plan where your percentage rises with your rank, like the steps of a stair. On your "
        "group's volume you get the difference between your percentage and what the people below "
        "you already get. It often comes with a breakaway: big groups split off at a high rank.",
        "Een plan waarin je percentage stijgt met je rang, als de treden van een trap. Over het "
        "volume van je groep krijg je het verschil tussen jouw percentage en wat de mensen onder "
        "je al krijgen. Vaak hoort er een breakaway bij: grote groepen splitsen af bij een hoge "
        "rang.",
        "You are at 12%, your recruit at 8%. On the 1,000 points in your recruit's group you get "
        "12% − 8% = 4%: €40. Your recruit gets 8%: €80.",
        "Jij zit op 12%, je rekruut op 8%. Over de 1.000 punten in de groep van je rekruut krijg "
        "jij 12% − 8% = 4%: € 40. Je rekruut krijgt 8%: € 80.",
        _c("stairstep", "percent_by_rank", "own_volume", "basis"),
        ("breakaway", "generation", "rank"),
    ),
    Entry(
        "breakaway", "Breakaway", "Breakaway (afsplitsing)",
        ("break-away", "breakaway leg", "breakaway rank"),
        ("breakaway", "afsplitsing", "afgesplitste groep"),
        "In a stairstep plan, a group below you 'breaks away' once its leader reaches a high enough "
        "rank. It then no longer counts as your group volume. Usually you are then paid only a "
        "small 'generation' percentage on it.",
        "In een trapsgewijs plan (stairstep) splitst een groep onder je af zodra de leider ervan "
        "een hoge genoeg rang haalt. Die groep telt dan niet meer mee voor jouw groepsvolume. "
        "Meestal krijg je er daarna nog maar een klein 'generatie'-percentage over.",
        "One leg of your group buys 3,000 points a month. When its leader reaches the breakaway "
        "rank, your 8% difference on those points (€240) becomes a 3% generation bonus (€90).",
        "Eén lijn van je groep koopt 3.000 punten per maand. Haalt de leider daarvan de "
        "breakaway-rang, dan wordt jouw verschil van 8% over die punten (€ 240) een generatiebonus "
        "van 3% (€ 90).",
        _c("stairstep", "breakaway_rank", "generation_percents"),
        ("stairstep", "generation"),
    ),
    Entry(
        "generation", "Generation", "Generatie",
        ("generation bonus", "generation override"),
        ("generatiebonus", "generatie-override"),
        "A way of counting levels by leaders instead of by people: your first generation is the "
        "group of the first leader below you at a set rank, the second generation the one below "
        "that, and so on. Generation bonuses pay a small percentage on these groups, often after a "
        "breakaway. The deeper the generations go, the more your pay depends on a large network "
        "under you.",
        "Een manier van niveaus tellen per leider in plaats van per persoon: je eerste generatie is "
        "de groep van de eerste leider onder je met een bepaalde rang, de tweede generatie de groep "
        "daaronder, enzovoort. Generatiebonussen betalen een klein percentage over die groepen, "
        "vaak na een breakaway. Hoe dieper de generaties gaan, hoe meer je beloning afhangt van een "
        "groot netwerk onder je.",
        "You get 3% on your first generation and 2% on your second. Their groups buy 3,000 and "
        "5,000 points: you earn €90 + €100 = €190 a month.",
        "Je krijgt 3% over je eerste generatie en 2% over je tweede. Hun groepen kopen 3.000 en "
        "5.000 punten: je verdient € 90 + € 100 = € 190 per maand.",
        (*_c("stairstep", "generation_percents"), *_c("matching", "percents")),
        ("breakaway", "matching_bonus"),
    ),
    Entry(
        "spillover", "Spillover", "Spillover (overloop)",
        ("spill-over", "spill over"),
        ("overloop", "plaatsing door je upline"),
        "In a binary or matrix plan there is room for only a few people directly under anyone. New "
        "people your upline recruits may be placed below you when their places are full. Recruiters "
        "use it as a promise ('others will build your team'), but you cannot count on it.",
        "In een binair of matrixplan is er direct onder iemand maar plek voor een paar mensen. "
        "Nieuwe mensen die je upline werft, kunnen onder jou worden geplaatst als hun plekken vol "
        "zijn. Wervers brengen het als belofte ('anderen bouwen je team'), maar je kunt er niet op "
        "rekenen.",
        "You are told spillover will bring you 4 people. If each buys 60 points a month and the "
        "plan pays you 5% on them, that is 4 × 60 × 5% = €12 a month, against a €30 monthly fee.",
        "Je hoort dat spillover je 4 mensen oplevert. Koopt ieder 60 punten per maand en krijg je "
        "daar 5% over, dan is dat 4 × 60 × 5% = € 12 per maand, tegenover € 30 maandkosten.",
        (), ("binary", "matrix", "upline"),
    ),
    Entry(
        "compression", "Compression", "Compressie",
        ("roll-up", "dynamic compression"),
        ("doorschuiven van niveaus", "roll-up", "dynamische compressie"),
        "What happens to the levels when someone in between has quit or does not qualify. Without "
        "compression, that level's money is simply not paid: the company keeps it. With "
        "compression the people above move up a level, so they are paid on more of the network.",
        "Wat er met de niveaus gebeurt als iemand ertussen gestopt is of niet voldoet. Zonder "
        "compressie wordt het geld van dat niveau gewoon niet uitbetaald: het bedrijf houdt het. "
        "Met compressie schuiven de mensen erboven een niveau op, zodat zij over meer van het "
        "netwerk betaald krijgen.",
        "Anna recruited Ben, Ben recruited Carla, and Ben stopped buying. Carla buys 100 points; the "
        "plan pays 5% on level 1 and 3% on level 2. Without compression Anna gets 3% = €3; with "
        "compression Carla counts as Anna's level 1: 5% = €5.",
        "Anna wierf Ben, Ben wierf Carla, en Ben bestelt niet meer. Carla koopt 100 punten; het "
        "plan betaalt 5% op niveau 1 en 3% op niveau 2. Zonder compressie krijgt Anna 3% = € 3; met "
        "compressie telt Carla als Anna's niveau 1: 5% = € 5.",
        _c("unilevel", "compression"),
        ("breakage", "level"),
    ),
    Entry(
        "rank", "Rank", "Rang",
        ("title", "pin", "pin level", "status", "career level", "paid-as rank"),
        ("titel", "status", "pin", "carrièreniveau"),
        "A title such as Silver, Gold or Diamond that you reach by meeting targets, usually for "
        "group volume and active legs. A higher rank pays higher percentages or a bonus. In most "
        "plans you must meet the targets again every month to be paid at that rank.",
        "Een titel zoals Zilver, Goud of Diamant die je haalt door doelen te halen, meestal voor "
        "groepsvolume en actieve lijnen. Een hogere rang betaalt hogere percentages of een bonus. "
        "In de meeste plannen moet je die doelen elke maand opnieuw halen om op die rang betaald te "
        "worden.",
        "Gold needs 4,000 group points and 3 active legs and pays a €250 bonus a month. In a month "
        "with 3,900 points you get €0 of that bonus.",
        "Goud vraagt 4.000 groepspunten en 3 actieve lijnen en betaalt € 250 bonus per maand. In "
        "een maand met 3.900 punten krijg je € 0 van die bonus.",
        ("offer.payout.ranks", "offer.payout.ranks[].name", *_c("unilevel", "depth_by_rank"),
         *_c("stairstep", "percent_by_rank"), *_c("matching", "min_rank"),
         *_c("rank_bonus", "amount_by_rank")),
        ("qualification", "gv", "leg", "rank_bonus"),
    ),
    Entry(
        "qualification", "Qualification", "Kwalificatie",
        ("qualify", "qualified", "active status", "pay to qualify"),
        ("kwalificeren", "in aanmerking komen", "gekwalificeerd", "actief blijven"),
        "The conditions you must meet in a month to be paid at all, or to be paid at a rank: "
        "usually a minimum of own purchases (PV), group volume and active legs. If you miss them, "
        "the commission is not paid to you. When you can only meet the minimum by buying yourself, "
        "you are paying to be paid.",
        "De voorwaarden waaraan je in een maand moet voldoen om überhaupt uitbetaald te worden, of "
        "om op een rang betaald te worden: meestal een minimum aan eigen aankopen (PV), "
        "groepsvolume en actieve lijnen. Haal je ze niet, dan krijg je de commissie niet. Kun je "
        "het minimum alleen halen door zelf te kopen, dan betaal je om betaald te worden.",
        "You need 100 PV a month to qualify, and your downline would earn you €35 this month. If "
        "you sold nothing, you buy €100 of products to receive €35: you are €65 down.",
        "Je hebt 100 PV per maand nodig om te kwalificeren, en je downline zou je deze maand € 35 "
        "opleveren. Heb je niets verkocht, dan koop je voor € 100 om € 35 te ontvangen: je staat "
        "€ 65 in de min.",
        ("offer.requirements.monthly_volume", "offer.payout.ranks[].group_volume",
         "offer.payout.ranks[].legs", "offer.payout.ranks[].personal_volume",
         "offer.payout.ranks[].leg_volume"),
        ("pv", "rank", "active_participant", "breakage"),
    ),
    Entry(
        "sign_up_fee", "Sign-up fee", "Inschrijfgeld",
        ("joining fee", "enrolment fee", "enrollment fee", "registration fee", "entry fee",
         "membership fee", "renewal fee"),
        ("inschrijfkosten", "entreegeld", "lidmaatschap", "registratiekosten", "verlenging"),
        "Money you pay to be allowed to take part, and sometimes again every year to stay in. "
        "Paying to take part is the first of the two things every legal test for a pyramid scheme "
        "looks at; the second is whether the pay comes mainly from recruiting. A fee is not wrong "
        "by itself, but you have to earn it back first.",
        "Geld dat je betaalt om mee te mogen doen, en soms elk jaar opnieuw om te mogen blijven. "
        "Betalen om mee te doen is het eerste van de twee dingen waar elke juridische toets op een "
        "piramidespel naar kijkt; het tweede is of de beloning vooral uit werven komt. Inschrijfgeld "
        "is niet vanzelf fout, maar je moet het wel eerst terugverdienen.",
        "A €49 sign-up fee plus a €49 renewal each year costs €49 + €49 + €49 = €147 over three "
        "years, before you have bought anything.",
        "Inschrijfgeld van € 49 plus elk jaar € 49 verlenging kost over drie jaar € 49 + € 49 + "
        "€ 49 = € 147, nog voordat je iets hebt gekocht.",
        ("offer.fees.signup", "offer.fees.annual"),
        ("starter_pack", "monthly_fee", "pyramid_scheme"),
    ),
    Entry(
        "starter_pack", "Starter pack", "Startpakket",
        ("starter kit", "business pack", "business kit", "enrolment pack", "welcome kit",
         "business builder pack"),
        ("starterspakket", "starterkit", "business pack", "welkomstpakket", "instappakket"),
        "What you buy when you join: products, samples, brochures or access to a website. Expensive "
        "packs are often sold as 'the serious option' and may unlock higher pay. Any amount you "
        "must pay to join is a cost you first have to earn back.",
        "Wat je koopt als je instapt: producten, proefmonsters, folders of toegang tot een website. "
        "Dure pakketten worden vaak gebracht als 'de serieuze keuze' en geven soms recht op een "
        "hogere beloning. Elk bedrag dat je moet betalen om mee te doen, moet je eerst "
        "terugverdienen.",
        "The pack costs €499. If you earn €10 on each product you sell, you must sell 50 products "
        "(€499 ÷ €10, rounded up) before you have earned the pack back.",
        "Het pakket kost € 499. Verdien je € 10 per verkocht product, dan moet je 50 producten "
        "verkopen (€ 499 ÷ € 10, naar boven afgerond) voordat je het pakket hebt terugverdiend.",
        ("offer.fees.starter_kit",), ("sign_up_fee", "inventory_loading", "break_even"),
    ),
    Entry(
        "monthly_fee", "Back office and monthly fees", "Backoffice en maandkosten",
        ("back office", "back-office fee", "website fee", "web shop", "app fee", "monthly fee",
         "replicated website"),
        ("backoffice", "maandkosten", "webshop", "websitekosten", "maandelijkse bijdrage"),
        "A fixed amount each month for the company's website, web shop, app or 'back office', "
        "where you see your team and your commissions. It is due whether you sell or not. Small "
        "monthly amounts add up over a year.",
        "Een vast bedrag per maand voor de website, webshop, app of 'backoffice' van het bedrijf, "
        "waar je je team en je commissies ziet. Je betaalt het of je nu verkoopt of niet. Kleine "
        "maandbedragen tellen over een jaar flink op.",
        "€24.95 a month for the back office is 12 × €24.95 = €299.40 a year.",
        "€ 24,95 per maand voor de backoffice is 12 × € 24,95 = € 299,40 per jaar.",
        ("offer.fees.monthly",), ("sign_up_fee", "training"),
    ),
    Entry(
        "inventory_loading", "Inventory loading (front-loading)", "Voorraad inslaan (front-loading)",
        ("front-loading", "front loading", "inventory loading", "stocking up", "initial stock"),
        ("front-loading", "inventory loading", "beginvoorraad", "voorraad inkopen", "voorraad laden"),
        "Being pushed to buy a large stock at the start, or to reach a rank right away ('start at "
        "the top'). You pay for that stock before you have a single customer. Much of it often ends "
        "up unsold in a garage.",
        "Aangespoord worden om bij de start een grote voorraad te kopen, of meteen een rang te "
        "halen ('stap hoog in'). Jij betaalt die voorraad voordat je ook maar één klant hebt. Vaak "
        "blijft een groot deel onverkocht in de garage liggen.",
        "You buy €1,500 of stock to start as a 'Director' and sell €400 worth of it in six months. "
        "Without a buyback, €1,500 − €400 = €1,100 of your money is stuck on a shelf.",
        "Je koopt voor € 1.500 voorraad om als 'Director' te beginnen en verkoopt er in zes maanden "
        "voor € 400 van. Zonder terugkoopregeling staat er € 1.500 − € 400 = € 1.100 van jouw geld "
        "op de plank.",
        ("offer.requirements.initial_inventory",), ("buyback", "starter_pack"),
    ),
    Entry(
        "buyback", "Buyback", "Terugkoopregeling",
        ("buy-back", "buyback policy", "refund of unsold stock", "inventory repurchase", "return policy"),
        ("terugkoop", "terugname van voorraad", "retourregeling"),
        "A promise that the company takes back stock you could not sell and refunds part of what "
        "you paid. The code of the US Direct Selling Association promises at least 90% of the cost "
        "for stock bought in the last 12 months. No buyback, or a low or short one, means unsold "
        "stock is your loss.",
        "Een belofte dat het bedrijf voorraad die je niet kon verkopen terugneemt en een deel van "
        "je geld teruggeeft. De gedragscode van de Amerikaanse Direct Selling Association belooft "
        "minstens 90% van de kosten terug voor voorraad uit de laatste 12 maanden. Geen regeling, "
        "of een lage of korte, betekent dat onverkochte voorraad jouw verlies is.",
        "You have €600 of unsold stock. A 90% buyback returns €540, a 50% buyback €300, and without "
        "a buyback you get nothing back.",
        "Je hebt voor € 600 onverkochte voorraad. Bij 90% terugkoop krijg je € 540 terug, bij 50% "
        "€ 300, en zonder regeling niets.",
        ("offer.requirements.buyback_percent", "offer.requirements.buyback_days"),
        ("inventory_loading", "cooling_off"),
    ),
    Entry(
        "cooling_off", "Cooling-off period", "Bedenktijd",
        ("cooling off", "right of withdrawal", "withdrawal period", "cancellation period", "14 days"),
        ("bedenktermijn", "herroepingsrecht", "ontbindingstermijn", "14 dagen"),
        "The days in which you may cancel a contract without giving a reason and get your money "
        "back. In the EU a consumer who signs at home, at a party or online usually has 14 days. "
        "If you sign 'as a business', that protection may not apply.",
        "De dagen waarin je een contract zonder reden mag opzeggen en je geld terugkrijgt. In de EU "
        "heeft een consument die thuis, op een party of online tekent meestal 14 dagen. Teken je "
        "'als ondernemer', dan geldt die bescherming misschien niet.",
        "You sign up at a home party and pay €350. With 14 days of cooling-off you can change your "
        "mind within two weeks and get the €350 back (you send the pack back).",
        "Je tekent op een thuisparty en betaalt € 350. Met 14 dagen bedenktijd kun je binnen twee "
        "weken van gedachten veranderen en krijg je de € 350 terug (je stuurt het pakket terug).",
        ("offer.requirements.cooling_off_days",), ("buyback",),
    ),
    Entry(
        "commission", "Commission", "Commissie",
        ("commissions", "sales commission", "payout"),
        ("provisie", "commissies", "verkoopcommissie", "uitbetaling"),
        "Money the company pays you as a percentage of a sale. A commission on your own sales to "
        "customers pays you for selling. A commission on what your recruits buy pays you for having "
        "recruited them.",
        "Geld dat het bedrijf je betaalt als percentage van een verkoop. Commissie op je eigen "
        "verkoop aan klanten is een beloning voor verkopen. Commissie op wat je rekruten kopen is "
        "een beloning voor het werven van die mensen.",
        "A customer buys a €40 product and you get 25% commission: €10.",
        "Een klant koopt een product van € 40 en jij krijgt 25% commissie: € 10.",
        ("offer.payout.retail_mode", "offer.payout.retail_commission_percent"),
        ("retail_margin", "cv_bv"),
    ),
    Entry(
        "retail_margin", "Retail margin", "Verkoopmarge",
        ("margin", "retail profit", "markup", "wholesale price", "retail price", "discount"),
        ("marge", "winstmarge", "inkoopprijs", "verkoopprijs", "korting"),
        "The difference between what you pay the company for a product (the wholesale price) and "
        "what your customer pays you (the retail price). It is the money you make by really "
        "selling. If you mostly use the products yourself, there is no margin, only a discount.",
        "Het verschil tussen wat jij het bedrijf betaalt voor een product (de inkoopprijs) en wat "
        "je klant jou betaalt (de verkoopprijs). Dat is het geld dat je verdient door echt te "
        "verkopen. Gebruik je de producten vooral zelf, dan is er geen marge, alleen korting.",
        "You buy a jar for €30 and sell it for €40: a margin of €10, which is 25% of the retail "
        "price (€10 ÷ €40).",
        "Je koopt een pot voor € 30 en verkoopt hem voor € 40: € 10 marge, dat is 25% van de "
        "verkoopprijs (€ 10 ÷ € 40).",
        ("offer.products[].wholesale_price", "offer.products[].retail_price", "offer.payout.retail_mode"),
        ("commission", "outside_customer", "comparable_price"),
    ),
    Entry(
        "comparable_price", "Comparable price", "Vergelijkbare prijs",
        ("market price", "price elsewhere", "overpriced", "premium price"),
        ("marktprijs", "prijs elders", "te duur", "winkelprijs"),
        "What a similar product costs in an ordinary shop. When the plan's products cost far more, "
        "few outside customers will buy them, and the buyers are mostly the participants "
        "themselves. A high price often pays for the commissions of the people above you.",
        "Wat een vergelijkbaar product in een gewone winkel kost. Zijn de producten van het plan "
        "veel duurder, dan kopen weinig klanten van buiten ze, en zijn de kopers vooral de "
        "deelnemers zelf. Een hoge prijs betaalt vaak de commissies van de mensen boven je.",
        "A pot of vitamins costs €45 in the plan and €15 at the chemist's: three times as much "
        "(€45 ÷ €15). Your customers will notice.",
        "Een pot vitamines kost € 45 in het plan en € 15 bij de drogist: drie keer zoveel "
        "(€ 45 ÷ € 15). Dat merken je klanten ook.",
        ("offer.products[].market_price",), ("retail_margin", "outside_customer"),
    ),
    Entry(
        "outside_customer", "Outside customer", "Klant van buiten",
        ("retail customer", "end customer", "end user", "ultimate user", "customer"),
        ("eindklant", "externe klant", "klant", "echte klant", "eindgebruiker"),
        "Someone who buys the product because they want it, and who does not take part in the plan "
        "themselves. Sales to outside customers are what separates a real business from a pyramid "
        "scheme. The more of your income comes from them, the better.",
        "Iemand die het product koopt omdat hij of zij het wil hebben, en die zelf niet meedoet in "
        "het plan. Verkoop aan klanten van buiten is wat een echt bedrijf onderscheidt van een "
        "piramidespel. Hoe meer van je inkomen van hen komt, hoe beter.",
        "You find 2 new customers a month who each spend €40, and half of them buy again the next "
        "month. After a year you have about 2 ÷ 0.5 = 4 regular customers: about €160 of sales a "
        "month.",
        "Je vindt elke maand 2 nieuwe klanten die elk € 40 besteden, en de helft koopt de maand "
        "erna weer. Na een jaar heb je zo'n 2 ÷ 0,5 = 4 vaste klanten: ongeveer € 160 omzet per "
        "maand.",
        ("assumptions.new_customers_per_month", "assumptions.customer_monthly_spend",
         "assumptions.customer_retention_percent", "assumptions.downline_customer_sales",
         "simulation.retail_sellers_percent", "simulation.customer_sales_mean",
         "offer.payout.commission_basis"),
        ("internal_consumption", "retail_margin"),
    ),
    Entry(
        "internal_consumption", "Internal consumption", "Interne consumptie (eigen aankopen)",
        ("own purchases", "self-consumption", "personal use", "participant purchases"),
        ("eigen aankopen", "eigen gebruik", "zelf kopen", "interne consumptie"),
        "Products bought by the participants themselves rather than by outside customers. When "
        "most of the money in a plan comes from participants buying to qualify, the 'customers' "
        "are really the sellers. Regulators look at whether pay follows real demand from outside, "
        "not purchases made to stay in.",
        "Producten die de deelnemers zelf kopen in plaats van klanten van buiten. Komt het meeste "
        "geld in een plan van deelnemers die kopen om te kwalificeren, dan zijn de 'klanten' "
        "eigenlijk de verkopers zelf. Toezichthouders kijken of de beloning volgt uit echte vraag "
        "van buiten, niet uit aankopen om erin te blijven.",
        "Your team buys €2,000 a month: €1,700 of own orders and €300 for outside customers. The "
        "internal consumption is €1,700 ÷ €2,000 = 85%.",
        "Je team koopt € 2.000 per maand: € 1.700 aan eigen bestellingen en € 300 voor klanten van "
        "buiten. De interne consumptie is € 1.700 ÷ € 2.000 = 85%.",
        ("offer.payout.commission_basis", "assumptions.personal_use_percent"),
        ("outside_customer", "qualification", "autoship"),
    ),
    Entry(
        "recruit_bonus", "Recruit bonus", "Wervingsbonus",
        ("recruiting bonus", "sign-up bonus", "enrolment bonus", "enrollment bonus", "sponsor bonus",
         "referral bonus", "bonus per recruit"),
        ("bonus per rekruut", "aanbrengbonus", "sponsorbonus", "inschrijfbonus", "aanmeldbonus"),
        "A fixed amount you get for each new person you sign up, whether or not anything is ever "
        "sold. Pay that comes mainly from bringing in new people, rather than from selling "
        "products, is what makes a pyramid scheme. Regulators such as the US FTC advise staying "
        "away from plans that pay for recruiting.",
        "Een vast bedrag dat je krijgt voor elke nieuwe persoon die je aanmeldt, of er ooit iets "
        "verkocht wordt of niet. Een beloning die vooral uit het binnenhalen van nieuwe mensen komt, "
        "en niet uit verkoop van producten, is precies wat een piramidespel is. Toezichthouders "
        "zoals de Amerikaanse FTC raden plannen af die betalen voor werven.",
        "€50 per recruit and 2 recruits a month: 2 × €50 = €100 a month. It stops the moment you "
        "stop finding new people, and each of them paid for a starter pack to fund your €50.",
        "€ 50 per rekruut en 2 rekruten per maand: 2 × € 50 = € 100 per maand. Het stopt zodra je "
        "geen nieuwe mensen meer vindt, en elk van hen betaalde een startpakket waaruit jouw € 50 "
        "komt.",
        ("offer.payout.recruit_bonus", *_c("recruit_bonus", "amounts")),
        ("pyramid_scheme", "fast_start_bonus", "recruit"),
    ),
    Entry(
        "fast_start_bonus", "Fast-start bonus", "Snelle-startbonus",
        ("fast start", "quick-start bonus", "fast-start", "new-member bonus"),
        ("fast start", "snelstartbonus", "fast-startbonus", "startbonus", "quick start"),
        "Extra pay on what a new person buys in their first weeks or months, for the person who "
        "recruited them (and sometimes those above). A newcomer's first orders are often the "
        "biggest: the starter pack and the first stock. So this bonus mostly rewards signing "
        "people up, not selling.",
        "Extra geld over wat een nieuw persoon in de eerste weken of maanden koopt, voor degene die "
        "hem of haar wierf (en soms de mensen daarboven). De eerste bestellingen van een "
        "nieuwkomer zijn vaak de grootste: het startpakket en de eerste voorraad. Deze bonus "
        "beloont dus vooral aanmelden, niet verkopen.",
        "Your new recruit buys a €300 pack worth 300 points. With a 20% fast-start bonus you get "
        "20% of 300 = €60, once, for signing them up.",
        "Je nieuwe rekruut koopt een pakket van € 300, goed voor 300 punten. Met een snelstartbonus "
        "van 20% krijg jij eenmalig 20% van 300 = € 60 voor de aanmelding.",
        _c("fast_start", "percents", "months", "basis"),
        ("recruit_bonus", "starter_pack"),
    ),
    Entry(
        "matching_bonus", "Matching bonus", "Matching-bonus",
        ("match", "matching", "check match", "generation matching bonus"),
        ("matching", "matchingbonus", "matchbonus", "bonus op de verdiensten van je team"),
        "A bonus of a percentage of what the people you recruited earn in commission. You are paid "
        "on their earnings, not on sales. It rewards building a team under you, so it leans on "
        "recruiting.",
        "Een bonus van een percentage van wat de mensen die jij wierf aan commissie verdienen. Je "
        "wordt betaald over hun verdiensten, niet over verkoop. Het beloont het bouwen van een team "
        "onder je, dus het leunt op werven.",
        "Your 3 recruits earn €100, €60 and €40 in commission this month. With a 10% matching bonus "
        "you get 10% of €200 = €20.",
        "Je 3 rekruten verdienen deze maand € 100, € 60 en € 40 aan commissie. Met een "
        "matchingbonus van 10% krijg jij 10% van € 200 = € 20.",
        _c("matching", "percents", "min_rank"),
        ("generation", "rank"),
    ),
    Entry(
        "rank_bonus", "Rank bonus", "Rangbonus",
        ("rank advancement bonus", "leadership bonus", "car bonus", "lifestyle bonus", "title bonus"),
        ("promotiebonus", "leiderschapsbonus", "autobonus", "titelbonus"),
        "A fixed amount per month, or once, for reaching or holding a rank. It sounds generous, but "
        "ranks need group volume and legs, and few participants ever reach the ranks that pay well. "
        "Sometimes it is stated as a percentage; then ask: a percentage of what?",
        "Een vast bedrag per maand, of eenmalig, voor het halen of houden van een rang. Het klinkt "
        "royaal, maar rangen vragen groepsvolume en lijnen, en weinig deelnemers halen ooit de "
        "rangen die goed betalen. Soms wordt het als percentage genoemd; vraag dan: een percentage "
        "waarvan?",
        "'Silver pays a €300 car bonus.' If 1 in 100 participants reaches Silver, the bonus is worth "
        "about €300 ÷ 100 = €3 a month to an average newcomer.",
        "'Zilver levert € 300 autobonus op.' Haalt 1 op de 100 deelnemers Zilver, dan is die bonus "
        "voor een gemiddelde nieuwkomer zo'n € 300 ÷ 100 = € 3 per maand waard.",
        ("offer.payout.ranks[].monthly_bonus", *_c("rank_bonus", "amount_by_rank")),
        ("rank", "qualification"),
    ),
    Entry(
        "carry_over", "Carry-over", "Overdragen (carry-over)",
        ("carry over", "carryover", "banked volume", "rollover"),
        ("carry-over", "meenemen naar volgende maand", "overgedragen volume"),
        "In a binary plan: the volume of your stronger leg that was not paid this month, kept for "
        "next month. Without carry-over it is lost every month. It is usually kept only while you "
        "stay active yourself.",
        "In een binair plan: het volume van je sterkste been dat deze maand niet is uitbetaald, "
        "bewaard voor volgende maand. Zonder overdragen ben je het elke maand kwijt. Meestal "
        "blijft het alleen staan zolang je zelf actief bent.",
        "Left 1,000 points, right 400: you are paid on 400 and 600 points stay on the left. Next "
        "month the right leg brings 600 new points and the left 0. With carry-over you are paid on "
        "600 (10% = €60), without it on 0 (€0).",
        "Links 1.000 punten, rechts 400: je wordt betaald over 400 en er blijven 600 punten links "
        "staan. Volgende maand brengt het rechterbeen 600 nieuwe punten en het linker 0. Met "
        "overdragen word je betaald over 600 (10% = € 60), zonder over 0 (€ 0).",
        _c("binary", "carry_over"),
        ("binary", "leg", "breakage"),
    ),
    Entry(
        "breakage", "Breakage", "Breakage (niet-uitbetaalde commissie)",
        ("unpaid commission", "forfeited commission"),
        ("breakage", "vervallen commissie", "niet uitbetaald"),
        "Commission the plan promises on paper but that nobody receives, because the person it was "
        "meant for did not qualify, had quit, or had a binary leg that was too weak. The company "
        "keeps it. The 'up to 50% paid out' in a brochure is before breakage; what is really paid "
        "is lower.",
        "Commissie die het plan op papier belooft maar die niemand krijgt, omdat degene voor wie ze "
        "bedoeld was niet kwalificeerde, gestopt was, of een te zwak binair been had. Het bedrijf "
        "houdt dat geld. De 'tot 50% wordt uitbetaald' uit een folder is vóór breakage; wat echt "
        "wordt uitbetaald is lager.",
        "On €10,000 of volume the plan pays 5% on level 1: €500. If the sponsors of €4,000 of that "
        "volume did not qualify this month, 5% of €4,000 = €200 is breakage and only €300 is paid.",
        "Over € 10.000 volume betaalt het plan 5% op niveau 1: € 500. Kwalificeerden de sponsors "
        "van € 4.000 daarvan deze maand niet, dan is 5% van € 4.000 = € 200 breakage en wordt er "
        "maar € 300 uitbetaald.",
        (), ("compression", "qualification", "carry_over"),
    ),
    Entry(
        "income_disclosure", "Income disclosure", "Inkomensverklaring",
        ("income disclosure statement", "IDS", "earnings disclosure", "earnings statement",
         "statement of average earnings"),
        ("inkomensoverzicht", "verdienstenoverzicht", "income disclosure", "IDS"),
        "A statement the company publishes of what its participants really earned in a year, "
        "usually per rank. Check who is counted: all participants, only 'active' ones, or only "
        "those who earned something. The figures are before expenses, so what people kept is "
        "lower.",
        "Een overzicht dat het bedrijf publiceert van wat deelnemers in een jaar echt verdienden, "
        "meestal per rang. Kijk goed wie er meetellen: alle deelnemers, alleen 'actieve', of alleen "
        "wie iets verdiende. De bedragen zijn vóór kosten, dus wat mensen overhielden is lager.",
        "The statement says the middle participant earns €350 a year before expenses. With a €50 "
        "monthly order that person spends 12 × €50 = €600 a year, so they are €250 down.",
        "Volgens de verklaring verdient de middelste deelnemer € 350 per jaar vóór kosten. Met een "
        "bestelling van € 50 per maand geeft die 12 × € 50 = € 600 per jaar uit en zit dus € 250 in "
        "de min.",
        ("offer.disclosure", "offer.disclosure.year", "offer.disclosure.source",
         "offer.disclosure.participants", "offer.disclosure.tiers", "offer.disclosure.tiers[].name",
         "offer.disclosure.tiers[].share_percent", "offer.disclosure.tiers[].annual_average",
         "offer.disclosure.tiers[].average", "offer.disclosure.tiers[].low",
         "offer.disclosure.tiers[].high", "offer.disclosure.covered_percent",
         "offer.disclosure.share_nothing_percent", "offer.disclosure.share_nothing_basis",
         "offer.disclosure.period", "offer.disclosure.currency"),
        ("typical_participant", "active_participant", "median", "income_claim"),
    ),
    Entry(
        "active_participant", "Active participant", "Actieve deelnemer",
        ("active", "active member", "active distributor", "active IBO"),
        ("actief", "actief lid", "actieve distributeur"),
        "Someone the company counts as 'active', by its own definition: for example anyone who "
        "bought something in the last 12 months. An income statement that counts only active "
        "people leaves out everyone who quit, often most of those who ever joined. So its figures "
        "look better than what a newcomer can expect.",
        "Iemand die het bedrijf als 'actief' telt, volgens zijn eigen definitie: bijvoorbeeld "
        "iedereen die in de laatste 12 maanden iets kocht. Een inkomensverklaring die alleen "
        "actieve mensen telt, laat iedereen weg die stopte, vaak het grootste deel van wie ooit "
        "meedeed. De bedragen lijken dan beter dan wat een nieuwkomer mag verwachten.",
        "Active members earned €300 a year on average, but only 40% of those who joined are still "
        "active. Counting those who quit at €0, the average over everyone is 40% × €300 = €120 a "
        "year.",
        "Actieve leden verdienden gemiddeld € 300 per jaar, maar slechts 40% van wie instapte is "
        "nog actief. Tel je de stoppers mee als € 0, dan is het gemiddelde over iedereen 40% × "
        "€ 300 = € 120 per jaar.",
        ("offer.disclosure.basis", "offer.disclosure.active_definition", "offer.disclosure.covered_percent"),
        ("income_disclosure", "churn", "qualification"),
    ),
    Entry(
        "typical_participant", "Typical participant", "Gewone deelnemer",
        ("typical", "median participant", "ordinary participant", "most people"),
        ("typische deelnemer", "middelste deelnemer", "mediane deelnemer", "doorsnee deelnemer"),
        "The person in the middle: half of all participants earn less, half earn more. The app "
        "reads it from the company's income disclosure, counting everyone who joined, and subtracts "
        "the costs you would have at the least. It says more than the average, which a few big "
        "earners at the top pull up.",
        "De persoon in het midden: de helft van alle deelnemers verdient minder, de helft meer. De "
        "app haalt dit uit de inkomensverklaring van het bedrijf, met iedereen die meedeed erbij, "
        "en trekt de kosten af die je minstens hebt. Dat zegt meer dan het gemiddelde, dat door een "
        "paar grootverdieners aan de top omhoog wordt getrokken.",
        "Of 10 participants, 6 earn €0, 3 earn €500 each and 1 earns €20,000 a year. The average is "
        "€21,500 ÷ 10 = €2,150, but the typical participant earns €0 and still pays €600 a year in "
        "orders.",
        "Van 10 deelnemers verdienen er 6 € 0, 3 elk € 500 en 1 € 20.000 per jaar. Het gemiddelde "
        "is € 21.500 ÷ 10 = € 2.150, maar de gewone deelnemer verdient € 0 en betaalt nog steeds "
        "€ 600 per jaar aan bestellingen.",
        ("offer.disclosure.tiers[].annual_median", "offer.disclosure.tiers[].median"),
        ("median", "income_disclosure", "income_claim"),
    ),
    Entry(
        "median", "Median", "Mediaan",
        ("middle value",),
        ("middelste waarde",),
        "The middle value when you line everyone up from lowest to highest: half are below it, "
        "half above. Unlike the average, it does not move when a few people earn a great deal.",
        "De middelste waarde als je iedereen op een rij zet van laag naar hoog: de helft zit "
        "eronder, de helft erboven. Anders dan het gemiddelde verandert de mediaan niet als een "
        "paar mensen heel veel verdienen.",
        "Five people earn €0, €0, €100, €400 and €9,500. The average is €10,000 ÷ 5 = €2,000; the "
        "median is €100.",
        "Vijf mensen verdienen € 0, € 0, € 100, € 400 en € 9.500. Het gemiddelde is € 10.000 ÷ 5 = "
        "€ 2.000; de mediaan is € 100.",
        ("offer.disclosure.tiers[].annual_median", "offer.disclosure.tiers[].median"),
        ("typical_participant",),
    ),
    Entry(
        "income_claim", "Income claim", "Inkomensbelofte",
        ("earnings claim", "lifestyle claim", "income promise", "testimonial", "financial freedom"),
        ("verdienbelofte", "belofte", "lifestyleclaim", "financiële vrijheid", "getuigenis"),
        "Anything a recruiter says or shows about what you can earn: a figure, a car, a holiday, "
        "'quit your job'. Under the US FTC's guidance, pictures of a rich lifestyle are income "
        "claims too, and a claim should match what a typical participant earns after expenses. "
        "Compare every claim with the company's income disclosure.",
        "Alles wat een werver zegt of laat zien over wat je kunt verdienen: een bedrag, een auto, "
        "een vakantie, 'stop met je baan'. Volgens de richtlijnen van de Amerikaanse FTC tellen ook "
        "foto's van een luxe leven als inkomensbelofte, en moet een belofte passen bij wat een "
        "gewone deelnemer na kosten verdient. Leg elke belofte naast de inkomensverklaring van het "
        "bedrijf.",
        "'You can make €1,500 a month within a year.' If the disclosure says the middle participant "
        "earns €300 a year, the claim is 12 × €1,500 ÷ €300 = 60 times the typical income.",
        "'Binnen een jaar kun je € 1.500 per maand verdienen.' Zegt de inkomensverklaring dat de "
        "middelste deelnemer € 300 per jaar verdient, dan is de belofte 12 × € 1.500 ÷ € 300 = 60 "
        "keer het gewone inkomen.",
        ("offer.claims.claimed_monthly_income", "offer.claims.text", "offer.claims.after_months"),
        ("income_disclosure", "typical_participant", "residual_income"),
    ),
    Entry(
        "residual_income", "Residual income", "Passief inkomen (residueel inkomen)",
        ("passive income", "recurring income", "income while you sleep", "walk-away income"),
        ("residueel inkomen", "passief inkomen", "doorlopend inkomen", "verdienen terwijl je slaapt"),
        "The promise that, once your network is built, money keeps coming in without more work. It "
        "lasts only as long as your customers and your downline keep buying every month. Many "
        "people quit within a year, so the income shrinks unless you keep recruiting.",
        "De belofte dat er geld blijft binnenkomen zonder verder werk, als je netwerk eenmaal "
        "staat. Dat duurt alleen zolang je klanten en je downline elke maand blijven kopen. Veel "
        "mensen stoppen binnen een jaar, dus het inkomen krimpt, tenzij je blijft werven.",
        "Your downline earns you €200 this month. If 10% of it stops every month and no one new "
        "joins, after 12 months about €200 × 0.9¹² ≈ €56 is left.",
        "Je downline levert je deze maand € 200 op. Stopt elke maand 10% en komt er niemand bij, "
        "dan is er na 12 maanden ongeveer € 200 × 0,9¹² ≈ € 56 over.",
        ("assumptions.downline_retention_percent", "assumptions.customer_retention_percent"),
        ("churn", "income_claim"),
    ),
    Entry(
        "churn", "Churn (people quitting)", "Uitval (stoppers)",
        ("churn", "attrition", "drop-out", "dropout", "retention", "quit rate"),
        ("uitval", "stoppers", "verloop", "afhakers", "churn", "retentie"),
        "The share of participants who stop each month. In MLMs it is high: many people quit in "
        "their first year. High churn means your downline and your customers must be replaced all "
        "the time, just to stand still.",
        "Het deel van de deelnemers dat elke maand stopt. Bij MLM's is dat hoog: veel mensen "
        "stoppen al in hun eerste jaar. Door hoge uitval moet je je downline en je klanten steeds "
        "aanvullen, alleen al om gelijk te blijven.",
        "With 5% quitting each month, about 100 × 0.95¹² ≈ 54 of 100 people are left after a year. "
        "If each bought €50 a month, your team's orders fall from €5,000 to about €2,700 a month.",
        "Stopt elke maand 5%, dan zijn er van 100 mensen na een jaar nog ongeveer 100 × 0,95¹² ≈ 54 "
        "over. Bestelde ieder € 50 per maand, dan zakken de bestellingen van je team van € 5.000 "
        "naar zo'n € 2.700 per maand.",
        ("simulation.churn_percent", "assumptions.downline_retention_percent",
         "assumptions.customer_retention_percent"),
        ("residual_income", "active_participant"),
    ),
    Entry(
        "market_saturation", "Market saturation", "Verzadigde markt",
        ("saturation", "saturated market", "running out of people"),
        ("verzadiging", "marktverzadiging", "markt is vol"),
        "The point where nearly everyone who might join has already joined or said no. A plan that "
        "works only if the network keeps multiplying reaches it quickly. After that, new "
        "participants find no one left to recruit.",
        "Het punt waarop bijna iedereen die mee zou kunnen doen al meedoet of al nee heeft gezegd. "
        "Een plan dat alleen werkt als het netwerk zich steeds vermenigvuldigt, bereikt dat punt "
        "snel. Daarna vinden nieuwe deelnemers niemand meer om te werven.",
        "If everyone must recruit 6 people who each pay €100, the first 6 levels below you hold "
        "6 + 36 + … + 46,656 = 55,986 people, and 10 levels would need over 72 million: about four "
        "times everyone in the Netherlands.",
        "Moet iedereen 6 mensen werven die elk € 100 betalen, dan zitten er op de eerste 6 niveaus "
        "onder jou al 6 + 36 + … + 46.656 = 55.986 mensen, en voor 10 niveaus zijn er meer dan 72 "
        "miljoen nodig: zo'n vier keer heel Nederland.",
        ("simulation.market_size", "simulation.existing_participants"),
        ("pyramid_scheme", "recruit", "population_simulation"),
    ),
    Entry(
        "break_even", "Break-even", "Quitte spelen (break-even)",
        ("break even", "breaking even", "earn back", "pay back", "payback"),
        ("break-even", "break-evenpunt", "terugverdienen", "terugverdientijd", "quitte"),
        "The moment your total income since the start equals your total costs since the start. "
        "Before it you are losing money; only after it do you really earn anything. The app shows "
        "the month you break even, and how many customers or recruits you would need for it.",
        "Het moment waarop alles wat je sinds de start hebt verdiend gelijk is aan alles wat je "
        "hebt uitgegeven. Daarvoor verlies je geld; pas daarna verdien je echt iets. De app laat "
        "zien in welke maand je quitte speelt, en hoeveel klanten of rekruten je daarvoor nodig "
        "hebt.",
        "You pay €300 to start and €50 a month, and you earn €110 a month. Each month you keep "
        "€110 − €50 = €60, so after 5 months you have earned back the €300: you break even in "
        "month 5.",
        "Je betaalt € 300 om te starten en € 50 per maand, en je verdient € 110 per maand. Elke "
        "maand hou je € 110 − € 50 = € 60 over, dus na 5 maanden heb je de € 300 terugverdiend: je "
        "speelt quitte in maand 5.",
        ("assumptions.horizon_months",), ("starter_pack", "reference_wage"),
    ),
    Entry(
        "reference_wage", "Reference hourly wage", "Referentie-uurloon",
        ("minimum wage", "hourly wage", "hourly rate", "hourly result"),
        ("minimumloon", "minimumuurloon", "uurloon", "wettelijk minimumloon"),
        "An hourly wage to compare your result with, for example the statutory minimum wage. The "
        "app divides your net result by the hours you put in. A plan that pays less per hour than "
        "an ordinary job is not much of a business opportunity, whatever it is called.",
        "Een uurloon om je uitkomst mee te vergelijken, bijvoorbeeld het wettelijk minimumloon. De "
        "app deelt je netto-uitkomst door de uren die je erin steekt. Een plan dat per uur minder "
        "oplevert dan een gewone baan, is geen goede zaak, hoe mooi het ook heet.",
        "You work 10 hours a week and keep €100.00 after a month of about 10 × 52 ÷ 12 ≈ 43 hours: "
        "about €2.31 an hour. The Dutch statutory minimum wage for ages 21 and over is €14.71 an "
        "hour from 1 January 2026.",
        "Je werkt 10 uur per week en houdt na een maand van zo'n 10 × 52 ÷ 12 ≈ 43 uur € 100,00 "
        "over: ongeveer € 2,31 per uur. Het wettelijk minimumuurloon voor 21 jaar en ouder is vanaf "
        "1 januari 2026 € 14,71.",
        ("assumptions.reference_hourly_wage", "assumptions.hours_per_week"),
        ("break_even",),
    ),
    Entry(
        "training", "Training, events and tools", "Trainingen, evenementen en tools",
        ("training", "events", "seminars", "conventions", "tools", "coaching", "leads",
         "mandatory training"),
        ("training", "evenementen", "seminars", "congres", "tools", "coaching", "leads",
         "verplichte training"),
        "Courses, conferences, coaching, leads and software you are offered, often by your upline "
        "rather than the company. Paid training you are pressed to attend, or that is mainly about "
        "recruiting, is a warning sign. The people selling the tickets often earn from them.",
        "Cursussen, congressen, coaching, leads en software die je worden aangeboden, vaak door je "
        "upline en niet door het bedrijf. Betaalde training waar je sterk toe wordt aangezet, of "
        "die vooral over werven gaat, is een waarschuwingssignaal. Wie de kaartjes verkoopt, "
        "verdient er vaak aan.",
        "Two events a year at €250 a ticket plus €100 travel each, and €30 a month for tools: "
        "2 × (€250 + €100) + 12 × €30 = €700 + €360 = €1,060 a year.",
        "Twee evenementen per jaar van € 250 per kaartje plus € 100 reiskosten per keer, en € 30 "
        "per maand voor tools: 2 × (€ 250 + € 100) + 12 × € 30 = € 700 + € 360 = € 1.060 per jaar.",
        ("offer.training", "offer.training[].name", "offer.training[].cost",
         "offer.training[].times_per_year", "offer.training[].mandatory", "offer.training[].focus",
         "assumptions.include_optional_training"),
        ("upline", "monthly_fee"),
    ),
    Entry(
        "population_simulation", "Population simulation", "Simulatie van het netwerk",
        ("simulation", "Monte Carlo", "network simulation"),
        ("simulatie", "populatiesimulatie", "Monte Carlo"),
        "The app plays out the whole network month by month, with thousands of simulated people: "
        "who joins, who recruits whom, who sells, who quits, and what the plan pays each of them. "
        "It shows how the results are spread over everyone, not one hopeful story. The settings "
        "are estimates you can change.",
        "De app speelt het hele netwerk maand voor maand na, met duizenden gesimuleerde mensen: wie "
        "instapt, wie wie werft, wie verkoopt, wie stopt, en wat het plan ieder uitbetaalt. Zo zie "
        "je hoe de uitkomsten over iedereen verdeeld zijn, niet één hoopvol verhaal. De "
        "instellingen zijn schattingen die je kunt aanpassen.",
        "A simulation might show: the middle participant ends €480 down, 1 in 10 ends with a "
        "profit, and the top 1% receive half of all the money paid out.",
        "Een simulatie kan bijvoorbeeld laten zien: de middelste deelnemer eindigt € 480 in de min, "
        "1 op de 10 maakt winst, en de top 1% krijgt de helft van al het uitbetaalde geld.",
        ("simulation.existing_participants", "simulation.months", "simulation.attachment",
         "simulation.recruit_rate", "simulation.churn_percent"),
        ("seed", "market_saturation", "churn"),
    ),
    Entry(
        "seed", "Seed (of the simulation)", "Startwaarde toeval (seed)",
        ("seed", "random seed"),
        ("seed", "startwaarde", "random seed"),
        "A number that fixes the chance events in the simulation: who recruits whom, who quits, who "
        "sells. The same seed gives exactly the same result, so you and someone else can check each "
        "other's figures. Another seed shows another, equally likely, run of the same offer.",
        "Een getal dat het toeval in de simulatie vastlegt: wie wie werft, wie stopt, wie verkoopt. "
        "Dezelfde startwaarde geeft precies dezelfde uitkomst, zodat jij en een ander elkaars "
        "cijfers kunnen nakijken. Een andere startwaarde laat een ander, even waarschijnlijk, "
        "verloop van hetzelfde aanbod zien.",
        "With seed 1 the middle participant might end €412 down, with seed 2 €405 down. The amounts "
        "differ a little; the picture stays the same.",
        "Met startwaarde 1 eindigt de middelste deelnemer bijvoorbeeld € 412 in de min, met "
        "startwaarde 2 € 405. De bedragen verschillen iets; het beeld blijft hetzelfde.",
        ("simulation.seed",), ("population_simulation",),
    ),
)

_BY_KEY: dict[str, Entry] = {e.key: e for e in _ENTRIES}
if len(_BY_KEY) != len(_ENTRIES):  # pragma: no cover - a duplicate key is a programming error
    raise RuntimeError("duplicate glossary key")


def normalize(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form: 'Cooling-Off' and 'cooling off' match,
    'überhaupt' matches 'uberhaupt'."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[^0-9a-z]+", " ", plain).split())


def entry(key: str) -> Entry:
    """The entry with this key; KeyError naming the key if there is none."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"no glossary entry {key!r}") from None


def keys() -> tuple[str, ...]:
    return tuple(_BY_KEY)


def entries(lang: str | None = None) -> list[Entry]:
    """All entries: in reading order, or with ``lang`` alphabetically by that language's term."""
    if lang is None:
        return list(_ENTRIES)
    return sorted(_ENTRIES, key=lambda e: normalize(e.term(lang)))


def search(text: str, lang: str = "en") -> list[Entry]:
    """Entries matching ``text`` in either language (terms and aliases), best matches first.

    How well a name matches: equal to the query; then a word of it starts or ends with the query
    (a Dutch compound ends in its head word: 'bonus' finds 'Wervingsbonus'); then the query is
    inside it (three letters or more). Among equal matches, the term in ``lang`` beats an alias in
    ``lang``, which beats the other language's names. Entries whose explanation or example in
    ``lang`` has a word starting with the query come last. Empty text: every entry,
    alphabetically in ``lang``.
    """
    query = normalize(text)
    if not query:
        return entries(lang)
    scored: list[tuple[tuple[int, int], str, Entry]] = []
    other = "en" if norm_lang(lang) == "nl" else "nl"
    for e in _ENTRIES:
        ranked_names = [(0, e.term(lang)), *((1, a) for a in e.aliases(lang)),
                        (2, e.term(other)), *((3, a) for a in e.aliases(other))]
        best: tuple[int, int] | None = None
        for where, name in ranked_names:
            kind = _match_kind(normalize(name), query)
            if kind is not None and (best is None or (kind, where) < best):
                best = (kind, where)
        if best is None and _word_start(normalize(e.text(lang) + " " + e.example(lang)), query):
            best = (3, 0)
        if best is not None:
            scored.append((best, normalize(e.term(lang)), e))
    scored.sort(key=lambda t: (t[0], t[1]))
    return [e for _, _, e in scored]


def _match_kind(name: str, query: str) -> int | None:
    if name == query:
        return 0
    if _word_start(name, query) or f"{query} " in f"{name} ":
        return 1
    if len(query) >= 3 and query in name:
        return 2
    return None


def _word_start(name: str, query: str) -> bool:
    """Whether ``query`` starts at a word boundary somewhere in ``name``."""
    return name.startswith(query) or f" {query}" in f" {name}"


def normalize_path(path: str) -> str:
    """``offer.products[2].volume`` -> ``offer.products[].volume``; ``offer.payout.levels[0]`` ->
    ``offer.payout.levels`` (a list element is explained by the list's entry)."""
    path = re.sub(r"\[\d+\]", "[]", path.strip())
    while path.endswith("[]"):
        path = path[:-2]
    return path


def for_field(path: str) -> list[Entry]:
    """Entries naming this model field (concrete list indices allowed), in reading order."""
    wanted = normalize_path(path)
    return [e for e in _ENTRIES if wanted in e.fields]


def field_paths() -> frozenset[str]:
    """Every field path some entry names (for wiring a "?" beside each such field)."""
    return frozenset(p for e in _ENTRIES for p in e.fields)


def field_label(path: str, lang: str) -> str | None:
    """The editor's name for a field path, e.g. 'Purchase requirements › Required monthly
    volume' for ``offer.requirements.monthly_volume``; None for a path the model does not have
    (such as a version-2 field before the model has it)."""
    from .model import Evaluation, field_info

    model: type[BaseModel] | None = Evaluation
    labels: list[str] = []
    parts = normalize_path(path).split(".")
    for i, part in enumerate(parts):
        component = re.fullmatch(r"(\w+)\[type=(\w+)\]", part)
        if component:  # a version-2 payout component: named as the editor's section names it
            name, type_ = component.groups()
            if model is None or name not in model.model_fields or type_ not in _COMPONENT_TERMS:
                return None
            labels.append(_component_name(type_, lang))
            model = _component_model(type_)
            continue
        name = part[:-2] if part.endswith("[]") else part
        if model is None or name not in model.model_fields:
            return None
        if not (i == 0 and name == "offer" and len(parts) > 1):
            labels.append(field_info(model, name, lang)["label"])
        model = _inner_model(model.model_fields[name].annotation)
    return " › ".join(labels) if labels else None


# The glossary entry that names each version-2 component type.
_COMPONENT_TERMS = {"unilevel": "unilevel", "binary": "binary", "matrix": "matrix", "stairstep": "stairstep",
                    "matching": "matching_bonus", "fast_start": "fast_start_bonus",
                    "recruit_bonus": "recruit_bonus", "rank_bonus": "rank_bonus"}


def _component_name(type_: str, lang: str) -> str:
    """A component's name as the editor's section and the results show it (the plan seam's
    ``COMPONENT_NAMES``: 'Binaire commissie'), its glossary term without the plans package."""
    try:
        from .plans.components import COMPONENT_NAMES
    except ImportError:
        return entry(_COMPONENT_TERMS[type_]).term(lang)
    en, nl = COMPONENT_NAMES[type_]
    return nl if norm_lang(lang) == "nl" else en


def _component_model(type_: str) -> type[BaseModel] | None:
    """The pydantic model of a version-2 component type, once the plans package has it."""
    try:
        from .plans import components
    except ImportError:
        return None
    return components.COMPONENT_MODELS.get(type_)


def _inner_model(annotation: object) -> type[BaseModel] | None:
    """The pydantic model inside ``Model``, ``Model | None`` or ``list[Model]``, else None."""
    import typing

    from pydantic import BaseModel

    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
