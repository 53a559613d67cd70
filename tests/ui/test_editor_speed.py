"""What the editor does less of per keystroke, and that it still takes in every edit: the
readings of typed numbers kept per text, language, unit and kind; JSON copies without
``copy.deepcopy``; a number field's second report of one keystroke (its text, then its value)
not collected again, while every real edit is."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt

from evaluator.ui.editor import fields as editor_fields
from evaluator.ui.editor.fields import FieldSpec, parse_field_number
from evaluator.ui.editor.form import OfferEditor, copy_tree
from evaluator.core.model import Fees

from .keys import type_into


def test_copy_tree_is_an_equal_independent_copy():
    data = {"a": [1, 2.5, {"b": None, "c": True}], "d": "text", "e": {"f": [[]]}}
    copied = copy_tree(data)
    assert copied == data
    copied["a"][2]["b"] = 7
    copied["e"]["f"][0].append(1)
    assert data == {"a": [1, 2.5, {"b": None, "c": True}], "d": "text", "e": {"f": [[]]}}
    # Anything that is not JSON data is copied the careful way.
    odd = {"t": (1, [2])}
    copied = copy_tree(odd)
    assert copied == odd and copied["t"][1] is not odd["t"][1]


def test_kept_readings_are_per_language_and_kind():
    money = FieldSpec(Fees, "monthly", "number", False, (), "money")
    percent = FieldSpec(Fees, "monthly", "number", False, (), "percent")
    editor_fields._READINGS.clear()
    # "2.400" is 2400 the Dutch way, 2.4 the English way; the same text kept twice, apart.
    nl = parse_field_number(money, "2.400", "nl")
    en = parse_field_number(money, "2.400", "en")
    assert nl.value == 2400 and en.value == 2.4
    assert parse_field_number(money, "2.400", "nl") is nl  # kept, not read again
    # A percentage: "12,500" can only be 12.5 % (settled by the 0-100 range), as an amount it
    # stays ambiguous.
    assert parse_field_number(percent, "12,500", "en").value == 12.5
    assert parse_field_number(money, "12,500", "en").ambiguous
    # The kept reading is the one a fresh read gives.
    editor_fields._READINGS.clear()
    assert parse_field_number(money, "2.400", "nl") == nl


def test_the_kept_readings_stay_bounded(monkeypatch):
    money = FieldSpec(Fees, "monthly", "number", False, (), "money")
    monkeypatch.setattr(editor_fields, "READINGS_KEPT", 5)
    editor_fields._READINGS.clear()
    for n in range(12):
        assert parse_field_number(money, str(n), "en").value == n
    assert len(editor_fields._READINGS) <= 5


def test_one_keystroke_makes_one_edit_and_every_keystroke_is_taken_in(qtbot, window):
    window.new_evaluation()
    editor: OfferEditor = window.editor
    collected = []
    collect = editor.collect
    editor.collect = lambda: collected.append(1) or collect()  # type: ignore[method-assign]
    typed = editor._collect_typed  # typing in one field reads that field alone (key7)
    editor._collect_typed = lambda path: collected.append(1) or typed(path)  # type: ignore[method-assign]
    widget = type_into(qtbot, window, "offer.fees.monthly", "")
    collected.clear()
    before = editor.undo_stack.count()
    qtbot.keyClicks(widget, "4")
    # One keystroke: the number field reports its text and its value; the form is read once.
    assert collected == [1]
    assert editor.state()["offer"]["fees"]["monthly"] == 4
    qtbot.keyClicks(widget, "2")
    assert collected == [1, 1]
    assert editor.state()["offer"]["fees"]["monthly"] == 42
    assert editor.evaluation is not None and editor.evaluation.offer.fees.monthly == 42
    assert editor.undo_stack.count() <= before + 1  # typing in one field merges into one edit
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    assert editor.state()["offer"]["fees"]["monthly"] == 4
    editor.undo_stack.undo()
    assert editor.state()["offer"]["fees"]["monthly"] not in (4, 42)
    # After undo the same text typed again is a change again (not taken for a repeat).
    widget = type_into(qtbot, window, "offer.fees.monthly", "4")
    assert editor.state()["offer"]["fees"]["monthly"] == 4
    del editor.collect


def test_an_edit_in_another_field_after_a_repeat_is_taken_in(qtbot, window):
    window.new_evaluation()
    editor = window.editor
    type_into(qtbot, window, "offer.fees.monthly", "10")
    type_into(qtbot, window, "offer.fees.signup", "99")
    state = editor.state()
    assert state["offer"]["fees"]["monthly"] == 10 and state["offer"]["fees"]["signup"] == 99
    # The state is a copy: changing it changes nothing in the editor.
    state["offer"]["fees"]["monthly"] = 1
    assert editor.state()["offer"]["fees"]["monthly"] == 10
    assert copy.deepcopy(editor.state()) == editor.state()


def test_table_marks_are_redrawn_only_when_what_they_show_changes(qtbot, window):
    from evaluator.ui.editor.tables import ERROR_BRUSH

    from .keys import type_cell

    window.new_evaluation()
    editor = window.editor
    editor.show_page("products")
    table = editor.table("offer.products")
    qtbot.mouseClick(table.add_button, Qt.LeftButton)
    type_cell(qtbot, table.grid, 0, 0, "Blender")
    type_cell(qtbot, table.grid, 0, 1, "abc")  # not a number
    cell = table.grid.item(0, 1)
    assert cell.background().color() == ERROR_BRUSH.color()
    drawn = []
    draw = table._apply_cell_marks
    table._apply_cell_marks = lambda: drawn.append(1) or draw()  # type: ignore[method-assign]
    # An edit elsewhere shows every table's problems again: the same marks, not redrawn.
    type_into(qtbot, window, "offer.fees.monthly", "12")
    assert drawn == []
    assert table.grid.item(0, 1).background().color() == ERROR_BRUSH.color()
    # The cell corrected: redrawn, the mark gone.
    type_cell(qtbot, table.grid, 0, 1, "80")
    assert drawn and table.grid.item(0, 1).background().style() == Qt.BrushStyle.NoBrush
    # Another language: the tooltips are redrawn in it.
    drawn.clear()
    editor.retranslate("nl")
    assert drawn
    del table._apply_cell_marks


def test_state_equals_compares_without_a_copy(qtbot, window):
    window.new_evaluation()
    editor = window.editor
    before = editor.state()
    assert editor.state_equals(before)
    type_into(qtbot, window, "offer.fees.monthly", "12")
    assert not editor.state_equals(before)
    assert editor.state_equals(editor.state())
