"""The population simulation: the document's own simulation (the one the verdict uses), its
settings, and a separate exploratory run with Run/Cancel, progress and the outcome summary.

One set of settings (SPEC 9.3): the boxes under "This evaluation's simulation" are the document's
``simulation`` settings; editing them emits ``settings_edited(path, value)`` and the window puts
the value into the editor as an ordinary undoable edit; the session then re-runs the verdict's
simulation (``show_document_simulation`` shows it). The exploratory run below takes its own
participants, months and seed, is labelled as not changing the verdict, and never reaches the
session: its result is only shown here.

The engine (``evaluator.core.simulation.simulate``) runs on a worker thread from a thread pool;
progress comes back to the GUI thread through a queued signal, and Cancel sets a
``threading.Event`` that the engine polls through its ``cancel`` callable. The window stays
responsive throughout, and a failure is shown in the view instead of ending the app.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox, QApplication, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QProgressBar, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from ..core.error_text import settings_error
from ..core.model import SimulationSettings, field_info
from . import format as fmt
from .chart_canvas import ChartCanvas
from .wheel_guard import guard_children
from .widgets import ErrorLabel, heading_label, lazy_charts, plain_label, scrolling_column, set_invalid

if TYPE_CHECKING:  # pragma: no cover - numpy loads with the first simulation
    from ..core.simulation import SimulationResult

log = logging.getLogger(__name__)

PERCENTILES = ("10", "25", "50", "75", "90", "99")
PROGRESS_STEPS = 100


def participant_limit() -> int:
    """The most participants the core's simulation handles (imported when the view is built:
    the simulation module brings numpy, which the start screen does without)."""
    from ..core.simulation import MAX_PARTICIPANTS

    return MAX_PARTICIPANTS


def _model_maximum(name: str) -> int:
    """The upper limit the model (and so the file format) allows for a simulation setting."""
    extra = SimulationSettings.model_fields[name].json_schema_extra
    assert isinstance(extra, dict)
    return int(extra["maximum"])  # type: ignore[arg-type]


class WholeNumberBox(QAbstractSpinBox):
    """A spin box for whole numbers of any size (QSpinBox stops at 2^31 - 1): the simulation's
    seed runs to 2^63 - 1 in the model, and a file's seed must run unchanged in the app. Shown
    as plain digits: a seed names a run, it is not an amount, so it is never grouped.

    ``keep_out_of_range``: a number typed beyond the range stays as typed (QSpinBox swallows the
    digit that takes it beyond the maximum, so 300000000 silently became 3,000,000), and
    ``out_of_range()`` says so; ``value()`` stays the last number in range, never a keystroke on
    the way (the 3000000 of 300000000). Otherwise such a text goes back to the value when the
    editing is finished."""

    valueChanged = Signal(object)  # a Python int: Signal(int) would cut it to 32 bits
    rangeStateChanged = Signal()  # the text went out of range, or back in

    def __init__(self, parent: QWidget | None = None, minimum: int = 0, maximum: int = 2**63 - 1,
                 keep_out_of_range: bool = False) -> None:
        super().__init__(parent)
        self._minimum, self._maximum = minimum, maximum
        self._value = minimum
        self._step = 1
        self._keep = keep_out_of_range
        self._typed: int | None = None  # the number typed when it lies outside the range
        self._before_typing: int | None = None  # the value when the typing began
        self._group = ""  # the digit-group separator shown ("" for a seed: it names a run)
        self.lineEdit().setText(str(minimum))
        self.lineEdit().textEdited.connect(self._text_edited)
        self.editingFinished.connect(self._finished)

    def _finished(self) -> None:
        self._before_typing = None
        if self._typed is None:  # in range (or empty): the value in the box's own notation
            self.lineEdit().setText(self._text(self._value))

    def out_of_range(self) -> int | None:
        """The number typed when it lies outside the range (kept as typed), else None."""
        return self._typed

    def setSingleStep(self, step: int) -> None:  # noqa: N802 (Qt's name)
        self._step = max(1, int(step))

    def setMinimum(self, minimum: int) -> None:  # noqa: N802 (Qt's name)
        self.setRange(minimum, max(minimum, self._maximum))

    def set_group_separator(self, separator: str) -> None:
        """Group digits as the other boxes do (1.000.000 in Dutch, 1,000,000 in English)."""
        self._group = separator
        self.lineEdit().setText(self._text(self._value))

    def _text(self, value: int) -> str:
        return f"{value:,}".replace(",", self._group) if self._group else str(value)

    def _digits(self, text: str) -> str:
        s = text.strip()
        for sep in (self._group, ".", ",", " ", "\u00a0") if self._group else ():
            if sep:
                s = s.replace(sep, "")
        return s

    def minimum(self) -> int:
        return self._minimum

    def maximum(self) -> int:
        return self._maximum

    def setRange(self, minimum: int, maximum: int) -> None:  # noqa: N802 (Qt's name)
        self._minimum, self._maximum = minimum, maximum
        self.setValue(self._value)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:  # noqa: N802 (Qt's name)
        value = min(max(int(value), self._minimum), self._maximum)
        self.lineEdit().setText(self._text(value))
        self._set_typed(None)
        self._before_typing = None
        if value != self._value:
            self._value = value
            self.valueChanged.emit(value)

    def _set_typed(self, typed: int | None) -> None:
        if typed != self._typed:
            self._typed = typed
            self.rangeStateChanged.emit()

    def _text_edited(self, text: str) -> None:
        state = self.validate(text, 0)[0]
        if self._keep and self._before_typing is None:
            self._before_typing = self._value
        if state == QValidator.State.Acceptable:
            self._set_typed(None)
            value = int(self._digits(text))
            if value != self._value:
                self._value = value
                self.valueChanged.emit(value)
        elif self._keep:
            digits = self._digits(text)
            self._set_typed(int(digits) if digits.isdigit() else None)
            if self._typed is not None and self._before_typing is not None \
                    and self._value != self._before_typing:
                # out of range: the value goes back to what it was before the typing began,
                # not the keystroke on the way (the 3000000 of 300000000)
                self._value = self._before_typing
                self.valueChanged.emit(self._value)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # type: ignore[override]
        s = self._digits(text)
        if not s:
            return QValidator.State.Intermediate, text, pos
        if not s.isdigit():
            return QValidator.State.Invalid, text, pos
        value = int(s)
        if value > self._maximum:
            return (QValidator.State.Intermediate if self._keep else QValidator.State.Invalid), text, pos
        if value < self._minimum:
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def fixup(self, text: str) -> str:
        return text if self._typed is not None else self._text(self._value)

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt's name)
        self.setValue(self._value + steps * self._step)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802 (Qt's name)
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self._value > self._minimum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self._value < self._maximum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags

def _whole(value: int, lang: str) -> str:
    """A whole number grouped as the UI language does (9.223.372.036.854.775.807 in Dutch),
    exactly: the core's number format goes through a float and rounds a 19-digit seed."""
    return f"{int(value):,}".replace(",", "." if lang == "nl" else ",")


_POOL: QThreadPool | None = None
_RUNNING_EVENTS: set[threading.Event] = set()


def _pool() -> QThreadPool:
    """A small pool of our own: simulations never wait behind unrelated work, and at quit
    every running one is told to stop (``_stop_all``)."""
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(2)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_stop_all)
    return _POOL


def _stop_all() -> None:
    for event in list(_RUNNING_EVENTS):
        event.set()
    if _POOL is not None:
        _POOL.waitForDone(10_000)


def wait_for_workers(timeout_ms: int = 10_000) -> bool:
    """Block until every simulation worker has ended (tests, shutdown)."""
    done = _pool().waitForDone(timeout_ms)
    _release_finished_jobs()
    return done


# Finished jobs are released on the GUI thread, never on the worker thread: a job holds a QObject
# whose signals are connected to the view, and letting Python free it on the worker thread makes
# PySide disconnect there (taking Qt's connection lock, then waiting for the GIL) while the GUI
# thread holds the GIL and waits for that lock — a deadlock seen in testing.
_FINISHED_JOBS: list["_SimulationJob"] = []


def _release_finished_jobs() -> None:
    if _POOL is not None and _POOL.activeThreadCount() == 0:
        _FINISHED_JOBS.clear()


def _default_simulate(*args, **kwargs):
    from ..core.simulation import simulate

    return simulate(*args, **kwargs)


def _is_cancellation(exc: BaseException) -> bool:
    from ..core.simulation import SimulationCancelled

    return isinstance(exc, SimulationCancelled)


def _canceller(holder: list):
    def cancel(*_args) -> None:
        event = holder[0]
        if event is not None:
            event.set()
    return cancel


class _JobSignals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    cancelled = Signal()
    failed = Signal(str)
    out_of_memory = Signal()


class _SimulationJob(QRunnable):
    def __init__(self, simulate: Callable, evaluation, kwargs: dict, cancel: threading.Event) -> None:
        super().__init__()
        self.setAutoDelete(False)  # Python owns it; released on the GUI thread (_FINISHED_JOBS)
        self.signals = _JobSignals()
        self._simulate = simulate
        self._evaluation = evaluation
        self._kwargs = kwargs
        self._cancel = cancel
        self._last_step = -1

    def _progress(self, done: float, total: float) -> None:
        # Emit only when the shown percentage moves: the engine may report thousands of steps.
        step = int(done * PROGRESS_STEPS / total) if total else 0
        if step != self._last_step:
            self._last_step = step
            self.signals.progress.emit(step, PROGRESS_STEPS)

    def run(self) -> None:
        _RUNNING_EVENTS.add(self._cancel)
        try:
            result = self._simulate(self._evaluation, progress=self._progress,
                                    cancel=self._cancel.is_set, **self._kwargs)
        except MemoryError:
            log.exception("simulation ran out of memory")
            self.signals.out_of_memory.emit()
        except Exception as exc:
            if self._cancel.is_set() or _is_cancellation(exc):
                self.signals.cancelled.emit()
            else:
                log.exception("simulation failed")
                detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
                if type(exc).__name__ == "SimulationSettingsError":
                    detail = str(exc)  # "field: message", which the view shows in its language
                self.signals.failed.emit(detail)
        else:
            if self._cancel.is_set():
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)
        finally:
            _RUNNING_EVENTS.discard(self._cancel)


class SimulationView(QWidget):
    """Run the population simulation for the current evaluation and show its outcome."""

    #: the SimulationResult after a run, or None when the shown result is cleared
    simulation_finished = Signal(object)
    #: True while a simulation runs
    running_changed = Signal(bool)
    #: the user edited one of the document's simulation settings: (field path, new value)
    settings_edited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None, lang: str | None = None,
                 simulate: Callable | None = None) -> None:
        super().__init__(parent)
        self._lang = lang or fmt.ui_language()
        self._simulate = simulate or _default_simulate
        self._evaluation = None
        self._result = None
        self._result_key = None  # what the shown result was computed from
        self._run_key = None
        self._cancel_event: threading.Event | None = None
        self._job: _SimulationJob | None = None
        self._signals: _JobSignals | None = None
        # Closing the view (or the window holding it) stops its run instead of leaving it to
        # finish. A plain function over a list, not a bound method of the Event: PySide holds a
        # weak reference to a bound method's object and would disconnect on whichever thread
        # frees it.
        self._cancel_holder: list[threading.Event | None] = [None]
        self.destroyed.connect(_canceller(self._cancel_holder))
        self._started = 0.0
        self.stale = False
        self.showing_exploratory = False
        self._doc_result = None  # the document's own simulation (the verdict's), when known
        self._doc_pending = False
        self._doc_waiting = False  # the document's simulation waits until the view is shown
        self._doc_error: str | None = None
        self._doc_timer = QTimer(self, singleShot=True, interval=400)  # arrows: one edit per pause
        self._doc_timer.timeout.connect(self._emit_document_settings)
        self._build()
        guard_children(self)  # the wheel scrolls the view unless a box has the focus
        self._apply_locale()
        self._retranslate()
        self._update_buttons()

    # -- public API ---------------------------------------------------------------------------

    @property
    def result(self):
        return self._result

    @property
    def is_running(self) -> bool:
        return self._job is not None

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._apply_locale()
        if self._result is not None:
            self._show_result(self._result)
        elif self._doc_result is not None:
            self._show_result(self._doc_result, exploratory=False)
        self._update_document_status()

    def set_evaluation(self, evaluation) -> None:
        """Use this evaluation for the next run; a result shown for another one is marked stale."""
        previous = self._evaluation
        self._evaluation = evaluation
        if evaluation is not None:
            sim = evaluation.simulation
            if previous is None or previous.simulation != sim or \
                    previous.assumptions.horizon_months != evaluation.assumptions.horizon_months:
                self._load_settings(evaluation)
        self._update_stale()
        self._update_buttons()

    def participants_problem(self) -> str | None:
        """Why the exploratory market size typed cannot run (out of range), or None."""
        return self.range_problem(self.participants_spin)

    def range_problem(self, box: WholeNumberBox) -> str | None:
        """Why the number typed in one of the view's whole-number boxes cannot be used (it lies
        outside the box's range, and the box keeps it as typed), or None. Names the field and its
        limit in the UI language's number format."""
        typed = box.out_of_range()
        if typed is None:
            return None
        name = field_info(SimulationSettings, self._box_fields[box], self._lang)["label"]
        if typed > box.maximum():
            if box in (self.participants_spin, self.doc_market_spin):
                text = self.tr("%1: at most %2 in a simulation; you typed %3.")
            else:
                text = self.tr("%1: at most %2; you typed %3.")
            text = text.replace("%2", _whole(box.maximum(), self._lang))
        else:
            text = self.tr("%1: at least %2 (the participants the company starts with); you typed %3.").replace(
                "%2", _whole(box.minimum(), self._lang))
        return text.replace("%3", _whole(typed, self._lang)).replace("%1", name)

    def _show_participants_problem(self) -> None:
        self._show_range_problem(self.participants_spin)

    def _show_range_problem(self, box: WholeNumberBox) -> None:
        problem = self.range_problem(box)
        label = self._range_errors[box]
        label.show_error(problem)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, fmt.gain_loss_colour(-1, self.palette()))
        label.setPalette(palette)
        set_invalid(box, problem is not None)
        box.setStyleSheet(
            "QAbstractSpinBox { border: 2px solid #e53935; border-radius: 3px; }" if problem else "")
        if self._run_problem() is None and self.status_label.property("participantsProblem"):
            self.status_label.setProperty("participantsProblem", False)
            self._set_status("")

    def _run_problem(self) -> str | None:
        """Why the exploratory run's settings cannot run (a number out of range), or None."""
        return self.participants_problem() or self.range_problem(self.seed_spin)

    def run(self) -> None:
        """Start a simulation with the settings shown (does nothing while one runs); refused,
        with the reason, while the market size or the seed typed is out of range."""
        if self._job is not None or self._evaluation is None:
            return
        problem = self._run_problem()
        if problem is not None:
            self._set_status(problem, error=True)
            self.status_label.setProperty("participantsProblem", True)
            return
        self._cancel_event = threading.Event()
        self._cancel_holder[0] = self._cancel_event
        kwargs = {"participants": self._participants(), "months": self.months_spin.value(),
                  "seed": self.seed_spin.value()}
        self._run_key = self._key(self._evaluation, kwargs)
        _release_finished_jobs()
        job = _SimulationJob(self._simulate, self._evaluation, kwargs, self._cancel_event)
        job.signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        job.signals.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        job.signals.cancelled.connect(self._on_cancelled, Qt.ConnectionType.QueuedConnection)
        job.signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        job.signals.out_of_memory.connect(self._on_out_of_memory, Qt.ConnectionType.QueuedConnection)
        self._job = job
        self._signals = job.signals  # kept until the job's last signal has been handled
        self._started = time.perf_counter()
        self.progress.setValue(0)
        self._set_status(self.tr("Simulating…"))
        self._update_buttons()
        self.running_changed.emit(True)
        _pool().start(job)

    def cancel(self) -> None:
        if self._cancel_event is not None and self._job is not None:
            self._cancel_event.set()
            self._set_status(self.tr("Cancelling…"))
            if self.cancel_button.hasFocus():
                self.scroll_area.setFocus(Qt.FocusReason.OtherFocusReason)  # not a jump to the next field
            self.cancel_button.setEnabled(False)

    def reset(self, evaluation) -> None:
        """Another evaluation was opened: stop a running simulation (its late reports are
        ignored), forget the shown result and the progress, and take this one's settings. Emits
        nothing: the new evaluation has no simulation yet."""
        if self._job is not None:
            if self._cancel_event is not None:
                self._cancel_event.set()
            self._finish_job()
        self._result = None
        self._result_key = None
        self._run_key = None
        self._doc_result, self._doc_pending, self._doc_error = None, False, None
        self._doc_waiting = False
        self.results_box.hide()
        self.progress.setMaximum(PROGRESS_STEPS)
        self.progress.setValue(0)
        self._set_status("")
        self._evaluation = None
        self.set_evaluation(evaluation)

    def _from_current_job(self) -> bool:
        """Whether the worker signal being handled comes from the job running now (not from one
        stopped by ``reset``, whose reports may still be queued)."""
        sender = self.sender()
        return sender is None or sender is self._signals

    def clear(self) -> None:
        """Forget the shown result and tell listeners (``simulation_finished(None)``)."""
        self._result = None
        self._result_key = None
        self.results_box.hide()
        if self._doc_result is not None:
            self._show_result(self._doc_result, exploratory=False)
        self._update_stale()
        self.simulation_finished.emit(None)

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        scroll, content, col = scrolling_column(self, spacing=8)
        self.scroll_area = scroll

        self.intro = plain_label("", content)
        col.addWidget(self.intro)

        self.document_box = QGroupBox(content)
        doc_form = QFormLayout(self.document_box)
        doc_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # A number typed beyond a limit stays as typed, with a message under the box, and is not
        # put into the document (session 9: the box swallowed the digit, so a 13-digit market
        # size was silently cut to 12 digits and stored).
        self.doc_market_spin = WholeNumberBox(self.document_box, 1, _model_maximum("market_size"),
                                              keep_out_of_range=True)
        self.doc_market_spin.setMinimumWidth(140)
        self.doc_months_spin = QSpinBox(self.document_box)
        self.doc_months_spin.setRange(0, 120)  # 0 shows as "the horizon" (the model's None)
        self.doc_seed_spin = WholeNumberBox(self.document_box, 0, _model_maximum("seed"),
                                            keep_out_of_range=True)
        self.doc_seed_spin.setMinimumWidth(140)
        self.doc_market_error = ErrorLabel(self.document_box)
        self.doc_seed_error = ErrorLabel(self.document_box)
        self.doc_labels = [QLabel(self.document_box) for _ in range(3)]
        for label, box, error in zip(self.doc_labels, (self.doc_market_spin, self.doc_months_spin, self.doc_seed_spin),
                                     (self.doc_market_error, None, self.doc_seed_error)):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(box)
            doc_form.addRow(label, box)
            if error is not None:
                # Its own row across the form: inside the field (as wide as the box) a long
                # message was cut after two lines ("Marktomvang: hoogstens"). A hidden row takes
                # no space.
                doc_form.addRow(error)
        self.doc_status = plain_label("", self.document_box)
        doc_form.addRow(self.doc_status)
        col.addWidget(self.document_box)

        self.settings_box = QGroupBox(content)
        form = QFormLayout(self.settings_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self._max_participants = participant_limit()
        self._file_market = 0  # the market size of the loaded evaluation
        # A market size typed beyond the core's limit stays as typed, marked, and Run says why
        # (review 8, item 7: a QSpinBox swallowed the digit, 300000000 became 3,000,000).
        self.participants_spin = WholeNumberBox(self.settings_box, 1, self._max_participants,
                                                keep_out_of_range=True)
        self.participants_spin.setObjectName("participantsBox")
        self.participants_spin.setSingleStep(10_000)
        self.participants_spin.setMinimumWidth(140)
        self.participants_error = ErrorLabel(self.settings_box)
        self.months_spin = QSpinBox(self.settings_box)
        self.months_spin.setRange(1, 120)
        self.seed_spin = WholeNumberBox(self.settings_box, 0, _model_maximum("seed"), keep_out_of_range=True)
        self.seed_spin.setMinimumWidth(140)  # a seed from a file can have 19 digits
        self.seed_error = ErrorLabel(self.settings_box)
        self.participants_label = QLabel(self.settings_box)
        self.months_label = QLabel(self.settings_box)
        self.seed_label = QLabel(self.settings_box)
        for label in (self.participants_label, self.months_label, self.seed_label):
            label.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.participants_label, self.participants_spin)
        form.addRow(self.participants_error)  # across the form, as the document's (see above)
        form.addRow(self.months_label, self.months_spin)
        form.addRow(self.seed_label, self.seed_spin)
        form.addRow(self.seed_error)
        self.settings_note = plain_label("", self.settings_box)
        self.settings_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form.addRow(self.settings_note)
        col.addWidget(self.settings_box)

        row = QHBoxLayout()
        self.run_button = QPushButton(content)
        self.cancel_button = QPushButton(content)
        self.progress = QProgressBar(content)
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(0)
        self.progress.setMinimumWidth(60)  # beside the Dutch button texts in a 390-pixel pane
        row.addWidget(self.run_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        col.addLayout(row)
        self.status_label = plain_label("", content)
        col.addWidget(self.status_label)
        self.stale_label = plain_label("", content)
        self.stale_label.setFrameShape(QFrame.Shape.StyledPanel)
        self.stale_label.setMargin(6)
        self.stale_label.hide()
        col.addWidget(self.stale_label)

        self.results_box = QWidget(content)
        res = QVBoxLayout(self.results_box)
        res.setContentsMargins(0, 0, 0, 0)
        self.summary_heading = heading_label("", self.results_box)
        res.addWidget(self.summary_heading)
        self.result_caption = plain_label("", self.results_box)
        self.result_caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        res.addWidget(self.result_caption)
        self._summary_grid = QGridLayout()
        self._summary_grid.setHorizontalSpacing(16)
        res.addLayout(self._summary_grid)
        self.summary_values: dict[str, QLabel] = {}
        self._summary_captions: dict[str, QLabel] = {}
        for i, key in enumerate(("participants", "profitable", "top_shares", "internal",
                                 "payout_ratio", "elapsed")):
            caption = plain_label("", self.results_box, selectable=False)
            value = plain_label("", self.results_box)
            self._summary_grid.addWidget(caption, i, 0, Qt.AlignmentFlag.AlignTop)
            self._summary_grid.addWidget(value, i, 1, Qt.AlignmentFlag.AlignTop)
            self._summary_captions[key] = caption
            self.summary_values[key] = value
        self._summary_grid.setColumnStretch(0, 2)
        self._summary_grid.setColumnStretch(1, 3)

        self.percentiles_heading = heading_label("", self.results_box)
        res.addWidget(self.percentiles_heading)
        self.percentiles_box = QFrame(self.results_box)
        self.percentiles_box.setFrameShape(QFrame.Shape.StyledPanel)
        self._pct_grid = QGridLayout(self.percentiles_box)
        self._pct_grid.setHorizontalSpacing(20)
        self.percentile_cells: dict[tuple[str, str], QLabel] = {}
        self._pct_headers = [plain_label("", self.percentiles_box, selectable=False) for _ in range(3)]
        bold = QFont(self._pct_headers[0].font())
        bold.setBold(True)
        for c, label in enumerate(self._pct_headers):
            label.setFont(bold)
            label.setWordWrap(True)  # the Dutch "Wie tegelijk met jou begint" made the pane too wide
            if c:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._pct_grid.addWidget(label, 0, c)
        self._pct_grid.setColumnStretch(3, 1)
        for r, pct in enumerate(PERCENTILES, start=1):
            self._pct_grid.addWidget(plain_label(pct + "%", self.percentiles_box, selectable=False), r, 0)
            for c, group in enumerate(("cohort", "everyone"), start=1):
                cell = plain_label("", self.percentiles_box)
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self._pct_grid.addWidget(cell, r, c)
                self.percentile_cells[(group, pct)] = cell
        self.percentiles_note = plain_label("", self.results_box)
        self.percentiles_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        res.addWidget(self.percentiles_box)
        res.addWidget(self.percentiles_note)

        self.chart_heading = heading_label("", self.results_box)
        res.addWidget(self.chart_heading)
        self.chart = ChartCanvas(self.results_box, min_height=320)
        res.addWidget(self.chart)
        self.results_box.hide()
        col.addWidget(self.results_box)
        col.addStretch(1)

        self.run_button.clicked.connect(self.run)
        self.cancel_button.clicked.connect(self.cancel)
        # Esc cancels a running simulation (the shortcut is enabled only while one runs)
        self.cancel_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel,
                                         context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.cancel_shortcut.setEnabled(False)
        for spin in (self.participants_spin, self.months_spin, self.seed_spin):
            spin.valueChanged.connect(self._update_stale)
        for spin in (self.doc_market_spin, self.doc_months_spin, self.doc_seed_spin):
            spin.valueChanged.connect(lambda *_: self._doc_timer.start())
        self._box_fields = {self.participants_spin: "market_size", self.seed_spin: "seed",
                            self.doc_market_spin: "market_size", self.doc_seed_spin: "seed"}
        self._range_errors = {self.participants_spin: self.participants_error, self.seed_spin: self.seed_error,
                              self.doc_market_spin: self.doc_market_error, self.doc_seed_spin: self.doc_seed_error}
        for box in self._range_errors:
            box.rangeStateChanged.connect(lambda box=box: self._show_range_problem(box))

    def _apply_locale(self) -> None:
        """Spin boxes group digits as the UI language does (50.000 in Dutch, 50,000 in English)."""
        locale = (QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands) if self._lang == "nl"
                  else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        self.months_spin.setLocale(locale)
        for box in (self.doc_market_spin, self.participants_spin):
            box.set_group_separator("." if self._lang == "nl" else ",")
        for box in self._range_errors:
            self._show_range_problem(box)

    def _retranslate(self) -> None:
        self.intro.setText(self.tr(
            "The simulation plays out the whole network under this offer's payout plan, month by "
            "month, with thousands of participants who join, recruit, sell and quit at random. It "
            "shows how results spread across everyone, not just one hopeful projection."))
        self.document_box.setTitle(self.tr("This evaluation's simulation (the verdict uses it)"))
        for label, name in zip(self.doc_labels, ("market_size", "months", "seed")):
            info = field_info(SimulationSettings, name, self._lang)
            label.setText(info["label"])
        self.doc_months_spin.setSpecialValueText(self.tr("the horizon"))
        self.settings_box.setTitle(self.tr("Exploratory run (does not change the verdict)"))
        # The settings' names and help texts are the model's, as in the editor.
        for name, label, box in (("market_size", self.participants_label, self.participants_spin),
                                 ("months", self.months_label, self.months_spin),
                                 ("seed", self.seed_label, self.seed_spin)):
            info = field_info(SimulationSettings, name, self._lang)
            label.setText(info["label"])
            box.setToolTip(info["help"])
        self.run_button.setText(self.tr("Run exploratory simulation"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.stale_label.setText(self.tr(
            "The evaluation or the settings changed since this simulation ran: run it again to update."))
        self.summary_heading.setText(self.tr("Outcome"))
        captions = {
            "participants": self.tr("Participants (ever / peak / at the end)"),
            "profitable": self.tr("Ended with a profit"),
            "top_shares": self.tr("Share of all earnings to the top 1% / top 10%"),
            "internal": self.tr("Volume bought by participants themselves"),
            "payout_ratio": self.tr("Paid out to participants, as a share of all they paid in"),
            "elapsed": self.tr("Computed in"),
        }
        for key, text in captions.items():
            self._summary_captions[key].setText(text)
        self.percentiles_heading.setText(self.tr("Net result by percentile"))
        headers = (self.tr("Percentile"), self.tr("People who join when you do"), self.tr("Everyone"))
        for label, text in zip(self._pct_headers, headers):
            label.setText(text)
        self.percentiles_note.setText(self.tr(
            "The 10% line: one in ten did worse than this. The 50% line is the median participant. "
            "\"People who join when you do\" are those who join in the first simulated month."))
        self.chart_heading.setText(self.tr("Outcomes across all participants"))
        self._update_settings_note()
        self._update_document_status()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self._result is not None:
                self._show_result(self._result)
            elif self._doc_result is not None:
                self._show_result(self._doc_result, exploratory=False)

    # -- state --------------------------------------------------------------------------------

    def _load_document_settings(self, evaluation) -> None:
        sim = evaluation.simulation
        self._doc_timer.stop()
        for box, value in ((self.doc_market_spin, sim.market_size), (self.doc_months_spin, sim.months or 0),
                           (self.doc_seed_spin, sim.seed)):
            box.blockSignals(True)
            if box is self.doc_market_spin:
                box.setRange(max(1, sim.existing_participants), _model_maximum("market_size"))
            box.setValue(value)
            box.blockSignals(False)

    def _emit_document_settings(self) -> None:
        """Send what differs from the document's settings to the window (one edit each); a box
        holding a number out of range sends nothing (its message says why)."""
        ev = self._evaluation
        if ev is None:
            return
        sim = ev.simulation
        months = self.doc_months_spin.value() or None
        for path, box, value, current in (
                ("simulation.market_size", self.doc_market_spin, self.doc_market_spin.value(), sim.market_size),
                ("simulation.months", None, months, sim.months),
                ("simulation.seed", self.doc_seed_spin, self.doc_seed_spin.value(), sim.seed)):
            if isinstance(box, WholeNumberBox) and box.out_of_range() is not None:
                continue
            if value != current:
                self.settings_edited.emit(path, value)

    def show_document_simulation(self, result, pending: bool, error: str | None = None) -> None:
        """The document's own simulation (the one the verdict uses), or that it is running. A
        hidden view (another tab in front) shows it when it is shown: after every edit the
        session reports twice (running, then the result), for a view nobody is looking at."""
        self._doc_result, self._doc_pending, self._doc_error = result, pending, error
        self._doc_waiting = not self.isVisible()
        if not self._doc_waiting:
            self._show_document_simulation()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self._doc_waiting:
            self._show_document_simulation()
        super().showEvent(event)

    def _show_document_simulation(self) -> None:
        self._doc_waiting = False
        result, pending = self._doc_result, self._doc_pending
        self._update_document_status()
        if self._result is None and self._job is None:
            if result is not None:
                self._show_result(result, exploratory=False)
            elif pending:
                pass  # the previous figures stay until the new ones arrive
            else:
                self.results_box.hide()

    def _update_document_status(self) -> None:
        lang = self._lang
        if self._evaluation is None:
            text = ""
        elif self._doc_pending:
            text = self.tr("Updating: simulating the whole network with these settings…")
        elif self._doc_result is not None:
            r = self._doc_result
            size = getattr(r, "cohort_size", None)  # None: a stored summary without it
            ever = fmt.number(r.participants_ever, lang)
            share = fmt.percent(r.cohort_share_profitable_percent, lang, 1)
            # How many people "those who join when you do" are: in a saturating scheme a handful,
            # who can all win while nearly everyone loses (figures audit, session 9).
            if size == 0:  # nobody joined in month 1: no share of nobody (review 11)
                text = self.tr("Up to date: {ever} participants in all; nobody joined in the simulation's "
                               "first month, so no one joins when you do.").format(ever=ever)
            elif size == 1:
                text = self.tr("Up to date: {ever} participants in all; of the 1 person who joins when you do, "
                               "{share} ends with a profit.").format(ever=ever, share=share)
            elif size:
                text = self.tr("Up to date: {ever} participants in all; of the {count} people who join when "
                               "you do, {share} end with a profit.").format(
                    ever=ever, count=fmt.number(size, lang), share=share)
            else:
                text = self.tr("Up to date: {ever} participants in all; {share} of those who join when you do "
                               "end with a profit.").format(ever=ever, share=share)
        elif self._doc_error and self._doc_error != "cancelled":
            text = self.tr("The simulation could not run with these settings, so the verdict leaves it out.")
        else:
            text = ""
        self.doc_status.setText(text)

    def _load_settings(self, evaluation) -> None:
        self._load_document_settings(evaluation)
        sim = evaluation.simulation
        self.participants_spin.blockSignals(True)
        self.months_spin.blockSignals(True)
        self.seed_spin.blockSignals(True)
        limit = self._max_participants
        self._file_market = sim.market_size
        self.participants_spin.setMinimum(max(1, min(sim.existing_participants, limit)))
        self.participants_spin.setValue(min(sim.market_size, limit))
        self.months_spin.setValue(sim.months or evaluation.assumptions.horizon_months)
        self.seed_spin.setValue(sim.seed)  # the model's whole range: the same run as the command line
        self.participants_spin.blockSignals(False)
        self.months_spin.blockSignals(False)
        self.seed_spin.blockSignals(False)
        self._show_participants_problem()
        self._update_settings_note()

    def _participants(self) -> int:
        """The market size to run with. A file's market beyond what the box holds (the core's
        limit) runs as it is, like ``simulate FILE``; the core then says if too many join."""
        shown = self.participants_spin.value()
        if self._file_market > self._max_participants and shown == self._max_participants:
            return self._file_market
        return shown

    def _update_settings_note(self) -> None:
        ev = self._evaluation
        if ev is None:
            self.settings_note.setText(self.tr("Open an evaluation to simulate it."))
            return
        sim = ev.simulation
        self.settings_note.setText(self.tr(
            "The company starts with {existing} participants; each recruits {rate} people a month on "
            "average while there are still people to recruit, and {churn} quit each month. Change these in the "
            "editor's simulation settings.").format(
            existing=fmt.number(sim.existing_participants, self._lang),
            rate=fmt.smart_number(sim.recruit_rate, self._lang),
            churn=fmt.percent(sim.churn_percent, self._lang, 1 if sim.churn_percent % 1 else 0)))

    @staticmethod
    def _key(evaluation, kwargs: dict) -> tuple:
        return (evaluation.offer, evaluation.simulation, tuple(sorted(kwargs.items())))

    def _current_key(self):
        if self._evaluation is None:
            return None
        return self._key(self._evaluation, {"participants": self._participants(),
                                            "months": self.months_spin.value(),
                                            "seed": self.seed_spin.value()})

    def _update_stale(self, *_: Any) -> None:
        self.stale = self._result is not None and self._current_key() != self._result_key
        self.stale_label.setVisible(self.stale)
        self._update_settings_note()

    def _update_buttons(self) -> None:
        running = self._job is not None
        # The focus moves to Cancel before Run is disabled (and back to Run after the run): a
        # disabled focus widget hands the focus on to the next one, and the scroll area then
        # scrolled to it, away from the progress bar and Cancel.
        if running:
            self.cancel_button.setEnabled(True)
            focus = QApplication.focusWidget()
            if focus is None or focus is self or self.isAncestorOf(focus):
                self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(self.cancel_button)
        self.run_button.setEnabled(not running and self._evaluation is not None)
        if not running and self.run_button.isEnabled() and (self.cancel_button.hasFocus() or self.scroll_area.hasFocus()):
            self.run_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.cancel_button.setEnabled(running)
        self.cancel_shortcut.setEnabled(running)
        for spin in (self.participants_spin, self.months_spin, self.seed_spin):
            spin.setEnabled(not running)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status_label.setText(text)
        palette = self.status_label.palette()
        if error:
            palette.setColor(QPalette.ColorRole.WindowText, fmt.gain_loss_colour(-1, self.palette()))
        else:
            palette.setColor(QPalette.ColorRole.WindowText, self.palette().color(QPalette.ColorRole.WindowText))
        self.status_label.setPalette(palette)

    def _finish_job(self) -> None:
        if self._job is not None:
            _FINISHED_JOBS.append(self._job)
        self._job = None
        self._signals = None
        self._cancel_holder[0] = None
        QTimer.singleShot(100, _release_finished_jobs)
        self._cancel_event = None
        self._update_buttons()
        self.running_changed.emit(False)

    # -- worker signals -----------------------------------------------------------------------

    def _on_progress(self, done: int, total: int) -> None:
        if self._job is None or not self._from_current_job():
            return
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _on_succeeded(self, result) -> None:
        if not self._from_current_job():
            return
        self.progress.setValue(self.progress.maximum())
        self._finish_job()
        self._result = result
        self._result_key = self._run_key
        self._set_status(self.tr("Finished."))
        self._show_result(result)
        self._update_stale()
        self.simulation_finished.emit(result)

    def _on_cancelled(self) -> None:
        if not self._from_current_job():
            return
        self._finish_job()
        self.progress.setValue(0)  # a stopped run must not look 41 % done
        self._set_status(self.tr("Cancelled"))

    def _on_failed(self, detail: str) -> None:
        if not self._from_current_job():
            return
        self._finish_job()
        self.progress.setValue(0)
        self._set_status(self.tr("The simulation failed: {error}").format(
            error=settings_error(detail, self._lang)), error=True)

    def _on_out_of_memory(self) -> None:
        if not self._from_current_job():
            return
        self._finish_job()
        self.progress.setValue(0)
        self._set_status(self.tr(
            "There was not enough memory for a simulation this large. Lower the number of "
            "participants or months and run it again."), error=True)

    # -- showing a result ---------------------------------------------------------------------

    def _show_result(self, result: SimulationResult, exploratory: bool = True) -> None:
        lang = self._lang
        self.showing_exploratory = exploratory
        self.result_caption.setText(
            self.tr("Exploratory run: it does not change the verdict.") if exploratory
            else self.tr("This evaluation's simulation, with its own settings and seed: the verdict uses it."))
        currency = self._evaluation.offer.currency if self._evaluation is not None else "EUR"
        v = self.summary_values

        v["participants"].setText(" / ".join(fmt.number(n, lang) for n in (
            result.participants_ever, result.participants_peak, result.participants_final)))
        cohort = fmt.percent(result.cohort_share_profitable_percent, lang, 1)
        everyone = fmt.percent(result.everyone_share_profitable_percent, lang, 1)
        size = getattr(result, "cohort_size", None)
        if size == 0:
            profitable = self.tr("nobody joins when you do; {everyone} of everyone").format(everyone=everyone)
        elif size == 1:
            profitable = self.tr("{cohort} of the 1 person who joins when you do; {everyone} of everyone").format(
                cohort=cohort, everyone=everyone)
        elif size:
            profitable = self.tr("{cohort} of the {count} people who join when you do; {everyone} of everyone").format(
                cohort=cohort, count=fmt.number(size, lang), everyone=everyone)
        else:
            profitable = self.tr("{cohort} of people who join when you do; {everyone} of everyone").format(
                cohort=cohort, everyone=everyone)
        v["profitable"].setText(profitable)
        v["top_shares"].setText(f"{fmt.percent(result.top1_share_percent, lang, 1)} / "
                                f"{fmt.percent(result.top10_share_percent, lang, 1)}")
        v["internal"].setText(fmt.percent(result.internal_consumption_percent, lang, 1))
        # payout_ratio is a fraction of everything participants paid in
        v["payout_ratio"].setText(fmt.share(result.payout_ratio, lang, 1))
        v["elapsed"].setText(self.tr("{seconds} s").format(seconds=fmt.number(result.elapsed_s, lang, 2)))

        for group, pct in (("cohort", result.cohort_net_percentiles),
                           ("everyone", result.everyone_net_percentiles)):
            for p in PERCENTILES:
                value = pct.get(p)
                cell = self.percentile_cells[(group, p)]
                cell.setText(fmt.signed_money(value, currency, lang))
                colour = fmt.gain_loss_colour(value, self.palette())
                palette = cell.palette()
                palette.setColor(QPalette.ColorRole.WindowText,
                                 colour or self.palette().color(QPalette.ColorRole.WindowText))
                cell.setPalette(palette)

        self.results_box.show()
        charts = lazy_charts()
        self.chart.set_painter(
            lambda ax, dark: charts.draw_outcome_distribution(
                ax, result, charts.ChartStyle.for_screen(lang, currency, dark=dark)),
            key=(id(result), lang, currency))

