"""Field descriptions read from the model, and the widget binding for one scalar field.

The model (``evaluator.core.model``) is the one source of truth: a field's kind (number, whole
number, text, yes/no, choice), whether it may be empty, its unit and its labels and help texts
come from there. A binding turns what the user typed into JSON data for validation, shows data
back, and shows the reason when the field is invalid.
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from typing import Annotated, Literal, Union, get_args, get_origin

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)
from pydantic import BaseModel

from ...core.model import field_info
from ..widgets import ErrorLabel, format_number, parse_number, set_invalid
from .choices import choice_label

LONG_TEXT_FIELDS = {"notes", "text", "source", "active_definition"}


@dataclass(frozen=True)
class FieldSpec:
    model: type[BaseModel]
    name: str
    kind: str  # "number", "whole", "text", "bool", "choice"
    optional: bool
    choices: tuple[str, ...] = ()
    unit: str = ""

    def label(self, lang: str) -> str:
        return field_info(self.model, self.name, lang)["label"]

    def help(self, lang: str) -> str:
        return field_info(self.model, self.name, lang)["help"]


def _unwrap(annotation):
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def describe(model: type[BaseModel], name: str) -> FieldSpec:
    annotation = model.model_fields[name].annotation
    optional = False
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        optional = len(args) < len(get_args(annotation))
        annotation = args[0]
    annotation = _unwrap(annotation)
    choices: tuple[str, ...] = ()
    if annotation is bool:
        kind = "bool"
    elif annotation is int:
        kind = "whole"
    elif annotation is float:
        kind = "number"
    elif annotation is str:
        kind = "text"
    elif get_origin(annotation) is Literal:
        kind = "choice"
        choices = tuple(get_args(annotation))
    else:
        raise TypeError(f"{model.__name__}.{name}: not a scalar field ({annotation!r})")
    unit = field_info(model, name)["unit"]
    return FieldSpec(model, name, kind, optional, choices, unit)


def to_data(spec: FieldSpec, raw, lang: str):
    """What the user entered -> JSON data. Text that is not a number stays text, so that the
    model reports 'must be a number' at the field and a draft keeps exactly what was typed."""
    if spec.kind in ("number", "whole"):
        try:
            value = parse_number(raw, lang)
        except ValueError:
            return raw
        return value
    if spec.kind == "text" and spec.optional and not raw:
        return None
    if spec.kind == "text" and spec.name == "currency":
        return raw.strip().upper() if raw.strip().isascii() else raw
    return raw


def unit_suffix(spec: FieldSpec, currency: str) -> str:
    translate = QCoreApplication.translate
    return {
        "money": currency,
        "percent": "%",
        "months": translate("OfferEditor", "months"),
        "days": translate("OfferEditor", "days"),
        "hours": translate("OfferEditor", "hours"),
        "volume": translate("OfferEditor", "points"),
    }.get(spec.unit, "")


class ScalarField(QObject):
    """One field of the form: its label, input widget, unit, help and error message."""

    edited = Signal(str, bool)  # path, typing (merge into one undo step)
    focused = Signal(str)  # path

    def __init__(self, spec: FieldSpec, path: str, parent: QWidget):
        super().__init__(parent)
        self.spec = spec
        self.path = path
        self.lang = "en"
        self.label = QLabel(parent)
        self.container = QWidget(parent)
        outer = QVBoxLayout(self.container)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.unit_label = QLabel(self.container)
        self.unit_label.setObjectName("unitLabel")
        if spec.kind == "bool":
            self.widget = QCheckBox(self.container)
            self.widget.toggled.connect(lambda _=None: self.edited.emit(self.path, False))
        elif spec.kind == "choice":
            self.widget = QComboBox(self.container)
            self.widget.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            self.widget.setMinimumContentsLength(22)
            for value in spec.choices:
                self.widget.addItem(value, value)
            self.widget.activated.connect(lambda _=None: self.edited.emit(self.path, False))
        elif spec.kind == "text" and spec.name in LONG_TEXT_FIELDS:
            self.widget = QPlainTextEdit(self.container)
            self.widget.setTabChangesFocus(True)
            self.widget.setFixedHeight(64 if spec.name != "notes" else 90)
            self.widget.textChanged.connect(self._on_plain_changed)
        else:
            self.widget = QLineEdit(self.container)
            self.widget.textEdited.connect(lambda _=None: self.edited.emit(self.path, True))
            if spec.kind in ("number", "whole"):
                self.widget.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
                self.widget.setMaximumWidth(160)
            elif spec.name == "currency":
                self.widget.setMaximumWidth(90)
        self.widget.setObjectName(path)
        self.widget.installEventFilter(self)
        row.addWidget(self.widget, 1 if spec.kind in ("text", "choice") else 0)
        row.addWidget(self.unit_label)
        if spec.kind not in ("text", "choice"):
            row.addStretch(1)
        outer.addLayout(row)
        self.error = ErrorLabel(self.container)
        outer.addWidget(self.error)
        self.label.setBuddy(self.widget)
        self._loading = False

    # ------------------------------------------------------------------ text and language

    def retranslate(self, lang: str, currency: str) -> None:
        self.lang = lang
        label = self.spec.label(lang)
        help_text = self.spec.help(lang)
        self.label.setText(label + ":" if self.spec.kind != "bool" else "")
        if self.spec.kind == "bool":
            self.widget.setText(label)
        self.widget.setAccessibleName(label)
        self.widget.setAccessibleDescription(help_text)
        self.widget.setToolTip(help_text)
        self.label.setToolTip(help_text)
        self.unit_label.setText(unit_suffix(self.spec, currency))
        if self.spec.kind == "choice":
            for i in range(self.widget.count()):
                self.widget.setItemText(i, choice_label(self.widget.itemData(i)))

    def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.FocusIn:
            self.focused.emit(self.path)
        elif event.type() == QEvent.ShortcutOverride and (
                event.matches(QKeySequence.Undo) or event.matches(QKeySequence.Redo)
                or event.matches(QKeySequence.Save)):
            # Let the window's undo stack handle Ctrl+Z for the whole form, not the line
            # edit's private history (which would fight with it).
            event.ignore()
            return True
        return False

    # ------------------------------------------------------------------ data

    def _on_plain_changed(self) -> None:
        if not self._loading:
            self.edited.emit(self.path, True)

    def raw(self):
        w = self.widget
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        return w.text()

    def data(self):
        return to_data(self.spec, self.raw(), self.lang)

    def set_data(self, value) -> None:
        """Show ``value`` (JSON data, or raw text that did not parse) unless it is shown already."""
        if self.data() == value and not (isinstance(value, str) and self.raw() != value):
            return
        w = self.widget
        self._loading = True
        w.blockSignals(True)
        try:
            if isinstance(w, QCheckBox):
                w.setChecked(bool(value))
            elif isinstance(w, QComboBox):
                index = w.findData(value)
                if index < 0 and value is not None:  # an unknown choice: keep it visible
                    w.addItem(str(value), value)
                    index = w.count() - 1
                w.setCurrentIndex(max(index, 0))
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText("" if value is None else str(value))
            elif self.spec.kind in ("number", "whole"):
                w.setText(format_number(value, self.lang))
            else:
                w.setText("" if value is None else str(value))
        finally:
            w.blockSignals(False)
            self._loading = False

    def reformat(self) -> None:
        """Show a valid number in the current language's notation (after a language switch)."""
        if self.spec.kind in ("number", "whole") and isinstance(self.widget, QLineEdit):
            value = self.data()
            if not isinstance(value, str):
                self.widget.setText(format_number(value, self.lang))

    def set_error(self, message: str | None) -> None:
        self.error.show_error(message)
        set_invalid(self.widget, bool(message))

    def set_visible(self, visible: bool) -> None:
        self.label.setVisible(visible)
        self.container.setVisible(visible)

    def set_enabled(self, enabled: bool) -> None:
        self.label.setEnabled(enabled)
        self.container.setEnabled(enabled)


__all__ = ["FieldSpec", "ScalarField", "describe", "to_data", "unit_suffix"]
