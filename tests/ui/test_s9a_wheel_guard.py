"""The settings dialog's combos and the library's sort combo ignore the wheel without the focus
(session 9, item 2), as the editor's do since review 8: a wheel turn over the dialog switched the
language, the colours or the currency, and one over the library re-sorted the list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from evaluator.ui.library_view import LibraryView
from evaluator.ui.settings import SettingsDialog

from .test_s8a_wheel import _wheel


def test_the_settings_combos_ignore_the_wheel_without_the_focus(qtbot, settings):
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.wage.setFocus()
    before = [(c.currentIndex(), c.currentText()) for c in (dialog.language, dialog.theme, dialog.currency)]
    assert before == [(1, "English"), (0, "Follow the system"), (0, "EUR")]
    for combo in (dialog.language, dialog.theme, dialog.currency):
        assert not combo.hasFocus()
        _wheel(combo)
        _wheel(combo, 1)
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel does not take the focus
    assert [(c.currentIndex(), c.currentText()) for c in (dialog.language, dialog.theme, dialog.currency)] == before
    # with the focus the wheel still changes it (standard desktop behaviour)
    dialog.theme.setFocus()
    qtbot.waitUntil(dialog.theme.hasFocus)
    _wheel(dialog.theme)
    assert dialog.theme.currentIndex() == 1


def test_the_library_sort_combo_ignores_the_wheel_without_the_focus(qtbot, library):
    view = LibraryView(library, "en")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.search.setFocus()
    assert view.sort.currentData() == "updated" and not view.sort.hasFocus()
    _wheel(view.sort)
    assert view.sort.currentData() == "updated"
