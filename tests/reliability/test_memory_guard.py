"""A simulation too large for memory is refused before anything is allocated (issue 15 item 10,
SPEC 11): exit 2 naming the setting, under a 4 GB address-space limit, never a numpy traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from evaluator.core import simguard
from evaluator.core.model import Evaluation
from evaluator.core.fileformat import from_data as _from_data  # a version-1 document, upgraded

LIMIT = 4 * 2**30


def huge(existing: int, market: int, rate: float = 5.0, churn: float = 0.0) -> dict:
    ev = Evaluation.new("Huge")
    data = json.loads(ev.model_dump_json())
    data["simulation"].update(existing_participants=existing, market_size=market,
                              recruit_rate=rate, churn_percent=churn)
    return data


RUN_LIMITED = textwrap.dedent("""
    import resource, sys
    resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
    from evaluator.cli import main
    sys.exit(main(sys.argv[1:]))
""")


def run_limited(*args, timeout=120, limit=LIMIT):
    return subprocess.run([sys.executable, "-c", RUN_LIMITED.format(limit=limit), *map(str, args)],
                          capture_output=True, text=True, timeout=timeout,
                          env={"PATH": "/usr/bin:/bin", "LANG": "C", "HOME": "/tmp",
                               "QT_QPA_PLATFORM": "offscreen", "MPLBACKEND": "Agg",
                               "XDG_STATE_HOME": "/tmp/relio-state-unused"})


@pytest.mark.parametrize("command", ["simulate", "analyze"])
def test_ten_million_at_the_start_is_refused_under_a_4_gb_limit(tmp_path, command):
    path = tmp_path / "huge.oppeval"
    path.write_text(json.dumps(huge(10_000_000, 1_000_000_000)))
    result = run_limited(command, path, "--json")
    assert result.returncode == 2, result.stderr[-2000:]
    # 10 million recruiting 5 a month in a market of 10^9: far more than 10 million would join
    assert "simulation.market_size: up to" in result.stderr
    assert "memory" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_a_network_at_the_start_too_large_for_the_limit_names_existing_participants(tmp_path):
    path = tmp_path / "start.oppeval"
    path.write_text(json.dumps(huge(9_000_000, 9_000_000, rate=0.0)))
    # 9 million * 320 bytes + 64 MB = 2.95 GB > what is left of a 2 GB address space
    result = run_limited("simulate", path, limit=2 * 2**30)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "simulation.existing_participants: 9,000,000 participants at the start need about" \
        in result.stderr
    assert "Traceback" not in result.stderr


def test_the_guard_knows_the_simulations_limit():
    from evaluator.core import simulation

    assert simguard.MAX_PARTICIPANTS == simulation.MAX_PARTICIPANTS


def test_a_market_that_would_grow_too_large_names_the_market_size(tmp_path):
    path = tmp_path / "grows.oppeval"
    path.write_text(json.dumps(huge(1_000, 6_000_000, rate=1.0)))
    # 1,000 doubling monthly for 36 months fill the market of 6 million: bound 6 million,
    # 6e6 * 320 + 64 MB = 1.98 GB > what is left of a 1.5 GB address space
    result = run_limited("simulate", path, "--lang", "nl", limit=int(1.5 * 2**30))
    assert result.returncode == 2, result.stderr[-2000:]
    assert "simulation.market_size" in result.stderr and "geheugen" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_estimate_by_hand():
    # 1,000 at the start, no growth (rate 0): the bound is existing = 1,000 people, but at
    # least the mean field + 4,096 margin capped by the market of 2,000 -> 2,000
    assert simguard.participants_bound(1_000, 2_000, 12, 0.0, 0.0) == 2_000
    # market of 10^9, 1,000 people doubling for 12 months (rate 1, no churn, market ~ empty):
    # about 1,000 * 2^12 = 4.1 million ever; * 1.2 + 4,096 ~ 4.92 million
    bound = simguard.participants_bound(1_000, 10**9, 12, 1.0, 0.0)
    assert 4_800_000 < bound < 5_000_000
    # 4.92 million * 320 bytes + 64 MB ~ 1.64 GB: fits in 4 GB, not in 1 GB
    ev = _from_data(huge(1_000, 10**9, rate=1.0, churn=0.0))
    ev.simulation.months = 12
    simguard.check_memory(ev, available=4 * 2**30)
    with pytest.raises(simguard.SimulationTooLarge) as info:
        simguard.check_memory(ev, available=1 * 2**30)
    assert info.value.field == "simulation.market_size"


def test_the_bundled_examples_pass_the_guard():
    from evaluator.core import fileformat
    from evaluator.resources import example_paths

    for path in example_paths():
        simguard.check_memory(fileformat.load(path), available=512 * 2**20)  # 512 MB is plenty


def test_a_memory_error_during_the_command_exits_2(tmp_path, monkeypatch, capsys):
    from evaluator.cli import main
    from evaluator.core import simulation
    from evaluator.resources import example_paths

    def out_of_memory(*args, **kwargs):
        raise MemoryError()

    monkeypatch.setattr(simulation, "simulate", out_of_memory)
    assert main(["simulate", str(example_paths()[0])]) == 2
    err = capsys.readouterr().err
    assert "ran out of memory" in err and "simulation.market_size" in err
