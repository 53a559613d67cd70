"""Screenshots of every page of the guided interview and of the glossary, in Dutch, into
docs/screenshots/interview-*.png (issue 13: made under Xvfb at 1024x768 and 1400x900).

Run on a virtual screen, once per screen size:
    xvfb-run -a -s "-screen 0 1024x768x24" .venv/bin/python scripts/interview_screenshots.py
    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/interview_screenshots.py
Files are named after the screen: interview-1024-NN-<question>.png. Each page is the dialog as it
shows the question (filled with the wellness-drinks pitch of benchmarks/bench_interview.py where
it has an answer); interview-<size>-screen.png is the whole screen with the dialog over the window.
Uses a throw-away library and settings, never the user's own.
"""

from __future__ import annotations

import sys

from shots import HOME, OUT, ROOT, settle  # noqa: E402,I001  (first: it sets the environment Qt reads)

from PySide6.QtGui import QGuiApplication  # noqa: E402

from evaluator.core import interview as iv  # noqa: E402
from evaluator.ui.app import create_main_window, ensure_app  # noqa: E402
from evaluator.ui.interview_dialog import DONE  # noqa: E402
from evaluator.ui.settings import AppSettings  # noqa: E402

PITCH: iv.Answers = {
    "offer_type": "mlm", "company": "VitaFlow", "product": "Wellnessdrankjes", "retail_price": 59.0,
    "own_price": 45.0, "start_cost": 199.0, "autoship": 89.0, "downline_percents": [10.0, 5.0],
    "rank_percent": 5.0, "rank_volume": 2000.0, "rank_legs": 2.0, "training": 300.0, "cooling_off": 14.0,
    "disclosure": "yes", "disclosure_nothing": 64.0, "claim": 1500.0, "claim_after": 12.0, "customers": 2.0,
    "customers_stay": 50.0, "recruits": 2.0, "team_recruits": 2.0, "hours": 8.0, "expenses": 25.0,
    "monthly_fee": iv.UNKNOWN, "recruit_bonus": iv.UNKNOWN, "buyback": iv.UNKNOWN,
    "disclosure_median": iv.UNKNOWN,
}


def main() -> int:
    ensure_app()
    screen = QGuiApplication.primaryScreen().size()
    size = f"{screen.width()}"
    OUT.mkdir(parents=True, exist_ok=True)
    settings = AppSettings(HOME / "settings.ini")
    settings.language_choice = "nl"
    window = create_main_window(settings=settings)
    settle(500)
    dialog = window.new_from_interview()
    settle(500)
    for number, q in enumerate(iv.QUESTIONS, start=1):
        dialog.answers = dict(PITCH)
        if q.key == "commission":
            dialog.answers["offer_type"] = "dealer"
        dialog.history = list(range(number - 1))  # type: ignore[arg-type]  # "Vraag N"
        dialog.show_question(q.key)
        settle()
        path = OUT / f"interview-{size}-{number:02d}-{q.key}.png"
        dialog.grab().save(str(path))
        print("wrote", path.relative_to(ROOT))
        if q.key == "offer_type":
            shot = OUT / f"interview-{size}-screen.png"
            QGuiApplication.primaryScreen().grabWindow(0).save(str(shot))
            print("wrote", shot.relative_to(ROOT))
        if q.key == "autoship":
            dialog.open_first_term()
            settle(400)
            from evaluator.ui.glossary_dialog import GlossaryDialog

            glossary = dialog.findChild(GlossaryDialog)
            path = OUT / f"interview-{size}-glossary-autoship.png"
            glossary.grab().save(str(path))
            print("wrote", path.relative_to(ROOT))
            glossary.close()
    dialog.answers = dict(PITCH)
    dialog.show_question(DONE)
    settle()
    path = OUT / f"interview-{size}-{len(iv.QUESTIONS) + 1:02d}-done.png"
    dialog.grab().save(str(path))
    print("wrote", path.relative_to(ROOT))
    dialog.reject()
    window.session.close_document()  # closing the window could ask about unsaved values: not here
    window.hide()
    return 0


if __name__ == "__main__":
    sys.exit(main())
