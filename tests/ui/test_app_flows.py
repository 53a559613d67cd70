"""Whole-app flows: save and reopen, files from the command line, language, damaged library,
crash recovery."""

from __future__ import annotations

import json
import shutil

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from evaluator.core import fileformat
from evaluator.core.model import Evaluation
from evaluator.resources import example_paths
from evaluator.storage.library import Library
from evaluator.ui.settings import AppSettings, SettingsDialog

from .keys import type_into


def test_save_close_reopen_from_library_finds_everything(qtbot, make_window, library, modals, tmp_path):
    window = make_window()
    window.new_evaluation()
    type_into(qtbot, window, "offer.name", "Shake club")
    type_into(qtbot, window, "offer.fees.starter_kit", "149,95")
    type_into(qtbot, window, "assumptions.hours_per_week", "6")
    target = tmp_path / "shake club.oppeval"
    modals.answer["save"] = str(target)
    window.act_save.trigger()  # no linked file yet: Save asks where (Save As)
    assert target.exists()
    saved = fileformat.load(target)
    assert (saved.offer.name, saved.offer.fees.starter_kit, saved.assumptions.hours_per_week) == (
        "Shake club", 149.95, 6)
    assert window.windowTitle().startswith("Shake club \u2014")  # saved: no star
    type_into(qtbot, window, "offer.company", "Shakes BV")
    assert window.windowTitle().startswith("Shake club* \u2014")  # the file is behind
    window.act_save.trigger()  # linked now: writes without asking
    assert fileformat.load(target).offer.company == "Shakes BV"
    assert len(modals.named("getSaveFileName")) == 1
    entry_id = window.current_id
    window.close()

    again = make_window()
    lv = again.library_view
    assert lv.entry_count() == 1
    (entry,) = lv.shown_entries()
    assert (lv.cell(entry.id, 0), lv.cell(entry.id, 1)) == ("Shake club", "Shakes BV")
    lv.select_id(entry.id)
    qtbot.mouseClick(lv.open_button, Qt.LeftButton)
    assert again.current_id == entry_id
    assert again.editor.field("offer.fees.starter_kit").widget.text() == "149.95"
    assert again.editor.field("assumptions.hours_per_week").widget.text() == "6"
    assert again.current_file == str(target.resolve())


def test_file_on_the_command_line_opens_with_its_name_in_the_title(make_window, library_path, tmp_path):
    source = next(p for p in example_paths() if "dealer" in p.name)
    path = tmp_path / "my offer.oppeval"
    shutil.copy(source, path)
    name = fileformat.load(path).offer.name
    window = make_window(path=str(path))
    assert window.windowTitle().startswith(name)
    with Library.open(library_path) as other:  # what another process sees in the database
        entry_id = other.find_by_file(path)
        assert entry_id == window.current_id
        assert other.entry(entry_id).name == name
        assert len(other.list()) == 1
    # Opening the same file again finds its entry instead of adding a second one.
    assert window.open_path(str(path)) == entry_id
    assert len(window.library.list()) == 1


def test_dropping_a_file_on_the_window_opens_it(qtbot, window, tmp_path):
    path = tmp_path / "dropped.oppeval"
    shutil.copy(example_paths()[0], path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPoint(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(event)
    assert window.current_file == str(path.resolve())
    assert fileformat.load(path).offer.name in window.windowTitle()


def test_invalid_file_is_refused_with_the_field_path(window, modals, tmp_path):
    path = tmp_path / "bad.oppeval"
    data = fileformat.to_data(Evaluation.new("Bad"))
    data["offer"]["fees"]["signup"] = -5
    path.write_text(json.dumps(data), encoding="utf-8")
    assert window.open_path(str(path)) is None
    (args,) = modals.named("warning")
    assert "offer.fees.signup: must be at least 0" in args[2]
    assert window.library.list() == []


def test_switching_to_dutch_translates_and_is_remembered(qtbot, window, settings, monkeypatch):
    window.new_evaluation()

    def choose_dutch(dialog):
        dialog.language.setCurrentIndex(dialog.language.findData("nl"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose_dutch)
    window.act_settings.trigger()
    assert window.menu_file.title() == "&Bestand"
    assert window.act_save.text() == "Op&slaan"
    assert window.editor.field("offer.fees.signup").label.text() == "Inschrijfgeld:"
    assert window.right_tabs.tabText(0) == "Resultaten"
    assert window.library_view.title.text() == "Jouw evaluaties"
    assert window.analysis.lang == "nl"
    assert AppSettings(settings.path).language_choice == "nl"
    from evaluator.ui.app import install_translators

    loaded = install_translators("nl")  # what the app loads for Dutch: ours and Qt's own
    assert {"shell_nl.qm", "results_nl.qm", "qtbase_nl.qm"} <= set(loaded)


def test_new_evaluations_use_the_default_currency(qtbot, window, settings):
    settings.default_currency = "USD"
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow(), timeout=2000)
    qtbot.keyClick(window.library_view.table, Qt.Key_N, Qt.ControlModifier)  # Ctrl+N
    assert window.current_id is not None
    assert window.editor.evaluation.offer.currency == "USD"
    assert window.editor.field("offer.fees.signup").unit_label.text() == "USD"
    assert window.library.get(window.current_id).offer.name == "New offer"
    qtbot.keyClick(window.editor.field("offer.name").widget, Qt.Key_F, Qt.ControlModifier)  # Ctrl+F
    assert window.on_library_page() and window.library_view.search.hasFocus()


def test_closing_with_a_linked_file_behind_asks_and_saves(qtbot, make_window, modals, tmp_path):
    window = make_window()
    path = tmp_path / "linked.oppeval"
    shutil.copy(example_paths()[0], path)
    window.open_path(str(path))
    type_into(qtbot, window, "offer.company", "Changed Ltd")
    assert window.windowTitle().split(" \u2014 ")[0].endswith("*")
    modals.answer["question"] = QMessageBox.StandardButton.Save
    window.close()
    (args,) = modals.named("question")
    assert args[1] == "Save changes?" and fileformat.load(path).offer.name in args[2]
    assert fileformat.load(path).offer.company == "Changed Ltd"


def test_reference_wage_setting_is_validated_and_saved(qtbot, window, settings):
    dialog = SettingsDialog(settings, window)
    qtbot.addWidget(dialog)
    assert "1 January 2026" in dialog.wage_note.text()
    dialog.wage.setText("abc")
    dialog.accept()
    assert dialog.wage_error.text() and settings.reference_wage == 14.71
    dialog.wage.setText("15,10")
    dialog.accept()
    assert settings.reference_wage == 15.10


def test_damaged_library_is_reported_and_work_goes_on(qtbot, make_window, modals, tmp_path):
    path = tmp_path / "damaged.sqlite3"
    path.write_bytes(b"this is not a database at all " * 200)
    library = Library.open(path)
    try:
        assert library.recovered_from is not None
        window = make_window(library_=library)
        (args,) = modals.named("warning")
        assert str(library.recovered_from) in args[2]
        assert library.recovered_from.read_bytes().startswith(b"this is not a database")
        window.new_evaluation()
        type_into(qtbot, window, "offer.name", "Still working")
        window.flush()
        assert [e.name for e in library.list()] == ["Still working"]
    finally:
        window.close()
        window.current_id = None
        library.close()


def test_crash_recovery_offers_to_restore_a_draft(qtbot, make_window, library, modals):
    ev = Evaluation.new("Left open")
    entry_id = library.add(ev)
    draft = fileformat.to_data(ev)
    draft["offer"]["fees"]["signup"] = 99
    draft["offer"]["fees"]["monthly"] = "12,5x"  # typed, not valid yet: kept as typed
    library.save_draft(entry_id, draft)
    modals.answer["question"] = QMessageBox.StandardButton.Yes
    window = make_window()
    (args,) = modals.named("question")
    assert "Left open" in args[2]
    assert window.current_id == entry_id
    assert window.editor.field("offer.fees.signup").widget.text() == "99"
    monthly = window.editor.field("offer.fees.monthly")
    assert monthly.widget.text() == "12,5x"
    assert monthly.error.text() == "must be a number"
    assert window.last_valid.offer.fees.signup == 0  # the stored entry until the draft is fixed
    # The draft is kept until the edits are valid and stored.
    assert [d.evaluation_id for d in library.drafts()] == [entry_id]
    type_into(qtbot, window, "offer.fees.monthly", "12,5")
    window.flush()
    assert library.get(entry_id).offer.fees.monthly == 12.5
    assert library.get(entry_id).offer.fees.signup == 99
    assert library.drafts() == []


def test_declined_draft_is_discarded(make_window, library, modals):
    entry_id = library.add(Evaluation.new("Old"))
    library.save_draft(entry_id, fileformat.to_data(Evaluation.new("Newer")))
    window = make_window()
    assert len(modals.named("question")) == 1
    assert window.on_library_page()
    assert library.drafts() == []
    assert library.get(entry_id).offer.name == "Old"


def test_damaged_default_library_at_start_up(qtbot, settings, modals):
    """The real start-up path: the per-user library file is garbage."""
    from evaluator.storage.library import default_library_path
    from evaluator.ui.app import create_main_window

    path = default_library_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00garbage" * 1000)
    window = create_main_window(settings=settings)
    qtbot.addWidget(window)
    try:
        (args,) = modals.named("warning")
        assert str(window.library.recovered_from) in args[2]
        entry_id = window.new_evaluation()
        assert window.library.entry(entry_id).name == "New offer"
        assert window.library.path == path.absolute()
    finally:
        window.close()
        window.current_id = None
        window.library.close()
