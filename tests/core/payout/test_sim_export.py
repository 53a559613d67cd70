"""The population simulation pays every month by the payout engine's exact rules (SPEC 5, 10, 11).

`simulate --export-tree` writes a simulated month as TREE.csv with a `paid` column; reading that
file back and paying it with the engine (what `payout FILE --tree OUT.csv` does) must give every
member the pay the simulation gave them — for random plans of every component type and hybrids,
random seeds, small markets. Summing the exported months gives each participant's simulated
earnings; the carry-over and the cycle bonus of one month are what the next month brings in.
"""

from __future__ import annotations

import csv
import io
import json
import os

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator.cli import main
from evaluator.core.fileformat import from_data, save
from evaluator.core.payout.engine import compute
from evaluator.core.payout.treecsv import parse_tree
from evaluator.core.plans.components import PayoutPlan
from evaluator.core.simulation import (SimulationSettingsError, simulate, simulate_detailed,
                                       simulate_with_tree)
from evaluator.core.plans.registry import SAMPLE_RANKS

from .strategies import plans

OFFER = {
    "name": "Export test",
    "fees": {"signup": 20, "monthly": 10},
    "products": [{"name": "Box", "wholesale_price": 40, "retail_price": 60, "volume": 40}],
    "requirements": {"monthly_volume": 50},
    "payout": {"plan": "unilevel", "levels": [10, 5, 5], "recruit_bonus": 10},
}
SMALL = {"existing_participants": 8, "market_size": 120, "recruit_rate": 0.3, "churn_percent": 10,
         "retail_sellers_percent": 50, "customer_sales_mean": 90}


def evaluation(seed: int = 3, offer: dict | None = None):
    return from_data({"format": "opportunity-evaluation", "version": 1, "offer": offer or OFFER,
                      "simulation": {**SMALL, "seed": seed}})


def paid_column(text: str) -> np.ndarray:
    rows = list(csv.DictReader(io.StringIO(text)))
    return np.array([float(r["paid"]) for r in rows])


def round_trip(plan: PayoutPlan, seed: int, months: int, month: int):
    """Export month ``month``, read it back, pay it: the engine's pay and the export's."""
    _, tree = simulate_with_tree(evaluation(seed), month=month, months=months, payout=plan)
    text = tree.text()
    net = parse_tree(text.encode("utf-8"), plan)
    again = compute(plan, net)
    paid = paid_column(text)
    assert net.n == tree.net.n == len(paid)
    # repr() in the file: the paid column is the simulation's pay to the last bit
    assert paid.tolist() == tree.result.total.tolist()
    np.testing.assert_allclose(again.total, paid, rtol=1e-12, atol=1e-9)
    for t, pay in tree.result.by_component.items():
        np.testing.assert_allclose(again.by_component[t], pay, rtol=1e-12, atol=1e-9, err_msg=t)
        assert again.breakage[t] == pytest.approx(tree.result.breakage[t], rel=1e-12, abs=1e-9)
    assert again.rank.tolist() == tree.result.rank.tolist()
    return tree, again, text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plans(), st.integers(0, 10_000), st.integers(1, 5), st.integers(1, 5))
def test_payout_of_the_export_pays_every_member_what_the_simulation_paid(plan, seed, months, pick):
    round_trip(plan, seed, months, min(pick, months))


def sample_plan(*components: dict) -> PayoutPlan:
    ranks = [{"name": name, "group_volume": gv, "legs": legs} for name, gv, legs in SAMPLE_RANKS]
    return PayoutPlan.model_validate({"ranks": ranks, "components": list(components)}, strict=True)


EVERY_TYPE = {
    "unilevel": {"type": "unilevel", "levels": [10, 5, 5], "compression": "standard"},
    "binary": {"type": "binary", "percent": 10, "monthly_cap": 60, "carry_over": True},
    "matrix": {"type": "matrix", "width": 2, "depth": 2, "levels": [5, 5], "cycle_bonus": 40},
    "stairstep": {"type": "stairstep", "percent_by_rank": {"Bronze": 5, "Silver": 12},
                  "breakaway_rank": "Silver", "generation_percents": [3, 2]},
    "matching": {"type": "matching", "percents": [20, 10]},
    "fast_start": {"type": "fast_start", "percents": [20, 10], "months": 2},
    "recruit_bonus": {"type": "recruit_bonus", "amounts": [25, 10]},
    "rank_bonus": {"type": "rank_bonus", "amount_by_rank": {"Bronze": 15, "Silver": 80}},
}
HYBRID = [EVERY_TYPE["unilevel"], EVERY_TYPE["fast_start"], EVERY_TYPE["matching"],
          EVERY_TYPE["rank_bonus"]]


@pytest.mark.parametrize("kind", sorted(EVERY_TYPE))
def test_round_trip_for_each_component_type(kind):
    components = [EVERY_TYPE[kind]]
    if kind == "matching":  # matching alone matches nothing: on top of a unilevel
        components.insert(0, EVERY_TYPE["unilevel"])
    tree, again, _ = round_trip(sample_plan(*components), seed=11, months=8, month=8)
    assert tree.result.by_component[kind].sum() > 0  # the component really paid someone


def test_round_trip_for_a_hybrid_of_every_component():
    plan = sample_plan(*EVERY_TYPE.values())
    tree, again, text = round_trip(plan, seed=5, months=8, month=6)
    header = text.splitlines()[0].split(",")
    assert header == ["id", "sponsor", "volume", "customer_volume", "active", "months_since_join",
                      "rank", "placement", "leg", "carry_left", "carry_right", "cycled", "paid"]
    assert all(tree.result.by_component[t].sum() > 0 for t in ("unilevel", "matching", "matrix"))


def test_the_months_add_up_to_each_participants_simulated_earnings():
    # the simulation's earnings (downline + recruiting + rank) of each participant are the sum of
    # what the engine pays them in each month's exported network
    plan = sample_plan(*HYBRID, EVERY_TYPE["recruit_bonus"])
    months = 5
    _, pop = simulate_detailed(evaluation(9), months=months, payout=plan)
    earned = pop.earnings["downline"] + pop.earnings["recruiting"] + pop.earnings["rank"]
    total = np.zeros(len(earned))
    for m in range(1, months + 1):
        _, tree = simulate_with_tree(evaluation(9), month=m, months=months, payout=plan)
        total[: tree.net.n] += tree.result.total
    np.testing.assert_allclose(total, earned, rtol=1e-12, atol=1e-9)
    assert earned.sum() > 0


def test_binary_carry_and_matrix_cycle_go_from_one_month_into_the_next():
    plan = sample_plan(EVERY_TYPE["binary"], {**EVERY_TYPE["matrix"], "width": 1, "depth": 1, "levels": [5]})
    first = simulate_with_tree(evaluation(4), month=3, months=4, payout=plan)[1]
    second = simulate_with_tree(evaluation(4), month=4, months=4, payout=plan)[1]
    n = first.net.n
    assert second.net.carry_left[:n].tolist() == first.result.carry_left.tolist()
    assert second.net.carry_right[:n].tolist() == first.result.carry_right.tolist()
    assert second.net.cycled[:n].tolist() == first.result.cycled.tolist()
    assert first.result.carry_left.sum() + first.result.carry_right.sum() > 0
    # a 1x1 matrix is full with one member below: whoever cycled is never paid the bonus again
    assert first.result.cycled.any()
    # month 4 pays them only the level: 5 % of their one matrix child's volume, not 40 again
    net, pay = second.net, second.result.by_component["matrix"]
    for u in np.flatnonzero(first.result.cycled).tolist():
        kids = np.flatnonzero(second.placement == u)
        level = 0.05 * float(net.volume[kids].sum()) if net.active[u] else 0.0
        assert pay[u] == pytest.approx(level, abs=1e-9)
    assert (pay[np.flatnonzero(~first.result.cycled[:n] & second.result.cycled[:n])] >= 40).all()


def test_by_component_and_breakage_over_the_run():
    plan = sample_plan(*HYBRID)
    months = 4
    result = simulate(evaluation(2), months=months, payout=plan)
    want = dict.fromkeys(result.by_component, 0.0)
    lost = dict.fromkeys(result.by_component, 0.0)
    for m in range(1, months + 1):
        tree = simulate_with_tree(evaluation(2), month=m, months=months, payout=plan)[1]
        for t in want:
            want[t] += float(tree.result.by_component[t].sum())
            lost[t] += tree.result.breakage[t]
    assert set(want) == {"unilevel", "fast_start", "matching", "rank_bonus"}
    for t in want:
        assert result.by_component[t] == pytest.approx(want[t], rel=1e-12)
        assert result.breakage[t] == pytest.approx(lost[t], rel=1e-12, abs=1e-12)
    out = result.to_json()
    assert out["by_component"] == {t: round(v, 2) for t, v in want.items()}
    assert out["breakage"]["total"] == pytest.approx(sum(round(v, 2) for v in lost.values()), abs=0.011)
    downline = sum(want[t] for t in ("unilevel", "matching"))
    assert result.earnings_by_source["downline"] == pytest.approx(downline, rel=1e-12)
    assert result.earnings_by_source["recruiting"] == pytest.approx(want["fast_start"], rel=1e-12)
    assert result.earnings_by_source["rank"] == pytest.approx(want["rank_bonus"], rel=1e-12)


def test_month_outside_the_run_is_refused():
    with pytest.raises(SimulationSettingsError) as err:
        simulate_with_tree(evaluation(), month=7, months=6)
    assert err.value.field == "--month"


# ---- the command line ------------------------------------------------------------------------


@pytest.fixture
def mlm_file(tmp_path):
    path = tmp_path / "mlm.oppeval"
    save(evaluation(6), path)
    return path


def cli(capsys, *args):
    code = main([*map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_export_then_payout_gives_the_same_pay(mlm_file, tmp_path, capsys):
    out = tmp_path / "tree.csv"
    code, text, _ = cli(capsys, "simulate", mlm_file, "--json", "--export-tree", out, "--month", 5,
                        "--months", 6)
    assert code == 0
    sim = json.loads(text)
    assert set(sim["by_component"]) == {"unilevel", "recruit_bonus"}
    tree = out.read_text("utf-8")
    assert tree.splitlines()[0] == ("id,sponsor,volume,customer_volume,active,months_since_join,"
                                    "rank,paid")
    code, text, _ = cli(capsys, "payout", mlm_file, "--tree", out, "--json")
    assert code == 0
    members = json.loads(text)["members"]
    rows = list(csv.DictReader(io.StringIO(tree)))
    assert len(members) == len(rows) > 4
    for row in rows:
        assert members[row["id"]]["total"] == pytest.approx(float(row["paid"]), rel=1e-12, abs=1e-9)
    assert sum(float(r["paid"]) for r in rows) > 0


@pytest.mark.parametrize("args, words", [
    (["--month", "3"], "--month: only with --export-tree"),
    (["--export-tree", "{tmp}/t.csv", "--month", "0"], "--month: must be a whole number between 1 and 6"),
    (["--export-tree", "{tmp}/t.csv", "--month", "7"], "--month"),
    (["--export-tree", "{tmp}"], "--export-tree"),
    (["--export-tree", "{tmp}/link.csv"], "--export-tree"),
    (["--export-tree", "{tmp}/no/such/folder/t.csv"], "does not exist"),
])
def test_cli_bad_export_exits_2_and_writes_nothing(mlm_file, tmp_path, capsys, args, words):
    target = tmp_path / "elsewhere.csv"
    target.write_text("keep", "utf-8")
    os.symlink(target, tmp_path / "link.csv")
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, out, err = cli(capsys, "simulate", mlm_file, "--json", "--months", 6, *args)
    assert code == 2 and out == "" and words in err
    assert not (tmp_path / "t.csv").exists()
    assert target.read_text("utf-8") == "keep"


def test_cli_fifo_is_refused_before_the_run(mlm_file, tmp_path, capsys):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    code, out, err = cli(capsys, "simulate", mlm_file, "--export-tree", fifo)
    assert code == 2 and out == "" and "--export-tree" in err


def test_two_people_three_months_by_hand():
    # Two existing participants (1 is 0's recruit: the only tree of two), nobody joins or quits,
    # nobody sells outside: each buys the required 50 points, MV = B = 50 every month.
    ev = from_data({"format": "opportunity-evaluation", "version": 1, "offer": OFFER,
                    "simulation": {"existing_participants": 2, "market_size": 2, "recruit_rate": 0,
                                   "churn_percent": 0, "retail_sellers_percent": 0, "seed": 1}})
    plan = PayoutPlan.model_validate({"ranks": [{"name": "Lead", "group_volume": 100}], "components": [
        {"type": "unilevel", "levels": [10, 5], "compression": "standard"},
        {"type": "fast_start", "percents": [20], "months": 2},
        {"type": "rank_bonus", "amount_by_rank": {"Lead": 30}}]}, strict=True)
    result, pop = simulate_detailed(ev, months=3, payout=plan)
    # unilevel: 0 earns 10 % of 1's 50 = 5 a month, 15 in all; level 2 has nobody.
    # breakage a month: B 100 x (10 + 5) % = 15, minus 5 paid = 10; 30 over three months.
    # fast start: existing participants joined before month 0, never inside their first months.
    # rank bonus: 0's GV = 50 + 50 = 100 >= 100: Lead, 30 a month; 1's GV 50: no rank.
    assert result.by_component == {"unilevel": 15.0, "fast_start": 0.0, "rank_bonus": 90.0}
    assert result.breakage == pytest.approx({"unilevel": 30.0, "fast_start": 0.0, "rank_bonus": 0.0})
    assert pop.earnings["downline"].tolist() == [15.0, 0.0]
    assert pop.earnings["rank"].tolist() == [90.0, 0.0]
    _, tree = simulate_with_tree(ev, months=3, payout=plan)
    assert tree.text().splitlines() == [
        "id,sponsor,volume,customer_volume,active,months_since_join,rank,paid",
        "0,,50.0,0.0,1,123,Lead,35.0",  # month 3 + 120: an existing participant
        "1,0,50.0,0.0,1,123,,0.0",
    ]


def test_cli_round_trip_on_a_version_2_document(tmp_path, capsys):
    # a version-2 file: unilevel with standard compression and depth by rank, binary with
    # carry-over, a two-level recruit bonus and a rank bonus on a rank table with legs
    doc = {"format": "opportunity-evaluation", "version": 2, "offer": {
        **{k: v for k, v in OFFER.items() if k != "payout"},
        "payout": {"ranks": [{"name": "Bronze", "group_volume": 150},
                             {"name": "Silver", "group_volume": 400, "legs": 2}],
                   "components": [
                       {"type": "unilevel", "levels": [10, 5, 5], "compression": "standard",
                        "depth_by_rank": {"Bronze": 2}},
                       {"type": "binary", "percent": 10, "monthly_cap": 50, "carry_over": True},
                       {"type": "recruit_bonus", "amounts": [20, 5]},
                       {"type": "rank_bonus", "amount_by_rank": {"Silver": 40}}]}},
        "simulation": {**SMALL, "seed": 8}}
    path = tmp_path / "v2.oppeval"
    path.write_text(json.dumps(doc), "utf-8")
    out = tmp_path / "tree.csv"
    code, text, err = cli(capsys, "simulate", path, "--json", "--export-tree", out, "--months", 7)
    assert code == 0, err
    assert set(json.loads(text)["by_component"]) == {"unilevel", "binary", "recruit_bonus", "rank_bonus"}
    tree = out.read_text("utf-8")
    assert tree.splitlines()[0].endswith("rank,leg,carry_left,carry_right,paid")
    code, text, err = cli(capsys, "payout", path, "--tree", out, "--json")
    assert code == 0, err
    members = json.loads(text)["members"]
    rows = list(csv.DictReader(io.StringIO(tree)))
    assert len(rows) == len(members)
    for row in rows:
        assert members[row["id"]]["total"] == pytest.approx(float(row["paid"]), rel=1e-12, abs=1e-9)
    assert sum(float(r["paid"]) for r in rows) > 0
