"""Driving the editor as a user would: typing, tables, pasting, invalid values, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from evaluator.core.analysis import analyze
from evaluator.resources import example_paths

from .keys import type_into


def wait_for_analysis(qtbot, window):
    with qtbot.waitSignal(window.analysis_updated, timeout=3000):
        pass


def panel_texts(window) -> str:
    return "\n".join(label.text() for label in window.results_panel.findChildren(QLabel))


def test_typing_fees_updates_results_with_hand_computed_net(qtbot, window):
    qtbot.mouseClick(window.library_view.new_button, Qt.LeftButton)
    assert window.current_id is not None
    type_into(qtbot, window, "offer.fees.signup", "100")
    type_into(qtbot, window, "offer.fees.monthly", "10")
    type_into(qtbot, window, "assumptions.horizon_months", "12")
    qtbot.waitUntil(lambda: window.analysis is not None
                    and window.analysis.projection.total_net == -220, timeout=3000)
    # 100 sign-up in month 1 + 10 a month for 12 months, nothing earned: -220, never breaks even.
    assert window.analysis.projection.break_even_month is None
    assert window.analysis.verdict.level in ("likely_pyramid", "high_risk", "caution", "lower_risk")
    assert "220" in panel_texts(window)


def test_start_from_example_and_see_the_numbers_change(qtbot, window):
    examples = example_paths()
    assert examples, "the bundled examples are missing"
    lv = window.library_view
    lv.examples.setCurrentRow(0)
    qtbot.mouseClick(lv.example_button, Qt.LeftButton)
    example_name = lv.examples.item(0).text().split("\n")[0]
    assert example_name in window.windowTitle()
    assert window.library.entry(window.current_id).file_path is None  # a copy, not the bundled file
    before = window.analysis.projection.total_net
    field = window.editor.field("assumptions.new_customers_per_month")
    new_value = (field.data() or 0) + 5
    type_into(qtbot, window, "assumptions.new_customers_per_month", str(new_value))
    qtbot.waitUntil(lambda: window.analysis.projection.total_net != before, timeout=3000)
    expected = analyze(window.editor.evaluation, "en")
    assert window.editor.evaluation.assumptions.new_customers_per_month == new_value
    assert window.analysis.projection.total_net == expected.projection.total_net
    assert window.analysis.verdict.level == expected.verdict.level


def test_add_a_product_row_by_typing_in_the_table(qtbot, window):
    window.new_evaluation()
    window.editor.show_page("products")
    table = window.editor.table("offer.products")
    qtbot.mouseClick(table.add_button, Qt.LeftButton)
    assert table.grid.rowCount() == 1
    assert any("must not be empty" in p.message() or p.path.startswith("offer.products[0]")
               for p in window.editor.problems)
    for col, text in ((0, "Blender"), (1, "80"), (2, "119,50")):
        table.grid.setCurrentCell(0, col)
        table.grid.editItem(table.grid.item(0, col))
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key_Return)
    qtbot.waitUntil(lambda: window.editor.evaluation is not None, timeout=2000)
    product = window.editor.evaluation.offer.products[0]
    assert (product.name, product.wholesale_price, product.retail_price) == ("Blender", 80, 119.5)
    assert product.volume is None


def test_paste_disclosure_tiers_from_a_spreadsheet(qtbot, window):
    window.new_evaluation()
    window.editor.show_page("disclosure")
    qtbot.mouseClick(window.editor.disclosure_check, Qt.LeftButton)
    assert window.editor.disclosure_check.isChecked()
    tsv = ("Rank\tShare\tAverage\tMedian\n"
           "No earnings\t63,84%\t0\t0\n"
           "Entry\t12.16 %\t1.234,56\t\n"
           "Leaders\t24\t1,234.56\t900\n")
    QGuiApplication.clipboard().setText(tsv)
    grid = window.editor.table("offer.disclosure.tiers").grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key_V, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.editor.evaluation is not None, timeout=2000)
    tiers = window.editor.evaluation.offer.disclosure.tiers
    assert [t.name for t in tiers] == ["No earnings", "Entry", "Leaders"]
    assert [t.share_percent for t in tiers] == [63.84, 12.16, 24]
    assert [t.average for t in tiers] == [0, 1234.56, 1234.56]
    assert [t.median for t in tiers] == [0, None, 900]
    assert window.editor.evaluation.offer.disclosure.period == "year"  # amounts per year


def test_invalid_value_is_marked_at_the_field_kept_and_undone(qtbot, window):
    window.new_evaluation()
    type_into(qtbot, window, "offer.fees.signup", "50")
    qtbot.waitUntil(lambda: window.analysis.projection.costs["fees"][0] == 50, timeout=3000)
    window.editor.reveal("offer.fees.monthly")  # leave the field and come back: a new undo step
    widget = type_into(qtbot, window, "offer.fees.signup", "5O")  # a letter O, not a zero
    field = window.editor.field("offer.fees.signup")
    qtbot.waitUntil(lambda: field.error.isVisible(), timeout=2000)
    assert field.error.text() == "must be a number"
    # The number field marks it too ("!") and says why in its hint.
    assert field.number.mark_state() == "invalid"
    assert field.number.hint.text() == "Not a number. Your text is kept; correct it."
    assert widget.text() == "5O"
    assert widget.property("invalid") is True
    window.run_analysis()
    # The results stay with the value from before the edit (50), not the "5" typed on the way
    # to "5O" (review 8, item 1).
    assert window.analysis.projection.costs["fees"][0] == 50
    assert window.last_valid.offer.fees.signup == 50
    assert window.editor.evaluation is None
    assert "invalid" in window.statusBar().currentMessage()

    # Ctrl+Z in the field goes to the editor's undo stack (one step for the whole typing).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key_Z, Qt.ControlModifier)
    qtbot.waitUntil(lambda: widget.text() == "50", timeout=2000)
    assert not field.error.isVisible() and field.number.mark_state() is None
    assert window.editor.evaluation.offer.fees.signup == 50
    qtbot.keyClick(widget, Qt.Key_Z, Qt.ControlModifier | Qt.ShiftModifier)
    qtbot.waitUntil(lambda: widget.text() == "5O", timeout=2000)
    assert field.error.isVisible() and field.number.mark_state() == "invalid"


def test_payout_page_shows_the_fields_of_the_components_in_the_plan(qtbot, window):
    window.new_evaluation()
    window.editor.show_page("payout")
    plan = window.editor.plan_editor
    assert plan.boxes == []  # a new evaluation has no plan components
    plan.add_component("binary")
    binary = plan.box("binary")
    assert binary.fields["percent"].container.isVisibleTo(window)
    assert "levels" not in binary.lists  # a unilevel's fields are not a binary's
    plan.add_component("unilevel")
    assert plan.box("unilevel").lists["levels"].isVisibleTo(window)
    percent = window.editor.reveal("offer.payout.components[0].percent")
    assert percent is binary.fields["percent"].widget
    qtbot.keyClicks(percent, "8")
    qtbot.waitUntil(lambda: window.editor.evaluation is not None, timeout=2000)
    payout = window.editor.evaluation.offer.payout
    assert [c.type for c in payout.components] == ["binary", "unilevel"]
    assert payout.component("binary").percent == 8


def test_help_text_shown_for_the_focused_field(qtbot, window):
    window.new_evaluation()
    window.editor.reveal("offer.fees.starter_kit")
    assert "starter kit" in window.editor.help_line.text().lower()
    assert window.editor.field("offer.fees.starter_kit").widget.accessibleName() == "Starter kit"


def test_edits_autosave_to_the_library_with_the_verdict(qtbot, window, library):
    window.start_from_example(str(example_paths()[0]))
    entry_id = window.current_id
    type_into(qtbot, window, "offer.company", "Autosaved BV")
    # No explicit save: the debounced autosave stores it (and the verdict the list shows).
    qtbot.waitUntil(lambda: library.get(entry_id).offer.company == "Autosaved BV", timeout=5000)
    assert library.entry(entry_id).verdict == window.analysis.verdict.level
    assert library.drafts() == []


def test_adding_a_row_is_one_undo_step(qtbot, window):
    window.new_evaluation()
    window.editor.show_page("training")
    table = window.editor.table("offer.training")
    qtbot.mouseClick(table.add_button, Qt.LeftButton)
    qtbot.mouseClick(table.add_button, Qt.LeftButton)
    assert table.grid.rowCount() == 2
    window.undo()
    assert table.grid.rowCount() == 1
    window.redo()
    assert table.grid.rowCount() == 2
    assert window.editor.state()["offer"]["training"][1] == {
        "name": "", "cost": None, "times_per_year": None, "mandatory": False, "focus": "product"}


def test_a_locked_library_does_not_lose_the_edit(qtbot, window, library, monkeypatch):
    import sqlite3

    window.new_evaluation()
    entry_id = window.current_id
    real_save = library.save_or_fork
    monkeypatch.setattr(library, "save_or_fork", lambda *a, **k: (_ for _ in ()).throw(
        sqlite3.OperationalError("database is locked")))
    type_into(qtbot, window, "offer.company", "Busy BV")
    window.autosave()
    assert "database is locked" in window.statusBar().currentMessage()
    assert window.editor.field("offer.company").widget.text() == "Busy BV"
    monkeypatch.setattr(library, "save_or_fork", real_save)
    window.autosave()
    assert library.get(entry_id).offer.company == "Busy BV"
