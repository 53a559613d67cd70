"""Screenshots (Dutch) of the decision aids into docs/screenshots/: the "Before you join" view,
its tornado chart and the tax block, and the one-page summary and the pitch checklist as PDF
pages (PNG through ``pdftoppm``).

Run on a virtual screen:  xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots_decisions.py
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
from pathlib import Path

from shots import OUT, settle  # noqa: E402,I001  (first: it sets the environment Qt reads)

from PySide6.QtWidgets import QScrollArea  # noqa: E402

from evaluator.core import fileformat  # noqa: E402
from evaluator.core.analysis import analyze  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402
from evaluator.ui.app import ensure_app, install_translators  # noqa: E402

EXAMPLE = "mlm-binary-starter-pack"
DAY = dt.date(2026, 12, 1)


def main() -> None:
    ensure_app()
    install_translators("nl")
    from evaluator.ui.decisions_view import DecisionsView

    path = next(p for p in example_paths() if p.stem == EXAMPLE)
    ev = fileformat.load(path)
    analysis = analyze(ev, "nl")
    scroll = QScrollArea()
    view = DecisionsView()
    scroll.setWidget(view)
    scroll.setWidgetResizable(True)
    scroll.resize(900, 880)
    scroll.show()
    view.set_analysis(ev, analysis, "nl")
    view.render_now()
    view.tornado.draw()
    settle(800)
    view.resize(880, view.sizeHint().height())
    settle()
    view.grab().save(str(OUT / "decisions-nl.png"))
    view.tornado.grab().save(str(OUT / "tornado-nl.png"))
    view.tax_box.grab().save(str(OUT / "tax-block-nl.png"))

    from evaluator.report import PreparedReport

    with tempfile.TemporaryDirectory() as tmp:
        for kind in ("summary", "checklist"):
            pdf = Path(tmp) / f"{kind}.pdf"
            PreparedReport(ev, "nl", today=DAY, kind=kind).write_pdf(pdf)
            subprocess.run(["pdftoppm", "-r", "90", "-png", "-singlefile", str(pdf),
                            str(OUT / f"{kind}-nl")], check=True)
    print("screenshots written to", OUT)


if __name__ == "__main__":
    main()
