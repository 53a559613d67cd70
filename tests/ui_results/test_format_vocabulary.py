"""The widgets' formatting (ui/format.py) and the editor's choice names (ui/editor/choices.py)
are the core's: the same amount and the same word as in the PDF and on the command line."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from evaluator.core import i18n, labels
from evaluator.ui import format as fmt
from evaluator.ui.editor.choices import choice_label

NBSP = "\u00a0"


def test_money_is_the_core_format_with_a_no_break_space():
    assert fmt.money(4.95, "EUR", "nl") == f"€{NBSP}4,95"
    assert fmt.money(4.95, "EUR", "en") == i18n.fmt_money(4.95, "EUR", "en") == "€4.95"
    assert fmt.money(-2088.37, "EUR", "nl") == f"-€{NBSP}2.088"
    assert fmt.money(14.714, "EUR", "nl", 0) == f"€{NBSP}15"  # forced whole units, 14.714 -> 15


def test_signed_money_marks_gains_only_when_they_show():
    assert fmt.signed_money(12.5, "EUR", "en") == "+€12.50"
    assert fmt.signed_money(0.004, "EUR", "en") == "€0"  # rounds to 0: no '+'
    assert fmt.signed_money(-3, "EUR", "en") == "-€3"


def test_smart_number_is_the_core_rule():
    assert fmt.smart_number(0.5, "nl") == "0,50"
    assert fmt.smart_number(12345, "en") == "12,345"


def test_labels_come_from_the_core_vocabulary(qapp):
    assert fmt.verdict_label("high_risk", "nl") == "Hoog risico"
    assert fmt.severity_label("info", "en") == "Note"
    assert fmt.basis_label("earners", "nl") == labels.label(labels.BASIS_COUNTS, "earners", "nl")
    assert fmt.leans_label("pyramid", "nl") == "neigt als een piramide"
    assert fmt.SEVERITY_ORDER is labels.SEVERITY_ORDER


def test_editor_choices_are_the_core_labels_in_a_real_combo_box(qtbot):
    box = QComboBox()
    qtbot.addWidget(box)
    for value in labels.CHOICES["Payout.plan"]:
        box.addItem(choice_label(value, "nl"), value)
    assert [box.itemText(i) for i in range(box.count())] == [
        "Geen", "Unilevel (een percentage per niveau)",
        "Binair (twee benen, betaald over het zwakste been)"]
    assert choice_label("preferential", "en") == "Those who recruited more are more likely"
    assert choice_label(None, "en") == ""
