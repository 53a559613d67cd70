"""Session 12: the first Tab from the editor's section list goes to the page's first field, so
what is typed next lands there (the page's scroll area was a Tab stop of its own that swallowed
the typing without a sign)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from evaluator.resources import example_paths


def test_one_tab_from_the_section_list_reaches_the_first_field(qtbot, make_window):
    path = next(p for p in example_paths() if p.stem == "dealer-kitchen-appliance")
    window = make_window(str(path))
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    editor = window.editor
    editor.nav.setCurrentRow(1)  # costs and purchases
    editor.nav.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.nav)
    qtbot.keyClick(editor.nav, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    assert not isinstance(focused, QScrollArea)
    field = editor.field("offer.fees.signup")
    assert focused is field.widget
    qtbot.keyClick(focused, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused, "49")
    qtbot.keyClick(focused, Qt.Key.Key_Tab)
    assert editor.value("offer.fees.signup") == 49
