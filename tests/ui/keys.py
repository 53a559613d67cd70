"""Typing into the app's widgets as a keyboard user does, for the UI tests: over a field of the
editor (:func:`type_into`), into a cell of a grid (:func:`type_cell`)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit


def type_into(qtbot, window, path: str, text: str) -> QLineEdit:
    """Go to the field's page, select what is there and type ``text`` over it (an empty ``text``:
    Delete, so the field is empty)."""
    widget = window.editor.reveal(path)
    assert isinstance(widget, QLineEdit), path
    widget.selectAll()
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key_Delete)
    return widget


def type_cell(qtbot, grid, row: int, col: int, text: str) -> None:
    """Go to a cell and type ``text`` into it by keyboard, Return to commit."""
    grid.setFocus()
    grid.setCurrentCell(row, col)
    grid.editItem(grid.item(row, col))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key_Return)
    # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: grid.state() != QAbstractItemView.State.EditingState, timeout=2000)
    qtbot.waitUntil(lambda: grid.item(row, col).text() == text, timeout=2000)
