"""Screenshots of the main screens, taken from the real app, into docs/screenshots/.

Run on a virtual screen:  xvfb-run -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py
(with QT_QPA_PLATFORM=offscreen it works too, with Qt's own fonts and no window frame).
Uses a throw-away library and settings, never the user's own.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from shots import OUT, ROOT, settle  # noqa: E402,I001  (first: it sets the environment Qt reads)

from PySide6.QtTest import QTest  # noqa: E402

from evaluator.resources import example_paths  # noqa: E402
from evaluator.ui.app import create_main_window, ensure_app, install_translators  # noqa: E402
from evaluator.ui.settings import AppSettings  # noqa: E402


def save(widget, name: str) -> None:
    settle()
    path = OUT / name
    widget.grab().save(str(path))
    print("wrote", path.relative_to(ROOT))


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    ensure_app()
    settings = AppSettings()
    settings.language_choice = "en"
    window = create_main_window(settings=settings)
    window.resize(1360, 860)
    window.move(20, 20)

    ids = {}
    for path in example_paths():
        ids[Path(path).stem] = window.start_from_example(str(path))
    window.show_library()
    save(window, "library.png")

    window.open_entry(ids["mlm-unilevel-doterra-2017"])
    window.editor.show_page("payout")
    save(window, "editor-results.png")

    window.editor.show_page("costs")
    widget = window.editor.reveal("offer.fees.monthly")
    widget.selectAll()
    QTest.keyClicks(widget, "12,5O")
    save(window, "editor-invalid-value.png")
    window.editor.undo_stack.undo()

    window.open_entry(ids["mlm-binary-starter-pack"])
    window.editor.show_page("simulation")
    window.right_tabs.setCurrentIndex(1)
    view = window.simulation_view
    done = []
    view.simulation_finished.connect(done.append)
    view.run()
    deadline = time.monotonic() + 120
    while not done and time.monotonic() < deadline:
        settle(100)
    save(window, "simulation.png")
    window.right_tabs.setCurrentIndex(0)

    dialog = window.compare([ids["dealer-kitchen-appliance"], ids["affiliate-software"],
                             ids["mlm-binary-starter-pack"], ids["pyramid-scheme"]])
    if dialog is not None:
        dialog.resize(1300, 850)
        save(dialog, "compare.png")
        dialog.close()

    settings.language_choice = "nl"
    install_translators("nl")
    window.set_language("nl")
    window.open_entry(ids["dealer-kitchen-appliance"])
    window.editor.show_page("costs")
    save(window, "editor-dutch.png")
    window.show_library()
    save(window, "library-dutch.png")

    # Dark colours, as a user who chose them (or whose desktop is dark) starts the app.
    settings.language_choice = "en"
    settings.theme = "dark"
    install_translators("en")
    library = window.library
    window.close()
    window.current_id = None
    window = create_main_window(settings=settings, library=library)
    window.resize(1360, 860)
    window.open_entry(ids["pyramid-scheme"])
    window.editor.show_page("costs")
    widget = window.editor.reveal("offer.fees.signup")
    widget.selectAll()
    QTest.keyClicks(widget, "-5")
    save(window, "editor-dark.png")

    window.close()
    window.current_id = None
    settings.theme = ""
    window.library.close()
    sys.stdout.flush()
    os._exit(0)  # skip the interpreter's teardown of live Qt objects


if __name__ == "__main__":
    sys.exit(main())
