"""The data of a drawn chart as a table: for screen readers, for people who'd rather read, and
for checking a chart against its numbers.

Owns one rule for every chart, read from what matplotlib actually drew (so a new chart has a table
view without any code of its own, and the table can never disagree with the picture):

- a labelled line is a series: one column, one row per x value (months, usually);
- a labelled band (``fill_between``) is two columns, its lowest and highest value at each x;
- horizontal bars are rows named by their y tick labels; a bar's value is its own length where the
  bars of a row are stacked from zero (income and costs by source), else where it ends (a bar
  drawn from a base value, as in the tornado chart);
- vertical bars the same, with the x tick labels.

Artists whose label starts with ``_`` (matplotlib's "no label") and text annotations are not data.
No Qt here; matplotlib is only duck-typed, so importing this module costs nothing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

# x values equal to this many decimals are one row (months are integers; a polygon's may not be).
_X_DIGITS = 9


@dataclass
class ChartTable:
    """``columns[0]`` names the rows (the x axis or the bars' categories); every row has one cell
    per column, ``None`` where a series has no value at that row."""

    title: str
    columns: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not self.rows


def _label(artist: Any) -> str | None:
    label = artist.get_label() if hasattr(artist, "get_label") else None
    if not label or str(label).startswith("_"):
        return None
    return str(label)


def _x_key(x: float) -> float:
    return round(float(x), _X_DIGITS) + 0.0 if math.isfinite(x) else x  # + 0.0: no -0.0


def _axis_label(axis_label: str, fallback: str) -> str:
    return axis_label or fallback


def _line_series(ax: Any) -> list[tuple[str, dict[float, float]]]:
    out = []
    for line in ax.get_lines():
        label = _label(line)
        if label is None:
            continue
        xs, ys = line.get_xdata(), line.get_ydata()
        points = {_x_key(float(x)): float(y) for x, y in zip(xs, ys)}  # plain floats, not numpy's
        if points:
            out.append((label, points))
    return out


def _band_series(ax: Any, low_word: str, high_word: str) -> list[tuple[str, dict[float, float]]]:
    """Each labelled ``fill_between`` band as (label low, {x: low}) and (label high, {x: high})."""
    out = []
    for coll in ax.collections:
        label = _label(coll)
        if label is None or not hasattr(coll, "get_paths"):
            continue
        low: dict[float, float] = {}
        high: dict[float, float] = {}
        for path in coll.get_paths():
            for x, y in path.vertices:
                if not (math.isfinite(x) and math.isfinite(y)):
                    continue
                k = _x_key(x)
                low[k] = min(low.get(k, float(y)), float(y))
                high[k] = max(high.get(k, float(y)), float(y))
        if low:
            out.append((f"{label} ({low_word})", low))
            out.append((f"{label} ({high_word})", high))
    return out


def _tick_names(ticks: Any, labels: Any) -> dict[float, str]:
    return {_x_key(float(t)): lab.get_text() for t, lab in zip(ticks, labels) if lab.get_text()}


def _colour(container: Any) -> tuple[float, ...] | None:
    try:
        return tuple(round(float(v), 4) for v in container.patches[0].get_facecolor())
    except (AttributeError, IndexError, TypeError, ValueError):
        return None


def _bar_series(containers: list[Any], value_word: str) -> tuple[list[str], list[int]]:
    """Series names, and for each container the index of its series: a labelled container starts
    a series; an unlabelled one joins the labelled series of its colour (a chart that draws one
    bar per call labels only the first), else one shared unnamed series."""
    names: list[str] = []
    by_label: dict[str, int] = {}
    by_colour: dict[tuple[float, ...] | None, int] = {}
    unnamed: int | None = None
    index: list[int] = []
    for container in containers:
        label = _label(container)
        colour = _colour(container)
        if label is not None:
            if label not in by_label:
                by_label[label] = len(names)
                names.append(label)
            by_colour.setdefault(colour, by_label[label])
            index.append(by_label[label])
        elif colour in by_colour:
            index.append(by_colour[colour])
        else:
            if unnamed is None:
                unnamed = len(names)
                names.append(value_word)
            index.append(unnamed)
    return names, index


def _nearest(pos: float, ticks: list[float]) -> float:
    """The tick a bar belongs to: grouped bars sit beside their category's tick."""
    if not ticks:
        return pos
    best = min(ticks, key=lambda t: abs(t - pos))
    spacing = min((abs(a - b) for a, b in zip(ticks, ticks[1:]) if abs(a - b) > 0), default=1.0)
    return best if abs(best - pos) < spacing / 2 else pos


def _bar_rows(ax: Any, value_word: str) -> tuple[list[str], list[list[Any]]] | None:
    """The bar containers as (series names, rows [category, value per series]), or None."""
    containers = [c for c in getattr(ax, "containers", []) if hasattr(c, "patches") and c.patches]
    if not containers:
        return None
    horizontal = getattr(containers[0], "orientation", "vertical") == "horizontal"
    if horizontal:
        names = _tick_names(ax.get_yticks(), ax.get_yticklabels())
    else:
        names = _tick_names(ax.get_xticks(), ax.get_xticklabels())
    ticks = sorted(names)
    series, which = _bar_series(containers, value_word)

    # (category position, series index) -> (start, length)
    bars: dict[tuple[float, int], tuple[float, float]] = {}
    for container, i in zip(containers, which):
        for patch in container.patches:
            if horizontal:
                pos = patch.get_y() + patch.get_height() / 2
                start, length = patch.get_x(), patch.get_width()
            else:
                pos = patch.get_x() + patch.get_width() / 2
                start, length = patch.get_y(), patch.get_height()
            bars[(_nearest(_x_key(pos), ticks), i)] = (float(start), float(length))

    positions = sorted({pos for pos, _ in bars}, reverse=horizontal)  # top row first
    rows: list[list[Any]] = []
    for pos in positions:
        segments = sorted((bars[(pos, i)] for i in range(len(series)) if (pos, i) in bars),
                          key=lambda s: s[0])
        stacked_from_zero = bool(segments) and abs(segments[0][0]) < 1e-12 and all(
            abs(a[0] + a[1] - b[0]) < 1e-9 * max(1.0, abs(b[0])) for a, b in zip(segments, segments[1:]))
        row: list[Any] = [names.get(pos, _format_position(pos))]
        for i in range(len(series)):
            if (pos, i) not in bars:
                row.append(None)
                continue
            start, length = bars[(pos, i)]
            row.append(length if stacked_from_zero else start + length)
        rows.append(row)
    return series, rows


def _format_position(pos: float) -> str:
    return str(int(pos)) if float(pos).is_integer() else f"{pos:g}"


def _x_cell(x: float) -> Any:
    return int(x) if float(x).is_integer() else x


def chart_table(figure: Any, title: str = "", *, x_word: str = "x", value_word: str = "value",
                low_word: str = "low", high_word: str = "high") -> ChartTable:
    """The table of everything the first Axes of ``figure`` shows as data (see the module doc).
    The words name columns that the chart itself leaves unnamed (pass them translated)."""
    axes = list(getattr(figure, "axes", []))
    if not axes:
        return ChartTable(title, [x_word])
    ax = axes[0]
    title = title or ax.get_title() or ""

    bar = _bar_rows(ax, value_word)
    if bar is not None:
        series, rows = bar
        horizontal = getattr(ax.containers[0], "orientation", "vertical") == "horizontal"
        first = ax.get_ylabel() if horizontal else ax.get_xlabel()
        return ChartTable(title, [first or "", *series], rows)

    series_list = _band_series(ax, low_word, high_word) + _line_series(ax)
    if not series_list:
        return ChartTable(title, [_axis_label(ax.get_xlabel(), x_word)])
    xs = sorted({x for _, points in series_list for x in points})
    rows = [[_x_cell(x), *(points.get(x) for _, points in series_list)] for x in xs]
    return ChartTable(title, [_axis_label(ax.get_xlabel(), x_word), *(n for n, _ in series_list)], rows)


__all__ = ["ChartTable", "chart_table"]
