from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QApplication

from evaluator.core.simulation import SimulationResult
from evaluator.ui import simulation_view as sv
from evaluator.ui.simulation_view import SimulationView

from .samples import DEALER, evaluation



class FakeCancelled(Exception):
    pass


class FakeResult(SimulationResult):
    """A real SimulationResult (the view reads it by attribute) with hand-picked figures."""

    def __init__(self, months):
        pct = {"10": -900.0, "25": -600.0, "50": -450.7, "75": -100.0, "90": 20.0, "99": 5000.0}
        super().__init__(
            months=months, participants_ever=12345, participants_peak=9000, participants_final=8000,
            cohort_net_percentiles=pct, everyone_net_percentiles=dict(pct),
            cohort_share_profitable_percent=7.5, everyone_share_profitable_percent=11.25,
            top1_share_percent=61.0, top10_share_percent=90.0, internal_consumption_percent=72.0,
            recruits_distribution={"0": 0.5, "1": 0.5}, payout_ratio=0.4,
            earnings_by_source={"retail": 0.0, "downline": 0.0, "recruiting": 0.0, "rank": 0.0},
            series={}, elapsed_s=0.25)


def fake_engine(calls, step_s=0.0, fail=False):
    def simulate(ev, *, participants=None, months=None, seed=None, progress=None, cancel=None):
        calls.append({"participants": participants, "months": months, "seed": seed,
                      "thread": threading.current_thread()})
        for m in range(months):
            if cancel():
                raise FakeCancelled()
            if fail and m == 2:
                raise ValueError("market_size must be at least existing_participants")
            time.sleep(step_s)
            progress(m + 1, months)
        return FakeResult(months)
    return simulate


def test_runs_off_the_gui_thread_and_reports(make_view, qtbot):
    calls = []
    view = make_view(simulate=fake_engine(calls))
    view.set_evaluation(evaluation())
    view.participants_spin.setValue(20_000)
    view.months_spin.setValue(12)
    view.seed_spin.setValue(7)
    with qtbot.waitSignal(view.simulation_finished, timeout=10_000) as blocker:
        view.run_button.click()
    assert isinstance(blocker.args[0], FakeResult)
    assert calls[0]["participants"] == 20_000 and calls[0]["months"] == 12 and calls[0]["seed"] == 7
    assert calls[0]["thread"] is not threading.main_thread()
    assert view.progress.value() == view.progress.maximum() == 100
    assert view.results_box.isVisibleTo(view)
    assert view.summary_values["participants"].text() == "12,345 / 9,000 / 8,000"
    # -450.70 is below 1,000, so it keeps its cents: the same text as in the PDF.
    assert view.percentile_cells[("cohort", "50")].text() == "-€450.70"
    assert view.summary_values["top_shares"].text() == "61.0% / 90.0%"
    assert view.summary_values["payout_ratio"].text() == "40.0%"
    assert view.run_button.isEnabled() and not view.cancel_button.isEnabled()


def test_settings_come_from_the_evaluation(make_view):
    view = make_view(simulate=fake_engine([]))
    ev = evaluation()
    view.set_evaluation(ev)
    assert view.participants_spin.value() == ev.simulation.market_size
    assert view.months_spin.value() == ev.assumptions.horizon_months  # months = null -> horizon
    assert view.seed_spin.value() == ev.simulation.seed


def test_cancel_shows_cancelled_and_emits_nothing(make_view, qtbot):
    view = make_view(simulate=fake_engine([], step_s=0.05))
    view.set_evaluation(evaluation())
    view.months_spin.setValue(120)
    emitted = []
    view.simulation_finished.connect(emitted.append)
    view.run()
    assert view.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: view.progress.value() > 0, timeout=3_000)  # part-way, e.g. 41 %
    view.cancel_button.click()
    qtbot.waitUntil(lambda: view.status_label.text() == "Cancelled", timeout=3_000)
    assert emitted == []
    assert not view.is_running and view.run_button.isEnabled()
    assert view.progress.value() == 0  # a stopped run does not look part-done


def test_failure_is_shown_not_raised(make_view, qtbot):
    view = make_view(simulate=fake_engine([], fail=True))
    view.set_evaluation(evaluation())
    view.months_spin.setValue(6)
    view.run()
    qtbot.waitUntil(lambda: not view.is_running, timeout=5_000)
    assert "market_size must be at least" in view.status_label.text()
    assert view.result is None


def test_changed_evaluation_marks_result_stale(make_view, qtbot):
    view = make_view(simulate=fake_engine([]))
    view.set_evaluation(evaluation())
    view.months_spin.setValue(3)
    with qtbot.waitSignal(view.simulation_finished, timeout=10_000):
        view.run()
    assert not view.stale and view.stale_label.isHidden()
    view.set_evaluation(evaluation())  # an equal evaluation: still current
    assert not view.stale
    view.set_evaluation(evaluation(DEALER))
    assert view.stale and not view.stale_label.isHidden()


def test_window_stays_responsive_while_running(make_view, qtbot):
    view = make_view(simulate=fake_engine([], step_s=0.02))
    view.set_evaluation(evaluation())
    view.months_spin.setValue(40)
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    with qtbot.waitSignal(view.simulation_finished, timeout=10_000):
        view.run()
    timer.stop()
    # The event loop kept turning during the ~0.8 s run: many timer ticks, no long gap.
    assert len(ticks) > 20
    gaps = [b - a for a, b in zip(ticks, ticks[1:])]
    assert max(gaps) < 0.5


def test_real_engine_small_run(make_view, qtbot):
    view = make_view()
    view.set_evaluation(evaluation())
    view.participants_spin.setValue(20_000)
    view.months_spin.setValue(12)
    with qtbot.waitSignal(view.simulation_finished, timeout=60_000) as blocker:
        view.run()
    result = blocker.args[0]
    assert result is not None
    data = result.to_json()
    assert 0 < data["participants_ever"] <= 20_000
    assert view.progress.value() == 100
    assert view.summary_values["participants"].text().startswith(f"{data['participants_ever']:,}")


def test_real_engine_cancel_long_run(make_view, qtbot):
    view = make_view()
    ev = evaluation()
    # A network that keeps growing to two million people: about 5 s of work on a laptop.
    ev.simulation.recruit_rate = 0.5
    ev.simulation.existing_participants = 100_000
    view.set_evaluation(ev)
    view.participants_spin.setValue(2_000_000)
    view.months_spin.setValue(120)
    emitted = []
    view.simulation_finished.connect(emitted.append)
    view.run()
    qtbot.waitUntil(lambda: view.progress.value() >= 5, timeout=20_000)
    assert view.is_running
    started = time.perf_counter()
    view.cancel()
    qtbot.waitUntil(lambda: view.status_label.text() == "Cancelled", timeout=5_000)
    assert time.perf_counter() - started < 5
    assert emitted == []


def test_dutch_digit_grouping_in_settings(qtbot):
    view = SimulationView(lang="nl", simulate=fake_engine([]))
    qtbot.addWidget(view)
    view.set_evaluation(evaluation())
    view.participants_spin.setValue(50_000)
    assert view.participants_spin.text() == "50.000"


def test_deleting_the_view_stops_its_run(qtbot):
    calls = []
    view = SimulationView(lang="en", simulate=fake_engine(calls, step_s=0.05))
    view.set_evaluation(evaluation())
    view.months_spin.setValue(120)  # 6 s if left running
    view.run()
    qtbot.waitUntil(lambda: view.progress.value() > 0, timeout=5_000)
    started = time.perf_counter()
    destroyed = []
    view.destroyed.connect(lambda *_: destroyed.append(True))
    view.deleteLater()
    from PySide6.QtCore import QEvent

    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert destroyed
    assert sv.wait_for_workers(5_000)
    assert time.perf_counter() - started < 2


def test_out_of_memory_is_a_clear_message(make_view, qtbot):
    """The core may raise MemoryError for a huge run (issue 15 item 10): say so, do not crash."""
    def simulate(ev, *, progress=None, cancel=None, **kwargs):
        progress(1, 3)
        raise MemoryError()

    view = make_view(simulate=simulate)
    view.set_evaluation(evaluation())
    emitted = []
    view.simulation_finished.connect(emitted.append)
    view.run()
    qtbot.waitUntil(lambda: not view.is_running, timeout=5_000)
    assert "not enough memory" in view.status_label.text()
    assert "participants" in view.status_label.text()  # and what to change
    assert view.result is None and emitted == [] and view.progress.value() == 0
    assert view.run_button.isEnabled()


def test_reset_forgets_the_result_and_ignores_a_stopped_run(make_view, qtbot):
    """Opening another evaluation (issue 15 item 13): no previous counts, no progress left over,
    and a run still going for the previous one never reports into the new one."""
    view = make_view(simulate=fake_engine([], step_s=0.02))
    view.set_evaluation(evaluation())
    view.months_spin.setValue(3)
    with qtbot.waitSignal(view.simulation_finished, timeout=10_000):
        view.run()
    assert view.results_box.isVisibleTo(view) and view.progress.value() == 100
    view.months_spin.setValue(60)
    emitted = []
    view.simulation_finished.connect(emitted.append)
    view.run()
    qtbot.waitUntil(lambda: view.progress.value() > 0, timeout=3_000)
    dealer = evaluation(DEALER)
    view.reset(dealer)
    assert not view.is_running and view.result is None
    assert not view.results_box.isVisibleTo(view)
    assert view.progress.value() == 0 and view.status_label.text() == ""
    assert view.months_spin.value() == dealer.assumptions.horizon_months  # the new offer's settings
    assert sv.wait_for_workers(10_000)
    qtbot.wait(50)  # let any queued report of the stopped run arrive
    assert emitted == [] and view.result is None and view.progress.value() == 0
