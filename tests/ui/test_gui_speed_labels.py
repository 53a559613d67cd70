"""The results' text labels are selectable only while the mouse can select (text_label.TextLabel):
plain (cheap to lay out and paint) otherwise, with the same sizes in both modes, and a selection
made with the mouse survives the mouse leaving."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QEnterEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from evaluator.resources import example_paths
from evaluator.ui import session as session_module
from evaluator.ui.results_panel import FlagCard, HeadlineCard, KeyNumber
from evaluator.ui.text_label import TextLabel, text_label

SELECT = Qt.TextInteractionFlag.TextSelectableByMouse
TEXT = "Dit aanbod vertoont beide kenmerken van de juridische toets voor een piramidespel. " * 3


def _enter(label: QLabel) -> None:
    QApplication.sendEvent(label, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))


def _leave(label: QLabel) -> None:
    QApplication.sendEvent(label, QEvent(QEvent.Type.Leave))


def test_a_label_is_selectable_while_the_mouse_is_over_it(qtbot):
    label = text_label(TEXT)
    qtbot.addWidget(label)
    label.resize(300, label.heightForWidth(300))
    label.show()
    qtbot.waitExposed(label)
    assert isinstance(label, TextLabel) and label.wanted_interaction == SELECT
    # Dormant: no selection (and so no QTextDocument behind the text), no click focus.
    assert not label.textInteractionFlags() & SELECT
    assert label.focusPolicy() == Qt.FocusPolicy.NoFocus
    _enter(label)
    assert label.textInteractionFlags() & SELECT
    assert label.focusPolicy() == Qt.FocusPolicy.ClickFocus
    _leave(label)  # nothing selected: back to plain
    assert not label.textInteractionFlags() & SELECT


def test_a_press_without_an_enter_still_selects_and_the_selection_stays(qtbot):
    label = text_label(TEXT)
    qtbot.addWidget(label)
    label.resize(300, label.heightForWidth(300))
    label.show()
    qtbot.waitExposed(label)
    # Drag from the top left over the first line: some of the text is selected.
    QTest.mousePress(label, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(2, 5))
    QTest.mouseMove(label, QPoint(150, 5))
    QTest.mouseRelease(label, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(150, 5))
    assert label.hasSelectedText()
    selected = label.selectedText()
    assert selected and TEXT.startswith(selected)
    _leave(label)  # a selection is kept (it can still be copied)
    assert label.textInteractionFlags() & SELECT and label.selectedText() == selected


def test_heights_are_the_same_selectable_or_not(qtbot):
    # The same text in a label that is always selectable (a plain QLabel with the flag) and in a
    # dormant TextLabel: equal heights for every width, so switching on hover moves nothing.
    dormant = text_label(TEXT)
    always = QLabel()
    for widget in (dormant, always):
        qtbot.addWidget(widget)
    always.setWordWrap(True)
    always.setTextFormat(Qt.TextFormat.PlainText)
    always.setTextInteractionFlags(SELECT)
    always.setText(TEXT)
    for width in (120, 200, 333, 517):
        assert dormant.heightForWidth(width) == always.heightForWidth(width)
    assert dormant.minimumSizeHint() == always.minimumSizeHint()


def _layout(qtbot, window, word: str) -> list[tuple[tuple[int, int], tuple[int, int], str]]:
    window.resize(1400, 900)
    window.show()
    window.start_from_example(str(next(p for p in example_paths() if word in p.name)))
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=30_000)
    assert session_module.wait_for_verdicts(30_000)
    window.results_panel.decisions_view.render_now()
    for _ in range(10):
        qtbot.wait(10)  # every relayout done
    # The texts and the cards that hold them (a chart's canvas is left out: whether it has been
    # drawn yet depends on timing, not on the labels).
    # Sorted by place: a card made later (a flag the simulation adds) comes later among the
    # children, not on screen.
    return sorted((w.mapTo(window, w.rect().topLeft()).toTuple()[::-1], w.size().toTuple(), type(w).__name__)
                  for w in window.results_panel.findChildren(QWidget)
                  if w.isVisible() and isinstance(w, (TextLabel, FlagCard, HeadlineCard, KeyNumber)))


def test_the_results_are_laid_out_as_with_always_selectable_labels(qtbot, make_window, monkeypatch):
    # A selectable label's preferred width (sizeHint) of a long text differs from a plain one's,
    # and grids share out room by it: the whole panel must still come out the same. The
    # matrix example has long red-flag texts and a comparison table in four columns.
    lazy = _layout(qtbot, make_window(), "matrix")
    monkeypatch.setattr(TextLabel, "_select", lambda self, on: QLabel.setTextInteractionFlags(
        self, self.wanted_interaction))
    always = _layout(qtbot, make_window(), "matrix")
    assert len(lazy) > 200
    assert lazy == always


def test_the_results_labels_rest_plain_and_wake_on_hover(qtbot, window):
    window.resize(1400, 900)
    window.show()
    window.start_from_example(str(next(p for p in example_paths() if "pyramid" in p.name)))
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=30_000)
    assert session_module.wait_for_verdicts(30_000)
    summary = window.results_panel.verdict_summary
    assert isinstance(summary, TextLabel) and summary.wanted_interaction == SELECT
    labels = [w for w in window.results_panel.findChildren(TextLabel) if w.wanted_interaction & SELECT]
    assert len(labels) > 50  # the verdict, cards, flags, comparison, questions, decisions
    assert not any(w.textInteractionFlags() & SELECT for w in labels)
    _enter(summary)
    assert summary.textInteractionFlags() & SELECT
    assert summary.text() == window.session.analysis.verdict.summary
