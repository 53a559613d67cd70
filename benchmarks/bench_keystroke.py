"""Keystroke to updated results, in the real window (SPEC 9.3, issue 11's speed targets).

For each bundled example a digit is typed into the monthly fee, then the time is taken:
- to the updated deterministic results on screen (the editor reads and validates the form, the
  core analyses without the simulation, the results panel and the visible chart update):
  target <= 20 ms;
- to the results including the document's default simulation (run on the worker thread, then
  the analysis with it shown as the final verdict): target <= 150 ms;
- and, apart, to the visible chart redrawn with the final results (matplotlib; no target).
The debounce (``session.ANALYSIS_DELAY_MS``, a deliberate pause while the user types) is left
out: the timer is fired at once. Figures are medians (and the worst) over several keystrokes;
CPU seconds of the GUI thread are printed beside them, since a busy machine stretches wall time.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HOME = Path(tempfile.mkdtemp(prefix="bench-keystroke-"))
os.environ["XDG_DATA_HOME"] = str(HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(HOME / "config")
os.environ["XDG_STATE_HOME"] = str(HOME / "state")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from evaluator.resources import example_paths  # noqa: E402
from evaluator.ui.app import create_main_window  # noqa: E402
from evaluator.ui.settings import AppSettings  # noqa: E402

KEYSTROKES = 12
FIELD = "offer.fees.monthly"


def _wait_final(window, timeout_s: float = 30.0) -> None:
    end = time.monotonic() + timeout_s
    while window.session.verdict_pending and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.0005)


def main() -> None:
    app = QApplication.instance() or QApplication([])
    settings = AppSettings()
    settings.language_choice = "nl"
    window = create_main_window(settings=settings)
    window.resize(1400, 900)
    window.show()
    panel = window.results_panel
    marks: dict[str, float] = {}

    def figures_shown() -> None:
        key = "final" if not window.session.verdict_pending else "preview"
        marks.setdefault(key, time.perf_counter())

    panel.figures_shown.connect(figures_shown)
    panel.results_shown.connect(lambda: marks.setdefault("charts", time.perf_counter())
                                if not window.session.verdict_pending else None)
    print(f"{'example':28} {'figures ms':>16} {'with simulation ms':>20} {'chart ms':>10}"
          f" {'GUI CPU ms':>11}")
    print(f"{'':28} {'median / max':>16} {'median / max':>20} {'median':>10} {'median':>11}")
    for path in example_paths():
        window.start_from_example(str(path))
        _wait_final(window)
        app.processEvents()
        widget = window.editor.reveal(FIELD)
        widget.selectAll()
        QTest.keyClicks(widget, "1")
        window.session.run_analysis()
        _wait_final(window)
        app.processEvents()
        det, full, chart, cpu = [], [], [], []
        for i in range(KEYSTROKES):
            marks.clear()
            c0 = time.process_time()
            t0 = time.perf_counter()
            QTest.keyClick(widget, Qt.Key.Key_0 + (i % 9) + 1)
            window.session.analysis_timer.stop()
            window.session.run_analysis()  # the debounce fired at once
            _wait_final(window)
            app.processEvents()
            cpu.append((time.process_time() - c0) * 1000)
            det.append((marks.get("preview", marks.get("final", t0)) - t0) * 1000)
            full.append((marks.get("final", t0) - t0) * 1000)
            chart.append((marks.get("charts", t0) - marks.get("final", t0)) * 1000)
            QTest.keyClick(widget, Qt.Key.Key_Backspace)
            window.session.analysis_timer.stop()
            window.session.run_analysis()
            _wait_final(window)
            app.processEvents()
        print(f"{path.stem:28} {statistics.median(det):>7.1f} / {max(det):>6.1f}"
              f" {statistics.median(full):>10.1f} / {max(full):>7.1f} {statistics.median(chart):>10.1f}"
              f" {statistics.median(cpu):>11.1f}")
    print("targets: deterministic <= 20 ms, with the default simulation <= 150 ms")
    window.session.close_document()
    window.close()


if __name__ == "__main__":
    main()
