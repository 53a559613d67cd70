"""Readable, translated names for the model's choice values (the file keeps the keys)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def choice_label(value: str | None) -> str:
    t = QCoreApplication.translate
    labels = {
        # Offer.kind
        "mlm": t("Choices", "Multi-level marketing (MLM)"),
        "dealer": t("Choices", "Dealer or reseller network"),
        "affiliate": t("Choices", "Affiliate or ambassador programme"),
        "other": t("Choices", "Other"),
        # Payout.retail_mode
        "margin": t("Choices", "Margin between wholesale and retail price"),
        "commission": t("Choices", "Commission on sales"),
        # Payout.plan (and retail_mode "none")
        "none": t("Choices", "None"),
        "unilevel": t("Choices", "Unilevel (a percentage per level)"),
        "binary": t("Choices", "Binary (two legs, paid on the weaker leg)"),
        # Payout.commission_basis
        "all_volume": t("Choices", "All volume, participants' own purchases included"),
        "customer_volume": t("Choices", "Only sales to outside customers"),
        # Training.focus
        "product": t("Choices", "Product"),
        "sales": t("Choices", "Selling"),
        "recruiting": t("Choices", "Recruiting"),
        "mixed": t("Choices", "Mixed"),
        # Disclosure.basis
        "all": t("Choices", "All participants"),
        "active": t("Choices", "Only 'active' participants"),
        "earners": t("Choices", "Only those who earned something"),
        "unknown": t("Choices", "Unknown"),
        # SimulationSettings.attachment
        "uniform": t("Choices", "Everyone equally likely"),
        "preferential": t("Choices", "Those who recruited more are more likely"),
    }
    return labels.get(value, "" if value is None else str(value))
