"""Every rule of SPEC 10 on small networks computed by hand (the arithmetic is in the comments).

Each case also runs through the plain reference, so a hand figure that disagrees with either
implementation fails."""

from __future__ import annotations

import pytest

from evaluator.core.payout.engine import compute
from evaluator.core.payout.treecsv import parse_tree
from evaluator.core.plans.components import PayoutPlan

from .reference import assert_close, reference_payout


def make_plan(components, ranks=()):
    return PayoutPlan.model_validate({"ranks": list(ranks), "components": components}, strict=True)


def run(plan, tree: str) -> dict:
    net = parse_tree(tree.strip() + "\n", plan)
    out = compute(plan, net).to_json(net.ids)
    ref = reference_payout(plan, net)
    ref.pop("_placement")
    assert_close(out, ref)
    return out


def pay(out, member, component=None):
    entry = out["members"][member]
    return entry["total"] if component is None else entry["by_component"][component]


def pays(out, component=None) -> dict:
    return {m: pytest.approx(pay(out, m, component)) for m in out["members"]}


# ---- unilevel: the three compression modes with an inactive upline --------------------------

CHAIN = """
id,sponsor,volume,customer_volume,active
t0,,0,0,1
t1,t0,0,0,1
t2,t1,0,0,0
t3,t2,0,0,1
x,t3,100,40,1
"""


@pytest.mark.parametrize("mode, expected, lost", [
    # none: t3 level 1 = 10; t2 inactive takes level 2 (6 lost); t1 level 3 = 4; t0 is level 4
    ("none", {"t0": 0, "t1": 4, "t2": 0, "t3": 10, "x": 0}, 6),
    # standard: t2 is skipped, its level passes up: t3 10, t1 6, t0 4
    ("standard", {"t0": 4, "t1": 6, "t2": 0, "t3": 10, "x": 0}, 0),
    # dynamic: the same here (every upline that cannot be paid is skipped)
    ("dynamic", {"t0": 4, "t1": 6, "t2": 0, "t3": 10, "x": 0}, 0),
])
def test_unilevel_compression_with_an_inactive_upline(mode, expected, lost):
    plan = make_plan([{"type": "unilevel", "levels": [10, 6, 4], "compression": mode}])
    out = run(plan, CHAIN)
    assert pays(out) == expected
    # breakage: 100 x (10 + 6 + 4) % - what was paid
    assert out["breakage"]["by_component"]["unilevel"] == pytest.approx(lost)
    assert out["members"]["x"]["rank"] is None


def test_unilevel_customer_volume_basis():
    plan = make_plan([{"type": "unilevel", "levels": [10, 6, 4], "compression": "standard",
                       "basis": "customer_volume"}])
    # x's customer volume 40: t3 4, t1 2.4, t0 1.6
    assert pays(run(plan, CHAIN)) == {"t0": 1.6, "t1": 2.4, "t2": 0, "t3": 4, "x": 0}


DEPTH_RANKS = [{"name": "Basic", "personal_volume": 10}, {"name": "Pro", "personal_volume": 10, "group_volume": 1000}]
DEPTH_TREE = """
id,sponsor,volume,customer_volume,active,rank
t0,,0,0,1,Pro
t1,t0,0,0,1,
t2,t1,20,0,1,
x,t2,100,0,1,
"""


@pytest.mark.parametrize("mode, t0", [
    # x's 100: t2 (Basic, 1 level) level 1 = 10; t1 has no rank, so is deep enough for no level:
    # standard moves on to level 3 at t0 (Pro is not listed: unlimited) = 4; t2's 20: t1 level 1
    # not deep, t0 level 2 = 6 % of 20 = 1.2.  t0 = 4 + 1.2 = 5.2
    ("standard", 5.2),
    ("none", 5.2),  # the same levels are lost here
    # dynamic: t1 is skipped, t0 is level 2 on x (6) and level 1 on t2 (10 % of 20 = 2) = 8
    ("dynamic", 8.0),
])
def test_unilevel_depth_by_rank(mode, t0):
    plan = make_plan([{"type": "unilevel", "levels": [10, 6, 4], "compression": mode,
                       "depth_by_rank": {"Basic": 1}}], DEPTH_RANKS)
    out = run(plan, DEPTH_TREE)
    assert [out["members"][m]["rank"] for m in ("t0", "t1", "t2", "x")] == ["Pro", None, "Basic", "Basic"]
    assert pays(out) == {"t0": t0, "t1": 0, "t2": 10, "x": 0}


# ---- binary: legs, cap, carry over across two periods ----------------------------------------

BINARY_1 = """
id,sponsor,volume,customer_volume,active
u,,0,0,1
a,u,300,0,1
b,u,100,0,1
c,a,100,0,1
"""


def test_binary_carry_over_across_two_periods():
    plan = make_plan([{"type": "binary", "percent": 10, "carry_over": True}])
    out = run(plan, BINARY_1)
    # a (L: first recruit) subtree 300 + 100 = 400; b (R) 100; P = 100: u earns 10
    assert pay(out, "u") == pytest.approx(10)
    assert (out["members"]["u"]["carry_left"], out["members"]["u"]["carry_right"]) == (300, 0)
    # a: c is a's first recruit (L), nothing on the right: P = 0, carry (100, 0)
    assert (out["members"]["a"]["carry_left"], out["members"]["a"]["carry_right"]) == (100, 0)
    # period 2: u brings in (300, 0); b now has 500: P = min(0 + 300, 500 + 0) = 300 -> 30
    period2 = """
id,sponsor,volume,customer_volume,active,carry_left,carry_right
u,,0,0,1,300,0
a,u,0,0,1,100,0
b,u,500,0,1,0,0
c,a,0,0,1,0,0
"""
    out = run(plan, period2)
    assert pay(out, "u") == pytest.approx(30)
    assert (out["members"]["u"]["carry_left"], out["members"]["u"]["carry_right"]) == (0, 200)
    # with a cap of 20 the pay is capped, the carry is still computed from P = 300
    capped = make_plan([{"type": "binary", "percent": 10, "carry_over": True, "monthly_cap": 20}])
    out = run(capped, period2)
    assert pay(out, "u") == pytest.approx(20)
    assert out["members"]["u"]["carry_right"] == 200
    assert out["breakage"]["by_component"]["binary"] == 0  # the cap is not breakage


def test_binary_without_carry_over_ignores_carry_in_and_reports_none():
    plan = make_plan([{"type": "binary", "percent": 10}])
    out = run(plan, BINARY_1.strip() + "\n")
    assert pay(out, "u") == pytest.approx(10)
    assert "carry_left" not in out["members"]["u"]


def test_binary_given_legs_and_alternation_counts_only_recruits_without_a_leg():
    plan = make_plan([{"type": "binary", "percent": 10}])
    tree = """
id,sponsor,volume,customer_volume,active,leg
u,,0,0,1,
a,u,100,0,1,R
b,u,40,0,1,
c,u,70,0,1,R
d,u,10,0,1,
"""
    # b is the first without a leg -> L, d the second -> R; left = b 40, right = a 100 + c 70 + d 10
    # P = 40 -> 4
    assert pay(run(plan, tree), "u") == pytest.approx(4)


def test_binary_inactive_member_earns_nothing_and_it_is_breakage():
    plan = make_plan([{"type": "binary", "percent": 10, "carry_over": True, "monthly_cap": 8}])
    tree = BINARY_1.replace("u,,0,0,1", "u,,0,0,0")
    out = run(plan, tree)
    assert pay(out, "u") == 0
    assert (out["members"]["u"]["carry_left"], out["members"]["u"]["carry_right"]) == (0, 0)
    # u would have earned min(10 % x 100, 8) = 8
    assert out["breakage"]["by_component"]["binary"] == pytest.approx(8)


# ---- matrix: spillover order, explicit placement, cycle -------------------------------------

SPILL = """
id,sponsor,volume,customer_volume,active
s,,0,0,1
a,s,100,0,1
b,s,100,0,1
c,s,100,0,1
d,s,100,0,1
e,s,100,0,1
f,s,100,0,1
h,a,100,0,1
g,s,100,0,1
"""


def test_matrix_spillover_breadth_first_left_to_right():
    plan = make_plan([{"type": "matrix", "width": 2, "depth": 3, "levels": [10, 5, 1]}])
    net = parse_tree(SPILL.strip() + "\n", plan)
    result = compute(plan, net)
    placed = {net.ids[i]: (net.ids[p] if p >= 0 else None) for i, p in enumerate(result.extra["placement"].tolist())}
    # a, b under s; c, d spill to a (s is full); e, f to b; h (a's recruit) in a's subtree: a full,
    # c open; g: s, a, b full, c has one child (h) -> under c
    assert placed == {"s": None, "a": "s", "b": "s", "c": "a", "d": "a", "e": "b", "f": "b",
                      "h": "c", "g": "c"}
    out = run(plan, SPILL)
    # s: level 1 a, b (2 x 10) + level 2 c, d, e, f (4 x 5) + level 3 h, g (2 x 1) = 42
    # a: level 1 c, d (20) + level 2 h, g (10) = 30; c: level 1 h, g = 20
    assert pays(out) == {"s": 42, "a": 30, "b": 20, "c": 20, "d": 0, "e": 0, "f": 0, "h": 0, "g": 0}
    assert all(out["members"][m]["cycled"] is False for m in out["members"])


def test_matrix_explicit_placement_and_refusals():
    plan = make_plan([{"type": "matrix", "width": 2, "depth": 2, "levels": [10]}])
    ok = SPILL + "x,a,50,0,1,d\n"
    ok = ok.replace("id,sponsor,volume,customer_volume,active", "id,sponsor,volume,customer_volume,active,placement")
    ok = "\n".join(line + "," if line.count(",") == 4 else line for line in ok.strip().splitlines())
    out = run(plan, ok)
    assert pay(out, "d") == pytest.approx(5)  # x placed under d (inside its sponsor a's subtree)
    from evaluator.core.payout.treecsv import TreeFileError
    with pytest.raises(TreeFileError) as info:  # e is in b's part of the matrix, not a's
        parse_tree(ok.replace("x,a,50,0,1,d", "x,a,50,0,1,e") + "\n", plan)
    assert info.value.lines() == ["row 10, column placement: 'e' is not in the sponsor's part of the matrix"]
    with pytest.raises(TreeFileError) as info:  # a already has c and d
        parse_tree(ok.replace("x,a,50,0,1,d", "x,a,50,0,1,a") + "\n", plan)
    assert info.value.lines() == ["row 10, column placement: 'a' already has 2 members directly under it in the matrix"]


CYCLE = """
id,sponsor,volume,customer_volume,active,cycled
s,,0,0,{active},{cycled}
a,s,10,0,1,
b,s,10,0,1,
c,s,10,0,1,
d,s,10,0,1,
e,s,10,0,1,
f,s,10,0,0,
"""


def test_matrix_cycle_paid_once():
    plan = make_plan([{"type": "matrix", "width": 2, "depth": 2, "levels": [10, 5], "cycle_bonus": 100}])
    # 2 + 4 = 6 positions below s, all filled: s cycles and earns 100 on top of its levels:
    # level 1 a, b: 2 x 1 = 2; level 2 c, d, e, f: 4 x 0.5 = 2
    out = run(plan, CYCLE.format(active=1, cycled=0))
    assert pay(out, "s") == pytest.approx(104)
    assert out["members"]["s"]["cycled"] is True and out["members"]["a"]["cycled"] is False
    # c, d spill under a and e, f under b: a earns 2 x 1 = 2, b 2 (f's volume pays though inactive)
    assert (pay(out, "a"), pay(out, "b")) == (pytest.approx(2), pytest.approx(2))
    # breakage: 60 volume x 15 % = 9 - 8 paid = 1 (a's and b's level 2 is empty; the cycle bonus
    # is not part of the rate)
    assert out["breakage"]["by_component"]["matrix"] == pytest.approx(1)
    # next period, cycled before: the bonus is not paid again, still reported as cycled
    out = run(plan, CYCLE.format(active=1, cycled=1))
    assert pay(out, "s") == pytest.approx(4) and out["members"]["s"]["cycled"] is True


def test_a_full_matrix_while_inactive_is_neither_paid_nor_cycled():
    plan = make_plan([{"type": "matrix", "width": 2, "depth": 2, "levels": [10, 5], "cycle_bonus": 100}])
    out = run(plan, CYCLE.format(active=0, cycled=0))
    assert pay(out, "s") == 0 and out["members"]["s"]["cycled"] is False
    # 9 - 4 paid to a and b = 5: s's 4 is lost too
    assert out["breakage"]["by_component"]["matrix"] == pytest.approx(5)


# ---- stairstep: breakaway two generations deep, own volume -----------------------------------

STAIR_RANKS = [{"name": "Member"}, {"name": "Silver"}, {"name": "Gold"}]
BREAKAWAY = """
id,sponsor,volume,customer_volume,active,rank
A,,0,0,1,Gold
B,A,0,0,{b_active},Gold
C,B,0,0,1,Silver
D,C,0,0,1,Gold
E,D,0,0,1,Silver
F,E,100,0,1,Member
"""


def stair_plan(**kw):
    comp = {"type": "stairstep", "percent_by_rank": {"Member": 0, "Silver": 10, "Gold": 20},
            "breakaway_rank": "Gold", "generation_percents": [5, 3], **kw}
    return make_plan([comp], STAIR_RANKS)


def test_breakaway_two_generations_deep():
    out = run(stair_plan(), BREAKAWAY.format(b_active=1))
    # F's 100: E (10 %) 10; D (20 %) the other 10 and breaks away; C (Silver) earns nothing on it;
    # B, the first Gold above D, 5 % = 5; A, the second, 3 % = 3
    assert pays(out) == {"A": 3, "B": 5, "C": 0, "D": 10, "E": 10, "F": 0}
    # 100 x (20 + 5 + 3) % - 28 = 0
    assert out["breakage"]["by_component"]["stairstep"] == pytest.approx(0)


def test_an_inactive_gold_is_no_generation():
    out = run(stair_plan(), BREAKAWAY.format(b_active=0))
    # B is inactive: no rank (its given Gold is reported, ignored); A is the first generation: 5
    assert pays(out) == {"A": 5, "B": 0, "C": 0, "D": 10, "E": 10, "F": 0}
    assert out["members"]["B"]["rank"] == "Gold"
    assert out["breakage"]["by_component"]["stairstep"] == pytest.approx(3)  # 28 - 25


OWN = """
id,sponsor,volume,customer_volume,active,rank
G,,0,0,1,Gold
S,G,0,0,1,Silver
x,S,100,0,1,Gold
"""


def test_stairstep_own_volume_false_does_not_stop_at_the_members_own_rank():
    out = run(stair_plan(own_volume=False, generation_percents=[]), OWN)
    # x's 100 starts at S: S 10; G 20 - 10 = 10. x earns nothing on its own volume.
    assert pays(out) == {"G": 10, "S": 10, "x": 0}
    out = run(stair_plan(own_volume=True, generation_percents=[]), OWN)
    # own volume: x (Gold) earns 20 and breaks away; no generations: S and G nothing
    assert pays(out) == {"G": 0, "S": 0, "x": 20}


# ---- matching on top of a unilevel, with min_rank --------------------------------------------


def test_matching_on_a_unilevel_with_min_rank():
    plan = make_plan([{"type": "unilevel", "levels": [10]},
                      {"type": "matching", "percents": [50, 25], "min_rank": "Silver"}], STAIR_RANKS)
    tree = """
id,sponsor,volume,customer_volume,active,rank
A,,0,0,1,Silver
B,A,0,0,1,Member
C,B,200,0,1,Member
D,C,100,0,1,Member
"""
    out = run(plan, tree)
    # unilevel: C 10 (D's 100), B 20 (C's 200)
    assert pays(out, "unilevel") == {"A": 0, "B": 20, "C": 10, "D": 0}
    # matching: B is below Silver; A: 50 % of B's 20 (1st generation) + 25 % of C's 10 (2nd) = 12.5
    assert pays(out, "matching") == {"A": 12.5, "B": 0, "C": 0, "D": 0}
    assert out["breakage"]["by_component"]["matching"] == 0


# ---- fast start, recruit bonus, rank bonus ---------------------------------------------------

FAST = """
id,sponsor,volume,customer_volume,active,months_since_join
t,,0,0,{t_active},30
s,t,0,0,1,20
x0,s,100,0,0,0
x1,s,100,0,1,1
x2,s,100,0,1,2
"""


def test_fast_start_inside_and_outside_its_months():
    plan = make_plan([{"type": "fast_start", "percents": [20, 10], "months": 2}])
    out = run(plan, FAST.format(t_active=1))
    # x0 (inactive, but a new participant pays all the same) and x1 are inside 2 months; x2 is not:
    # s 20 + 20 = 40, t 10 + 10 = 20
    assert pays(out) == {"t": 20, "s": 40, "x0": 0, "x1": 0, "x2": 0}
    assert out["breakage"]["by_component"]["fast_start"] == pytest.approx(0)  # 200 x 30 % - 60
    out = run(plan, FAST.format(t_active=0))
    assert pays(out) == {"t": 0, "s": 40, "x0": 0, "x1": 0, "x2": 0}
    assert out["breakage"]["by_component"]["fast_start"] == pytest.approx(20)


def test_recruit_bonus_with_an_inactive_upline():
    plan = make_plan([{"type": "recruit_bonus", "amounts": [50, 20, 10]}])
    tree = """
id,sponsor,volume,customer_volume,active,months_since_join
a,,0,0,1,
b,a,0,0,0,
c,b,0,0,1,
n,c,0,0,1,0
m,c,0,0,0,0
"""
    out = run(plan, tree)
    # each new participant (n, and m though inactive): c 50, b inactive (20 lost), a 10
    assert pays(out) == {"a": 20, "b": 0, "c": 100, "n": 0, "m": 0}
    assert out["breakage"]["by_component"]["recruit_bonus"] == pytest.approx(40)


QUALIFY_RANKS = [
    {"name": "Bronze", "personal_volume": 50},
    {"name": "Silver", "personal_volume": 50, "group_volume": 500, "legs": 2, "leg_volume": 100},
    {"name": "Gold", "personal_volume": 100, "group_volume": 1000, "legs": 2, "leg_volume": 300},
]


def test_rank_qualification_and_rank_bonus():
    plan = make_plan([{"type": "rank_bonus", "amount_by_rank": {"Bronze": 10, "Silver": 100, "Gold": 500}}],
                     QUALIFY_RANKS)
    tree = """
id,sponsor,volume,customer_volume,active,rank
u,,100,0,1,
a,u,200,0,1,
b,u,150,0,1,
c,u,300,0,0,Gold
d,u,30,0,1,
"""
    out = run(plan, tree)
    # u: PV 100, GV 100+200+150+300+30 = 780, legs of 100: a and b (c inactive, d's GV 30) = 2:
    # Silver (Gold needs GV 1000); a, b: PV >= 50 -> Bronze; d: PV 30 -> no rank
    # c is inactive: its given Gold is reported and ignored
    assert {m: out["members"][m]["rank"] for m in "uabcd"} == {
        "u": "Silver", "a": "Bronze", "b": "Bronze", "c": "Gold", "d": None}
    assert pays(out) == {"u": 100, "a": 10, "b": 10, "c": 0, "d": 0}
    assert out["breakage"]["total"] == 0


def test_highest_listed_rank_wins_even_when_listed_out_of_order():
    ranks = [{"name": "Big", "group_volume": 500}, {"name": "Small", "group_volume": 100}]
    plan = make_plan([{"type": "rank_bonus", "amount_by_rank": {"Big": 50, "Small": 5}}], ranks)
    out = run(plan, "id,sponsor,volume,customer_volume,active\nu,,600,0,1\n")
    assert out["members"]["u"]["rank"] == "Small" and pay(out, "u") == 5


def test_output_shape_lists_every_member_and_component():
    plan = make_plan([{"type": "unilevel", "levels": [10]}, {"type": "binary", "percent": 5, "carry_over": True},
                      {"type": "matrix", "width": 3, "depth": 1, "levels": [1]}])
    out = run(plan, "id,sponsor,volume,customer_volume,active\nu,,10,0,1\nv,u,10,0,0\n")
    assert set(out) == {"members", "totals", "paid_total", "volume_total", "breakage"}
    assert out["members"]["v"] == {"rank": None, "total": 0, "by_component": {"unilevel": 0, "binary": 0, "matrix": 0},
                                   "carry_left": 0, "carry_right": 0, "cycled": False}
    # u: 10 % of v's 10 = 1 (unilevel) + 1 % of 10 = 0.1 (matrix); binary: nothing on the right
    assert out["totals"] == {"unilevel": pytest.approx(1), "binary": 0, "matrix": pytest.approx(0.1)}
    assert out["paid_total"] == pytest.approx(1.1) and out["volume_total"] == 20
    # breakage: unilevel 20 x 10 % - 1 = 1; matrix 20 x 1 % - 0.1 = 0.1
    assert out["breakage"] == {"by_component": {"unilevel": pytest.approx(1), "binary": 0, "matrix": pytest.approx(0.1)},
                               "total": pytest.approx(1.1)}
