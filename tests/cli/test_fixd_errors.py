"""fixd: the simulation's settings errors in Dutch on the command line with ``--lang nl``
(``core/error_text.py``), still naming the field, still exit 2 with nothing on stdout."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluator.cli import main

GIFTING = Path(__file__).resolve().parents[2] / "resources" / "examples" / "gifting-circle-2x3.oppeval"


def cli(capsys, *args) -> tuple[int, str, str]:
    code = main([*map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_simulate_market_below_the_start_in_dutch(capsys):
    # The gifting circle starts with 15 participants: a market of 10 cannot hold them.
    code, out, err = cli(capsys, "simulate", GIFTING, "--participants", 10, "--lang", "nl")
    assert code == 2 and out == ""
    assert ("simulation.market_size (--participants): de markt (10) moet minstens zo groot zijn "
            "als het aantal deelnemers bij de start (simulation.existing_participants = 15)") in err
    assert "must be" not in err


def test_simulate_market_below_the_start_stays_english_in_english(capsys):
    code, out, err = cli(capsys, "simulate", GIFTING, "--participants", 10)
    assert code == 2 and out == ""
    assert ("simulation.market_size (--participants): the market (10) must be at least the "
            "participants at the start (simulation.existing_participants = 15)") in err


def test_simulate_export_tree_month_out_of_range_in_dutch(capsys, tmp_path):
    # 60 months simulated: month 99 does not exist; nothing is written.
    out_csv = tmp_path / "tree.csv"
    code, out, err = cli(capsys, "simulate", GIFTING, "--export-tree", out_csv, "--month", 99,
                         "--lang", "nl")
    assert code == 2 and out == ""
    assert "--month: moet een geheel getal tussen 1 en 60 zijn" in err
    assert not out_csv.exists()


@pytest.mark.parametrize("lang, want", [
    ("nl", "x.oppeval: simulation.months: moet een geheel getal tussen 1 en 120 zijn"),
    ("en", "x.oppeval: simulation.months: must be a whole number between 1 and 120"),
])
def test_every_command_that_simulates_shows_settings_errors_in_its_language(lang, want):
    # analyze, report and export go through common.simulated() as simulate does.
    from evaluator.cli.common import CommandError, simulated
    from evaluator.core.fileformat import load
    from evaluator.core.simulation import SimulationSettingsError

    def run() -> None:
        raise SimulationSettingsError("simulation.months", "must be a whole number between 1 and 120")

    with pytest.raises(CommandError) as info:
        simulated(load(GIFTING), "x.oppeval", lang, run)
    assert str(info.value) == want
