"""Amount and percentage fields that read numbers the way people type them (SPEC 9.5).

This module owns the widget side of ``evaluator.core.numbers``: ``NumberField``, a QLineEdit
that reads Dutch and English notation in either interface language, and ``NumberInput``, the
field with its hint line under it, ready for a form layout.

What the field does with a text (its ``state()``):
- ``empty``: nothing typed; ``value()`` is None and ``cleared`` is emitted.
- ``valid``: one reading; ``valueChanged(float)`` is emitted when it differs from the last value
  emitted or set. When the text is not how the interface language writes the value (a currency,
  grouping, the other convention) the hint shows the reading: "= € 2.400,50".
- ``ambiguous``: ``2.400`` or ``2,400``, a factor 1,000 apart under the two conventions. The
  field gets a "?" mark and the hint shows both readings as buttons; nothing is emitted while
  the user types. Clicking a reading writes it unambiguously into the field and emits it.
- ``resolved``: an ambiguous text the user left (Enter or focus out) is read by the interface
  language's convention and emitted; the hint keeps saying so, with a button for the other
  reading, so the choice is never silent.
- ``invalid``: the text is kept as typed, the field is marked (a "!" in the field, the red
  ``invalid`` border of the editor's style sheet), and the reason is in the tooltip, the
  accessible description and the hint. Nothing is emitted; ``value()`` is None.

``setValue`` (a program setting the value: loading, undo) writes the value the interface
language's way and emits nothing, like ``QLineEdit.setText`` emits no ``textEdited``.
Texts come from ``evaluator.core.i18n.tr``; call ``setLanguage`` on a language switch.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget,
)

from ..core.i18n import norm_lang, tr
from ..core.numbers import ParsedNumber, display_value, format_for_field, parse_amount, parse_percent

EMPTY, VALID, AMBIGUOUS, RESOLVED, INVALID = "empty", "valid", "ambiguous", "resolved", "invalid"
_MARK_COLOURS = {INVALID: "#e53935", AMBIGUOUS: "#f9a825"}
_MARK_SIGNS = {INVALID: "!", AMBIGUOUS: "?"}


def _mark_icon(state: str) -> QIcon:
    """A round coloured badge with '!' or '?', drawn in code (no image files to ship)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(_MARK_COLOURS[state]))
    painter.drawEllipse(QRectF(2, 2, 28, 28))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(22)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, 0, 32, 32), Qt.AlignmentFlag.AlignCenter, _MARK_SIGNS[state])
    painter.end()
    return QIcon(pixmap)


def _readings(parsed: ParsedNumber) -> tuple[float, float]:
    """The two readings of an ambiguous or resolved text (both are set in those states)."""
    assert parsed.value is not None and parsed.alternative is not None
    return parsed.value, parsed.alternative


class NumberHint(QWidget):
    """The line beside or under a NumberField: the reading, the reason, or the two readings to
    choose from. Hidden when there is nothing to say."""

    chosen = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("numberHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.label = QLabel(self)
        self.label.setObjectName("numberHintText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.label)
        self._text = ""
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: list[QPushButton] = []
        for _ in range(2):
            button = QPushButton(self)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setAutoDefault(False)
            button.hide()
            button.clicked.connect(lambda _=False, b=button: self.chosen.emit(b.property("value")))
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.hide()

    def show_text(self, text: str, choices: Sequence[tuple[str, float]] = ()) -> None:
        """Show ``text`` and a button per (label, value) in ``choices``; '' hides the hint."""
        self._text = text
        self.label.setText(text)
        for button, choice in zip(self.buttons, list(choices) + [None, None]):
            if choice is None:
                button.hide()
                continue
            label, value = choice
            button.setText(label)
            button.setAccessibleName(label)
            button.setProperty("value", float(value))
            button.show()
        self._apply_visibility()

    def text(self) -> str:
        return self._text

    def _apply_visibility(self) -> None:
        # A hint nobody has placed yet has no parent: showing it would open a window of its own.
        self.setVisible(bool(self._text) and self.parentWidget() is not None)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange:
            self._apply_visibility()
        return super().event(event)

    def visible_buttons(self) -> list[QPushButton]:
        return [b for b in self.buttons if not b.isHidden()]


class NumberField(QLineEdit):
    """A line edit for an amount (``kind="amount"``) or a percentage (``kind="percent"``).

    ``currency`` is the offer's currency code, used to show readings ("€ 2.400,00").
    ``minimum``/``maximum``, when given, settle an ambiguous text whose readings fall on either
    side of them (a share of ``12,500`` can only be 12.5 %); they do not refuse values: limits are
    the model's to check. ``hint`` is the widget showing readings and reasons; put it in a layout
    (or use ``NumberInput``, which puts it under the field).
    """

    valueChanged = Signal(float)
    cleared = Signal()
    stateChanged = Signal(str)

    def __init__(self, kind: str = "amount", lang: str = "en", currency: str = "EUR",
                 parent: QWidget | None = None, minimum: float | None = None,
                 maximum: float | None = None, hint_parent: QWidget | None = None):
        super().__init__(parent)
        if kind not in ("amount", "percent"):
            raise ValueError(f"kind must be 'amount' or 'percent', not {kind!r}")
        self._kind = kind
        self._lang = norm_lang(lang)
        self._currency = currency
        self._limits = (minimum, maximum)
        self._state = EMPTY
        self._parsed = ParsedNumber(text="", lang=self._lang)
        self._emitted: float | None = None
        self._mark: QAction | None = None
        self._incomplete = False
        self.hint = NumberHint(hint_parent)
        self.hint.chosen.connect(self._choose)
        self.textEdited.connect(self._on_edited)
        self.editingFinished.connect(self._on_finished)
        self._show()

    # ---- the public API ----------------------------------------------------------------------

    def kind(self) -> str:
        return self._kind

    def language(self) -> str:
        return self._lang

    def state(self) -> str:
        return self._state

    def parsed(self) -> ParsedNumber:
        """The full reading of the current text (the settled one once resolved)."""
        return self._parsed

    def value(self) -> float | None:
        """The number the field stands for; None when empty, invalid or still ambiguous."""
        if self._state in (VALID, RESOLVED):
            return self._parsed.value
        return None

    def setValue(self, value: float | None) -> None:
        """Show ``value`` the interface language's way; emits nothing."""
        self._emitted = None if value is None else float(value)
        self.setText(format_for_field(value, self._lang))
        self._read(self.text())

    def setLanguage(self, lang: str) -> None:
        """Switch the interface language: a read value is rewritten the new language's way (so
        it cannot turn into another number); other texts are read again and re-explained."""
        lang = norm_lang(lang)
        if lang == self._lang:
            return
        value, state = self.value(), self._state
        self._lang = lang
        if state in (VALID, RESOLVED) and value is not None:
            self.setText(format_for_field(value, lang))
        self._read(self.text())

    def setCurrency(self, currency: str) -> None:
        self._currency = currency
        self._show()

    # ---- reading -----------------------------------------------------------------------------

    def _parse(self, text: str) -> ParsedNumber:
        parsed = (parse_percent if self._kind == "percent" else parse_amount)(text, self._lang)
        low, high = self._limits
        if parsed.ambiguous and (low is not None or high is not None):
            parsed = parsed.within(float("-inf") if low is None else low,
                                   float("inf") if high is None else high)
        return parsed

    def _read(self, text: str) -> None:
        parsed = self._parse(text)
        self._parsed = parsed
        # '€ ' or '-' on the way to a number: not marked until the user leaves the field
        self._incomplete = (parsed.error == "not_a_number" and not any(c.isdigit() for c in text)
                            and self._parse(text + "1").valid)
        if parsed.empty:
            self._state = EMPTY
        elif parsed.error:
            self._state = INVALID
        elif parsed.ambiguous:
            self._state = AMBIGUOUS
        else:
            self._state = VALID
        self._show()

    def _on_edited(self, text: str) -> None:
        before = self._state
        self._read(text)
        if self._state == EMPTY and self._emitted is not None:
            self._emitted = None
            self.cleared.emit()
        elif self._state == VALID:
            self._emit(self._parsed.value)
        if self._state != before:
            self.stateChanged.emit(self._state)

    def finish(self) -> None:
        """What leaving the field does (Enter, focus out): an ambiguous text is read the
        interface language's way and emitted, an unfinished text ('€ ') is marked. Call it
        before saving when a shortcut saves without taking the focus from the field."""
        self._on_finished()

    def _on_finished(self) -> None:
        if self._state == INVALID and self._incomplete:
            self._incomplete = False
            self._show()
            return
        if self._state != AMBIGUOUS:
            return
        self._parsed = self._parsed.read_as(self._lang, "language")
        self._state = RESOLVED
        self._show()
        self.stateChanged.emit(self._state)
        self._emit(self._parsed.value)

    def _choose(self, value: float) -> None:
        """A reading picked in the hint: written unambiguously into the field, then emitted."""
        self.setText(format_for_field(value, self._lang))
        before = self._state
        self._read(self.text())
        if self._state != before:
            self.stateChanged.emit(self._state)
        self._emit(self._parsed.value)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _emit(self, value: float | None) -> None:
        if value is not None and value != self._emitted:
            self._emitted = value
            self.valueChanged.emit(value)

    # ---- showing -----------------------------------------------------------------------------

    def _shown(self, value: float) -> str:
        # a no-break space keeps '€ 2.400,00' together when the hint wraps
        return display_value(value, self._lang, self._kind, self._currency).replace(" ", "\u00a0")

    def _show(self) -> None:
        lang, parsed, state = self._lang, self._parsed, self._state
        text, explanation = "", ""
        choices: list[tuple[str, float]] = []
        if state == INVALID and self._incomplete:
            pass
        elif state == INVALID:
            reason = parsed.reason(lang)
            text = explanation = tr(lang, "{reason}. Your text is kept; correct it.",
                                    "{reason}. Je tekst blijft staan; verbeter hem."
                                    ).format(reason=reason[:1].upper() + reason[1:])
        elif state == AMBIGUOUS:
            value, alternative = _readings(parsed)
            first, second = self._shown(value), self._shown(alternative)
            text = explanation = tr(
                lang, "\u201c{text}\u201d can mean {first} or {second}. Which one do you mean?",
                "\u201c{text}\u201d kan {first} of {second} betekenen. Welke bedoel je?",
            ).format(text=parsed.text.strip(), first=first, second=second)
            choices = [(first, value), (second, alternative)]
        elif state == RESOLVED:
            value, alternative = _readings(parsed)
            first, second = self._shown(value), self._shown(alternative)
            way = tr(lang, "the English way", "op z'n Nederlands")
            text = explanation = tr(lang, "Read as {first} ({way}).", "Gelezen als {first} ({way}).").format(
                first=first, way=way)
            choices = [(tr(lang, "Use {value}", "Gebruik {value}").format(value=second), alternative)]
        elif state == VALID and parsed.value is not None \
                and parsed.text.strip() != format_for_field(parsed.value, lang):
            text = "= " + self._shown(parsed.value)
            explanation = tr(lang, "Read as {value}.", "Gelezen als {value}.").format(value=self._shown(parsed.value))
        self.hint.show_text(text, choices)
        self.setToolTip(explanation)
        self.setAccessibleDescription(explanation)
        marked = state in _MARK_COLOURS and not self._incomplete
        self._set_mark(state if marked else None, explanation)
        self._set_property("invalid", state == INVALID and marked)
        self._set_property("ambiguous", state == AMBIGUOUS)

    def _set_mark(self, state: str | None, tooltip: str) -> None:
        if self._mark is not None and self._mark.property("state") != state:
            self.removeAction(self._mark)
            self._mark.deleteLater()
            self._mark = None
        if state is None:
            return
        if self._mark is None:
            self._mark = QAction(_mark_icon(state), "", self)
            self._mark.setProperty("state", state)
            self.addAction(self._mark, QLineEdit.ActionPosition.TrailingPosition)
        self._mark.setToolTip(tooltip)
        self._mark.setText(tooltip)

    def _set_property(self, name: str, on: bool) -> None:
        if bool(self.property(name)) == on:
            return
        self.setProperty(name, on)
        self.style().unpolish(self)
        self.style().polish(self)

    def mark_state(self) -> str | None:
        """'invalid' or 'ambiguous' when the field carries a visible mark, else None."""
        return None if self._mark is None else self._mark.property("state")


class NumberInput(QWidget):
    """A NumberField with its hint under it: one widget for a form row. ``field`` is the line
    edit; its signals and methods are the API (``valueChanged``, ``value()``, ``setValue()``)."""

    def __init__(self, kind: str = "amount", lang: str = "en", currency: str = "EUR",
                 parent: QWidget | None = None, **limits):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.field = NumberField(kind, lang, currency, self, hint_parent=self, **limits)
        layout.addWidget(self.field)
        layout.addWidget(self.field.hint)
        self.setFocusProxy(self.field)
