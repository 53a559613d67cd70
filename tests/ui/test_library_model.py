"""The library list as Qt model/view (issue 15 item 2): one fill at start-up, the selection kept
by entry id through refreshes, searches and sorts, the same order and matches as the library's own
query, and Undo only when there is a delete to undo."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from evaluator.core import fileformat
from evaluator.core.model import Evaluation
from evaluator.storage import VERDICT_LEVELS
from evaluator.storage.schema import search_text
from evaluator.ui.library_view import LibraryView

# Names that exercise the folding (case, accents) and ties (same name, same time stamp).
NAMES = ["Ébène shop", "ebene Shop", "Zeep", "zeep", "Äpfel", "apfel", "Crypto club", "Zeep"]


def bulk_fill(library, n: int) -> None:
    """``n`` entries in one transaction (through the library file, as the benchmark does): names
    from NAMES plus a number, four kinds, every verdict and none, and time stamps that repeat
    every 7 entries so that the id must break ties."""
    document = fileformat.dumps(Evaluation.new("x"))
    rows = []
    for i in range(n):
        name = f"{NAMES[i % len(NAMES)]} {i % 13}"
        company = ("Kitchen Co", "Clean BV", "")[i % 3]
        stamp = f"2026-11-0{1 + i % 7}T10:00:00.000000Z"
        verdict = (*VERDICT_LEVELS, None)[i % (len(VERDICT_LEVELS) + 1)]
        rows.append((name, company, ("mlm", "dealer", "affiliate", "other")[i % 4], verdict,
                     document, stamp, stamp, None, search_text(name, company)))
    with sqlite3.connect(library.path) as conn:
        conn.executemany(
            "INSERT INTO evaluations (name, company, kind, verdict, document, created, updated, "
            "file_path, deleted, search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?)", rows)
    conn.close()


def shown_ids(view) -> list[int]:
    proxy = view.table.model()
    return [proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) for row in range(proxy.rowCount())]


@pytest.fixture
def view(qtbot, library):
    bulk_fill(library, 300)
    v = LibraryView(library, "en")
    qtbot.addWidget(v)
    v.resize(1000, 600)
    v.show()
    return v


def test_the_app_reads_the_list_once_at_start_up(make_window, library, monkeypatch):
    """It used to be filled three times (construction, retranslate, show_library)."""
    bulk_fill(library, 20)
    calls = []
    real = type(library).list
    monkeypatch.setattr(type(library), "list", lambda self, *a, **k: calls.append(k) or real(self, *a, **k))
    window = make_window()
    assert len(calls) == 1 and window.library_view.fill_count == 1
    assert window.library_view.entry_count() == 20


@pytest.mark.parametrize("sort", ["updated", "name", "verdict"])
def test_sorting_gives_the_library_query_order(view, library, sort):
    view.sort.setCurrentIndex(view.sort.findData(sort))
    assert shown_ids(view) == [e.id for e in library.list(sort=sort)]
    view.refresh()  # read again: the same order
    assert shown_ids(view) == [e.id for e in library.list(sort=sort)]


@pytest.mark.parametrize("text", ["ebene", "ÉBÈNE 1", "zeep 1", "kitchen apfel", "  ", "nothing", "%", "_"])
def test_search_matches_what_the_library_query_matches(view, library, text):
    view.search.setText(text)
    view.apply_search()
    expected = [e.id for e in library.list(search=text)]
    assert shown_ids(view) == expected
    assert view.entry_count() == len(expected)


def test_refresh_keeps_a_selected_row_near_the_bottom(view, library):
    ids = shown_ids(view)
    target = ids[-3]  # near the bottom: row 297 of 300
    view.select_id(target)
    library.rename(ids[0], "Renamed on top")  # something changed: the list is read again
    view.refresh()
    assert view.selected_ids() == [target] and view.current_id() == target
    # The current row is scrolled into view.
    index = view.table.selectionModel().currentIndex()
    assert view.table.viewport().rect().intersects(view.table.visualRect(index))
    assert view.cell(ids[0], 0) == "Renamed on top"


def test_selection_survives_a_search_that_hides_it_and_a_sort(view):
    ids = shown_ids(view)
    chosen = [ids[5], ids[200]]
    view.select_id(chosen[0])
    view.table.selectionModel().select(
        view.table.model().index(200, 0),
        view.table.selectionModel().SelectionFlag.Select | view.table.selectionModel().SelectionFlag.Rows)
    assert sorted(view.selected_ids()) == sorted(chosen)
    view.search.setText("nothing like this")
    view.apply_search()
    assert view.selected_ids() == [] and not view.open_button.isEnabled()
    view.search.setText("")
    view.apply_search()
    assert sorted(view.selected_ids()) == sorted(chosen)
    view.sort.setCurrentIndex(view.sort.findData("name"))
    assert sorted(view.selected_ids()) == sorted(chosen)
    assert view.delete_button.isEnabled() and not view.open_button.isEnabled()  # two selected


def test_search_is_debounced(qtbot, view):
    before = shown_ids(view)
    qtbot.keyClicks(view.search, "zeep 1")
    assert shown_ids(view) == before  # nothing filtered per keystroke
    qtbot.waitUntil(lambda: len(shown_ids(view)) < len(before), timeout=2000)
    assert all("zeep 1" in view.cell(i, 0).lower() for i in shown_ids(view))


def test_language_switch_relabels_the_cells(view, library):
    from evaluator.ui.app import install_translators

    entry = next(e for e in library.list() if e.verdict == "likely_pyramid" and e.kind == "mlm")
    assert view.cell(entry.id, 3) == "Likely a pyramid scheme"
    install_translators("nl")
    try:
        view.retranslate("nl")
        assert view.cell(entry.id, 3) == "Waarschijnlijk een piramidespel"
        assert view.table.model().headerData(0, Qt.Orientation.Horizontal) == "Naam"
    finally:
        install_translators("en")
        view.retranslate("en")
    assert view.cell(entry.id, 3) == "Likely a pyramid scheme"


def test_verdict_colour_and_no_tooltip_without_a_file(view, library):
    entry = next(e for e in library.list() if e.verdict == "likely_pyramid")
    # the results badge's colours (format.VERDICT_COLOURS): white on dark red
    assert view.cell(entry.id, 3, Qt.ItemDataRole.BackgroundRole).color().name() == "#8b0000"
    assert view.cell(entry.id, 3, Qt.ItemDataRole.ForegroundRole).color().name() == "#ffffff"
    assert view.cell(entry.id, 0, Qt.ItemDataRole.ToolTipRole) is None


def test_undo_is_only_enabled_with_a_delete_to_undo(qtbot, window, library):
    assert window.on_library_page() and library.list() == []
    assert not window.act_undo.isEnabled()  # an empty library: nothing to undo
    entry_id = library.add(Evaluation.new("Shakes"))
    view = window.library_view
    view.refresh()
    view.select_id(entry_id)
    view.delete_selected()
    assert window.act_undo.isEnabled()
    window.act_undo.trigger()
    assert [e.id for e in library.list()] == [entry_id]
    assert not window.act_undo.isEnabled()
    assert view.selected_ids() == [entry_id]  # the restored entry is selected again


def test_name_and_company_stay_readable_on_a_small_window(qtbot, view, library):
    """At 1024x768 in Dutch the type column's longest text ("Affiliate- of
    ambassadeursprogramma") and the verdict's must not squeeze name and company: each is capped at
    MAX_COLUMN_SHARE of the table, and a cut-off text shows in full as its tooltip."""
    from evaluator.ui.app import install_translators

    install_translators("nl")
    try:
        view.retranslate("nl")
        view.resize(700, 500)  # the list's share of a 1024x768 window beside the examples
        qtbot.waitUntil(lambda: view.table.viewport().width() < 700)
        header = view.table.horizontalHeader()
        available = view.table.viewport().width()
        for column in (2, 3):  # type, verdict
            assert header.sectionSize(column) <= max(int(available * view.MAX_COLUMN_SHARE),
                                                     header.fontMetrics().horizontalAdvance(
                                                         view.model.headerData(column, Qt.Orientation.Horizontal)) + 24)
        assert header.sectionSize(0) >= header.sectionSize(2)  # the name at least as wide as the type
        entry = next(e for e in library.list() if e.kind == "affiliate")
        assert view.cell(entry.id, 2, Qt.ItemDataRole.ToolTipRole) == "Affiliate- of ambassadeursprogramma"
        narrow = header.sectionSize(2)
        view.resize(2600, 600)  # wide again: the type column gets its full width back
        qtbot.waitUntil(lambda: view.table.viewport().width() > 1400)
        assert header.sectionSize(2) == view._natural_widths[2] > narrow
    finally:
        install_translators("en")
        view.retranslate("en")
