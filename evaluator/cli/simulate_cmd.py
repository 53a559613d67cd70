"""``simulate FILE [--json] [--participants N] [--months M] [--seed S] [--lang nl|en]
[--export-tree OUT.csv [--month M]]``.

The population simulation of SPEC section 5. With ``--json`` prints ``SimulationResult.to_json()``
(SPEC section 7); without, a readable summary. ``--participants`` overrides the market size.
Bad settings or overrides exit 2 naming the field, with nothing on stdout (an override beyond
the limits of the file's field it replaces names the option: ``--participants`` at most
1,000,000,000,000 as ``market_size``, ``--months`` 1-120, ``--seed`` up to 2^63 - 1); so does a run that
would not fit in memory (estimated before anything is allocated, ``core.simguard``), naming
``simulation.existing_participants`` or ``simulation.market_size``.

``--export-tree OUT.csv`` also writes month M's simulated network (``--month``, default the
last) in SPEC 10's TREE.csv format with a ``paid`` column (SPEC 11): ``payout FILE --tree
OUT.csv`` pays every member the same. The output path is checked before the run (a symlink, a
FIFO, a device or a folder is refused) and written atomically after it; any failure exits 2
with nothing on stdout.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from ..core.i18n import fmt_money, fmt_number, fmt_percent, tr
from ..core.model import Evaluation
from ..core.model_base import MAX_AMOUNT
from .common import (EXIT_OK, CommandError, load_or_raise, months_text, print_json, refuse_same_file,
                     simulated)

if TYPE_CHECKING:  # pragma: no cover - numpy is imported when the command runs, not at start-up
    from ..core.simulation import SimulationResult


def configure(parser) -> None:
    parser.add_argument("file", help="the evaluation file (.oppeval)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--participants", type=int, metavar="N",
                        help="market size: how many people could ever join (overrides simulation.market_size)")
    parser.add_argument("--months", type=int, metavar="M",
                        help="months to simulate, 1-120 (overrides simulation.months)")
    parser.add_argument("--seed", type=int, metavar="S", help="random seed (overrides simulation.seed)")
    parser.add_argument("--lang", choices=("nl", "en"), default="en",
                        help="language of the summary (default: en)")
    parser.add_argument("--export-tree", metavar="OUT.csv",
                        help="also write a simulated month's network as TREE.csv (with a paid column)")
    parser.add_argument("--month", type=int, metavar="M",
                        help="the month --export-tree writes, 1 to the months simulated (default: the last)")


# The options obey the limits of the file's fields they override (core.model's
# SimulationSettings): a value beyond them is refused naming the option, before anything runs.
MAX_MONTHS = 120
MAX_SEED = 2**63 - 1


def _check_option(option: str, value: int | None, lo: int, hi: int, lang: str,
                  field_en: str, field_nl: str) -> None:
    if value is None or lo <= value <= hi:
        return
    # exact whole numbers (fmt_number goes through a float: 2^63 - 1 would end in ...776,000)
    en_lo, en_hi = f"{lo:,}", f"{hi:,}"
    nl_lo, nl_hi = en_lo.replace(",", "."), en_hi.replace(",", ".")
    raise CommandError(tr(lang, f"{option}: must be a whole number between {en_lo} and {en_hi} "
                                f"({field_en})",
                          f"{option}: moet een geheel getal tussen {nl_lo} en {nl_hi} zijn "
                          f"({field_nl})"))


def check_options(args) -> None:
    """Refuse (:class:`CommandError`, naming the option) a ``--participants``, ``--months`` or
    ``--seed`` outside the limits of the document field it stands for (``--month`` is checked
    against the months simulated, ``core.simulation``)."""
    lang = args.lang
    _check_option("--participants", args.participants, 1, int(MAX_AMOUNT), lang,
                  "the limits of simulation.market_size", "de grenzen van simulation.market_size")
    _check_option("--months", args.months, 1, MAX_MONTHS, lang,
                  "the limits of simulation.months", "de grenzen van simulation.months")
    _check_option("--seed", args.seed, 0, MAX_SEED, lang,
                  "the limits of simulation.seed", "de grenzen van simulation.seed")


def run(args) -> int:
    check_options(args)
    evaluation = load_or_raise(args.file, args.lang)
    export_path = getattr(args, "export_tree", None)
    month = getattr(args, "month", None)
    if month is not None and export_path is None:
        raise CommandError(tr(args.lang, "--month: only with --export-tree",
                              "--month: alleen samen met --export-tree"))
    if export_path is not None:
        from ..core.safefile import SafeFileError, check_output_path

        try:
            check_output_path(export_path)
        except SafeFileError as exc:
            raise CommandError(f"--export-tree: {exc.render(args.lang)}") from None
        refuse_same_file(export_path, args.file, args.lang, "--export-tree")
    from ..core.simulation import simulate, simulate_with_tree  # numpy only now

    if export_path is None:
        result = simulated(evaluation, args.file, args.lang,
                           lambda: simulate(evaluation, participants=args.participants,
                                            months=args.months, seed=args.seed),
                           args.participants, args.months)
    else:
        result, tree = simulated(evaluation, args.file, args.lang,
                                 lambda: simulate_with_tree(evaluation, month=month,
                                                            participants=args.participants,
                                                            months=args.months, seed=args.seed),
                                 args.participants, args.months)
    if export_path is not None:
        from ..core.safefile import SafeFileError, write_atomic

        try:
            write_atomic(export_path, tree.text().encode("utf-8"))
        except SafeFileError as exc:
            raise CommandError(f"--export-tree: {exc.render(args.lang)}") from None
    try:
        if args.json:
            print_json(result.to_json())
        else:
            print(render_text(evaluation, result, args.lang))
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: not an error, and no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def render_text(evaluation: Evaluation, result: SimulationResult, lang: str = "en") -> str:
    """A readable summary of a simulation result in English or Dutch."""
    t = lambda en, nl: tr(lang, en, nl)  # noqa: E731
    cur = evaluation.offer.currency
    money = lambda v: fmt_money(v, cur, lang)  # noqa: E731
    num = lambda v: fmt_number(v, lang)  # noqa: E731
    pct = lambda v, d=1: fmt_percent(v, lang, d)  # noqa: E731
    s = result.settings
    lines = [
        t(f"Population simulation: {evaluation.offer.name}",
          f"Simulatie van het hele netwerk: {evaluation.offer.name}"),
        t(f"Settings: {num(s['existing_participants'])} participants at the start, market of "
          f"{num(s['market_size'])} people, {months_text(s['months'], 'en')}, {fmt_number(s['recruit_rate'], lang, 3)} "
          f"recruits per participant per month, {pct(s['churn_percent'])} quit each month, "
          f"{'preferential' if s['attachment'] == 'preferential' else 'uniform'} sponsors, seed {s['seed']}.",
          f"Instellingen: {num(s['existing_participants'])} deelnemers bij de start, markt van "
          f"{num(s['market_size'])} mensen, {months_text(s['months'], 'nl')}, {fmt_number(s['recruit_rate'], lang, 3)} "
          f"rekruten per deelnemer per maand, {pct(s['churn_percent'])} stopt elke maand, "
          f"{'voorkeur voor grote' if s['attachment'] == 'preferential' else 'willekeurige'} sponsors, "
          f"startwaarde voor het toeval {s['seed']}."),
        "",
        t(f"Participants ever: {num(result.participants_ever)}; most active at once: "
          f"{num(result.participants_peak)}; active at the end: {num(result.participants_final)}.",
          f"Deelnemers ooit: {num(result.participants_ever)}; meeste tegelijk actief: "
          f"{num(result.participants_peak)}; actief aan het eind: {num(result.participants_final)}."),
        "",
        t(f"Net result after {months_text(result.months, 'en')} (earnings minus costs), by percentile:",
          f"Nettoresultaat na {months_text(result.months, 'nl')} (verdiensten min kosten), per percentiel:"),
    ]
    labels = [t("10%", "10%"), t("25%", "25%"), t("median", "mediaan"), t("75%", "75%"),
              t("90%", "90%"), t("99%", "99%")]
    rows = [(t("Joined in month 1", "Begonnen in maand 1") + f" ({num(result.cohort_size)})",
             result.cohort_net_percentiles, result.cohort_share_profitable_percent),
            (t("Everyone", "Iedereen") + f" ({num(result.participants_ever)})",
             result.everyone_net_percentiles, result.everyone_share_profitable_percent)]
    first = max(len(r[0]) for r in rows)
    cells = [[money(r[1][k]) for k in ("10", "25", "50", "75", "90", "99")] for r in rows]
    width = max(len(x) for x in labels + [c for row in cells for c in row]) + 2
    profit = t("with a profit", "met winst")
    lines.append("  " + " " * first + "".join(x.rjust(width) for x in labels) + "  " + profit)
    for (name, _, share), row in zip(rows, cells):
        lines.append("  " + name.ljust(first) + "".join(c.rjust(width) for c in row) + "  " +
                     pct(share).rjust(len(profit)))
    lines.append("")
    lines.append(t(
        f"The top 1% receive {pct(result.top1_share_percent)} of all earnings, the top 10% "
        f"{pct(result.top10_share_percent)}.",
        f"De bovenste 1% krijgt {pct(result.top1_share_percent)} van alle verdiensten, de bovenste 10% "
        f"{pct(result.top10_share_percent)}."))
    lines.append(t(
        f"Participants' own purchases: {pct(result.internal_consumption_percent)} of all volume.",
        f"Eigen aankopen van deelnemers: {pct(result.internal_consumption_percent)} van al het volume."))
    if result.payout_ratio is not None:
        lines.append(t(
            f"The company paid participants {pct(100 * result.payout_ratio)} of what they paid it.",
            f"Het bedrijf betaalde deelnemers {pct(100 * result.payout_ratio)} uit van wat zij het betaalden."))
    e = result.earnings_by_source
    lines.append(t(
        f"All earnings: retail {money(e['retail'])}, downline {money(e['downline'])}, "
        f"recruiting {money(e['recruiting'])}, ranks {money(e['rank'])}.",
        f"Alle verdiensten: verkoop {money(e['retail'])}, netwerk {money(e['downline'])}, "
        f"werven {money(e['recruiting'])}, rangen {money(e['rank'])}."))
    if result.by_component:
        from ..core.plans.components import COMPONENT_NAMES

        parts = [f"{tr(lang, *COMPONENT_NAMES[k])} {money(v)}" for k, v in result.by_component.items()]
        lost = sum(result.breakage.values())
        lines.append(t(f"Paid by component: {', '.join(parts)}; breakage (what the plan's rates "
                       f"promise but nobody receives) {money(lost)}.",
                       f"Uitbetaald per onderdeel: {', '.join(parts)}; breakage (wat de percentages "
                       f"van het plan beloven maar niemand krijgt) {money(lost)}."))
    dist = result.recruits_distribution
    shown = [f"{k}: {pct(100 * v)}" for k, v in list(dist.items())[:5]]
    rest = sum(v for k, v in dist.items() if int(k) >= 5)
    if rest > 0:
        shown.append(f"5+: {pct(100 * rest)}")
    lines.append(t("Direct recruits (share of everyone): ", "Directe rekruten (deel van iedereen): ")
                 + ", ".join(shown) + ".")
    lines.append("")
    lines.append(t(
        "Costs counted: joining costs, fees, required purchases and mandatory training; other "
        "expenses are not, so real results are worse.",
        "Meegeteld: startkosten, vaste kosten, verplichte aankopen en verplichte training; overige "
        "kosten niet, dus echte resultaten zijn slechter."))
    lines.append(t(f"Simulated in {fmt_number(result.elapsed_s, lang, 2)} s.",
                   f"Gesimuleerd in {fmt_number(result.elapsed_s, lang, 2)} s."))
    return "\n".join(lines)
