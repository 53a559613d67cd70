"""A plain per-member reference of SPEC 8.1 rank qualification and SPEC 10's payout rules.

Loops over members, written straight from the SPEC's text, sharing no code with
``evaluator.core.payout`` (it reads the network's columns as plain lists). Slow and obviously
right: the tests compare the vectorised engine with it on random networks.
"""

from __future__ import annotations

from collections import deque


def reference_payout(plan, net) -> dict:
    """SPEC 10's ``--json`` object for this plan and network, computed member by member."""
    n = len(net.ids)
    ids = list(net.ids)
    sponsor = [s if s < n else None for s in net.sponsor.tolist()]
    volume = net.volume.tolist()
    cvol = net.customer_volume.tolist()
    active = net.active.tolist()
    msj = net.months_since_join.tolist()
    given_rank = net.rank.tolist()
    given_place = net.placement.tolist()
    given_leg = net.leg.tolist()  # 0 auto, 1 L, 2 R
    carry_in = (net.carry_left.tolist(), net.carry_right.tolist())
    cycled_before = net.cycled.tolist()
    rank_names = [r.name for r in plan.ranks]

    recruits = [[] for _ in range(n)]
    for i in range(n):
        if sponsor[i] is not None:
            recruits[sponsor[i]].append(i)

    def below(u):
        """Everyone below u in the sponsor tree."""
        out, stack = [], list(recruits[u])
        while stack:
            v = stack.pop()
            out.append(v)
            stack.extend(recruits[v])
        return out

    def uplines(x):
        out, u = [], sponsor[x]
        while u is not None:
            out.append(u)
            u = sponsor[u]
        return out

    # --- rank (SPEC 8.1 and 10) ---
    gv = [volume[u] + sum(volume[v] for v in below(u)) for u in range(n)]
    rank = [None] * n
    for u in range(n):
        if not active[u]:
            continue
        if given_rank[u] >= 0:
            rank[u] = given_rank[u]
            continue
        for index, r in enumerate(plan.ranks):
            legs = sum(1 for c in recruits[u] if active[c] and gv[c] >= r.leg_volume)
            if r.personal_volume <= volume[u] and r.group_volume <= gv[u] and r.legs <= legs:
                rank[u] = index  # the last qualifying one is the highest listed
    reported = [rank[u] if active[u] else (given_rank[u] if given_rank[u] >= 0 else None) for u in range(n)]

    def B(comp, x):
        return cvol[x] if comp.basis == "customer_volume" else volume[x]

    pay = {c.type: [0.0] * n for c in plan.components}
    breakage = {c.type: 0.0 for c in plan.components}
    matched = [0.0] * n  # unilevel + binary + matrix level + stairstep earnings
    extra = {}

    for comp in plan.components:
        t = comp.type
        if t == "unilevel":
            paid = 0.0
            for x in range(n):
                level = 1
                for u in uplines(x):
                    if level > len(comp.levels):
                        break
                    if comp.depth_by_rank:
                        if rank[u] is None:
                            deep = 0
                        else:
                            deep = comp.depth_by_rank.get(rank_names[rank[u]], float("inf"))
                    else:
                        deep = float("inf")
                    if active[u] and level <= deep:
                        amount = comp.levels[level - 1] / 100 * B(comp, x)
                        pay[t][u] += amount
                        matched[u] += amount
                        paid += amount
                        level += 1
                    elif comp.compression == "none":
                        level += 1
                    elif comp.compression == "standard":
                        if active[u]:
                            level += 1
                    # dynamic: the level stays
            breakage[t] = sum(B(comp, x) for x in range(n)) * sum(comp.levels) / 100 - paid
        elif t == "binary":
            # legs: given, else L, R, L, R... among the sponsor's recruits without one, in id order
            leg = [None] * n
            for u in range(n):
                k = 0
                for c in recruits[u]:
                    if given_leg[c] == 1:
                        leg[c] = "L"
                    elif given_leg[c] == 2:
                        leg[c] = "R"
                    else:
                        leg[c] = "L" if k % 2 == 0 else "R"
                        k += 1
            sub = [B(comp, u) + sum(B(comp, v) for v in below(u)) for u in range(n)]
            carry_l, carry_r = [0.0] * n, [0.0] * n
            for u in range(n):
                left = sum(sub[c] for c in recruits[u] if leg[c] == "L")
                right = sum(sub[c] for c in recruits[u] if leg[c] == "R")
                if comp.carry_over:
                    left += carry_in[0][u]
                    right += carry_in[1][u]
                P = min(left, right)
                amount = comp.percent / 100 * P
                if comp.monthly_cap is not None:
                    amount = min(amount, comp.monthly_cap)
                if active[u]:
                    pay[t][u] += amount
                    matched[u] += amount
                    if comp.carry_over:
                        carry_l[u], carry_r[u] = left - P, right - P
                else:
                    breakage[t] += amount
            if comp.carry_over:
                extra["carry_left"], extra["carry_right"] = carry_l, carry_r
        elif t == "matrix":
            w = comp.width
            parent = [None] * n
            kids = [[] for _ in range(n)]
            for x in range(1, n):
                if given_place[x] >= 0:
                    p = given_place[x]
                else:
                    queue = deque([sponsor[x]])  # breadth first through the sponsor's subtree
                    while True:
                        v = queue.popleft()
                        if len(kids[v]) < w:
                            p = v
                            break
                        queue.extend(kids[v])
                parent[x] = p
                kids[p].append(x)
            level_paid = 0.0
            for x in range(n):
                u, level = parent[x], 1
                while u is not None and level <= comp.depth:
                    if level <= len(comp.levels) and active[u]:
                        amount = comp.levels[level - 1] / 100 * B(comp, x)
                        pay[t][u] += amount
                        matched[u] += amount
                        level_paid += amount
                    u, level = parent[u], level + 1
            cycled = list(cycled_before)
            full_size = sum(w ** k for k in range(1, comp.depth + 1))
            for u in range(n):
                count, frontier = 0, [u]
                for _ in range(comp.depth):
                    frontier = [c for v in frontier for c in kids[v]]
                    count += len(frontier)
                if count == full_size and active[u] and not cycled_before[u]:
                    pay[t][u] += comp.cycle_bonus
                    cycled[u] = True
            extra["cycled"] = cycled
            extra["placement"] = parent
            breakage[t] = sum(B(comp, x) for x in range(n)) * sum(comp.levels) / 100 - level_paid
        elif t == "stairstep":
            pct = {i: comp.percent_by_rank.get(name, 0.0) for i, name in enumerate(rank_names)}
            ba = rank_names.index(comp.breakaway_rank) if comp.breakaway_rank is not None else None
            paid_all = 0.0
            for x in range(n):
                chain = ([x] if comp.own_volume else []) + uplines(x)
                paid, pos = 0.0, 0
                stopped = False
                while pos < len(chain):
                    u = chain[pos]
                    pos += 1
                    p = pct[rank[u]] if (active[u] and rank[u] is not None) else 0.0
                    if active[u] and p > paid:
                        amount = (p - paid) / 100 * B(comp, x)
                        pay[t][u] += amount
                        matched[u] += amount
                        paid_all += amount
                        paid = p
                    if ba is not None and active[u] and rank[u] is not None and rank[u] >= ba:
                        stopped = True
                        break
                if stopped:
                    g = 0
                    while pos < len(chain) and g < len(comp.generation_percents):
                        u = chain[pos]
                        pos += 1
                        if active[u] and rank[u] is not None and rank[u] >= ba:
                            amount = comp.generation_percents[g] / 100 * B(comp, x)
                            pay[t][u] += amount
                            matched[u] += amount
                            paid_all += amount
                            g += 1
            top = max(comp.percent_by_rank.values(), default=0.0)
            breakage[t] = sum(B(comp, x) for x in range(n)) * (top + sum(comp.generation_percents)) / 100 - paid_all
        elif t == "fast_start":
            paid, base = 0.0, 0.0
            for x in range(n):
                if msj[x] < comp.months:
                    base += B(comp, x)
                    for level, u in enumerate(uplines(x)[: len(comp.percents)], start=1):
                        if active[u]:
                            amount = comp.percents[level - 1] / 100 * B(comp, x)
                            pay[t][u] += amount
                            paid += amount
            breakage[t] = base * sum(comp.percents) / 100 - paid
        elif t == "recruit_bonus":
            for x in range(n):
                if msj[x] == 0:
                    for level, u in enumerate(uplines(x)[: len(comp.amounts)], start=1):
                        if active[u]:
                            pay[t][u] += comp.amounts[level - 1]
                        else:
                            breakage[t] += comp.amounts[level - 1]
        elif t == "rank_bonus":
            for u in range(n):
                if active[u] and rank[u] is not None:
                    pay[t][u] += comp.amount_by_rank.get(rank_names[rank[u]], 0.0)

    matching = next((c for c in plan.components if c.type == "matching"), None)
    if matching is not None:
        min_index = rank_names.index(matching.min_rank) if matching.min_rank is not None else None
        for y in range(n):
            for k, u in enumerate(uplines(y)[: len(matching.percents)], start=1):
                if not active[u]:
                    continue
                if min_index is not None and (rank[u] is None or rank[u] < min_index):
                    continue
                pay["matching"][u] += matching.percents[k - 1] / 100 * matched[y]

    members = {}
    for u in range(n):
        entry = {
            "rank": rank_names[reported[u]] if reported[u] is not None else None,
            "total": sum(pay[c.type][u] for c in plan.components),
            "by_component": {c.type: pay[c.type][u] for c in plan.components},
        }
        for key in ("carry_left", "carry_right", "cycled"):
            if key in extra:
                entry[key] = extra[key][u]
        members[ids[u]] = entry
    totals = {c.type: sum(pay[c.type]) for c in plan.components}
    return {
        "members": members,
        "totals": totals,
        "paid_total": sum(totals.values()),
        "volume_total": sum(volume),
        "breakage": {"by_component": breakage, "total": sum(breakage.values())},
        "_placement": extra.get("placement"),
    }


def assert_close(actual, expected, path="", tol=1e-6):
    """Recursive comparison: same keys, numbers within tol (relative for large ones)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), path
        assert set(actual) == set(expected), f"{path}: keys {sorted(actual)} != {sorted(expected)}"
        for key in expected:
            assert_close(actual[key], expected[key], f"{path}.{key}", tol)
    elif isinstance(expected, bool) or expected is None or isinstance(expected, str):
        assert actual == expected, f"{path}: {actual!r} != {expected!r}"
    else:
        assert abs(actual - expected) <= tol * max(1.0, abs(expected)), f"{path}: {actual} != {expected}"
