"""The editor and library polish of issue 13 item 7: problems named in the user's words and
leading to their cell, a new table row that is not judged before it is touched, the help line
following the focus, tables and choice fields that fit a 1024x768 screen, one verdict colour."""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from evaluator.core import fileformat
from evaluator.resources import example_paths
from evaluator.ui import format as fmt
from evaluator.ui.editor.messages import place, problem_text
from evaluator.ui.library_view import VERDICT


def _example(word: str) -> str:
    return str(next(p for p in example_paths() if word in p.name))


def _doterra_data() -> dict:
    return fileformat.to_data(fileformat.load(_example("doterra")))


def test_a_problem_s_place_is_said_in_the_user_s_words_in_both_languages():
    data = _doterra_data()  # components: [unilevel, rank_bonus]
    # 0-based paths become 1-based rows and levels, named by the model's labels
    assert place("offer.products[1].retail_price", "en", data) == "Products, row 2, Retail price"
    assert place("offer.payout.components[0].levels[1]", "en", data) == \
        "Unilevel commission, Level percentages, Level 2"
    assert place("offer.payout.components[1].amount_by_rank.Gold", "en", data) == \
        "Rank bonus, Bonus per rank, Gold"
    assert place("offer.disclosure.tiers[0].share_percent", "en", data) == "Tiers, row 1, Share"
    assert place("simulation.market_size", "en", data) == "Market size"


def test_dutch_problem_texts_name_no_path(qapp):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from evaluator.resources import resource_path

    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "shell_nl.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        data = _doterra_data()
        data["offer"]["products"][0]["retail_price"] = -5
        data["offer"]["payout"]["components"][0]["levels"][0] = 120
        try:
            fileformat.from_data(copy.deepcopy(data))
            raise AssertionError("the document should not validate")
        except fileformat.EvaluationFileError as exc:
            texts = {p.path: problem_text(p, "nl", data) for p in exc.problems}
        assert texts["offer.payout.components[0].levels[0]"] == \
            "Unilevel-commissie, Percentages per niveau, Niveau 1: moet tussen 0 en 100 liggen"
        assert texts["offer.products[0].retail_price"].startswith("Producten, rij 1, Verkoopprijs: ")
        assert not any("[" in text or "offer." in text for text in texts.values())
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_general_problem_is_a_link_that_leads_to_its_cell(qtbot, window):
    editor = window.editor
    window.start_from_example(_example("doterra"))
    editor.show_page("offer")
    # a problem in the products table while the user is on another section
    editor.general_error.linkActivated.emit("offer.products[0].retail_price")
    assert editor.stack.currentIndex() == editor.page_index("products")
    grid = editor.table("offer.products").grid
    assert (grid.currentRow(), grid.currentColumn()) == (0, 2)  # row 1, the retail price column
    # a level of a component: the payout section, the level's cell
    editor.reveal("offer.payout.components[0].levels[1]")
    levels = editor.plan_editor.box("unilevel").lists["levels"].grid
    assert editor.stack.currentIndex() == editor.page_index("payout")
    assert (levels.currentRow(), levels.currentColumn()) == (1, 0)


def test_the_section_list_lists_a_section_s_problems_in_words(qtbot, window):
    editor = window.editor
    window.start_from_example(_example("doterra"))
    data = editor.state()
    data["offer"]["products"][0]["retail_price"] = "abc"
    editor.apply_state(data)
    item = editor.nav.item(editor.page_index("products"))
    assert item.text().startswith("\u26a0")
    assert "Products, row 1, Retail price: " in item.toolTip() and "[0]" not in item.toolTip()


def test_a_new_product_row_is_neutral_until_it_is_left_or_saved(qtbot, window, modals):
    editor = window.editor
    window.start_from_example(_example("dealer"))
    editor.show_page("products")
    table = editor.table("offer.products")
    qtbot.mouseClick(table.add_button, Qt.LeftButton)
    # the new row is invalid (no name, no prices) but not flagged before anything is typed
    assert editor.evaluation is None and len(editor.problems) >= 2
    assert editor.shown_problems() == []
    assert not editor.nav.item(editor.page_index("products")).text().startswith("\u26a0")
    assert [table.cell_mark(1, c) for c in range(3)] == [None, None, None]
    assert "invalid" not in window.statusBar().currentMessage()
    # leaving the row (to row 1) judges it: now its problems are marked
    table.grid.setFocus()
    table.grid.setCurrentCell(0, 0)
    assert len(editor.shown_problems()) == len(editor.problems) >= 2
    assert editor.nav.item(editor.page_index("products")).text().startswith("\u26a0")
    assert table.cell_mark(1, 0) == "invalid"


def test_save_judges_a_new_row_that_was_not_touched(qtbot, window, modals):
    editor = window.editor
    window.start_from_example(_example("dealer"))
    editor.show_page("products")
    table = editor.table("offer.products")
    table.add_row()
    assert editor.shown_problems() == []
    modals.answer["save"] = ""
    assert window.save_as() is False  # refused: the values are invalid
    assert len(editor.shown_problems()) == len(editor.problems) >= 2
    assert editor.nav.item(editor.page_index("products")).text().startswith("\u26a0")


def test_the_help_line_follows_the_section_not_a_table_out_of_sight(qtbot, window):
    editor = window.editor
    window.start_from_example(_example("dealer"))
    editor.show_page("payout")
    page = editor.pages[editor.page_index("payout")]
    assert editor.help_line.text() == page.title() + ": " + page.intro()
    # an undo on another section refills the products table: its help must not take the line
    data = editor.state()
    data["offer"]["products"].append(dict(data["offer"]["products"][0], name="Second"))
    editor.apply_state(data)
    assert editor.help_line.text() == page.title() + ": " + page.intro()
    # a cell of the products table with the focus: its column's label and help
    editor.show_page("products")
    grid = editor.table("offer.products").grid
    grid.setFocus()
    grid.setCurrentCell(0, 2)
    assert editor.help_line.text().startswith("Retail price: ")
    window.set_language("nl")  # the same column's help, now in Dutch
    assert editor.help_line.text().startswith("Verkoopprijs: ")


def test_the_products_table_fits_its_page_at_1024x768(qtbot, window):
    editor = window.editor
    window.resize(1024, 768)
    window.show()
    window.start_from_example(_example("dealer"))
    editor.show_page("products")
    qtbot.waitExposed(window)
    grid = editor.table("offer.products").grid
    qtbot.wait(50)
    header = grid.horizontalHeader()
    total = sum(header.sectionSize(c) for c in range(grid.columnCount()))
    assert total <= grid.viewport().width()  # no horizontal scrolling
    assert not grid.horizontalScrollBar().isVisible()


def test_the_closed_compression_choice_shows_readable_text_at_1024x768(qtbot, window):
    editor = window.editor
    window.resize(1024, 768)
    window.show()
    window.set_language("nl")
    window.start_from_example(_example("doterra"))
    editor.show_page("payout")
    qtbot.waitExposed(window)
    combo = editor.plan_editor.box("unilevel").fields["compression"].widget
    combo.setCurrentIndex(combo.findData("dynamic"))
    qtbot.wait(50)
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    room = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()
    shown = combo.shown_text()
    assert combo.currentText() == "Dynamisch (wie zich niet kwalificeert, wordt overgeslagen)"
    assert combo.fontMetrics().horizontalAdvance(shown) <= room and "\u2026" not in shown
    assert shown in (combo.currentText(), "Dynamisch")  # whole words, never cut off
    assert combo.toolTip().startswith(combo.currentText())  # the full words on hover


def test_library_verdicts_have_the_results_badge_colours_in_both_themes(qtbot, window):
    from evaluator.ui.appearance import apply_theme

    entry_id = window.start_from_example(_example("dealer"))
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=30_000)
    level = window.analysis.verdict.level
    background, foreground = fmt.VERDICT_COLOURS[level]
    assert background in window.results_panel.verdict_badge.styleSheet()
    try:
        for theme in ("light", "dark"):
            apply_theme(theme)
            window.show_library()
            model = window.library_view.model
            row = next(r for r in range(model.rowCount()) if model.entries[r].id == entry_id)
            index = model.index(row, VERDICT)
            bg = model.data(index, Qt.ItemDataRole.BackgroundRole)
            fg = model.data(index, Qt.ItemDataRole.ForegroundRole)
            assert isinstance(bg, QBrush) and bg.color().name() == background
            assert isinstance(fg, QBrush) and fg.color().name() == foreground
    finally:
        apply_theme("light")
