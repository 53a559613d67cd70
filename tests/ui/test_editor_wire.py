"""The real editor reads numbers as people type them (SPEC 9.5) in fields and pasted tables, links
fields to the glossary ("?" and F1), and lets Tab walk through every column of its tables."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from evaluator.core import glossary
from evaluator.ui.glossary_dialog import GlossaryDialog
from evaluator.ui.guide_dialog import GuideDialog

SIGNUP = "offer.fees.signup"  # an amount (euros)
BUYBACK = "offer.requirements.buyback_percent"  # a percentage
TIERS = "offer.disclosure.tiers"


@pytest.fixture
def editor_in(make_window):
    """A new evaluation in the editor, in the interface language asked for."""
    from evaluator.ui.appearance import install_translators

    def make(lang: str):
        window = make_window()
        window.new_evaluation()
        if lang != "en":
            install_translators(lang)
            window.set_language(lang)
        return window

    return make


def type_in(qtbot, window, path: str, text: str):
    """Select the field's text and type ``text`` over it, key by key ("€" too, which QTest's
    keyClicks cannot type: it is sent as the key event a keyboard layout with € sends)."""
    widget = window.editor.reveal(path)
    widget.selectAll()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
    return window.editor.field(path)


def stored(window, path: str):
    node = window.editor.state()
    for part in path.split("."):
        node = node[part]
    return node


# ---- fields ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang, text, value", [
    # both notations in either language: with a currency, grouping and decimals there is no doubt
    ("en", "€ 2.400,50", 2400.5), ("nl", "€ 2.400,50", 2400.5),
    ("en", "2400", 2400), ("nl", "2,5", 2.5),
])
def test_an_unambiguous_amount_is_stored_in_either_language(qtbot, editor_in, lang, text, value):
    window = editor_in(lang)
    field = type_in(qtbot, window, SIGNUP, text)
    assert stored(window, SIGNUP) == value
    assert window.editor.evaluation.offer.fees.signup == value
    assert field.number.mark_state() is None
    assert field.widget.text() == text  # what was typed stays as typed


@pytest.mark.parametrize("lang, text, reading, other", [
    # "2.400": Dutch grouping (2400) or English decimals (2.4); "2,400" the other way round
    ("en", "2.400", 2.4, 2400), ("nl", "2.400", 2400, 2.4),
    ("en", "2,400", 2400, 2.4), ("nl", "2,400", 2.4, 2400),
])
def test_an_ambiguous_amount_is_marked_then_read_the_interface_way_and_said(
        qtbot, editor_in, lang, text, reading, other):
    window = editor_in(lang)
    field = type_in(qtbot, window, SIGNUP, text)
    # while typing: marked "?", both readings offered, nothing read: the document keeps the text
    assert field.number.mark_state() == "ambiguous"
    assert [b.property("value") for b in field.number.hint.visible_buttons()] == [reading, other]
    assert stored(window, SIGNUP) == text
    assert window.editor.evaluation is None
    assert not field.error.isVisible()  # the hint asks; no "must be a number" as well
    # leaving the field reads it the interface language's way, and says so beside the field
    field.number.finish()
    assert stored(window, SIGNUP) == reading
    assert window.editor.evaluation.offer.fees.signup == reading
    assert field.number.hint.text().startswith("Read as" if lang == "en" else "Gelezen als")
    # the other reading is one click away
    (use_other,) = field.number.hint.visible_buttons()
    use_other.click()
    assert stored(window, SIGNUP) == other
    # and undo goes back through the readings to the empty field's 0
    window.editor.undo_stack.undo()
    assert stored(window, SIGNUP) == 0


def test_ctrl_s_in_the_field_settles_an_ambiguous_text_before_saving(qtbot, editor_in, modals,
                                                                    tmp_path):
    target = tmp_path / "offer.oppeval"
    modals.answer["save"] = str(target)
    window = editor_in("en")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    field = type_in(qtbot, window, SIGNUP, "2.400")
    assert stored(window, SIGNUP) == "2.400"
    qtbot.keyClick(field.widget, Qt.Key_S, Qt.ControlModifier)
    assert stored(window, SIGNUP) == 2.4  # the English reading, said beside the field
    assert field.number.state() == "resolved"
    # saved, not refused as invalid: the file holds the reading
    assert json.loads(target.read_text(encoding="utf-8"))["offer"]["fees"]["signup"] == 2.4


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_dutch_percentage_is_stored_in_either_language(qtbot, editor_in, lang):
    window = editor_in(lang)
    field = type_in(qtbot, window, BUYBACK, "12,5 %")
    assert stored(window, BUYBACK) == 12.5
    assert window.editor.evaluation.offer.requirements.buyback_percent == 12.5
    assert field.number.mark_state() is None
    # a share cannot be 12500 %: "12,500" settles on 12.5 without asking
    type_in(qtbot, window, BUYBACK, "12,500")
    assert stored(window, BUYBACK) == 12.5 and field.number.mark_state() is None


def test_invalid_text_stays_marked_and_a_language_switch_keeps_the_value(qtbot, editor_in):
    from evaluator.ui.appearance import install_translators

    window = editor_in("en")
    field = type_in(qtbot, window, SIGNUP, "12.5")
    assert stored(window, SIGNUP) == 12.5
    install_translators("nl")
    window.set_language("nl")
    assert field.widget.text() == "12,5"  # rewritten the Dutch way: still 12.5, not 125
    assert stored(window, SIGNUP) == 12.5
    field = type_in(qtbot, window, SIGNUP, "12,5x")
    assert field.number.mark_state() == "invalid" and stored(window, SIGNUP) == "12,5x"


# ---- pasted tables ----------------------------------------------------------------------------

DUTCH_TIERS = (
    "Niveau\tAandeel\tGemiddeld per jaar\tMediaan per jaar\n"
    "Geen inkomsten\t62,4\t€ 0\t0\n"
    "Brons\t30,1\t1.250\t850\n"
    "Goud\t7,5\t48.000\t41.500,50\n"
)


def disclosure_table(window):
    window.editor.show_page("disclosure")
    window.editor.disclosure_check.setChecked(True)
    return window.editor.table(TIERS)


def test_a_dutch_tier_table_pasted_in_the_english_ui_is_read_the_dutch_way(qtbot, editor_in):
    window = editor_in("en")
    table = disclosure_table(window)
    assert table.paste_text(DUTCH_TIERS, replace=True) == 3  # the header row is skipped
    # "1.250" and "48.000" alone could be 1.25 and 48 (English) or 1250 and 48000 (Dutch); the
    # table shows Dutch notation elsewhere (62,4  30,1  7,5  41.500,50), so they are Dutch.
    tiers = window.editor.evaluation.offer.disclosure.tiers
    assert [t.name for t in tiers] == ["Geen inkomsten", "Brons", "Goud"]
    assert [t.share_percent for t in tiers] == [62.4, 30.1, 7.5]  # 62.4 + 30.1 + 7.5 = 100
    assert [t.average for t in tiers] == [0, 1250, 48000]
    assert [t.median for t in tiers] == [0, 850, 41500.5]
    # shown the English way, so that nothing in the table is ambiguous any more
    assert table.grid.item(2, 3).text() == "41500.5"
    assert all(table.cell_mark(r, c) is None for r in range(3) for c in range(4))


def test_a_pasted_cell_without_evidence_stays_ambiguous_and_marked(qtbot, editor_in):
    window = editor_in("en")
    table = disclosure_table(window)
    table.paste_text("A\t50\t1.250\t0\nB\t50\t2.400\t0\n", replace=True)
    # nothing in the table says Dutch or English: 1.250 stays text, marked amber, and explained
    assert stored(window, TIERS)[0]["average"] == "1.250"
    assert window.editor.evaluation is None
    assert table.cell_mark(0, 2) == "ambiguous" and table.cell_mark(0, 1) is None
    tip = table.grid.item(0, 2).toolTip()
    assert tip == "\u201c1.250\u201d can mean €1.25 or €1,250.00: type 1.25 or 1250"
    assert "Row 1, Average: \u201c1.250\u201d can mean" in table.error.text()


def test_paste_that_replaces_rows_asks_first(qtbot, editor_in, modals):
    window = editor_in("en")
    table = disclosure_table(window)
    table.paste_text("A\t60\t0\t0\nB\t40\t100\t50\n", replace=True)
    QGuiApplication.clipboard().setText("C\t100\t10\t10\n")
    modals.answer["question"] = QMessageBox.StandardButton.No
    assert table.paste_clipboard(replace=True) == 0
    assert len(modals.named("question")) == 1
    assert [t["name"] for t in stored(window, TIERS)] == ["A", "B"]  # kept
    modals.answer["question"] = QMessageBox.StandardButton.Yes
    assert table.paste_clipboard(replace=True) == 1
    assert [t["name"] for t in stored(window, TIERS)] == ["C"]
    # an empty table is filled without a question
    products = window.editor.table("offer.products")
    QGuiApplication.clipboard().setText("Shake\t20\t30\n")
    assert products.paste_clipboard(replace=True) == 1
    assert len(modals.named("question")) == 2


def test_a_new_row_is_not_flagged_before_anything_is_typed(qtbot, editor_in):
    window = editor_in("en")
    products = window.editor.table("offer.products")
    window.editor.show_page("products")
    products.add_row()
    # name, wholesale and retail price are required: the model refuses the row, but the row
    # has not been touched yet, so no cell is marked and no message is shown
    assert window.editor.evaluation is None
    assert all(products.cell_mark(0, c) is None for c in range(len(products.specs)))
    assert products.error.isHidden()
    products.grid.item(0, 0).setText("Shake")  # the user types a name
    assert products.cell_mark(0, 1) == "invalid"  # now the missing prices are shown
    assert "Row 1, Wholesale price" in products.error.text()


# ---- glossary -------------------------------------------------------------------------------

def test_question_mark_and_f1_open_the_glossary_on_the_fields_term(qtbot, editor_in):
    window = editor_in("en")
    field = window.editor.field("offer.requirements.monthly_volume")
    assert field.glossary_button is not None
    assert window.editor.field("offer.name").glossary_button is None  # no entry names it
    field.glossary_button.click()
    dialog = window.findChild(GlossaryDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.current_key() == glossary.for_field("offer.requirements.monthly_volume")[0].key == "pv"
    dialog.close()

    widget = window.editor.reveal(SIGNUP)
    qtbot.keyClick(widget, Qt.Key_F1)
    assert dialog.isVisible() and dialog.current_key() == "sign_up_fee"
    assert window.findChild(GuideDialog) is None  # F1 on a field: its term, not the user guide
    dialog.close()

    products = window.editor.table("offer.products")
    products.set_data([{"name": "Shake", "wholesale_price": 20, "retail_price": 30}])
    window.editor.show_page("products")
    products.grid.setCurrentCell(0, 2)  # retail price
    qtbot.keyClick(products.grid, Qt.Key_F1)
    assert dialog.isVisible() and dialog.current_key() == "retail_margin"
    dialog.close()


def test_the_glossary_in_dutch_mode_is_dutch(qtbot, editor_in):
    window = editor_in("nl")
    window.editor.field(BUYBACK).glossary_button.click()
    dialog = window.findChild(GlossaryDialog)
    assert dialog.lang == "nl" and dialog.current_key() == "buyback"
    assert window.editor.field(BUYBACK).glossary_button.toolTip() == "Leg dit begrip uit (F1)"
    dialog.close()


# ---- Tab in tables --------------------------------------------------------------------------

def test_tab_moves_through_every_column_and_out_of_the_table(qtbot, editor_in):
    window = editor_in("en")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    products = window.editor.table("offer.products")
    products.set_data([{"name": "A", "wholesale_price": 1, "retail_price": 2},
                       {"name": "B", "wholesale_price": 3, "retail_price": 4}])
    window.editor.show_page("products")
    grid = products.grid
    columns = grid.columnCount()
    assert columns == 5  # name, wholesale, retail, volume, market price
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    visited = [(grid.currentRow(), grid.currentColumn())]
    for _ in range(2 * columns - 1):
        qtbot.keyClick(grid, Qt.Key_Tab)
        visited.append((grid.currentRow(), grid.currentColumn()))
    assert visited == [(r, c) for r in range(2) for c in range(columns)]
    assert QApplication.focusWidget() is grid
    qtbot.keyClick(grid, Qt.Key_Tab)  # after the last cell: out of the table
    assert QApplication.focusWidget() is not grid
    assert QApplication.focusWidget() is products.add_button

    # Shift+Tab from the first cell leaves it backwards
    grid.setFocus()
    grid.setCurrentCell(0, 0)
    qtbot.keyClick(grid, Qt.Key_Backtab, Qt.ShiftModifier)
    assert QApplication.focusWidget() is not grid

    # Tab while editing the last cell commits it and leaves the table too
    grid.setFocus()
    grid.setCurrentCell(1, columns - 1)
    grid.editItem(grid.item(1, columns - 1))
    editor = QApplication.focusWidget()
    assert editor is not grid
    qtbot.keyClicks(editor, "5")
    qtbot.keyClick(editor, Qt.Key_Tab)
    assert stored(window, "offer.products")[1]["market_price"] == 5
    assert QApplication.focusWidget() is products.add_button
