"""The keystroke path's shortcuts never show a stale value: typing in one field reads that field
alone (``OfferEditor._collect_typed``), error labels already showing a message are left alone,
and the verdict badge's style sheet is set only when it changes. Each test changes something,
checks that what is shown follows, and goes back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from evaluator.core import fileformat
from evaluator.resources import example_paths
from evaluator.ui import format as fmt
from evaluator.ui.editor.form import OfferEditor

from .keys import type_cell, type_into


def _open_example(window, word: str) -> None:
    path = next(p for p in example_paths() if word in p.stem)
    window.start_from_example(str(path))


def test_typing_in_one_field_gives_the_document_a_full_read_gives(qtbot, window):
    _open_example(window, "fast-start")
    editor: OfferEditor = window.editor
    before = editor.state()
    widget = type_into(qtbot, window, "offer.fees.monthly", "12")
    qtbot.keyClicks(widget, "5")
    # 125 typed: the form's document is what reading every widget gives, fee 125.
    assert editor._state == editor.collect()
    assert editor.state()["offer"]["fees"]["monthly"] == 125
    assert editor.evaluation is not None and editor.evaluation.offer.fees.monthly == 125
    assert editor.evaluation == fileformat.from_data(editor.collect())
    # Another field, a text one, then a table cell: each taken in, nothing else changed.
    type_into(qtbot, window, "offer.name", "Renamed")
    editor.show_page("products")
    table = editor.table("offer.products")
    old_name = table.grid.item(0, 0).text()
    type_cell(qtbot, table.grid, 0, 0, "Other product")
    qtbot.keyClicks(type_into(qtbot, window, "offer.fees.monthly", "7"), "0")
    state = editor.state()
    assert state == editor.collect()
    assert state["offer"]["name"] == "Renamed"
    assert state["offer"]["fees"]["monthly"] == 70
    assert state["offer"]["products"][0]["name"] == "Other product"
    # The documents kept for undo were not changed by the copies made on the way: undo every
    # edit and the example is back as it was, the cell's old name included.
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert editor.state() == before
    assert table.grid.item(0, 0).text() == old_name
    assert editor._state == editor.collect()


def test_a_field_error_follows_every_keystroke(qtbot, window):
    _open_example(window, "doterra")
    editor: OfferEditor = window.editor
    field = editor.fields["offer.fees.monthly"]
    widget = type_into(qtbot, window, "offer.fees.monthly", "-5")
    # A negative fee is refused: the field says so and is marked.
    assert editor.evaluation is None
    assert field.error.isVisibleTo(editor) and field.error.text()
    assert widget.property("invalid") is True
    message = field.error.text()
    qtbot.keyClicks(widget, "0")  # -50: still refused, the same message still shown
    assert field.error.text() == message and field.error.isVisibleTo(editor)
    assert editor.state()["offer"]["fees"]["monthly"] == -50
    # Corrected: the message goes, the mark goes, the figures follow (fee 50).
    type_into(qtbot, window, "offer.fees.monthly", "50")
    assert editor.evaluation is not None and editor.evaluation.offer.fees.monthly == 50
    assert not field.error.isVisibleTo(editor) and field.error.text() == ""
    assert not widget.property("invalid")
    # Undo (the typing was one edit): the example's own fee, no message; -5 again: it is back.
    original = fileformat.load(next(p for p in example_paths() if "doterra" in p.stem)).offer.fees.monthly
    editor.undo_stack.undo()
    assert editor.state()["offer"]["fees"]["monthly"] == original
    assert not field.error.isVisibleTo(editor) and not widget.property("invalid")
    type_into(qtbot, window, "offer.fees.monthly", "-5")
    assert field.error.text() == message and field.error.isVisibleTo(editor)
    assert widget.property("invalid") is True


def test_the_verdict_badge_follows_pending_and_final(qtbot, window):
    _open_example(window, "binary")
    panel = window.results_panel
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=60_000)
    final_sheet = panel.verdict_badge.styleSheet()
    level = panel._analysis.verdict.level
    assert final_sheet == fmt.badge_style(*fmt.VERDICT_COLOURS.get(level, fmt.VERDICT_COLOURS["caution"]))
    widget = type_into(qtbot, window, "offer.fees.monthly", "1")
    window.session.analysis_timer.stop()
    window.session.run_analysis(settle=False)
    # Updating: the pending badge and sheet, whatever the verdict was.
    assert window.session.verdict_pending
    assert panel.verdict_badge.styleSheet() == fmt.badge_style(*fmt.PENDING_COLOURS)
    assert panel.verdict_summary.foregroundRole() == QPalette.ColorRole.PlaceholderText
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=60_000)
    level = panel._analysis.verdict.level
    assert panel.verdict_badge.styleSheet() == fmt.badge_style(
        *fmt.VERDICT_COLOURS.get(level, fmt.VERDICT_COLOURS["caution"]))
    assert panel.verdict_badge.text() == fmt.verdict_label(level, panel._lang)
    assert panel.verdict_summary.foregroundRole() == QPalette.ColorRole.WindowText
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)


def test_a_hidden_what_if_panel_shows_the_document_when_opened(qtbot, window):
    _open_example(window, "doterra")
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=60_000)
    panel = window.whatif
    assert panel.isHidden()
    calls = []
    real = panel.set_evaluation
    panel.set_evaluation = lambda ev: calls.append(ev) or real(ev)  # type: ignore[method-assign]
    # Typing while the panel is hidden: it is not brought up to date on every keystroke.
    type_into(qtbot, window, "assumptions.new_customers_per_month", "7")
    window.session.run_analysis()
    assert calls == []
    # Opened: it shows the document as it is now (7 new customers a month), not as it was.
    window.whatif_toggle.setChecked(True)
    assert len(calls) == 1 and panel.entered["new_customers_per_month"] == 7
    assert panel.rows["new_customers_per_month"].field.value() == 7
    # Open: every edit reaches it at once (3 customers), and its values are those entered.
    type_into(qtbot, window, "assumptions.new_customers_per_month", "3")
    window.session.run_analysis()
    assert panel.entered["new_customers_per_month"] == 3 and not panel.overrides()
    # Closed again and edited (4), then opened: 4.
    window.whatif_toggle.setChecked(False)
    type_into(qtbot, window, "assumptions.new_customers_per_month", "4")
    window.session.run_analysis()
    window.whatif_toggle.setChecked(True)
    assert panel.entered["new_customers_per_month"] == 4
    assert panel.rows["new_customers_per_month"].field.value() == 4
    del panel.set_evaluation


def test_tiles_and_cards_follow_the_figures_and_a_new_palette(qtbot, window):
    from PySide6.QtGui import QColor

    from evaluator.ui.appearance import dark_palette

    _open_example(window, "doterra")
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=60_000)
    panel = window.results_panel
    tile, card = panel.key_numbers["total_net"], panel.headline_cards["you"]
    claim = panel.headline_cards["claim"]
    before_tile, before_year = tile.value.text(), card.years[0].text()
    claim_text = claim.years[0].text()
    type_into(qtbot, window, "offer.fees.monthly", "1000")
    window.session.analysis_timer.stop()
    window.session.run_analysis(settle=False)
    # A €1,000 monthly fee: the net tile and your year 1 card change and read the new figures
    # (signed money, the core's total), in the loss colour; the claim (gross) stays as it was.
    total = panel._analysis.projection.total_net
    assert total < 0
    assert tile.value.text() == fmt.signed_money(total, panel._currency, panel._lang)
    assert tile.value.text() != before_tile and card.years[0].text() != before_year
    assert claim.years[0].text() == claim_text
    red = fmt.gain_loss_colour(-1, panel.palette()).name()
    assert tile.value.palette().color(QPalette.ColorRole.WindowText).name() == red
    assert card.value_colour(1) == red
    # A new palette with the same figures: the colours follow it all the same.
    window.setPalette(dark_palette())
    panel._render()
    dark_red = fmt.gain_loss_colour(-1, panel.palette()).name()
    assert panel.palette().color(QPalette.ColorRole.Window) != QColor("white")
    assert tile.value.palette().color(QPalette.ColorRole.WindowText).name() == dark_red
    assert card.value_colour(1) == dark_red
    # The comparison's "this offer" column: red where it leans to a pyramid, else the text colour
    # of the new palette (its texts did not change).
    text_colour = panel.palette().color(QPalette.ColorRole.WindowText).name()
    for aspect, labels in zip(panel._analysis.comparison, panel.comparison_cells[1:]):
        want = dark_red if aspect.leans == "pyramid" else text_colour
        assert labels[3].palette().color(QPalette.ColorRole.WindowText).name() == want
    # Undo: the figures before, again.
    window.editor.undo_stack.undo()  # the typing was one edit
    assert window.editor.state()["offer"]["fees"]["monthly"] != 1000
    window.session.analysis_timer.stop()
    window.session.run_analysis(settle=False)
    assert tile.value.text() == before_tile and card.years[0].text() == before_year


def test_cell_marks_follow_texts_changed_with_signals_blocked(qtbot, window):
    from evaluator.ui.editor.tables import AMBIGUOUS_BRUSH, ERROR_BRUSH

    window.new_evaluation()
    editor = window.editor
    editor.show_page("products")
    table = editor.table("offer.products")
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    type_cell(qtbot, table.grid, 0, 0, "Blender")
    type_cell(qtbot, table.grid, 0, 1, "80")
    assert table.cell_mark(0, 1) is None
    type_cell(qtbot, table.grid, 0, 1, "abc")  # not a number: marked
    assert table.grid.item(0, 1).background().color() == ERROR_BRUSH.color()
    assert table.cell_mark(0, 1) == "invalid"
    # Undo puts the cell's text back with the grid's signals blocked (set_data): the mark goes.
    editor.undo_stack.undo()
    assert table.grid.item(0, 1).text() == "80"
    assert table.cell_mark(0, 1) is None
    assert table.grid.item(0, 1).background().color() != ERROR_BRUSH.color()
    # Redo: the text and its mark are back.
    editor.undo_stack.redo()
    assert table.grid.item(0, 1).text() == "abc"
    assert table.grid.item(0, 1).background().color() == ERROR_BRUSH.color()
    # A text set straight into the cell, signals blocked: "1,500" can be read two ways (en).
    table.grid.blockSignals(True)
    table.grid.item(0, 1).setText("1,500")
    table.grid.blockSignals(False)
    editor._validate_and_show()
    assert table.grid.item(0, 1).background().color() == AMBIGUOUS_BRUSH.color()
