"""Command-line defects of a user-level review (SPEC 7 and 11: bad input exits 2 naming the
field, a failed command writes nothing; SPEC 9.3: the library shows analyze's verdict):

- ``report`` of a document whose own simulation the settings refuse exited 1 ("internal error")
  instead of 2 naming the field; ``validate`` keeps such a file valid (SPEC 2 accepts the
  numbers) but warns which field the other commands refuse;
- ``simulate --participants`` (and ``--months``, ``--seed``) beyond the limits of the file's
  field crashed (OverflowError) or was accepted;
- ``library import`` stored no verdict and no simulation summary;
- "1 pages".
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evaluator.cli import main
from evaluator.core import fileformat
from evaluator.resources import example_paths

from .helpers import run_command

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
PYRAMID = EXAMPLES / "pyramid-scheme.oppeval"


def cli(capsys, *args) -> tuple[int, str, str]:
    code = main([*map(str, args)])
    out = capsys.readouterr()
    return code, out.out, out.err


def sized(tmp_path: Path, existing: int, market: int, name: str = "big.oppeval") -> Path:
    """The pyramid-scheme example with these simulation sizes (valid by the format: SPEC 2
    bounds both by 1e12 only)."""
    data = json.loads(PYRAMID.read_text(encoding="utf-8"))
    data["simulation"]["existing_participants"] = existing
    data["simulation"]["market_size"] = market
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# -- 1. report (and every command that analyses) of a simulation the settings refuse -----------

@pytest.mark.parametrize("existing, market", [(10_000_001, 10_000_002),
                                              (500_000_000, 500_000_000),
                                              (10**12, 10**12)])
def test_report_of_a_refused_simulation_exits_2_naming_the_field(tmp_path, existing, market):
    doc = sized(tmp_path, existing, market)
    out = tmp_path / "x.pdf"
    done = run_command("report", str(doc), "-o", str(out), env={"LANG": "C"})
    assert done.returncode == 2, done.stderr
    assert "simulation.existing_participants" in done.stderr
    assert "internal error" not in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


@pytest.mark.parametrize("variant", ["--summary", "--checklist", "--simulate"])
def test_report_variants_refuse_the_same_and_keep_an_existing_pdf(tmp_path, capsys, variant):
    doc = sized(tmp_path, 10_000_001, 10_000_002)
    out = tmp_path / "x.pdf"
    out.write_bytes(b"the old PDF")
    code, stdout, err = cli(capsys, "report", doc, "-o", out, variant)
    assert code == 2
    assert "simulation.existing_participants" in err and "10,000,000" in err
    assert stdout == ""
    assert out.read_bytes() == b"the old PDF"  # a failed command writes nothing


@pytest.mark.parametrize("command", [("analyze", "--json"), ("simulate", "--json")])
def test_the_commands_that_simulate_refuse_it_the_same(tmp_path, capsys, command):
    doc = sized(tmp_path, 10_000_001, 10_000_002)
    code, stdout, err = cli(capsys, command[0], doc, *command[1:])
    assert (code, stdout) == (2, "")
    assert "simulation.existing_participants" in err


def test_export_xlsx_refuses_it_and_writes_nothing(tmp_path, capsys):
    pytest.importorskip("xlsxwriter")
    doc = sized(tmp_path, 10_000_001, 10_000_002)
    out = tmp_path / "x.xlsx"
    code, _, err = cli(capsys, "export", doc, "-o", out)
    assert code == 2 and "simulation.existing_participants" in err
    assert not out.exists()


def test_validate_keeps_the_file_valid_and_names_the_field_the_others_refuse(tmp_path, capsys):
    # SPEC 7: validate checks the file format (SPEC 2: existing_participants a whole number >= 1,
    # bounded by 1e12); the simulation's own limit of 10,000,000 is a limit of the engine, so the
    # file stays valid (exit 0) and a warning names the field analyze/report/simulate refuse.
    doc = sized(tmp_path, 10_000_001, 10_000_002)
    code, stdout, err = cli(capsys, "validate", doc)
    assert code == 0
    assert "valid (Gifting circle membership)" in stdout
    assert "warning" in err and "simulation.existing_participants" in err
    assert "at most 10,000,000 participants" in err


def test_validate_warns_in_dutch_and_not_for_a_simulation_that_runs(tmp_path, capsys,
                                                                     monkeypatch):
    monkeypatch.setenv("LANGUAGE", "nl")
    doc = sized(tmp_path, 10_000_001, 10_000_002)
    code, _, err = cli(capsys, "validate", doc)
    assert code == 0 and "waarschuwing" in err and "10.000.000" in err
    code, _, err = cli(capsys, "validate", PYRAMID)  # 1,000 at the start, a market of 100,000
    assert (code, err) == (0, "")


# -- 2. simulate's numeric options obey the limits of the fields they override ----------------

@pytest.mark.parametrize("value", ["1" + "0" * 400, "99999999999999999999", "1000000000001",
                                   "0", "-5"])
def test_participants_beyond_the_market_size_limits_exit_2(tmp_path, capsys, value):
    code, stdout, err = cli(capsys, "simulate", PYRAMID, "--json", "--participants", value)
    assert (code, stdout) == (2, "")
    assert "--participants" in err and "1,000,000,000,000" in err
    assert "internal error" not in err


def test_participants_at_the_market_size_limit_runs(capsys):
    code, stdout, err = cli(capsys, "simulate", PYRAMID, "--json", "--participants", 10**12)
    assert code == 0, err
    data = json.loads(stdout)
    assert data["settings"]["market_size"] == 10**12
    assert data["participants_ever"] < 10**12  # the network, not the market, bounds who joins


@pytest.mark.parametrize("option, value, limit", [
    ("--months", "99999999999999999999999", "between 1 and 120"),
    ("--months", "121", "between 1 and 120"),
    ("--seed", "99999999999999999999999", "between 0 and 9,223,372,036,854,775,807"),
    ("--seed", str(2**63), "between 0 and 9,223,372,036,854,775,807"),  # 2^63 - 1 is the file's
])
def test_months_and_seed_beyond_their_fields_exit_2(capsys, option, value, limit):
    code, stdout, err = cli(capsys, "simulate", PYRAMID, "--json", option, value)
    assert (code, stdout) == (2, "")
    assert f"{option}: must be a whole number {limit}" in err


def test_the_largest_seed_of_the_file_is_accepted(capsys):
    code, stdout, err = cli(capsys, "simulate", PYRAMID, "--json", "--seed", 2**63 - 1)
    assert code == 0, err
    assert json.loads(stdout)["settings"]["seed"] == 2**63 - 1


def test_a_huge_month_exits_2_and_writes_no_tree(tmp_path, capsys):
    tree = tmp_path / "t.csv"
    code, stdout, err = cli(capsys, "simulate", PYRAMID, "--json", "--export-tree", tree,
                            "--month", "1" + "0" * 400)
    assert (code, stdout) == (2, "")
    assert "--month: must be a whole number between 1 and 12" in err  # the example: 12 months
    assert not tree.exists()


def test_participants_in_a_fresh_process_no_traceback():
    done = run_command("simulate", str(PYRAMID), "--participants", "1" + "0" * 400,
                       env={"LANG": "C"})
    assert done.returncode == 2
    assert "OverflowError" not in done.stderr and "Traceback" not in done.stderr
    assert done.stdout == ""


# -- 3. library import stores analyze's verdict and the simulation summary ---------------------

def test_library_import_lists_the_verdict_analyze_gives(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    files = example_paths()
    assert len(files) >= 10
    code, stdout, err = cli(capsys, "library", "--db", db, "import", *files)
    assert code == 0, err
    ids = [int(line) for line in stdout.split()]
    code, stdout, _ = cli(capsys, "library", "--db", db, "list", "--json")
    listed = {item["id"]: item for item in json.loads(stdout)}
    levels = set()
    for entry_id, path in zip(ids, files):
        code, text, err = cli(capsys, "analyze", path, "--json")
        assert code == 0, err
        expected = json.loads(text)["verdict"]["level"]
        assert listed[entry_id]["verdict"] == expected, path
        levels.add(expected)
    assert {"lower_risk", "likely_pyramid"} <= levels  # the examples differ: not one constant


def test_library_import_stores_the_summary_the_app_stores(tmp_path, capsys):
    from evaluator.core.simulation import simulate
    from evaluator.storage import Library
    from evaluator.ui import session

    db = tmp_path / "lib.sqlite3"
    code, stdout, err = cli(capsys, "library", "--db", db, "import", PYRAMID)
    assert code == 0, err
    ev = fileformat.load(PYRAMID)
    with Library.open(db) as lib:
        stored = lib.simulation(int(stdout))
    # the dict the app's save path stores (ui.session.summary_to_store, now from storage)
    assert stored == session.summary_to_store(ev, simulate(ev))
    assert stored["network"] == session.network_key(ev)


def test_library_import_of_a_refused_simulation_stores_the_apps_verdict(tmp_path, capsys):
    # The app analyses such a document without its simulation and stores that verdict, with no
    # summary (ui.session: the simulation "could not run"); import does the same, and still
    # imports the file (it is valid).
    from evaluator.storage import Library
    from evaluator.ui.session import analyze_with

    doc = sized(tmp_path, 10_000_001, 10_000_002)
    db = tmp_path / "lib.sqlite3"
    code, stdout, err = cli(capsys, "library", "--db", db, "import", doc)
    assert code == 0, err
    assert "note" in err and "simulation.existing_participants" in err  # why it was left out
    ev = fileformat.load(doc)
    with Library.open(db) as lib:
        entry = lib.entry(int(stdout))
        assert lib.simulation(entry.id) is None
    assert entry.verdict == analyze_with(ev, "en", None).verdict.level == "likely_pyramid"


# -- 4. "1 page", not "1 pages" --------------------------------------------------------------

def test_report_says_1_page_and_n_pages(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    one = tmp_path / "one.pdf"
    done = run_command("report", str(PYRAMID), "-o", str(one), "--summary", env={"LANG": "C"})
    assert done.returncode == 0, done.stderr
    assert len(pypdf.PdfReader(str(one)).pages) == 1
    assert done.stderr.strip().endswith(": 1 page")
    nl = run_command("report", str(PYRAMID), "-o", str(one), "--summary",
                     env={"LANG": "nl_NL.UTF-8", "LANGUAGE": "nl"})
    assert nl.returncode == 0 and nl.stderr.strip().endswith(": 1 pagina")

    full = tmp_path / "full.pdf"
    done = run_command("report", str(PYRAMID), "-o", str(full), env={"LANG": "C"})
    assert done.returncode == 0, done.stderr
    pages = len(pypdf.PdfReader(str(full)).pages)
    assert pages > 1
    assert done.stderr.strip().endswith(f": {pages} pages")


def test_one_month_is_singular_in_analyze_simulate_and_export(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "en")
    data = json.loads(PYRAMID.read_text(encoding="utf-8"))
    data["assumptions"]["horizon_months"] = 1  # simulation.months is null: the horizon
    doc = tmp_path / "one-month.oppeval"
    doc.write_text(json.dumps(data), encoding="utf-8")
    code, text, err = cli(capsys, "analyze", doc)
    assert code == 0, err
    assert "Income over 1 month " in text and "Costs over 1 month " in text
    assert "over 1 month (the file's own settings; seed" in text
    assert "1 months" not in text  # the red flags and the break-even text say "1 month" too
    code, text, err = cli(capsys, "analyze", doc, "--lang", "nl")
    assert "Inkomsten over 1 maand " in text and "Kosten over 1 maand " in text
    code, text, err = cli(capsys, "simulate", doc)
    assert code == 0, err
    assert "people, 1 month," in text and "Net result after 1 month (" in text
    out = tmp_path / "one.csv"
    code, _, err = cli(capsys, "export", doc, "-o", out)
    assert code == 0 and err.strip().endswith(": 1 month")
    monkeypatch.setenv("LANGUAGE", "nl")
    code, _, err = cli(capsys, "export", doc, "-o", out)
    assert code == 0 and err.strip().endswith(": 1 maand")
