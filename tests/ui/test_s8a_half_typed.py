"""A value typed halfway through is never stored (review 8, item 1).

Typing ``25`` into the gifting circle's matrix depth (at most 20) passes through ``2``, a valid
depth. Once the text is ``25`` the field is invalid, and the results, the library entry (real
SQLite) and a "Discard" on quitting must hold the depth from before the edit began (the example's
3), not the ``2`` of the first keystroke. The same for a money field: the cycle bonus allows at
most 1e12, and ``5000000000000`` passes through ``500000000000`` (12 digits, valid).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from evaluator.core import fileformat
from evaluator.resources import example_paths

DEPTH = "offer.payout.components[0].depth"
BONUS = "offer.payout.components[0].cycle_bonus"


def _gifting_circle(window) -> int:
    path = next(p for p in example_paths() if p.name == "gifting-circle-2x3.oppeval")
    entry_id = window.start_from_example(str(path))
    assert entry_id is not None
    window.flush()
    return entry_id


def _matrix(ev):
    (component,) = ev.offer.payout.components
    return component


def _type(qtbot, window, path: str, text: str) -> QLineEdit:
    widget = window.editor.reveal(path)
    assert isinstance(widget, QLineEdit), path
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    return widget


def _analysed(window) -> list:
    seen: list = []
    window.session.analysed.connect(lambda ev, analysis, sim: seen.append((ev, analysis)))
    return seen


def test_an_out_of_range_depth_keeps_the_depth_from_before_the_edit(qtbot, make_window, library):
    window = make_window()
    entry_id = _gifting_circle(window)
    assert _matrix(library.get(entry_id)).depth == 3  # the example's own depth
    seen = _analysed(window)
    widget = _type(qtbot, window, DEPTH, "2")
    window.flush()  # the user pauses after the "2": depth 2 is valid, analysed and autosaved
    assert _matrix(library.get(entry_id)).depth == 2
    qtbot.keyClicks(widget, "5")  # "25": more than 20
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert widget.text() == "25" and window.editor.evaluation is None  # kept as typed, invalid
    window.flush()
    # the library (a fresh read of the SQLite file) and the analysed document: depth 3 again
    assert _matrix(library.get(entry_id)).depth == 3
    assert _matrix(window.last_valid).depth == 3
    ev, analysis = seen[-1]
    assert _matrix(ev).depth == 3 and _matrix(analysis.evaluation).depth == 3
    # the figures are the example's own: the same as analysing the example afresh
    from evaluator.ui.session import analyze_with

    fresh = analyze_with(library.get(entry_id), "en", None)
    assert analysis.projection.break_even_month == fresh.projection.break_even_month
    # the draft keeps the text as typed, for crash recovery
    (draft,) = library.drafts()
    assert draft.evaluation_id == entry_id


def test_a_quick_out_of_range_depth_is_never_analysed_or_stored(qtbot, make_window, library):
    window = make_window()
    entry_id = _gifting_circle(window)
    seen = _analysed(window)
    _type(qtbot, window, DEPTH, "25")  # no pause: the "2" waits in the debounce
    window.flush()
    assert _matrix(library.get(entry_id)).depth == 3
    assert seen and all(_matrix(ev).depth == 3 for ev, _ in seen)


def test_an_out_of_range_money_value_keeps_the_amount_from_before_the_edit(qtbot, make_window, library):
    window = make_window()
    entry_id = _gifting_circle(window)
    assert _matrix(library.get(entry_id)).cycle_bonus == 40000
    widget = _type(qtbot, window, BONUS, "500000000000")  # 5e11: at most 1e12, valid
    window.flush()
    assert _matrix(library.get(entry_id)).cycle_bonus == 500_000_000_000
    qtbot.keyClicks(widget, "0")  # 5e12: too much
    assert window.editor.evaluation is None
    window.flush()
    assert _matrix(library.get(entry_id)).cycle_bonus == 40000
    assert _matrix(window.last_valid).cycle_bonus == 40000


def test_a_value_committed_before_stays_when_the_next_edit_is_out_of_range(qtbot, make_window, library):
    window = make_window()
    window.show()  # focus moves only in a shown, active window
    window.activateWindow()
    qtbot.waitExposed(window)
    entry_id = _gifting_circle(window)
    widget = _type(qtbot, window, DEPTH, "5")
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert not widget.hasFocus()  # depth 5 committed: the field lost the focus
    _type(qtbot, window, DEPTH, "50")  # back in the field: "5", then "50" (too deep)
    window.flush()
    assert _matrix(library.get(entry_id)).depth == 5  # what it was when the field got the focus


def test_discard_on_quitting_keeps_no_half_typed_value(qtbot, make_window, library, modals):
    window = make_window()
    entry_id = _gifting_circle(window)
    widget = _type(qtbot, window, DEPTH, "2")
    window.flush()
    qtbot.keyClicks(widget, "5")
    modals.answer["question"] = QMessageBox.StandardButton.Discard
    assert window.close()
    assert library.drafts() == []
    assert _matrix(library.get(entry_id)).depth == 3
    assert fileformat.to_data(library.get(entry_id))["offer"]["payout"]["components"][0]["depth"] == 3
