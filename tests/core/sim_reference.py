"""A plain, per-participant Python reference of the population simulation's rules.

Written straight from SPEC section 5 and the model notes in ``evaluator/core/simulation.py``,
sharing no code with the engine except the SPEC section 3 product mix. It replays the engine's
recorded random draws (the initial tree's sponsors, each month's quitters and joiners' sponsors,
each participant's outside sales) so both see the same events, then pays and charges everyone
month by month with ordinary loops, keeping the company's books as the money moves.
Slow on purpose: it is the yardstick, and the benchmark's "50x slower" baseline.
"""

from __future__ import annotations

from evaluator.core.projection import product_mix

EARNINGS = ("retail", "downline", "recruiting", "rank")
COSTS = ("fees", "purchases", "training")


class Person:
    __slots__ = ("id", "sponsor", "join", "sales", "side", "active", "children", "earnings", "costs")

    def __init__(self, pid: int, sponsor: int, join: int, sales: float) -> None:
        self.id = pid
        self.sponsor = sponsor
        self.join = join
        self.sales = sales
        self.side = 0
        self.active = True
        self.children: list[int] = []
        self.earnings = dict.fromkeys(EARNINGS, 0.0)
        self.costs = dict.fromkeys(COSTS, 0.0)


def run_reference(evaluation, events: dict, sales, months: int, payout=None) -> dict:
    """``payout``: the version-1 payout the evaluation was upgraded from (the reference pays by
    version 1's fields: plan, levels, binary_percent, recruit_bonus, ranks with monthly_bonus)."""
    offer = evaluation.offer
    payout = offer.payout if payout is None else payout
    fees = offer.fees
    req = offer.requirements
    mix = product_mix(offer)
    w, r, v = mix.wholesale, mix.retail, mix.volume
    if payout.retail_mode == "margin":
        retail_rate = (r - w) / r if offer.products else 0.0
    elif payout.retail_mode == "commission":
        retail_rate = payout.retail_commission_percent / 100
    else:
        retail_rate = 0.0
    levels = [p / 100 for p in payout.levels] if payout.plan == "unilevel" else []
    binary = payout.plan == "binary"

    people: list[Person] = []
    ledger = {"receipts": dict.fromkeys(COSTS, 0.0),
              "payouts": {"retail_commission": 0.0, "downline": 0.0, "recruiting": 0.0, "rank": 0.0}}

    def pay(person: Person, source: str, amount: float) -> None:
        person.earnings[source] += amount
        if source == "retail":
            if payout.retail_mode == "commission":
                ledger["payouts"]["retail_commission"] += amount
        else:
            ledger["payouts"][source] += amount

    def charge(person: Person, category: str, amount: float) -> None:
        person.costs[category] += amount
        ledger["receipts"][category] += amount

    def add(sponsor: int, month: int) -> None:
        person = Person(len(people), sponsor, month, float(sales[len(people)]))
        if sponsor >= 0:
            upline = people[sponsor]
            person.side = len(upline.children) % 2  # left, right, left, ...
            upline.children.append(person.id)
            if month > 0:
                pay(upline, "recruiting", payout.recruit_bonus)
        people.append(person)

    for sponsor in events["initial_sponsors"]:
        add(int(sponsor), 0)

    series = {"active": [], "joiners": [], "quitters": []}
    for m in range(1, months + 1):
        quits = [int(q) for q in events["quits"][m - 1]]
        for q in quits:
            assert people[q].active
            people[q].active = False
        joins = [int(s) for s in events["joins"][m - 1]]
        for sponsor in joins:
            assert people[sponsor].active
            add(sponsor, m)
        n = len(people)

        basis = [0.0] * n  # commissionable volume of the active
        volume = [0.0] * n  # all volume of the active
        for p in people:
            if not p.active:
                continue
            rv = p.sales * v / r
            ov = max(0.0, req.monthly_volume - rv)
            volume[p.id] = rv + ov
            basis[p.id] = rv + ov if payout.commission_basis == "all_volume" else rv
            if p.join == m:
                charge(p, "fees", fees.signup + fees.starter_kit + req.initial_inventory)
            charge(p, "fees", fees.monthly)
            if p.join > 0:
                if m > p.join and (m - p.join) % 12 == 0:
                    charge(p, "fees", fees.annual)
            else:
                first_renewal = 1 + p.id % 12
                if m >= first_renewal and (m - first_renewal) % 12 == 0:
                    charge(p, "fees", fees.annual)
            charge(p, "purchases", ov * w / v if v else 0.0)
            for t in offer.training:
                if not t.mandatory:
                    continue
                if t.times_per_year == 0:
                    if p.join == m:
                        charge(p, "training", t.cost)
                else:
                    charge(p, "training", t.cost * t.times_per_year / 12)
            pay(p, "retail", p.sales * retail_rate)

        # unilevel: walk up from every active participant; quitters count as a level, are not paid
        for p in people:
            if not p.active:
                continue
            up = p.sponsor
            for rate in levels:
                if up < 0:
                    break
                if people[up].active:
                    pay(people[up], "downline", rate * basis[p.id])
                up = people[up].sponsor

        if binary or payout.ranks:
            down_basis = basis[:]  # whole-subtree sums; a sponsor always has a smaller id
            down_volume = volume[:]
            for i in range(n - 1, 0, -1):
                s = people[i].sponsor
                if s >= 0:
                    down_basis[s] += down_basis[i]
                    down_volume[s] += down_volume[i]
            for p in people:
                if not p.active:
                    continue
                if binary:
                    left = sum(down_basis[c] for c in p.children if people[c].side == 0)
                    right = sum(down_basis[c] for c in p.children if people[c].side == 1)
                    amount = payout.binary_percent / 100 * min(left, right)
                    if payout.binary_monthly_cap is not None:
                        amount = min(amount, payout.binary_monthly_cap)
                    pay(p, "downline", amount)
                legs = sum(1 for c in p.children if people[c].active)
                best = None
                for rank in payout.ranks:
                    if rank.group_volume <= down_volume[p.id] + 1e-9 and rank.legs <= legs:
                        if best is None or rank.group_volume > best.group_volume:
                            best = rank
                if best is not None:
                    pay(p, "rank", best.monthly_bonus)

        series["active"].append(sum(1 for p in people if p.active))
        series["joiners"].append(len(joins))
        series["quitters"].append(len(quits))

    return {
        "people": people,
        "earnings": {k: [p.earnings[k] for p in people] for k in EARNINGS},
        "costs": {k: [p.costs[k] for p in people] for k in COSTS},
        "net": [sum(p.earnings.values()) - sum(p.costs.values()) for p in people],
        "ledger": ledger,
        "series": series,
    }
