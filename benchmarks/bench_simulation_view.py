"""Responsiveness of the result widgets.

Prints:
- how long ResultsPanel.set_analysis takes (widgets only, and with the visible chart drawn);
- how long the first chart draw takes (matplotlib imported then, not at start-up);
- the longest gap in the GUI event loop while SimulationView runs a simulation of 1,000,000
  participants over 36 months on its worker thread (a responsive window keeps this small).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from evaluator.core import fileformat  # noqa: E402
from evaluator.core.analysis import analyze  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402
from evaluator.ui.results_panel import ResultsPanel  # noqa: E402
from evaluator.ui.simulation_view import SimulationView, wait_for_workers  # noqa: E402

MLM = {
    "format": "opportunity-evaluation", "version": 1,
    "offer": {"name": "Bench MLM", "kind": "mlm",
              "fees": {"signup": 49, "starter_kit": 199, "monthly": 19.95},
              "products": [{"name": "Serum", "wholesale_price": 40, "retail_price": 60}],
              "requirements": {"monthly_volume": 100, "autoship_required": True},
              "payout": {"plan": "unilevel", "levels": [10, 5, 5, 3, 2, 2, 1], "recruit_bonus": 25}},
    "assumptions": {"horizon_months": 36, "hours_per_week": 8, "new_customers_per_month": 1,
                    "customer_monthly_spend": 60, "recruits_per_month": 0.5,
                    "downline_recruits_per_member_per_month": 0.2},
    # A network that grows to the whole market of a million people within the 36 months.
    "simulation": {"market_size": 1_000_000, "recruit_rate": 0.3},
}


def main() -> None:
    app = QApplication.instance() or QApplication([])
    examples = [fileformat.load(p) for p in example_paths()] or [fileformat.from_data(MLM)]
    ev = examples[0]

    panel = ResultsPanel(lang="nl")
    panel.resize(800, 900)
    analyses = [analyze(e, "nl") for e in examples]
    t0 = time.perf_counter()
    panel.set_analysis(ev, analyses[0])  # hidden: no chart drawn
    widgets_ms = (time.perf_counter() - t0) * 1000
    panel.show()
    app.processEvents()
    t0 = time.perf_counter()
    panel.canvases["cumulative"].draw()
    app.processEvents()
    first_draw_ms = (time.perf_counter() - t0) * 1000
    times = []
    for i in range(20):
        e = examples[i % len(examples)]
        a = analyze(e, "nl")
        t0 = time.perf_counter()
        panel.set_analysis(e, a)
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    print(f"results panel set_analysis, hidden (widgets only): {widgets_ms:.1f} ms")
    print(f"first chart draw (imports matplotlib):            {first_draw_ms:.0f} ms")
    print(f"set_analysis + visible chart redraw, median of 20: {statistics.median(times):.1f} ms "
          f"(max {max(times):.1f} ms)")

    view = SimulationView(lang="nl")
    sim_ev = fileformat.from_data(MLM)
    view.set_evaluation(sim_ev)
    view.participants_spin.setValue(1_000_000)
    view.months_spin.setValue(36)
    view.show()
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(5)
    done = []
    view.simulation_finished.connect(done.append)
    t0 = time.perf_counter()
    view.run()
    while not done and time.perf_counter() - t0 < 120:
        app.processEvents()
        time.sleep(0.001)
    wall = time.perf_counter() - t0
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:])] or [wall]
    engine = done[0].to_json()["elapsed_s"] if done else float("nan")
    print(f"simulation 1,000,000 participants x 36 months: engine {engine:.2f} s, wall {wall:.2f} s")
    print(f"GUI event loop during the run: {len(ticks)} ticks of a 5 ms timer, longest gap "
          f"{max(gaps) * 1000:.0f} ms, median gap {statistics.median(gaps) * 1000:.1f} ms")
    wait_for_workers()


if __name__ == "__main__":
    main()
