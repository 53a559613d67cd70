"""Two to four evaluations side by side: verdicts, key numbers, which red flags fire where, and
one chart with each evaluation's cumulative net result.

``CompareView(evaluations, lang)`` takes (name, Evaluation) pairs (the shell loads them from the
library) and analyses each with ``evaluator.core.analysis.analyze``. From the library
(``CompareView(library, ids, lang)``) an entry's stored simulation summary gives its verdict
without simulating again (SPEC 9.3: the verdict the editor and the library list show).
"""

from __future__ import annotations

import logging
from typing import Any, Callable, Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from ..core.labels import severity_rank
from . import format as fmt
from .chart_canvas import ChartCanvas
from .widgets import badge_label, heading_label, lazy_charts, plain_label, scrolling_column

log = logging.getLogger(__name__)

MIN_ITEMS, MAX_ITEMS = 2, 4
# Line styles as well as colours, so the lines stay apart for colour-blind readers and in grey.
_LINE_STYLES = ("-", "--", "-.", ":")
_LINE_COLOURS = {"light": ("#0b62c4", "#c2410c", "#15803d", "#7c3aed"),
                 "dark": ("#58a6ff", "#f0883e", "#56d364", "#bc8cff"),
                 "print": ("#1f4e9a", "#c05000", "#1b6e2f", "#5b2c83")}


def draw_compare(ax, items: Sequence[tuple[str, Sequence[int], Sequence[float]]], style) -> None:
    """Cumulative net result of each evaluation, one line each: ``items`` are
    (name, months, cumulative_net). ``style`` is an ``evaluator.charts.ChartStyle``."""
    theme = style.theme
    colours = _LINE_COLOURS.get(theme, _LINE_COLOURS["light"])
    fg, muted, grid = style.c("fg"), style.c("muted"), style.c("grid")
    ax.set_facecolor(style.c("bg"))
    for i, (name, months, cumulative) in enumerate(items):
        label = name if len(name) <= 40 else name[:39] + "…"
        ax.plot(list(months), list(cumulative), color=colours[i % len(colours)],
                linestyle=_LINE_STYLES[i % len(_LINE_STYLES)], linewidth=2, label=label, gid=f"compare:{i}")
    ax.axhline(0, color=muted, linewidth=0.8, gid="zero")
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _pos: style.money_short(value)))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True, nbins=8))
    ax.set_xlabel(style.t("Month", "Maand"), color=fg, fontsize=style.font_size)
    ax.set_ylabel(style.t("Cumulative net result", "Cumulatief nettoresultaat"), color=fg,
                  fontsize=style.font_size)
    ax.set_title(style.t("Your cumulative net result in each offer", "Je cumulatieve nettoresultaat per aanbod"),
                 color=fg, fontsize=style.font_size + 1)
    ax.tick_params(colors=fg, labelsize=style.font_size)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(muted)
    ax.grid(True, axis="y", color=grid, linewidth=0.6)
    if items:
        legend = ax.legend(fontsize=style.font_size, frameon=False, loc="best")
        for text in legend.get_texts():
            text.set_color(fg)


def _is_library(obj: Any) -> bool:
    return callable(getattr(obj, "get", None)) and callable(getattr(obj, "list", None)) \
        and not isinstance(obj, (list, tuple, dict))


def _pairs_from_library(library, ids: Sequence[int]) -> list[tuple[str, Any]]:
    names = {entry.id: entry.name for entry in library.list(include_deleted=True)}
    pairs = []
    for entry_id in ids:
        evaluation = library.get(entry_id)
        pairs.append((names.get(entry_id) or evaluation.offer.name, evaluation))
    return pairs


def _stored_summaries(library, ids: Sequence[int], pairs: Sequence[tuple[str, Any]]) -> list[Any]:
    """Each entry's simulation summary stored in the library when it describes the entry's
    document (SPEC 9.3: the verdict the editor and the library list show), else None."""
    from .session import stored_summary

    found = []
    for entry_id, (_name, evaluation) in zip(ids, pairs):
        try:
            data = library.simulation(entry_id) if callable(getattr(library, "simulation", None)) else None
        except (LookupError, ValueError):
            data = None
        found.append(stored_summary(data, evaluation))
    return found


def _default_analyze(evaluation, lang):
    """The same analysis the editor, the library list and the PDF show: with the document's
    own simulation (SPEC 9.3: one offer, one verdict)."""
    from .session import verdict_analysis

    return verdict_analysis(evaluation, lang)[0]


class CompareView(QWidget):
    """Side-by-side comparison of 2 to 4 evaluations."""

    def __init__(self, evaluations: Any, lang: Any = None, parent: Any = None,
                 analyze: Callable | None = None) -> None:
        """``CompareView([(name, evaluation), ...], lang)``; the contract's form
        ``CompareView(library, ids, lang)`` works too (see ``from_library``)."""
        stored: list[Any] = []
        if _is_library(evaluations):
            ids, lang = lang, parent if isinstance(parent, str) or parent is None else None
            parent = parent if isinstance(parent, QWidget) else None
            library, evaluations = evaluations, _pairs_from_library(evaluations, ids)
            stored = _stored_summaries(library, ids, evaluations)
        super().__init__(parent)
        evaluations = list(evaluations)
        if not MIN_ITEMS <= len(evaluations) <= MAX_ITEMS:
            raise ValueError(f"compare {MIN_ITEMS} to {MAX_ITEMS} evaluations, not {len(evaluations)}")
        self._lang = lang or fmt.ui_language()
        self._analyze = analyze or _default_analyze
        stored = stored or [None] * len(evaluations)
        self.items = [(name, ev, self._analysis_of(ev, summary))
                      for (name, ev), summary in zip(evaluations, stored)]
        self.setWindowTitle(self.tr("Compare evaluations"))
        self._build()

    def save_image(self, path: str) -> bool:
        """The whole comparison (not only the part scrolled into view) as a PNG image, written
        atomically (a failed write leaves nothing half-written)."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        from ..core import safefile

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not self.content.grab().save(buffer, "PNG"):
            return False
        buffer.close()
        try:
            safefile.write_atomic(path, bytes(data.data()))
        except OSError:  # SafeFileError included
            log.warning("the comparison could not be saved to %s", path, exc_info=True)
            return False
        return True

    def _analysis_of(self, evaluation, summary):
        """The analysis with the library's stored simulation summary when there is one (no new
        simulation: the verdict is the one stored with the entry), else ``analyze``."""
        if summary is not None and self._analyze is _default_analyze:
            from .session import analyze_with

            return analyze_with(evaluation, self._lang, summary)
        return self._analyze(evaluation, self._lang)

    @classmethod
    def from_library(cls, library, ids: Sequence[int], lang: str | None = None,
                     parent: QWidget | None = None) -> "CompareView":
        """The evaluations with these library ids, each under its library name."""
        view = cls(library, list(ids), lang)
        if parent is not None:
            view.setParent(parent)
        return view

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        scroll, content, col = scrolling_column(self, spacing=6)
        self.content = content  # the whole comparison, for saving it as an image

        self.numbers_heading = heading_label(self.tr("Verdicts and key numbers"), content)
        col.addWidget(self.numbers_heading)
        box = QFrame(content)
        box.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(box)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(8)
        col.addWidget(box)
        self.name_labels: list[QLabel] = []
        self.verdict_badges: list[QLabel] = []
        self.cells: dict[tuple[str, int], QLabel] = {}
        self._fill_numbers()

        self.flags_heading = heading_label(self.tr("Red flags: which fire where"), content)
        col.addWidget(self.flags_heading)
        flags_box = QFrame(content)
        flags_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.flags_grid = QGridLayout(flags_box)
        self.flags_grid.setHorizontalSpacing(18)
        self.flags_grid.setVerticalSpacing(6)
        col.addWidget(flags_box)
        self.flag_rows: dict[str, list[QLabel]] = {}
        self._fill_flags(flags_box)

        self.chart_heading = heading_label(self.tr("Cumulative net result"), content)
        col.addWidget(self.chart_heading)
        self.chart = ChartCanvas(content, min_height=340)
        col.addWidget(self.chart)
        self.disclaimer = plain_label(self.tr(
            "Each line uses that evaluation's own assumptions and horizon. This is an aid, not legal advice."),
            content)
        self.disclaimer.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        col.addWidget(self.disclaimer)
        col.addStretch(1)
        self._set_chart()

    def _caption(self, text: str, row: int, parent: QWidget | None) -> None:
        label = plain_label(text, parent, selectable=False)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)

    def _fill_numbers(self) -> None:
        parent = self.grid.parentWidget()
        lang = self._lang
        rows = [
            ("total_net", self.tr("Net result over the horizon")),
            ("break_even", self.tr("Break-even")),
            ("hourly", self.tr("Per hour worked")),
            ("typical_net", self.tr("Typical participant, net per year")),
            ("typical_gross", self.tr("Typical participant, gross per year (disclosure, before expenses)")),
            ("share_nothing", self.tr("Participants paid nothing")),
            ("recruitment_share", self.tr("Your income from recruiting")),
            ("flag_count", self.tr("Red flags (serious / all)")),
        ]
        self._caption("", 0, parent)
        self._caption(self.tr("Verdict"), 1, parent)
        self._caption(self.tr("Summary"), 2, parent)
        for r, (_key, caption) in enumerate(rows, start=3):
            self._caption(caption, r, parent)
        for c, (name, ev, analysis) in enumerate(self.items, start=1):
            cur = ev.offer.currency
            p, t = analysis.projection, analysis.typical
            name_label = plain_label(name, parent)
            font = QFont(name_label.font())
            font.setBold(True)
            if font.pointSizeF() > 0:
                font.setPointSizeF(font.pointSizeF() * 1.15)
            name_label.setFont(font)
            self.grid.addWidget(name_label, 0, c, Qt.AlignmentFlag.AlignTop)
            self.name_labels.append(name_label)
            level = analysis.verdict.level
            badge = badge_label(fmt.verdict_label(level, self._lang),
                                fmt.VERDICT_COLOURS.get(level, fmt.VERDICT_COLOURS["caution"]), parent)
            self.grid.addWidget(badge, 1, c, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.verdict_badges.append(badge)
            summary = plain_label(analysis.verdict.summary or "", parent)
            self.grid.addWidget(summary, 2, c, Qt.AlignmentFlag.AlignTop)
            horizon = len(p.months)
            flags = list(analysis.red_flags or [])
            serious = sum(1 for f in flags if f.severity == "serious")
            values = {
                "total_net": (fmt.signed_money(p.total_net, cur, lang) + " "
                              + self.tr("({months} months)").format(months=horizon), p.total_net),
                "break_even": (self.tr("Nothing to earn back") if p.is_empty
                               else self.tr("Month {month}").format(month=p.break_even_month)
                               if p.break_even_month is not None
                               else self.tr("Not within {months} months").format(months=horizon), None),
                "hourly": (self.tr("{amount} per hour").format(amount=fmt.signed_money(p.hourly, cur, lang))
                           if p.hourly is not None else fmt.unknown(), p.hourly),
                "typical_net": (fmt.signed_money(t.median_annual_net, cur, lang)
                                if t is not None and t.median_annual_net is not None
                                else (fmt.unknown() if t is not None else self.tr("unknown (no disclosure)")),
                                t.median_annual_net if t is not None else None),
                "typical_gross": (self.tr("{gross}; the disclosure {basis}").format(
                                      gross=fmt.money(t.median_annual_gross, cur, lang), basis=fmt.basis_label(t.basis, lang))
                                  if t is not None and t.median_annual_gross is not None else fmt.unknown(), None),
                "share_nothing": (fmt.percent(t.share_nothing_percent, lang) if t is not None else fmt.unknown(), None),
                "recruitment_share": (fmt.share(p.recruitment_share, lang), None),
                "flag_count": (f"{serious} / {len(flags)}", None),
            }
            for r, (key, _caption) in enumerate(rows, start=3):
                text, signed = values[key]
                label = plain_label(text, parent)
                colour = fmt.gain_loss_colour(signed, self.palette())
                if colour is not None:
                    pal = label.palette()
                    pal.setColor(QPalette.ColorRole.WindowText, colour)
                    label.setPalette(pal)
                self.grid.addWidget(label, r, c, Qt.AlignmentFlag.AlignTop)
                self.cells[(key, c - 1)] = label
        self.grid.setColumnStretch(0, 2)
        for c in range(1, len(self.items) + 1):
            self.grid.setColumnStretch(c, 3)

    def _fill_flags(self, parent: QWidget) -> None:
        # Union of every evaluation's flags: most serious first, then in the order they appear.
        seen: dict[str, tuple[int, int, str]] = {}
        fired: list[dict[str, str]] = []
        for _name, _ev, analysis in self.items:
            by_id = {}
            for flag in analysis.red_flags or []:
                by_id[flag.id] = flag.severity
                if flag.id not in seen:
                    seen[flag.id] = (severity_rank(flag.severity), len(seen), flag.title)
                else:
                    rank, order, title = seen[flag.id]
                    seen[flag.id] = (min(rank, severity_rank(flag.severity)), order, title)
            fired.append(by_id)
        header = plain_label(self.tr("Red flag"), parent, selectable=False)
        bold = QFont(header.font())
        bold.setBold(True)
        header.setFont(bold)
        self.flags_grid.addWidget(header, 0, 0)
        for c, (name, _ev, _a) in enumerate(self.items, start=1):
            label = plain_label(name, parent, selectable=False)
            label.setFont(bold)
            self.flags_grid.addWidget(label, 0, c)
        if not seen:
            self.flags_grid.addWidget(plain_label(self.tr("None of these evaluations raises a red flag."), parent),
                                      1, 0, 1, len(self.items) + 1)
        for r, flag_id in enumerate(sorted(seen, key=lambda k: seen[k][:2]), start=1):
            title_label = plain_label(seen[flag_id][2], parent)
            self.flags_grid.addWidget(title_label, r, 0, Qt.AlignmentFlag.AlignTop)
            row = [title_label]
            for c, by_id in enumerate(fired, start=1):
                severity = by_id.get(flag_id)
                if severity is None:
                    cell = plain_label(self.tr("not raised"), parent, selectable=False)
                    cell.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                else:
                    cell = badge_label(fmt.severity_label(severity, self._lang),
                                       fmt.SEVERITY_COLOURS.get(severity, fmt.SEVERITY_COLOURS["info"]), parent)
                self.flags_grid.addWidget(cell, r, c, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                row.append(cell)
            self.flag_rows[flag_id] = row
        self.flags_grid.setColumnStretch(0, 2)
        for c in range(1, len(self.items) + 1):
            self.flags_grid.setColumnStretch(c, 3)

    def _set_chart(self) -> None:
        charts = lazy_charts()
        items = [(name, a.projection.months, a.projection.cumulative_net) for name, _ev, a in self.items]
        currencies = {ev.offer.currency for _n, ev, _a in self.items}
        currency = currencies.pop() if len(currencies) == 1 else self.items[0][1].offer.currency
        lang = self._lang
        self.chart.set_painter(
            lambda ax, dark: draw_compare(ax, items, charts.ChartStyle.for_screen(lang, currency, dark=dark)),
            key=None)

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.chart.redraw_if_needed()
