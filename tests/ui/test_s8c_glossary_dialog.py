"""The binary component's "Overdragen" field's "?" (review 8, item 12a): the glossary opens on
"Overdragen (carry-over)", and says it is entered under "Verdienmodel › Binaire commissie ›
Overdragen", the editor's own words."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from evaluator.core import glossary
from evaluator.ui.glossary_dialog import open_for_field


def test_the_carry_over_fields_question_mark_in_dutch(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    dialog = open_for_field(window, "nl", glossary.component_path("binary", "carry_over"))
    assert dialog is not None and dialog.current_key() == "carry_over"
    text = dialog.text.toPlainText().replace("\u00a0", " ")
    assert text.startswith("Overdragen (carry-over)")
    assert "Verdienmodel › Binaire commissie › Overdragen" in text
    assert "Binair plan ›" not in text and "Doorschuiven" not in text
