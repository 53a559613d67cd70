"""The guided interview never throws answers away on a stray Esc: once an answer was given,
Esc, Cancel and the window's close button ask "Discard your answers?" (default: keep
answering); with nothing answered they close at once. The Dutch mnemonics are unique."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton

from .test_interview import focused, start


class Box:
    """Stands in for QMessageBox.exec: records the box, then answers it by a key or a button."""

    def __init__(self, monkeypatch, answer: str):
        self.seen: list[dict] = []
        self.answer = answer  # "enter" (the default button), "escape", or a button's objectName
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.exec(box))

    def exec(self, box: QMessageBox) -> int:
        self.seen.append({"text": box.text(), "default": box.defaultButton().objectName(),
                          "buttons": sorted(b.text() for b in box.buttons())})
        box.show()
        if self.answer == "enter":
            QTest.keyClick(box, Qt.Key.Key_Return)
        elif self.answer == "escape":
            QTest.keyClick(box, Qt.Key.Key_Escape)
        else:
            box.findChild(QPushButton, self.answer).click()
        return 0


def _four_answers(k) -> None:
    k.choose(1)  # a dealer network
    k.answer("Keukenwonder")
    k.answer("Multikoker")
    k.answer("1400")
    assert k.dialog.current == "commission" and len(k.dialog.history) == 4


def test_escape_with_nothing_answered_closes_without_asking(qtbot, window, monkeypatch):
    box = Box(monkeypatch, "interviewDiscard")
    k = start(qtbot, window)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not k.dialog.isVisible()
    assert box.seen == []


def test_escape_after_four_answers_asks_and_enter_keeps_answering(qtbot, window, monkeypatch):
    box = Box(monkeypatch, "enter")
    k = start(qtbot, window)
    _four_answers(k)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert box.seen == [{"text": "Discard your answers?", "default": "interviewKeep",
                         "buttons": ["&Discard", "&Keep answering"]}]
    # Enter took the default: the dialog stays on question 5 with every answer
    assert k.dialog.isVisible() and k.dialog.current == "commission"
    assert k.dialog.answers["product"] == "Multikoker" and k.dialog.answers["retail_price"] == 1400
    # Esc in the question box also keeps answering
    box.answer = "escape"
    k.dialog.cancel_button.click()
    assert len(box.seen) == 2 and k.dialog.isVisible()
    k.answer("17")  # and the interview goes on
    assert k.dialog.history[-1] == "commission" and k.dialog.answers["commission"] == 17


def test_cancel_and_the_close_button_discard_only_when_chosen(qtbot, window, monkeypatch):
    box = Box(monkeypatch, "interviewKeep")
    k = start(qtbot, window)
    _four_answers(k)
    k.dialog.close()  # the window's close button
    assert len(box.seen) == 1 and k.dialog.isVisible()
    box.answer = "interviewDiscard"
    k.dialog.cancel_button.click()
    assert len(box.seen) == 2 and not k.dialog.isVisible()
    assert window.on_library_page() and window.library.list() == []


def test_the_discard_question_and_the_mnemonics_in_dutch(qtbot, make_window, settings, monkeypatch):
    from evaluator.ui.appearance import install_translators
    from evaluator.ui.interview_dialog import _mnemonic

    settings.language_choice = "nl"
    install_translators("nl")
    window = make_window()
    box = Box(monkeypatch, "enter")
    k = start(qtbot, window)
    d = k.dialog
    letters = [_mnemonic(b.text()) for b in (d.back_button, d.unknown_button, d.next_button)]
    assert letters == ["T", "W", "V"]  # Terug, Weet ik niet, Volgende: no Alt+N for "niet"
    k.choose(1)
    k.answer("Keukenwonder")
    k.alt(Qt.Key.Key_W)  # &Weet ik niet
    assert d.history == ["offer_type", "company", "product"]
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert box.seen == [{"text": "Je antwoorden weggooien?", "default": "interviewKeep",
                         "buttons": ["&Verder antwoorden", "&Weggooien"]}]
    assert d.isVisible()
