"""NumberField driven by real key presses (qtbot): what is stored, what is shown, what is marked
for 2.400, 2,400, € 2.400,50 and 12,5 % in the Dutch and the English interface (SPEC 9.5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from evaluator.ui.number_input import NumberField, NumberInput


@pytest.fixture
def make(qtbot):
    boxes = []  # qtbot holds widgets weakly: keep them alive for the test

    def make(kind="amount", lang="en", **kw):
        box = NumberInput(kind, lang, **kw)
        boxes.append(box)
        qtbot.addWidget(box)
        box.show()
        field = box.field
        field.emitted = []
        field.valueChanged.connect(field.emitted.append)
        return field
    yield make


def type_into(qtbot, field, text):
    """Type key by key. QTest only knows ASCII keys, so '€' is sent as a key event with text,
    the way a keyboard layout with a euro key delivers it."""
    field.setFocus()
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(field, ch)
        else:
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, ch))


# ---- unambiguous texts ---------------------------------------------------------------------

@pytest.mark.parametrize("lang,hint", [("nl", "= € 2.400,50"), ("en", "= €2,400.50")])
def test_typed_euro_amount_with_both_separators(qtbot, make, lang, hint):
    field = make("amount", lang)
    type_into(qtbot, field, "€ 2.400,50")
    assert field.state() == "valid"
    assert field.value() == 2400.5
    assert field.emitted[-1] == 2400.5
    assert field.text() == "€ 2.400,50"                 # the text stays as typed
    # reformatted: the reading is shown under the field (no-break space inside the amount)
    assert field.hint.isVisible() and field.hint.label.text().replace("\u00a0", " ") == hint
    assert field.mark_state() is None and not field.property("invalid")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_typed_percentage(qtbot, make, lang):
    field = make("percent", lang)
    type_into(qtbot, field, "12,5 %")
    assert field.state() == "valid" and field.value() == 12.5
    assert field.emitted[-1] == 12.5
    assert field.hint.label.text() == ("= 12,5%" if lang == "nl" else "= 12.5%")


def test_plain_number_in_the_interface_way_needs_no_hint(qtbot, make):
    field = make("amount", "nl")
    type_into(qtbot, field, "2400,5")
    assert field.value() == 2400.5 and not field.hint.isVisible() and field.toolTip() == ""


def test_every_keystroke_with_a_new_value_emits_once(qtbot, make):
    field = make("amount", "en")
    type_into(qtbot, field, "12.50")
    # 1 -> 1.0, 12 -> 12.0, "12." -> 12.0 (same), 12.5, "12.50" -> 12.5 (same)
    assert field.emitted == [1.0, 12.0, 12.5]


# ---- ambiguous texts -------------------------------------------------------------------------

# (text, lang, interface reading, the other reading)
AMBIGUOUS = [
    ("2.400", "nl", 2400.0, 2.4),
    ("2.400", "en", 2.4, 2400.0),
    ("2,400", "nl", 2.4, 2400.0),
    ("2,400", "en", 2400.0, 2.4),
]


@pytest.mark.parametrize("text,lang,reading,other", AMBIGUOUS)
def test_ambiguous_text_is_marked_and_not_stored_while_typing(qtbot, make, text, lang, reading, other):
    field = make("amount", lang)
    type_into(qtbot, field, text)
    assert field.state() == "ambiguous"
    assert field.mark_state() == "ambiguous" and field.property("ambiguous")
    assert field.value() is None
    # "2.40" was a valid 2.4 on the way; the ambiguous "2.400" itself emitted nothing
    assert field.emitted == [2.0, 2.4]
    assert field.parsed().value == reading and field.parsed().alternative == other
    buttons = field.hint.visible_buttons()
    assert [b.property("value") for b in buttons] == [reading, other]
    assert field.hint.isVisible()
    assert field.accessibleDescription() == field.toolTip() == field.hint.label.text()
    assert ("Welke bedoel je?" if lang == "nl" else "Which one do you mean?") in field.toolTip()


@pytest.mark.parametrize("text,lang,reading,other", AMBIGUOUS)
def test_leaving_an_ambiguous_field_reads_it_the_interface_way_and_says_so(
        qtbot, make, text, lang, reading, other):
    field = make("amount", lang)
    type_into(qtbot, field, text)
    qtbot.keyClick(field, Qt.Key_Return)          # Enter finishes the edit, like focus out
    assert field.state() == "resolved"
    assert field.value() == reading and field.emitted[-1] == reading
    assert field.mark_state() is None
    assert field.text() == text                  # still what was typed
    said = field.hint.label.text()
    assert said.startswith("Gelezen als" if lang == "nl" else "Read as")
    # and the other reading is one click away
    (button,) = field.hint.visible_buttons()
    assert button.property("value") == other
    qtbot.mouseClick(button, Qt.LeftButton)
    assert field.state() == "valid" and field.value() == other and field.emitted[-1] == other
    assert field.parsed().settled and field.parsed().text == field.text()
    assert not field.hint.isVisible() or not field.hint.visible_buttons()


def test_choosing_a_reading_writes_it_unambiguously(qtbot, make):
    field = make("amount", "en")
    type_into(qtbot, field, "€ 1.250")
    assert field.state() == "ambiguous"
    qtbot.mouseClick(field.hint.visible_buttons()[1], Qt.LeftButton)  # the Dutch reading, 1250
    assert field.text() == "1250" and field.value() == 1250.0
    assert field.emitted[-1] == 1250.0 and field.state() == "valid"


def test_limits_settle_a_percentage(qtbot, make):
    field = make("percent", "en", minimum=0, maximum=100)
    type_into(qtbot, field, "12,500")          # 12.5 % or 12,500 %: only 12.5 is a share
    assert field.state() == "valid" and field.value() == 12.5 and field.emitted[-1] == 12.5


# ---- invalid texts ---------------------------------------------------------------------------

@pytest.mark.parametrize("lang,words", [("nl", "Twee decimaaltekens"), ("en", "Two decimal separators")])
def test_invalid_text_is_kept_and_marked_with_the_reason(qtbot, make, lang, words):
    field = make("amount", lang)
    field.setValue(10)
    type_into(qtbot, field, "1.2")              # -> "101.2" (valid), then...
    type_into(qtbot, field, ".3")               # "101.2.3": two decimal separators
    assert field.text() == "101.2.3"
    assert field.state() == "invalid" and field.value() is None
    assert field.mark_state() == "invalid" and field.property("invalid") is True
    assert field.toolTip().startswith(words)
    assert field.accessibleDescription() == field.toolTip()
    assert field.hint.isVisible() and field.hint.label.text().startswith(words)
    emitted = list(field.emitted)
    type_into(qtbot, field, "4")                # still invalid: nothing emitted
    assert field.emitted == emitted
    # correcting it clears the mark
    for _ in range(len("4.3")):
        qtbot.keyClick(field, Qt.Key_Backspace)
    assert field.text() == "101.2" and field.state() == "valid" and field.mark_state() is None
    assert not field.property("invalid")


def test_a_percent_sign_in_an_amount_is_refused(qtbot, make):
    field = make("amount", "en")
    type_into(qtbot, field, "12 %")
    assert field.state() == "invalid" and "not a percentage" in field.toolTip()


def test_a_currency_on_its_way_to_a_number_is_not_marked_until_the_field_is_left(qtbot, make):
    field = make("amount", "nl")
    type_into(qtbot, field, "€ ")
    assert field.state() == "invalid" and field.value() is None
    assert field.mark_state() is None and not field.hint.isVisible() and field.toolTip() == ""
    qtbot.keyClick(field, Qt.Key_Return)
    assert field.mark_state() == "invalid" and field.toolTip().startswith("Geen getal")
    type_into(qtbot, field, "5")
    assert field.state() == "valid" and field.value() == 5.0 and field.mark_state() is None


def test_finish_resolves_without_losing_focus(qtbot, make):
    field = make("amount", "en")
    type_into(qtbot, field, "1,250")
    field.finish()
    assert field.state() == "resolved" and field.value() == 1250.0 and field.emitted[-1] == 1250.0


def test_clearing_emits_cleared(qtbot, make):
    field = make("amount", "nl")
    cleared = []
    field.cleared.connect(lambda: cleared.append(True))
    type_into(qtbot, field, "5")
    qtbot.keyClick(field, Qt.Key_Backspace)
    assert field.state() == "empty" and field.value() is None and cleared == [True]


# ---- set by the program, language switch ------------------------------------------------------

def test_set_value_writes_the_interface_way_and_emits_nothing(qtbot, make):
    field = make("amount", "nl")
    field.setValue(2400.5)
    assert field.text() == "2400,5" and field.value() == 2400.5 and field.emitted == []
    field.setValue(1.234)
    assert field.text() == "1,2340" and field.state() == "valid"   # never an ambiguous text
    field.setValue(None)
    assert field.text() == "" and field.state() == "empty"


def test_language_switch_keeps_the_value(qtbot, make):
    field = make("amount", "en")
    type_into(qtbot, field, "2.400")
    qtbot.keyClick(field, Qt.Key_Return)       # read the English way: 2.4
    field.setLanguage("nl")
    assert field.text() == "2,4" and field.value() == 2.4 and field.state() == "valid"
    assert field.emitted == [2.0, 2.4]          # the value did not change, so nothing new


def test_language_switch_reexplains_an_invalid_text(qtbot, make):
    field = make("amount", "en")
    type_into(qtbot, field, "abc")
    assert field.toolTip().startswith("Not a number")
    field.setLanguage("nl")
    assert field.text() == "abc" and field.toolTip().startswith("Geen getal")


def test_a_bare_field_never_opens_its_hint_as_a_window(qtbot):
    field = NumberField("amount", "en")
    qtbot.addWidget(field)
    keep = field  # noqa: F841
    field.show()
    qtbot.keyClicks(field, "2.400")
    assert field.state() == "ambiguous"
    assert field.hint.text() and not field.hint.isVisible()


def test_unknown_kind_is_refused(qtbot):
    with pytest.raises(ValueError):
        NumberField("date", "en")
