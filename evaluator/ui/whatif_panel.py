"""What-if: try other values for the assumptions that matter, see the results change live, and
keep them only when you choose to.

Owns the panel beside the results: for each assumption in :data:`FIELDS` a slider and a number
field (typed as in the editor, :class:`~evaluator.ui.number_input.NumberField`), "Back to what I
entered" and "Keep these values". It never touches the document: it emits ``changed(overrides)``
(the assumption values that differ from the document's, an empty dict when none) and
``keep(overrides)``; the main window shows the results of :func:`candidate` and, on keep, applies
the values to the editor as one undoable edit (:func:`apply_to_editor`). While values differ, a
line says so: "What-if: not saved".
"""

from __future__ import annotations

import copy
import math
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget,
)

from ..core.i18n import norm_lang, tr
from ..core.model import Assumptions, Evaluation, field_info
from .number_input import NumberField
from .wheel_guard import guard


@dataclass(frozen=True)
class Knob:
    """One assumption the panel offers: its field, the number kind, the slider's range and step.
    The slider reaches at least ``top`` and three times the entered value; the number field takes
    anything the model accepts (``hard_max``)."""

    name: str
    kind: str  # "amount" or "percent" (NumberField's kinds)
    top: float
    step: float
    hard_max: float


FIELDS: tuple[Knob, ...] = (
    Knob("new_customers_per_month", "amount", 10, 0.1, 1000),
    Knob("customer_monthly_spend", "amount", 200, 1, 1e9),
    Knob("customer_retention_percent", "percent", 100, 1, 100),
    Knob("recruits_per_month", "amount", 5, 0.05, 1000),
    Knob("downline_retention_percent", "percent", 100, 1, 100),
    Knob("hours_per_week", "amount", 60, 0.5, 168),
)


def candidate(evaluation: Evaluation, overrides: dict[str, float]) -> Evaluation:
    """The evaluation with the what-if values (validated: a value the model refuses raises)."""
    if not overrides:
        return evaluation
    data = evaluation.assumptions.model_dump()
    data.update(overrides)
    assumptions = Assumptions.model_validate(data)
    return evaluation.model_copy(update={"assumptions": assumptions})


def apply_to_editor(editor, overrides: dict[str, float], text: str) -> None:
    """Write ``overrides`` into the editor's assumptions as one undoable step."""
    from .undo import EditCommand

    before = editor.state()
    after = copy.deepcopy(before)
    after.setdefault("assumptions", {}).update(overrides)
    if after == before:
        return
    editor.apply_state(after)
    command = EditCommand(editor, before, after, "assumptions." + next(iter(overrides)), text,
                          mergeable=False)
    editor.undo_stack.push(command)  # already applied: the command's first redo does nothing


class _Row:
    def __init__(self, panel: "WhatIfPanel", knob: Knob, grid: QGridLayout, row: int) -> None:
        self.knob = knob
        self.panel = panel
        self.label = QLabel(panel)
        self.slider = QSlider(Qt.Orientation.Horizontal, panel)
        self.slider.setSingleStep(1)
        self.slider.setPageStep(10)
        guard(self.slider)  # the wheel scrolls the panel unless the slider has the focus
        self.field = NumberField(knob.kind, panel.lang, panel.currency, panel, minimum=0,
                                 maximum=knob.hard_max)
        self.field.setMaximumWidth(110)
        self.label.setBuddy(self.field)
        self.unit = QLabel(panel)
        grid.addWidget(self.label, row, 0)
        grid.addWidget(self.slider, row, 1)
        grid.addWidget(self.field, row, 2)
        grid.addWidget(self.unit, row, 3)
        self.slider.valueChanged.connect(self._from_slider)
        self.field.valueChanged.connect(self._from_field)
        self._quiet = False

    def configure(self, entered: float) -> None:
        top = max(self.knob.top, entered * 3)
        if self.knob.kind == "percent":
            top = min(top, 100.0)
        self._quiet = True
        self.slider.setRange(0, max(1, math.ceil(top / self.knob.step)))
        self._quiet = False

    def show_value(self, value: float) -> None:
        self._quiet = True
        self.slider.setValue(round(value / self.knob.step))
        if self.field.value() != value:
            self.field.setValue(value)
        self._quiet = False

    def _from_slider(self, position: int) -> None:
        if self._quiet:
            return
        value = round(position * self.knob.step, 6)
        self._quiet = True
        self.field.setValue(value)
        self._quiet = False
        self.panel._set(self.knob.name, value)

    def _from_field(self, value: float) -> None:
        if self._quiet:
            return
        value = min(max(value, 0.0), self.knob.hard_max)
        self._quiet = True
        if self.slider.maximum() * self.knob.step < value:
            self.slider.setMaximum(math.ceil(value / self.knob.step))
        self.slider.setValue(round(value / self.knob.step))
        self._quiet = False
        self.panel._set(self.knob.name, value)


class WhatIfPanel(QWidget):
    changed = Signal(dict)  # the what-if values that differ from the document's ({}: none)
    keep = Signal(dict)

    def __init__(self, parent: QWidget | None = None, lang: str = "en", currency: str = "EUR") -> None:
        super().__init__(parent)
        self.setObjectName("whatIfPanel")
        self.lang = norm_lang(lang)
        self.currency = currency
        self.entered: dict[str, float] = {}
        self.values: dict[str, float] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        self.rows = {knob.name: _Row(self, knob, grid, i) for i, knob in enumerate(FIELDS)}
        layout.addLayout(grid)
        buttons = QHBoxLayout()
        self.state_label = QLabel(self)
        self.state_label.setObjectName("whatIfState")
        self.state_label.setWordWrap(True)  # beside the buttons in a narrow pane (800x600)
        buttons.addWidget(self.state_label, 1)
        self.back_button = QPushButton(self)
        self.back_button.clicked.connect(self.back)
        self.keep_button = QPushButton(self)
        self.keep_button.clicked.connect(self._keep)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.keep_button)
        layout.addLayout(buttons)
        self.retranslate(self.lang)
        self._update_state()

    # -- the document --------------------------------------------------------------------------

    def set_evaluation(self, evaluation: Evaluation) -> None:
        """Show the document's values (what-if values are dropped: the document changed)."""
        self.currency = evaluation.offer.currency
        a = evaluation.assumptions
        self.entered = {k.name: float(getattr(a, k.name)) for k in FIELDS}
        had = bool(self.overrides())
        self.values = dict(self.entered)
        for name, row in self.rows.items():
            row.field.setCurrency(self.currency)
            row.unit.setText(self._unit(name))
            row.configure(self.entered[name])
            row.show_value(self.entered[name])
        self._update_state()
        if had:
            self.changed.emit({})

    def overrides(self) -> dict[str, float]:
        return {k: v for k, v in self.values.items() if not math.isclose(v, self.entered.get(k, v),
                                                                        rel_tol=0, abs_tol=1e-12)}

    def set_value(self, name: str, value: float) -> None:
        """Set a what-if value as if typed (for tests and keyboard users)."""
        self.rows[name].show_value(value)
        self._set(name, value)

    def back(self) -> None:
        """Back to what I entered."""
        had = bool(self.overrides())
        self.values = dict(self.entered)
        for name, row in self.rows.items():
            row.show_value(self.entered[name])
        self._update_state()
        if had:
            self.changed.emit({})

    def _keep(self) -> None:
        overrides = self.overrides()
        if overrides:
            self.keep.emit(overrides)

    def _set(self, name: str, value: float) -> None:
        if self.values.get(name) == value:
            return
        self.values[name] = value
        self._update_state()
        self.changed.emit(self.overrides())

    # -- words ---------------------------------------------------------------------------------

    def retranslate(self, lang: str) -> None:
        self.lang = norm_lang(lang)
        t = self._t
        self.intro.setText(t("Try other values and watch the results change. Your evaluation "
                             "stays as you entered it until you press \u201cKeep these values\u201d.",
                             "Probeer andere waarden en zie de uitkomsten meeveranderen. Je "
                             "beoordeling blijft zoals je haar invulde tot je op \u201cDeze waarden "
                             "houden\u201d drukt."))
        for name, row in self.rows.items():
            row.label.setText(field_info(Assumptions, name, self.lang)["label"])
            row.field.setLanguage(self.lang)
            row.slider.setAccessibleName(row.label.text())
            row.unit.setText(self._unit(name))
        self.back_button.setText(t("&Back to what I entered", "Terug naar wat ik &invulde"))
        self.keep_button.setText(t("&Keep these values", "Deze waarden ho&uden"))
        self._update_state()

    def _unit(self, name: str) -> str:
        unit = field_info(Assumptions, name, self.lang)["unit"]
        return {"money": self.currency, "percent": "%",
                "hours": self._t("hours", "uur")}.get(unit, "")

    def _t(self, en: str, nl: str) -> str:
        return tr(self.lang, en, nl)

    def _update_state(self) -> None:
        n = len(self.overrides())
        self.back_button.setEnabled(n > 0)
        self.keep_button.setEnabled(n > 0)
        self.state_label.setText(
            self._t("What-if: not saved", "Wat-als: niet opgeslagen") if n
            else self._t("The results show what you entered.", "De uitkomsten tonen wat je invulde."))
        self.state_label.setProperty("active", n > 0)
