"""The library screen: Rename with a name of only spaces is refused with the storage's message and
keeps the old name; the damaged-library dialog says what happened once."""

from __future__ import annotations

from evaluator.core.model import Evaluation
from evaluator.storage import Library
from evaluator.ui.library_view import LibraryView
from tests.storage.test_s8b_rename_and_notice import truncated_library


def test_rename_to_spaces_is_refused_and_the_old_name_kept(qtbot, library, modals):
    entry_id = library.add(Evaluation.new("Kitchen dealer"))
    view = LibraryView(library, "en")
    qtbot.addWidget(view)
    view.refresh(select_id=entry_id)
    assert view.selected_ids() == [entry_id]
    modals.answer["text"] = "  "
    view.rename_selected()
    (args,) = modals.named("warning")
    assert args[1] == "Cannot rename" and args[2] == "must not be empty"
    assert library.entry(entry_id).name == "Kitchen dealer"
    modals.calls.clear()
    modals.answer["text"] = " Kitchen dealer 2 "
    view.rename_selected()
    assert modals.named("warning") == []
    assert library.entry(entry_id).name == "Kitchen dealer 2"


def test_the_damaged_library_dialog_says_it_once(tmp_path, make_window, modals):
    db = tmp_path / "damaged.sqlite3"
    truncated_library(db)
    lib = Library.open(db)
    try:
        make_window(library_=lib).close()
        (args,) = modals.named("warning")
        text = args[2]
        kept = str(lib.recovered_from)
        assert text == ("The library was damaged and no evaluation could be recovered from it; a "
                        "new, empty library was started. The damaged file is kept at "
                        f"{kept}.\n\nYou can keep working normally.")
        assert text.count(kept) == 1
    finally:
        lib.close()
