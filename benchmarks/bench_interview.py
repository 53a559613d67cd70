"""How many actions a new user needs to enter the wellness-drinks offer of issue 13 through the
guided interview (target: at most 30; the full form took about 96 over 9 sections).

A scripted run of the real window, in Dutch, by keyboard only, from the start screen to the
results. The pitch, as a Dutch user heard it:

    "VitaFlow, wellnessdrankjes. Een doos kost een klant € 59, jij betaalt € 45. Je begint met
    een startpakket van € 199 en je autoship is € 89 per maand. Je verdient 10% op je eigen
    mensen en 5% op hun mensen, en vanaf Manager (€ 2.000 groepsomzet, twee actieve lijnen)
    krijg je 5% rangbonus. Onze trainingen kosten zo'n € 300 per jaar. Je hebt 14 dagen
    bedenktijd. Na een jaar verdien je € 1.500 per maand. Zoek gewoon twee mensen die er elk ook
    twee zoeken."

Not said: a monthly fee, a recruit bonus, a buyback, an income disclosure; the user adds their
own expectations (2 customers a month of whom half stay, 8 hours a week, € 25 of other costs).

An action is one answer typed and ended with Enter, or one key press (a shortcut, a number
picking a choice, Enter, "I don't know"). Keystrokes counts every key press, letters included.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_interview.py
(prints figures; asserts nothing)
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

_tmp = tempfile.TemporaryDirectory()
for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[name] = os.path.join(_tmp.name, name.lower())

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from evaluator.ui.app import create_main_window, ensure_app  # noqa: E402
from evaluator.ui.interview_dialog import DONE, InterviewDialog  # noqa: E402
from evaluator.ui.settings import AppSettings  # noqa: E402

# The script: ("type", text) = type an answer and press Enter; ("pick", n) = press the number n,
# then Enter; ("unknown",) = Alt+N, "Weet ik niet".
SCRIPT: list[tuple] = [
    ("pick", 3),               # selling products and building a team
    ("type", "VitaFlow"),
    ("type", "Wellnessdrankjes"),
    ("type", "59"),            # a customer pays
    ("type", "45"),            # you pay
    ("type", "199"),           # starter pack
    ("unknown",),              # monthly fee: not said
    ("type", "89"),            # autoship per month
    ("unknown",),              # recruit bonus: not said
    ("type", "10 / 5"),        # 10 % on your people, 5 % on theirs
    ("type", "5"),             # rank bonus %
    ("type", "2000"),          # group orders for the rank
    ("type", "2"),             # active legs
    ("type", "300"),           # trainings a year
    ("unknown",),              # buyback: not said
    ("type", "14"),            # days to change your mind
    ("unknown",),              # income disclosure: not shown
    ("type", "1500"),          # claimed per month
    ("type", "12"),            # after a year
    ("type", "2"),             # own expectation: customers a month
    ("type", "50"),            # of whom half stay
    ("type", "2"),             # "find two people"
    ("type", "2"),             # "who each find two"
    ("type", "8"),             # hours a week
    ("type", "25"),            # other costs a month
]


def focus():
    return QApplication.focusWidget()


def settle(condition, timeout_s: float = 5.0) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        QApplication.processEvents()
        QTest.qWait(5)
        if time.monotonic() > end:
            raise RuntimeError("the interview did not react in time")


def main() -> None:
    ensure_app()
    settings = AppSettings(Path(_tmp.name) / "settings.ini")
    settings.language_choice = "nl"
    window = create_main_window(settings=settings)
    window.activateWindow()
    settle(window.isActiveWindow)
    actions = keystrokes = 0
    started = time.perf_counter()

    QTest.keyClick(window.library_view.search, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    actions += 1
    keystrokes += 1
    dialog = window.findChild(InterviewDialog)
    settle(lambda: dialog.isActiveWindow() and dialog.input_widget().hasFocus())
    for step in SCRIPT:
        before = len(dialog.history)
        if step[0] == "type":
            if step[1]:
                QTest.keyClicks(focus(), step[1])
            QTest.keyClick(focus(), Qt.Key.Key_Return)
            actions += 1
            keystrokes += len(step[1]) + 1
        elif step[0] == "pick":
            QTest.keyClick(focus(), Qt.Key.Key_0 + step[1])
            QTest.keyClick(focus(), Qt.Key.Key_Return)
            actions += 2
            keystrokes += 2
        else:
            QTest.keyClick(focus(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # Weet ik &niet
            actions += 1
            keystrokes += 1
        settle(lambda before=before: len(dialog.history) > before)
    settle(lambda: dialog.current == DONE)
    questions_asked = len(dialog.history)
    QTest.keyClick(focus(), Qt.Key.Key_Return)  # Toon de resultaten
    actions += 1
    keystrokes += 1
    settle(lambda: not window.on_library_page() and window.analysis is not None)
    elapsed = time.perf_counter() - started

    ev = window.library.get(window.current_id)
    analysis = window.analysis
    print(f"wellness-drinks offer through the interview (Dutch, keyboard only): {actions} actions "
          f"(target <= 30; the form: about 96), {keystrokes} keystrokes, {questions_asked} questions")
    print(f"  scripted run: {elapsed:.2f} s; evaluation '{ev.offer.name}', verdict {analysis.verdict.level}, "
          f"net over {ev.assumptions.horizon_months} months {analysis.projection.total_net:,.0f} "
          f"{ev.offer.currency}")
    from evaluator.core.interview import recruiter_questions

    print(f"  questions for the recruiter from 'Weet ik niet': {len(recruiter_questions(ev.offer.notes))}")
    window.session.close_document()  # closing the window could ask about unsaved values: not here
    window.hide()
    window.library.close()


if __name__ == "__main__":
    main()
