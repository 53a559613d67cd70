"""The open evaluation as a controller: ``DocumentSession``.

It owns the state of the one evaluation on screen and everything that happens to it without
the user looking: loading it from the library (or a file), the debounced re-analysis of the last
valid version, the autosave to the library (a conflicting save elsewhere becomes a copy through
``Library.save_or_fork``), the draft that keeps invalid values as typed for crash recovery, and
whether the linked file is behind. It knows nothing of layout or dialogs: the window lays out,
asks the questions and listens to the signals.

The editor is attached with ``attach(editor)`` once it is built; the session only uses its
``state()`` (the document as typed) and ``evaluation`` (the valid Evaluation, or None).

One offer, one verdict (SPEC 9.3): the verdict always includes the population simulation with the
document's own settings and seed, the same run ``analyze`` makes on the command line. An edit is
first analysed without it (the projection's figures are final at once, in a few milliseconds);
the simulation then runs on a worker thread and the analysis is redone with it. Until then
``verdict_pending`` is True and the screens say the verdict is updating, so a verdict that would
still change is never presented as final. The library stores only a final verdict, and printing
or saving first finishes a pending simulation (``flush_analysis``). ``verdict_analysis`` is the same
computation in one call, for the compare view and anything else that needs a document's verdict.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal

from ..core import fileformat
from ..core.model import Evaluation
# a digest of what the simulation reads, and the stored form of a simulation: shared with
# ``library import`` (SPEC 9.3), which stores the same summary without the app
from ..storage.stored_analysis import network_key, summary_to_store

if TYPE_CHECKING:  # the analysis is imported with the first evaluation, not at start-up
    from ..core.analysis import Analysis

log = logging.getLogger(__name__)

ANALYSIS_DELAY_MS = 150
AUTOSAVE_DELAY_MS = 800
DRAFT_DELAY_MS = 400
RETRY_DELAY_MS = 5000
# An edit whose simulation is expected to take at most this long waits for it on the GUI thread
# (idle, the worker runs alone) before the event loop lays out and paints the results: the screen
# is then laid out and painted once, with the final verdict, instead of twice (provisional, then
# final), which costs more than such a simulation. A longer run is not waited for. 150 ms: the
# budget from a key to the final verdict (issue 11); the binary, stairstep and fast-start
# examples' runs take 65-100 ms of CPU alone but 130-145 ms beside a provisional paint, so
# with the earlier 100 ms they were never waited for and their verdict came after 200-250 ms;
# waited for, it comes after 110-135 ms. Keys typed during the wait are handled after it.
SETTLE_MS = 150
KEPT_DRAFTS_SETTING = "ui.kept_drafts"  # entry ids whose draft the user kept on quitting


def analyze_with(evaluation: Evaluation, lang: str, simulation,
                 reuse: "Analysis | None" = None) -> "Analysis":
    """``analyze`` with this simulation result, or (None) the deterministic part only, at once.
    The core's ``analyze`` runs the simulation itself unless told not to (``run_simulation``,
    SPEC 9.3); the app runs it on a worker thread instead and passes the result in. ``reuse``:
    the analysis shown before, whose deterministic part ``analyze`` takes over when it is of the
    same document (the final analysis after the provisional one)."""
    from ..core import analysis as core_analysis

    if simulation is None and _has_run_flag(core_analysis.analyze):
        flags: dict[str, Any] = {"run_simulation": False}  # the keyword arrives with SPEC 9.3
        return core_analysis.analyze(evaluation, lang, None, reuse=reuse, **flags)
    return core_analysis.analyze(evaluation, lang, simulation, reuse=reuse)


_RUN_FLAG: dict[int, bool] = {}


def _has_run_flag(func) -> bool:
    key = id(func)
    if key not in _RUN_FLAG:
        import inspect

        _RUN_FLAG[key] = "run_simulation" in inspect.signature(func).parameters
    return _RUN_FLAG[key]


def verdict_analysis(evaluation: Evaluation, lang: str) -> "tuple[Analysis, Any]":
    """The analysis every screen shows for a document: with its own simulation (settings and
    seed from the document), as ``analyze`` on the command line. Returns (analysis, simulation);
    a simulation that cannot run (too large for memory, bad settings) is left out and logged."""
    simulation = kept_simulation(evaluation)
    if simulation is None:
        simulation, _error = _simulate(evaluation)
        if simulation is not None:
            keep_simulation(evaluation, simulation)
    return analyze_with(evaluation, lang, simulation), simulation


def _simulate(evaluation: Evaluation, cancel=None) -> tuple[Any, str | None]:
    """The document's own simulation, or (None, the reason it could not run)."""
    from ..core.simulation import SimulationCancelled, simulate

    try:
        return simulate(evaluation, cancel=cancel), None
    except SimulationCancelled:
        return None, CANCELLED
    except MemoryError:
        log.warning("the verdict's simulation ran out of memory", exc_info=True)
        return None, "memory"
    except Exception as exc:  # e.g. SimulationSettingsError: too large; the figures still show
        log.warning("the verdict's simulation could not run", exc_info=True)
        return None, str(exc) or type(exc).__name__


CANCELLED = "cancelled"

# Simulations kept by what they read (the offer, the simulation settings, the horizon): undo, redo
# or an edit of an assumption finds the run already made instead of simulating again. The run is
# deterministic (the document's own seed), so a kept one is the one a new run would give.
SIMULATIONS_KEPT = 8
_SIMULATIONS: "OrderedDict[str, Any]" = OrderedDict()


def kept_simulation(ev: Evaluation, key: str | None = None) -> Any:
    """The simulation already made for this document's network, or None."""
    key = key or network_key(ev)
    found = _SIMULATIONS.get(key)
    if found is not None:
        _SIMULATIONS.move_to_end(key)
    return found


def keep_simulation(ev: Evaluation, result: Any, key: str | None = None) -> None:
    _SIMULATIONS[key or network_key(ev)] = result
    while len(_SIMULATIONS) > SIMULATIONS_KEPT:
        _SIMULATIONS.popitem(last=False)


def stored_summary(data: dict | None, ev: Evaluation) -> Any:
    """The library's stored simulation summary as a ``SimulationSummary`` when it was made for
    this document's network (its ``network`` digest matches), else None (stale, unreadable)."""
    if not isinstance(data, dict) or data.get("network") != network_key(ev):
        return None
    from ..core.analysis import SimulationSummary

    try:
        return SimulationSummary.from_json(data)
    except (KeyError, TypeError, ValueError):
        log.warning("a stored simulation summary could not be read; simulating again", exc_info=True)
        return None


class _VerdictSignals(QObject):
    done = Signal(int, object, object)  # token, simulation or None, error or None


class _VerdictJob(QRunnable):
    """The document's simulation for the verdict, on a worker thread. Besides the ``done``
    signal, the outcome is kept on the job (``result``, ``error``, ``cpu_s``) and ``finished`` is
    set, so the GUI thread may wait a moment for a run it expects to be quick (``settle``)."""

    def __init__(self, evaluation: Evaluation, token: int, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)  # released on the GUI thread (see simulation_view's note)
        self.signals = _VerdictSignals()
        self.evaluation = evaluation
        self.token = token
        self.cancel = cancel
        self.finished = threading.Event()
        self.result: Any = None
        self.error: str | None = None
        self.cpu_s: float | None = None  # the run's own CPU time (its thread's)

    def run(self) -> None:
        start = time.thread_time()
        result, error = _simulate(self.evaluation, cancel=self.cancel.is_set)
        if self.cancel.is_set():
            result, error = None, CANCELLED
        self.result, self.error, self.cpu_s = result, error, time.thread_time() - start
        self.finished.set()
        self.signals.done.emit(self.token, result, error)


_VERDICT_POOL: QThreadPool | None = None
_VERDICT_JOBS: list[_VerdictJob] = []  # kept until the pool is idle, freed on the GUI thread
_VERDICT_EVENTS: set[threading.Event] = set()


def _verdict_pool() -> QThreadPool:
    global _VERDICT_POOL
    if _VERDICT_POOL is None:
        _VERDICT_POOL = QThreadPool()
        _VERDICT_POOL.setMaxThreadCount(1)  # one at a time: a newer edit cancels the older run
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(lambda: wait_for_verdicts(10_000, cancel=True))
    return _VERDICT_POOL


def wait_for_verdicts(timeout_ms: int = 30_000, cancel: bool = False) -> bool:
    """Block until every verdict simulation has ended (tests, quitting)."""
    if cancel:
        for event in list(_VERDICT_EVENTS):
            event.set()
    done = _verdict_pool().waitForDone(timeout_ms)
    if done:
        _VERDICT_JOBS.clear()
    return done


class EditorState(Protocol):
    evaluation: Evaluation | None

    def state(self) -> dict: ...


class DocumentSession(QObject):
    """One open evaluation. ``library``: an open ``evaluator.storage.library.Library``."""

    #: an evaluation was loaded: (its data for the editor, the Evaluation)
    opened = Signal(object, object)
    #: a new analysis: (evaluation, analysis, simulation or None)
    analysed = Signal(object, object, object)
    #: saved, modified or renamed: what the title shows may have changed
    status_changed = Signal()
    #: our version was stored as a copy because the entry changed elsewhere: (our name, copy id)
    forked = Signal(str, int)
    #: the library could not store the changes yet (locked, I/O): the message; it retries
    trouble = Signal(str)

    def __init__(self, library, lang: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.lang = lang
        self.editor: EditorState | None = None
        self.current_id: int | None = None
        self.current_file: str | None = None
        self.last_valid: Evaluation | None = None
        self.analysis: "Analysis | None" = None
        self.simulation = None
        self._simulated_for: Evaluation | None = None
        self.simulation_error: str | None = None  # why the document's simulation could not run
        self._failed_for: Evaluation | None = None
        self._pending_for: Evaluation | None = None  # the document being simulated for the verdict
        self._filling = False  # the run under way only fills the charts: the verdict is stored
        self._job_to_start: _VerdictJob | None = None  # started once the edit's figures are shown
        self._running: _VerdictJob | None = None  # the run started last
        self._last_run_s: float | None = None  # CPU seconds of the last verdict simulation
        # The summary stored with the library entry (SPEC 9.3), for the network it describes.
        self._stored: Any = None
        self._stored_for: Evaluation | None = None
        self._token = 0
        self._cancel: threading.Event | None = None
        self._baseline: dict | None = None  # what the linked file (or the library) holds
        self._saved_to_library: Evaluation | None = None
        self._loaded_updated: str | None = None  # the entry's `updated` when we last read or wrote it
        self._stored_verdict: str | None = None

        self.analysis_timer = QTimer(self, singleShot=True, interval=ANALYSIS_DELAY_MS)
        self.analysis_timer.timeout.connect(self.run_analysis)
        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self.autosave_timer.timeout.connect(self._autosave_tick)
        self.draft_timer = QTimer(self, singleShot=True, interval=DRAFT_DELAY_MS)
        self.draft_timer.timeout.connect(self.save_draft)

    def attach(self, editor: EditorState) -> None:
        self.editor = editor

    # ------------------------------------------------------------------ loading

    def open(self, entry_id: int) -> Evaluation:
        """Load a library entry (pending changes of the previous one are written first).

        Raises LookupError or ``fileformat.EvaluationFileError`` if it cannot be read; the
        previous evaluation then stays open."""
        self.flush()
        ev = self.library.get(entry_id)
        entry = self.library.entry(entry_id)
        self.analysis_timer.stop()
        self.autosave_timer.stop()
        self.draft_timer.stop()
        self.current_id = entry_id
        self.current_file = entry.file_path
        self._loaded_updated = entry.updated
        self._stored_verdict = entry.verdict
        self._forget_simulation()
        self._last_run_s = None  # another document: its runs take their own time
        # The verdict's simulation stored with the entry: the verdict is final at once, without
        # simulating again (a stale or unreadable one is ignored).
        self._stored = stored_summary(self.library.simulation(entry_id), ev)
        self._stored_for = ev if self._stored is not None else None
        self.analysis = None
        self.last_valid = ev
        self._saved_to_library = ev
        data = fileformat.to_data(ev)
        self._baseline = data
        if self.current_file:
            try:
                self._baseline = fileformat.to_data(fileformat.load(self.current_file))
            except fileformat.EvaluationFileError:
                log.info("linked file %s cannot be read; the library copy is used", self.current_file,
                         exc_info=True)
        self.opened.emit(data, ev)
        self.run_analysis(settle=False)  # a new document: its figures at once, the verdict after
        self.status_changed.emit()
        return ev

    def open_file(self, path: str) -> int:
        """Add an evaluation file to the library (or find its entry, updated to the file) and open
        it; returns the entry id. Raises ``fileformat.EvaluationFileError`` for a bad file."""
        path = str(Path(path).expanduser().resolve())
        ev = fileformat.load(path)
        self.flush()
        entry_id = self.library.find_by_file(path)
        if entry_id is None:
            entry_id = self.library.add(ev, file_path=path)
        elif self.library.get(entry_id) != ev:
            self.library.update(entry_id, ev)
        self.open(entry_id)
        return entry_id

    def add_and_open(self, ev: Evaluation) -> int:
        """Store a new entry (not linked to a file) and open it."""
        self.flush()
        entry_id = self.library.add(ev)
        self.open(entry_id)
        return entry_id

    def close_document(self, flush: bool = True) -> None:
        """Forget the open evaluation (quitting, tests), after writing what is pending unless
        ``flush`` is False (the window has flushed and the user has decided about a draft)."""
        if flush:
            self.flush()
        self.analysis_timer.stop()
        self.autosave_timer.stop()
        self.draft_timer.stop()
        self._forget_simulation()
        self.current_id = None

    # ------------------------------------------------------------------ editing and analysis

    def edited(self, data, evaluation: Evaluation | None, problems) -> None:
        """The editor changed: analyse and autosave a valid state, keep an invalid one as a draft.

        An invalid state goes back to the editor's ``committed`` document (the last valid one from
        before the edit under way began) where the editor has one: a keystroke on the way to an
        out-of-range value (the ``2`` of ``25``) was valid and may already be analysed or even
        autosaved, but it is not what the user entered, so the results, the library and a
        "Discard" on quitting get the value from before the edit again."""
        if self.current_id is None:
            return
        if evaluation is not None:
            self.last_valid = evaluation
            self.analysis_timer.start()
            self.autosave_timer.start()
            self.draft_timer.stop()
        else:
            committed = getattr(self.editor, "committed", None)
            if committed is not None and committed is not self.last_valid:
                self.last_valid = committed
                self.analysis_timer.start()
                self.autosave_timer.start()
            self.draft_timer.start()
        self.status_changed.emit()

    def run_analysis(self, settle: bool = True) -> None:
        """Analyse the last valid evaluation (the debounce timer calls this): with its simulation
        when that is known (this session's, one kept for the same network, or the one stored with
        the library entry), else at once without it while the simulation runs (``verdict_pending``).
        A new run starts only after the figures are shown, and cancels a stale one first, so it
        never competes with the keystroke's own analysis. ``settle``: when the last run took at
        most ``SETTLE_MS``, wait that long for this one before returning (see ``SETTLE_MS``)."""
        self.analysis_timer.stop()
        ev = self.last_valid
        if ev is None:
            return
        simulation = None  # what the analysis uses
        shown = None  # what the screens get: a full result (a stored summary has no series)
        stored_ok = self._stored is not None and self._stored_for is not None and same_network(
            self._stored_for, ev)
        if self.simulation is not None and self._simulated_for is not None and same_network(
                self._simulated_for, ev):
            simulation = shown = self.simulation
        elif (kept := kept_simulation(ev)) is not None:
            self._cancel_simulation()
            self.simulation, self._simulated_for = kept, ev
            self.simulation_error = None
            self._failed_for = None
            simulation = shown = kept
        elif not (self._failed_for is not None and same_network(self._failed_for, ev)):
            # The simulation no longer describes this offer: run the new one off the GUI thread.
            self.simulation = None
            self._simulated_for = None
            self.simulation_error = None
            self._failed_for = None
            if stored_ok:  # the verdict rests on the stored summary; a run fills the charts
                simulation = self._stored
            self._prepare_simulation(ev, filling=stored_ok)
        elif stored_ok:
            simulation = self._stored
        self.analysis = analyze_with(ev, self.lang, simulation,  # the core: with the first evaluation
                                     reuse=self.analysis)
        self.analysed.emit(ev, self.analysis, shown)
        # The library write (an SQLite commit) after the screens have the results, not before.
        if not self.verdict_pending and self.current_id is not None:
            if shown is not None and not stored_ok:
                self._store_simulation(ev, shown)
            level = self.verdict_level()
            if level and level != self._stored_verdict and self.current_id is not None:
                self._store_verdict()
        job = self._launch()
        if job is not None and settle and self._last_run_s is not None and (
                self._last_run_s * 1000 <= SETTLE_MS) and job.finished.wait(SETTLE_MS / 1000):
            self._on_simulated(job.token, job.result, job.error)  # its queued report is then ignored

    @property
    def verdict_pending(self) -> bool:
        """True while the document's simulation runs: the verdict shown may still change."""
        return self._pending_for is not None and not self._filling

    def flush_analysis(self) -> None:
        """Run a pending analysis now and finish a pending simulation here (before printing,
        saving): what is printed or stored is the final verdict."""
        if self.analysis_timer.isActive():
            self.run_analysis()
        if self.verdict_pending:
            ev = self._pending_for
            assert ev is not None
            self._cancel_simulation()
            result, error = _simulate(ev)
            self._simulation_done(ev, result, error)

    def _prepare_simulation(self, ev: Evaluation, filling: bool = False) -> None:
        """Make the run for ``ev`` (``_launch`` starts it); ``filling``: the verdict is known from
        the stored summary, the run only brings the full result for the charts."""
        if self._pending_for is not None and same_network(self._pending_for, ev):
            self._pending_for = ev
            return  # the run under way already describes this offer
        self._cancel_simulation()
        self._token += 1
        self._cancel = threading.Event()
        self._pending_for = ev
        self._filling = filling
        job = _VerdictJob(ev, self._token, self._cancel)
        job.signals.done.connect(self._on_simulated, Qt.ConnectionType.QueuedConnection)
        _VERDICT_EVENTS.add(self._cancel)
        self._job_to_start = job

    def _launch(self) -> "_VerdictJob | None":
        """Start the prepared run; returns it (None when there is none)."""
        job, self._job_to_start = self._job_to_start, None
        if job is None or job.cancel.is_set():
            return None
        pool = _verdict_pool()
        if pool.activeThreadCount() == 0:
            _VERDICT_JOBS.clear()
        _VERDICT_JOBS.append(job)
        self._running = job
        pool.start(job)
        return job

    def _start_simulation(self, ev: Evaluation) -> None:
        self._prepare_simulation(ev)
        self._launch()

    def _cancel_simulation(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            _VERDICT_EVENTS.discard(self._cancel)
        self._cancel = None
        self._token += 1  # a late report of the cancelled run is ignored
        self._pending_for = None
        self._filling = False
        self._job_to_start = None

    def _forget_simulation(self) -> None:
        self._cancel_simulation()
        self._stored = None
        self._stored_for = None
        self.simulation = None
        self._simulated_for = None
        self.simulation_error = None
        self._failed_for = None

    def _on_simulated(self, token: int, result, error) -> None:
        if token != self._token or self._pending_for is None:
            return  # a run for an older version of the document
        if self._cancel is not None:
            _VERDICT_EVENTS.discard(self._cancel)
        job = self._running
        if job is not None and job.token == token and result is not None and job.cpu_s is not None:
            self._last_run_s = job.cpu_s
        self._simulation_done(self._pending_for, result, error)

    def _simulation_done(self, ev: Evaluation, result, error) -> None:
        self._pending_for = None
        self._cancel = None
        self._filling = False
        if result is not None:
            self.simulation, self._simulated_for = result, ev
            keep_simulation(ev, result)
        else:
            self.simulation_error, self._failed_for = error, ev
        if self.last_valid is not None and self.current_id is not None:
            self.run_analysis()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.last_valid is not None:
            self.run_analysis()

    def verdict_level(self) -> str | None:
        verdict = getattr(self.analysis, "verdict", None)
        return getattr(verdict, "level", None)

    def _store_simulation(self, ev: Evaluation, result) -> None:
        """Store the summary of ``ev``'s simulation with the library entry when the entry holds a
        document of the same network (SPEC 9.3: every screen, after a restart too, shows the
        verdict with it); the verdict goes with it when the entry holds ``ev`` itself."""
        saved = self._saved_to_library
        if self.current_id is None or saved is None or not same_network(saved, ev):
            return
        verdict = self.verdict_level() if saved == ev else None
        try:
            if self.library.set_simulation(self.current_id, summary_to_store(saved, result), saved,
                                           verdict=verdict):
                from ..core.analysis import SimulationSummary

                self._stored, self._stored_for = SimulationSummary.of(result), saved
                if verdict is not None:
                    self._stored_verdict = verdict
        except (LookupError, ValueError, sqlite3.Error):
            log.warning("could not store the simulation of entry %s", self.current_id, exc_info=True)

    def _store_verdict(self) -> None:
        level = self.verdict_level()
        if self.current_id is not None and level:
            try:
                self.library.set_verdict(self.current_id, level)
                self._stored_verdict = level
            except (LookupError, ValueError):
                log.warning("could not store the verdict of entry %s", self.current_id, exc_info=True)

    # ------------------------------------------------------------------ autosave and drafts

    def _autosave_tick(self) -> None:
        """The autosave timer: wait for a running verdict simulation rather than redo it on the
        GUI thread (explicit flushes, such as switching or quitting, do not wait)."""
        if self.verdict_pending:
            self.autosave_timer.start(AUTOSAVE_DELAY_MS // 4)
            return
        self.autosave()

    def autosave(self) -> None:
        """Store the last valid evaluation in the library; drop the draft once it is stored."""
        self.autosave_timer.stop()
        if self.current_id is None or self.last_valid is None:
            return
        self.flush_analysis()
        ev = self.last_valid
        if ev != self._saved_to_library:
            verdict = self.verdict_level()
            try:
                # Another window or process may have saved this entry since we read it: then ours
                # is stored as a conflicting copy and neither side's changes are lost.
                summary = self._summary_for(ev)
                result = self.library.save_or_fork(self.current_id, ev, self._loaded_updated,
                                                   verdict=verdict, lang=self.lang,
                                                   simulation=summary)
            except LookupError:
                log.warning("entry %s is gone; its changes stay in the editor", self.current_id)
                return
            except sqlite3.Error as exc:  # e.g. locked by another process for too long: retry
                log.warning("autosave of entry %s failed; retrying", self.current_id, exc_info=True)
                self.trouble.emit(str(exc))
                self.autosave_timer.start(RETRY_DELAY_MS)
                return
            self._loaded_updated = result.updated
            self._stored_verdict = verdict
            self._saved_to_library = ev
            if summary is not None:
                from ..core.analysis import SimulationSummary

                self._stored, self._stored_for = SimulationSummary.from_json(summary), ev
            else:
                self._stored, self._stored_for = None, None
            if result.forked:
                log.info("entry %s changed elsewhere; ours was saved as copy %s", self.current_id, result.id)
                old_name = ev.offer.name
                self.current_id = None  # nothing left to flush: our version is stored in the copy
                self.open(result.id)
                self.forked.emit(old_name, result.id)
                return
            if not self.current_file:
                self._baseline = fileformat.to_data(ev)
        if self.editor is not None and self.editor.evaluation is not None:
            self.discard_draft()
        self.status_changed.emit()

    def _summary_for(self, ev: Evaluation) -> dict[str, Any] | None:
        """The simulation summary to store with ``ev``: its own run, or the stored one when
        that describes ``ev``'s network; None when there is none (the old one is then cleared)."""
        if self.simulation is not None and self._simulated_for is not None and same_network(
                self._simulated_for, ev):
            return summary_to_store(ev, self.simulation)
        if self._stored is not None and self._stored_for is not None and same_network(
                self._stored_for, ev):
            return summary_to_store(ev, self._stored)
        return None

    def save_draft(self) -> None:
        """Keep the editor's state (invalid values as typed) for crash recovery."""
        self.draft_timer.stop()
        if self.current_id is None or self.editor is None or self.editor.evaluation is not None:
            return
        try:
            self.library.save_draft(self.current_id, self.editor.state())
        except LookupError:
            log.warning("entry %s is gone; no draft kept", self.current_id)
        except sqlite3.Error as exc:
            log.warning("draft of entry %s not stored; retrying", self.current_id, exc_info=True)
            self.trouble.emit(str(exc))
            self.draft_timer.start(RETRY_DELAY_MS)

    def discard_draft(self) -> None:
        if self.current_id is None:
            return
        self.library.discard_draft(self.current_id)
        self._forget_kept(self.current_id)

    def flush(self) -> None:
        """Write pending autosaves and drafts now (before switching, closing, quitting)."""
        if self.current_id is None:
            return
        self.flush_analysis()
        self.autosave()
        if self.editor is not None and self.editor.evaluation is None:
            self.save_draft()

    def has_invalid_values(self) -> bool:
        return self.current_id is not None and self.editor is not None and self.editor.evaluation is None

    def keep_draft_on_quit(self) -> None:
        """The user quits with invalid values and keeps them: store the draft and remember that it
        was kept on purpose (the next start then does not call it a crash)."""
        self.save_draft()
        kept = self.kept_drafts()
        if self.current_id is not None and self.current_id not in kept:
            self.library.set_setting(KEPT_DRAFTS_SETTING, sorted(kept | {self.current_id}))

    def kept_drafts(self) -> set[int]:
        value = self.library.get_setting(KEPT_DRAFTS_SETTING, [])
        return {int(i) for i in value} if isinstance(value, list) else set()

    def _forget_kept(self, entry_id: int) -> None:
        kept = self.kept_drafts()
        if entry_id in kept:
            self.library.set_setting(KEPT_DRAFTS_SETTING, sorted(kept - {entry_id}))

    def forget_draft(self, entry_id: int) -> None:
        """Drop an entry's draft (declined at start-up, or unreadable)."""
        self.library.discard_draft(entry_id)
        self._forget_kept(entry_id)

    # ------------------------------------------------------------------ the linked file

    def is_modified(self) -> bool:
        """Whether the editor differs from what the linked file (or the library) holds."""
        if self.current_id is None or self._baseline is None or self.editor is None:
            return False
        equals = getattr(self.editor, "state_equals", None)  # the form compares without a copy
        if equals is not None:
            return not equals(self._baseline)
        return self.editor.state() != self._baseline

    def file_written(self, path: str, ev: Evaluation) -> None:
        """``ev`` was just written to ``path`` (Save): the library follows, the file is current."""
        self.last_valid = ev
        self.autosave()
        self._baseline = fileformat.to_data(ev)
        self.status_changed.emit()

    def link_file(self, path: str) -> None:
        """The entry is linked to this file from now on (Save As)."""
        self.current_file = str(Path(path).resolve())
        self.library.set_file_path(self.current_id, self.current_file)
        self._loaded_updated = self.library.entry(self.current_id).updated


def same_network(a: Evaluation, b: Evaluation) -> bool:
    """Whether a simulation of ``a`` still describes ``b`` (only the offer and settings matter)."""
    return a.offer == b.offer and a.simulation == b.simulation and (
        a.assumptions.horizon_months == b.assumptions.horizon_months)


__all__ = ["DocumentSession", "analyze_with", "kept_simulation", "network_key", "same_network",
           "verdict_analysis", "wait_for_verdicts"]
