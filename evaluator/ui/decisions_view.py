"""The "Before you join" results view (SPEC 12): the exit ledger table, the upline table, the
claim check in plain words, the tornado chart of the sensitivity, and for Dutch offers the tax
and registration block with its sources and dates (information, not advice).

``DecisionsView.set_analysis(evaluation, analysis, lang)`` shows one analysis. The figures are
``analysis.decisions`` (``core/decisions.py``, ``core/nl_tax.py``), computed when first asked
for; the view asks for them a moment after the last change (a short debounce, so typing stays
smooth) and only while it is visible, or as soon as it is shown. Every text from the user or
derived from their input is shown as plain text.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QDoubleSpinBox, QFrame, QHBoxLayout, QHeaderView, QPushButton, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from ..core import decisions as aids
from ..core import nl_tax
from ..core.i18n import fmt_percent, tr
from . import format as fmt
from . import wheel_guard
from .chart_canvas import ChartCanvas
from .text_label import text_label as plain_label  # remembers its height per width
from .widgets import heading_label

if TYPE_CHECKING:  # pragma: no cover
    from ..core.analysis import Analysis
    from ..core.model import Evaluation

log = logging.getLogger(__name__)

RATE_KEY = "tax/income_tax_rate_percent"  # the user's own rate (a preference, not the document's)


def _saved_rate() -> float:
    """The rate the user set last time, else the dated default."""
    try:
        value = float(str(QSettings().value(RATE_KEY, nl_tax.INCOME_TAX_RATE.value)))
    except (TypeError, ValueError):
        return nl_tax.INCOME_TAX_RATE.value
    return value if 0 <= value <= 100 else nl_tax.INCOME_TAX_RATE.value


DEBOUNCE_MS = 200  # after the last change; the decisions take tens of milliseconds


def _table(parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().hide()
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    return table


def _fill(table: QTableWidget, header: list[str], rows: list[list[str]], bold_last: bool = True) -> None:
    table.clear()
    table.setColumnCount(len(header))
    table.setRowCount(len(rows))
    table.setHorizontalHeaderLabels(header)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c > 0:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if bold_last and c == len(row) - 1:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            table.setItem(r, c, item)
    table.resizeRowsToContents()
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(height + 2)


class DecisionsView(QWidget):
    """Shows SPEC 12 for one analysis. Call ``set_analysis`` whenever it changes."""

    # emitted after the view has shown new figures (for tests and screenshots)
    rendered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._evaluation: Evaluation | None = None
        self._analysis: Analysis | None = None
        self._lang = "en"
        self._dirty = False
        self._rendered_key: tuple[str, str] | None = None  # the document and language shown
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)
        self._build()
        self._retranslate()

    # -- public API ---------------------------------------------------------------------------

    def set_analysis(self, evaluation: Evaluation, analysis: Analysis, lang: str | None = None,
                     pending: bool = False) -> None:
        """Show ``analysis`` a moment from now. ``pending``: the verdict's simulation is still
        running; the figures wait for the final analysis (the aids do not read the simulation,
        so they are the same), which keeps the GUI thread free for it."""
        self._evaluation, self._analysis = evaluation, analysis
        self._lang = lang or analysis.lang
        key = (evaluation.model_dump_json(warnings=False), self._lang)
        if key == self._rendered_key and not self._dirty:
            # The same document again (the final analysis after the provisional one: the aids do
            # not read the simulation): what is shown is already right; don't draw it twice.
            return
        self._dirty = True
        if pending:
            self._timer.stop()  # drawn once the final analysis is in (or when shown)
        elif self.isVisible():
            self._timer.start()

    def clear(self) -> None:
        self._evaluation = self._analysis = None
        self._rendered_key = None
        self._dirty = False
        self._timer.stop()

    def render_now(self) -> None:
        """Compute (if not yet) and show the figures of the current analysis."""
        self._timer.stop()
        if self._analysis is None or self._evaluation is None:
            return
        self._dirty = False
        try:
            d = self._analysis.decisions
        except Exception:  # noqa: BLE001 - a view must never take the window down
            log.exception("decision aids failed")
            self.intro.setText(self.tr("These figures could not be computed for this evaluation."))
            return
        self._retranslate()
        self._render_exit(d.exit)
        self._render_upline(d.upline)
        self._render_claim(d.claim_check)
        self._render_tornado(d.sensitivity)
        self._render_tax(d.nl_tax)
        self._rendered_key = (self._evaluation.model_dump_json(warnings=False), self._lang)
        self.rendered.emit()

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        self.heading = heading_label("", self)
        col.addWidget(self.heading)
        self.intro = plain_label("", self)
        col.addWidget(self.intro)

        self.exit_heading = heading_label("", self)
        col.addWidget(self.exit_heading)
        self.exit_table = _table(self)
        col.addWidget(self.exit_table)
        self.exit_note = self._note_label()
        col.addWidget(self.exit_note)

        self.upline_heading = heading_label("", self)
        col.addWidget(self.upline_heading)
        self.upline_text = plain_label("", self)
        col.addWidget(self.upline_text)
        self.upline_table = _table(self)
        col.addWidget(self.upline_table)
        self.upline_note = self._note_label()
        col.addWidget(self.upline_note)

        self.claim_heading = heading_label("", self)
        col.addWidget(self.claim_heading)
        self.claim_text = plain_label("", self)
        col.addWidget(self.claim_text)

        self.tornado_heading = heading_label("", self)
        col.addWidget(self.tornado_heading)
        self.tornado_intro = self._note_label()
        col.addWidget(self.tornado_intro)
        self.tornado = ChartCanvas(self, min_height=320)
        # A fixed height: an expanding canvas took up slack from the layout around it, so every
        # relayout of the results (each edit shows them twice) resized it and matplotlib drew
        # the whole chart again (hundreds of milliseconds on the GUI thread).
        self.tornado.setFixedHeight(320)
        col.addWidget(self.tornado)

        self.tax_box = QFrame(self)
        self.tax_box.setFrameShape(QFrame.Shape.StyledPanel)
        tax = QVBoxLayout(self.tax_box)
        tax.setContentsMargins(10, 6, 10, 10)
        self.tax_heading = heading_label("", self.tax_box)
        tax.addWidget(self.tax_heading)
        rate_row = QHBoxLayout()
        self.rate_label = plain_label("", self.tax_box)
        self.rate_box = QDoubleSpinBox(self.tax_box)
        self.rate_box.setRange(0, 100)
        self.rate_box.setDecimals(2)
        self.rate_box.setSingleStep(0.5)
        self.rate_box.setSuffix(" %")
        self.rate_box.setValue(_saved_rate())
        self.rate_box.setKeyboardTracking(False)  # recompute when the typing is done
        self.rate_box.valueChanged.connect(self._rate_changed)
        wheel_guard.guard(self.rate_box)  # scrolling the results must not change your tax rate
        self.rate_label.setBuddy(self.rate_box)
        self.rate_default = QPushButton(self.tax_box)
        self.rate_default.clicked.connect(lambda: self.rate_box.setValue(nl_tax.INCOME_TAX_RATE.value))
        rate_row.addWidget(self.rate_label)
        rate_row.addWidget(self.rate_box)
        rate_row.addStretch(1)
        tax.addLayout(rate_row)
        # the default on a line of its own: beside the Dutch label and the box it made the
        # results wider than their pane at 1024 pixels (a horizontal scroll bar)
        default_row = QHBoxLayout()
        default_row.addWidget(self.rate_default)
        default_row.addStretch(1)
        tax.addLayout(default_row)
        self.tax_summary = plain_label("", self.tax_box)
        tax.addWidget(self.tax_summary)
        self.tax_disclaimer = plain_label("", self.tax_box)
        bold = QFont(self.tax_disclaimer.font())
        bold.setBold(True)
        self.tax_disclaimer.setFont(bold)
        tax.addWidget(self.tax_disclaimer)
        self.tax_facts = QWidget(self.tax_box)
        self._facts_layout = QVBoxLayout(self.tax_facts)
        self._facts_layout.setContentsMargins(0, 0, 0, 0)
        self._facts_layout.setSpacing(2)
        tax.addWidget(self.tax_facts)
        self.fact_labels: list[tuple[Any, Any, Any]] = []
        col.addWidget(self.tax_box)
        self.tax_box.hide()

    def _note_label(self) -> Any:
        label = plain_label("", self)
        label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        return label

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Before you join"))
        self.intro.setText(self.tr(
            "What people ask before they sign: what stopping costs, what your upline earns from "
            "you, what the promised income takes and which of your assumptions matters most."))
        self.exit_heading.setText(self.tr("If you stop: what you will have paid and received"))
        self.exit_note.setText(self.tr(
            "'Back' is what you get back when you stop: unsold stock bought back within its term, "
            "and what you paid to join when you withdraw within the cooling-off period."))
        self.upline_heading.setText(self.tr("What your upline earns from you"))
        self.claim_heading.setText(self.tr("What the promised income takes"))
        self.tornado_heading.setText(self.tr("Which assumption matters most"))
        self.tornado_intro.setText(self.tr(
            "Your net result with each assumption at half and at one and a half times what you "
            "entered, everything else unchanged. The longest bars matter most."))
        self.tax_heading.setText(self.tr("Tax and registration in the Netherlands (information, not advice)"))

    # -- rendering ----------------------------------------------------------------------------

    def _money(self, value: float) -> str:
        assert self._evaluation is not None
        return fmt.money(value, self._evaluation.offer.currency, self._lang)

    def _render_exit(self, rows: list[aids.ExitRow]) -> None:
        header = [self.tr("Stop after"), self.tr("Paid"), self.tr("Received"), self.tr("Back"),
                  self.tr("In all")]
        body = [[self.tr("month %1").replace("%1", str(r.month)), self._money(r.paid), self._money(r.received),
                 self._money(r.back), self._money(r.net)] for r in rows]
        _fill(self.exit_table, header, body)

    def _render_upline(self, table: aids.UplineTable | None) -> None:
        assert self._evaluation is not None
        cur, lang = self._evaluation.offer.currency, self._lang
        lines = aids.upline_sentences(table, cur, lang)
        self.upline_text.setText(lines[0] if lines else "")
        paid = [lv for lv in table.levels if abs(lv.total) > aids.TOLERANCE] if table else []
        if paid:
            types = [t for t in paid[0].by_component
                     if any(abs(lv.by_component.get(t, 0.0)) > aids.TOLERANCE for lv in paid)]
            header = [self.tr("Who")] + [aids.component_name(t, lang) for t in types] + [
                self.tr("Total a month")]
            body = [[aids.level_name(lv.level, lang)]
                    + [self._money(lv.by_component.get(t, 0.0)) for t in types]
                    + [self._money(lv.total)] for lv in paid]
            _fill(self.upline_table, header, body)
        self.upline_table.setVisible(bool(paid))
        notes = [line for line in lines[1:] if not line.startswith("–")]
        notes.append(self.tr("Computed with the plan's exact rules on the line above you, everyone "
                             "active at the lowest rank that pays, on your own purchases and sales only."))
        self.upline_note.setText("\n".join(notes))

    def _render_claim(self, check: aids.ClaimCheck | None) -> None:
        assert self._evaluation is not None
        lines = aids.claim_sentences(check, self._evaluation.offer.currency, self._lang)
        self.claim_text.setText("\n".join(lines) if lines else self.tr(
            "The recruiter named no monthly income, so there is no claim to check."))

    def _render_tornado(self, rows: list[aids.Sensitivity]) -> None:
        from .widgets import lazy_charts

        assert self._evaluation is not None
        currency, lang = self._evaluation.offer.currency, self._lang

        def paint(ax: Any, dark: bool) -> None:
            from ..charts_tornado import draw_tornado

            style = lazy_charts().ChartStyle.for_screen(lang, currency, dark=dark)
            draw_tornado(ax, rows, style)

        key = (tuple((r.assumption, r.low, r.base, r.high) for r in rows), lang, currency)
        self.tornado.set_painter(paint, key)

    def _rate_changed(self, value: float) -> None:
        """Your own income-tax rate: remembered for next time, and the tax block recomputed."""
        QSettings().setValue(RATE_KEY, float(value))
        if self._analysis is not None and self._evaluation is not None and self.tax_box.isVisible():
            self._render_tax(self._tax_info())

    def _tax_info(self) -> nl_tax.TaxInfo | None:
        """The tax block at the rate in the rate field (the dated default when it is that)."""
        assert self._analysis is not None and self._evaluation is not None
        if self._analysis.decisions.nl_tax is None:
            return None
        rate = self.rate_box.value()
        own = None if abs(rate - nl_tax.INCOME_TAX_RATE.value) < 1e-9 else rate
        return nl_tax.tax_info(self._evaluation, self._lang, rate_percent=own,
                               projection=self._analysis.projection)

    def _render_tax(self, info: nl_tax.TaxInfo | None) -> None:
        self.tax_box.setVisible(info is not None)
        if info is None:
            return
        assert self._evaluation is not None
        if abs(info.rate_percent - self.rate_box.value()) > 1e-9:
            info = self._tax_info() or info  # the user's own rate, not the default
        default = nl_tax.INCOME_TAX_RATE
        self.rate_label.setText(self.tr("Your income-tax rate:"))
        self.rate_default.setText(self.tr("Default: %1 (%2)")
                                  .replace("%1", fmt_percent(default.value, self._lang, 2))
                                  .replace("%2", nl_tax.date_text(default.as_of, self._lang)))  # "1 januari 2026", not ISO
        self.rate_default.setToolTip(tr(self._lang, default.label_en, default.label_nl))
        lines = nl_tax.tax_sentences(info, self._evaluation.offer.currency)
        self.tax_summary.setText("\n".join(lines[:3]))
        self.tax_disclaimer.setText(lines[3])
        while len(self.fact_labels) < len(info.facts):
            title = plain_label("", self.tax_facts)
            bold = QFont(title.font())
            bold.setBold(True)
            title.setFont(bold)
            title.setContentsMargins(0, 6, 0, 0)
            text = plain_label("", self.tax_facts)
            source = plain_label("", self.tax_facts)
            source.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            for label in (title, text, source):
                self._facts_layout.addWidget(label)
            self.fact_labels.append((title, text, source))
        for i, (title, text, source) in enumerate(self.fact_labels):
            shown = i < len(info.facts)
            for label in (title, text, source):
                label.setVisible(shown)
            if shown:
                fact = info.facts[i]
                title.setText(fact["title"])
                text.setText(fact["text"])
                source.setText(nl_tax.source_line(fact, info.lang))

    # -- Qt events ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self._dirty:
            self._timer.start()


__all__ = ["DecisionsView", "DEBOUNCE_MS"]
