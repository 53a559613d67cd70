"""Hypothesis strategies: random payout plans and random networks valid for them."""

from __future__ import annotations

from hypothesis import strategies as st

from evaluator.core.payout.network import Network
from evaluator.core.plans.components import PayoutPlan

PERCENT = st.sampled_from([0, 2.5, 5, 10, 20, 35])
VOLUME = st.sampled_from([0, 0, 20, 50, 100, 100, 250.5, 400])


@st.composite
def plans(draw) -> PayoutPlan:
    n_ranks = draw(st.integers(0, 4))
    names = [f"R{i}" for i in range(n_ranks)]
    ranks = [{"name": name,
              "personal_volume": draw(st.sampled_from([0, 0, 50, 100])),
              "group_volume": draw(st.sampled_from([0, 100, 300, 600, 1000])),
              "legs": draw(st.integers(0, 2)),
              "leg_volume": draw(st.sampled_from([0, 0, 100, 300]))} for name in names]
    some_rank = st.sampled_from(names) if names else st.nothing()
    kinds = draw(st.lists(st.sampled_from(
        ["unilevel", "binary", "matrix", "stairstep", "matching", "fast_start", "recruit_bonus",
         "rank_bonus"]), unique=True, min_size=1, max_size=8))
    basis = st.sampled_from(["all_volume", "customer_volume"])
    comps = []
    for kind in kinds:
        if kind == "unilevel":
            comp = {"type": kind, "levels": draw(st.lists(PERCENT, min_size=0, max_size=5)),
                    "basis": draw(basis), "compression": draw(st.sampled_from(["none", "standard", "dynamic"]))}
            if names and draw(st.booleans()):
                comp["depth_by_rank"] = draw(st.dictionaries(some_rank, st.integers(0, 4), max_size=n_ranks))
        elif kind == "binary":
            comp = {"type": kind, "percent": draw(PERCENT), "basis": draw(basis),
                    "monthly_cap": draw(st.sampled_from([None, None, 10, 35.5])),
                    "carry_over": draw(st.booleans())}
        elif kind == "matrix":
            depth = draw(st.integers(1, 4))
            comp = {"type": kind, "width": draw(st.integers(1, 3)), "depth": depth,
                    "levels": draw(st.lists(PERCENT, max_size=depth)), "basis": draw(basis),
                    "cycle_bonus": draw(st.sampled_from([0, 50]))}
        elif kind == "stairstep":
            comp = {"type": kind, "basis": draw(basis), "own_volume": draw(st.booleans()),
                    "percent_by_rank": draw(st.dictionaries(some_rank, PERCENT, max_size=n_ranks)) if names else {}}
            if names and draw(st.booleans()):
                comp["breakaway_rank"] = draw(some_rank)
                comp["generation_percents"] = draw(st.lists(PERCENT, max_size=3))
        elif kind == "matching":
            comp = {"type": kind, "percents": draw(st.lists(PERCENT, max_size=3))}
            if names and draw(st.booleans()):
                comp["min_rank"] = draw(some_rank)
        elif kind == "fast_start":
            comp = {"type": kind, "percents": draw(st.lists(PERCENT, max_size=3)), "basis": draw(basis),
                    "months": draw(st.integers(1, 3))}
        elif kind == "recruit_bonus":
            comp = {"type": kind, "amounts": draw(st.lists(st.sampled_from([0, 25, 100]), max_size=3))}
        else:
            comp = {"type": kind, "amount_by_rank": draw(st.dictionaries(some_rank, st.sampled_from([10, 75]),
                                                                       max_size=n_ranks)) if names else {}}
        comps.append(comp)
    return PayoutPlan.model_validate({"ranks": ranks, "components": comps}, strict=True)


@st.composite
def networks(draw, plan: PayoutPlan, max_size: int = 25) -> Network:
    n = draw(st.integers(1, max_size))
    shape = draw(st.sampled_from(["random", "chain", "star"]))
    sponsor = [-1]
    for i in range(1, n):
        if shape == "chain":
            sponsor.append(i - 1 if draw(st.integers(0, 4)) else draw(st.integers(0, i - 1)))
        elif shape == "star":
            sponsor.append(0 if draw(st.integers(0, 3)) else draw(st.integers(0, i - 1)))
        else:
            sponsor.append(draw(st.integers(0, i - 1)))
    volume = [draw(VOLUME) for _ in range(n)]
    customer = [v * draw(st.sampled_from([0, 0.5, 1])) for v in volume]
    active = [draw(st.integers(0, 9)) < 7 for _ in range(n)]
    msj = [draw(st.sampled_from([0, 0, 1, 2, 99])) for _ in range(n)]
    n_ranks = len(plan.ranks)
    rank = [draw(st.integers(0, n_ranks - 1)) if n_ranks and draw(st.integers(0, 5)) == 0 else -1
            for _ in range(n)]
    leg = [draw(st.sampled_from([0, 0, 0, 1, 2])) for _ in range(n)]
    carry_l = [draw(st.sampled_from([0, 0, 30, 125])) for _ in range(n)]
    carry_r = [draw(st.sampled_from([0, 0, 30, 125])) for _ in range(n)]
    cycled = [draw(st.integers(0, 4)) == 0 for _ in range(n)]
    placement = [-1] * n
    matrix = plan.component("matrix")
    if matrix is not None and draw(st.booleans()):
        # some explicit placements, each valid: inside the sponsor's subtree, with a free position
        kids: list[list[int]] = [[] for _ in range(n)]
        parent = [-1] * n
        for x in range(1, n):
            s = sponsor[x]
            subtree, stack = [], [s]
            while stack:
                v = stack.pop()
                subtree.append(v)
                stack.extend(kids[v])
            subtree.sort()
            open_ = [v for v in subtree if len(kids[v]) < matrix.width]
            if draw(st.integers(0, 2)) == 0:
                p = draw(st.sampled_from(open_))
                placement[x] = p
            else:  # breadth first, as the rules place it
                queue = [s]
                while True:
                    v = queue.pop(0)
                    if len(kids[v]) < matrix.width:
                        p = v
                        break
                    queue.extend(kids[v])
            parent[x] = p
            kids[p].append(x)
    return Network.build(sponsor=sponsor, volume=volume, customer_volume=customer, active=active,
                         months_since_join=msj, rank=rank, placement=placement, leg=leg,
                         carry_left=carry_l, carry_right=carry_r, cycled=cycled,
                         ids=[f"m{i}" for i in range(n)])
