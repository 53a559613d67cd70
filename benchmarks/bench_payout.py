"""Payout engine benchmarks (printed, not asserted; `make bench`).

A 1,000,000-member network: a uniform random recursive tree (each member's sponsor uniform among
those before it, as SPEC 5's simulation grows it), 80 % active, volumes 0-300 with a third from
outside customers, 5 % new this period.
1. The engine alone (Network built from arrays, as the simulation will): a four-component hybrid
   (unilevel with standard compression and depth by rank, fast start, matching, rank bonus) and a
   stairstep-breakaway plan with two generations. Best of 3.
2. Writing TREE.csv (250,000 and 1,000,000 rows: linear), reading it (1,000,000 rows, wall and
   CPU), and writing the --json text of its payout.
3. The whole `payout FILE --tree TREE.csv` command in a fresh process (start-up included), text
   summary and --json to /dev/null, wall and CPU (the child's user + system time). Target: <= 2 s.
   Its start-up alone (the imports of `payout`, CPU seconds in a fresh process), and the split of
   one run in a fresh process: imports, loading the plan, reading TREE.csv, the engine, writing.
   Each twice: as the process is started here, and with compiled bytecode (a fresh
   PYTHONPYCACHEPREFIX, filled by a first run), as an installed copy runs: with
   PYTHONDONTWRITEBYTECODE set (the build machine) every start compiles the project's modules.
4. Matrix placement (3-wide, breadth-first spillover, sequential) on the same network.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

import numpy as np  # noqa: E402

from evaluator.core.payout.dump import dump_json  # noqa: E402
from evaluator.core.payout.engine import compute  # noqa: E402
from evaluator.core.payout.network import Network  # noqa: E402
from evaluator.core.payout.treecsv import format_tree, read_tree  # noqa: E402
from evaluator.core.plans.components import PayoutPlan  # noqa: E402

N = 1_000_000
RANKS = [{"name": "Member"}, {"name": "Bronze", "personal_volume": 50, "group_volume": 500},
         {"name": "Silver", "personal_volume": 50, "group_volume": 2000, "legs": 2, "leg_volume": 300},
         {"name": "Gold", "personal_volume": 100, "group_volume": 10000, "legs": 3, "leg_volume": 1000}]
HYBRID = {"ranks": RANKS, "components": [
    {"type": "unilevel", "levels": [5, 5, 4, 3, 2, 1, 1], "compression": "standard",
     "depth_by_rank": {"Member": 2, "Bronze": 4}},
    {"type": "fast_start", "percents": [20, 10, 5], "months": 2},
    {"type": "matching", "percents": [20, 10], "min_rank": "Silver"},
    {"type": "rank_bonus", "amount_by_rank": {"Bronze": 25, "Silver": 100, "Gold": 500}}]}
STAIRSTEP = {"ranks": RANKS, "components": [
    {"type": "stairstep", "percent_by_rank": {"Member": 0, "Bronze": 6, "Silver": 12, "Gold": 21},
     "breakaway_rank": "Gold", "generation_percents": [4, 2]}]}
MATRIX = {"ranks": [], "components": [{"type": "matrix", "width": 3, "depth": 7, "levels": [1] * 7}]}


def network(n: int, seed: int = 1) -> Network:
    rng = np.random.default_rng(seed)
    sponsor = np.r_[-1, (rng.random(n - 1) * np.arange(1, n)).astype(np.int64)]
    volume = np.round(rng.choice([0, 50, 100, 100, 150, 300], size=n) * 1.0, 2)
    customer = np.round(volume * rng.choice([0, 0, 1 / 3, 1], size=n), 2)
    active = rng.random(n) < 0.8
    months = np.where(rng.random(n) < 0.05, 0, rng.integers(1, 36, size=n))
    return Network.build(sponsor=sponsor, volume=volume, customer_volume=customer, active=active,
                         months_since_join=months, ids=[f"m{i}" for i in range(n)])


# the imports of the payout command, timed in a fresh process
IMPORTS = ("import time; t = time.process_time()\n"
           "import evaluator.cli, evaluator.cli.payout_cmd, evaluator.core.payout.engine, "
           "evaluator.core.payout.treecsv, evaluator.core.payout.dump, numpy\n")
# one payout run in a fresh process, each step's CPU seconds (argv: doc, tree, [--json])
SPLIT = """
import os, sys, time
t0 = time.process_time()
from evaluator.cli import payout_cmd
from evaluator.core.payout.dump import json_chunks
from evaluator.core.payout.engine import compute
from evaluator.core.payout.treecsv import read_tree
t1 = time.process_time()
loaded = payout_cmd.load_plan(sys.argv[1])
t2 = time.process_time()
net = read_tree(sys.argv[2], loaded.plan)
t3 = time.process_time()
result = compute(loaded.plan, net)
t4 = time.process_time()
with open(os.devnull, "w") as sink:
    real, sys.stdout = sys.stdout, sink
    if sys.argv[3:]:
        payout_cmd.write_text(json_chunks(result, net.ids))
    else:
        print(payout_cmd.render_text(loaded, net, result))
    sys.stdout.flush()
    sys.stdout = real
t5 = time.process_time()
print(f"imports {t1 - t0:.3f}, plan {t2 - t1:.3f}, read {t3 - t2:.3f}, engine {t4 - t3:.3f}, "
      f"write {t5 - t4:.3f}, in all {t5 - t0:.3f}")
"""


def best_of(k, fn):
    times = []
    for _ in range(k):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


def main() -> None:
    t = time.perf_counter()
    net = network(N)
    print(f"network of {N:,} members built in {time.perf_counter() - t:.2f} s")
    hybrid = PayoutPlan.model_validate(HYBRID, strict=True)
    stair = PayoutPlan.model_validate(STAIRSTEP, strict=True)

    for label, plan in (("hybrid (unilevel standard + fast start + matching + rank bonus)", hybrid),
                        ("stairstep-breakaway, two generations", stair)):
        def run(plan=plan):
            net._cache.clear()  # a fresh network each time: the simulation builds one per month
            return compute(plan, net)
        cpu = time.process_time()
        seconds, result = best_of(3, run)
        cpu = (time.process_time() - cpu) / 3
        print(f"engine, {label}: {cpu:.3f} s CPU per run, {seconds:.3f} s wall (best of 3; the structure "
              f"derived afresh each time); paid {result.paid_total:,.0f} on volume {result.volume_total:,.0f}")

    matrix = PayoutPlan.model_validate(MATRIX, strict=True)
    net._cache.clear()
    seconds, result = best_of(1, lambda: compute(matrix, net))
    print(f"engine, 3x7 matrix with breadth-first placement of {N:,}: {seconds:.3f} s")

    with tempfile.TemporaryDirectory() as tmp:
        tree = os.path.join(tmp, "tree.csv")
        for size in (N // 4, N):  # the writer (simulate --export-tree) is linear: 4x the rows, ~4x the time
            small = network(size) if size != N else net
            t, cpu = time.perf_counter(), time.process_time()
            with open(tree, "w", encoding="utf-8", newline="") as fh:
                fh.write(format_tree(small, hybrid))
            print(f"TREE.csv of {size:,} rows written ({os.path.getsize(tree) / 1e6:.0f} MB) in "
                  f"{time.perf_counter() - t:.2f} s wall, {time.process_time() - cpu:.2f} s CPU")
        cpu = time.process_time()
        seconds, again = best_of(3, lambda: read_tree(tree, hybrid))
        cpu = (time.process_time() - cpu) / 3
        print(f"TREE.csv read and checked, {N:,} rows: {seconds:.3f} s wall (best of 3), "
              f"{cpu:.3f} s CPU per read")
        result = compute(hybrid, again)
        cpu = time.process_time()
        seconds, text = best_of(3, lambda: dump_json(result, again.ids))
        cpu = (time.process_time() - cpu) / 3
        print(f"--json text of {N:,} members written ({len(text) / 1e6:.0f} MB): {seconds:.3f} s wall (best of 3), "
              f"{cpu:.3f} s CPU per run")
        del text
        compiled = {**os.environ, "PYTHONPYCACHEPREFIX": os.path.join(tmp, "pycache")}
        compiled.pop("PYTHONDONTWRITEBYTECODE", None)
        environments = (("as started here" + (" (PYTHONDONTWRITEBYTECODE)" if os.environ.get(
            "PYTHONDONTWRITEBYTECODE") else ""), dict(os.environ)), ("compiled bytecode", compiled))
        subprocess.run([sys.executable, "-c", IMPORTS], cwd=ROOT, env=compiled, check=True,
                       stdout=subprocess.DEVNULL)  # fills the bytecode cache
        for where, env in environments:
            cpu = min(float(subprocess.run([sys.executable, "-c", IMPORTS + "print(time.process_time() - t)"],
                                           cwd=ROOT, env=env, check=True, capture_output=True,
                                           text=True).stdout) for _ in range(3))
            print(f"start-up of payout (its imports in a fresh process), {where}: {cpu:.3f} s CPU (best of 3)")
        for label, spec in (("hybrid", HYBRID), ("stairstep", STAIRSTEP)):
            doc = os.path.join(tmp, f"{label}.oppeval")
            with open(doc, "w", encoding="utf-8") as fh:
                json.dump({"format": "opportunity-evaluation", "version": 2,
                           "offer": {"name": label, "payout": spec}}, fh)
            for where, env in environments:
                for extra, what in (([], "text summary"), (["--json"], "--json")):
                    def command(doc=doc, extra=extra, env=env):
                        before = resource.getrusage(resource.RUSAGE_CHILDREN)
                        with open(os.devnull, "w") as sink:
                            subprocess.run([sys.executable, "-m", "evaluator", "payout", doc, "--tree", tree,
                                            *extra], cwd=ROOT, stdout=sink, check=True, env=env)
                        after = resource.getrusage(resource.RUSAGE_CHILDREN)
                        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
                    seconds, cpu = best_of(3, command)
                    print(f"payout command, {label}, {what}, {where}: {seconds:.2f} s wall, {cpu:.2f} s CPU "
                          f"(fresh process, best of 3; target <= 2 s)")
                    split = subprocess.run([sys.executable, "-c", SPLIT, doc, tree, *extra], cwd=ROOT, env=env,
                                           check=True, capture_output=True, text=True).stdout.strip()
                    print(f"  one run split (CPU s): {split}")


if __name__ == "__main__":
    main()
