"""Field descriptions read from the model, and the widget binding for one scalar field.

The model (``evaluator.core.model``) is the one source of truth: a field's kind (number, whole
number, text, yes/no, choice), whether it may be empty, its unit and its labels and help texts
come from there. A binding turns what the user typed into JSON data for validation, shows data
back, and shows the reason when the field is invalid.

Numbers are read as people type them (SPEC 9.5, ``evaluator.core.numbers``): every number field
is an ``EditorNumberField`` (``evaluator.ui.number_input``), which reads Dutch and English
notation in either interface language. An ambiguous text (``2.400``) or an invalid one stays in
the field as typed, marked, and goes into the candidate document as that text, so the document
does not validate and a draft keeps exactly what was typed; leaving the field reads an
ambiguous text the interface language's way and says so beside the field.

A "?" beside a field whose model path has a glossary entry opens the glossary on it, and so does
F1 while the field has the focus.
"""

from __future__ import annotations

import types
from dataclasses import dataclass
from typing import Annotated, Literal, Union, get_args, get_origin

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pydantic import BaseModel

from ...core.model import field_info
from ...core.numbers import ParsedNumber, display_value, parse_amount, parse_percent
from ..glossary_dialog import has_entry, open_for_field
from ..number_input import AMBIGUOUS, EMPTY, NumberField
from ..wheel_guard import guard
from ..widgets import ErrorLabel, set_invalid
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


def _unwrap(annotation: Any) -> Any:
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    return annotation


def describe(model: type[BaseModel], name: str) -> FieldSpec:
    annotation: Any = model.model_fields[name].annotation
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


def number_kind(spec: FieldSpec) -> str:
    """'percent' for a percentage field, 'amount' for every other number (money, months, points:
    all may be typed with grouping; only money fields show a currency in their reading)."""
    return "percent" if spec.unit == "percent" else "amount"


def settle(parsed: ParsedNumber, spec: FieldSpec) -> ParsedNumber:
    """Settle an ambiguous reading where the field itself tells: a percentage lies in 0-100
    (``12,500`` can only be 12.5 %), a whole number has no decimals (``2.400`` people can only be
    2400). Otherwise the result stays ambiguous."""
    if not parsed.ambiguous:
        return parsed
    if spec.unit == "percent":
        parsed = parsed.within(0, 100)
    if parsed.ambiguous and spec.kind == "whole":
        whole = [c for c, v in parsed.readings.items() if float(v).is_integer()]
        if len(whole) == 1:
            parsed = parsed.read_as(whole[0], "range")
    return parsed


def parse_field_number(spec: FieldSpec, text: str, lang: str) -> ParsedNumber:
    """``text`` read as this field's kind of number, settled where the field tells.

    The reading depends on the text, the language and the field's unit and kind only, and a
    ParsedNumber is never changed, so readings are kept (``_READINGS``): after each keystroke
    the editor reads every cell of its tables again, nearly all of them unchanged."""
    key = (text, lang, spec.unit, spec.kind)
    found = _READINGS.get(key)
    if found is None:
        parse = parse_percent if number_kind(spec) == "percent" else parse_amount
        found = settle(parse(text, lang), spec)
        if len(_READINGS) >= READINGS_KEPT:
            _READINGS.clear()  # a plain bound: a document has a few hundred numbers at most
        _READINGS[key] = found
    return found


READINGS_KEPT = 4096
_READINGS: dict[tuple[str, str, str, str], ParsedNumber] = {}


def number_data(value: float | None) -> float | int | None:
    """A read number as JSON data: a whole value as an int (as the file format writes it)."""
    if value is None:
        return None
    if float(value).is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def to_data(spec: FieldSpec, raw: Any, lang: str) -> Any:
    """What the user entered -> JSON data. Text that is not a number, or that could mean two
    numbers, stays text, so that the model refuses it at the field and a draft keeps exactly
    what was typed."""
    if spec.kind in ("number", "whole"):
        parsed = parse_field_number(spec, "" if raw is None else str(raw), lang)
        if parsed.settled:
            return number_data(parsed.value)
        return None if parsed.empty else raw
    if spec.kind == "text" and spec.optional and not raw:
        return None
    if spec.kind == "text" and spec.name == "currency":
        return raw.strip().upper() if raw.strip().isascii() else raw
    return raw


class EditorNumberField(NumberField):
    """The editor's number field: ``NumberField`` settled by the field's own rules (``settle``),
    readings shown with a currency only for money, and raw text that can be shown back (undo,
    drafts) and read again."""

    _spec: FieldSpec | None = None

    def __init__(self, spec: FieldSpec, lang: str, currency: str, parent: QWidget,
                 hint_parent: QWidget):
        super().__init__(number_kind(spec), lang, currency, parent, hint_parent=hint_parent)
        self._spec = spec

    def _parse(self, text: str) -> ParsedNumber:
        parsed = super()._parse(text)
        return parsed if self._spec is None else settle(parsed, self._spec)

    def _shown(self, value: float) -> str:
        if self._spec is not None and self._spec.unit != "money":
            return display_value(value, self.language(), self.kind(), None).replace(" ", "\u00a0")
        return super()._shown(value)

    def set_text(self, text: str) -> None:
        """Show ``text`` as typed (raw text that did not read as one number) and read it."""
        self._emitted = None
        self.setText(text)
        self._read(text)

    def data(self) -> Any:
        """The field as JSON data: the number, None when empty, else the text as typed."""
        if self.state() == EMPTY:
            return None
        value = self.value()
        return self.text() if value is None else number_data(value)


def short_choice(text: str) -> str:
    """A choice's words without their explanation: "Dynamic (every member who does not qualify
    is skipped)" -> "Dynamic", "All volume, own purchases too" -> "All volume"."""
    for mark in (" (", ", "):
        head = text.split(mark, 1)[0].strip()
        if mark in text and head:
            return head
    return text


class ChoiceCombo(QComboBox):
    """A choice field's drop-down. Closed, it shows the chosen words in full when they fit and
    else their short form ("Dynamic" for "Dynamic (every member who does not qualify is
    skipped)"), never words cut off in the middle; the list shows every choice in full, and the
    tooltip the chosen one in full."""

    def shown_text(self) -> str:
        """The text the closed combo shows (what fits its width)."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        room = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                           QStyle.SubControl.SC_ComboBoxEditField, self).width()
        text = self.currentText()
        metrics = self.fontMetrics()
        if metrics.horizontalAdvance(text) > room:
            text = short_choice(text)
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(room, 0))

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def showPopup(self) -> None:  # noqa: N802 (Qt's name)
        # the list as wide as its longest choice: every choice readable in full
        widest = max((self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())),
                     default=0)
        self.view().setMinimumWidth(widest + 40)
        super().showPopup()


class _UnitLabel(QLabel):
    """The unit beside a field; a money field's number reading follows the currency shown."""

    def __init__(self, parent: QWidget, number: EditorNumberField | None):
        super().__init__(parent)
        self._number = number

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(text)
        if self._number is not None and self._number._spec is not None \
                and self._number._spec.unit == "money" and text:
            self._number.setCurrency(text)


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


def field_frame(parent: QWidget) -> tuple[QLabel, QWidget, QVBoxLayout, QHBoxLayout]:
    """A form field's parts: its label, and a container holding a row (input, unit, "?") above
    the lines for its reading and its error."""
    label = QLabel(parent)
    container = QWidget(parent)
    outer = QVBoxLayout(container)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.setSpacing(2)
    row = QHBoxLayout()
    row.setSpacing(6)
    return label, container, outer, row


def glossary_button(parent: QWidget, glossary_path: str, slot) -> QToolButton | None:
    """The "?" beside a field or table whose model path has a glossary entry (None without one).
    F1 on the field is the keyboard's way, so the button takes no Tab stop of its own."""
    if not has_entry(glossary_path):
        return None
    button = QToolButton(parent)
    button.setObjectName("glossaryButton")
    button.setText("?")
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.clicked.connect(slot)
    return button


class ScalarField(QObject):
    """One field of the form: its label, input widget, unit, help and error message."""

    edited = Signal(str, bool)  # path, typing (merge into one undo step)
    focused = Signal(str)  # path

    def __init__(self, spec: FieldSpec, path: str, parent: QWidget, glossary_path: str | None = None,
                 choice_field: str | None = None):
        super().__init__(parent)
        self.spec = spec
        self.path = path
        # The glossary names a version-2 component's field by its type, not its list index.
        self.glossary_path = glossary_path or path
        # The vocabulary's key for the choice words ("Offer.kind"); unknown keys fall back to
        # the words of any field with that value.
        self.choice_field = choice_field or f"{spec.model.__name__}.{spec.name}"
        self.lang = "en"
        self.label, self.container, outer, row = field_frame(parent)
        self.number: EditorNumberField | None = None
        self.widget: QWidget
        if spec.kind == "bool":
            box = QCheckBox(self.container)
            box.toggled.connect(lambda _=None: self.edited.emit(self.path, False))
            self.widget = box
        elif spec.kind == "choice":
            combo = ChoiceCombo(self.container)
            guard(combo)  # the wheel scrolls the form unless the combo has the focus
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(22)
            combo.currentIndexChanged.connect(lambda _=None: self._update_choice_tip())
            for value in spec.choices:
                combo.addItem(value, value)
            combo.activated.connect(lambda _=None: self.edited.emit(self.path, False))
            self.widget = combo
        elif spec.kind == "text" and spec.name in LONG_TEXT_FIELDS:
            plain = QPlainTextEdit(self.container)
            plain.setTabChangesFocus(True)
            plain.setFixedHeight(64 if spec.name != "notes" else 90)
            plain.textChanged.connect(self._on_plain_changed)
            self.widget = plain
        elif spec.kind in ("number", "whole"):
            number = EditorNumberField(spec, self.lang, "EUR", self.container, self.container)
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setMaximumWidth(160)
            # textEdited: each keystroke; valueChanged/stateChanged: leaving an ambiguous text
            # (read the interface language's way) or choosing one of its readings.
            number.textEdited.connect(lambda _=None: self.edited.emit(self.path, True))
            number.valueChanged.connect(lambda _=None: self.edited.emit(self.path, True))
            number.stateChanged.connect(lambda _=None: self.edited.emit(self.path, True))
            self.number = number
            self.widget = number
        else:
            line = QLineEdit(self.container)
            line.textEdited.connect(lambda _=None: self.edited.emit(self.path, True))
            if spec.name == "currency":
                line.setMaximumWidth(90)
            self.widget = line
        self.unit_label = _UnitLabel(self.container, self.number)
        self.unit_label.setObjectName("unitLabel")
        self.widget.setObjectName(path)
        self.widget.installEventFilter(self)
        row.addWidget(self.widget, 1 if spec.kind in ("text", "choice") else 0)
        row.addWidget(self.unit_label)
        self.glossary_button = glossary_button(self.container, self.glossary_path, self.open_glossary)
        if self.glossary_button is not None:
            row.addWidget(self.glossary_button)
        if spec.kind not in ("text", "choice"):
            row.addStretch(1)
        outer.addLayout(row)
        if self.number is not None:
            outer.addWidget(self.number.hint)
        self.error = ErrorLabel(self.container)
        outer.addWidget(self.error)
        self.label.setBuddy(self.widget)
        self._loading = False

    # ------------------------------------------------------------------ text and language

    def retranslate(self, lang: str, currency: str) -> None:
        self.lang = lang
        label = self.spec.label(lang)
        help_text = self.spec.help(lang)
        w = self.widget
        self.label.setText(label + ":" if self.spec.kind != "bool" else "")
        if isinstance(w, QCheckBox):
            w.setText(label)
        w.setAccessibleName(label)
        if self.number is not None:
            self.number.setLanguage(lang)
        else:  # a number field's description and tooltip explain its reading
            w.setAccessibleDescription(help_text)
            w.setToolTip(help_text)
        self.label.setToolTip(help_text)
        self.unit_label.setText(unit_suffix(self.spec, currency))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                w.setItemText(i, choice_label(w.itemData(i), lang, self.choice_field))
                w.setItemData(i, w.itemText(i), Qt.ItemDataRole.ToolTipRole)
            self._update_choice_tip()
        if self.glossary_button is not None:
            tip = QCoreApplication.translate("OfferEditor", "Explain this term (F1)")
            self.glossary_button.setToolTip(tip)
            self.glossary_button.setAccessibleName(
                QCoreApplication.translate("OfferEditor", "Glossary: %1").replace("%1", label))

    def _update_choice_tip(self) -> None:
        """A choice's tooltip: the chosen words in full, then what the field means."""
        w = getattr(self, "widget", None)  # None while the combo is being filled
        if isinstance(w, QComboBox):
            help_text = self.spec.help(self.lang)
            w.setToolTip(f"{w.currentText()}\n\n{help_text}" if w.currentText() else help_text)

    def open_glossary(self) -> QWidget | None:
        """The glossary on this field's term (the "?" beside it, F1); None without an entry."""
        return open_for_field(self.container.window(), self.lang, self.glossary_path)

    def set_path(self, path: str) -> None:
        """The field's place in the document changed (a plan component before it was removed)."""
        self.path = path
        self.widget.setObjectName(path)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusIn:
            self.focused.emit(self.path)
        elif event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Save) and self.number is not None:
                # Ctrl+S saves without taking the focus from the field: first settle what was
                # typed, as leaving the field would ("2.400" read the interface way, and said).
                self.number.finish()
            if (event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
                    or event.matches(QKeySequence.StandardKey.Save)):
                # Let the window's undo stack handle Ctrl+Z for the whole form, not the line
                # edit's private history (which would fight with it).
                event.ignore()
                return True
            if self._is_f1(event) and self.glossary_button is not None:
                event.accept()  # F1 on a field with a glossary entry: its term, not the guide
                return True
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if self._is_f1(event) and self.glossary_button is not None:
                self.open_glossary()
                return True
        return False

    @staticmethod
    def _is_f1(event: QKeyEvent) -> bool:
        return event.key() == Qt.Key.Key_F1 and event.modifiers() == Qt.KeyboardModifier.NoModifier

    # ------------------------------------------------------------------ data

    def _on_plain_changed(self) -> None:
        if not self._loading:
            self.edited.emit(self.path, True)

    def raw(self) -> Any:
        w = self.widget
        if isinstance(w, QCheckBox):
            return w.isChecked()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QLineEdit):
            return w.text()
        return None

    def data(self) -> Any:
        if self.number is not None:
            return self.number.data()
        return to_data(self.spec, self.raw(), self.lang)

    def set_data(self, value: Any) -> None:
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
            elif self.number is not None:
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    self.number.setValue(float(value))
                else:  # None, or text that did not read as one number: shown as it was typed
                    self.number.set_text("" if value is None else str(value))
            elif isinstance(w, QLineEdit):
                w.setText("" if value is None else str(value))
        finally:
            w.blockSignals(False)
            self._loading = False
        self._update_choice_tip()

    def reformat(self) -> None:
        """Kept for the form: a number field rewrites its value in the new language's notation
        itself when ``retranslate`` switches its language."""

    def set_error(self, message: str | None) -> None:
        """The model's reason for refusing the field. A number field that is ambiguous as typed
        asks which reading is meant beside the field (its hint and "?" mark) instead."""
        if self.number is not None and self.number.state() == AMBIGUOUS:
            self.error.show_error(None)
            return
        self.error.show_error(message)
        set_invalid(self.widget, bool(message))

    def set_visible(self, visible: bool) -> None:
        self.label.setVisible(visible)
        self.container.setVisible(visible)

    def set_enabled(self, enabled: bool) -> None:
        self.label.setEnabled(enabled)
        self.container.setEnabled(enabled)


__all__ = ["ChoiceCombo", "EditorNumberField", "FieldSpec", "ScalarField", "describe", "field_frame",
           "glossary_button", "number_data",
           "parse_field_number", "to_data", "unit_suffix"]
