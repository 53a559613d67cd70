"""The guided interview dialog: one plain question per page, Back / "I don't know" / Next.

It owns only the presentation and the keyboard; the questions, which of them apply, how an
answer is read and how the answers become a document live in ``evaluator.core.interview``.
Question texts follow the ``lang`` the caller gives (they are core texts in both languages);
the dialog's own words are Qt translations (``resources/i18n/interview_nl.ts``).

Keyboard: Enter (or Alt+N) goes to the next question, Alt+B (or Alt+Left) back, Alt+D answers
"I don't know" (in Dutch: Alt+V Volgende, Alt+T Terug, Alt+W Weet ik niet); on a choice page the
digit keys pick an answer and the arrow keys move through them; F1 opens the glossary on the
page's first term, and each term has a "?" button; Esc closes without changing anything. Once
an answer was given, Esc, Cancel and the window's close button first ask "Discard your answers?"
(default: keep answering), so a stray Esc loses nothing.

The last page lists what to ask the recruiter and "Show the results" accepts the dialog; the
caller then reads ``document()`` (``evaluator.core.interview.build`` of the answers on the
document the dialog was opened on).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core import glossary
from ..core import interview as iv
from ..core.i18n import norm_lang
from .number_input import NumberInput

VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
DONE = "__done__"  # the key of the last page (the summary)


class InterviewDialog(QDialog):
    """The interview on ``base`` (a document's data; None: a new evaluation)."""

    question_shown = Signal(str)  # the key of the page now shown (DONE for the last page)

    def __init__(self, lang: str = "en", base: dict | None = None, currency: str = "EUR",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("interviewDialog")
        self.lang = norm_lang(lang)
        self.base = base
        self.currency = str(((base or {}).get("offer") or {}).get("currency") or currency)
        self.answers: iv.Answers = iv.prefill(base if base is not None else iv.new_document(self.lang, self.currency))
        self._given: set[str] = set()  # the questions answered in this dialog
        self.history: list[str] = []
        self.current: str | None = None

        self.progress = QLabel()
        self.progress.setObjectName("interviewProgress")
        self.title = QLabel()
        self.title.setObjectName("interviewQuestion")
        self.title.setWordWrap(True)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel()
        self.hint.setObjectName("interviewHint")
        self.hint.setWordWrap(True)
        hint_font = QFont(self.hint.font())
        hint_font.setPointSizeF(hint_font.pointSizeF() * 1.15)
        self.hint.setFont(hint_font)

        # The answer widgets, one of which shows at a time.
        answer_font = QFont(self.font())
        answer_font.setPointSizeF(answer_font.pointSizeF() * 1.25)
        self.inputs = QWidget()
        inputs_layout = QVBoxLayout(self.inputs)
        inputs_layout.setContentsMargins(0, 0, 0, 0)
        self._input_widgets: list[QWidget] = []
        self._input_current: QWidget | None = None
        self.text_input = QLineEdit()
        self.text_input.setObjectName("interviewText")
        self.text_input.setMaxLength(200)
        self.money_input = NumberInput("amount", self.lang, self.currency)
        self.percent_input = NumberInput("percent", self.lang, self.currency, minimum=0, maximum=100)
        self.number_input = NumberInput("amount", self.lang, None)  # type: ignore[arg-type]  # a plain number
        self.choice_input = QListWidget()
        self.choice_input.setObjectName("interviewChoices")
        self.choice_input.setWordWrap(True)
        self.choice_input.setSpacing(4)
        self.choice_input.setMinimumHeight(250)  # four answers of two lines each, without scrolling
        self.choice_input.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.choice_input.installEventFilter(self)  # digits pick an answer (not a type-ahead search)
        for w in (self.text_input, self.money_input.field, self.percent_input.field,
                  self.number_input.field, self.choice_input):
            w.setFont(answer_font)
        widgets: tuple[QWidget, ...] = (self.text_input, self.money_input, self.percent_input,
                                        self.number_input, self.choice_input)
        for widget in widgets:
            inputs_layout.addWidget(widget)
            self._input_widgets.append(widget)
            widget.hide()
        self.unit = QLabel()
        self.unit.setObjectName("interviewUnit")
        self.unit.setFont(answer_font)
        answer_row = QHBoxLayout()
        answer_row.addWidget(self.inputs, 1)
        answer_row.addWidget(self.unit, 0, Qt.AlignmentFlag.AlignTop)
        answer_row.addStretch(0)
        self.status = QLabel()
        self.status.setObjectName("interviewStatus")
        self.status.setWordWrap(True)

        self.terms_label = QLabel()
        self.terms_row = QHBoxLayout()
        self.terms_row.setContentsMargins(0, 0, 0, 0)
        self.terms_box = QWidget()
        self.terms_box.setLayout(self.terms_row)
        self.terms_row.addStretch(1)
        self.term_buttons: list[QPushButton] = []

        self.summary = QLabel()
        self.summary.setObjectName("interviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setFont(hint_font)

        self.back_button = QPushButton()
        self.back_button.setObjectName("interviewBack")
        self.unknown_button = QPushButton()
        self.unknown_button.setObjectName("interviewUnknown")
        self.next_button = QPushButton()
        self.next_button.setObjectName("interviewNext")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("interviewCancel")
        # Enter goes to the next question wherever the focus is (keyPressEvent), so no button is
        # the dialog's default: Enter would otherwise count twice.
        for b in (self.back_button, self.unknown_button, self.cancel_button, self.next_button):
            b.setAutoDefault(False)
            b.setDefault(False)
        self.back_button.clicked.connect(self.go_back)
        self.unknown_button.clicked.connect(self.dont_know)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_back)
        QShortcut(QKeySequence("Alt+Right"), self, self.go_next)
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.open_first_term)

        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.unknown_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.progress)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(6)
        layout.addLayout(answer_row)
        layout.addWidget(self.status)
        layout.addWidget(self.summary, 1)
        layout.addStretch(1)
        terms_line = QHBoxLayout()
        terms_line.addWidget(self.terms_label)
        terms_line.addWidget(self.terms_box, 1)
        layout.addLayout(terms_line)
        layout.addLayout(buttons)

        self.setMinimumSize(640, 420)
        self.resize(780, 520)
        self.retranslate()
        self.show_question(iv.QUESTIONS[0].key)

    # --- texts --------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("I've been pitched an opportunity"))
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setToolTip(self.tr("The previous question (Alt+Left)"))
        self.unknown_button.setText(self.tr("I &don't know"))
        self.unknown_button.setToolTip(self.tr("Skip this question: it becomes a question to ask the recruiter"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.terms_label.setText(self.tr("Words on this page:"))
        self.title.setAccessibleName(self.tr("Question"))
        self.choice_input.setAccessibleName(self.tr("Answers"))

    # --- the public API ------------------------------------------------------------------------

    def question(self) -> iv.Question | None:
        return None if self.current in (None, DONE) else iv.question(self.current)  # type: ignore[arg-type]

    def input_widget(self) -> QWidget:
        """The widget that takes the answer on the page shown (for tests and the keyboard)."""
        w = self._input_current
        assert w is not None
        return w.field if isinstance(w, NumberInput) else w

    def document(self) -> dict[str, Any]:
        """The document the answers give (the base with the answers written in)."""
        answers = {k: v for k, v in self.answers.items() if k in self._given}
        return iv.build(answers, self.lang, self.base, self.currency)

    def remaining(self) -> int:
        """About how many questions are left after this one (it depends on the answers)."""
        keys = [q.key for q in iv.questions(self.answers)]
        if self.current in keys:
            return len(keys) - keys.index(self.current) - 1  # type: ignore[arg-type]
        return 0

    # --- moving -------------------------------------------------------------------------------

    def show_question(self, key: str) -> None:
        self.current = key
        self.status.clear()
        if key == DONE:
            self._show_summary()
            self.question_shown.emit(key)
            return
        q = iv.question(key)
        t = iv.offer_type(self.answers)
        answered = len(self.history) + 1
        total = answered + self.remaining()
        self.progress.setText(self.tr("Question %1 of about %2").replace("%1", str(answered)).replace("%2", str(total)))
        self.title.setText(q.text(self.lang, t))
        self.hint.setText(q.hint(self.lang))
        self.hint.show()
        self.summary.hide()
        self.inputs.show()
        self.unit.setText(self._unit(q))
        self.unit.setVisible(bool(self.unit.text()))
        self.unknown_button.setEnabled(True)
        self.back_button.setEnabled(bool(self.history))
        self.next_button.setText(self.tr("&Next"))
        answer = self.answers.get(key)
        widget = self._fill_input(q, answer)
        if answer is iv.UNKNOWN:
            self.status.setText(self.tr("Your answer so far: I don't know."))
        self._show_terms(q.terms)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.question_shown.emit(key)

    def go_next(self) -> None:
        q = self.question()
        if self.current == DONE:
            self.accept()
            return
        if q is None:
            return
        value, error = self._read(q)
        if value is None and not error and self.answers.get(q.key) is iv.UNKNOWN:
            value = iv.UNKNOWN  # Enter on an empty "I don't know" keeps it
        if error:
            self.status.setText(error)
            self.input_widget().setFocus()
            return
        self._answer(q.key, value)

    def dont_know(self) -> None:
        q = self.question()
        if q is not None:
            self._answer(q.key, iv.UNKNOWN)

    def go_back(self) -> None:
        if self.history:
            self.show_question(self.history.pop())

    def open_first_term(self) -> None:
        q = self.question()
        if q is not None and q.terms:
            self.open_term(q.terms[0])

    def open_term(self, key: str) -> None:
        from .glossary_dialog import open_glossary

        open_glossary(self, self.lang, key)

    def reject(self) -> None:
        """Cancel, Esc and the window's close button: ask first once an answer was given."""
        if self._given and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        """Ask "Discard your answers?"; True when the user chose Discard (the default is Keep)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard your answers?"),
                          self.tr("Discard your answers?"), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("interviewDiscardBox")
        box.setInformativeText(self.tr("The answers you gave in this interview will be lost."))
        discard = box.addButton(self.tr("&Discard"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("&Keep answering"), QMessageBox.ButtonRole.RejectRole)
        discard.setObjectName("interviewDiscard")
        keep.setObjectName("interviewKeep")
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    def _answer(self, key: str, value: iv.Answer) -> None:
        self.answers[key] = value
        self._given.add(key)
        self.history.append(key)
        following = iv.next_question(key, self.answers)
        self.show_question(following.key if following is not None else DONE)

    # --- the page's widgets -------------------------------------------------------------------

    def _unit(self, q: iv.Question) -> str:
        unit = q.unit(self.lang)
        if q.kind == "money":
            # "€ per maand", as amounts are written everywhere else (not "EUR per maand")
            from ..core.i18n import currency_symbol

            return f"{currency_symbol(self.currency)} {unit}".strip()
        if q.kind in ("percent", "percents"):
            return "%"
        return unit

    def _fill_input(self, q: iv.Question, answer: iv.Answer) -> QWidget:
        text = iv.answer_text(q, answer, self.lang)
        if q.kind == "choice":
            self.choice_input.clear()
            for i, option in enumerate(q.options, start=1):
                item = QListWidgetItem(f"{i}.  {option.text(self.lang)}")
                item.setData(VALUE_ROLE, option.value)
                self.choice_input.addItem(item)
                if option.value == answer:
                    self.choice_input.setCurrentItem(item)
            if self.choice_input.currentRow() < 0:
                self.choice_input.setCurrentRow(-1)
            self._set_input(self.choice_input)
            return self.choice_input
        if q.kind in ("text", "percents"):
            self.text_input.setText(text)
            self.text_input.selectAll()
            self.text_input.setPlaceholderText("10 / 5 / 3" if q.kind == "percents" else "")
            self._set_input(self.text_input)
            return self.text_input
        box = {"money": self.money_input, "percent": self.percent_input}.get(q.kind, self.number_input)
        box.field.setValue(answer if isinstance(answer, float) else None)
        box.field.selectAll()
        self._set_input(box)
        return box.field

    def _set_input(self, widget: QWidget) -> None:
        for w in self._input_widgets:
            w.setVisible(w is widget)
        self._input_current = widget
        # a number needs no full-width field: the unit then sits right beside it
        self.inputs.setMaximumWidth(360 if isinstance(widget, NumberInput) else 16777215)

    def _read(self, q: iv.Question) -> tuple[iv.Answer, str | None]:
        if q.kind == "choice":
            item = self.choice_input.currentItem()
            if item is None or not item.isSelected():
                return None, self.tr("Choose one of the answers (type its number), or press \u201cI don't know\u201d.")
            return iv.parse(q, str(item.data(VALUE_ROLE)), self.lang)
        widget = self.input_widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        return iv.parse(q, text, self.lang)

    def _show_terms(self, keys: tuple[str, ...]) -> None:
        for b in self.term_buttons:
            self.terms_row.removeWidget(b)
            b.hide()
            b.deleteLater()
        self.term_buttons = []
        for key in keys:
            term = glossary.entry(key).term(self.lang)
            button = QPushButton("? " + term)
            button.setObjectName(f"term_{key}")
            button.setAutoDefault(False)
            button.setFlat(True)
            button.setToolTip(self.tr("What does \u201c%1\u201d mean? (F1 for the first word)").replace("%1", term))
            button.clicked.connect(lambda _=False, k=key: self.open_term(k))
            self.terms_row.insertWidget(len(self.term_buttons), button)
            self.term_buttons.append(button)
        self.terms_label.setVisible(bool(keys))
        self.terms_box.setVisible(bool(keys))
        # Tab order: the answer, the words, then the buttons
        previous: QWidget = self.input_widget()
        for b in self.term_buttons:
            self.setTabOrder(previous, b)
            previous = b
        for b in (self.back_button, self.unknown_button, self.next_button):
            self.setTabOrder(previous, b)
            previous = b

    def _show_summary(self) -> None:
        asks = iv.unknown_questions(self.answers, self.lang)
        self.progress.setText(self.tr("Done"))
        self.title.setText(self.tr("That's all. Your evaluation is ready."))
        self.hint.setText(self.tr("The results open next to the full editor, where you can change or add anything."))
        if asks:
            lines = [self.tr("Ask the recruiter (these questions are kept in the evaluation's notes):")]
            lines += [f"\u2022 {a}" for a in asks]
        else:
            lines = [self.tr("You answered every question.")]
        self.summary.setText("\n".join(lines))
        self.summary.show()
        self.inputs.hide()
        self.unit.hide()
        self._show_terms(())
        self.unknown_button.setEnabled(False)
        self.back_button.setEnabled(bool(self.history))
        self.next_button.setText(self.tr("&Show the results"))
        self.next_button.setFocus()

    # --- keys ---------------------------------------------------------------------------------

    def _pick_by_digit(self, event) -> bool:
        q = self.question()
        text = event.text()
        if q is not None and q.kind == "choice" and len(text) == 1 and text in "123456789" \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            row = int(text) - 1
            if row < self.choice_input.count():
                self.choice_input.setCurrentRow(row)
                self.choice_input.setFocus()
                return True
        return False

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.choice_input and event.type() == QEvent.Type.KeyPress and self._pick_by_digit(event):
            return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if self._pick_by_digit(event):
            return
        if event.modifiers() == Qt.KeyboardModifier.AltModifier:
            # The buttons' Alt+letter (their mnemonic), also where the platform has no mnemonics
            # (where it has them, the button took the key before it got here).
            for button in (self.back_button, self.unknown_button, self.next_button):
                letter = _mnemonic(button.text())
                if letter and event.key() == ord(letter) and button.isEnabled():
                    button.click()
                    return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            focus = self.focusWidget()
            if isinstance(focus, QPushButton) and focus is not self.next_button:
                focus.click()  # Enter on Back, "I don't know", Cancel or a word does that
            else:
                self.go_next()
            return
        super().keyPressEvent(event)


def _mnemonic(text: str) -> str | None:
    """The upper-case letter after the '&' of a button text ('I &don't know' -> 'D')."""
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].upper() if 0 <= i < len(text.replace("&&", "")) - 1 else None


def open_interview(parent: QWidget, lang: str, base: dict | None = None, currency: str = "EUR") -> InterviewDialog:
    """Show the interview, window-modal (``accepted`` / ``rejected`` tell the caller the end)."""
    dialog = InterviewDialog(lang, base, currency, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


__all__ = ["InterviewDialog", "open_interview", "DONE"]
