"""Spreadsheet export (SPEC section 11, ``export FILE -o OUT.csv|OUT.xlsx``): the month-by-month
projection as CSV or XLSX, and in XLSX also the red flags, the income disclosure on an
all-participants basis and the simulation percentiles.

Owns the column names (English keys, Dutch with ``lang="nl"``), the neutralising of text that a
spreadsheet would run as a formula, and the writing, always atomic through
``fileformat.atomic_write_bytes`` (guarded output path, full disk reported): a failed export leaves the old file (or none) in place.

- Numbers are numbers: CSV writes them with full precision (``repr``), XLSX as number cells.
  The CSV is for machines and spreadsheets alike: comma-separated, a full stop for decimals,
  whatever the language (only the header row is translated).
- Text that begins with ``=``, ``+``, ``-`` or ``@`` (and tab or carriage return, which some
  spreadsheets strip before reading a formula) gets a leading ``'`` in CSV; in XLSX every text is
  written with ``write_string``, a string cell that is never a formula.

XlsxWriter is imported only when writing XLSX.
"""

from __future__ import annotations

import csv
import io
import math
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .core.analysis import Analysis, analyze
from .core.fileformat import atomic_write_bytes
from .core.i18n import norm_lang, tr
from .core.labels import SEVERITY_LABELS, label
from .core.model import Evaluation
from .core.projection import COST_CATEGORIES, REVENUE_SOURCES, all_participants_tiers
from .core.terms import covered_percent

if TYPE_CHECKING:  # pragma: no cover
    from .core.simulation import SimulationResult

COLUMNS = ("month", *REVENUE_SOURCES, *COST_CATEGORIES, "net", "cumulative_net",
           "typical_cumulative_net")
COLUMNS_NL = {
    "month": "maand", "retail": "verkoop", "downline": "netwerk", "recruiting": "werven",
    "rank": "rang", "fees": "vaste_kosten", "purchases": "aankopen", "training": "training",
    "other": "overig", "net": "netto", "cumulative_net": "cumulatief_netto",
    "typical_cumulative_net": "typisch_cumulatief_netto",
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMATS = (".csv", ".xlsx")
PERCENTILES = ("10", "25", "50", "75", "90", "99")
MONEY_FORMAT = "#,##0.00"


class ExportError(ValueError):
    """A clean, user-facing failure; nothing was written."""


def header(lang: str = "en") -> list[str]:
    if norm_lang(lang) == "nl":
        return [COLUMNS_NL[c] for c in COLUMNS]
    return list(COLUMNS)


def neutralize(text: str) -> str:
    """Text for a CSV cell: a leading ``'`` where a spreadsheet would read a formula."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def projection_rows(analysis: Analysis) -> list[list[Any]]:
    """One row a month in COLUMNS order; ``typical_cumulative_net`` is None without a disclosure."""
    p = analysis.projection
    typical = analysis.typical.cumulative_net if analysis.typical is not None else None
    rows = []
    for i, month in enumerate(p.months):
        row: list[Any] = [month]
        row += [p.revenue[k][i] for k in REVENUE_SOURCES]
        row += [p.costs[k][i] for k in COST_CATEGORIES]
        row += [p.net[i], p.cumulative_net[i], typical[i] if typical is not None else None]
        rows.append(row)
    return rows


def format_for(path: str | os.PathLike) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{path}: the output must end in .csv or .xlsx")
    return suffix[1:]


# ----------------------------------------------------------------------------------------------
# CSV


def csv_text(analysis: Analysis, lang: str = "en") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralize(h) for h in header(lang)])
    for row in projection_rows(analysis):
        writer.writerow(["" if v is None else (neutralize(v) if isinstance(v, str) else v)
                         for v in row])
    return out.getvalue()


def write_csv(path: str | os.PathLike, analysis: Analysis, lang: str = "en") -> None:
    data = csv_text(analysis, lang).encode("utf-8")
    atomic_write_bytes(path, data)


# ----------------------------------------------------------------------------------------------
# XLSX


class _Sheet:
    """Write cells by kind: text always as a string cell, numbers as numbers, None as blank."""

    def __init__(self, workbook, name: str, formats: dict):
        self.ws = workbook.add_worksheet(name)
        self.formats = formats
        self.row = 0

    def cell(self, r: int, c: int, value: Any, fmt: str | None = None) -> None:
        f = self.formats.get(fmt) if fmt else None
        if value is None:
            self.ws.write_blank(r, c, None, f)
        elif isinstance(value, bool):
            self.ws.write_boolean(r, c, value, f)
        elif isinstance(value, (int, float)):
            if isinstance(value, float) and not math.isfinite(value):
                self.ws.write_blank(r, c, None, f)
            else:
                self.ws.write_number(r, c, value, f)
        else:
            self.ws.write_string(r, c, str(value), f)

    def line(self, values: list[Any], fmt: str | None = None, first_fmt: str | None = None) -> None:
        for c, value in enumerate(values):
            self.cell(self.row, c, value, first_fmt if c == 0 and first_fmt is not None else fmt)
        self.row += 1


def _sheet_names(lang: str) -> dict[str, str]:
    t = lambda en, nl: tr(lang, en, nl)  # noqa: E731
    return {"projection": t("Projection", "Projectie"), "flags": t("Red flags", "Rode vlaggen"),
            "disclosure": t("Disclosure", "Inkomensverklaring"),
            "simulation": t("Simulation", "Simulatie"), "about": t("About", "Over")}


def sheet_names(lang: str = "en") -> list[str]:
    return list(_sheet_names(norm_lang(lang)).values())


def write_xlsx(path: str | os.PathLike, evaluation: Evaluation, analysis: Analysis,
               simulation: "SimulationResult | None" = None, lang: str = "en") -> None:
    import xlsxwriter  # only when writing a workbook

    lang = norm_lang(lang)
    t = lambda en, nl: tr(lang, en, nl)  # noqa: E731
    names = _sheet_names(lang)
    buffer = io.BytesIO()  # built in memory, then written in one guarded, atomic write
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True,
        "strings_to_numbers": False, "strings_to_formulas": False, "strings_to_urls": False,
        "constant_memory": False})
    formats = {"head": workbook.add_format({"bold": True, "bottom": 1}),
               "money": workbook.add_format({"num_format": MONEY_FORMAT}),
               "pct": workbook.add_format({"num_format": "0.00"}),
               "wrap": workbook.add_format({"text_wrap": True, "valign": "top"})}

    # 1. The projection, exactly the CSV's table.
    sheet = _Sheet(workbook, names["projection"], formats)
    sheet.line(header(lang), "head")
    for row in projection_rows(analysis):
        sheet.line(row, "money", first_fmt="plain")  # the month is a plain whole number
    sheet.ws.freeze_panes(1, 1)
    sheet.ws.set_column(0, 0, 8)
    sheet.ws.set_column(1, len(COLUMNS) - 1, 14)

    # 2. The red flags.
    sheet = _Sheet(workbook, names["flags"], formats)
    sheet.line([t("id", "id"), t("severity", "ernst"), t("title", "titel"),
                t("detail", "toelichting"), t("source", "bron")], "head")
    for flag in analysis.red_flags:
        sheet.line([flag.id, label(SEVERITY_LABELS, flag.severity, lang), flag.title,
                    flag.detail, flag.source], "wrap")
    sheet.ws.set_column(0, 1, 18)
    sheet.ws.set_column(2, 2, 40)
    sheet.ws.set_column(3, 4, 70)

    # 3. The disclosure on an all-participants basis (SPEC section 4).
    sheet = _Sheet(workbook, names["disclosure"], formats)
    disclosure = evaluation.offer.disclosure
    if disclosure is None:
        sheet.line([t("No income disclosure.", "Geen inkomensverklaring.")])
    else:
        sheet.line([t("tier", "groep"), t("share_of_all_participants_percent",
                                          "aandeel_van_alle_deelnemers_procent"),
                    t("annual_gross", "bruto_per_jaar"), t("note", "opmerking")], "head")
        for tier in all_participants_tiers(evaluation):
            note = (t("not covered by the statement: counted at 0",
                      "niet in de verklaring: telt als 0") if tier.implied else "")
            sheet.line([tier.name, tier.share_percent, tier.annual, note], "money")
        sheet.row += 1
        for key, value in ((t("year", "jaar"), disclosure.year),
                           (t("source", "bron"), disclosure.source),
                           (t("basis", "basis"), disclosure.basis),
                           (t("covered_percent", "gedekt_procent"), covered_percent(disclosure)),
                           (t("figures", "bedragen"),
                            t("gross, before expenses; median where stated, else average",
                              "bruto, vóór kosten; mediaan waar vermeld, anders gemiddelde"))):
            sheet.line([key, value])
    sheet.ws.set_column(0, 0, 28)
    sheet.ws.set_column(1, 3, 22)

    # 4. The simulation percentiles (SPEC section 5).
    sheet = _Sheet(workbook, names["simulation"], formats)
    if simulation is None:
        sheet.line([t("No simulation.", "Geen simulatie.")])
    else:
        sheet.line([t("percentile", "percentiel"),
                    t("net_joined_in_month_1", "netto_begonnen_in_maand_1"),
                    t("net_everyone", "netto_iedereen")], "head")
        for key in PERCENTILES:
            sheet.line([int(key), simulation.cohort_net_percentiles.get(key),
                        simulation.everyone_net_percentiles.get(key)], "money", first_fmt="plain")
        sheet.row += 1
        for key, value in (
            (t("share_profitable_percent_joined_in_month_1",
               "aandeel_met_winst_procent_begonnen_in_maand_1"),
             simulation.cohort_share_profitable_percent),
            (t("share_profitable_percent_everyone", "aandeel_met_winst_procent_iedereen"),
             simulation.everyone_share_profitable_percent),
            (t("top1_share_percent", "aandeel_top1_procent"), simulation.top1_share_percent),
            (t("top10_share_percent", "aandeel_top10_procent"), simulation.top10_share_percent),
            (t("internal_consumption_percent", "eigen_aankopen_procent"),
             simulation.internal_consumption_percent),
            (t("participants_ever", "deelnemers_ooit"), simulation.participants_ever),
            (t("months", "maanden"), simulation.months),
        ):
            sheet.line([key, value], None if isinstance(value, int) else "pct")
    sheet.ws.set_column(0, 0, 44)
    sheet.ws.set_column(1, 2, 24)

    # 5. What this is.
    sheet = _Sheet(workbook, names["about"], formats)
    offer = evaluation.offer
    for key, value in ((t("offer", "aanbod"), offer.name), (t("company", "bedrijf"), offer.company),
                       (t("currency", "valuta"), offer.currency),
                       (t("horizon_months", "periode_maanden"),
                        evaluation.assumptions.horizon_months),
                       (t("verdict", "oordeel"), analysis.verdict.summary),
                       (t("made_by", "gemaakt_met"), f"Opportunity Evaluator {__version__}"),
                       (t("note", "let_op"), analysis.disclaimer)):
        sheet.line([key, value], "wrap")
    sheet.ws.set_column(0, 0, 20)
    sheet.ws.set_column(1, 1, 90)
    workbook.close()
    atomic_write_bytes(path, buffer.getvalue())


# ----------------------------------------------------------------------------------------------


def export(path: str | os.PathLike, evaluation: Evaluation, lang: str = "en",
           simulation: "SimulationResult | None" = None, analysis: Analysis | None = None) -> str:
    """Write ``path`` as CSV or XLSX by its extension; returns "csv" or "xlsx"."""
    kind = format_for(path)
    lang = norm_lang(lang)
    analysis = analysis or analyze(evaluation, lang, simulation)
    if kind == "csv":
        write_csv(path, analysis, lang)
    else:
        write_xlsx(path, evaluation, analysis, simulation, lang)
    return kind
