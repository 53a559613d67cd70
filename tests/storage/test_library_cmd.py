"""``library list/import/export`` on the command line, against real library files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from evaluator.cli import main
from evaluator.core import fileformat
from evaluator.core.plans.components import UnilevelComponent
from evaluator.resources import example_paths
from evaluator.storage import Library

from .conftest import make_ev


def run(capsys, *argv):
    code = main(["library", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def user_library() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "opportunity-evaluator" / "library.sqlite3"


def test_round_trip_through_the_per_user_library(tmp_path, capsys):
    original = make_ev("Round trip", "Co", "mlm", signup=149.95)
    original.offer.payout.components = [UnilevelComponent(type="unilevel", levels=[10.0, 5.0, 2.5])]
    src = tmp_path / "in.oppeval"
    fileformat.save(original, src)

    code, out, err = run(capsys, "import", src)
    assert code == 0, err
    entry_id = int(out.strip())
    assert user_library().is_file()  # no --db: the default library was used

    code, out, _ = run(capsys, "list", "--json")
    assert code == 0
    listed = json.loads(out)
    assert len(listed) == 1
    item = listed[0]
    assert item["id"] == entry_id and item["name"] == "Round trip"
    # imported with the verdict analyze gives (SPEC 9.3; see tests/cli/test_fixb_*)
    from evaluator.core.analysis import analyze

    assert (item["company"], item["kind"], item["verdict"]) == (
        "Co", "mlm", analyze(fileformat.load(src)).verdict.level)
    assert item["file_path"] == str(src.resolve())
    assert item["updated"].endswith("Z")

    out_file = tmp_path / "out.oppeval"
    code, _, err = run(capsys, "export", entry_id, "-o", out_file)
    assert code == 0, err
    assert fileformat.load(out_file) == original
    assert out_file.read_bytes() == src.read_bytes()


@pytest.mark.parametrize("example", example_paths(), ids=lambda p: p.stem)
def test_bundled_examples_round_trip(example, tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    code, out, err = run(capsys, "--db", db, "import", example)
    assert code == 0, err
    out_file = tmp_path / "out.oppeval"
    assert run(capsys, "--db", db, "export", out.strip(), "-o", out_file)[0] == 0
    assert fileformat.load(out_file) == fileformat.load(example)


def test_invalid_file_exits_2_with_field_paths_and_writes_nothing(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    bad = tmp_path / "bad.oppeval"
    bad.write_text('{"format": "opportunity-evaluation", "version": 1, "offer": '
                   '{"name": "", "payout": {"levels": [5, 500]}}}', encoding="utf-8")
    code, out, err = run(capsys, "--db", db, "--lang", "en", "import", bad)
    assert code == 2 and out == ""
    assert "offer.name: must not be empty" in err
    assert "offer.payout.levels[1]: must be between 0 and 100" in err
    assert "Traceback" not in err
    with Library.open(db) as lib:
        assert lib.list(include_deleted=True) == []


def test_dutch_field_errors(tmp_path, capsys):
    bad = tmp_path / "bad.oppeval"
    bad.write_text('{"format": "opportunity-evaluation", "version": 1, "offer": {"name": ""}}',
                   encoding="utf-8")
    code, _, err = run(capsys, "--db", tmp_path / "lib.sqlite3", "import", bad, "--lang", "nl")
    assert code == 2
    assert "ongeldig evaluatiebestand" in err and "offer.name: mag niet leeg zijn" in err


@pytest.mark.parametrize("bad_id", ["42", "abc"])
def test_export_of_an_unknown_id_exits_2_and_writes_nothing(tmp_path, capsys, bad_id):
    db = tmp_path / "lib.sqlite3"
    with Library.open(db) as lib:
        lib.add(make_ev("Only"))
    out_file = tmp_path / "out.oppeval"
    code, out, err = run(capsys, "--db", db, "export", bad_id, "-o", out_file)
    assert code == 2
    assert f"no library entry with id '{bad_id}'" in err
    assert not out_file.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.sqlite3", "lib.sqlite3.inuse", "lib.sqlite3.lock"]


def test_export_into_a_missing_folder_exits_2(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    with Library.open(db) as lib:
        entry_id = lib.add(make_ev("Only"))
    code, _, err = run(capsys, "--db", db, "export", entry_id, "-o", tmp_path / "nope" / "x.oppeval")
    assert code == 2 and "the folder does not exist" in err


def test_export_over_an_existing_file_replaces_it_whole(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    with Library.open(db) as lib:
        entry_id = lib.add(make_ev("New content"))
    target = tmp_path / "x.oppeval"
    target.write_text("old content that is much longer than nothing" * 1000)
    assert run(capsys, "--db", db, "export", entry_id, "-o", target)[0] == 0
    assert fileformat.load(target).offer.name == "New content"


def test_readable_table(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    with Library.open(db) as lib:
        lib.add(make_ev("Kitchen dealer", "ThermoChef", "dealer"), verdict="caution")
        gone = lib.add(make_ev("Deleted one"))
        lib.delete(gone)
    code, out, _ = run(capsys, "--db", db, "--lang", "en", "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "Name", "Company", "Kind", "Verdict", "Updated", "(UTC)"]
    assert lines[1].split()[:6] == ["1", "Kitchen", "dealer", "ThermoChef", "dealer", "caution"]
    assert len(lines) == 2  # the trashed entry is not listed
    code, out, _ = run(capsys, "--db", db, "--lang", "nl", "list", "--search", "nothing")
    assert out.strip() == "Niets gevonden."
    code, out, _ = run(capsys, "--db", tmp_path / "empty.sqlite3", "--lang", "en", "list")
    assert out.strip() == "The library is empty."


def test_the_installed_entry_point_runs_the_library_command(tmp_path):
    db = tmp_path / "lib.sqlite3"
    with Library.open(db) as lib:
        lib.add(make_ev("Via python -m"))
    result = subprocess.run([sys.executable, "-m", "evaluator", "library", "list", "--json",
                             "--db", str(db)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert [e["name"] for e in json.loads(result.stdout)] == ["Via python -m"]


def test_a_library_path_that_cannot_be_opened_exits_2(tmp_path, capsys):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    code, _, err = run(capsys, "--db", folder, "--lang", "en", "list")
    assert code == 2
    assert "is a folder; give the library file's name" in err and "Traceback" not in err
