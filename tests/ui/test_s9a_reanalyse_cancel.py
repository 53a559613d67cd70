"""Cancel in the library's "Updating the verdicts" progress dialog works (session 9, item 3): the
dialog had no Cancel button, so a large stale library blocked the window until every entry was
done (56 ms an entry). Cancelled after 2 of 6: those two show the new verdict, the other four
their stored one, and the list shows at once."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressDialog, QPushButton

from evaluator.storage import Library
from evaluator.storage import stored_analysis
from evaluator.ui.library_view import LibraryView

from ..storage.conftest import make_ev


def test_cancel_stops_between_entries_and_the_list_shows(qtbot, tmp_path, monkeypatch):
    db = tmp_path / "library.sqlite3"
    with Library.open(db) as lib:
        ids = [lib.add(make_ev(f"Plain {i}", signup=199.0), verdict="likely_pyramid") for i in range(6)]
    monkeypatch.setattr(stored_analysis, "ANALYSIS_REVISION", stored_analysis.ANALYSIS_REVISION + 1)
    dialogs: list[QProgressDialog] = []
    buttons: list[str] = []
    set_value = QProgressDialog.setValue

    def set_value_then_cancel(self, value):  # the user presses Cancel once 2 entries are done
        set_value(self, value)
        if self not in dialogs:
            dialogs.append(self)
        if value == 2 and len(dialogs) == 1:  # only the first time
            buttons.extend(b.text() for b in self.findChildren(QPushButton))
            self.cancel()  # what its Cancel button does

    monkeypatch.setattr(QProgressDialog, "setValue", set_value_then_cancel)
    with Library.open(db) as lib:
        view = LibraryView(lib, "en")
        qtbot.addWidget(view)
        view.refresh()
        assert len(dialogs) == 1 and buttons == ["Cancel"]
        assert dialogs[0].labelText().startswith("Updating the verdicts")
        verdicts = {e.id: e.verdict for e in view.model.entries}
        assert verdicts == {ids[0]: "caution", ids[1]: "caution", **{i: "likely_pyramid" for i in ids[2:]}}
        view.refresh()  # not asked again in this session
        assert len(dialogs) == 1
    with Library.open(db) as lib:  # the next start does the four others
        view = LibraryView(lib, "en")
        qtbot.addWidget(view)
        view.refresh()
        assert {e.id: e.verdict for e in view.model.entries} == {i: "caution" for i in ids}
