"""Per-rank and per-level tables have no spare blank row (review 8, item 13).

The stairstep's "Percentage per rank" table showed a line with an empty header below its last
rank; it was room left below the rows, not a row, and a click there left the cell above current,
so "150" typed next went into the rank above (Zilver). Now the table is exactly as tall as its
rows (one per rank), and a value typed goes into the row it was typed in.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from evaluator.resources import example_paths

from .keys import type_cell

PERCENT = "offer.payout.components[0].percent_by_rank"
LEVELS = "offer.payout.components[0].percents"  # the fast start's percentage per level


def _open(qtbot, make_window, name: str):
    window = make_window()
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    path = next(p for p in example_paths() if p.name == name)
    entry_id = window.start_from_example(str(path))
    window.flush()
    window.editor.show_page("payout")
    return window, entry_id


def _table(window, path: str):
    return next(t for t in window.editor.all_tables() if t.path == path)


def _no_blank_row(grid) -> None:
    viewport = grid.viewport()
    last = grid.rowCount() - 1
    # the viewport's lowest pixel row belongs to the last row: no empty line under it
    assert grid.rowAt(viewport.height() - 1) == last
    assert grid.rowViewportPosition(last) + grid.rowHeight(last) >= viewport.height()
    assert grid.rowViewportPosition(0) == 0  # and every row in sight: none scrolled away
    assert not grid.verticalScrollBar().isVisible()


def test_the_per_rank_table_has_one_row_per_rank_and_no_blank_one(qtbot, make_window):
    window, _entry_id = _open(qtbot, make_window, "mlm-stairstep-breakaway.oppeval")
    grid = _table(window, PERCENT).grid
    qtbot.waitUntil(grid.isVisible)
    assert [grid.verticalHeaderItem(r).text() for r in range(grid.rowCount())] == [
        "Distributor", "Senior Consultant", "Success Builder", "Supervisor"]
    _no_blank_row(grid)


def test_the_per_level_table_has_no_blank_row(qtbot, make_window):
    window, _entry_id = _open(qtbot, make_window, "mlm-unilevel-fast-start-matching.oppeval")
    grid = _table(window, LEVELS).grid
    qtbot.waitUntil(grid.isVisible)
    assert grid.rowCount() == 3  # levels 1-3: 20, 10, 5
    _no_blank_row(grid)


def test_a_value_typed_goes_to_the_row_it_was_typed_in(qtbot, make_window, library):
    window, entry_id = _open(qtbot, make_window, "mlm-stairstep-breakaway.oppeval")
    table = _table(window, PERCENT)
    grid = table.grid
    qtbot.waitUntil(grid.isVisible)
    type_cell(qtbot, grid, 3, 0, "30")  # Supervisor, typed with the keyboard
    # then a click on the second row and typing there: the value lands in that row
    rect = grid.visualRect(grid.model().index(1, 0))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert grid.currentRow() == 1
    qtbot.keyClicks(grid, "1")  # typing on the current cell starts editing it
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != QAbstractItemView.State.EditingState, timeout=2000)
    window.flush()
    # Distributor 0, Senior Consultant 10 -> 12, Success Builder 17, Supervisor 25 -> 30
    percents = library.get(entry_id).offer.payout.components[0].percent_by_rank
    assert percents == {"Distributor": 0, "Senior Consultant": 12, "Success Builder": 17, "Supervisor": 30}


def test_a_click_at_the_bottom_of_the_table_types_into_the_row_there(qtbot, make_window, library):
    """The reviewer's case: the current cell in one row, a click low in the table, then typing.
    The lowest line of the table is the last rank's row (there was a blank line there, and the
    typing went into the row still current)."""
    window, entry_id = _open(qtbot, make_window, "mlm-stairstep-breakaway.oppeval")
    grid = _table(window, PERCENT).grid
    qtbot.waitUntil(grid.isVisible)
    type_cell(qtbot, grid, 0, 0, "1")  # Distributor current
    bottom = QPoint(grid.viewport().width() // 2, grid.viewport().height() - 3)
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=bottom)
    assert grid.currentRow() == 3  # Supervisor, the row clicked
    qtbot.keyClicks(grid, "4")
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "0")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != QAbstractItemView.State.EditingState, timeout=2000)
    window.flush()
    percents = library.get(entry_id).offer.payout.components[0].percent_by_rank
    assert percents == {"Distributor": 1, "Senior Consultant": 10, "Success Builder": 17, "Supervisor": 40}
