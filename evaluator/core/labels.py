"""Names of the fixed categories the results are sorted into, in English and Dutch: verdict
levels, red-flag severities, the comparison's leanings, revenue sources and cost categories.

One table per concept for every text output (command line, charts, PDF). The Qt widgets use Qt's
own translations of the same words (``evaluator/ui/format.py``).
"""

from __future__ import annotations

from .i18n import tr

VERDICT_LABELS = {
    "likely_pyramid": ("Likely a pyramid scheme", "Waarschijnlijk een piramidespel"),
    "high_risk": ("High risk", "Hoog risico"),
    "caution": ("Caution", "Voorzichtig"),
    "lower_risk": ("Lower risk", "Lager risico"),
}
SEVERITY_LABELS = {
    "serious": ("Serious", "Ernstig"),
    "warning": ("Warning", "Waarschuwing"),
    "info": ("Note", "Opmerking"),
}
LEANS_LABELS = {
    "pyramid": ("like a pyramid", "als een piramide"),
    "network_marketing": ("like network marketing", "als netwerkmarketing"),
    "unclear": ("unclear", "onduidelijk"),
}
# Short enough for a chart legend.
REVENUE_LABELS = {
    "retail": ("Own sales to customers", "Eigen verkoop aan klanten"),
    "downline": ("Downline commissions", "Commissie op je netwerk"),
    "recruiting": ("Recruiting bonuses", "Wervingsbonussen"),
    "rank": ("Rank bonuses", "Rangbonussen"),
}
COST_LABELS = {
    "fees": ("Fees, kit and stock", "Kosten, startpakket en voorraad"),
    "purchases": ("Required own purchases", "Verplichte eigen aankopen"),
    "training": ("Training and events", "Training en evenementen"),
    "other": ("Other expenses", "Overige kosten"),
}


def label(table: dict[str, tuple[str, str]], key: str, lang: str) -> str:
    """The name of ``key`` in ``lang``; an unknown key is shown as itself."""
    en, nl = table.get(key, (key, key))
    return tr(lang, en, nl)
