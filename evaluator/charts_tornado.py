"""The tornado chart of the sensitivity analysis (SPEC section 12), as a pure drawing function in
the style of ``evaluator/charts.py``: same palettes, fonts, notes and ``gid`` conventions.

One row per assumption, the largest swing on top: a bar from your net as entered (``base``) to
your net with the assumption at half its value (gid ``low:<assumption>``) and one to the net at
1.5 times (gid ``high:<assumption>``); the vertical line at ``base`` has gid ``base`` and the one
at zero gid ``zero``. Rows whose swing is 0 are listed with "no effect". No data draws a note
(gid ``note``).
"""

from __future__ import annotations

from typing import Any

from .charts import ChartStyle, _decorate, _legend, _money_axis, _note
from .core.i18n import fmt_number, norm_lang
from .core.model import Assumptions, field_info

# Rows beyond this are summed up in a note: a tornado of twenty bars stops being readable.
MAX_ROWS = 10


def _get(row: Any, key: str):
    return row[key] if isinstance(row, dict) else getattr(row, key)


def _value_text(value: float, lang: str) -> str:
    decimals = next((d for d in (0, 1, 2) if abs(value * 10**d - round(value * 10**d)) < 1e-9), 2)
    return fmt_number(value, lang, decimals)


def draw_tornado(ax, sensitivity, style: ChartStyle, lang: str | None = None) -> None:
    """``sensitivity``: the rows of ``decisions.sensitivity`` (objects or their JSON dicts)."""
    lang = norm_lang(lang or style.lang)
    rows = list(sensitivity or [])
    if not rows:
        _note(ax, style, style.t("No assumption with a value to vary.",
                                 "Geen aanname met een waarde om te variëren."))
        return
    shown, hidden = rows[:MAX_ROWS], rows[MAX_ROWS:]
    _decorate(ax, style, grid_axis="x")
    base = float(_get(shown[0], "base"))
    n = len(shown)
    labels = []
    low_label = style.t("assumption at half", "aanname gehalveerd")
    high_label = style.t("assumption at 1.5×", "aanname × 1,5")
    for i, row in enumerate(shown):
        y = n - 1 - i  # largest swing on top
        name = _get(row, "assumption")
        low, high = float(_get(row, "low")), float(_get(row, "high"))
        ax.barh(y, low - base, left=base, height=0.6, color=style.c("typical"),
                gid=f"low:{name}", label=low_label if i == 0 else None)
        ax.barh(y, high - base, left=base, height=0.6, color=style.c("you"),
                gid=f"high:{name}", label=high_label if i == 0 else None)
        label = field_info(Assumptions, name, lang)["label"] if name in Assumptions.model_fields else name
        if float(_get(row, "swing")) == 0:
            label += style.t(" (no effect)", " (geen effect)")
        else:
            try:
                lo_v, hi_v = float(_get(row, "low_value")), float(_get(row, "high_value"))
                unit = (field_info(Assumptions, name, lang)["unit"]
                        if name in Assumptions.model_fields else None)
                sign = "%" if unit == "percent" else ""  # "(42.5–100%)", not "(42.5–100)"
                label += f" ({_value_text(lo_v, lang)}–{_value_text(hi_v, lang)}{sign})"
            except (KeyError, AttributeError, TypeError):
                pass
        labels.append((y, label))
    labels.reverse()  # ticks bottom to top
    ax.set_yticks([y for y, _ in labels], [text for _, text in labels])
    ax.set_ylim(-0.7, n - 0.3)
    ax.axvline(base, color=style.c("fg"), linewidth=1.0, gid="base")
    ax.axvline(0, color=style.c("zero"), linewidth=0.6, linestyle=":", gid="zero")
    values = [base, 0.0] + [float(_get(r, k)) for r in shown for k in ("low", "high")]
    lo, hi = min(values), max(values)
    pad = (hi - lo) * 0.06 or max(1.0, abs(base) * 0.1)
    ax.set_xlim(lo - pad, hi + pad)
    _money_axis(ax.xaxis, style)
    ax.set_xlabel(style.t(f"Your net over the horizon (as entered: {style.money(base)})",
                          f"Jouw netto over de periode (zoals ingevuld: {style.money(base)})"), loc="right")
    if hidden:
        # sorted by swing: the hidden ones have less effect than the last shown, or none at all
        none = all(float(_get(r, "swing")) == 0 for r in hidden)
        some_none = any(float(_get(r, "swing")) == 0 for r in hidden)
        more = (style.t(f"and {len(hidden)} more with no effect", f"en nog {len(hidden)} zonder effect") if none
                else style.t(f"and {len(hidden)} more with a smaller effect or none",
                             f"en nog {len(hidden)} met minder of geen effect") if some_none
                else style.t(f"and {len(hidden)} more with a smaller effect", f"en nog {len(hidden)} met minder effect"))
        ax.text(1.0, -0.16, more,
                transform=ax.transAxes, ha="right", va="top", fontsize=style.font_size,
                color=style.c("muted"))
    # The x label ends at the axes' right edge and the legend sits above the bars, right-aligned:
    # the long row labels push the axes right, and a centred label ran off a narrow panel while
    # the legend in the corner could cover bars.
    _legend(ax, style, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=2, borderaxespad=0.2)
