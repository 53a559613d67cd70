"""The open evaluation's controller (``DocumentSession``) and the state bugs users hit in the
window (issue 15 items 13, 14 and 16): a fresh simulation view per evaluation, quitting with an
invalid value, and names with bidi controls in the title."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from evaluator.core import fileformat
from evaluator.core.model import Evaluation
from evaluator.resources import example_paths
from evaluator.ui import simulation_view as sv
from evaluator.ui.main_window import title_safe
from evaluator.ui.session import DocumentSession

from .keys import type_into


def _offer(library, name: str, currency: str = "EUR") -> int:
    ev = fileformat.load(next(p for p in example_paths() if "dealer" in p.name))
    data = fileformat.to_data(ev)
    data["offer"]["name"], data["offer"]["currency"] = name, currency
    return library.add(fileformat.from_data(data))


def test_opening_another_evaluation_resets_the_simulation(qtbot, window, library):
    euro, dollar = _offer(library, "Euro offer", "EUR"), _offer(library, "Dollar offer", "USD")
    window.open_entry(euro)
    view = window.simulation_view
    view.months_spin.setValue(12)
    view.participants_spin.setValue(view.participants_spin.minimum())
    with qtbot.waitSignal(view.simulation_finished, timeout=60_000):
        view.run()
    assert view.result is not None and view.results_box.isVisibleTo(view)
    assert "€" in view.percentile_cells[("cohort", "50")].text()

    assert window.open_entry(dollar)
    assert view.result is None  # no previous counts
    assert not view.results_box.isVisibleTo(view)  # until the new offer's own simulation is in
    assert view.progress.value() == 0 and view.status_label.text() == ""
    assert window.analysis is not None and window.last_valid.offer.currency == "USD"
    # A run for the new offer shows its currency.
    with qtbot.waitSignal(view.simulation_finished, timeout=60_000):
        view.run()
    assert "$" in view.percentile_cells[("cohort", "50")].text()
    assert "€" not in view.percentile_cells[("cohort", "50")].text()


def test_a_run_still_going_does_not_report_into_the_next_evaluation(qtbot, window, library):
    first, second = _offer(library, "First"), _offer(library, "Second")
    window.open_entry(first)
    view = window.simulation_view
    view.participants_spin.setValue(2_000_000)  # long enough to be running when we switch
    view.months_spin.setValue(120)
    view.run()
    assert view.is_running
    window.open_entry(second)
    assert not view.is_running
    assert sv.wait_for_workers(60_000)
    qtbot.wait(50)
    assert view.result is None
    # The verdict's simulation is the second offer's own (the exploratory run never reaches it).
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=30_000)
    assert window.simulation is not None and window.simulation.months != 120
    assert view.progress.value() == 0


def _quit_with_invalid_value(qtbot, window, modals, answer):
    entry_id = window.new_evaluation()
    type_into(qtbot, window, "offer.name", "Half done")
    type_into(qtbot, window, "offer.fees.monthly", "12,5x")  # not a number yet
    window.flush()
    modals.answer["question"] = answer
    closed = window.close()
    (question,) = modals.named("question")
    assert "Half done" in question[2] and "not valid yet" in question[2]
    return entry_id, closed


def test_quitting_with_an_invalid_value_asks_and_keeps_the_draft(qtbot, make_window, library, modals):
    window = make_window()
    entry_id, closed = _quit_with_invalid_value(qtbot, window, modals, QMessageBox.StandardButton.Save)
    assert closed
    assert [d.evaluation_id for d in library.drafts()] == [entry_id]
    modals.calls.clear()
    modals.answer["question"] = QMessageBox.StandardButton.Yes
    again = make_window()
    (question,) = modals.named("question")
    assert "kept when you quit" in question[2]
    assert "unexpectedly" not in question[2]  # a normal quit is not called a crash
    assert again.current_id == entry_id
    assert again.editor.field("offer.fees.monthly").widget.text() == "12,5x"


def test_quitting_with_an_invalid_value_can_discard_it(qtbot, make_window, library, modals):
    window = make_window()
    entry_id, closed = _quit_with_invalid_value(qtbot, window, modals, QMessageBox.StandardButton.Discard)
    assert closed and library.drafts() == []
    assert library.get(entry_id).offer.name == "Half done"  # the last valid version is kept
    modals.calls.clear()
    make_window()
    assert modals.named("question") == []  # nothing to restore, no crash message


def test_quitting_with_an_invalid_value_can_go_back(qtbot, make_window, library, modals):
    window = make_window()
    entry_id, closed = _quit_with_invalid_value(qtbot, window, modals, QMessageBox.StandardButton.Cancel)
    assert not closed and window.current_id == entry_id
    assert window.editor.field("offer.fees.monthly").widget.text() == "12,5x"
    assert [d.evaluation_id for d in library.drafts()] == [entry_id]  # still safe from a crash


def test_a_crash_draft_is_still_called_one(make_window, library, modals):
    entry_id = library.add(Evaluation.new("Left open"))
    library.save_draft(entry_id, fileformat.to_data(Evaluation.new("Left open, edited")))
    make_window()
    (question,) = modals.named("question")
    assert "closed unexpectedly" in question[2]


def test_bidi_controls_do_not_reorder_the_title(qtbot, window):
    window.new_evaluation()
    widget = window.editor.reveal("offer.name")
    # QTest cannot type control characters; textEdited is what typing emits.
    widget.setText("Shakes \u202egnp.exe\u202c and \u2067more\u2069")
    widget.textEdited.emit(widget.text())
    assert "\u202e" in window.editor.state()["offer"]["name"]  # the name itself keeps them
    title = window.windowTitle()
    assert title.startswith("Shakes gnp.exe and more") and title.endswith("\u2014 Opportunity Evaluator")
    assert not any(ch in title for ch in "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
    assert title_safe("a\u202ab\u202bc\u202dd\u2066e\u2068f") == "abcdef"
    assert title_safe("Ébène \u200f") == "Ébène \u200f"  # other characters are left alone


class FakeEditor:
    """What the session reads from the editor: the typed state and the valid evaluation."""

    def __init__(self):
        self.data, self.evaluation = {}, None

    def state(self):
        return self.data


def test_the_session_works_without_a_window(qtbot, library):
    """Loading, analysis, autosave, drafts and conflict copies, driven through the session's API
    and observed through its signals."""
    entry_id = library.add(Evaluation.new("Plain"))
    session = DocumentSession(library, "en")
    editor = FakeEditor()
    session.attach(editor)
    opened, analysed, forked = [], [], []
    session.opened.connect(lambda data, ev: opened.append(ev.offer.name))
    session.analysed.connect(lambda ev, analysis, sim: analysed.append(analysis.verdict.level))
    session.forked.connect(lambda name, copy_id: forked.append((name, copy_id)))

    session.open(entry_id)
    assert opened == ["Plain"] and len(analysed) == 1

    # A valid edit: analysed after the debounce, then autosaved.
    data = fileformat.to_data(Evaluation.new("Plain"))
    data["offer"]["fees"]["monthly"] = 25
    editor.data, editor.evaluation = data, fileformat.from_data(data)
    session.edited(data, editor.evaluation, [])
    assert session.analysis_timer.isActive() and session.autosave_timer.isActive()
    qtbot.waitUntil(lambda: library.get(entry_id).offer.fees.monthly == 25, timeout=3000)
    # Analysed at once without the simulation, then with it: at least twice since opening.
    assert len(analysed) >= 2 and not session.is_modified()

    # An invalid edit: only a draft keeps it.
    bad = {**data, "offer": {**data["offer"], "fees": {**data["offer"]["fees"], "monthly": "x"}}}
    editor.data, editor.evaluation = bad, None
    session.edited(bad, None, ["problem"])
    session.flush()
    assert [d.evaluation_id for d in library.drafts()] == [entry_id]
    assert library.get(entry_id).offer.fees.monthly == 25 and session.is_modified()

    # Someone else saves the entry meanwhile: our next version becomes a copy.
    other = fileformat.to_data(library.get(entry_id))
    other["offer"]["company"] = "Elsewhere BV"
    library.update(entry_id, fileformat.from_data(other))
    data["offer"]["fees"]["monthly"] = 30
    editor.data, editor.evaluation = data, fileformat.from_data(data)
    session.edited(data, editor.evaluation, [])
    session.autosave()
    ((name, copy_id),) = forked
    assert name == "Plain" and copy_id != entry_id and session.current_id == copy_id
    assert library.get(entry_id).offer.company == "Elsewhere BV"
    assert library.get(copy_id).offer.fees.monthly == 30
    session.close_document()
    assert session.current_id is None and not session.autosave_timer.isActive()
