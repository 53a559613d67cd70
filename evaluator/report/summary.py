"""The one-page summary and the pitch-meeting checklist (issue 14, items 4 and 5).

- :func:`summary_page` writes the one-page summary into a report being built (``content._Builder``):
  the verdict in one sentence, you vs the typical participant vs the claim per year, what you pay
  to start and per month, the three most serious red flags, the questions to ask, and where to
  get help in the Netherlands. It is the full report's first page (a page break follows it) and,
  through :func:`build_summary`, a PDF of its own (``report --summary``, File → Print one-page
  summary…). Kept to one page: lists are cut short, with "and N more".
- :func:`build_checklist` is the printable checklist for the pitch meeting: tick boxes for the
  questions to ask about this offer (``core/questions``), the cooling-off reminder with its date
  (today + the offer's cooling-off days, or the legal 14 days when it states none), whether the
  contract is in your own name or your business's (SPEC 9.6), and a few checks before signing.

The Dutch places to get help are shown for Dutch offers (``nl_tax.applies``: a euro offer or a
Dutch reader), like the tax block.

Plain language for family and helpers; every text is written in both languages here.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import TYPE_CHECKING

from .. import __version__
from ..core import nl_tax
from ..core.i18n import fmt_money_group
from ..core import terms as offer_terms
from ..core.labels import VERDICT_LABELS, severity_rank
from ..core.textsafe import plain_text

if TYPE_CHECKING:  # pragma: no cover
    from .content import ReportContent, _Builder

# The summary's lists, cut so that the page stays one page.
SUMMARY_FLAGS = 3
SUMMARY_QUESTIONS = 5
LEGAL_WITHDRAWAL_DAYS = 14  # off-premises and distance contracts (art. 6:230o BW; DOMAIN.md 1)
PAGE_BREAK = '<p style="page-break-after: always; margin:0; font-size:1pt;">&nbsp;</p>'
BOX = "\u2610"  # ☐ (DejaVu Sans has it)

# Where to get help in the Netherlands: name, what for (en, nl), web address, phone. Checked on
# 1 December 2026 on each organisation's own site.
NL_HELP = (
    ("ACM ConsuWijzer", "your rights as a consumer; report unfair practices and pyramid schemes",
     "je rechten als consument; oneerlijke praktijken en piramidespelen melden",
     "www.consuwijzer.nl", ""),
    ("Kansspelautoriteit", "a game where your pay depends on the money of people who join later",
     "een spel waarin je verdienste afhangt van de inleg van latere deelnemers",
     "kansspelautoriteit.nl", ""),
    ("Fraudehelpdesk", "questions and reports about (suspected) fraud",
     "vragen en meldingen over (vermoedelijke) fraude", "www.fraudehelpdesk.nl", "088-7867372"),
    ("Het Juridisch Loket", "free legal advice (for private persons)",
     "gratis juridisch advies (voor particulieren)", "www.juridischloket.nl", "0900-8020"),
)

_SENTENCE = re.compile(r"^(.+?[.!?])(?=\s+[A-Z\u00c0-\u00dd']|\s*$)", re.S)


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` ('Hoog risico: ... signalen.' of a longer summary)."""
    text = " ".join((text or "").split())
    match = _SENTENCE.match(text)
    return match.group(1) if match else text


def verdict_sentence(b: "_Builder") -> str:
    v = b.an.verdict
    en, nl = VERDICT_LABELS.get(v.level, (v.level, v.level))
    sentence = first_sentence(v.summary)
    label = b.t(en, nl)
    if sentence.lower().startswith(label.lower()):
        return sentence
    return f"{label}: {sentence[:1].lower() + sentence[1:] if sentence else ''}"


def _year_rows(b: "_Builder") -> list[list[str]]:
    """Who, then income (before costs) and net (after costs), each per year and per month
    (SPEC 9.4: per month and per year, year 1 and a later year, for you, the typical participant
    and the claim). Per month is the year's figure divided by its months."""
    from .content import esc
    from ..core.headline import typical_later_net

    p, typ, claims = b.an.projection, b.an.typical, b.ev.offer.claims
    h = len(p.months)

    def sums(start: int, end: int) -> tuple[float, float]:
        gross = sum(sum(v[start:end]) for v in p.revenue.values())
        return gross, sum(p.net[start:end])

    def cells(gross: float | None, net: float | None, months: int, cur: str | None = None) -> list[str]:
        def money(value, bold=False):
            if value is None:
                return "—"
            text = esc(b.money(value, cur))
            return f"<b>{text}</b>" if bold else text
        return [money(gross), money(None if gross is None else gross / months),
                money(net, True), money(None if net is None else net / months, True)]

    rows = []
    first = min(12, h)
    gross, net = sums(0, first)
    you = (b.t("You, year 1", "Jij, jaar 1") if h >= 12
           else b.t(f"You, the first {h} months", f"Jij, de eerste {h} maanden"))
    rows.append([esc(you)] + cells(gross, net, max(first, 1)))
    if h >= 24:
        gross, net = sums(12, 24)
        rows.append([esc(b.t("You, year 2", "Jij, jaar 2"))] + cells(gross, net, 12))
    typ_gross = getattr(typ, "median_annual_gross", None) if typ is not None else None
    disclosure = b.ev.offer.disclosure
    if typ is None or typ_gross is None:
        rows.append([esc(b.t("Typical participant: unknown, no income disclosure was entered "
                             "(ask the company for one)",
                             "Gewone deelnemer: onbekend, er is geen inkomensverklaring ingevuld "
                             "(vraag het bedrijf erom)"))] + cells(None, None, 12))
    else:
        cur = (disclosure.currency if disclosure is not None else None) or b.cur
        scaled = ""
        if disclosure is not None and disclosure.period != "year":
            scaled = esc(b.t(" — scaled up from a monthly or weekly figure, which overstates a year "
                             "when people come and go",
                             " — opgeschaald uit een maand- of weekcijfer, wat een jaar overschat "
                             "als mensen komen en gaan"))
        rows.append([esc(b.t("Typical participant (company's disclosure), year 1",
                             "Gewone deelnemer (verklaring van het bedrijf), jaar 1")) + scaled]
                    + cells(typ_gross, typ.median_annual_net, 12, cur))
        later = typical_later_net(b.ev, typ)
        if later is not None:
            rows.append([esc(b.t("Typical participant, year 2", "Gewone deelnemer, jaar 2"))]
                        + cells(typ_gross, later, 12, cur))
    if claims.claimed_monthly_income is not None:
        rows.append([esc(b.t("What the recruiter claimed", "Wat de werver beloofde"))]
                    + cells(12 * claims.claimed_monthly_income, None, 12))
    return rows


def summary_page(b: "_Builder", page_break: bool = True) -> None:
    """The one-page summary, written into ``b``; ``page_break``: the report goes on after it."""
    from .content import COLORS, esc, format_date

    an, ev = b.an, b.ev
    offer = ev.offer
    b.add(f'<p style="font-size:8.5pt; color:{COLORS["muted"]}; margin-bottom:0;">'
          + esc(b.t("In one page, for you and the people who help you",
                    "Op één pagina, voor jou en wie je helpt")) + "</p>")
    b.add(f'<h1 style="margin-top:0;">{esc(offer.name)}</h1>')
    sub = [offer.company] if offer.company else []
    sub.append(format_date(b.today, b.lang))
    b.p(esc(" · ".join(sub)), "note")

    color = COLORS.get(an.verdict.level, "#000000")
    b.add(f'<table width="100%" cellspacing="0" cellpadding="6" style="margin-top:4pt;"><tr>'
          f'<td bgcolor="{COLORS["box_bg"]}" style="border-left: 4pt solid {color};">'
          f'<p style="font-size:11pt; font-weight:bold; color:{color}; margin:0;">'
          f"{esc(verdict_sentence(b))}</p></td></tr></table>")

    b.h(3, b.t("Per year and per month: you, the typical participant and the claim",
               "Per jaar en per maand: jij, de gewone deelnemer en de belofte"))
    b.table([esc(b.t("Who", "Wie")),
             esc(b.t("Income (before costs), per year", "Inkomsten (vóór kosten), per jaar")),
             esc(b.t("per month", "per maand")),
             esc(b.t("Net (after costs), per year", "Netto (na kosten), per jaar")),
             esc(b.t("per month", "per maand"))], _year_rows(b),
            widths=[40, 17, 13, 17, 13], align_right=(1, 2, 3, 4), font_pt=8.5)

    t = offer_terms.of(ev).offer
    b.h(3, b.t("What you pay", "Wat je betaalt"))
    start, stay = fmt_money_group([t.joining_total, t.staying_total], b.cur, b.lang)  # one line
    text = b.t(f"To start: {start}. Every month to stay: {stay}.",
               f"Om te beginnen: {start}. Elke maand om te blijven: {stay}.")
    bought = sum(p.amount for p in t.staying_payments if p.kind in ("autoship", "purchases"))
    if bought > 0:
        # The figures below are the projection's costs: the required order counts only for what
        # your customers do not buy from it and you would not have bought anyway (review 11: "$105
        # a month to stay" beside "paid $417.72 after 3 months" did not add up without this).
        order = b.money(bought)
        text += " " + b.t(
            f"Of that, {order} is the required order; below, it counts as a cost only for the part "
            f"your customers do not buy from you and you would not have bought anyway.",
            f"Daarvan is {order} de verplichte bestelling; hieronder telt die alleen als kosten voor "
            f"het deel dat je klanten niet van je kopen en dat je niet toch al had gekocht.")
    b.p(esc(text))
    stops = an.decisions.exit
    if stops:
        r = stops[0]
        mo_en, mo_nl = ("1 month", "1 maand") if r.month == 1 else (f"{r.month} months", f"{r.month} maanden")
        paid, received, net = fmt_money_group([r.paid, r.received, r.net], b.cur, b.lang)
        b.p(esc(b.t(f"If you stop after {mo_en} you will have paid {paid} and "
                    f"received {received}: {net} in all.",
                    f"Stop je na {mo_nl}, dan heb je {paid} betaald en "
                    f"{received} ontvangen: {net} in totaal.")))

    flags = sorted(an.red_flags, key=lambda f: severity_rank(f.severity))[:SUMMARY_FLAGS]
    b.h(3, b.t("The most serious warning signs", "De ernstigste waarschuwingssignalen"))
    if flags:
        b.add('<ol style="margin-top:0;">' + "".join(
            f"<li><b>{esc(f.title)}</b></li>" for f in flags) + "</ol>")
    else:
        b.p(esc(b.t("None were raised by what was entered.", "Er zijn er geen gevonden in wat is ingevuld.")))

    questions = list(an.questions or [])
    b.h(3, b.t("Ask before you sign", "Vraag dit voordat je tekent"))
    if questions:
        shown = questions[:SUMMARY_QUESTIONS]
        b.add('<ul style="margin-top:0;">' + "".join(f"<li>{esc(q)}</li>" for q in shown) + "</ul>")
        if len(questions) > len(shown):
            more = len(questions) - len(shown)
            b.p(esc(b.t(f"… and {more} more on the checklist for the pitch meeting.",
                        f"… en nog {more} op de checklist voor het verkoopgesprek.")), "note")
    else:
        b.p(esc(b.t("Everything the evaluation asks about was filled in.",
                    "Alles waar de beoordeling naar vraagt is ingevuld.")))

    if nl_tax.applies(ev, b.lang):  # a Dutch offer: a euro offer or a Dutch reader
        b.h(3, b.t("Where to get help in the Netherlands", "Waar je hulp krijgt in Nederland"))
        rows = [[f"<b>{esc(name)}</b>", esc(b.t(en, nl)), esc(site + (f" · {phone}" if phone else ""))]
                for name, en, nl, site, phone in NL_HELP]
        b.table(None, rows, widths=[22, 48, 30], font_pt=8)
    b.p(esc(an.disclaimer or b.t("This is an aid, not legal advice.",
                                 "Dit is een hulpmiddel, geen juridisch advies.")), "small")
    if page_break:
        b.add(PAGE_BREAK)


def _content(b: "_Builder", title_suffix: str = "") -> "ReportContent":
    from .content import ReportContent

    return ReportContent(html="<html><body>" + "\n".join(b.parts) + "</body></html>",
                         charts=b.charts, title=plain_text(b.ev.offer.name) + title_suffix,
                         footer_left=f"Opportunity Evaluator {__version__}", lang=b.lang)


def _builder(evaluation, analysis, lang: str, today: _dt.date | None) -> "_Builder":
    from .content import _Builder

    return _Builder(evaluation, analysis, lang, None, today or _dt.date.today(), 6.7)


def build_summary(evaluation, analysis, lang: str = "nl", today: _dt.date | None = None) -> "ReportContent":
    """The one-page summary as a report of its own."""
    b = _builder(evaluation, analysis, lang, today)
    summary_page(b, page_break=False)
    return _content(b)


def withdrawal_days(evaluation) -> int:
    """The offer's cooling-off days, or the legal 14 when it states none."""
    days = int(evaluation.offer.requirements.cooling_off_days)
    return days if days > 0 else LEGAL_WITHDRAWAL_DAYS


def build_checklist(evaluation, analysis, lang: str = "nl", today: _dt.date | None = None) -> "ReportContent":
    """The printable checklist for the pitch meeting."""
    from .content import COLORS, esc, format_date

    b = _builder(evaluation, analysis, lang, today)
    offer, day = evaluation.offer, b.today
    b.add(f'<p style="font-size:8.5pt; color:{COLORS["muted"]}; margin-bottom:0;">'
          + esc(b.t("Checklist for the pitch meeting", "Checklist voor het verkoopgesprek")) + "</p>")
    b.add(f'<h1 style="margin-top:0;">{esc(offer.name)}</h1>')
    b.p(esc(b.t("Take this to the meeting. Tick each box when you have the answer, and write it down. "
                "Do not sign or pay anything at the meeting itself.",
                "Neem dit mee naar het gesprek. Zet een vinkje zodra je het antwoord hebt, en schrijf "
                "het op. Teken en betaal niets tijdens het gesprek zelf.")))

    def item(text: str, answer_line: bool = True) -> str:
        line = (f'<br/>&nbsp;<br/><span style="color:{COLORS["rule"]};">'
                + esc(b.t("Answer: ", "Antwoord: ")) + "_" * 60 + "</span>") if answer_line else ""
        return (f'<p style="margin-top:5pt; margin-bottom:{14 if answer_line else 4}pt;"><span style="font-size:11pt;">{BOX}</span> '
                f"{esc(text)}{line}</p>")

    b.h(2, b.t("Questions to ask about this offer", "Vragen over dit aanbod"))
    questions = list(analysis.questions or [])
    b.add("".join(item(q) for q in questions) or item(b.t(
        "Is everything you told me also in writing: the contract, the compensation plan and the "
        "latest income disclosure?",
        "Staat alles wat je me vertelde ook op papier: het contract, het compensatieplan en de "
        "laatste inkomensverklaring?")))

    b.h(2, b.t("Whose name is on the contract?", "Op wiens naam staat het contract?"))
    b.add(item(b.t("Is the contract in my own name, or in the name of my business?",
                   "Staat het contract op mijn eigen naam, of op naam van mijn bedrijf?")))
    b.p(esc(b.t("As a consumer you have 14 days to withdraw from a contract made away from a shop or "
                "at a distance (art. 6:230o BW), and the law's black list of unfair practices protects "
                "you (art. 6:193g BW). A contract in the name of your business may lose that "
                "protection (Dutch government, answers to parliamentary questions, 14 October 2021).",
                "Als consument heb je 14 dagen om af te zien van een contract dat buiten een winkel "
                "of op afstand is gesloten (art. 6:230o BW), en beschermt de zwarte lijst van "
                "oneerlijke praktijken je (art. 6:193g BW). Een contract op naam van je bedrijf kan "
                "die bescherming kwijtraken (kabinet, antwoorden op Kamervragen, 14 oktober 2021).")),
        "note")

    b.h(2, b.t("Cooling-off period", "Bedenktijd"))
    days = withdrawal_days(evaluation)
    until = day + _dt.timedelta(days=days)
    stated = int(offer.requirements.cooling_off_days)
    if stated > 0:
        basis = b.t(f"the offer states {stated} days", f"het aanbod noemt {stated} dagen")
        if stated < LEGAL_WITHDRAWAL_DAYS:
            basis += b.t(", fewer than the 14 days the law gives a consumer",
                         ", minder dan de 14 dagen die de wet een consument geeft")
    else:
        basis = b.t("the offer states none; the law gives a consumer 14 days",
                    "het aanbod noemt geen; de wet geeft een consument 14 dagen")
    b.add(item(b.t(f"If you sign today ({format_date(day, b.lang)}), you can still withdraw until "
                   f"{format_date(until, b.lang)} ({basis}). Write that date in your diary.",
                   f"Teken je vandaag ({format_date(day, b.lang)}), dan kun je nog afzien tot "
                   f"{format_date(until, b.lang)} ({basis}). Zet die datum in je agenda."),
               answer_line=False))
    b.add(item(b.t("How do I withdraw (in writing, to which address), and what do I get back?",
                   "Hoe zie ik af (schriftelijk, naar welk adres), en wat krijg ik terug?")))

    b.h(2, b.t("Before you sign", "Voordat je tekent"))
    stops = analysis.decisions.exit
    if stops:
        r = stops[0]
        mo_en, mo_nl = ("1 month", "1 maand") if r.month == 1 else (f"{r.month} months", f"{r.month} maanden")
        b.add(item(b.t(f"I know what stopping after {mo_en} costs me: {b.money(-r.net)} "
                       f"according to this evaluation.",
                       f"Ik weet wat stoppen na {mo_nl} me kost: {b.money(-r.net)} volgens "
                       f"deze beoordeling.") if r.net < 0 else
                   b.t(f"I know what I will have paid if I stop after {mo_en}: {b.money(r.paid)}.",
                       f"Ik weet wat ik betaald heb als ik na {mo_nl} stop: {b.money(r.paid)}."),
                   answer_line=False))
    b.add(item(b.t("I have slept on it and talked it over with someone who does not earn from it.",
                   "Ik heb er een nacht over geslapen en het besproken met iemand die er niet aan verdient."),
               answer_line=False))
    b.add(item(b.t("I have all the papers with me: the contract, the compensation plan, the income "
                   "disclosure, the buyback terms.",
                   "Ik heb alle papieren: het contract, het compensatieplan, de inkomensverklaring, de "
                   "terugkoopvoorwaarden."), answer_line=False))
    if nl_tax.applies(evaluation, b.lang):
        help_sites = ", ".join(f"{name} ({site})" for name, _en, _nl, site, _p in NL_HELP)
        b.p(esc(b.t(f"Help in the Netherlands: {help_sites}.", f"Hulp in Nederland: {help_sites}.")), "small")
    return _content(b)


__all__ = ["summary_page", "build_summary", "build_checklist", "first_sentence", "withdrawal_days",
           "NL_HELP", "LEGAL_WITHDRAWAL_DAYS"]
