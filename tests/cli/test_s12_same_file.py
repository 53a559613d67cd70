"""Session 12 (a review of the command-line contract): an output that is the command's own input
is refused with exit 2 and the input left as it was (``report x.oppeval -o x.oppeval`` turned the
evaluation into a PDF), and a ``--db`` file that is text, not a library (an evaluation file), is
refused and left alone (it was renamed "….corrupt-…" and replaced by an empty library, exit 0; a
damaged library, binary, is still kept aside and a new one started: tests/storage)."""

from __future__ import annotations

import hashlib
import shutil

import pytest

from evaluator.resources import example_paths

from .helpers import run_command


def _example(tmp_path, name="offer.oppeval"):
    src = next(p for p in example_paths() if p.stem == "pyramid-scheme")
    dst = tmp_path / name
    shutil.copyfile(src, dst)
    return dst


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command, args", [
    ("report", ("-o", "{f}")),
    ("export", ("-o", "{f}")),
    ("simulate", ("--json", "--export-tree", "{f}")),
])
def test_an_output_that_is_the_input_is_refused(tmp_path, command, args):
    name = "offer.csv" if command == "export" else "offer.oppeval"
    doc = _example(tmp_path, name)
    before = _digest(doc)
    # the same file under another name (a hard link) is refused too
    other = tmp_path / ("link-" + name)
    other.hardlink_to(doc)
    for out in (doc, other):
        done = run_command(command, str(doc), *(a.format(f=out) for a in args), "--lang", "en") \
            if command != "simulate" else run_command(command, str(doc), *(a.format(f=out) for a in args))
        assert done.returncode == 2, done.stderr
        assert "is the file being read; give another file name" in done.stderr
        assert "Traceback" not in done.stderr
    assert _digest(doc) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, other.name])  # nothing new


def test_library_export_onto_the_library_itself_is_refused(tmp_path):
    doc = _example(tmp_path)
    db = tmp_path / "lib.sqlite3"
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    assert run_command("library", "import", str(doc), "--db", str(db), env=env).returncode == 0
    before = _digest(db)
    done = run_command("library", "export", "1", "--db", str(db), "-o", str(db), env=env)
    assert done.returncode == 2 and "is the file being read" in done.stderr
    assert _digest(db) == before
    listed = run_command("library", "list", "--db", str(db), "--json", env=env)
    assert listed.returncode == 0 and '"Gifting circle membership"' in listed.stdout


def test_a_db_that_is_not_a_library_is_refused_and_left_alone(tmp_path):
    doc = _example(tmp_path)
    before = _digest(doc)
    env = {"XDG_DATA_HOME": str(tmp_path / "data")}
    for action in (("list",), ("list", "--json"), ("import", str(doc))):
        done = run_command("library", *action, "--db", str(doc), "--lang", "en", env=env)
        assert done.returncode == 2, done.stderr
        assert "is a text file, not a library database; it is left as it is" in done.stderr
    assert _digest(doc) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["offer.oppeval"]  # no .corrupt, no lock files
