"""Screenshots of the editor and library polish (issue 13 item 7) at 1024x768 in Dutch, into
docs/screenshots/ (or the folder given as the first argument).

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_editor_polish.py [folder]
(or under xvfb-run). Uses a throw-away library and settings, never the user's own.
"""

from __future__ import annotations

import sys
from pathlib import Path

from shots import ROOT, settle  # noqa: E402,I001  (first: it sets the environment Qt reads)


from evaluator.resources import example_paths  # noqa: E402
from evaluator.ui.app import create_main_window, ensure_app, install_translators  # noqa: E402
from evaluator.ui.appearance import apply_theme  # noqa: E402
from evaluator.ui.settings import AppSettings  # noqa: E402

OUT = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"


def save(widget, name: str) -> None:
    settle()
    path = OUT / name
    widget.grab().save(str(path))
    print("wrote", path)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    ensure_app()
    settings = AppSettings()
    settings.language_choice = "nl"
    install_translators("nl")
    window = create_main_window(settings=settings)
    window.set_language("nl")
    window.resize(1024, 768)
    window.move(0, 0)
    window.show()

    ids = {}
    for path in example_paths():
        ids[Path(path).stem] = window.start_from_example(str(path))
    window.show_library()
    save(window, "library-1024-nl.png")

    editor = window.editor
    window.open_entry(ids["dealer-kitchen-appliance"])
    editor.show_page("products")
    save(window, "editor-1024-nl-products.png")
    table = editor.table("offer.products")
    table.add_row()
    save(window, "editor-1024-nl-new-product-row.png")
    editor.undo_stack.undo()

    window.open_entry(ids["mlm-unilevel-doterra-2017"])
    editor.show_page("payout")
    combo = editor.plan_editor.box("unilevel").fields["compression"].widget
    editor.stack.currentWidget().ensureWidgetVisible(combo)
    save(window, "editor-1024-nl-compression.png")

    # A problem in a table of another section: the message at the top leads there.
    window.open_entry(ids["mlm-unilevel-doterra-2017"])
    original = editor.state()
    data = editor.state()
    data["offer"]["products"][0]["retail_price"] = "abc"
    editor.apply_state(data)
    editor.show_page("offer")
    save(window, "editor-1024-nl-problem-elsewhere.png")
    editor.apply_state(original)

    apply_theme("dark")
    window.show_library()
    save(window, "library-dark-nl.png")
    apply_theme("light")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
