"""The report's "Before you join" sections (SPEC 12): the exit ledger, the upline table, the claim
check, the tornado chart of the sensitivity, and for Dutch offers the tax and registration block
with its sources and dates.

:func:`add_sections` writes them into a report being built (``content._Builder``) with its own
helpers, so escaping, money and tables look as everywhere else in the report. The figures come
from ``analysis.decisions`` (``core/decisions.py``, ``core/nl_tax.py``); nothing is computed here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..core import decisions as aids
from ..core import nl_tax

if TYPE_CHECKING:  # pragma: no cover
    from .content import _Builder


def add_sections(b: "_Builder") -> None:
    from .content import esc

    d = b.an.decisions
    b.h(2, b.t("Before you join", "Voordat je instapt"))
    exit_section(b, d.exit)
    upline_section(b, d.upline)
    if d.claim_check is not None:
        b.h(3, b.t("What the claimed income takes", "Wat het beloofde inkomen vraagt"))
        lines = aids.claim_sentences(d.claim_check, b.cur, b.lang)
        b.p(esc(lines[0]))
        b.add("<ul style=\"margin-top:0;\">" + "".join(
            f"<li>{esc(line.lstrip('– '))}</li>" for line in lines[1:4]) + "</ul>")
        if len(lines) > 4:
            b.p(esc(" ".join(lines[4:])))
    tornado_section(b, d.sensitivity)
    if d.nl_tax is not None:
        tax_section(b, d.nl_tax)


def exit_section(b: "_Builder", rows: list[aids.ExitRow]) -> None:
    from .content import esc

    b.h(3, b.t("If you stop: what you will have paid and received",
               "Als je stopt: wat je dan betaald en ontvangen hebt"))
    header = [esc(b.t("Stop after", "Stoppen na")), esc(b.t("Paid", "Betaald")),
              esc(b.t("Received", "Ontvangen")), esc(b.t("Back", "Terug")),
              esc(b.t("In all", "In totaal"))]
    # Each column's amounts alike ('$ 472,00' under '$ 192,44'): b.money_column.
    paid, received, back, net = (b.money_column([getattr(r, k) for r in rows])
                                 for k in ("paid", "received", "back", "net"))
    body = [[esc(b.t("1 month", "1 maand") if r.month == 1 else b.t(f"{r.month} months", f"{r.month} maanden")), esc(paid[i]),
             esc(received[i]), esc(back[i]), f"<b>{esc(net[i])}</b>"]
            for i, r in enumerate(rows)]
    b.table(header, body, widths=[24, 19, 19, 19, 19], align_right=(1, 2, 3, 4))
    b.p(esc(b.t("'Back' is what you get back when you stop: unsold stock bought back within its "
                "term, and what you paid to join when you withdraw within the cooling-off period.",
                "'Terug' is wat je terugkrijgt als je stopt: onverkochte voorraad die binnen de "
                "termijn wordt teruggekocht, en wat je betaalde om mee te doen als je binnen de "
                "bedenktijd afziet.")), "note")


def upline_section(b: "_Builder", table: aids.UplineTable | None) -> None:
    from .content import esc

    if table is None:
        return
    b.h(3, b.t("What your upline earns from you", "Wat je upline aan jou verdient"))
    lines = aids.upline_sentences(table, b.cur, b.lang)
    b.p(esc(lines[0]))
    paid = [lv for lv in table.levels if abs(lv.total) > aids.TOLERANCE]
    if paid:
        types = [t for t in paid[0].by_component
                 if any(abs(lv.by_component.get(t, 0.0)) > aids.TOLERANCE for lv in paid)]
        header = [esc(b.t("Who", "Wie"))] + [esc(aids.component_name(t, b.lang)) for t in types] + [
            esc(b.t("Total a month", "Totaal per maand"))]
        rows = [[esc(aids.level_name(lv.level, b.lang))]
                + [esc(b.money(lv.by_component.get(t, 0.0))) for t in types]
                + [f"<b>{esc(b.money(lv.total))}</b>"] for lv in paid[: b.max_rows]]
        n = len(types)
        b.table(header, rows, align_right=tuple(range(1, n + 2)))
    rest = [line for line in lines[1:] if not line.startswith("–")]
    if rest:
        b.p(esc(" ".join(rest)), "note")
    b.p(esc(b.t("Computed with the plan's exact rules on the line above you, everyone active at the "
                "lowest rank that pays, on your own purchases and sales only.",
                "Berekend met de exacte regels van het plan op de lijn boven je, iedereen actief op "
                "de laagste rang die betaalt, alleen over je eigen aankopen en verkoop.")), "small")


def tornado_height(rows: list[Any]) -> float:
    """Inches: a row of bars is 0.32 in, plus the axis and the legend."""
    return 0.9 + 0.32 * min(len(rows), 10)


def tornado_section(b: "_Builder", rows: list[aids.Sensitivity]) -> None:
    from .content import esc
    from ..charts_tornado import draw_tornado

    b.h(3, b.t("Which assumption matters most", "Welke aanname het zwaarst weegt"))
    b.p(esc(b.t("Your net result with each assumption at half and at one and a half times what you "
                "entered, everything else unchanged; the longest bars matter most.",
                "Je nettoresultaat met elke aanname op de helft en op anderhalf keer wat je invulde, "
                "de rest gelijk; de langste balken wegen het zwaarst.")), "note")
    b.chart("tornado", lambda ax, style: draw_tornado(ax, rows, style), tornado_height(rows))


def tax_section(b: "_Builder", info: nl_tax.TaxInfo) -> None:
    from .content import esc

    b.h(3, b.t("Tax and registration in the Netherlands", "Belasting en inschrijving in Nederland"))
    lines = nl_tax.tax_sentences(info, b.cur)
    b.p(esc(" ".join(lines[:3])))
    b.p(f"<b>{esc(lines[3])}</b>")
    for fact in info.facts:
        b.h(4, fact["title"])
        b.p(esc(fact["text"]))
        b.p(esc(nl_tax.source_line(fact, b.lang)), "small")


__all__ = ["add_sections", "exit_section", "upline_section", "tornado_section", "tax_section",
           "tornado_height"]
