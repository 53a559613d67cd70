"""Readable, translated names for the model's choice values (the file keeps the keys)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def choice_label(value: str | None) -> str:
    labels = {
        # Offer.kind
        "mlm": QCoreApplication.translate("Choices", "Multi-level marketing (MLM)"),
        "dealer": QCoreApplication.translate("Choices", "Dealer or reseller network"),
        "affiliate": QCoreApplication.translate("Choices", "Affiliate or ambassador programme"),
        "other": QCoreApplication.translate("Choices", "Other"),
        # Payout.retail_mode
        "margin": QCoreApplication.translate("Choices", "Margin (retail minus wholesale price)"),
        "commission": QCoreApplication.translate("Choices", "Commission on sales"),
        # Payout.plan (and retail_mode "none")
        "none": QCoreApplication.translate("Choices", "None"),
        "unilevel": QCoreApplication.translate("Choices", "Unilevel (a percentage per level)"),
        "binary": QCoreApplication.translate("Choices", "Binary (two legs, paid on the weaker leg)"),
        # Payout.commission_basis
        "all_volume": QCoreApplication.translate("Choices", "All volume, own purchases too"),
        "customer_volume": QCoreApplication.translate("Choices", "Only sales to outside customers"),
        # Training.focus
        "product": QCoreApplication.translate("Choices", "Product"),
        "sales": QCoreApplication.translate("Choices", "Selling"),
        "recruiting": QCoreApplication.translate("Choices", "Recruiting"),
        "mixed": QCoreApplication.translate("Choices", "Mixed"),
        # Disclosure.basis
        "all": QCoreApplication.translate("Choices", "All participants"),
        "active": QCoreApplication.translate("Choices", "Only 'active' participants"),
        "earners": QCoreApplication.translate("Choices", "Only those who earned something"),
        "unknown": QCoreApplication.translate("Choices", "Unknown"),
        # SimulationSettings.attachment
        "uniform": QCoreApplication.translate("Choices", "Everyone equally likely"),
        "preferential": QCoreApplication.translate("Choices", "Those who recruited more are more likely"),
    }
    return labels.get(value, "" if value is None else str(value))
