"""The charts, as pure drawing functions on a matplotlib Axes (never pyplot).

The same functions draw on the screen (``ChartCanvas``, light or dark palette) and in the PDF
report (print style, saved as SVG and drawn as vectors). Each takes the Axes to draw on, the data
and a :class:`ChartStyle` (theme, language, currency), returns nothing, and copes with missing
data (no disclosure, no simulation) by drawing a short explanatory note instead of failing.

matplotlib is imported only by the functions that need it, so importing this module is cheap;
the UI imports it lazily anyway.

Every artist that tests (or the report) need to find carries a ``gid``: the cumulative chart's
lines are ``you``, ``typical``, ``cohort_median``; its band is ``cohort_band``; the income chart's
bars are ``revenue:<source>`` and ``costs:<category>``; the outcome chart's bars are
``everyone:<percentile>`` and ``cohort:<percentile>``; the pitch chart's bars are
``pitch:<key>``; the headline chart's bars are ``headline:<you|typical|claim>:<year>``
(an unknown figure's text ``headline:<key>:<year>:unknown``); a note drawn for missing data is ``note``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from .core.i18n import fmt_money, fmt_number, fmt_percent, norm_lang, tr
from .core.labels import COST_LABELS, REVENUE_LABELS

if TYPE_CHECKING:  # pragma: no cover - numpy stays out of the import of the charts
    from .core.analysis import Analysis
    from .core.model import Evaluation
    from .core.simulation import SimulationResult

Theme = Literal["light", "dark", "print"]

PERCENTILES = ("10", "25", "50", "75", "90", "99")

_PALETTES: dict[str, dict[str, str]] = {
    "light": {
        "fg": "#1f2328", "muted": "#57606a", "grid": "#d0d7de", "bg": "none",
        "you": "#0b62c4", "typical": "#c2410c", "sim": "#6d28d9", "zero": "#57606a",
        "profit": "#15803d", "loss": "#b91c1c", "claim": "#0f766e",
        "retail": "#15803d", "downline": "#2563eb", "recruiting": "#ea580c", "rank": "#7c3aed",
        "fees": "#b91c1c", "purchases": "#db2777", "training": "#92400e", "other": "#6b7280",
    },
    "dark": {
        "fg": "#e6edf3", "muted": "#9da7b3", "grid": "#3d444d", "bg": "none",
        "you": "#58a6ff", "typical": "#f0883e", "sim": "#bc8cff", "zero": "#9da7b3",
        "profit": "#56d364", "loss": "#ff7b72", "claim": "#2dd4bf",
        "retail": "#56d364", "downline": "#58a6ff", "recruiting": "#f0883e", "rank": "#bc8cff",
        "fees": "#ff7b72", "purchases": "#f778ba", "training": "#d29922", "other": "#8b949e",
    },
    # Print: white paper, dark colours that stay apart in greyscale, helped by line styles.
    "print": {
        "fg": "#000000", "muted": "#444444", "grid": "#c8c8c8", "bg": "#ffffff",
        "you": "#1f4e9a", "typical": "#c05000", "sim": "#5b2c83", "zero": "#333333",
        "profit": "#1b6e2f", "loss": "#a3161a", "claim": "#0f5f58",
        "retail": "#1b6e2f", "downline": "#1f4e9a", "recruiting": "#d26a00", "rank": "#5b2c83",
        "fees": "#a3161a", "purchases": "#d1497b", "training": "#7a4a12", "other": "#8c8c8c",
    },
}


@dataclass(frozen=True)
class ChartStyle:
    """How a chart looks and speaks: theme, language and the offer's currency."""

    theme: Theme = "light"
    lang: str = "en"
    currency: str = "EUR"
    font_size: float = 9.0
    colors: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.theme not in _PALETTES:
            raise ValueError(f"unknown chart theme {self.theme!r}")
        object.__setattr__(self, "lang", norm_lang(self.lang))
        palette = dict(_PALETTES[self.theme])
        palette.update(self.colors)
        object.__setattr__(self, "colors", palette)

    @classmethod
    def for_screen(cls, lang: str, currency: str, dark: bool = False) -> "ChartStyle":
        return cls(theme="dark" if dark else "light", lang=lang, currency=currency, font_size=9.0)

    @classmethod
    def for_print(cls, lang: str, currency: str) -> "ChartStyle":
        return cls(theme="print", lang=lang, currency=currency, font_size=8.0)

    # -- text helpers -----------------------------------------------------------------------

    def t(self, en: str, nl: str) -> str:
        return tr(self.lang, en, nl)

    def money(self, value: float) -> str:
        return fmt_money(value, self.currency, self.lang)

    def money_short(self, value: float) -> str:
        """Axis ticks: '€ 12.500', '€ 1,2 mln' / '€1.2M'."""
        if abs(value) >= 1_000_000:
            text = fmt_money(value / 1_000_000, self.currency, self.lang, decimals=1)
            return text + self.t("M", " mln")
        return fmt_money(value, self.currency, self.lang)

    def c(self, key: str) -> str:
        return self.colors[key]


# ------------------------------------------------------------------------------------------
# Shared helpers


def _money_axis(axis, style: ChartStyle) -> None:
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    if axis.axis_name == "x":
        axis.set_major_locator(_roomy_locator(style))
    else:
        axis.set_major_locator(MaxNLocator(nbins=6, steps=[1, 2, 2.5, 5, 10]))
    axis.set_major_formatter(FuncFormatter(lambda value, _pos: style.money_short(value)))
    # All amounts zero (an empty new offer): matplotlib spans ±0.05, whose ticks all read "€0".
    lo, hi = axis.get_view_interval()
    if abs(hi - lo) < 2:
        middle = (lo + hi) / 2
        setter = axis.axes.set_xlim if axis.axis_name == "x" else axis.axes.set_ylim
        setter(middle - 1, middle + 1)


def _roomy_locator(style: ChartStyle):
    """Up to six ticks on a horizontal money axis, fewer when the axis is too narrow for their
    labels side by side ('€ 1.000 € 2.000' ran together in a narrow panel). Decided at each draw
    from the axis's width on screen, so a resized window gets its own count."""
    from matplotlib.ticker import MaxNLocator

    class RoomyLocator(MaxNLocator):
        def __call__(self):  # type: ignore[override]
            axis = self.axis
            if axis is not None and axis.axes is not None:
                vmin, vmax = axis.get_view_interval()
                widest = max(len(style.money_short(v)) for v in (vmin, vmax, (vmin + vmax) / 2))
                dpi = axis.axes.figure.dpi
                label_px = (0.62 * style.font_size * widest + 14) * dpi / 72  # DejaVu ~0.6 em a char
                room = axis.axes.bbox.width
                self.set_params(nbins=max(2, min(6, int(room // label_px))))
            return super().__call__()

    return RoomyLocator(nbins=6, steps=[1, 2, 2.5, 5, 10])


def _decorate(ax, style: ChartStyle, grid_axis: str = "y") -> None:
    """Colours, font sizes and grid for the theme."""
    fg, muted = style.c("fg"), style.c("muted")
    ax.set_facecolor(style.c("bg"))
    for spine in ("top", "right"):
        ax.spines[spine].set_visible(False)
    for spine in ("left", "bottom"):
        ax.spines[spine].set_color(muted)
    ax.tick_params(colors=fg, labelsize=style.font_size, which="both")
    ax.xaxis.label.set_color(fg)
    ax.yaxis.label.set_color(fg)
    ax.xaxis.label.set_fontsize(style.font_size + 0.5)
    ax.yaxis.label.set_fontsize(style.font_size + 0.5)
    ax.title.set_color(fg)
    if grid_axis:
        ax.grid(True, axis=grid_axis, color=style.c("grid"), linewidth=0.6)
        ax.set_axisbelow(True)


def _legend(ax, style: ChartStyle, **kw) -> None:
    handles, labels = ax.get_legend_handles_labels()
    if not handles:
        return
    kw.setdefault("loc", "best")
    kw.setdefault("fontsize", style.font_size)
    legend = ax.legend(frameon=True, framealpha=0.85, **kw)
    frame = legend.get_frame()
    frame.set_facecolor("#ffffff" if style.theme != "dark" else "#161b22")
    frame.set_edgecolor(style.c("grid"))
    for text in legend.get_texts():
        text.set_color(style.c("fg"))


def _note(ax, style: ChartStyle, text: str, y: float = 0.5, blank: bool = True) -> None:
    """An explanatory note in the Axes (for missing data). ``blank`` hides the empty axes."""
    if blank:
        ax.set_axis_off()
    ax.text(0.5, y, text, ha="center", va="center", transform=ax.transAxes, wrap=True,
            fontsize=style.font_size + 0.5, color=style.c("muted"), gid="note",
            bbox={"boxstyle": "round,pad=0.5", "facecolor": "none", "edgecolor": style.c("grid")}
            if blank else None)


def _series(simulation: SimulationResult, key: str) -> list[float] | None:
    values = simulation.series.get(key)
    if values is None:
        return None
    return [float(v) for v in values] or None


def _percentiles(simulation: SimulationResult, which: Literal["cohort", "everyone"]) -> dict[str, float] | None:
    data = (simulation.cohort_net_percentiles if which == "cohort"
            else simulation.everyone_net_percentiles)
    if not data:
        return None
    return {str(k): float(v) for k, v in data.items()}


def _share_profitable(simulation: SimulationResult, which: Literal["cohort", "everyone"]) -> float:
    return float(simulation.cohort_share_profitable_percent if which == "cohort"
                 else simulation.everyone_share_profitable_percent)


def _simulated_months(simulation: SimulationResult) -> int | None:
    if simulation.months > 0:
        return simulation.months
    active = _series(simulation, "active")
    return len(active) if active else None


# ------------------------------------------------------------------------------------------
# 0. The headline: you, the typical participant and the claim, per year (SPEC 9.4)


def draw_headline(ax: Any, evaluation: Evaluation, analysis: Analysis, style: ChartStyle) -> None:
    """Year 1 and year 2 side by side: your net result, the typical participant's net result
    and the recruiter's claimed income (gross), the same figures as the headline cards
    (``core.headline``). An unknown figure is written as unknown where its bar would be."""
    from matplotlib.transforms import blended_transform_factory

    from .core.headline import headline

    h = headline(evaluation, analysis)
    bars = (
        (h.you, style.t("You, net", "Jij, netto"), "you"),
        (h.typical, style.t("Typical, net", "Gewone deelnemer, netto"), "typical"),
        (h.claim, style.t("Claim, gross", "Belofte, bruto"), "claim"),
    )
    _decorate(ax, style, grid_axis="y")
    ax.axhline(0, color=style.c("zero"), linewidth=0.9, zorder=1)
    width = 0.26
    values = [v for column, *_ in bars for v in (column.year1, column.year2) if v is not None]
    lo, hi = min(0.0, *values) if values else 0.0, max(0.0, *values) if values else 0.0
    span = (hi - lo) or 1.0
    baseline = blended_transform_factory(ax.transData, ax.transData)
    for i, (column, label, colour) in enumerate(bars):
        offset = (i - 1) * (width + 0.03)
        for year, value in ((1, column.year1), (2, column.year2)):
            x = year - 1 + offset
            if value is None:
                ax.text(x, 0, style.t("unknown", "onbekend"), rotation=90, ha="center", va="bottom",
                        fontsize=style.font_size - 1, color=style.c("muted"), transform=baseline,
                        gid=f"headline:{column.key}:{year}:unknown")
                continue
            ax.bar(x, value, width=width, color=style.c(colour),
                   hatch="//" if colour == "claim" and style.theme == "print" else None,
                   edgecolor=style.c("bg") if style.theme == "print" else "none",
                   label=label if year == 1 or column.year1 is None else None,
                   gid=f"headline:{column.key}:{year}")
            ax.text(x, value + (0.015 * span if value >= 0 else -0.015 * span), style.money_short(value),
                    ha="center", va="bottom" if value >= 0 else "top", fontsize=style.font_size - 2,
                    color=style.c("fg"), gid=f"headline_value:{column.key}:{year}")
        if column.year1 is None and column.year2 is None:  # keep it in the legend, with no bar
            ax.bar([0], [0], width=0, color=style.c(colour), label=label)
    ax.set_xticks([0, 1], [style.t("Year 1\n(months 1–12)", "Jaar 1\n(maand 1–12)"),
                           style.t("Year 2\n(months 13–24)", "Jaar 2\n(maand 13–24)")])
    ax.tick_params(axis="x", labelsize=style.font_size - 0.5)
    ax.set_xlim(-0.6, 1.6)
    ax.set_ylim(lo - 0.12 * span if lo < 0 else 0, hi + 0.12 * span)
    _money_axis(ax.yaxis, style)
    ax.set_ylabel(style.t("Per year", "Per jaar"))
    notes = []
    if h.typical_loses_money:
        notes.append(style.t("The typical participant loses money.",
                             "De gewone deelnemer verliest geld."))
    elif h.typical_unknown:
        notes.append(style.t("What a typical participant gets is unknown.",
                             "Wat een gewone deelnemer krijgt, is onbekend."))
    implied = implied_network(evaluation, evaluation.offer.claims.claimed_monthly_income)
    if implied is not None:
        members, month = implied.members, implied.month
        notes.append(style.t(f"The claim needs {fmt_number(members, 'en')} active downline members in month {month}.",
                             f"De belofte vraagt {fmt_number(members, 'nl')} actieve netwerkleden in maand {month}."))
    if notes:  # under the axis, where constrained layout makes room
        ax.set_xlabel("\n".join(notes), color=style.c("muted"))
    _legend(ax, style, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, borderaxespad=0.2,
            handlelength=0.9, columnspacing=0.8, handletextpad=0.4, fontsize=style.font_size - 1)


# ------------------------------------------------------------------------------------------
# 1. Cumulative net: you against the typical participant (and the simulated cohort)


def draw_cumulative(ax: Any, analysis: Analysis, style: ChartStyle,
                    simulation: SimulationResult | None = None) -> None:
    """Your cumulative net result per month, the typical participant's, and (with a simulation)
    the median and 10-90% band of those who join in month 1."""
    proj = analysis.projection
    months = list(proj.months)
    c = style.c
    _decorate(ax, style, grid_axis="both")
    ax.axhline(0, color=c("zero"), linewidth=0.9, zorder=1)

    median = _series(simulation, "cohort_median_cum_net") if simulation is not None else None
    if median and simulation is not None:
        sim_months = list(range(1, len(median) + 1))
        low = _series(simulation, "cohort_p10_cum_net")
        high = _series(simulation, "cohort_p90_cum_net")
        if low and high and len(low) == len(high) == len(median):
            ax.fill_between(sim_months, low, high, color=c("sim"), alpha=0.16, linewidth=0,
                            label=style.t("Simulated: 10–90% of those who join with you",
                                          "Simulatie: 10–90% van wie met jou begint"),
                            gid="cohort_band")
        ax.plot(sim_months, median, color=c("sim"), linewidth=1.6, linestyle=(0, (5, 2)),
                label=style.t("Simulated: median of those who join with you",
                              "Simulatie: mediaan van wie met jou begint"), gid="cohort_median")

    typical = analysis.typical
    if typical is not None and typical.cumulative_net:
        ax.plot(months[: len(typical.cumulative_net)], list(typical.cumulative_net),
                color=c("typical"), linewidth=1.8, linestyle=(0, (1.5, 1.5)),
                label=style.t("Typical participant (income disclosure)",
                              "Gewone deelnemer (inkomensverklaring)"), gid="typical")

    ax.plot(months, list(proj.cumulative_net), color=c("you"), linewidth=2.2,
            label=style.t("You (your projection)", "Jij (jouw projectie)"), gid="you")

    if proj.break_even_month is not None and proj.break_even_month <= len(months):
        m = proj.break_even_month
        ax.plot([m], [proj.cumulative_net[m - 1]], marker="o", markersize=5, color=c("you"),
                linestyle="none", gid="break_even")
        # below-right of the point, unless the point is near the bottom of what is drawn (a
        # break-even in month 1 at 0 on a rising line): there the label went under the x axis,
        # over its tick labels, so it goes above-right
        y, lim = proj.cumulative_net[m - 1], ax.dataLim
        low = lim.height > 0 and (y - lim.y0) < 0.15 * lim.height
        ax.annotate(style.t(f"break-even: month {m}", f"quitte: maand {m}"),
                    (m, y), textcoords="offset points", xytext=(6, 6) if low else (6, -12),
                    fontsize=style.font_size, color=c("fg"), gid="break_even_label",
                    # on the figure's own background, so that a line passing behind it (the
                    # simulation's median, say) does not run through the text
                    bbox={"boxstyle": "round,pad=0.15", "facecolor": ax.figure.get_facecolor(),
                          "edgecolor": "none", "alpha": 0.85})

    ax.set_xlim(1, max(months[-1], len(median) if median else 1, 2))
    _month_axis(ax)
    _money_axis(ax.yaxis, style)
    ax.set_xlabel(style.t("Month", "Maand"))
    ax.set_ylabel(style.t("Cumulative net result", "Cumulatief nettoresultaat"))
    if typical is None:  # above the plot, where constrained layout keeps it clear of the data
        ax.set_title(style.t("No income disclosure: the typical participant is not shown.",
                             "Geen inkomensverklaring: de gewone deelnemer ontbreekt."),
                     loc="right", fontsize=style.font_size - 0.5, color=c("muted"), gid="note")
    _legend(ax, style, loc="best")  # the spot that covers the fewest data points


def _month_axis(ax) -> None:
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(nbins=8, integer=True, steps=[1, 2, 3, 6, 10]))


# ------------------------------------------------------------------------------------------
# 2. Where the money comes from and goes to


def draw_income_sources(ax: Any, analysis: Analysis, style: ChartStyle) -> None:
    """Total revenue over the horizon by source against total costs by category."""
    proj = analysis.projection
    revenue = {k: sum(v) for k, v in proj.revenue.items()}
    costs = {k: sum(v) for k, v in proj.costs.items()}
    horizon = len(proj.months)
    if sum(revenue.values()) <= 0 and sum(costs.values()) <= 0:
        _note(ax, style, style.t("No income and no costs in this projection.",
                                 "Geen inkomsten en geen kosten in deze projectie."))
        return
    _decorate(ax, style, grid_axis="x")
    rows = [(1, revenue, REVENUE_LABELS, "revenue"), (0, costs, COST_LABELS, "costs")]
    for y, values, labels, prefix in rows:
        left = 0.0
        for key, (en, nl) in labels.items():
            value = values.get(key, 0.0)
            if value <= 0:
                continue
            ax.barh(y, value, left=left, height=0.55, color=style.c(key), label=style.t(en, nl),
                    gid=f"{prefix}:{key}", edgecolor=style.c("bg") if style.theme == "print" else "none",
                    linewidth=0.5)
            left += value
        ax.text(left, y, "  " + style.money(left), va="center", ha="left",
                fontsize=style.font_size, color=style.c("fg"))
    ax.set_yticks([1, 0], [style.t("Income", "Inkomsten"), style.t("Costs", "Kosten")])
    ax.set_ylim(-0.6, 1.6)
    top = max(sum(revenue.values()), sum(costs.values()))
    ax.set_xlim(0, top * 1.28 if top > 0 else 1)
    _money_axis(ax.xaxis, style)
    ax.set_xlabel(style.t(f"Total over {horizon} months", f"Totaal over {horizon} maanden"))
    # Above the bars, not beside them: beside, it took half a narrow panel and covered the totals.
    _legend(ax, style, loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=2, borderaxespad=0.2,
            handlelength=1.2, columnspacing=1.0, fontsize=style.font_size - 1)


# ------------------------------------------------------------------------------------------
# 3. The spread of outcomes across everyone in the simulation


def draw_outcome_distribution(ax: Any, simulation: SimulationResult | None, style: ChartStyle) -> None:
    """Net result at the 10th to 99th percentile, for everyone simulated and for those who join
    in month 1, with the share who end with a profit."""
    everyone = _percentiles(simulation, "everyone") if simulation is not None else None
    cohort = _percentiles(simulation, "cohort") if simulation is not None else None
    if simulation is None or (not everyone and not cohort):
        _note(ax, style, style.t(
            "Run the population simulation to see how results are spread\n"
            "over everyone who joins.",
            "Start de simulatie van het hele netwerk om te zien hoe de\n"
            "resultaten verdeeld zijn over iedereen die meedoet."))
        return
    from matplotlib.transforms import blended_transform_factory, offset_copy

    _decorate(ax, style, grid_axis="x")
    keys = [k for k in PERCENTILES if (everyone and k in everyone) or (cohort and k in cohort)]
    groups = [(data, name, label, offset) for data, name, label, offset in (
        (everyone, "everyone", style.t("Everyone", "Iedereen"), 0.2),
        (cohort, "cohort", style.t("Those who join with you", "Wie met jou begint"), -0.2)) if data]
    height = 0.38 if len(groups) == 2 else 0.6
    # The amounts go in columns right of the plot (one per group), where they cannot overlap the
    # bars or each other however close the percentiles are.
    column = blended_transform_factory(ax.transAxes, ax.transData)
    top = len(keys) - 1
    widest = max(len(t) for t in [style.money(v) for data, *_ in groups for v in data.values()]
                 + [style.t("everyone", "iedereen")])
    column_points = 0.62 * (style.font_size - 0.5) * widest + 8  # DejaVu Sans: ~0.6 em a character
    headers = {"everyone": style.t("everyone", "iedereen"), "cohort": style.t("with you", "met jou")}
    for col, (data, name, label, offset) in enumerate(groups):
        offset = offset if len(groups) == 2 else 0.0
        ys = [top - i + offset for i in range(len(keys))]
        values = [data.get(k, 0.0) for k in keys]
        colors = [style.c("profit") if v > 0 else style.c("loss") for v in values]
        bars = ax.barh(ys, values, height=height, color=colors,
                       alpha=1.0 if name == "everyone" else 0.5, label=label,
                       edgecolor=style.c("fg") if name == "cohort" else "none", linewidth=0.4)
        x = 1.0
        place = offset_copy(column, fig=ax.figure, x=6 + column_points * col, units="points")
        ax.text(x, top + 0.75, headers[name] if len(groups) == 2 else "", transform=place, ha="left",
                va="bottom", fontsize=style.font_size - 0.5, color=style.c("muted"), wrap=False)
        for i, (key, bar, value) in enumerate(zip(keys, bars, values)):
            bar.set_gid(f"{name}:{key}")
            ax.text(x, top - i, style.money(value), transform=place, ha="left", va="center",
                    fontsize=style.font_size - 0.5,
                    color=style.c("profit") if value > 0 else style.c("loss"), gid=f"value:{name}:{key}")
    ax.axvline(0, color=style.c("zero"), linewidth=0.9)
    ax.set_yticks(range(len(keys)), [_pct_label(k, style) for k in reversed(keys)])
    ax.set_ylim(-0.6, top + 0.6)
    lo = min(0.0, min(v for data, *_ in groups for v in data.values()))
    hi = max(0.0, max(v for data, *_ in groups for v in data.values()))
    pad = (hi - lo) * 0.05 or 1.0
    ax.set_xlim(lo - (pad if lo < 0 else 0), hi + pad)
    _money_axis(ax.xaxis, style)
    months = _simulated_months(simulation)
    lines = [style.t(f"Net result after {months} months" if months else "Net result",
                     f"Nettoresultaat na {months} maanden" if months else "Nettoresultaat")]
    share = _share_profitable(simulation, "everyone")
    lines.append(style.t(f"{fmt_percent(share, 'en', 1)} of everyone ends with a profit",
                         f"{fmt_percent(share, 'nl', 1)} van iedereen eindigt met winst"))
    ax.set_xlabel("\n".join(lines))
    if len(groups) == 2:
        # one entry under the other: side by side, in the app's narrow column, the legend ran on
        # over the value columns' headers ("iedereen" hidden, review 11)
        _legend(ax, style, loc="lower left", bbox_to_anchor=(0.0, 1.0), ncol=1,
                borderaxespad=0.2)


def _pct_label(key: str, style: ChartStyle) -> str:
    if key == "50":
        return style.t("median", "mediaan")
    return style.t(f"{key}th percentile", f"{key}e percentiel")


# ------------------------------------------------------------------------------------------
# 4. The pitch against reality


def draw_pitch_vs_reality(ax: Any, evaluation: Evaluation, analysis: Analysis, style: ChartStyle,
                          simulation: SimulationResult | None = None) -> None:
    """Monthly income as claimed by the recruiter against what the disclosure, your projection
    and the simulation say, with the network size the claim implies."""
    rows: list[tuple[str, str, float, str]] = []  # (gid key, label, monthly amount, colour key)
    claim = evaluation.offer.claims.claimed_monthly_income
    if claim is not None:
        rows.append(("claim", style.t("Recruiter's claim", "Belofte van de werver"), claim, "claim"))
    typical = analysis.typical
    # SPEC 9.1: an unknown typical participant (coverage not stated) has no bar.
    if typical is not None and typical.median_annual_gross is not None \
            and typical.median_annual_net is not None:
        rows.append(("typical_gross",
                     style.t("Typical participant, gross (disclosure)",
                             "Gewone deelnemer, bruto (verklaring)"),
                     typical.median_annual_gross / 12, "typical"))
        rows.append(("typical_net",
                     style.t("Typical participant, after costs", "Gewone deelnemer, na kosten"),
                     typical.median_annual_net / 12, "typical"))
    proj = analysis.projection
    horizon = len(proj.months)
    rows.append(("you", style.t(f"You: average per month, after costs (projection, {horizon} months)",
                                f"Jij: gemiddeld per maand, na kosten (projectie, {horizon} maanden)"),
                 proj.total_net / horizon if horizon else 0.0, "you"))
    simulated = cohort_monthly_net(simulation, horizon) if simulation is not None else None
    if simulated is not None:
        value, months = simulated
        rows.append(("simulated", style.t(
            f"Simulation: median of those who join with you, after costs ({months} months)",
            f"Simulatie: mediaan van wie met jou begint, na kosten ({months} maanden)"),
            value, "sim"))

    _decorate(ax, style, grid_axis="x")
    ys = list(range(len(rows) - 1, -1, -1))
    values = [r[2] for r in rows]
    span = max((abs(v) for v in values), default=1.0) or 1.0
    for (key, _label, value, color), y in zip(rows, ys):
        ax.barh(y, value, height=0.6, color=style.c(color), gid=f"pitch:{key}",
                alpha=0.6 if key == "typical_net" else 1.0,
                edgecolor=style.c("bg") if style.theme == "print" else "none")
        # Right of the bar's end, or of zero for a loss: a loss's amount left of its bar ran
        # into the row labels.
        ax.text(max(value, 0.0) + 0.01 * span, y, style.money(value), va="center", ha="left",
                fontsize=style.font_size - 0.5, color=style.c("fg"))
    ax.axvline(0, color=style.c("zero"), linewidth=0.9)
    ax.set_yticks(ys, [r[1] for r in rows])
    lo, hi = min(0.0, *values), max(0.0, *values)
    pad = (hi - lo) * 0.3 or 1.0
    ax.set_xlim(lo - (pad if lo < 0 else 0), hi + pad)
    ax.set_ylim(-0.8, len(rows) - 0.4)
    _money_axis(ax.xaxis, style)
    notes = []
    if claim is None:
        notes.append(style.t("The recruiter named no income figure.",
                             "De werver noemde geen inkomensbedrag."))
    if typical is None:
        notes.append(style.t("No income disclosure to compare with.",
                             "Geen inkomensverklaring om mee te vergelijken."))
    implied = implied_network(evaluation, claim)
    if implied is not None:
        notes.append(implied_network_text(implied, style))
    # The notes go under the axis label, where constrained layout makes room for them; they
    # wrap at the figure's edge instead of running off it in a narrow panel.
    ax.set_xlabel("\n".join([style.t("Per month", "Per maand"), *notes]))
    ax.xaxis.label.set_wrap(True)


def cohort_monthly_net(simulation: Any, horizon: int) -> tuple[float, int] | None:
    """The simulated month-1 cohort's median net per month over the same period as the
    projection (SPEC 9.4: the bars beside it are over the projection's horizon): the cohort's
    median cumulative net in month ``horizon`` of the simulation's month series, divided by
    ``horizon``. Without that month (a shorter run, or a stored summary without the series) the
    median over the whole simulation divided by its months. ``(per month, months)``; None
    without a cohort median, and when nobody joined in month 1 (a median of nobody is not 0)."""
    if getattr(simulation, "cohort_size", None) == 0:
        return None
    series = getattr(simulation, "series", None) or {}
    cum = series.get("cohort_median_cum_net") or []
    if horizon > 0 and len(cum) >= horizon:
        return float(cum[horizon - 1]) / horizon, horizon
    cohort = _percentiles(simulation, "cohort")
    months = _simulated_months(simulation) if getattr(simulation, "series", None) is not None \
        else (simulation.months or None)
    if cohort and "50" in cohort and months:
        return cohort["50"] / months, months
    return None


class ImpliedNetwork(NamedTuple):
    """The downline a claim needs (see :func:`implied_network`)."""

    members: int  # active downline members in month M, rounded up to whole people
    levels: int  # how many levels deep a 2-by-2 duplication must go to hold them
    month: int  # the month M the claim is for
    own_recruits_only: bool  # built by your own recruiting alone: all of them on your first level
    paid_depth: int | None  # how many levels deep the plan pays at most (None: unlimited)


def implied_network(evaluation, claim: float | None) -> ImpliedNetwork | None:
    """The active downline a claimed monthly income needs, as the claim check finds it
    (``decisions.claim_check``: the same figure as its "active people in your downline" line),
    rounded up to whole members; how many levels deep a 2-by-2 duplication must go to hold them;
    the month M the claim is for; whether your own recruiting alone builds it; and how deep the
    plan pays. None when no number is enough."""
    if not claim:
        return None
    from .core import decisions
    from .core import terms as offer_terms

    if claim != evaluation.offer.claims.claimed_monthly_income:
        offer = evaluation.offer
        evaluation = evaluation.model_copy(update={"offer": offer.model_copy(update={
            "claims": offer.claims.model_copy(update={"claimed_monthly_income": claim})})})
    check = decisions.claim_check(evaluation, decisions.claimed_month(evaluation))
    if check is None or check.active_downline_needed is None:
        return None
    members = decisions.whole_people(check.active_downline_needed)  # 130.9985 -> 131
    levels = max(1, math.ceil(math.log2(members + 2) - 1))  # 2 + 4 + ... + 2^L >= members
    depths = [k.depth() for k in offer_terms.of(evaluation).plan.kinds]
    paid = None if any(d is None for d in depths) else max([d for d in depths if d] or [0])
    return ImpliedNetwork(members, levels, check.after_months, check.active_downline_from == "recruits", paid)


def _recruits_each(members: int, depth: int) -> int:
    """The fewest recruits each member needs so that ``depth`` levels hold ``members``:
    b + b^2 + ... + b^depth >= members."""
    b = 2
    while sum(b ** k for k in range(1, depth + 1)) < members:
        b += 1
    return b


def implied_network_text(implied: ImpliedNetwork, style: "ChartStyle") -> str:
    """'The claim needs 131 active downline members in month 36;' and how they could be placed:
    two by two when the plan pays deep enough, else what it takes within the levels it pays,
    or, when your own recruiting alone builds them, all on your first level."""
    n, m = implied.members, implied.month
    head = style.t(f"The claim needs {fmt_number(n, 'en')} active downline members in month {m};\n",
                   f"De belofte vraagt {fmt_number(n, 'nl')} actieve netwerkleden in maand {m};\n")
    if implied.own_recruits_only:
        return head + style.t("all of them your own recruits: the plan pays nothing on their recruiting.",
                              "allemaal je eigen rekruten: het plan betaalt niets over hun werving.")
    d = implied.paid_depth
    if d is None or implied.levels <= d or d < 1:
        return head + style.t(f"with 2 recruits each that is {implied.levels} levels deep.",
                              f"met elk 2 rekruten is dat {implied.levels} niveaus diep.")
    b = _recruits_each(n, d)
    lv_en, lv_nl = ("1 level", "1 niveau") if d == 1 else (f"{d} levels", f"{d} niveaus")
    return head + style.t(f"the plan pays {lv_en} deep: within them, each needs {b} recruits.",
                          f"het plan betaalt tot {lv_nl} diep: daarbinnen heeft elk {b} rekruten nodig.")


__all__ = [
    "ChartStyle",
    "draw_cumulative",
    "draw_headline",
    "draw_income_sources",
    "draw_outcome_distribution",
    "draw_pitch_vs_reality",
    "implied_network",
    "implied_network_text",
]
