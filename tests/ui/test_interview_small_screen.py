"""Keyboard and small screens (issue 13 item 5) for what this branch added: on a 1024x768 screen
in Dutch, the start screen's buttons and the toolbar keep every text whole, and every page of the
interview fits the screen with no button, word or unit cut off; the start screen's interview
button is reached by Tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from .screens import DUTCH_APP, run_on_screen

SCRIPT = DUTCH_APP + r"""
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from evaluator.core import interview as iv
from evaluator.ui.interview_dialog import DONE

window = MainWindow(library, settings, "nl")
window.show()
app.processEvents()
out.update(clipped=[], hidden=[])

def check_buttons(where, parent):
    for b in parent.findChildren(QPushButton):
        if b.isVisible() and b.text() and b.width() < b.sizeHint().width():
            out["clipped"].append(f"{where}: {b.text()} {b.width()} < {b.sizeHint().width()}")

check_buttons("library", window.library_view)
bar = window.toolbar
for act in bar.actions():
    if act.isSeparator():
        continue
    w = bar.widgetForAction(act)
    if w is None or not w.isVisible() or not bar.rect().contains(w.geometry()):
        out["hidden"].append(act.text())

dialog = window.new_from_interview()
app.processEvents()
out["dialog"] = list(dialog.frameGeometry().getRect())
pages = []
for q in iv.QUESTIONS:
    dialog.answers = {"offer_type": "dealer" if q.key == "commission" else "mlm", "rank_percent": 5.0,
                      "claim": 1.0, "disclosure": "yes", "customers": 1.0, "recruits": 1.0}
    dialog.show_question(q.key)
    app.processEvents()
    pages.append(q.key)
    check_buttons(q.key, dialog)
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            if label.height() < label.heightForWidth(label.width()):
                out["clipped"].append(f"{q.key}: {label.text()[:40]} (lines cut)")
        elif label.width() < label.sizeHint().width():
            out["clipped"].append(f"{q.key}: {label.text()[:40]}")
    if dialog.choice_input.isVisible() and dialog.choice_input.verticalScrollBar().maximum() > 0:
        out["clipped"].append(f"{q.key}: the answers scroll")
dialog.show_question(DONE)
app.processEvents()
check_buttons("done", dialog)
out["pages"] = len(pages)
dialog.reject()
window.close()
library.close()
print("RESULT " + json.dumps(out))
"""


def test_start_screen_toolbar_and_every_interview_page_fit_1024x768_in_dutch(tmp_path):
    out = run_on_screen(tmp_path, SCRIPT, 1024, 768, timeout=120)
    assert out["screen"] == [0, 0, 1024, 768]
    x, y, w, h = out["dialog"]
    assert x >= 0 and y >= 0 and x + w <= 1024 and y + h <= 768, out["dialog"]
    assert out["pages"] == 28
    assert out["hidden"] == [], "toolbar actions pushed into the overflow menu"
    assert out["clipped"] == []


def test_tab_reaches_the_interview_button_and_space_starts_it(qtbot, window):
    from evaluator.ui.interview_dialog import InterviewDialog

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    view = window.library_view
    view.search.setFocus()
    presses = 0
    while not view.interview_button.hasFocus() and presses < 20:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        presses += 1
    assert view.interview_button.hasFocus()
    qtbot.keyClick(view.interview_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: window.findChild(InterviewDialog) is not None, timeout=2000)
    assert window.findChild(InterviewDialog).isVisible()


def test_menus_offer_the_interview_first_and_to_reopen(window):
    file_actions = [a for a in window.menu_file.actions() if not a.isSeparator()]
    assert file_actions[1] is window.act_interview and file_actions[2] is window.act_new
    assert window.act_reinterview in window.menu_edit.actions()
    assert not window.act_reinterview.isEnabled()  # nothing open on the start screen
    window.new_evaluation()
    assert window.act_reinterview.isEnabled()
