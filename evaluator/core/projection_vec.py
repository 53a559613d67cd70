"""The break-even search's recruits path over numpy arrays (issue 11): ``total_net_of``'s
``lambda x: total(fixed customers, downline for x)`` with every month at once.

Only for plans whose components are all of the kinds below (unilevel, fast start, a matching bonus
on one unilevel, rank bonus) as they are (no subclass); ``vector_total`` returns None for any
other plan and the caller keeps the per-month path. The numbers are bit for bit those of the
per-month path: each element goes through the same floating-point operations in the same order
(elementwise ``+ - * /`` in numpy are the IEEE operations Python does), every sum is
accumulated from 0.0 in the order the Python ``sum`` adds, ``max(0.0, v)`` is
``where(v > 0.0, v, 0.0)`` (equal for every v, NaN included), and a term the per-month path
leaves out is added as +0.0, which changes no sum that starts at +0.0.
tests/core/test_core_fig_vector.py holds it to ``project`` and the per-month path.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from .plans.registry import Plan
    from .terms import MemberVolumes

# (levels H x tracked, rank index, whole downline T, personal recruits; per month) -> income
_Vector = Callable[[Any, Any, Any, Any], Any]


def _row_sums(np: Any, matrix: Any) -> Any:
    """0.0 + m[:, 0] + m[:, 1] + ... per row, column after column (Python's ``sum`` of each
    month's terms, in their order): ``cumsum`` along a row adds one element after the other (an
    accumulation, never pairwise), after 0.0 + the first (x + 0.0 is 0.0 + x). Changes
    ``matrix``, which must be the caller's own array."""
    horizon, n = matrix.shape
    if n == 0:
        return np.zeros(horizon)
    matrix[:, 0] += 0.0
    return np.cumsum(matrix, axis=1)[:, -1]


def _unilevel(np: Any, kind: Any, tracked: int, basis: float, rank_names: list[str]) -> _Vector | None:
    from .plans.unilevel import Unilevel

    if type(kind) is not Unilevel:
        return None
    rates = np.array(list(kind.rates)[:tracked], dtype=float)
    n = len(rates)
    columns = np.arange(n)
    by_rank = dict(kind.c.depth_by_rank)
    depth = None
    if by_rank:  # per rank index (the last entry: no rank)
        depth = np.array([by_rank.get(name, 0) for name in rank_names] + [0])  # as at_rank

    def vector(levels: Any, rank: Any, members: Any, recruits: Any) -> Any:
        terms = rates * levels[:, :n] * basis  # rate * level * basis, each month and level
        if depth is not None:
            terms = np.where(columns < depth[rank][:, None], terms, 0.0)
        return _row_sums(np, terms)
    return vector


def _fast_start(np: Any, kind: Any, tracked: int, basis: float, retention: float) -> _Vector | None:
    from .plans.fast_start import FastStart

    if type(kind) is not FastStart:
        return None
    fractions = np.array([p / 100 for p in kind.c.percents][:tracked], dtype=float)
    n = len(fractions)
    months = kind.c.months
    keep = retention ** months

    def vector(levels: Any, rank: Any, members: Any, recruits: Any) -> Any:
        # a_l of month m - months where 1 <= m - months (the per-month path's ``before``); none
        # before: it subtracts keep * 0.0 = 0.0, as here.
        new = levels[:, :n] - keep * _before(np, levels, months)[:, :n]
        return _row_sums(np, fractions * np.where(new > 0.0, new, 0.0) * basis)
    return vector


def _before(np: Any, levels: Any, months: int) -> Any:
    """a_l(m - months) where 1 <= m - months, else 0.0 (``MonthState.joined_within``'s ``before``:
    none before subtracts keep * 0.0 = 0.0, as here)."""
    horizon = levels.shape[0]
    before = np.zeros_like(levels)
    if 1 <= months < horizon:
        before[months:] = levels[:horizon - months]
    return before


def _stairstep(np: Any, kind: Any, plan: "Plan", basis: float, rank_names: list[str],
               rv: Any, own: Any) -> _Vector | None:
    from .plans.stairstep import Stairstep

    if type(kind) is not Stairstep:
        return None
    by_rank = dict(kind.c.percent_by_rank)
    p0 = kind.percent(plan.lowest_rank) / 100
    # p and max(0.0, p - p0) per rank index (the last: no rank), as the projector computes them.
    ps = [by_rank.get(n, 0.0) / 100 for n in rank_names] + [0.0 / 100]
    p_of = np.array(ps)
    step_of = np.array([max(0.0, p - p0) for p in ps])
    mine = rv if kind.basis == "customer_volume" else own
    own_volume = kind.c.own_volume

    def vector(levels: Any, rank: Any, members: Any, recruits: Any) -> Any:
        p, step = p_of[rank], step_of[rank]
        if own_volume:
            return p * mine + step * members * basis
        first = levels[:, 0]
        rest = members - first
        return 0.0 + (p * first * basis + step * np.where(rest > 0.0, rest, 0.0) * basis)
    return vector


def _recruit_bonus(np: Any, kind: Any, tracked: int, retention: float) -> _Vector | None:
    from .plans.recruit_bonus import RecruitBonus

    if type(kind) is not RecruitBonus:
        return None
    per = kind.per_recruit()
    # The levels 1.. it pays (index 1 on: level 2 and deeper) that are tracked, in order.
    amounts = np.array([a for i, a in enumerate(kind.c.amounts[1:], start=1) if i < tracked],
                       dtype=float)
    n = len(amounts)
    any_deeper = any(kind.c.amounts[1:])
    keep = retention ** 1

    def vector(levels: Any, rank: Any, members: Any, recruits: Any) -> Any:
        value = per * recruits
        if not any_deeper:
            return value
        new = levels[:, 1:1 + n] - keep * _before(np, levels, 1)[:, 1:1 + n]
        # sum() of no terms is the int 0: value + 0 is value, as adding the 0.0 of no terms.
        return value + _row_sums(np, amounts * np.where(new > 0.0, new, 0.0))
    return vector


def _matching(np: Any, kind: Any, plan: "Plan", tracked: int, basis: float,
              rank_names: list[str]) -> _Vector | None:
    from .plans.matching import Matching
    from .plans.unilevel import Unilevel

    if type(kind) is not Matching:
        return None
    matched = kind.matched()
    if len(matched) != 1 or type(matched[0]) is not Unilevel:
        return None
    fn = matched[0].matched_on_levels(plan.lowest_rank)
    rates = getattr(fn, "rates", None)
    if rates is None:
        return None  # pragma: no cover  (no such unilevel today)
    min_rank = kind.c.min_rank
    index = {name: i for i, name in enumerate(rank_names)}
    needed = index.get(min_rank, len(rank_names)) if min_rank is not None else 0
    # Whether each rank index (the last: no rank) is paid the bonus.
    paid = np.array([min_rank is None or i >= needed for i in range(len(rank_names))]
                    + [min_rank is None])
    generations = [(k, percent / 100) for k, percent in enumerate(kind.c.percents, start=1)
                   if not percent <= 0]
    rates_row = np.array(rates, dtype=float)

    def vector(levels: Any, rank: Any, members: Any, recruits: Any) -> Any:
        horizon = levels.shape[0]
        total = np.zeros(horizon)
        for k, fraction in generations:
            if k > tracked:
                break
            count = levels[:, k - 1]
            present = ~(count <= 0)  # as ``if count <= 0: continue`` (NaN is not skipped)
            safe = np.where(present, count, 1.0)
            n = min(len(rates), tracked - k)
            terms = rates_row[:n] * (levels[:, k:k + n] / safe[:, None]) * basis
            value = fraction * count * (0.0 + _row_sums(np, terms))
            total = total + np.where(present, value, 0.0)
        return np.where(paid[rank], total, 0.0)
    return vector


def _rank_bonus(np: Any, kind: Any, rank_names: list[str]) -> _Vector | None:
    from .plans.rank_bonus import RankBonus

    if type(kind) is not RankBonus:
        return None
    by_rank = dict(kind.c.amount_by_rank)
    table = np.array([float(by_rank.get(n, 0.0)) for n in rank_names] + [0.0])
    return lambda levels, rank, members, recruits: table[rank]


def downline_levels(recruits: list[float], tracked: int, rho_d: float, d: float
                    ) -> tuple[list[float], list[float]]:
    """(a_l(m) for every month, row after row; T(m) per month) of ``projection.downline_step``
    month after month, in one loop: the same operations, and +0.0 computed (rho_d * 0.0 + d * 0.0)
    where the step leaves a level it cannot reach yet at 0.0."""
    flat: list[float] = []
    members: list[float] = []
    levels = [0.0] * tracked
    total = 0.0
    grow = rho_d + d
    for recruits_now in recruits:
        if d > 0:
            levels = [rho_d * levels[0] + recruits_now] + [
                rho_d * own + d * upper for own, upper in zip(levels[1:], levels)]
        else:
            levels = [rho_d * levels[0] + recruits_now] + levels[1:]
        total = grow * total + recruits_now
        flat.extend(levels)
        members.append(total)
    return flat, members


def downline_columns(recruits: list[float], tracked: int, rho_d: float, d: float
                     ) -> tuple[list[list[float]], list[float]]:
    """``downline_levels`` level after level: (a_l(m) for every month, one list per level l;
    T(m) per month). The same operations on the same values (a_1(m) = rho_d a_1(m-1) + recruits,
    a_{l+1}(m) = rho_d a_{l+1}(m-1) + d a_l(m-1) from 0.0, every level 0.0 without downline
    recruiting), so the same bits, in a third less time: one tight loop per level instead of a
    list built per month."""
    horizon = len(recruits)
    level: list[float] = []
    append = level.append
    value = 0.0
    for recruits_now in recruits:
        value = rho_d * value + recruits_now
        append(value)
    columns = [level]
    for _ in range(1, tracked):
        if d > 0:
            upper = columns[-1]
            level = []
            append = level.append
            value = 0.0
            before = 0.0  # the upper level's last month (0.0 before the first)
            for upper_now in upper:
                value = rho_d * value + d * before
                append(value)
                before = upper_now
        else:
            level = [0.0] * horizon
        columns.append(level)
    members: list[float] = []
    total = 0.0
    grow = rho_d + d
    for recruits_now in recruits:
        total = grow * total + recruits_now
        members.append(total)
    return columns, members


def vector_total(plan: "Plan", volumes: "MemberVolumes", tracked: int, retention: float,
                 customers: list[tuple[float, float, float, float]],
                 recruits: Callable[[float], list[float]], d: float
                 ) -> Callable[[float], float] | None:
    """``x -> total(customers, downline(recruits(x)))`` of ``projection.total_net_of`` over arrays, or
    None when a component is not one this module knows, or numpy is not loaded yet: the
    keystroke path never imports it (it costs more than it saves once; the app has it loaded by
    its first simulation)."""
    np = sys.modules.get("numpy")
    if np is None:
        return None

    from .projection import REVENUE_SOURCES

    ranks = list(plan.ranks)
    if len({r.name for r in ranks}) != len(ranks):
        return None  # a by-name table could not tell them apart
    names = [r.name for r in ranks]
    basis = volumes.commissionable
    horizon = len(customers)
    retail = np.array([c[0] for c in customers], dtype=float)
    rv = np.array([c[1] for c in customers], dtype=float)
    own = np.array([c[1] + c[2] for c in customers], dtype=float)  # rv + ov
    cost = np.array([c[3] for c in customers], dtype=float)
    vectors: list[tuple[_Vector, int, bool]] = []
    seen: set[str] = set()
    for kind in plan.kinds:
        vector = (_unilevel(np, kind, tracked, basis, names)
                  or _fast_start(np, kind, tracked, basis, retention)
                  or _matching(np, kind, plan, tracked, basis, names)
                  or _rank_bonus(np, kind, names)
                  or _stairstep(np, kind, plan, basis, names, rv, own)
                  or _recruit_bonus(np, kind, tracked, retention))
        if vector is None:
            return None
        vectors.append((vector, REVENUE_SOURCES.index(kind.source), kind.source not in seen))
        seen.add(kind.source)
    mv = volumes.member
    # Your own volume does not depend on the recruits: each rank's personal volume test is made
    # once; a rank it fails in every month never qualifies (the loop below would leave the rank
    # as it is), so it is left out.
    with np.errstate(all="ignore"):
        thresholds = [(i, ok, r.group_volume, r.legs) for i, r in enumerate(ranks)
                      for ok in [r.personal_volume <= own] if ok.any()]
    none = len(ranks)

    def total(x: float) -> float:
        # Absurd inputs overflow to inf and nan as Python floats do, silently, as in Python.
        with np.errstate(all="ignore"):
            return _total(x)

    def _total(x: float) -> float:
        personal = recruits(x)
        columns, by_month = downline_columns(personal, tracked, retention, d)
        personal_arr = np.array(personal, dtype=float)
        levels = np.ascontiguousarray(np.array(columns, dtype=float).T)  # months x levels
        members = np.array(by_month, dtype=float)
        group = own + members * mv
        legs = levels[:, 0]
        rank = np.full(horizon, none)
        for i, pv_ok, gv, lg in thresholds:  # the highest-listed that qualifies
            rank = np.where(pv_ok & (gv <= group) & (lg <= legs), i, rank)
        revenue = [retail, np.zeros(horizon), np.zeros(horizon), np.zeros(horizon)]
        for vector, source, first in vectors:
            value = vector(levels, rank, members, personal_arr)
            revenue[source] = value if first else revenue[source] + value
        income = 0.0 + revenue[0]
        for part in revenue[1:]:
            income = income + part
        running = 0.0
        for net in (income - cost).tolist():
            running += net
        return running
    return total


def vector_customers(horizon: int, rho_c: float, spend: float, offer: Any, sales_mix: Any,
                     purchase_mix: Any, purchase_factor: float, fees: list[float],
                     trainings: list[float], other: float, ranks: list[Any], mv: float,
                     fixed_d: list[tuple[float, list[float], float, float, float]],
                     components_at: Callable[[int, Any, float, float], list[float]],
                     kept: "dict[str, Any] | None" = None
                     ) -> Callable[[float], float] | None:
    """``x -> total(customers_for(x), fixed downline)`` of ``projection.total_net_of``'s customers
    search over arrays, for plans with no component reading your own volume (the per-month path's
    memo case: a month's component income depends on the month and the rank alone, and is
    computed by ``components_at`` once per (month, rank) as the memo does). None when numpy is
    not loaded. The customer counts c(m) = rho_c c(m-1) + x stay a Python loop (a recurrence);
    everything after them is elementwise in the per-month path's order:
    sales = c * spend; retail = sales * g (margin) or sales * pct / 100 (commission) or 0.0;
    rv = sales * v / r (0.0 with r = 0); ov = max(0.0, monthly_volume - rv);
    purchases = (ov * w / v, 0.0 with v = 0) * factor; cost = 0 + fee + purchases + training +
    other; income = 0 + retail + downline + recruiting + rank; the net summed month after month.

    ``kept``: a dict the table of computed (rank, month) entries is kept in, for a later search
    of a document that differs from this one in its fees alone (the next keystroke in the monthly
    fee): fees are costs, which the table does not hold, so its entries stand."""
    np = sys.modules.get("numpy")
    if np is None:
        return None
    members = np.array([m[2] for m in fixed_d], dtype=float)
    legs = np.array([m[1][0] for m in fixed_d], dtype=float)
    fees_a = np.array(fees, dtype=float)
    trainings_a = np.array(trainings, dtype=float)
    thresholds = [(r.personal_volume, r.group_volume, r.legs) for r in ranks]
    none = len(ranks)
    shape = (none + 1, horizon)
    if kept is not None and kept.get("shape") == shape:
        table, known = kept["table"], kept["known"]
    else:
        table = np.zeros((none + 1, horizon, 3))  # (rank index, month) -> downline, recruiting, rank
        known = np.zeros(shape, dtype=bool)
        if kept is not None:
            kept.update(shape=shape, table=table, known=known)
    months = np.arange(horizon)
    mode = offer.retail_mode
    margin = offer.margin
    percent = offer.retail_commission_percent
    required = offer.monthly_volume
    s_volume, s_retail = sales_mix.volume, sales_mix.retail
    p_wholesale, p_volume = purchase_mix.wholesale, purchase_mix.volume

    def total(x: float) -> float:
        # Absurd inputs overflow to inf and nan as Python floats do, silently, as in Python.
        with np.errstate(all="ignore"):
            return _total(x)

    def _total(new: float) -> float:
        counts: list[float] = []
        c = 0.0
        for _ in range(horizon):
            c = rho_c * c + new
            counts.append(c)
        sales = np.array(counts, dtype=float) * spend
        if mode == "margin":
            retail = sales * margin
        elif mode == "commission":
            retail = sales * percent / 100
        else:
            retail = np.zeros(horizon)
        rv = sales * s_volume / s_retail if s_retail else np.zeros(horizon)
        short = required - rv
        ov = np.where(short > 0.0, short, 0.0)  # max(0.0, v), NaN included
        bought = ov * p_wholesale / p_volume if p_volume else np.zeros(horizon)
        cost = 0.0 + fees_a + bought * purchase_factor + trainings_a + other
        own = rv + ov
        group = own + members * mv
        rank = np.full(horizon, none)
        for i, (pv, gv, lg) in enumerate(thresholds):  # the highest-listed that qualifies
            rank = np.where((pv <= own) & (gv <= group) & (lg <= legs), i, rank)
        missing = ~known[rank, months]
        if missing.any():
            for i in np.flatnonzero(missing).tolist():
                k = int(rank[i])
                found = components_at(i, ranks[k] if k < none else None, float(rv[i]), float(ov[i]))
                table[k, i] = found[1:4]
                known[k, i] = True
        parts = table[rank, months]
        income = 0.0 + retail + parts[:, 0] + parts[:, 1] + parts[:, 2]
        running = 0.0
        for net in (income - cost).tolist():
            running += net
        return running
    return total
