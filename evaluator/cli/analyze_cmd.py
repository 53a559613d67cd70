"""``analyze FILE [--json] [--lang nl|en]``: projection, typical participant, red flags, verdict.

With ``--json`` prints ``Analysis.to_json()`` (SPEC section 7); without, a readable summary.
An invalid file exits 2 with the field errors on stderr and no traceback. The analysis runs the
population simulation (SPEC 9.3), so a document whose simulation would not fit in memory is
refused first, the way ``simulate`` refuses it (exit 2 naming the setting).
"""

from __future__ import annotations

import logging
import os
import sys
import textwrap

from ..core.analysis import Analysis, analyze
from ..core.i18n import fmt_percent, tr
from ..core.labels import SEVERITY_LABELS, VERDICT_LABELS, label, leans_text
from ..core.model import Evaluation
from ..core.redflags import money
from ..core.safefile import shown
from ..core.simguard import SimulationTooLarge, check_memory, memory_error
from .common import EXIT_OK, CommandError, load_or_raise, print_json

logger = logging.getLogger(__name__)

WIDTH = 100


def configure(parser) -> None:
    parser.add_argument("file", help="the evaluation file (.oppeval)")
    parser.add_argument("--json", action="store_true", help="print the analysis as JSON")
    parser.add_argument("--lang", choices=("nl", "en"), default="en",
                        help="language of the texts (default: en)")


def run(args) -> int:
    evaluation = load_or_raise(args.file, args.lang)
    try:
        check_memory(evaluation)
    except SimulationTooLarge as exc:
        raise CommandError(f"{shown(args.file)}: {exc.render(args.lang)}") from None
    try:
        analysis = analyze(evaluation, args.lang)
    except MemoryError:
        logger.exception("analyze: out of memory after the estimate let %r through", args.file)
        raise CommandError(f"{shown(args.file)}: {memory_error(args.lang)}") from None
    try:
        if args.json:
            print_json(analysis.to_json())
        else:
            print(render_text(evaluation, analysis))
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: not an error, and no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


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
        (t(f"Income over {h} months", f"Inkomsten over {h} maanden"), m(revenue)),
        (t(f"Costs over {h} months", f"Kosten over {h} maanden"), m(costs)),
        (t("Net result", "Nettoresultaat"), m(p.total_net)),
        (t("Break-even month", "Quitte in maand"),
         str(p.break_even_month) if p.break_even_month is not None else t("never", "nooit")),
    ]
    if p.hourly is not None:
        rows.append((t("Per hour", "Per uur"), money(p.hourly, cur, lang)))
    if analysis.income_outside_percent is not None:
        rows.append((t("From outside customers", "Uit klanten van buiten"),
                     fmt_percent(analysis.income_outside_percent, lang)))
    if typ is not None:
        disclosure = evaluation.offer.disclosure
        d_cur = (disclosure.currency if disclosure is not None else None) or cur
        rows += [
            (t("Typical participant, gross a year (before expenses)", "Gewone deelnemer, bruto per jaar (vóór kosten)"),
             money(typ.median_annual_gross, d_cur, lang)),
            (t("Typical participant, costs in year 1", "Gewone deelnemer, kosten in jaar 1"), m(typ.annual_costs)),
            (t("Typical participant, net in year 1", "Gewone deelnemer, netto in jaar 1"), m(typ.median_annual_net)),
            (t("Paid nothing", "Kreeg niets"), fmt_percent(typ.share_nothing_percent, lang, 1)),
        ]
    else:
        rows.append((t("Typical participant", "Gewone deelnemer"),
                     t("unknown (no income disclosure)", "onbekend (geen inkomensverklaring)")))
    width = max(len(label) for label, _ in rows)
    out += [f"  {label.ljust(width)}  {value}" for label, value in rows]
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
