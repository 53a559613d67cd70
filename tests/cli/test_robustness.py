"""Robustness on every command (SPEC 11, issue 15 items 3, 5, 9, 11, 12, 15, 16): FIFOs never
hang, odd output paths are refused, the library command refuses odd --db paths before any
write, imports are all or nothing, and messages clip what they echo."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from evaluator.cli import main
from evaluator.core import fileformat
from evaluator.core.model import Evaluation
from evaluator.resources import example_paths
from evaluator.storage import Library

EXAMPLE = example_paths()[0]


def cli(*args, timeout=60, env=None):
    return subprocess.run([sys.executable, "-m", "evaluator", *map(str, args)],
                          capture_output=True, text=True, timeout=timeout,
                          env={**os.environ, "LANG": "C", **(env or {})})


def run(capsys, *argv):
    code = main(list(map(str, argv)))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "x.oppeval"
    os.mkfifo(path)
    return path


# ----------------------------------------------------------------------------- FIFOs (item 9)

@pytest.mark.parametrize("argv", [
    ["validate", "{f}"],
    ["analyze", "{f}"],
    ["simulate", "{f}"],
    ["report", "{f}", "-o", "{tmp}/out.pdf"],
    ["library", "--db", "{tmp}/lib.sqlite3", "import", "{f}"],
    ["library", "--db", "{f}", "list"],
], ids=["validate", "analyze", "simulate", "report", "library-import", "library-db"])
def test_a_fifo_is_refused_at_once_by_every_command(fifo, tmp_path, argv):
    args = [a.format(f=fifo, tmp=tmp_path) for a in argv]
    result = cli(*args, timeout=30)  # hanging would raise TimeoutExpired
    assert result.returncode == 2, result.stderr
    assert "named pipe (FIFO)" in result.stderr or "not a regular file" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out.pdf").exists()
    assert not (tmp_path / "lib.sqlite3").exists()


# ----------------------------------------------------------------------------- output paths (item 5)

def test_export_refuses_a_symlink_and_a_fifo_and_leaves_them(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    with Library.open(db) as lib:
        entry = lib.add(Evaluation.new("Only"))
    real = tmp_path / "real.oppeval"
    real.write_text("keep me")
    link = tmp_path / "link.oppeval"
    link.symlink_to(real)
    code, _, err = run(capsys, "library", "--db", db, "--lang", "en", "export", entry, "-o", link)
    assert code == 2 and "is a symbolic link" in err
    assert link.is_symlink() and real.read_text() == "keep me"
    pipe = tmp_path / "pipe.oppeval"
    os.mkfifo(pipe)
    code, _, err = run(capsys, "library", "--db", db, "--lang", "nl", "export", entry, "-o", pipe)
    assert code == 2 and "geen gewoon bestand" in err
    assert pipe.is_fifo()


def test_report_refuses_a_symlink_and_a_fifo_as_output(tmp_path):
    target = tmp_path / "real.pdf"
    target.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    result = cli("report", EXAMPLE, "-o", link)
    assert result.returncode == 2 and "symbolic link" in result.stderr
    assert link.is_symlink() and target.read_bytes() == b"old"
    pipe = tmp_path / "out.pdf"
    os.mkfifo(pipe)
    result = cli("report", EXAMPLE, "-o", pipe, timeout=30)
    assert result.returncode == 2 and "named pipe" in result.stderr
    assert pipe.is_fifo()


# ----------------------------------------------------------------------------- --db (items 15, 16)

def test_another_programs_sqlite_file_is_refused_before_any_write(tmp_path, capsys):
    other = tmp_path / "photos.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    conn.execute("INSERT INTO photos (path) VALUES ('a.jpg')")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    code, _, err = run(capsys, "library", "--db", other, "--lang", "en", "list")
    assert code == 2
    assert "a database of another program (tables photos)" in err
    assert other.read_bytes() == before  # no new tables, no switch to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos.db"]  # nothing beside it
    conn = sqlite3.connect(other)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_db_pointing_at_a_folder_says_so_in_both_languages(tmp_path, capsys):
    code, _, err = run(capsys, "library", "--db", tmp_path, "--lang", "nl", "list")
    assert code == 2 and "is een map; geef de naam van het bibliotheekbestand" in err
    assert "disk I/O error" not in err


@pytest.mark.parametrize("bad_id", ["99999999999999999999999", "-99999999999999999999999"])
def test_export_of_an_id_beyond_sqlites_integers_is_no_such_entry(tmp_path, capsys, bad_id):
    db = tmp_path / "lib.sqlite3"
    Library.open(db).close()
    code, _, err = run(capsys, "library", "--db", db, "--lang", "en", "export", bad_id,
                       "-o", tmp_path / "out.oppeval")
    assert code == 2 and "no such entry" in err and "Traceback" not in err
    assert not (tmp_path / "out.oppeval").exists()


# ----------------------------------------------------------------------------- import (item 3)

def test_import_takes_many_files_in_one_process(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    code, out, err = run(capsys, "library", "--db", db, "import", *example_paths())
    assert code == 0, err
    ids = [int(x) for x in out.split()]
    assert ids == list(range(1, len(example_paths()) + 1))
    with Library.open(db) as lib:
        assert sorted(e.name for e in lib.list()) == sorted(
            fileformat.load(p).offer.name for p in example_paths())


def test_import_with_one_bad_file_imports_nothing_and_names_it(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    bad = tmp_path / "bad.oppeval"
    bad.write_text('{"format": "opportunity-evaluation", "version": 1, "offer": {"name": ""}}')
    missing = tmp_path / "missing.oppeval"
    code, out, err = run(capsys, "library", "--db", db, "--lang", "en", "import",
                         example_paths()[0], bad, example_paths()[1], missing)
    assert code == 2 and out == ""
    assert f"{bad}: invalid evaluation file" in err and "offer.name: must not be empty" in err
    assert f"{missing}: invalid evaluation file" in err
    assert "nothing was imported: 2 of 4 files refused" in err
    with Library.open(db) as lib:
        assert lib.list(include_deleted=True) == []


def test_list_json_writes_the_whole_text_at_once(tmp_path, monkeypatch):
    db = tmp_path / "lib.sqlite3"
    with Library.open(db) as lib:
        lib.add_many([(Evaluation.new(f"E{i}"), None) for i in range(200)])

    class Counting:
        writes = 0
        text = ""

        def write(self, s):
            Counting.writes += 1
            Counting.text += s
            return len(s)

        def flush(self):
            pass

    monkeypatch.setattr(sys, "stdout", Counting())
    assert main(["library", "--db", str(db), "list", "--json"]) == 0
    monkeypatch.undo()
    assert len(json.loads(Counting.text)) == 200
    assert Counting.writes == 1  # json.dump would have made thousands of small writes


@pytest.mark.parametrize("argv", [  # (library import simulates: it stores the verdict, SPEC 9.3)
    ["validate", "{ex}"],
    ["library", "--db", "{tmp}/lib.sqlite3", "list", "--json"],
], ids=["validate", "library-list"])
def test_commands_that_do_not_simulate_do_not_import_numpy(tmp_path, argv):
    args = [a.format(ex=EXAMPLE, tmp=tmp_path) for a in argv]
    code = ("import sys; from evaluator.cli import main; rc = main(sys.argv[1:]); "
            "print('NUMPY', 'numpy' in sys.modules, rc)")
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                            timeout=60)
    assert result.stdout.strip().splitlines()[-1] == "NUMPY False 0", result.stderr


# ----------------------------------------------------------------------------- messages (12, 16)

def _write(tmp_path, name, text_or_bytes) -> Path:
    path = tmp_path / name
    if isinstance(text_or_bytes, bytes):
        path.write_bytes(text_or_bytes)
    else:
        path.write_text(text_or_bytes, encoding="utf-8")
    return path


MINIMAL = '{"format": "opportunity-evaluation", "version": 1, "offer": {"name": "X"%s}}'


def test_at_most_50_problems_then_and_n_more(tmp_path, capsys):
    keys = "".join(f', "extra{i}": 1' for i in range(300))
    path = _write(tmp_path, "many.oppeval", MINIMAL % keys)
    code, _, err = run(capsys, "validate", path)
    lines = err.strip().splitlines()
    # a header, 50 problems, then 300 - 50 = 250 more
    assert code == 2 and len(lines) == 1 + 50 + 1
    assert lines[-1].strip() == "… and 250 more"


@pytest.mark.parametrize("content, expected", [
    ((MINIMAL % "").encode("utf-16"), "saved as UTF-16; save it as UTF-8"),
    (MINIMAL % ', "fees": 1' + "0" * 400, None),
    ('{"format": "opportunity-evaluation", "version": 1, "offer": {"name": "\\ud800"}}',
     "offer.name: contains a character that is not valid text"),
], ids=["utf16", "placeholder", "surrogate"])
def test_messages_name_the_problem(tmp_path, capsys, content, expected):
    if expected is None:
        content = ('{"format": "opportunity-evaluation", "version": 1, "offer": {"name": "X", '
                   '"fees": {"signup": 1' + "0" * 400 + '}}}')
        expected = "offer.fees.signup: the number is too large (401 digits)"
    code, _, err = run(capsys, "validate", _write(tmp_path, "f.oppeval", content))
    assert code == 2 and expected in err


def test_dutch_messages_for_a_lone_surrogate_and_a_huge_number(tmp_path, capsys):
    text = ('{"format": "opportunity-evaluation", "version": 1, "offer": {"name": "\\udfff", '
            '"fees": {"monthly": 1' + "0" * 400 + '}}}')
    code, _, err = run(capsys, "analyze", _write(tmp_path, "f.oppeval", text), "--lang", "nl")
    assert code == 2
    assert "ongeldig evaluatiebestand" in err
    assert "offer.name: bevat een teken dat geen geldige tekst is" in err
    assert "offer.fees.monthly: het getal is te groot (401 cijfers)" in err
    assert "Input should be" not in err  # no raw library English


def test_a_1_mb_key_is_clipped_in_the_message(tmp_path, capsys):
    key = "k" * 1_000_000
    path = _write(tmp_path, "big.oppeval", MINIMAL % f', "{key}": 1')
    code, _, err = run(capsys, "validate", path)
    assert code == 2
    assert len(err) < 600
    assert "offer." + "k" * 79 + "…: unknown key" in err


def test_bidi_controls_in_a_key_are_neutralised_in_the_message(tmp_path, capsys):
    path = _write(tmp_path, "bidi.oppeval", MINIMAL % ', "evil\u202egpj.exe": 1')
    code, _, err = run(capsys, "validate", path)
    assert code == 2
    assert "\u202e" not in err and "offer.evilgpj.exe: unknown key" in err


def test_list_json_has_one_entry_a_line_and_survives_tricky_names(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    tricky = ['a}, {"id": 1', 'b}, {', "c\\", 'd"}, {"id": ', "e\n}, {"]
    with Library.open(db) as lib:
        lib.add_many([(Evaluation.new(n), None) for n in tricky])
    code, out, _ = run(capsys, "library", "--db", db, "list", "--json", "--sort", "name")
    assert code == 0
    assert [e["name"] for e in json.loads(out)] == tricky
    assert len(out.splitlines()) == len(tricky) + 2  # "[", one line per entry, "]"
