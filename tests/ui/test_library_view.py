"""The library start screen: search, sort, duplicate, rename, delete with undo, import, export;
and the wiring to compare, simulation and printing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from evaluator.core import fileformat
from evaluator.core.model import Evaluation
from evaluator.resources import example_paths


def names(view):
    """The Name column as the list shows it, top to bottom."""
    proxy = view.table.model()
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def add(library, name, company=""):
    ev = Evaluation.new(name)
    ev.offer.company = company
    return library.add(fileformat.from_data(fileformat.to_data(ev)))


def select(view, entry_id):
    view.select_id(entry_id)
    assert view.selected_ids() == [entry_id]


def test_search_as_you_type_and_sort(qtbot, library, window):
    add(library, "Zeep aan huis", "Clean BV")
    add(library, "Airfryer party", "Kitchen Co")
    add(library, "Crypto club", "Kitchen Co")
    view = window.library_view
    view.refresh()
    assert names(view) == ["Crypto club", "Airfryer party", "Zeep aan huis"]  # newest first
    view.sort.setCurrentIndex(view.sort.findData("name"))
    assert names(view) == ["Airfryer party", "Crypto club", "Zeep aan huis"]
    window.find()  # Ctrl+F
    assert view.search.hasFocus() or view.search.isVisible()
    qtbot.keyClicks(view.search, "kitchen")
    # Debounced: typing does not filter per keystroke, the pause after it does.
    assert names(view) == ["Airfryer party", "Crypto club", "Zeep aan huis"]
    qtbot.waitUntil(lambda: names(view) == ["Airfryer party", "Crypto club"], timeout=2000)
    qtbot.keyClicks(view.search, " cry")
    qtbot.keyClick(view.search, Qt.Key_Return)  # Enter filters at once
    assert names(view) == ["Crypto club"]
    view.search.clear()
    qtbot.keyClicks(view.search, "nothing like this")
    view.apply_search()
    assert names(view) == [] and view.empty_label.text() == "Nothing matches your search."
    assert view.empty_label.isVisibleTo(view)
    view.search.clear()
    view.apply_search()
    assert len(names(view)) == 3 and not view.empty_label.isVisibleTo(view)


def test_duplicate_rename_delete_and_undo(qtbot, library, window, modals):
    entry_id = add(library, "Shakes")
    view = window.library_view
    view.refresh()
    select(view, entry_id)
    qtbot.mouseClick(view.duplicate_button, Qt.LeftButton)
    assert sorted(names(view)) == ["Shakes", "Shakes (2)"]
    copy_id = view.selected_ids()[0]
    modals.answer["text"] = "Shakes copy"
    qtbot.mouseClick(view.rename_button, Qt.LeftButton)
    assert library.get(copy_id).offer.name == "Shakes copy"
    modals.answer["text"] = ""  # an empty name is refused with the reason
    qtbot.mouseClick(view.rename_button, Qt.LeftButton)
    assert "must not be empty" in modals.named("warning")[-1][2]
    assert library.get(copy_id).offer.name == "Shakes copy"

    select(view, copy_id)
    qtbot.mouseClick(view.delete_button, Qt.LeftButton)
    assert names(view) == ["Shakes"]
    assert view.snackbar.isVisible() and "Shakes copy" in view.snackbar.label.text()
    qtbot.mouseClick(view.snackbar.action_button, Qt.LeftButton)  # Undo
    assert sorted(names(view)) == ["Shakes", "Shakes copy"]
    assert not view.snackbar.isVisible()
    # Edit > Undo on the library page undoes a delete too.
    select(view, copy_id)
    window.delete_current()
    window.undo()
    assert sorted(names(view)) == ["Shakes", "Shakes copy"]


def test_import_and_export_files(qtbot, library, window, modals, tmp_path):
    source = example_paths()[0]
    modals.answer["open"] = str(source)
    view = window.library_view
    qtbot.mouseClick(view.import_button, Qt.LeftButton)
    (entry,) = library.list()
    assert entry.name == fileformat.load(source).offer.name
    assert entry.file_path == str(source.resolve())
    select(view, entry.id)
    target = tmp_path / "shared.oppeval"
    modals.answer["save"] = str(tmp_path / "shared")  # the extension is added
    qtbot.mouseClick(view.export_button, Qt.LeftButton)
    assert fileformat.load(target) == fileformat.load(source)

    bad = tmp_path / "broken.oppeval"
    bad.write_text("{not json", encoding="utf-8")
    modals.answer["open"] = str(bad)
    qtbot.mouseClick(view.import_button, Qt.LeftButton)
    assert "not valid JSON" in modals.named("warning")[-1][2]
    assert len(library.list()) == 1


def test_compare_two_entries_opens_the_compare_view(qtbot, library, window):
    ids = [library.add(fileformat.load(p)) for p in example_paths()[:2]]
    dialog = window.compare(ids)
    assert dialog is not None and dialog.isVisible()
    from evaluator.ui.compare_view import CompareView

    assert isinstance(dialog.view, CompareView)
    assert len(dialog.view.items) == 2
    dialog.close()


def test_export_pdf_gets_the_current_evaluation_and_analysis(qtbot, window, monkeypatch):
    import evaluator.ui.print_actions as print_actions

    calls = []
    monkeypatch.setattr(print_actions, "export_pdf", lambda *args: calls.append(args))
    window.start_from_example(str(example_paths()[0]))
    window.act_pdf.trigger()
    ((parent, evaluation, analysis, simulation),) = calls
    assert parent is window and evaluation == window.last_valid
    # The PDF gets the final verdict: with the document's own simulation (SPEC 9.3).
    assert analysis.verdict.level == window.analysis.verdict.level and simulation is not None
    assert simulation is window.simulation and not window.session.verdict_pending


def test_an_exploratory_run_does_not_change_the_verdict(qtbot, window):
    window.start_from_example(str(example_paths()[0]))
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=30_000)
    own, level = window.simulation, window.analysis.verdict.level
    assert own is not None
    view = window.simulation_view
    view.months_spin.setValue(12)
    view.participants_spin.setValue(view.participants_spin.minimum())
    with qtbot.waitSignal(view.simulation_finished, timeout=60_000) as blocker:
        view.run()
    assert blocker.args[0] is not None and blocker.args[0] is not own
    assert view.showing_exploratory and "does not change the verdict" in view.result_caption.text()
    qtbot.wait(100)
    assert window.simulation is own and window.analysis.verdict.level == level


def test_compare_picker_needs_two_to_four(qtbot, library, window, monkeypatch):
    from PySide6.QtWidgets import QDialogButtonBox

    from evaluator.ui import dialogs

    ids = [add(library, f"Offer {i}") for i in range(5)]
    picker = dialogs.ComparePicker(library.list(sort="name"), [ids[0]], window)
    qtbot.addWidget(picker)
    ok = picker.buttons.button(QDialogButtonBox.Ok)
    assert picker.chosen_ids() == [ids[0]] and not ok.isEnabled()
    for i in (1, 2, 3):
        picker.list.item(i).setCheckState(Qt.Checked)
    assert ok.isEnabled() and len(picker.chosen_ids()) == 4
    picker.list.item(4).setCheckState(Qt.Checked)
    assert not ok.isEnabled()  # five is too many

    # Through the Compare button: the picker (answered here) and then the compare window.
    def pick_two(self):
        self.list.item(0).setCheckState(Qt.Checked)
        self.list.item(1).setCheckState(Qt.Checked)
        return dialogs.QDialog.Accepted

    monkeypatch.setattr(dialogs.ComparePicker, "exec", pick_two)
    window.library_view.refresh()
    qtbot.mouseClick(window.library_view.compare_button, Qt.LeftButton)
    (dialog,) = window._compare_dialogs
    assert [name for name, _ev, _a in dialog.view.items] == ["Offer 0", "Offer 1"]
    dialog.close()
