"""``payout FILE --tree TREE.csv [--json] [--lang nl|en]``: one period's pay on an explicit network.

SPEC section 10: every member of the network in TREE.csv is paid under the offer's plan by the
exact rules of :mod:`evaluator.core.payout.engine`. With ``--json`` prints SPEC 10's object
(``members``, ``totals``, ``paid_total``, ``volume_total``, ``breakage``); without, a summary.
Any problem with either file exits 2 naming the field or the row and column; nothing is written.

The evaluation file is read by ``fileformat.load`` (every safe step and the whole validation;
a version-1 file is upgraded, SPEC 8.4).
"""

from __future__ import annotations

import os
import sys
import textwrap
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..core import fileformat
from ..core.fileformat import EvaluationFileError
from ..core.i18n import fmt_money, fmt_number, fmt_percent, tr
from .common import EXIT_OK, CommandError

if TYPE_CHECKING:  # pragma: no cover
    from ..core.plans.components import PayoutPlan

TOP_EARNERS = 10
WIDTH = 100


def configure(parser) -> None:
    parser.add_argument("file", help="the evaluation file (.oppeval) with the payout plan")
    parser.add_argument("--tree", required=True, metavar="TREE.csv",
                        help="the network: id, sponsor, volume, customer_volume, active, ... (SPEC 10)")
    parser.add_argument("--json", action="store_true", help="print every member's pay as JSON")
    parser.add_argument("--lang", choices=("nl", "en"), default="en",
                        help="language of the summary and the messages (default: en)")


@dataclass
class LoadedPlan:
    plan: PayoutPlan
    name: str
    currency: str


def load_plan(path: str) -> LoadedPlan:
    """The evaluation file's payout plan (``fileformat.load``: a version-1 file is upgraded)."""
    evaluation = fileformat.load(path)
    return LoadedPlan(evaluation.offer.payout, evaluation.offer.name, evaluation.offer.currency)


def _problems_text(header: str, lines: list[str]) -> str:
    return header + "\n" + "\n".join(f"  {line}" for line in lines)


def run(args) -> int:
    lang = args.lang
    try:
        loaded = load_plan(args.file)
    except EvaluationFileError as exc:
        shown = exc.problems[: 50]
        lines = [p.render(lang) for p in shown]
        if len(exc.problems) > len(shown):
            lines.append(tr(lang, f"… and {len(exc.problems) - len(shown)} more",
                            f"… en nog {len(exc.problems) - len(shown)}"))
        raise CommandError(_problems_text(
            tr(lang, f"{args.file}: invalid evaluation file", f"{args.file}: ongeldig evaluatiebestand"),
            lines)) from None
    from ..core.payout.dump import json_chunks
    from ..core.payout.engine import compute
    from ..core.payout.treecsv import TreeFileError, read_tree

    try:
        net = read_tree(args.tree, loaded.plan)
    except TreeFileError as exc:
        raise CommandError(_problems_text(
            tr(lang, f"{args.tree}: invalid network file", f"{args.tree}: ongeldig netwerkbestand"),
            exc.lines(lang))) from None
    result = compute(loaded.plan, net)
    try:
        if args.json:
            write_text(json_chunks(result, net.ids))
        else:
            print(render_text(loaded, net, result, lang))
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. piped into `head`: not an error, and no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_OK


def write_text(chunks: Iterable[str]) -> None:
    """Write the pieces of text to stdout as they come, exactly as ``sys.stdout.write`` would.

    A command's stdout passes every text through :func:`~.common.terminal_safe` (a regular
    expression over all of it) and encodes it. A piece of pure ASCII without DEL is left
    unchanged by both (JSON text holds no other control character but the line breaks), so it
    goes straight to the byte stream, encoded once, when stdout has one that does not translate
    line ends; anything else is written as text, as before."""
    out = sys.stdout
    raw = _byte_stream(out)
    for chunk in chunks:
        if raw is not None and chunk.isascii() and "\x7f" not in chunk:
            raw.write(chunk.encode("ascii"))
        else:
            out.write(chunk)
            out.flush()


def _byte_stream(out):
    """The text stream's binary buffer (flushed), when ASCII text written to it as bytes is the
    same as written as text: no line-end translation, an ASCII-compatible encoding."""
    raw = getattr(out, "buffer", None)
    if raw is None or os.linesep != "\n" or not hasattr(raw, "write"):
        return None
    try:
        if "{}\n".encode(out.encoding) != b"{}\n":
            return None
    except (LookupError, TypeError):
        return None
    out.flush()
    return raw


def render_text(loaded: LoadedPlan, net, result, lang: str = "en") -> str:
    """A readable summary: totals by component, breakage, who earns what."""
    import numpy as np

    from ..core.plans.components import COMPONENT_NAMES

    t = lambda en, nl: tr(lang, en, nl)  # noqa: E731
    money = lambda v: fmt_money(v, loaded.currency, lang, 2)  # noqa: E731
    num = lambda v, d=0: fmt_number(v, lang, d)  # noqa: E731
    totals = result.totals
    total = result.total
    n = net.n
    lines = [t(f"Payout on an explicit network: {loaded.name}", f"Uitbetaling op een gegeven netwerk: {loaded.name}"), ""]
    rows = [
        (t("Members", "Leden"), f"{num(n)} ({num(int(net.active.sum()))} {t('active', 'actief')})"),
        (t("Volume", "Volume"), num(result.volume_total, 2)),
        (t("Paid in all", "Totaal uitbetaald"), money(result.paid_total)),
    ]
    if result.volume_total > 0:
        rows.append((t("Paid as a share of volume", "Uitbetaald als deel van het volume"),
                     fmt_percent(100 * result.paid_total / result.volume_total, lang, 1)))
    if n:
        rows.append((t("Members paid nothing", "Leden die niets krijgen"),
                     fmt_percent(100 * float((total <= 0).sum()) / n, lang, 1)))
        rows.append((t("Median pay of a member", "Mediane uitbetaling per lid"), money(float(np.median(total)))))
    lines += _table(rows)
    lines += ["", t("By component: paid, and breakage (not paid)", "Per onderdeel: uitbetaald, en breakage (niet uitbetaald)")]
    comp_rows = []
    for name, amount in totals.items():
        en, nl = COMPONENT_NAMES[name]
        comp_rows.append((t(en, nl), f"{money(amount)}; {t('breakage', 'niet uitbetaald')} {money(result.breakage.get(name, 0.0))}"))
    if not comp_rows:
        comp_rows.append((t("none", "geen"), t("the plan pays nothing on a network", "het plan betaalt niets over een netwerk")))
    lines += _table(comp_rows)
    lines.append(textwrap.fill(t(
        "Breakage is what the plan's rates would pay but nobody receives: inactive or unqualified "
        "uplines, empty levels above the top.",
        "Breakage is wat de percentages van het plan zouden uitbetalen maar niemand krijgt: "
        "inactieve of niet-gekwalificeerde uplines, lege niveaus boven de top."),
        WIDTH, initial_indent="  ", subsequent_indent="  "))
    if n and result.paid_total > 0:
        top = _top(total, TOP_EARNERS)
        names = [r.name for r in loaded.plan.ranks]
        lines += ["", t(f"Top earners (of {num(n)})", f"Grootste verdieners (van {num(n)})")]
        top_rows = []
        for i in top.tolist():
            if total[i] <= 0:
                break
            r = int(result.reported_rank[i])
            rank = names[r] if r >= 0 else t("no rank", "geen rang")
            top_rows.append((f"{net.ids[i]} ({rank})", money(float(total[i]))))
        lines += _table(top_rows)
        share = float(total[top].sum()) / result.paid_total * 100
        pct = fmt_percent(share, lang, 1)
        if len(top_rows) == 1:
            lines.append("  " + t(f"This one member receives {pct} of all pay.",
                                  f"Dit ene lid krijgt {pct} van alle uitbetalingen."))
        else:
            lines.append("  " + t(f"These {len(top_rows)} receive {pct} of all pay.",
                                  f"Deze {len(top_rows)} krijgen {pct} van alle uitbetalingen."))
    return "\n".join(lines)


def _top(total, k: int):
    """The indices of the k largest, largest first, ties in member order: exactly
    ``np.argsort(-total, kind="stable")[:k]``, without sorting a million members."""
    import numpy as np

    if len(total) <= k:
        return np.argsort(-total, kind="stable")
    threshold = np.partition(total, len(total) - k)[len(total) - k]  # the k-th largest
    candidates = np.flatnonzero(total >= threshold)  # in member order; at least k of them
    return candidates[np.argsort(-total[candidates], kind="stable")][:k]


def _table(rows: list[tuple[str, str]]) -> list[str]:
    if not rows:
        return []
    width = max(len(label) for label, _ in rows)
    return [f"  {label.ljust(width)}  {value}" for label, value in rows]


__all__ = ["configure", "run", "load_plan", "render_text"]
