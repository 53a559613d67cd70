"""The same evaluation edited in two windows: neither side's changes are lost."""

from evaluator.storage.library import Library
from evaluator.ui.app import create_main_window
from evaluator.ui.settings import AppSettings

from .keys import type_into


def test_second_window_saves_its_version_as_a_conflicting_copy(qtbot, tmp_path):
    db = tmp_path / "library.sqlite3"
    settings = AppSettings(tmp_path / "settings.ini")
    settings.language_choice = "en"
    lib_a, lib_b = Library.open(db), Library.open(db)
    win_a = create_main_window(settings=settings, library=lib_a)
    qtbot.addWidget(win_a)
    win_a.new_evaluation()
    entry_id = win_a.current_id
    win_a.autosave()
    win_b = create_main_window(settings=settings, library=lib_b)
    qtbot.addWidget(win_b)
    assert win_b.open_entry(entry_id)

    type_into(qtbot, win_a, "offer.company", "Alpha BV")
    win_a.autosave()
    type_into(qtbot, win_b, "offer.company", "Beta BV")
    win_b.autosave()  # A saved in between: B's version becomes a copy

    check = Library.open(db)
    names = {e.id: (e.name, check.get(e.id).offer.company) for e in check.list()}
    assert names[entry_id][1] == "Alpha BV"
    copies = [v for k, v in names.items() if k != entry_id]
    assert len(copies) == 1 and copies[0][1] == "Beta BV"
    assert "conflicting copy" in copies[0][0]
    assert win_b.current_id != entry_id  # B now edits its copy
    check.close()
