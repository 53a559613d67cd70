"""The report's content as HTML for QTextDocument, without Qt.

Safety rule: every piece of text that comes from the evaluation (names, notes, claims, sources,
product names, ...) passes through :func:`esc` (``html.escape``) before it enters the markup, and
never enters an attribute. Texts the app writes itself (flags, verdict, questions) are escaped
too: they quote user input (an offer name in a flag's detail, for example).

Charts are not in the HTML: the markup holds a placeholder paragraph with a random token per
chart, which the engine replaces by a vector object after parsing (see ``engine.py``). A token is
random per report, so no user text can forge one.
"""

from __future__ import annotations

import datetime as _dt
import html
import math
import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from .. import __version__
from ..core.i18n import (
    CENTS_BELOW, fmt_auto, fmt_money, fmt_number, fmt_percent, fmt_plain, money_decimals, norm_lang, tr,
    whole_percent_shares,
)
from ..core.labels import (
    CHOICES,
    COST_LABELS,
    REVENUE_LABELS,
    SEVERITY_LABELS,
    VERDICT_LABELS,
    choice_label,
    choice_text,
    leans_text,
)
from ..core.model import (
    Assumptions,
    Disclosure,
    Evaluation,
    Fees,
    Offer,
    PayoutPlan,
    Product,
    Requirements,
    SimulationSettings,
    Tier,
    Training,
    field_info,
)
from ..core.analysis import SimulationSummary
from ..core.headline import cohort_people
from ..core.projection import group_words, scaled_up_note, unknown_reason
from ..core import law
from ..core.plans.components import Rank
from ..core.redflags import is_pure_pyramid, legal_frame, training_is_mandatory
from ..core.textsafe import plain_text
from ..core import terms as offer_terms

if TYPE_CHECKING:  # pragma: no cover - numpy stays out of the import of the report's content
    from ..core.analysis import Analysis
    from ..core.simulation import SimulationResult

# Whole numbers that name rather than count (a year, a seed): digits only, never grouped.
PLAIN_NUMBER_FIELDS = frozenset({"year", "seed"})

# Long free text is shortened in print: the report stays 2-6 pages; the file keeps everything.
MAX_FREE_TEXT = 1200
MAX_TABLE_ROWS = 25
# The compact version, for an evaluation too long for 6 pages even in smaller print.
COMPACT_FREE_TEXT = 300
COMPACT_TABLE_ROWS = 6

COLORS = {
    "likely_pyramid": "#8b0000", "high_risk": "#b42318", "caution": "#b54708", "lower_risk": "#027a48",
    "serious": "#b42318", "warning": "#b54708", "info": "#475467",
    "pyramid": "#b42318", "network_marketing": "#027a48", "unclear": "#475467",
    "muted": "#475467", "rule": "#98a2b3", "head_bg": "#eef0f3", "box_bg": "#f7f7f8",
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"],
}

# Where to report a suspected pyramid scheme in the Netherlands (DOMAIN.md section 1).
NL_REPORTING = [
    ("ACM ConsuWijzer", "oneerlijke handelspraktijken, waaronder piramidespelen (art. 6:193g BW)",
     "www.consuwijzer.nl"),
    ("Kansspelautoriteit", "piramidespelen zijn verboden kansspelen (Wet op de kansspelen art. 1a)",
     "www.kansspelautoriteit.nl"),
    ("AFM", "als het om beleggingen, crypto of andere financiële producten gaat", "www.afm.nl"),
    ("Fraudehelpdesk", "melden en advies bij (vermoedelijke) fraude", "www.fraudehelpdesk.nl"),
    ("Politie", "aangifte doen als je geld bent kwijtgeraakt", "www.politie.nl"),
]


def esc(text: Any) -> str:
    """Literal text in HTML: ``<img src=...>`` stays those characters."""
    return html.escape(plain_text("" if text is None else str(text)), quote=True)


def esc_multiline(text: str, limit: int = MAX_FREE_TEXT, lang: str = "en") -> str:
    text = text or ""
    shortened = len(text) > limit
    if shortened:
        text = text[:limit].rstrip() + " …"
    out = "<br/>".join(esc(line) for line in text.splitlines())
    if shortened:
        out += " <i>" + esc(tr(lang, "(shortened; the evaluation file has the full text)",
                                 "(ingekort; het evaluatiebestand bevat de volledige tekst)")) + "</i>"
    return out


@dataclass
class ChartSpec:
    """One chart to draw in the report: ``draw(ax, style)`` on a Figure of this size (inches)."""

    token: str
    name: str
    draw: Callable[[Any, Any], None]
    width_in: float
    height_in: float


@dataclass
class ReportContent:
    html: str
    charts: list[ChartSpec] = field(default_factory=list)
    title: str = ""  # the offer's name: for the page header and the PDF's title (plain text)
    footer_left: str = ""
    lang: str = "en"


def format_date(day: _dt.date, lang: str) -> str:
    lang = norm_lang(lang)
    month = MONTHS[lang][day.month - 1]
    return f"{day.day} {month} {day.year}"


class _Builder:
    def __init__(self, evaluation: Evaluation, analysis: Analysis, lang: str,
                 simulation: SimulationResult | None, today: _dt.date,
                 chart_width_in: float, compact: bool = False) -> None:
        self.ev = evaluation
        self.an = analysis
        self.lang = norm_lang(lang)
        # SPEC 9.3: the analysis carries the document's own simulation; the report shows that one
        # (a stored summary has no series or distribution for the charts and tables).
        if simulation is None and analysis.simulation is not None \
                and not isinstance(analysis.simulation, SimulationSummary):
            simulation = analysis.simulation
        self.sim = simulation
        self.today = today
        self.cur = evaluation.offer.currency
        self.parts: list[str] = []
        self.charts: list[ChartSpec] = []
        self.chart_width = chart_width_in
        self.compact = compact
        self.max_rows, self.max_text = ((COMPACT_TABLE_ROWS, COMPACT_FREE_TEXT) if compact
                                        else (MAX_TABLE_ROWS, MAX_FREE_TEXT))

    # -- small helpers ------------------------------------------------------------------------

    def t(self, en: str, nl: str) -> str:
        return tr(self.lang, en, nl)

    def money(self, value: float | None, currency: str | None = None,
              decimals: int | None = None) -> str:
        """The core's money format (cents below 100); ``decimals`` only to force them."""
        if value is None:
            return "—"
        return fmt_money(value, currency or self.cur, self.lang, decimals)

    def money_column(self, values: list[float]) -> list[str]:
        """Amounts of one table column, formatted alike: when any of them shows cents (an amount
        below ``CENTS_BELOW`` with cents), every amount below ``CENTS_BELOW`` shows them ('$ 472,00'
        under '$ 192,44', not '$ 472'); amounts from ``CENTS_BELOW`` up stay whole as everywhere."""
        cents = any(money_decimals(v) == 2 for v in values)
        return [self.money(v, decimals=2 if cents and abs(v) < CENTS_BELOW else None) for v in values]

    def over_months(self, h: int) -> str:
        """A table column's heading for a whole horizon: 'Over 36 months', 'Over 1 month'."""
        return self.t("Over 1 month", "Over 1 maand") if h == 1 else self.t(f"Over {h} months", f"Over {h} maanden")

    def num(self, value: float | None, decimals: int | None = None) -> str:
        if value is None:
            return "—"
        if decimals is None:
            return fmt_auto(value, self.lang)
        return fmt_number(value, self.lang, decimals)

    def pct(self, value: float | None, decimals: int = 0) -> str:
        if value is None:
            return "—"
        return fmt_percent(value, self.lang, decimals)

    def choice(self, value: str, field: str | None = None) -> str:
        return choice_text(value, self.lang, field)

    def add(self, markup: str) -> None:
        self.parts.append(markup)

    def h(self, level: int, text: str) -> None:
        """A heading: app text, escaped anyway."""
        self.add(f"<h{level}>{esc(text)}</h{level}>")

    def p(self, text: str, cls: str = "") -> None:
        style = {"small": f' style="font-size:8pt; color:{COLORS["muted"]};"',
                 "note": f' style="font-size:8.5pt; color:{COLORS["muted"]};"'}.get(cls, "")
        self.add(f"<p{style}>{text}</p>")

    def table(self, header: list[str] | None, rows: list[list[str]], widths: list[int] | None = None,
              align_right: tuple[int, ...] = (), font_pt: float = 8.5) -> None:
        """A ruled table. Cells are markup (callers escape their texts)."""
        out = [f'<table width="100%" cellspacing="0" cellpadding="2" '
               f'style="border-collapse: collapse; font-size:{font_pt}pt; margin-top:2pt; margin-bottom:6pt;">']

        def cell(tag: str, content: str, i: int) -> str:
            width = f' width="{widths[i]}%"' if widths and i < len(widths) else ""
            align = ' align="right"' if i in align_right else ""
            bg = f' bgcolor="{COLORS["head_bg"]}"' if tag == "th" else ""
            border = f'border-bottom: 0.5pt solid {COLORS["rule"]};'
            if i - 1 in align_right and i not in align_right:
                # A left-aligned column after a right-aligned one: room between the two texts
                # (Qt reads padding in px, 1/96 inch).
                border += " padding-left:10px;"
            return f'<{tag}{width}{align}{bg} style="{border}">{content}</{tag}>'

        if header:
            out.append("<thead><tr>" + "".join(cell("th", c, i) for i, c in enumerate(header)) + "</tr></thead>")
        for row in rows:
            out.append("<tr>" + "".join(cell("td", c, i) for i, c in enumerate(row)) + "</tr>")
        out.append("</table>")
        self.add("".join(out))

    def chart(self, name: str, draw: Callable[[Any, Any], None], height_in: float) -> None:
        token = "CHART" + secrets.token_hex(12)
        self.charts.append(ChartSpec(token, name, draw, self.chart_width, height_in))
        self.add(f'<p align="center" style="margin-top:2pt; margin-bottom:8pt;">{token}</p>')

    # -- sections -----------------------------------------------------------------------------

    def build(self) -> ReportContent:
        from . import decisions, summary

        summary.summary_page(self)  # page 1: the one-page summary (report/summary.py)
        self.header()
        self.verdict()
        self.key_numbers()
        self.break_even()
        self.costs()
        self.income()
        self.red_flags()
        self.comparison()
        self.charts_section()
        self.simulation_summary()
        decisions.add_sections(self)  # SPEC 12 and the Dutch tax block (report/decisions.py)
        self.questions()
        self.legal_note()
        self.appendix()
        offer = self.ev.offer
        footer = f"Opportunity Evaluator {__version__}"
        return ReportContent(html="<html><body>" + "\n".join(self.parts) + "</body></html>",
                             charts=self.charts, title=plain_text(offer.name), footer_left=footer,
                             lang=self.lang)

    def header(self) -> None:
        offer = self.ev.offer
        self.add(f'<p style="font-size:8.5pt; color:{COLORS["muted"]}; margin-bottom:0;">'
                 + esc(self.t("Evaluation of a business opportunity",
                              "Beoordeling van een zakelijke kans")) + "</p>")
        self.add(f'<h1 style="margin-top:0;">{esc(offer.name)}</h1>')
        rows = []
        if offer.company:
            rows.append([esc(self.t("Company", "Bedrijf")), esc(offer.company)])
        rows.append([esc(self.t("Type", "Soort")), esc(self.choice(offer.kind, "Offer.kind"))])
        rows.append([esc(self.t("Date", "Datum")), esc(format_date(self.today, self.lang))])
        rows.append([esc(self.t("Made with", "Gemaakt met")),
                     esc(f"Opportunity Evaluator {__version__}")])
        cells = "".join(
            f'<td width="15%" style="color:{COLORS["muted"]}; padding-right:8px;">{k}</td><td width="35%">{v}</td>'
            + ("</tr><tr>" if i % 2 == 1 and i < len(rows) - 1 else "")
            for i, (k, v) in enumerate(rows))
        self.add('<table width="100%" cellspacing="0" cellpadding="1" style="font-size:9pt;">'
                 f"<tr>{cells}</tr></table>")

    def verdict(self) -> None:
        v = self.an.verdict
        en, nl = VERDICT_LABELS.get(v.level, (v.level, v.level))
        color = COLORS.get(v.level, "#000000")
        self.add(
            f'<table width="100%" cellspacing="0" cellpadding="8" style="margin-top:8pt; '
            f'border-collapse: collapse;"><tr><td bgcolor="{COLORS["box_bg"]}" '
            f'style="border-left: 4pt solid {color};">'
            f'<p style="font-size:8.5pt; color:{COLORS["muted"]}; margin:0;">'
            f'{esc(self.t("Verdict", "Oordeel"))}</p>'
            f'<p style="font-size:15pt; font-weight:bold; color:{color}; margin:0;">'
            f"{esc(self.t(en, nl))}</p>"
            f'<p style="margin-top:3pt;">{esc(v.summary)}</p>'
            + (f'<p style="font-size:8pt; color:{COLORS["muted"]}; margin:0;">{esc(self.an.disclaimer)}</p>'
               if self.an.disclaimer and self.an.disclaimer not in v.summary else "")
            + "</td></tr></table>")

    def key_numbers(self) -> None:
        proj, typ = self.an.projection, self.an.typical
        a = self.ev.assumptions
        h = len(proj.months)
        self.h(2, self.t("Key numbers", "Kerncijfers"))
        you = self.t(f"You (your projection, {h} months)", f"Jij (jouw projectie, {h} maanden)")
        them = self.t("Typical participant (disclosure)", "Gewone deelnemer (verklaring)")
        none = self.t("no disclosure", "geen verklaring")
        typ_be = None
        known = typ is not None and typ.known
        if typ is not None and typ.cumulative_net is not None:
            typ_be = next((m for m, cum in enumerate(typ.cumulative_net, start=1) if cum >= -1e-9), None)
        never = self.t(f"not within {h} months", f"niet binnen {h} maanden")
        unknown = self.t("unknown", "onbekend")

        def be(month):
            return esc(self.t(f"month {month}", f"maand {month}")) if month else esc(never)

        def typ_money(value):
            if typ is None:
                return esc(none)
            return esc(self.money(value)) if value is not None else esc(unknown)

        first_year = sum(proj.net[:12])
        later_year = sum(proj.net[12:24]) if h >= 24 else None
        # The typical participant's figures are a disclosure's year; yours are your first year. A
        # horizon shorter than a year gives only its months: the cell says so, so that 6 months
        # are never read as a year beside the typical participant's whole year.
        year_label = self.t("Net result in the first year", "Nettoresultaat in het eerste jaar")

        def first_year_money(value: float) -> str:
            if h >= 12:
                return esc(self.money(value))
            return esc(self.money(value) + self.t(f" (only {h} months: your horizon)",
                                                  f" (maar {h} maanden: je periode)"))
        hours = a.hours_per_week * 52 / 12 * h
        hourly_text = self.money(proj.hourly) if proj.hourly is not None else "—"
        hours_text = self.t(f"{self.num(hours, 0)} hours in total", f"{self.num(hours, 0)} uur in totaal")
        if proj.hourly is not None and a.reference_hourly_wage is not None:
            wage = law.reference_wage()
            if self.cur == wage.currency and abs(a.reference_hourly_wage - wage.value) < 1e-9:
                ref = wage.label(self.lang)  # SPEC 9.6: the statutory figure with its date
            else:
                ref = self.money(a.reference_hourly_wage) + self.t(" (your own figure)", " (je eigen bedrag)")
            hours_text += self.t(f"; reference wage {ref}", f"; referentieloon {ref}")
        rows = [
            [esc(self.t(f"Total net result over {h} months", f"Totaal nettoresultaat over {h} maanden")),
             esc(self.money(proj.total_net)),
             typ_money(typ.cumulative_net[-1] if typ is not None and typ.cumulative_net else None)],
            [esc(self.t("Break-even (cumulative net ≥ 0)", "Quitte (cumulatief netto ≥ 0)")),
             esc(self.t("nothing to earn back (no costs, no income)", "niets terug te verdienen (geen kosten, geen inkomsten)"))
             if proj.is_empty else be(proj.break_even_month), (be(typ_be) if known else esc(unknown)) if typ else esc(none)],
            [esc(self.t("Result per hour worked", "Resultaat per gewerkt uur")),
             esc(hourly_text) + (f'<br/><span style="font-size:7.5pt; color:{COLORS["muted"]};">'
                                 + esc(hours_text) + "</span>"
                                 if proj.hourly is not None else ""),
             "—"],
            [esc(year_label), first_year_money(first_year),
             typ_money(typ.median_annual_net if typ is not None else None)],
            [esc(self.t("Net result in a later year (months 13-24)", "Nettoresultaat in een later jaar (maand 13-24)")),
             esc(self.money(later_year)) if later_year is not None else "—",
             typ_money(typ.later_annual_net if typ is not None else None)],
        ]
        if typ is not None:
            tier = typ.median_tier
            gross_label = (self.t("Gross earnings in the first year, before expenses",
                                  "Bruto verdiensten in het eerste jaar, vóór kosten")
                           if tier is None or tier.figure_is_median or tier.implied else
                           self.t("Gross earnings in the first year, before expenses (typical: the average of the tier that holds the median participant)",
                                  "Bruto verdiensten in het eerste jaar, vóór kosten (gewone deelnemer: het gemiddelde van de groep met de middelste deelnemer)"))
            rows.append([esc(gross_label),
                         first_year_money(sum(sum(v[:12]) for v in proj.revenue.values())),
                         typ_money(typ.median_annual_gross)])
            if tier is not None and not tier.implied and (tier.low is not None or tier.high is not None):
                low = self.money(tier.low) if tier.low is not None else "?"
                high = self.money(tier.high) if tier.high is not None else "?"
                rows.append([esc(self.t(f"Range of the tier that holds the median participant ({tier.name})",
                                        f"Bandbreedte van de groep met de middelste deelnemer ({tier.name})")),
                             "—", esc(f"{low} – {high}")])
            if typ.covered_group_annual_gross is not None and not known:
                rows.append([esc(self.t(f"Gross a year of the middle participant {group_words(typ.basis, self.lang)}",
                                        f"Bruto per jaar van de middelste deelnemer {group_words(typ.basis, self.lang)}")),
                             "—", esc(self.money(typ.covered_group_annual_gross))])
            nothing = self.pct(typ.share_nothing_percent, 1)
            if typ.share_nothing_is_lower_bound:
                nothing = self.t(f"at least {nothing}", f"minstens {nothing}")
            rows.append([esc(self.t("Share of participants paid nothing",
                                    "Deel van de deelnemers dat niets kreeg")),
                         "—", esc(nothing)])
        if proj.recruitment_share is not None:
            rows.append([esc(self.t("Income from recruiting, downline and ranks",
                                    "Inkomen uit werven, netwerk en rangen")),
                         esc(self.pct(100 * proj.recruitment_share)), "—"])
        self.table([esc(self.t("", "")), esc(you), esc(them)], rows, widths=[40, 30, 30],
                   align_right=(1, 2), font_pt=9)
        if typ is not None:
            for note in (unknown_reason(typ, self.lang), scaled_up_note(typ.period, self.lang)):
                if note:
                    self.p("<b>" + esc(note) + "</b>", "note")
            basis = self.choice(typ.basis, "Disclosure.basis")
            year = self.ev.offer.disclosure.year if self.ev.offer.disclosure is not None else ""
            # Their costs are projection.typical_costs: the required ones, your other expenses
            # and your share "bought anyway" included; the note names exactly those.
            a = self.ev.assumptions
            extra_en, extra_nl = [], []
            if a.other_expenses_per_month > 0:
                other = self.money(a.other_expenses_per_month)
                extra_en.append(f"your other expenses of {other} a month")
                extra_nl.append(f"jouw overige kosten van {other} per maand")
            if a.personal_use_percent > 0 and offer_terms.of(self.ev).offer.monthly_volume > 0:
                use = self.pct(a.personal_use_percent)
                extra_en.append(f"less the {use} of the required purchases you would have bought anyway")
                extra_nl.append(f"min de {use} van de verplichte aankopen die je toch had gekocht")
            plus_en = (", " + ", ".join(extra_en)) if extra_en else ""
            plus_nl = (", " + ", ".join(extra_nl)) if extra_nl else ""
            self.p(esc(self.t(
                f"The typical participant is the median of the company's income disclosure "
                f"({year}, counting {basis}), put on an all-participants basis; disclosed "
                f"figures are gross, before expenses. Their costs: the required costs "
                f"(fees, required purchases and training){plus_en}; no customers, no recruits, "
                f"no optional training.",
                f"De gewone deelnemer is de mediaan van de inkomensverklaring van het bedrijf "
                f"({year}, telt {basis}), omgerekend naar alle deelnemers; de bedragen in de "
                f"verklaring zijn bruto, vóór kosten. Hun kosten: de verplichte kosten "
                f"(vaste kosten, verplichte aankopen en training){plus_nl}; geen klanten, geen "
                f"rekruten, geen optionele training.")), "note")
            if typ.basis in ("active", "earners", "unknown"):
                self.p("<b>" + esc(self.t(
                    "Careful: this disclosure does not count everyone who joined; those who quit "
                    "or earned nothing are hidden, so real results are worse.",
                    "Let op: deze verklaring telt niet iedereen die meedeed; wie stopte of niets "
                    "verdiende blijft buiten beeld, dus de werkelijkheid is slechter.")) + "</b>", "note")

    def break_even(self) -> None:
        needs = self.an.break_even
        if not needs.explanation:
            return
        self.h(3, self.t("What breaking even would take", "Wat er nodig is om quitte te spelen"))
        self.p(esc(needs.explanation))

    def costs(self) -> None:
        proj = self.an.projection
        h = len(proj.months)
        n = min(12, h)
        self.h(2, self.t("Costs", "Kosten"))
        year = self.t("First year", "Eerste jaar") if n == 12 else self.t(f"First {n} months",
                                                                            f"Eerste {n} maanden")
        later = self.t("Per month after month 1 (average)", "Per maand na maand 1 (gemiddeld)")
        rows, totals = [], [0.0, 0.0, 0.0]
        for key, (en, nl) in COST_LABELS.items():
            values = proj.costs[key]
            first = values[0]
            after = sum(values[1:n]) / (n - 1) if n > 1 else 0.0
            year_total = sum(values[:n])
            totals = [totals[0] + first, totals[1] + after, totals[2] + year_total]
            rows.append([esc(self.t(en, nl)), esc(self.money(first)), esc(self.money(after)),
                         esc(self.money(year_total))])
        rows.append([f"<b>{esc(self.t('Total', 'Totaal'))}</b>"]
                    + [f"<b>{esc(self.money(v))}</b>" for v in totals])
        self.table([esc(self.t("Category", "Categorie")), esc(self.t("Month 1", "Maand 1")),
                    esc(later), esc(year)], rows, widths=[40, 18, 24, 18], align_right=(1, 2, 3))
        use = self.ev.assumptions.personal_use_percent
        bought = sum(proj.costs["purchases"][:n])
        if 0 < use < 100 and bought > 0:
            # the table counts only the part of your required purchases you would not have bought
            # anyway: say so, with what you really pay, so the two are never confused
            paid = bought / (1 - use / 100)
            period_en, period_nl = (("the first year", "het eerste jaar") if n == 12
                                    else (f"the first {n} months", f"de eerste {n} maanden"))
            self.p(esc(self.t(
                f"Required own purchases count only as a cost for the part you would not have bought anyway: "
                f"of the {self.money(paid)} you buy for yourself in {period_en} (beyond what your customers buy "
                f"from you), {self.money(bought)} counts as a cost (you entered {self.pct(use)} as bought anyway).",
                f"Verplichte eigen aankopen tellen alleen als kosten voor het deel dat je niet toch al had gekocht: "
                f"van de {self.money(paid)} die je in {period_nl} voor jezelf koopt (bovenop wat je klanten van je "
                f"kopen), telt {self.money(bought)} als kosten (je vulde {self.pct(use)} in als 'had je toch gekocht').")), "note")
        annual, first_renewal = offer_terms.of(self.ev).offer.annual_fee, offer_terms.FIRST_RENEWAL_MONTH
        if h >= first_renewal and annual > 0:
            self.p(esc(self.t(
                f"From month {first_renewal} on, a renewal fee of {self.money(annual)} is due every year.",
                f"Vanaf maand {first_renewal} betaal je elk jaar {self.money(annual)} verlenging.")), "note")

    def income(self) -> None:
        proj = self.an.projection
        totals = {k: sum(v) for k, v in proj.revenue.items()}
        total = sum(totals.values())
        h = len(proj.months)
        self.h(2, self.t("Where the income comes from", "Waar het inkomen vandaan komt"))
        if total <= 0:
            self.p(esc(self.t(f"Your projection earns nothing in {h} months.",
                              f"Je projectie levert in {h} maanden niets op.")))
            return
        components = self.component_rows(total)
        if components:  # outside sales, then the plan component by component (issue 12, item 7)
            amounts = [totals["retail"], *(amount for _row, amount in components)]
            rows = [[esc(self.t(*REVENUE_LABELS["retail"])), esc(self.money(totals["retail"]))],
                    *(row for row, _amount in components)]
            head = self.t("Source: your sales or the plan's component",
                          "Bron: je verkoop of het onderdeel van het plan")
        else:
            amounts = [totals[k] for k in REVENUE_LABELS]
            rows = [[esc(self.t(en, nl)), esc(self.money(totals[k]))] for k, (en, nl) in REVENUE_LABELS.items()]
            head = self.t("Source", "Bron")
        # whole percents that add up to the total's 100% (94 + 3 + 2 left a point missing), own
        # sales (the first row) against the rest as the key numbers' recruiting share says
        for row, share in zip(rows, whole_percent_shares(amounts, first_apart=True)):
            row.append(esc(self.pct(share)))
        rows.append([f"<b>{esc(self.t('Total', 'Totaal'))}</b>", f"<b>{esc(self.money(total))}</b>",
                     "<b>100%</b>"])
        self.table([esc(head), esc(self.over_months(h)), esc(self.t("Share", "Aandeel"))], rows,
                   widths=[68, 19, 13], align_right=(1, 2))
        outside = self.an.income_outside_percent
        if outside is not None:
            basis = (self.t("the simulation", "de simulatie") if self.an.income_basis == "simulation"
                     else self.t("your projection", "je projectie"))
            self.p(esc(self.t(
                f"According to {basis}, {self.pct(outside)} of the income comes from sales to outside "
                f"customers and {self.pct(100 - outside)} from recruiting and participants' own purchases.",
                f"Volgens {basis} komt {self.pct(outside)} van het inkomen uit verkoop aan klanten van "
                f"buiten en {self.pct(100 - outside)} uit werven en eigen aankopen van deelnemers.")))

    def component_rows(self, total: float) -> list[tuple[list[str], float]]:
        """Your income by plan component (issue 12, item 7): a row per component of the plan, in
        plan order, with what it pays for under its name and its total over the horizon, with
        that total (the caller adds the shares of all your income, ``total``); none when the
        sources say as much (see ``core.analysis.component_table_useful``) or the plan pays
        nothing."""
        from ..core.analysis import component_table_useful, income_by_component

        if not component_table_useful(self.ev, self.lang):
            return []
        items = income_by_component(self.ev, self.an.projection, self.lang)
        if sum(item.total for item in items) <= 0:
            return []
        rows = []
        for item in items:
            name = esc(item.name)
            if item.pays_for:
                name += f' <span style="font-size:7.5pt; color:{COLORS["muted"]};">– ' + esc(
                    self.t(f"pays for {item.pays_for}", f"betaalt voor {item.pays_for}")) + "</span>"
            rows.append(([name, esc(self.money(item.total))], item.total))
        return rows

    def red_flags(self) -> None:
        flags = self.an.red_flags
        self.h(2, self.t(f"Red flags ({len(flags)})", f"Rode vlaggen ({len(flags)})"))
        if not flags:
            self.p(esc(self.t("None of the red flags fired for what you entered.",
                              "Geen van de rode vlaggen slaat aan op wat je hebt ingevuld.")))
            return
        # The intro is an h5 (styled as a small note): a heading to the engine's pagination, so
        # "Red flags", the intro and the first flag's heading move to the next page together.
        self.add(f'<h5 style="font-size:8pt; font-weight:normal; color:{COLORS["muted"]};">' + esc(self.t(
            "Each red flag names the public criterion it rests on and its legal sources, each marked as law, case law, non-binding guidance or a proposal, with the country it applies in; see 'The law' at the end.",
            "Elke rode vlag noemt het openbare criterium waarop hij steunt en zijn juridische bronnen, elk gemarkeerd als wet, rechtspraak, niet-bindende uitleg of voorstel, met het land waar het geldt; zie 'De wet' aan het eind."))
            + "</h5>")
        for flag in flags:
            self.red_flag(flag)

    def red_flag(self, flag) -> None:
        """One flag as short blocks: a heading line (severity and title, kept with what follows
        it), the explanation, then its basis and its legal sources each as a small paragraph of
        their own, with space after the flag."""
        criterion, legal = split_source(flag.source, self.lang)
        if legal and flag.id in law.FLAG_IDS:
            # Each source with its country and status; what limits a source (whom consumer law
            # protects, what guidance and a proposal are worth) is said once, in "The law".
            items = law.basis_for(flag.id, pure_pyramid=is_pure_pyramid(self.ev), lang=self.lang,
                                  training_mandatory=training_is_mandatory(self.ev))
            legal = "; ".join(f"{i['short']} ({i['jurisdiction_label']}, {i['binding_label']})"
                              for i in items) + "."
            if any(i["consumer_law"] for i in items):
                legal += " " + self.t("Consumer law protects you only when you act as a consumer.",
                                      "Consumentenrecht beschermt je alleen als je als consument handelt.")
        if self.compact and legal:  # too long for the pages: each flag's legal sources are in "The law"
            legal = self.t("see 'The law' at the end.", "zie 'De wet' aan het eind.")
        en, nl = SEVERITY_LABELS.get(flag.severity, (flag.severity, flag.severity))
        color = COLORS.get(flag.severity, "#000000")
        # Qt's rich text reads margins in px only (1/96 inch on any device); 'pt' is ignored.
        # The compact version (a report too long for its pages) keeps the blocks, with less space.
        gap = 3 if self.compact else 9
        small = f'font-size:7pt; color:{COLORS["muted"]}; margin-left:12px; margin-top:0px; margin-bottom:1px;'
        self.add(f'<h4 style="margin-top:{gap}px; margin-bottom:2px;"><span style="color:{color};">'
                 f"{esc(self.t(en, nl).upper())}</span>&nbsp;&nbsp;{esc(flag.title)}</h4>")
        self.add(f'<p style="margin-top:0px; margin-bottom:2px; margin-left:12px;">{esc(flag.detail)}</p>')
        basis = f'<b>{esc(self.t("Basis:", "Grondslag:"))}</b> {esc(criterion)}' if criterion else ""
        sources = (f'<b>{esc(self.t("Legal sources:", "Juridische bronnen:"))}</b> {esc(legal)}'
                   if legal else "")
        if self.compact:
            if basis or sources:
                self.add(f'<p style="{small}">{" ".join(x for x in (basis, sources) if x)}</p>')
            return
        for part in (basis, sources):
            if part:
                self.add(f'<p style="{small}">{part}</p>')

    def comparison(self) -> None:
        aspects = self.an.comparison
        if not aspects:
            return
        self.h(2, self.t("Pyramid scheme or network marketing: eight aspects",
                         "Piramidespel of netwerkmarketing: acht aspecten"))
        rows = []
        for a in aspects:
            color = COLORS.get(a.leans, "#000000")
            rows.append([f"<b>{esc(a.label)}</b>", esc(a.pyramid), esc(a.network_marketing),
                         esc(a.this_offer) + f'<br/><span style="color:{color}; font-weight:bold;">'
                         + esc(leans_text(a.leans, self.lang)) + "</span>"])
        self.table([esc(self.t("Aspect", "Aspect")), esc(self.t("Pyramid scheme", "Piramidespel")),
                    esc(self.t("Network marketing", "Netwerkmarketing")),
                    esc(self.t("This offer", "Dit aanbod"))], rows, widths=[19, 22, 22, 37],
                   font_pt=7.5)

    def charts_section(self) -> None:
        from .. import charts

        ev, an, sim = self.ev, self.an, self.sim
        self.h(2, self.t("Charts", "Grafieken"))
        self.h(3, self.t("Cumulative net result: you and the typical participant",
                         "Cumulatief nettoresultaat: jij en de gewone deelnemer"))
        self.chart("cumulative", lambda ax, style: charts.draw_cumulative(ax, an, style, sim), 2.5)
        self.h(3, self.t("Income by source and costs by category",
                         "Inkomsten per bron en kosten per categorie"))
        self.chart("income_sources", lambda ax, style: charts.draw_income_sources(ax, an, style), 1.7)
        self.h(3, self.t("The pitch against reality", "De belofte en de werkelijkheid"))
        self.chart("pitch", lambda ax, style: charts.draw_pitch_vs_reality(ax, ev, an, style, sim), 2.1)
        if sim is not None:
            self.h(3, self.t("Outcomes across everyone in the simulation",
                             "Uitkomsten van iedereen in de simulatie"))
            self.chart("outcomes", lambda ax, style: charts.draw_outcome_distribution(ax, sim, style), 2.3)

    def simulation_summary(self) -> None:
        sim = self.sim
        if sim is None:
            return
        self.h(2, self.t("Population simulation", "Simulatie van het hele netwerk"))
        s = self.ev.simulation
        months = sim.months or s.months or self.ev.assumptions.horizon_months
        market = sim.market_size or s.market_size
        self.p(esc(self.t(
            f"{self.num(s.existing_participants)} participants at the start, a market of "
            f"{self.num(market)} people, {months} months, "
            f"{self.num(s.recruit_rate, 2)} recruits per participant per month, "
            f"{self.pct(s.churn_percent, 1)} quitting each month, seed {s.seed}.",
            f"{self.num(s.existing_participants)} deelnemers bij de start, een markt van "
            f"{self.num(market)} mensen, {months} maanden, "
            f"{self.num(s.recruit_rate, 2)} rekruten per deelnemer per maand, "
            f"{self.pct(s.churn_percent, 1)} stopt elke maand, startwaarde voor het toeval {s.seed}.")), "note")
        keys = ["10", "25", "50", "75", "90", "99"]
        header = [esc(self.t("Net result", "Nettoresultaat"))] + [
            esc(self.t("median", "mediaan") if k == "50" else f"P{k}") for k in keys] + [
            esc(self.t("With profit", "Met winst"))]
        size = cohort_people(getattr(sim, "cohort_size", None), self.lang)
        people = f" ({size})" if size else ""
        rows = []
        for label, pcts, profitable in (
                (self.t("Those who join when you do", "Wie begint als jij") + people,
                 sim.cohort_net_percentiles, sim.cohort_share_profitable_percent),
                (self.t("Everyone", "Iedereen"),
                 sim.everyone_net_percentiles, sim.everyone_share_profitable_percent)):
            if not pcts:
                continue
            if pcts is sim.cohort_net_percentiles and getattr(sim, "cohort_size", None) == 0:
                # nobody joined in month 1: no median, no share with profit (not "€0" and "0.0%")
                rows.append([esc(self.t("Those who join when you do: nobody joined in the simulation",
                                        "Wie begint als jij: niemand begon in de simulatie"))]
                            + ["—"] * (len(keys) + 1))
                continue
            rows.append([esc(label)] + [esc(self.money(pcts.get(k))) for k in keys]
                        + [esc(self.pct(profitable, 1))])
        if rows:
            self.table(header, rows, widths=[31, 9, 9, 9, 9, 9, 12, 12],
                       align_right=tuple(range(1, 8)), font_pt=8)
        facts = [
            (self.t("Participants ever / at the peak / at the end",
                    "Deelnemers ooit / op het hoogtepunt / aan het eind"),
             " / ".join(self.num(n) for n in
                        (sim.participants_ever, sim.participants_peak, sim.participants_final))),
            (self.t("Share of all earnings to the top 1% / top 10%",
                    "Deel van alle verdiensten naar de top 1% / top 10%"),
             f"{self.pct(sim.top1_share_percent, 1)} / {self.pct(sim.top10_share_percent, 1)}"),
            (self.t("Internal consumption (own purchases / all volume)",
                    "Eigen verbruik (eigen aankopen / al het volume)"),
             self.pct(sim.internal_consumption_percent, 1)),
        ]
        dist = sim.recruits_distribution
        if dist:
            def share(k):
                return 100 * float(dist.get(str(k), 0.0))
            three_plus = 100 * sum(float(v) for k, v in dist.items() if int(k) >= 3)
            # of everyone, the starting network's own sponsor lines included (review 11: with no
            # recruiting in the simulation the figures are the starting network's alone)
            facts.append((self.t("Direct recruits: none / 1 / 2 / 3 or more (the starting network included)",
                                 "Directe rekruten: geen / 1 / 2 / 3 of meer (het startnetwerk meegeteld)"),
                          " / ".join(self.pct(v, 1) for v in (share(0), share(1), share(2), three_plus))))
        if sim.payout_ratio is not None:
            facts.append((self.t("Paid out to participants, as a share of all they paid in",
                                 "Uitbetaald aan deelnemers, als deel van alles wat ze betaalden"),
                          self.pct(100 * sim.payout_ratio, 1)))
        self.table(None, [[esc(k), esc(v)] for k, v in facts], widths=[60, 40], align_right=(1,))

    def questions(self) -> None:
        questions = list(self.an.questions or [])
        self.h(2, self.t("Questions to ask the recruiter", "Vragen om aan de werver te stellen"))
        if not questions:
            self.p(esc(self.t("You filled in everything the evaluation asks about.",
                              "Je hebt alles ingevuld waar de beoordeling naar vraagt.")))
            return
        self.add('<ol style="margin-top:0;">' + "".join(f"<li>{esc(q)}</li>" for q in questions) + "</ol>")

    def legal_note(self) -> None:
        self.h(2, self.t("Not legal advice", "Geen juridisch advies"))
        self.p(esc(self.an.disclaimer or self.t("This is an aid, not legal advice.",
                                                  "Dit is een hulpmiddel, geen juridisch advies.")))
        pure = is_pure_pyramid(self.ev)
        self.p(esc(self.t("The law this evaluation refers to: ", "De wetgeving waar deze beoordeling naar verwijst: ")
                   + legal_frame(self.lang, pure) + "."), "note")
        self.law_sources(pure)
        if self.lang == "nl":
            self.h(3, "Een vermoedelijk piramidespel melden")
            rows = [[f"<b>{esc(name)}</b>", esc(what), esc(site)] for name, what, site in NL_REPORTING]
            self.table(None, rows, widths=[20, 58, 22], font_pt=8)

    def law_sources(self, pure: bool) -> None:
        """SPEC 9.6: every legal source the fired flags cite, with whether it binds, where it
        holds and whom it protects (core/law.py; what was read: docs/legal-basis.md)."""
        ids: list[str] = []
        mandatory = training_is_mandatory(self.ev)
        for flag in self.an.red_flags:
            if flag.id in law.FLAG_IDS:
                ids.extend(law.basis_ids(flag.id, pure_pyramid=pure, training_mandatory=mandatory))
        ids = list(dict.fromkeys(ids))
        if not ids:
            return
        self.h(3, self.t("The law", "De wet"))
        items = []
        for cid in ids:
            c = law.citation(cid, self.lang)
            note = f"{c['jurisdiction_label']}, {c['binding_label']}"
            if c["scope"] and not c["consumer_law"] and c["binding"] in ("guidance", "proposal"):
                note += f"; {c['scope']}"  # consumer law's scope: the paragraph below
            items.append(f"{c['short']} ({note})")
        self.p(esc(self.t("Sources cited above, with their status: ", "Hierboven aangehaalde bronnen, met hun status: ")
                   + "; ".join(items) + "."), "small")
        self.p(esc(self.t(
            "Consumer law (art. 6:193g, 6:193c and 6:230o BW) protects you only when you act as a consumer: a contract signed in the name of your business may lose that protection (the government's answers of 14 October 2021). The FTC's MLM guidance is non-binding staff guidance, and FTC v. Neora (2023) went against the FTC; the FTC's earnings-claim rule of 13 January 2025 is a proposal, not law.",
            "Consumentenrecht (art. 6:193g, 6:193c en 6:230o BW) beschermt je alleen als je als consument handelt: een overeenkomst op naam van je bedrijf kan die bescherming verliezen (antwoorden van de regering van 14 oktober 2021). De MLM-uitleg van de FTC is niet-bindend, en FTC v. Neora (2023) ging tegen de FTC in; de regel over inkomensbeloften van de FTC van 13 januari 2025 is een voorstel, geen wet.")), "small")
        if not pure:
            self.p(esc(self.t(
                "The Dutch Gaming Act's pyramid-game provision (Wet op de kansspelen art. 1a) is not cited: this offer has real products, and the Dutch gaming regulator itself says that what is popularly called a pyramid game is only very seldom one in law (see also Rb. Haarlem 2007, ECLI:NL:RBHAA:2007:BB6062; Hof Amsterdam 2011, ECLI:NL:GHAMS:2011:BU6127).",
                "De bepaling over piramidespelen in de Wet op de kansspelen (art. 1a) wordt niet aangehaald: dit aanbod heeft echte producten, en de Kansspelautoriteit zegt zelf dat wat in de volksmond piramidespel heet maar heel zelden echt een piramidespel in de zin van de wet is (zie ook Rb. Haarlem 2007, ECLI:NL:RBHAA:2007:BB6062; Hof Amsterdam 2011, ECLI:NL:GHAMS:2011:BU6127).")), "note")
        wage = law.reference_wage()
        self.p(esc(self.t("Reference wage for Dutch users: ", "Referentieloon voor Nederlandse gebruikers: ")
                   + wage.label(self.lang) + "."), "note")

    # -- appendix: every input -----------------------------------------------------------------

    def value(self, model, name: str) -> str:
        raw = getattr(model, name)
        unit = field_info(type(model), name, self.lang)["unit"]
        if raw is None:
            return self.t("not stated", "niet vermeld")
        if isinstance(raw, bool):
            return self.t("yes", "ja") if raw else self.t("no", "nee")
        if isinstance(raw, str):
            field = f"{type(model).__name__}.{name}"
            return self.choice(raw, field) if field in CHOICES else raw
        if unit == "money":
            return self.money(raw)
        if unit == "percent":
            return self.pct(raw, 0 if float(raw).is_integer() else 1)
        # with their unit (review 11: "Bedenktijd 14", "Periode 36", "Keer per jaar 0")
        if name == "cooling_off_days" and raw == 0:
            return self.t("none stated", "geen opgegeven")  # 0 is "none stated" (the red flag's reading)
        if unit == "days":
            return self.t("1 day", "1 dag") if raw == 1 else self.t(f"{self.num(raw)} days", f"{self.num(raw)} dagen")
        if unit == "months":
            return self.t("1 month", "1 maand") if raw == 1 else self.t(f"{self.num(raw)} months", f"{self.num(raw)} maanden")
        if name == "times_per_year" and raw == 0:
            return self.t("once, at the start", "eenmalig, bij de start")
        if name in PLAIN_NUMBER_FIELDS:
            return fmt_plain(raw)
        return self.num(raw)

    def label(self, model_type, name: str) -> str:
        return field_info(model_type, name, self.lang)["label"]

    def fields_table(self, model, names: list[str], values: dict[str, str] | None = None) -> None:
        """Label-value pairs two by two; ``values`` replaces the shown value of some fields."""
        values = values or {}
        pairs = [(esc(self.label(type(model), n)), esc(values.get(n) or self.value(model, n))) for n in names]
        rows = []
        for i in range(0, len(pairs), 2):
            left = pairs[i]
            right = pairs[i + 1] if i + 1 < len(pairs) else ("", "")
            rows.append([f'<span style="color:{COLORS["muted"]};">{left[0]}</span>', left[1],
                         f'<span style="color:{COLORS["muted"]};">{right[0]}</span>', right[1]])
        self.table(None, rows, widths=[29, 21, 29, 21], font_pt=7.5)

    def list_table(self, items: list, model_type, names: list[str], currency: str | None = None) -> None:
        shown = items[:self.max_rows]
        rows = []
        for item in shown:
            row = []
            for n in names:
                if currency and field_info(model_type, n)["unit"] == "money" and getattr(item, n) is not None:
                    row.append(esc(self.money(getattr(item, n), currency)))
                else:
                    row.append(esc(self.value(item, n)))
            rows.append(row)
        if len(items) > len(shown):
            more = len(items) - len(shown)
            rows.append([esc(self.t(f"… and {more} more", f"… en nog {more}"))] + [""] * (len(names) - 1))
        self.table([esc(self.label(model_type, n)) for n in names], rows, font_pt=7.5,
                   align_right=tuple(i for i, n in enumerate(names)
                                     if field_info(model_type, n)["unit"] in ("money", "percent", "volume", "count")
                                     or _is_number_field(model_type, n)))

    def payout_section(self) -> None:
        """The payout plan as entered: the retail terms, then each component of the plan in
        plan order, described by its own kind (``Kind.describe``); the ranks follow later."""
        self.fields_table(self.ev.offer.payout, ["retail_mode", "retail_commission_percent"])
        kinds = offer_terms.of(self.ev).plan.kinds
        if not kinds:
            self.p(esc(self.t("The plan pays nothing for recruiting or for a downline.",
                              "Het plan betaalt niets voor werven of voor een netwerk.")), "note")
        for kind in kinds:
            self.p(esc(kind.describe(self.lang, lambda x: self.money(x, decimals=0 if float(x).is_integer() else 2),
                                     self.pct)), "note")

    def appendix(self) -> None:
        ev, offer = self.ev, self.ev.offer
        self.h(2, self.t("Appendix: what you entered", "Bijlage: wat je hebt ingevuld"))
        self.h(3, self.t("The offer", "Het aanbod"))
        self.fields_table(offer, ["name", "company", "kind", "currency"])
        self.fields_table(offer.fees, list(Fees.model_fields))
        self.fields_table(offer.requirements, list(Requirements.model_fields))
        self.payout_section()
        if offer.products:
            self.h(3, self.label(Offer, "products"))
            self.list_table(offer.products, Product, list(Product.model_fields))
        if offer.training:
            self.h(3, self.label(Offer, "training"))
            self.list_table(offer.training, Training, list(Training.model_fields))
        if offer.payout.ranks:
            self.h(3, self.label(PayoutPlan, "ranks"))
            self.list_table(offer.payout.ranks, Rank, list(Rank.model_fields))
        d = offer.disclosure
        if d is not None:
            self.h(3, self.label(Offer, "disclosure"))
            # "Share paid nothing is of" + "All participants" (the list's label, not the prose
            # "of all participants", which doubled the "of") and "Amounts per" + "A year"
            shown = {"share_nothing_basis": choice_label(d.share_nothing_basis, self.lang,
                                                         "Disclosure.share_nothing_basis"),
                     "period": choice_label(d.period, self.lang, "Disclosure.period")}
            typ = self.an.typical
            if d.share_nothing_percent is None and typ is not None:
                # not entered, but the tiers give it (as the key numbers show): say both
                derived = self.pct(typ.share_nothing_percent, 1)
                if typ.share_nothing_is_lower_bound:
                    derived = self.t(f"at least {derived}", f"minstens {derived}")
                shown["share_nothing_percent"] = self.t(f"not stated; from the tiers: {derived}",
                                                        f"niet vermeld; uit de groepen: {derived}")
            self.fields_table(d, [n for n in Disclosure.model_fields if n != "tiers"], shown)
            self.list_table(d.tiers, Tier, list(Tier.model_fields), currency=d.currency or self.cur)
        claims = offer.claims
        if claims.claimed_monthly_income is not None or claims.text:
            self.h(3, self.label(Offer, "claims"))
            if claims.claimed_monthly_income is not None:
                self.fields_table(claims, ["claimed_monthly_income"]
                                  + (["after_months"] if claims.after_months is not None else []))
            if claims.text:
                self.p("“" + esc_multiline(claims.text, self.max_text, self.lang) + "”", "note")
        if offer.notes:
            self.h(3, self.label(Offer, "notes"))
            self.p(esc_multiline(offer.notes, self.max_text, self.lang), "note")
        self.h(3, self.label(Evaluation, "assumptions"))
        self.fields_table(ev.assumptions, list(Assumptions.model_fields))
        if self.sim is not None:
            self.h(3, self.label(Evaluation, "simulation"))
            self.fields_table(ev.simulation, list(SimulationSettings.model_fields))


def build_content(evaluation: Evaluation, analysis: Analysis, lang: str = "nl",
                  simulation: SimulationResult | None = None,
                  today: _dt.date | None = None, chart_width_in: float = 6.7,
                  compact: bool = False) -> ReportContent:
    """The report's HTML and charts; ``compact`` shortens long lists and free texts more."""
    return _Builder(evaluation, analysis, lang, simulation, today or _dt.date.today(),
                    chart_width_in, compact).build()


def _is_number_field(model_type, name: str) -> bool:
    """A field that holds a plain number (a count per year, say): right-aligned like amounts."""
    import typing

    annotation = model_type.model_fields[name].annotation
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation in (int, float) and annotation is not bool and name not in PLAIN_NUMBER_FIELDS


def split_source(source: str, lang: str) -> tuple[str, str]:
    """A flag's ``source`` ('criterion. Legal sources: ...', ``core.redflags.source_for``) as its
    criterion (ending in a full stop) and its legal sources; ("", "") parts when absent."""
    marker = ". " + tr(lang, "Legal sources", "Juridische bronnen") + ": "
    if marker in source:
        criterion, legal = source.split(marker, 1)
        return criterion + ".", legal
    return source, ""


def is_finite(value: float | None) -> bool:
    return value is not None and math.isfinite(value)
