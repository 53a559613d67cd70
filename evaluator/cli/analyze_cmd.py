"""``analyze FILE [--json] [--lang nl|en]``: projection, typical participant, red flags, verdict.

With ``--json`` prints ``Analysis.to_json()`` (SPEC section 7); without, a readable summary.
An invalid file exits 2 with the field errors on stderr and no traceback. The analysis runs the
population simulation (SPEC 9.3), so a document whose simulation would not fit in memory is
refused first, the way ``simulate`` refuses it (exit 2 naming the setting).
"""

from __future__ import annotations

import os
import sys
import textwrap

from ..core.analysis import Analysis, analyze
from ..core.headline import cohort_people
from ..core.i18n import fmt_number, fmt_percent, tr
from ..core.labels import SEVERITY_LABELS, VERDICT_LABELS, label, leans_text
from ..core.model import Evaluation
from ..core.projection import group_words, scaled_up_note, unknown_reason
from ..core.redflags import money
from .common import EXIT_OK, load_or_raise, months_text, print_json, simulated

WIDTH = 100


def configure(parser) -> None:
    parser.add_argument("file", help="the evaluation file (.oppeval)")
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON")
    parser.add_argument("--lang", choices=("nl", "en"), default="en",
                        help="language of the texts (default: en)")


def run(args) -> int:
    evaluation = load_or_raise(args.file, args.lang)
    # analyze simulates (SPEC 9.3)
    analysis = simulated(evaluation, args.file, args.lang, lambda: analyze(evaluation, args.lang))
    try:
        if args.json:
            print_json(analysis.to_json())
        else:
            print(render_text(evaluation, analysis))
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: not an error, and no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def cohort_middle(percentiles: dict[str, float], money_text, lang: str) -> str:
    """Where the cohort ends, said truly from its percentiles: "half end at $X or less" (the
    median), or, when the 10th and 90th percentiles are the same amount, "at least 8 in 10 end at
    exactly $X" (then at least 80 % of them end at that amount: never "half end below" it)."""
    median = float(percentiles.get("50", 0.0))
    low, high = percentiles.get("10"), percentiles.get("90")
    if low is not None and high is not None and abs(float(high) - float(low)) < 0.005:
        return tr(lang, f"at least 8 in 10 end at exactly {money_text(median)}",
                  f"eindigen er minstens 8 op de 10 op precies {money_text(median)}")
    return tr(lang, f"half end at {money_text(median)} or less",
              f"eindigt de helft op {money_text(median)} of minder")


def _wrap(text: str, indent: str = "") -> str:
    return textwrap.fill(text, WIDTH, initial_indent=indent, subsequent_indent=indent)


def render_text(evaluation: Evaluation, analysis: Analysis) -> str:
    lang = analysis.lang
    cur = evaluation.offer.currency
    p, typ, needs = analysis.projection, analysis.typical, analysis.break_even

    def t(en: str, nl: str) -> str:
        return tr(lang, en, nl)

    def m(x: float) -> str:
        return money(x, cur, lang)

    out: list[str] = []
    title = evaluation.offer.name + (f" ({evaluation.offer.company})" if evaluation.offer.company else "")
    out += [title, "=" * min(len(title), WIDTH), ""]
    out.append(t("Verdict: ", "Oordeel: ") + label(VERDICT_LABELS, analysis.verdict.level, lang).upper())
    out += [_wrap(analysis.verdict.summary), ""]

    out.append(t("Key numbers", "Kerncijfers"))
    h = len(p.months)
    revenue = sum(p.total_revenue.values())
    costs = sum(p.total_costs.values())
    rows = [
        (t(f"Income over {months_text(h, 'en')}", f"Inkomsten over {months_text(h, 'nl')}"), m(revenue)),
        (t(f"Costs over {months_text(h, 'en')}", f"Kosten over {months_text(h, 'nl')}"), m(costs)),
        (t("Net result", "Nettoresultaat"), m(p.total_net)),
        (t("Break-even month", "Quitte in maand"),
         str(p.break_even_month) if p.break_even_month is not None else t("never", "nooit")),
    ]
    if p.hourly is not None:
        rows.append((t("Per hour", "Per uur"), money(p.hourly, cur, lang)))
    if analysis.income_outside_percent is not None:
        # SPEC 9.3: with the simulation in, this share is the whole network's, not your projection's
        # (audit 8: shown unlabelled among your own figures it read as yours: 22 % against your 43 %)
        rows.append((t("From outside customers (whole network, simulated)", "Uit klanten van buiten (hele netwerk, gesimuleerd)")
                     if analysis.income_basis == "simulation" else
                     t("From outside customers (your projection)", "Uit klanten van buiten (je projectie)"),
                     fmt_percent(analysis.income_outside_percent, lang)))
        if analysis.income_basis == "simulation":  # and your own projection's share beside it
            from ..core.income import split_projection

            own = split_projection(evaluation, p).outside_percent
            if own is not None:
                rows.append((t("From outside customers (your projection)", "Uit klanten van buiten (je projectie)"),
                             fmt_percent(own, lang)))
    if typ is not None:
        disclosure = evaluation.offer.disclosure
        d_cur = (disclosure.currency if disclosure is not None else None) or cur
        nothing = fmt_percent(typ.share_nothing_percent, lang, 1)
        if typ.share_nothing_is_lower_bound:
            nothing = t(f"at least {nothing}", f"minstens {nothing}")
        if typ.median_annual_gross is not None:
            tier = typ.median_tier
            gross_label = (t("Typical participant, gross a year (before expenses)", "Gewone deelnemer, bruto per jaar (vóór kosten)")
                           if tier is None or tier.figure_is_median or tier.implied else
                           t("Typical participant, gross a year (before expenses; the average of the tier that holds the median participant)",
                             "Gewone deelnemer, bruto per jaar (vóór kosten; het gemiddelde van de groep met de middelste deelnemer)"))
            rows += [
                (gross_label, money(typ.median_annual_gross, d_cur, lang)),
                (t("Typical participant, costs in year 1", "Gewone deelnemer, kosten in jaar 1"), m(typ.annual_costs)),
                (t("Typical participant, net in year 1", "Gewone deelnemer, netto in jaar 1"), m(typ.median_annual_net or 0.0)),
                (t("Typical participant, costs in a later year", "Gewone deelnemer, kosten in een later jaar"), m(typ.later_annual_costs)),
                (t("Typical participant, net in a later year", "Gewone deelnemer, netto in een later jaar"), m(typ.later_annual_net or 0.0)),
            ]
            if tier is not None and not tier.implied and (tier.low is not None or tier.high is not None):
                low = money(tier.low, d_cur, lang) if tier.low is not None else "?"
                high = money(tier.high, d_cur, lang) if tier.high is not None else "?"
                rows.append((t(f"Range of that tier ({tier.name})", f"Bandbreedte van die groep ({tier.name})"),
                             f"{low} - {high}"))
        else:
            rows.append((t("Typical participant", "Gewone deelnemer"), t("unknown", "onbekend")))
            if typ.covered_group_annual_gross is not None:
                rows.append((t(f"Middle participant {group_words(typ.basis, lang)}, gross a year",
                               f"Middelste deelnemer {group_words(typ.basis, lang)}, bruto per jaar"),
                             money(typ.covered_group_annual_gross, d_cur, lang)))
        rows.append((t("Paid nothing", "Kreeg niets"), nothing))
    else:
        rows.append((t("Typical participant", "Gewone deelnemer"),
                     t("unknown (no income disclosure)", "onbekend (geen inkomensverklaring)")))
    width = max(len(label) for label, _ in rows)
    out += [f"  {label.ljust(width)}  {value}" for label, value in rows]
    if typ is not None:
        for note in (unknown_reason(typ, lang), scaled_up_note(typ.period, lang)):
            if note:
                out.append(_wrap(note, "  "))
    out.append("")

    sim = analysis.simulation
    if sim is not None:
        s = analysis.simulation_summary
        assert s is not None
        size = cohort_people(s.cohort_size, lang)
        people = f" ({size})" if size else ""
        out.append(t("Population simulation (part of the verdict)", "Simulatie van het hele netwerk (telt mee in het oordeel)"))
        out.append(_wrap(t(
            f"{fmt_number(s.participants_ever, lang)} people took part over {months_text(s.months, 'en')} (the file's own settings; seed {s.settings.get('seed', '?')}). "
            f"Of those who join when you do{people}, {cohort_middle(s.cohort_net_percentiles, m, 'en')} and "
            f"{fmt_percent(s.cohort_share_profitable_percent, lang, 1)} end with a profit; of everyone, {fmt_percent(s.everyone_share_profitable_percent, lang, 1)}. "
            f"The top 1% receive {fmt_percent(s.top1_share_percent, lang)} of all earnings.",
            f"{fmt_number(s.participants_ever, lang)} mensen deden mee in {months_text(s.months, 'nl')} (met de instellingen uit het bestand; startwaarde voor het toeval {s.settings.get('seed', '?')}). "
            f"Van wie tegelijk met jou begint{people} {cohort_middle(s.cohort_net_percentiles, m, 'nl')} en "
            f"eindigt {fmt_percent(s.cohort_share_profitable_percent, lang, 1)} met winst; van iedereen {fmt_percent(s.everyone_share_profitable_percent, lang, 1)}. "
            f"De bovenste 1% krijgt {fmt_percent(s.top1_share_percent, lang)} van alle verdiensten."), "  "))
        out.append("")

    out.append(t(f"Red flags ({len(analysis.red_flags)})", f"Waarschuwingssignalen ({len(analysis.red_flags)})"))
    if not analysis.red_flags:
        out.append("  " + t("none", "geen"))
    for flag in analysis.red_flags:
        out.append(f"  [{label(SEVERITY_LABELS, flag.severity, lang).lower()}] {flag.title}")
        out.append(_wrap(flag.detail, "      "))
        out.append(_wrap(t("Source: ", "Bron: ") + flag.source, "      "))
    out.append("")

    out.append(t("Pyramid scheme or network marketing?", "Piramidespel of netwerkmarketing?"))
    for aspect in analysis.comparison:
        out.append(f"  {aspect.label}: {leans_text(aspect.leans, lang)}")
        out.append(_wrap(aspect.this_offer, "      "))
    out.append("")

    out.append(t("What breaking even takes", "Wat quitte spelen vraagt"))
    out += [_wrap(needs.explanation, "  "), ""]

    out += decisions_text(evaluation, analysis)

    if analysis.questions:
        out.append(t("Questions to ask the recruiter", "Vragen om aan de werver te stellen"))
        out += [textwrap.fill(q, WIDTH, initial_indent="  - ", subsequent_indent="    ")
                for q in analysis.questions]
        out.append("")
    out.append(_wrap(analysis.disclaimer))
    return "\n".join(out)


def decisions_text(evaluation: Evaluation, analysis: Analysis) -> list[str]:
    """SPEC 12's sections (and the Dutch tax block) of the text form, each a heading and lines."""
    from ..core import decisions, nl_tax

    lang, cur, aids = analysis.lang, evaluation.offer.currency, analysis.decisions
    sections = [
        (tr(lang, "If you stop", "Als je stopt"), decisions.exit_sentences(aids.exit, cur, lang)),
        (tr(lang, "What your upline earns from you", "Wat je upline aan jou verdient"),
         decisions.upline_sentences(aids.upline, cur, lang)),
        (tr(lang, "What the claimed income takes", "Wat het beloofde inkomen vraagt"),
         decisions.claim_sentences(aids.claim_check, cur, lang)),
        (tr(lang, "Which assumption matters most", "Welke aanname het zwaarst weegt"),
         decisions.sensitivity_sentences(aids.sensitivity, cur, lang)),
    ]
    if aids.nl_tax is not None:
        sections.append((tr(lang, "Tax and registration in the Netherlands (information, not advice)",
                            "Belasting en inschrijving in Nederland (informatie, geen advies)"),
                         nl_tax.tax_sentences(aids.nl_tax, cur)))
    out: list[str] = []
    for heading, lines in sections:
        if lines:
            out.append(heading)
            out += [_wrap(line, "  ") for line in lines]
            out.append("")
    return out


__all__ = ["configure", "run", "render_text"]
