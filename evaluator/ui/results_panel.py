"""The results panel: verdict, key numbers, charts, red flags, comparison, questions.

``ResultsPanel.set_analysis(evaluation, analysis, simulation)`` shows one analysis (from
``evaluator.core.analysis.analyze``). Every text that comes from the user or is derived from
their input is shown as plain text (``Qt.PlainText``), never interpreted as HTML.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QTabWidget, QVBoxLayout,
    QWidget,
)

from ..core.error_text import settings_error
from ..core.i18n import whole_percent_shares
from ..core.labels import REVENUE_LABELS, SEVERITIES, severity_rank
from ..core.labels import label as core_label
from . import format as fmt
from .chart_canvas import ChartCanvas
from .decisions_view import DecisionsView
from .text_label import text_label as plain_label  # remembers its height per width
from .widgets import badge_label, heading_label, lazy_charts, scrolling_column

if TYPE_CHECKING:  # pragma: no cover - the core's types, for reading results by attribute
    from ..core.analysis import Analysis
    from ..core.headline import CohortCard
    from ..core.model import Evaluation
    from ..core.redflags import RedFlag
    from ..core.simulation import SimulationResult

log = logging.getLogger(__name__)

NARROW_WIDTH = 640  # below this the comparison table is stacked per aspect
CHART_KEYS = ("headline", "cumulative", "income_sources", "outcome_distribution")
HEADLINE_NARROW_WIDTH = 380  # below this the three headline cards are stacked
KEPT_FLAG_CARDS = 60  # red-flag cards kept (shown and hidden) before the hidden ones are dropped


class KeyNumber(QFrame):
    """One key figure: a caption, the value in large type, and a note underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        self.caption = plain_label("", self)
        self.value = plain_label("", self)
        font = QFont(self.value.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5 if font.pointSizeF() > 0 else 14)
        self.value.setFont(font)
        self.note = plain_label("", self)
        small = QFont(self.note.font())
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        self.note.setFont(small)
        self.note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self._drawn_from: tuple | None = None  # what ``set`` last showed

    def set(self, caption: str, value: str, note: str = "", signed: float | None = None) -> None:
        # After each keystroke most tiles show what they showed: those are left alone (the
        # palette's key: a new palette, say a dark theme, is applied even to the same texts).
        shown = (caption, value, note, signed, self.palette().cacheKey())
        if shown == self._drawn_from:
            return
        self._drawn_from = shown
        self.caption.setText(caption)
        self.value.setText(value)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        palette = self.value.palette()
        colour = fmt.gain_loss_colour(signed, self.palette())
        palette.setColor(QPalette.ColorRole.WindowText,
                         colour if colour is not None else self.palette().color(QPalette.ColorRole.WindowText))
        self.value.setPalette(palette)


class ComponentIncomeTable(QFrame):
    """Your income by plan component (issue 12, item 7): a caption, then one row per component
    (its name with what it pays for underneath, the total over the horizon, the share of the
    plan's income) and a total row. Plain labels in a grid; ``set_rows`` leaves it alone when the
    texts are the ones shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(4)
        self.caption = plain_label("", self)
        bold = QFont(self.caption.font())
        bold.setBold(True)
        self.caption.setFont(bold)
        outer.addWidget(self.caption)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(3)
        self._grid.setColumnStretch(0, 1)
        outer.addLayout(self._grid)
        self.header_labels = [plain_label("", self, wrap=False) for _ in range(3)]
        for i, label in enumerate(self.header_labels):
            label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            if i:
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(label, 0, i)
        self.row_labels: list[tuple[QLabel, QLabel, QLabel, QLabel]] = []  # name, note, amount, share
        self._shown: tuple | None = None

    def set_rows(self, caption: str, header: tuple[str, str, str],
                 rows: list[tuple[str, str, str, str]], total: tuple[str, str, str]) -> None:
        """``rows``: (name, what it pays for or "", amount, share); ``total``: the last row."""
        shown = (caption, header, tuple(rows), total)
        if shown == self._shown:
            return
        self._shown = shown
        self.caption.setText(caption)
        for label, text in zip(self.header_labels, header):
            label.setText(text)
        wanted = len(rows) + 1
        while len(self.row_labels) < wanted:
            r = len(self.row_labels) + 1
            name = plain_label("", self)
            note = plain_label("", self)
            small = QFont(note.font())
            if small.pointSizeF() > 0:
                small.setPointSizeF(small.pointSizeF() * 0.9)
            note.setFont(small)
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            cell = QVBoxLayout()
            cell.setSpacing(0)
            cell.addWidget(name)
            cell.addWidget(note)
            self._grid.addLayout(cell, r, 0)
            amount = plain_label("", self, wrap=False)
            share = plain_label("", self, wrap=False)
            for label in (amount, share):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(amount, r, 1)
            self._grid.addWidget(share, r, 2)
            self.row_labels.append((name, note, amount, share))
        texts = list(rows) + [(total[0], "", total[1], total[2])]
        for i, labels in enumerate(self.row_labels):
            used = i < wanted
            for label in labels:
                label.setVisible(used)
            if not used:
                continue
            name, note, amount, share = labels
            font = QFont(name.font())
            font.setBold(i == wanted - 1)
            name.setFont(font)
            amount.setFont(font)
            share.setFont(font)
            name.setText(texts[i][0])
            note.setText(texts[i][1])
            note.setVisible(bool(texts[i][1]))
            amount.setText(texts[i][2])
            share.setText(texts[i][3])

    def texts(self) -> list[tuple[str, str, str, str]]:
        """The rows shown (name, note, amount, share), the total row last (for tests)."""
        return [tuple(label.text() for label in labels)  # type: ignore[misc]
                for labels in self.row_labels if labels[0].isVisibleTo(self)]


class HeadlineCard(QFrame):
    """One column of the headline (SPEC 9.4): you, the typical participant or the claim, for
    year 1 and year 2, each as the year's total and as the average month, the period written on
    each figure, and a note that says what the figures are (and what they hide)."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"headline_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(1)
        self.title = plain_label("", self, selectable=False)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.kind = plain_label("", self, selectable=False)
        self.kind.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        layout.addWidget(self.title)
        layout.addWidget(self.kind)
        big = QFont(self.title.font())
        if big.pointSizeF() > 0:
            big.setPointSizeF(big.pointSizeF() * 1.15)
        small = QFont(self.kind.font())
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        self.kind.setFont(small)
        self.periods: list[QLabel] = []
        self.years: list[QLabel] = []
        self.months: list[QLabel] = []
        for _ in range(2):
            period = plain_label("", self, selectable=False)
            period.setFont(small)
            period.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            year = plain_label("", self)
            year.setFont(big)
            month = plain_label("", self)
            month.setFont(small)
            layout.addSpacing(4)
            for label in (period, year, month):
                layout.addWidget(label)
            self.periods.append(period)
            self.years.append(year)
            self.months.append(month)
        self.note = plain_label("", self)
        self.note.setFont(small)
        layout.addSpacing(4)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.warning = False  # the note warns (shown in the loss colour)
        self._drawn_from: tuple | None = None  # what ``set_values`` last showed

    def set_values(self, title: str, kind: str, periods: tuple[str, str], years: tuple[str, str],
                   months: tuple[str, str], signs: tuple[float | None, float | None],
                   note: str, warning: bool = False) -> None:
        # As KeyNumber.set: a card showing these very figures (the claim's, while a fee is
        # typed) is left alone.
        shown = (title, kind, periods, years, months, signs, note, warning, self.palette().cacheKey())
        if shown == self._drawn_from:
            return
        self._drawn_from = shown
        self.title.setText(title)
        self.kind.setText(kind)
        window_text = self.palette().color(QPalette.ColorRole.WindowText)
        for i in range(2):
            self.periods[i].setText(periods[i])
            self.years[i].setText(years[i])
            self.months[i].setText(months[i])
            self.months[i].setVisible(bool(months[i]))
            colour = fmt.gain_loss_colour(signs[i], self.palette())
            palette = self.years[i].palette()
            palette.setColor(QPalette.ColorRole.WindowText, colour if colour is not None else window_text)
            self.years[i].setPalette(palette)
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.warning = warning
        palette = self.note.palette()
        colour = fmt.gain_loss_colour(-1, self.palette()) if warning else None
        palette.setColor(QPalette.ColorRole.WindowText, colour if colour is not None else window_text)
        self.note.setPalette(palette)

    def value_colour(self, year: int) -> str:
        """The colour name of a year's figure (tests: never green without a warning)."""
        return self.years[year - 1].palette().color(QPalette.ColorRole.WindowText).name()


class FlagCard(QFrame):
    """One red flag: severity badge, title, the numbers that triggered it, and its basis.

    Cards are reused from one analysis to the next (``show_flag``): while the user types, only
    the texts that changed are set, which keeps the panel's relayout cheap.
    """

    def __init__(self, flag: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.flag_id = ""
        self.severity = ""
        self._badge_lang: str | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.badge = badge_label("", fmt.SEVERITY_COLOURS["info"], self)
        self.title = plain_label("", self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        top.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.title, 1)
        layout.addLayout(top)
        self.detail = plain_label("", self)
        layout.addWidget(self.detail)
        self.source = plain_label("", self)
        self.source.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        small = QFont(self.source.font())
        if small.pointSizeF() > 0:
            small.setPointSizeF(small.pointSizeF() * 0.9)
        self.source.setFont(small)
        layout.addWidget(self.source)
        if flag is not None:
            self.show_flag(flag)

    def show_flag(self, flag: RedFlag, lang: str | None = None) -> None:
        self.flag_id = flag.id
        severity = flag.severity
        if (severity, lang) != (self.severity, self._badge_lang):
            self.severity, self._badge_lang = severity, lang
            self.badge.setText(fmt.severity_label(severity, lang))
            self.badge.setStyleSheet(fmt.badge_style(*fmt.SEVERITY_COLOURS.get(severity, fmt.SEVERITY_COLOURS["info"])))
        self.title.setText(flag.title)
        self.detail.setText(fmt.keep_money_together(flag.detail))
        source = flag.source
        self.source.setText(self.tr("Basis: {source}").format(source=source) if source else "")
        self.source.setVisible(bool(source))


class ResultsPanel(QWidget):
    """Shows one evaluation's analysis. Call ``set_analysis`` whenever it changes."""

    #: emitted after new results are shown (for the shell's status bar, tests)
    results_shown = Signal()
    #: emitted when the verdict, cards, figures, flags and texts are up to date, before the
    #: visible chart is redrawn (the benchmark's "keystroke to updated results")
    figures_shown = Signal()

    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self._lang = lang or fmt.ui_language()
        self._evaluation: Evaluation | None = None
        self._analysis: Analysis | None = None
        self._simulation: SimulationResult | None = None
        self._pending = False
        self._held: dict[QWidget, int] = {}  # widgets kept at their height while pending: their own minimum
        self._simulation_error: str | None = None
        self._ref_wage: tuple[float, str, str | None] | None = None  # value, note, currency
        self._build()
        self._retranslate()
        self._show_empty()

    # -- public API ---------------------------------------------------------------------------

    def set_language(self, lang: str) -> None:
        """The language for numbers (and for the texts of the next analysis)."""
        self._lang = lang
        self._render()

    def set_reference_wage(self, value: float | None, note: str = "", currency: str | None = None) -> None:
        """A default hourly wage to compare with when the evaluation names none.

        ``note`` says what it is (e.g. "Dutch statutory minimum wage, 21+, from 1 January 2026");
        with ``currency`` it is used only for offers in that currency.
        """
        self._ref_wage = None if value is None else (float(value), note, currency)
        self._render()

    def set_analysis(self, evaluation: Evaluation, analysis: Analysis,
                     simulation: SimulationResult | None = None, pending: bool = False,
                     simulation_error: str | None = None) -> None:
        """Show ``analysis``. ``pending``: the document's simulation is still running, so the
        verdict is shown as updating, never as final (SPEC 9.3)."""
        self._evaluation = evaluation
        self._analysis = analysis
        self._simulation = simulation
        self._pending = pending
        self._simulation_error = simulation_error
        self._render()

    @property
    def verdict_pending(self) -> bool:
        return self._pending

    def clear(self) -> None:
        self._evaluation = self._analysis = self._simulation = None
        self._show_empty()

    def scroll_to_top(self) -> None:
        """Another evaluation was opened: its results start at the verdict, not where the last
        one's were scrolled to."""
        self.scroll_area.verticalScrollBar().setValue(0)

    @property
    def lang(self) -> str:
        return self._lang

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.scroll_area, self.content, col = scrolling_column(self, spacing=6)
        # The column grows and shrinks below the fold as red flags come and go (the simulation's
        # own flags with the final analysis): only what comes newly into sight is painted, not
        # every text above it again. Its children are laid out from the top left.
        self.content.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        self._col = col

        self.empty_label = plain_label("", self.content)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(self.empty_label)

        self.body = QWidget(self.content)
        self.body.setAttribute(Qt.WidgetAttribute.WA_StaticContents)  # as the column (see above)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(6)
        col.addWidget(self.body)
        col.addStretch(1)

        # Verdict
        self.verdict_heading = heading_label("", self.body)
        body.addWidget(self.verdict_heading)
        row = QHBoxLayout()
        self.verdict_badge = badge_label("", fmt.VERDICT_COLOURS["caution"], self.body)
        big = QFont(self.verdict_badge.font())
        if big.pointSizeF() > 0:
            big.setPointSizeF(big.pointSizeF() * 1.25)
        self.verdict_badge.setFont(big)
        row.addWidget(self.verdict_badge, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        body.addLayout(row)
        self.verdict_summary = plain_label("", self.body)
        body.addWidget(self.verdict_summary)

        # Headline: you, the typical participant and the claim on the same periods (SPEC 9.4)
        self.headline_heading = heading_label("", self.body)
        body.addWidget(self.headline_heading)
        self.headline_box = QWidget(self.body)
        self._headline_grid = QGridLayout(self.headline_box)
        self._headline_grid.setContentsMargins(0, 0, 0, 0)
        self._headline_grid.setSpacing(6)
        self.headline_cards = {key: HeadlineCard(key, self.headline_box) for key in ("you", "typical", "claim")}
        self._headline_narrow: bool | None = None
        self._arrange_headline()
        body.addWidget(self.headline_box)

        # Key numbers
        self.numbers_heading = heading_label("", self.body)
        body.addWidget(self.numbers_heading)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.key_numbers: dict[str, KeyNumber] = {}
        for i, key in enumerate(("total_net", "break_even", "hourly", "share_nothing",
                                 "recruitment_share", "simulated")):
            tile = KeyNumber(self.body)
            self.key_numbers[key] = tile
            grid.addWidget(tile, i // 2, i % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        body.addLayout(grid)
        self.component_income = ComponentIncomeTable(self.body)  # your income by plan component
        body.addWidget(self.component_income)

        # Charts
        self.charts_heading = heading_label("", self.body)
        body.addWidget(self.charts_heading)
        self.chart_tabs = QTabWidget(self.body)
        self.chart_tabs.setFixedHeight(360)  # a stable size: no re-render when the text around it changes
        self.canvases: dict[str, ChartCanvas] = {}
        for key in CHART_KEYS:
            canvas = ChartCanvas(self.chart_tabs)
            self.canvases[key] = canvas
            self.chart_tabs.addTab(canvas, "")
        body.addWidget(self.chart_tabs)

        # Red flags
        self.flags_heading = heading_label("", self.body)
        body.addWidget(self.flags_heading)
        self.flags_box = QWidget(self.body)
        self._flags_layout = QVBoxLayout(self.flags_box)
        self._flags_layout.setContentsMargins(0, 0, 0, 0)
        self._flags_layout.setSpacing(6)
        body.addWidget(self.flags_box)
        self.flag_cards: list[FlagCard] = []  # the cards shown, in order
        self._cards_by_flag: dict[tuple[str, int], FlagCard] = {}  # (flag id, nth) -> its card
        self.no_flags_label = plain_label("", self.body)
        body.addWidget(self.no_flags_label)
        self._flags_waiting = False  # the flags shown are an earlier analysis's (see _render)
        for widget in (self.flags_heading, self.flags_box, self.no_flags_label):
            widget.installEventFilter(self)

        # What breaking even takes
        self.break_even_heading = heading_label("", self.body)
        body.addWidget(self.break_even_heading)
        self.break_even_label = plain_label("", self.body)
        body.addWidget(self.break_even_label)

        # Comparison
        self.comparison_heading = heading_label("", self.body)
        body.addWidget(self.comparison_heading)
        self.comparison_intro = plain_label("", self.body)
        body.addWidget(self.comparison_intro)
        self.comparison_box = QFrame(self.body)
        self.comparison_box.setFrameShape(QFrame.Shape.StyledPanel)
        self._comparison_grid = QGridLayout(self.comparison_box)
        self._comparison_grid.setHorizontalSpacing(14)
        self._comparison_grid.setVerticalSpacing(8)
        body.addWidget(self.comparison_box)
        self.comparison_cells: list[list[QLabel]] = []
        self._comparison_captions: list[list[QLabel]] = []
        self._comparison_mode: bool | None = None

        # Before you join (SPEC 12): ui/decisions_view.py
        self.decisions_view = DecisionsView(self.body)
        body.addWidget(self.decisions_view)

        # Questions
        self.questions_heading = heading_label("", self.body)
        body.addWidget(self.questions_heading)
        self.questions_box = QWidget(self.body)
        self._questions_layout = QVBoxLayout(self.questions_box)
        self._questions_layout.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.questions_box)
        self.question_labels: list[QLabel] = []

        # Not legal advice
        self.disclaimer = plain_label("", self.body)
        self.disclaimer.setFrameShape(QFrame.Shape.StyledPanel)
        self.disclaimer.setMargin(8)
        body.addWidget(self.disclaimer)

        self.chart_tabs.currentChanged.connect(self._on_tab_changed)

    def _retranslate(self) -> None:
        self.empty_label.setText(self.tr("Open or create an evaluation to see its results here."))
        self.verdict_heading.setText(self.tr("Verdict"))
        self.headline_heading.setText(self.tr("You, the typical participant and the claim"))
        self.numbers_heading.setText(self.tr("Key numbers"))
        self.charts_heading.setText(self.tr("Charts"))
        self.flags_heading.setText(self.tr("Red flags"))
        self.break_even_heading.setText(self.tr("What breaking even takes"))
        self.comparison_heading.setText(self.tr("Pyramid scheme or network marketing?"))
        self.comparison_intro.setText(self.tr(
            "The eight aspects on which a pyramid scheme and network marketing differ, and where this offer stands."))
        self.questions_heading.setText(self.tr("Questions to ask the recruiter"))
        self.disclaimer.setText(self._default_disclaimer())
        titles = (self.tr("You, typical, claim"), self.tr("Over time"), self.tr("Income and costs"),
                  self.tr("All participants"))
        for i, title in enumerate(titles):
            self.chart_tabs.setTabText(i, title)

    def _default_disclaimer(self) -> str:
        return (self.tr(
            "This is an aid to help you think the offer through, not legal advice. The figures are "
            "estimates from what you entered; a company's income disclosure shows gross amounts, "
            "before expenses."))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._render()
        elif event.type() == QEvent.Type.PaletteChange and self._analysis is not None:
            self._render()  # gain/loss colours are chosen for the palette's lightness

    # -- rendering ----------------------------------------------------------------------------

    def _show_empty(self) -> None:
        self.body.hide()
        self.empty_label.show()

    def _render(self) -> None:
        if self._analysis is None or self._evaluation is None:
            self._show_empty()
            return
        self.empty_label.hide()
        self.body.show()
        self._render_verdict()
        self._render_headline()
        self._render_numbers()
        self._render_component_income()
        # While the verdict is updating, red flags out of sight wait for the final analysis (a
        # moment later; the simulation adds and removes flags of its own): no cards hidden and
        # shown again below the fold. Scrolled into sight meanwhile, they are brought up to
        # date at once (see eventFilter).
        self._flags_waiting = self._pending and not self._flags_in_sight()
        if not self._flags_waiting:
            self._render_flags()
        self._render_break_even()
        self._render_comparison()
        self.decisions_view.set_analysis(self._ev, self._shown, self._lang, pending=self._pending)
        self._render_questions()
        own = self._shown.disclaimer
        self.disclaimer.setText(own or self._default_disclaimer())
        self.figures_shown.emit()
        # While the verdict is updating, the charts wait for the final analysis (a few tenths of
        # a second later): one redraw per edit instead of two, and the keystroke stays fast.
        if not self._pending:
            self._render_charts()
        self.results_shown.emit()

    @property
    def _shown(self) -> Analysis:
        """The analysis on screen (the render methods run only when there is one)."""
        assert self._analysis is not None
        return self._analysis

    @property
    def _ev(self) -> Evaluation:
        """The evaluation on screen (set together with the analysis)."""
        assert self._evaluation is not None
        return self._evaluation

    @property
    def _currency(self) -> str:
        return self._ev.offer.currency

    def _money(self, value: float | None, signed: bool = False) -> str:
        if signed:
            return fmt.signed_money(value, self._currency, self._lang)
        return fmt.money(value, self._currency, self._lang)

    def _render_verdict(self) -> None:
        verdict = self._shown.verdict
        level = verdict.level
        summary = self.verdict_summary
        # While the verdict is updating, the summary keeps the height of the verdict it replaces
        # (the "updating" note is shorter): the page below does not jump up and back down a
        # moment later, and only the texts that changed are laid out and painted again.
        self._hold_height(summary, self._pending)
        if self._pending:
            self.verdict_badge.setText(self.tr("Updating…"))
            _set_style(self.verdict_badge, fmt.badge_style(*fmt.PENDING_COLOURS))
            summary.setText(self.tr(
                "The verdict is being updated with the simulation of the whole network. The figures "
                "from your projection below are already up to date."))
            self._summary_role(QPalette.ColorRole.PlaceholderText)
            return
        self.verdict_badge.setText(fmt.verdict_label(level, self._lang))
        _set_style(self.verdict_badge, fmt.badge_style(*fmt.VERDICT_COLOURS.get(level, fmt.VERDICT_COLOURS["caution"])))
        text = verdict.summary
        if self._simulation is None and self._simulation_error and self._simulation_error != "cancelled":
            text += "\n\n" + self.tr(
                "The simulation of the whole network could not run with this evaluation's settings, "
                "so the verdict leaves it out: {reason}").format(
                reason=self.tr("there is not enough memory for it") if self._simulation_error == "memory"
                else settings_error(self._simulation_error, self._lang))
        summary.setText(fmt.keep_money_together(text))
        self._summary_role(QPalette.ColorRole.WindowText)

    def _summary_role(self, role: QPalette.ColorRole) -> None:
        """The verdict summary's text colour role, set only when it changes (setting it again
        propagates the palette for nothing on every keystroke)."""
        if getattr(self, "_summary_role_set", None) != role:
            self._summary_role_set = role
            self.verdict_summary.setForegroundRole(role)

    def _hold_height(self, widget: QWidget, hold: bool) -> None:
        """Keep ``widget`` at least as high as it is now (``hold``), or let it go again."""
        if hold:
            if widget not in self._held and widget.isVisible() and widget.height() > 0:
                self._held[widget] = widget.minimumHeight()
                widget.setMinimumHeight(max(widget.minimumHeight(), widget.height()))
        elif widget in self._held:
            widget.setMinimumHeight(self._held.pop(widget))

    def _render_numbers(self) -> None:
        analysis, lang = self._shown, self._lang
        p = analysis.projection
        horizon = len(p.months)
        k = self.key_numbers

        k["total_net"].set(self.tr("Your net result over {months} months").format(months=horizon),
                           self._money(p.total_net, signed=True),
                           self.tr("Income minus every cost, from your own assumptions."), signed=p.total_net)

        nothing = p.is_empty
        note = self.tr("The first month in which your cumulative result is no longer negative.")
        if nothing:  # an empty new offer "breaks even in month 1" by the rule; say what is true
            value = self.tr("Nothing to earn back")
            note = self.tr("No costs and no income entered yet.")
        elif p.break_even_month is not None:
            value = self.tr("Month {month}").format(month=p.break_even_month)
        else:
            value = self.tr("Not within {months} months").format(months=horizon)
        k["break_even"].set(self.tr("Break-even"), value, note)

        k["hourly"].set(self.tr("Per hour worked"), *self._hourly_texts(p.hourly), signed=p.hourly)

        t = analysis.typical
        if t is None:
            k["share_nothing"].set(self.tr("Participants paid nothing"), fmt.unknown(),
                                   self.tr("Needs the company's income disclosure."))
        else:  # an unknown typical participant (SPEC 9.1) is shown, with its reason, on the headline cards
            k["share_nothing"].set(self.tr("Participants paid nothing"),
                                   fmt.percent(t.share_nothing_percent, lang),
                                   self.tr("Share of all participants who received no payment, per the disclosure."))

        share = p.recruitment_share
        k["recruitment_share"].set(
            self.tr("Your income from recruiting"), fmt.share(share, lang),
            self.tr("Downline commissions and recruiting and rank bonuses, as a share of your projected income.")
            if share is not None else self.tr("No projected income."))

        sim = self._simulation_summary()
        tile = k["simulated"]
        self._hold_height(tile, self._pending)  # as the summary (see _render_verdict)
        if sim is None:
            tile.set(self.tr("Simulated: people who join when you do"),
                     self.tr("Updating…") if self._pending else fmt.unknown(),
                     self.tr("The simulation of the whole network is running.") if self._pending
                     else self.tr("The simulation of the whole network could not run."))
        else:
            tile.set(self.tr("Simulated: people who join when you do"),
                     self._money(sim.median, signed=True), sim.note, signed=sim.signed)

    def _render_component_income(self) -> None:
        """Your income by plan component (issue 12, item 7), when it says more than the income
        by source: two or more components, or one named otherwise than its source."""
        from ..core.analysis import component_table_useful, income_by_component

        ev, analysis, lang = self._ev, self._shown, self._lang
        p = analysis.projection
        items = income_by_component(ev, p, lang) if component_table_useful(ev, lang) else []
        plan_total = sum(item.total for item in items)
        if not items or plan_total <= 0:
            self.component_income.hide()
            return
        # Your own sales first, as in the PDF, so that the "100%" row is all your income and not
        # the plan's part alone (review 11: "Plan income 100%" beside €4,610 received in all)
        retail = sum(p.revenue.get("retail", ()))
        amounts = ([retail] if retail > 0 else []) + [item.total for item in items]
        # whole percents that add up to the total row's 100% (largest remainders)
        shares = whole_percent_shares(amounts, first_apart=retail > 0)  # (as the recruiting key figure)
        rows = []
        if retail > 0:
            rows.append((core_label(REVENUE_LABELS, "retail", lang), "",
                         _joined(self._money(retail)), fmt.percent(shares.pop(0), lang)))
        rows += [(item.name,
                  self.tr("pays for {what}").format(what=item.pays_for) if item.pays_for else "",
                  _joined(self._money(item.total)), fmt.percent(share, lang))
                 for item, share in zip(items, shares)]
        horizon = len(p.months)
        total = (self.tr("All your income"), _joined(self._money(plan_total + retail)), fmt.percent(100.0, lang)) \
            if retail > 0 else (self.tr("Plan income"), _joined(self._money(plan_total)), fmt.percent(100.0, lang))
        self.component_income.set_rows(
            self.tr("Your income: your own sales and each part of the plan") if retail > 0
            else self.tr("Your income by plan component"),
            (self.tr("Source") if retail > 0 else self.tr("Plan component"),
             self.tr("Over 1 month") if horizon == 1 else self.tr("Over {months} months").format(months=horizon),
             self.tr("Share")),
            rows, total)
        self.component_income.show()

    # headline -------------------------------------------------------------------------------

    def _arrange_headline(self) -> None:
        """Three cards side by side; stacked when the panel is very narrow."""
        narrow = self.scroll_area.viewport().width() < HEADLINE_NARROW_WIDTH if self.isVisible() else False
        if narrow == self._headline_narrow:
            return
        self._headline_narrow = narrow
        grid = self._headline_grid
        for card in self.headline_cards.values():
            grid.removeWidget(card)
        for i, card in enumerate(self.headline_cards.values()):
            if narrow:
                grid.addWidget(card, i, 0)
            else:
                grid.addWidget(card, 0, i)
        for c in range(3):
            grid.setColumnStretch(c, 0 if narrow else 1)

    def _render_headline(self) -> None:
        from ..core.headline import headline

        h = headline(self._ev, self._shown)
        self._headline = h
        periods = (self.tr("Year 1 (months 1–12)"), self.tr("Year 2 (months 13–24)"))

        def texts(column, signed: bool) -> tuple[tuple[str, str], tuple[str, str]]:
            years, months = [], []
            for year in (1, 2):
                value = column.year1 if year == 1 else column.year2
                if value is None:
                    years.append(fmt.unknown())
                    months.append("")
                    continue
                years.append(self.tr("{amount} a year").format(amount=_joined(self._money(value, signed=signed))))
                months.append(self.tr("{amount} a month on average").format(
                    amount=_joined(self._money(column.per_month(year), signed=signed))))
            return (years[0], years[1]), (months[0], months[1])

        # You
        you = h.you
        years, months = texts(you, True)
        warning = False
        good = any(v is not None and v > 0 for v in (you.year1, you.year2))
        if not you.known:
            note = you.reason
        elif good and h.typical_loses_money:
            worst_year = 1 if (h.typical.year1 or 0) < 0 else 2
            worst = h.typical.year1 if worst_year == 1 else h.typical.year2
            note = self.tr("But the typical participant loses money: {amount} in year {year}.").format(
                amount=_joined(self._money(worst, signed=True)), year=worst_year)
            warning = True
        elif good and h.typical_unknown:
            note = self.tr("What a typical participant gets is unknown: these figures rest only on your own assumptions.")
            warning = True
        else:
            note = self.tr("From your own assumptions.")
        if you.known and you.year2 is None and you.year2_reason:
            note = you.year2_reason + " " + note
        self.headline_cards["you"].set_values(
            self.tr("You"), self.tr("net, after every cost (your projection)"), periods, years, months,
            (you.year1, you.year2), note, warning)

        # The typical participant
        typical, t = h.typical, self._shown.typical
        years, months = texts(typical, True)
        if not typical.known:
            note = typical.reason
            # SPEC 9.1: the figure among those the statement counts ("among earners", in the
            # core's words).
            among = t.covered_group_annual_gross if t is not None else None
            if t is not None and among is not None:
                from ..core.projection import group_words

                note += " " + f"{group_words(t.basis, self._lang)}: {self._money(among)}".strip() + " " + \
                    self.tr("a year, gross.")
            warning = t is not None
        else:
            assert t is not None
            gross = t.median_annual_gross
            costs2 = None if typical.year2 is None or gross is None else gross - typical.year2
            note = self.tr(
                "The disclosure's figure, {gross} a year gross (before expenses), minus the costs of "
                "staying active: {costs1} in year 1, {costs2} in year 2. The disclosure {basis}.").format(
                gross=self._money(gross), costs1=self._money(t.annual_costs), costs2=self._money(costs2),
                basis=fmt.basis_label(t.basis, self._lang))
            covered = t.covered_percent
            if covered is not None and covered < 100:
                note += " " + self.tr("It describes {covered} of all participants; the rest are counted at zero.").format(
                    covered=fmt.percent(covered, self._lang, 1 if covered % 1 else 0))
            period = t.period  # what the disclosure's amounts are per (SPEC 8.2)
            if period == "month":
                note += " " + self.tr("Scaled up from a monthly figure, which overstates what one person gets in a year when people come and go.")
            elif period == "week":
                note += " " + self.tr("Scaled up from a weekly figure, which overstates what one person gets in a year when people come and go.")
            warning = h.typical_loses_money
            if warning:
                note = self.tr("The typical participant loses money.") + " " + note
        self.headline_cards["typical"].set_values(
            self.tr("Typical participant"), self.tr("net, after costs (income disclosure)"), periods,
            years, months, (typical.year1, typical.year2), note, warning)

        # The recruiter's claim
        claim = h.claim
        years, months = texts(claim, False)
        if not claim.known:
            note = claim.reason
        else:
            note = self.tr("What the recruiter said you could earn, before any cost.")
            if claim.after_months:
                note += " " + self.tr("Said to come after {months} months.").format(months=claim.after_months)
        self.headline_cards["claim"].set_values(
            self.tr("Recruiter's claim"), self.tr("gross, before costs"), periods, years, months,
            (None, None), note)

    def _hourly_texts(self, hourly: float | None) -> tuple[str, str]:
        lang = self._lang
        if hourly is None:
            return fmt.unknown(), self.tr("Enter your hours per week to see a result per hour.")
        value = self.tr("{amount} per hour").format(amount=fmt.signed_money(hourly, self._currency, lang))
        ref, note = self._reference_wage()
        if ref is None or ref <= 0:
            return value, self.tr("Your net result divided by the hours you put in.")
        ref_text = fmt.money(ref, self._currency, lang)
        if hourly >= ref:
            comparison = self.tr("At or above the reference wage of {wage}").format(wage=ref_text)
        elif hourly < 0:
            comparison = self.tr("A loss per hour, against a reference wage of {wage}").format(wage=ref_text)
        elif hourly == 0:
            comparison = self.tr("Nothing per hour, against a reference wage of {wage}").format(wage=ref_text)
        else:
            comparison = self.tr("{share} of the reference wage of {wage}").format(
                share=fmt.percent(hourly / ref * 100, lang), wage=ref_text)
        if note:
            comparison += " (" + note + ")"
        return value, comparison + "."

    def _reference_wage(self) -> tuple[float | None, str]:
        own = self._ev.assumptions.reference_hourly_wage
        if own is not None:
            return own, self.tr("set in this evaluation")
        if self._ref_wage is not None:
            value, note, currency = self._ref_wage
            if currency is None or currency == self._currency:
                return value, note
        return None, ""

    def _simulation_summary(self) -> CohortCard | None:
        """The cohort card's figures and words (core/headline.py, SPEC 9.4)."""
        from ..core.headline import cohort_card

        sim = self._simulation
        return None if sim is None else cohort_card(sim, self._lang, self._currency)

    # charts ---------------------------------------------------------------------------------

    def _render_charts(self) -> None:
        charts = lazy_charts()
        ev, analysis, sim, lang = self._ev, self._shown, self._simulation, self._lang
        currency = ev.offer.currency

        def style(dark: bool):
            return charts.ChartStyle.for_screen(lang, currency, dark=dark)

        painters = {
            "headline": lambda ax, dark: charts.draw_headline(ax, ev, analysis, style(dark)),
            "cumulative": lambda ax, dark: charts.draw_cumulative(ax, analysis, style(dark), simulation=sim),
            "income_sources": lambda ax, dark: charts.draw_income_sources(ax, analysis, style(dark)),
            "outcome_distribution": lambda ax, dark: charts.draw_outcome_distribution(ax, sim, style(dark)),
        }
        # The key tells a canvas whether its data changed; equal analyses need no redraw.
        key = (analysis, _Identity(sim), lang, currency, ev.offer.claims, ev.offer.disclosure)
        for name, canvas in self.canvases.items():
            canvas.set_painter(painters[name], key)

    def _on_tab_changed(self, index: int) -> None:
        widget = self.chart_tabs.widget(index)
        if isinstance(widget, ChartCanvas):
            widget.redraw_if_needed()

    # flags ----------------------------------------------------------------------------------

    def _flags_in_sight(self) -> bool:
        return any(w.isVisible() and not w.visibleRegion().isEmpty()
                   for w in (self.flags_heading, self.flags_box, self.no_flags_label))

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt naming)
        """The red flags are being painted (scrolled into sight): bring them up to date if they
        wait (just after the paint, not inside it)."""
        if event.type() == QEvent.Type.Paint and self._flags_waiting:
            self._flags_waiting = False
            QTimer.singleShot(0, self._catch_up_flags)
        return False

    def _catch_up_flags(self) -> None:
        if self._analysis is not None and self._evaluation is not None:
            self._render_flags()

    def _render_flags(self) -> None:
        flags = sorted(self._shown.red_flags, key=lambda f: severity_rank(f.severity))
        # Each flag keeps its own card (by id): a flag that comes or goes (the simulation's own
        # flags come with the final analysis) does not shift every text below it into another
        # card, so the other cards keep their texts and their measured heights. A card whose
        # flag is gone is hidden and kept for when it comes back.
        cards: list[FlagCard] = []
        seen: dict[str, int] = {}
        for flag in flags:
            n = seen[flag.id] = seen.get(flag.id, -1) + 1
            card = self._cards_by_flag.get((flag.id, n))
            if card is None:
                card = FlagCard(None, self.flags_box)
                self._cards_by_flag[(flag.id, n)] = card
            card.show_flag(flag, self._lang)
            cards.append(card)
        if cards != self.flag_cards:
            layout = self._flags_layout
            for card in self.flag_cards:
                if card not in cards:
                    layout.removeWidget(card)
                    card.hide()
            for i, card in enumerate(cards):  # only the cards out of place move
                item = layout.itemAt(i)
                if item is None or item.widget() is not card:
                    layout.removeWidget(card)
                    layout.insertWidget(i, card)
                if card.isHidden():
                    card.show()
            self.flag_cards = cards
        if len(self._cards_by_flag) > KEPT_FLAG_CARDS:  # many documents' flags: drop the hidden
            for key, card in list(self._cards_by_flag.items()):
                if card not in cards:
                    del self._cards_by_flag[key]
                    card.deleteLater()
        counts = {s: sum(1 for f in flags if f.severity == s) for s in SEVERITIES}
        if flags:
            self.flags_heading.setText(self.tr("Red flags — serious: {serious}, warnings: {warning}, notes: {info}").format(**counts))
        else:
            self.flags_heading.setText(self.tr("Red flags"))
        self.no_flags_label.setText(self.tr("No red flags were raised by what you entered."))
        self.no_flags_label.setVisible(not flags)

    # break-even -----------------------------------------------------------------------------

    def _render_break_even(self) -> None:
        be = self._shown.break_even
        lang = self._lang
        lines = []
        if be.already_breaks_even and not be.explanation:  # the explanation says it first
            lines.append(self.tr("With your own assumptions you already break even within the horizon."))
        customers = be.customers_per_month
        recruits = be.active_recruits
        reach = be.share_reaching_recruits_percent
        if customers is not None and customers <= 0 and recruits is not None and recruits <= 0:
            pass  # neither is needed: the explanation says you break even without either
        elif customers is not None:
            lines.append(self.tr("• New outside customers needed per month (with no recruiting): {n}").format(
                n=fmt.smart_number(customers, lang)))
        else:
            lines.append(self.tr("• Selling to outside customers alone cannot make this break even."))
        if recruits is not None and recruits <= 0 and not be.recruits_ever_needed:
            pass  # no recruits needed: no "0 ... at most 100%" line (review 11)
        elif recruits is not None:
            # The odds are about the recruits made in all (k = ceil(r* x H), SPEC 9.2), not the
            # ones still active at the end: "1.43 active ... at most 0.0% get that many" mixed the
            # two and rounded 0.049% to 0.0% (review 11).
            from ..core.breakeven import fmt_share, whole_recruits_active

            k = be.recruits_ever_needed
            if k:
                line = self.tr("• Personal recruits needed (with no customers): {k} in all, about {active} of them "
                               "still active at the end").format(
                    k=fmt.number(k, lang),
                    active=fmt.smart_number(whole_recruits_active(be, len(self._shown.projection.months)), lang))
                if reach is not None:
                    line += " " + self.tr("— with equal-chance recruitment only {share} of participants ever "
                                          "recruit that many.").format(share=fmt_share(reach, lang))
            else:
                line = self.tr("• Active personal recruits needed (with no customers): {n}").format(
                    n=fmt.smart_number(recruits, lang))
            lines.append(line)
        else:
            lines.append(self.tr("• Recruiting alone cannot make this break even."))
        explanation = be.explanation
        if explanation:
            if lines:
                lines.append("")
            lines.append(explanation)
        self.break_even_label.setText(fmt.keep_money_together("\n".join(lines)))

    # comparison -----------------------------------------------------------------------------

    def _render_comparison(self) -> None:
        headers = [self.tr("Aspect"), self.tr("Pyramid scheme"), self.tr("Network marketing"), self.tr("This offer")]
        rows = [headers]
        leanings: list[str | None] = [None]
        for aspect in self._shown.comparison:
            this = f"{aspect.this_offer}\n→ {fmt.leans_label(aspect.leans, self._lang)}"
            rows.append([aspect.label, aspect.pyramid, aspect.network_marketing, this])
            leanings.append(aspect.leans)
        changed = len(self.comparison_cells) != len(rows)
        while len(self.comparison_cells) > len(rows):
            for label in self.comparison_cells.pop() + self._comparison_captions.pop():
                self._comparison_grid.removeWidget(label)
                label.deleteLater()
        while len(self.comparison_cells) < len(rows):
            r = len(self.comparison_cells)
            row = []
            for c in range(4):
                label = plain_label("", self.comparison_box, selectable=r > 0)
                if r == 0 or c == 0:
                    font = QFont(label.font())
                    font.setBold(True)
                    label.setFont(font)
                row.append(label)
            self.comparison_cells.append(row)
            # Captions repeat the column headers in the narrow (stacked) arrangement.
            captions = [plain_label("", self.comparison_box, selectable=False) for _ in range(3)]
            for caption in captions:
                caption.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self._comparison_captions.append(captions)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        palette_key = self.palette().cacheKey()
        for labels, texts, leans, captions in zip(self.comparison_cells, rows, leanings, self._comparison_captions):
            for c, (label, text) in enumerate(zip(labels, texts)):
                label.setText(fmt.keep_money_together(text))
                if c == 3:
                    # Coloured again only when its leaning or the palette changed.
                    if getattr(label, "drawn_leans", None) == (leans, palette_key):
                        continue
                    label.drawn_leans = (leans, palette_key)  # type: ignore[attr-defined]
                    pal = label.palette()
                    colour = fmt.gain_loss_colour(-1, self.palette()) if leans == "pyramid" else text_colour
                    pal.setColor(QPalette.ColorRole.WindowText, colour)
                    label.setPalette(pal)
            for caption, header in zip(captions, headers[1:]):
                caption.setText(header)
        if changed:
            self._comparison_mode = None
        self._arrange_comparison()

    def _arrange_comparison(self) -> None:
        """A four-column table when there is room; stacked per aspect in a narrow panel."""
        narrow = self.scroll_area.viewport().width() < NARROW_WIDTH
        if narrow == self._comparison_mode:
            return
        self._comparison_mode = narrow
        grid = self._comparison_grid
        for labels, captions in zip(self.comparison_cells, self._comparison_captions):
            for label in labels + captions:
                grid.removeWidget(label)
        top = Qt.AlignmentFlag.AlignTop
        for c in range(4):
            grid.setColumnStretch(c, 0)
        if not narrow:
            for r, (labels, captions) in enumerate(zip(self.comparison_cells, self._comparison_captions)):
                for c, label in enumerate(labels):
                    grid.addWidget(label, r, c, top)
                    label.show()
                for caption in captions:
                    caption.hide()
            grid.setColumnStretch(0, 2)
            for c in (1, 2, 3):
                grid.setColumnStretch(c, 3)
            return
        base = 0
        for r, (labels, captions) in enumerate(zip(self.comparison_cells, self._comparison_captions)):
            if r == 0:  # the header row is replaced by the captions
                for label in labels + captions:
                    label.hide()
                continue
            grid.addWidget(labels[0], base, 0, 1, 2, top)
            labels[0].show()
            for k in range(3):
                grid.addWidget(captions[k], base + 1 + k, 0, top)
                grid.addWidget(labels[k + 1], base + 1 + k, 1, top)
                captions[k].show()
                labels[k + 1].show()
            base += 4
        grid.setColumnStretch(1, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange_headline()
        if self.comparison_cells:
            self._arrange_comparison()

    # questions ------------------------------------------------------------------------------

    def _render_questions(self) -> None:
        questions = list(self._shown.questions)
        if not questions:
            texts = [self.tr("No open questions: you filled in everything the evaluator asks about.")]
        else:
            texts = [f"{i}. {q}" for i, q in enumerate(questions, start=1)]
        while len(self.question_labels) > len(texts):
            label = self.question_labels.pop()
            self._questions_layout.removeWidget(label)
            label.deleteLater()
        while len(self.question_labels) < len(texts):
            label = plain_label("", self.questions_box)
            self._questions_layout.addWidget(label)
            self.question_labels.append(label)
        for label, text in zip(self.question_labels, texts):
            label.setText(text)


def _joined(amount: str) -> str:
    """An amount that never wraps after its sign ('-' then '$ 40,22' on the next line)."""
    return amount.replace("-", "-\u2060").replace("+", "+\u2060")


class _Identity:
    """Compares by identity: a simulation result holds arrays that ``==`` cannot compare."""

    __slots__ = ("obj",)

    def __init__(self, obj: Any) -> None:
        self.obj = obj

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Identity) and other.obj is self.obj

    def __hash__(self) -> int:
        return id(self.obj)


def _set_style(widget: QWidget, sheet: str) -> None:
    """``setStyleSheet`` only when the sheet differs: setting one re-polishes the widget, which is
    a noticeable part of a keystroke's redraw when the badge stays "Updating…" all along."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
