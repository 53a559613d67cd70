"""Keyboard use of the window and the editor (issue 13 item 5): the window's shortcuts while a
text field has the focus, moving between the editor's sections, Tab into the section list."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit


def focus_field(qtbot, window, path: str) -> QLineEdit:
    window.activateWindow()
    widget = window.editor.reveal(path)
    assert isinstance(widget, QLineEdit), path
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    return widget


@pytest.fixture
def editing(qtbot, window):
    window.new_evaluation()
    return window


@pytest.mark.parametrize("path", ["offer.name", "offer.fees.signup"])
def test_ctrl_e_in_a_text_field_asks_where_to_save_the_pdf(qtbot, editing, modals, path):
    widget = focus_field(qtbot, editing, path)
    qtbot.keyClick(widget, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    (args,) = modals.named("getSaveFileName")
    assert args[0] is editing and args[1] == "Export PDF summary"
    assert widget.hasFocus()  # the answer was Cancel: back in the field, nothing written


def test_window_shortcuts_work_from_a_text_field(qtbot, editing, modals):
    widget = focus_field(qtbot, editing, "offer.company")
    qtbot.keyClicks(widget, "Acme")
    # Ctrl+S on a new evaluation without a file asks for one (Save As).
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert len(modals.named("getSaveFileName")) == 1
    # Ctrl+Shift+G: the glossary; Ctrl+L: back to the library, the typed text kept.
    qtbot.keyClick(widget, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    from evaluator.ui.glossary_dialog import GlossaryDialog

    glossary = editing.findChild(GlossaryDialog)
    assert glossary is not None and glossary.isVisible()
    glossary.close()
    focus_field(qtbot, editing, "offer.company")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert editing.on_library_page()
    assert editing.library.get(editing.current_id).offer.company == "Acme"


def test_ctrl_page_down_and_up_move_between_sections_from_a_field(qtbot, editing):
    editor = editing.editor
    keys = [p.key for p in editor.pages]
    assert keys[:2] == ["offer", "costs"] and len(keys) == 9
    widget = focus_field(qtbot, editing, "offer.name")
    qtbot.keyClick(widget, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.nav.currentRow() == 1 and editor.stack.currentIndex() == 1
    # The focus went to the section's first field, and the help line explains that field.
    first = editor.field(editor.pages[1].paths[0])
    assert QApplication.focusWidget() is first.widget
    assert editor.help_line.text().startswith(first.spec.label("en") + ":")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert editor.nav.currentRow() == 0 and QApplication.focusWidget() is editor.field("offer.name").widget
    # Wrapping: from the first section Ctrl+PgUp goes to the last (the ninth).
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert editor.nav.currentRow() == 8 and editor.pages[8].key == "simulation"


def test_alt_digit_goes_to_that_section(qtbot, editing):
    editor = editing.editor
    widget = focus_field(qtbot, editing, "offer.name")
    qtbot.keyClick(widget, Qt.Key.Key_6, Qt.KeyboardModifier.AltModifier)
    assert editor.nav.currentRow() == 5 and editor.pages[5].key == "disclosure"
    assert QApplication.focusWidget() is editor.disclosure_check
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert editor.pages[editor.nav.currentRow()].key == "costs"


def test_shift_tab_from_the_first_field_reaches_the_section_list(qtbot, editing):
    editor = editing.editor
    widget = focus_field(qtbot, editing, "offer.name")
    presses = 0
    while not editor.nav.hasFocus() and presses < 5:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        presses += 1
    assert editor.nav.hasFocus(), "Shift+Tab never reached the section list"
    assert widget is not QApplication.focusWidget()
    # In the list, the arrow keys and Ctrl+PgDown change the section; the focus stays in the
    # list and the help line follows the section shown (its title and introduction).
    qtbot.keyClick(editor.nav, Qt.Key.Key_Down)
    assert editor.nav.currentRow() == 1
    qtbot.keyClick(editor.nav, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.nav.currentRow() == 2 and editor.nav.hasFocus()
    page = editor.pages[2]
    assert editor.help_line.text() == page.title() + ": " + page.intro()
    # Tab from the list goes into the section shown.
    qtbot.keyClick(editor.nav, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert focused is not editor.nav and page.widget.isAncestorOf(focused)


def test_help_line_follows_the_section_in_dutch(qtbot, editing):
    from evaluator.ui.appearance import install_translators

    editor = editing.editor
    editor.show_page("claims")
    page = editor.pages[editor.page_index("claims")]
    assert editor.help_line.text() == page.title() + ": " + page.intro()
    install_translators("nl")
    editing.set_language("nl")
    # The same section's introduction, now in Dutch (the claims section's help from the model).
    assert editor.help_line.text() == page.title() + ": " + page.intro()
    assert editor.nav.item(editor.page_index("claims")).text() in editor.help_line.text()
    assert editor.act_next_section.text() == "&Volgende onderdeel"
