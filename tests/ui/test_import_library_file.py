"""Import in the app takes a (damaged) library file too: every readable entry is added and the
user is told how many could not be read (issue 15 item 7)."""

from __future__ import annotations

from tests.storage.test_salvage import damage_the_page_holding, ten_entries


def test_import_a_damaged_library_file_adds_the_nine_readable_entries(make_window, library, modals,
                                                                      tmp_path):
    damaged = tmp_path / "old-library.sqlite3.corrupt-20261201-101500"
    names = ten_entries(damaged)
    damage_the_page_holding(damaged, b"MARKER-06-")
    window = make_window()
    before = len(library.list())
    modals.answer["open"] = str(damaged)
    ids = window.library_view.import_files()
    # 10 entries, the page of one destroyed: 9 imported as new entries
    assert len(ids) == 9
    assert len(library.list()) == before + 9
    imported = {library.entry(i).name for i in ids}
    assert imported == set(names.values()) - {"Offer 6"}
    info = modals.named("information")[-1]
    text = info[2]
    assert "9 evaluations were imported from old-library.sqlite3.corrupt-20261201-101500" in text
    assert "1 could not be read" in text


def test_import_still_takes_an_evaluation_file(make_window, library, modals, tmp_path):
    path = tmp_path / "x.oppeval"
    path.write_text('{"format": "opportunity-evaluation", "version": 1, "offer": {"name": "Solo"}}')
    window = make_window()
    modals.answer["open"] = str(path)
    ids = window.library_view.import_files()
    assert len(ids) == 1 and library.entry(ids[0]).name == "Solo"
