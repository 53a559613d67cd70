"""The domain's vocabulary: every word the results and the model's choices are named by, in English
and Dutch, keyed by the model's values, and the orders of verdict levels and severities.

One home for these words, read by the core, the command line, the charts, the PDF and the Qt
widgets alike (``ui/format.py`` and ``ui/editor/choices.py`` look them up here); the Qt
translation files keep only interface text. Nothing here imports beyond ``i18n``.

- Verdict levels and severities, with their one order (most serious first).
- The comparison's leanings, revenue sources and cost categories.
- The model's choices (offer kind, retail mode, plan, commission basis, training focus, disclosure
  basis, attachment, and format version 2's payout component types and compression), each with a
  ``label`` (the name in a list to choose from) and a ``text`` (the same inside a sentence or a
  table cell of the PDF).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .i18n import tr

Pair = tuple[str, str]  # (English, Dutch)

Level = Literal["likely_pyramid", "high_risk", "caution", "lower_risk"]
Severity = Literal["serious", "warning", "info"]
Leans = Literal["pyramid", "network_marketing", "unclear"]

# The orders, defined once: most serious first.
VERDICT_LEVELS: tuple[Level, ...] = ("likely_pyramid", "high_risk", "caution", "lower_risk")
SEVERITIES: tuple[Severity, ...] = ("serious", "warning", "info")
VERDICT_ORDER: dict[str, int] = {level: i for i, level in enumerate(VERDICT_LEVELS)}
SEVERITY_ORDER: dict[str, int] = {severity: i for i, severity in enumerate(SEVERITIES)}


def severity_rank(severity: str) -> int:
    """Sort key: serious 0, warning 1, info 2, anything unknown after them."""
    return SEVERITY_ORDER.get(severity, len(SEVERITIES))


def verdict_rank(level: str | None) -> int:
    """Sort key: likely_pyramid 0 ... lower_risk 3, none or unknown after them."""
    return VERDICT_ORDER.get(level or "", len(VERDICT_LEVELS))


VERDICT_LABELS: dict[str, Pair] = {
    "likely_pyramid": ("Likely a pyramid scheme", "Waarschijnlijk een piramidespel"),
    "high_risk": ("High risk", "Hoog risico"),
    "caution": ("Caution", "Wees voorzichtig"),
    "lower_risk": ("Lower risk", "Lager risico"),
}
SEVERITY_LABELS: dict[str, Pair] = {
    "serious": ("Serious", "Ernstig"),
    "warning": ("Warning", "Waarschuwing"),
    "info": ("Note", "Opmerking"),
}
LEANS_LABELS: dict[str, Pair] = {
    "pyramid": ("like a pyramid", "als een piramide"),
    "network_marketing": ("like network marketing", "als netwerkmarketing"),
    "unclear": ("unclear", "onduidelijk"),
}
# Short enough for a chart legend.
REVENUE_LABELS: dict[str, Pair] = {
    "retail": ("Own sales to customers", "Eigen verkoop aan klanten"),
    "downline": ("Downline commissions", "Commissie op je netwerk"),
    "recruiting": ("Recruiting bonuses", "Wervingsbonussen"),
    "rank": ("Rank bonuses", "Rangbonussen"),
}
COST_LABELS: dict[str, Pair] = {
    "fees": ("Fees, kit and stock", "Kosten, startpakket en voorraad"),
    "purchases": ("Required own purchases", "Verplichte eigen aankopen"),
    "training": ("Training and events", "Training en evenementen"),
    "other": ("Other expenses", "Overige kosten"),
}
# Whom an income disclosure counts, as the end of a sentence about the statement.
BASIS_COUNTS: dict[str, Pair] = {
    "all": ("counts all participants", "telt alle deelnemers mee"),
    "active": ("counts active participants only", "telt alleen actieve deelnemers mee"),
    "earners": ("counts only participants who earned something",
                "telt alleen deelnemers mee die iets verdienden"),
    "unknown": ("does not say whom it counts", "zegt niet wie er worden meegeteld"),
}


@dataclass(frozen=True)
class Choice:
    """One value of a choice field: ``label`` to pick it from a list, ``text`` inside a sentence."""

    label: Pair
    text: Pair


def _c(label_en: str, label_nl: str, text_en: str, text_nl: str) -> Choice:
    return Choice((label_en, label_nl), (text_en, text_nl))


_NONE = _c("None", "Geen", "none", "geen")

# Keyed by the model's field ("Class.field") and then by the value the file stores.
CHOICES: dict[str, dict[str, Choice]] = {
    "Offer.kind": {
        "mlm": _c("Multi-level marketing (MLM)", "Multi-level marketing (MLM)",
                  "multi-level marketing", "multi-level marketing"),
        "dealer": _c("Dealer or reseller network", "Dealer- of wederverkopersnetwerk",
                     "dealer / reseller network", "dealer- of wederverkopersnetwerk"),
        "affiliate": _c("Affiliate or ambassador programme", "Affiliate- of ambassadeursprogramma",
                        "affiliate / ambassador programme", "affiliate- of ambassadeursprogramma"),
        "other": _c("Other", "Anders", "other", "anders"),
    },
    "Payout.retail_mode": {
        "margin": _c("Margin (retail minus wholesale price)", "Marge (verkoop- min inkoopprijs)",
                     "margin between wholesale and retail price",
                     "marge tussen inkoop- en verkoopprijs"),
        "commission": _c("Commission on sales", "Commissie op verkoop", "commission", "commissie"),
        "none": _NONE,
    },
    "Payout.plan": {
        "none": _NONE,
        "unilevel": _c("Unilevel (a percentage per level)", "Unilevel (een percentage per niveau)",
                       "unilevel", "unilevel"),
        "binary": _c("Binary (two legs, paid on the weaker leg)",
                     "Binair (twee benen, betaald over het zwakste been)", "binary", "binair"),
    },
    "Payout.commission_basis": {
        "all_volume": _c("All volume, own purchases too", "Al het volume, ook eigen aankopen",
                         "all volume, participants' own purchases included",
                         "al het volume, ook eigen aankopen van deelnemers"),
        "customer_volume": _c("Only sales to outside customers",
                              "Alleen verkoop aan klanten van buiten",
                              "sales to outside customers only",
                              "alleen verkoop aan klanten van buiten"),
    },
    "Training.focus": {
        "product": _c("Product", "Product", "product", "product"),
        "sales": _c("Selling", "Verkopen", "sales", "verkoop"),
        "recruiting": _c("Recruiting", "Werven", "recruiting", "werven"),
        "mixed": _c("Mixed", "Gemengd", "mixed", "gemengd"),
    },
    "Disclosure.basis": {
        "all": _c("All participants", "Alle deelnemers", "all participants", "alle deelnemers"),
        "active": _c("Only 'active' participants", "Alleen ‘actieve’ deelnemers",
                     "active participants only", "alleen actieve deelnemers"),
        "earners": _c("Only those who earned something", "Alleen wie iets verdiende",
                      "only those who earned something", "alleen wie iets verdiende"),
        "unknown": _c("Unknown", "Onbekend", "unknown", "onbekend"),
    },
    "SimulationSettings.attachment": {
        "uniform": _c("Everyone equally likely", "Iedereen evenveel kans", "uniform", "gelijk"),
        "preferential": _c("Those who recruited more are more likely",
                           "Wie meer wierf, heeft meer kans", "preferential", "voorkeur"),
    },
    # Format version 2 (SPEC 8.1): the payout plan's component types and unilevel compression.
    "Component.type": {
        "unilevel": _c("Unilevel (a percentage per level)", "Unilevel (een percentage per niveau)",
                       "unilevel", "unilevel"),
        "binary": _c("Binary (two legs, paid on the weaker leg)",
                     "Binair (twee benen, betaald over het zwakste been)", "binary", "binair"),
        "matrix": _c("Matrix (a fixed width and depth)", "Matrix (vaste breedte en diepte)",
                     "matrix", "matrix"),
        "stairstep": _c("Stairstep (the difference between ranks)",
                        "Stairstep (het verschil tussen rangen)", "stairstep", "stairstep"),
        "matching": _c("Matching bonus (on your line's earnings)",
                       "Matching-bonus (over wat je lijn verdient)", "matching bonus",
                       "matching-bonus"),
        "fast_start": _c("Fast-start bonus (on newcomers' first months)",
                         "Snelle-startbonus (over de eerste maanden van nieuwkomers)",
                         "fast-start bonus", "snelle-startbonus"),
        "recruit_bonus": _c("Recruit bonus (a fixed amount per newcomer)",
                            "Wervingsbonus (een vast bedrag per nieuwkomer)", "recruit bonus",
                            "wervingsbonus"),
        "rank_bonus": _c("Rank bonus (a fixed amount per month at a rank)",
                         "Rangbonus (een vast bedrag per maand in een rang)", "rank bonus",
                         "rangbonus"),
    },
    # Format version 2 (SPEC 8.2): the disclosure's period and whom "paid nothing" is of.
    "Disclosure.period": {
        "year": _c("A year", "Een jaar", "per year", "per jaar"),
        "month": _c("A month (scaled up × 12)", "Een maand (× 12 omgerekend)", "per month",
                    "per maand"),
        "week": _c("A week (scaled up × 52)", "Een week (× 52 omgerekend)", "per week",
                   "per week"),
    },
    "Disclosure.share_nothing_basis": {
        "all": _c("All participants", "Alle deelnemers", "of all participants",
                  "van alle deelnemers"),
        "covered": _c("Only those the statement covers", "Alleen wie de verklaring beschrijft",
                      "of those the statement covers", "van wie de verklaring beschrijft"),
    },
    "Component.compression": {
        "none": _c("None (a lost level stays lost)", "Geen (een vervallen niveau blijft weg)",
                   "none", "geen"),
        "standard": _c("Standard (inactive members are skipped)",
                       "Standaard (inactieve leden worden overgeslagen)", "standard", "standaard"),
        "dynamic": _c("Dynamic (every member who does not qualify is skipped)",
                      "Dynamisch (wie zich niet kwalificeert, wordt overgeslagen)", "dynamic",
                      "dynamisch"),
    },
}

# Version 2 keeps version 1's words for the fields it kept: the payout's retail terms, and the
# basis every volume component carries (version 1's one commission_basis).
CHOICES["PayoutPlan.retail_mode"] = CHOICES["Payout.retail_mode"]
CHOICES["Component.basis"] = CHOICES["Payout.commission_basis"]


def _flat() -> dict[str, Choice]:
    """Every value once. Values shared by two fields carry the same words except where a
    field's own wording is needed (``choice_for`` with the field); the first field wins here."""
    out: dict[str, Choice] = {}
    for values in CHOICES.values():
        for value, choice in values.items():
            out.setdefault(value, choice)
    return out


_BY_VALUE = _flat()


def choice_for(value: str, field: str | None = None) -> Choice | None:
    """The words of a choice value, of ``field`` ("Offer.kind") when given, else of any field."""
    if field is not None and value in CHOICES.get(field, {}):
        return CHOICES[field][value]
    return _BY_VALUE.get(value)


def choice_label(value: str | None, lang: str, field: str | None = None) -> str:
    """The name to pick ``value`` from a list ('Multi-level marketing (MLM)'); unknown: itself."""
    if value is None:
        return ""
    choice = choice_for(value, field)
    return tr(lang, *choice.label) if choice else str(value)


def choice_text(value: str | None, lang: str, field: str | None = None) -> str:
    """The name of ``value`` inside a sentence or a table cell ('multi-level marketing')."""
    if value is None:
        return ""
    choice = choice_for(value, field)
    return tr(lang, *choice.text) if choice else str(value)


def is_choice_value(value: object) -> bool:
    return isinstance(value, str) and value in _BY_VALUE


def leans_text(leans: str | None, lang: str) -> str:
    """Which way an aspect leans, as a phrase: 'leans like a pyramid' / 'neigt als een piramide'."""
    if leans not in ("pyramid", "network_marketing"):
        # not "leans unclear" / "neigt onduidelijk": it leans neither way
        return tr(lang, "leans neither way (unclear)", "neigt geen kant op (onduidelijk)")
    en, nl = LEANS_LABELS[leans]
    return tr(lang, f"leans {en}", f"neigt {nl}")


def label(table: dict[str, Pair], key: str, lang: str) -> str:
    """The name of ``key`` in ``lang``; an unknown key is shown as itself."""
    en, nl = table.get(key, (key, key))
    return tr(lang, en, nl)
