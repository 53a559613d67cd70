"""One log file for the app and the command line (issue 10 item 6): recoveries with their
traceback, refusals, migrations; ``--debug`` echoes to stderr."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

from evaluator import logsetup

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "library"


def cli(tmp_path, *args):
    env = {**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "LANG": "C"}
    return subprocess.run([sys.executable, "-m", "evaluator", *map(str, args)],
                          capture_output=True, text=True, timeout=60, env=env)


def log_text(tmp_path) -> str:
    return (tmp_path / "state" / "opportunity-evaluator" / "opportunity-evaluator.log").read_text()


def test_a_library_recovery_is_logged_with_its_traceback(tmp_path):
    db = tmp_path / "library.sqlite3"
    db.write_bytes(b"\x00this is no database" * 500)
    result = cli(tmp_path, "library", "--db", db, "list")
    assert result.returncode == 0, result.stderr
    log = log_text(tmp_path)
    assert "is damaged; moved aside to" in log and ".corrupt-" in log
    assert "Traceback (most recent call last)" in log
    assert "_Corrupt" in log  # the exception that found the damage
    assert "recovered: 0 entries salvaged" in log


def test_migration_backup_and_refused_files_are_logged(tmp_path):
    db = tmp_path / "old.sqlite3"
    shutil.copy(FIXTURES / "library-v1.sqlite3", db)
    assert cli(tmp_path, "library", "--db", db, "list").returncode == 0
    fifo = tmp_path / "x.oppeval"
    os.mkfifo(fifo)
    assert cli(tmp_path, "validate", fifo).returncode == 2
    log = log_text(tmp_path)
    assert "backup before migrating from schema 1" in log
    assert "applying schema step m002_search_text" in log
    assert f"refused to read '{fifo}'" in log


def test_debug_before_the_command_echoes_the_log_to_stderr(tmp_path):
    from evaluator.resources import example_paths

    result = cli(tmp_path, "--debug", "validate", example_paths()[0])
    assert result.returncode == 0
    assert "DEBUG evaluator.cli: command validate" in result.stderr
    assert "DEBUG evaluator.cli: command validate" in log_text(tmp_path)
    quiet = cli(tmp_path, "validate", example_paths()[0])
    assert "DEBUG" not in quiet.stderr


def test_the_log_goes_to_xdg_state_home_or_local_state(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "s"))
    assert logsetup.log_file_path() == tmp_path / "s" / "opportunity-evaluator" / "opportunity-evaluator.log"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert logsetup.log_file_path() == (tmp_path / "home" / ".local" / "state" / "opportunity-evaluator"
                                        / "opportunity-evaluator.log")


def test_an_unwritable_log_folder_does_not_stop_the_program(tmp_path, monkeypatch):
    blocker = tmp_path / "file-not-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    assert logsetup.setup() is None
    logging.getLogger("evaluator.test").info("still fine")


def test_an_unexpected_error_is_logged_with_its_traceback_and_exits_1(tmp_path, monkeypatch, capsys):
    from evaluator.cli import main
    from evaluator.cli import validate_cmd

    def broken(args):
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(validate_cmd, "run", broken)
    assert main(["validate", "x"]) == 1
    err = capsys.readouterr().err
    assert "internal error in 'validate'" in err and "opportunity-evaluator.log" in err
    assert "Traceback" not in err
    log = logsetup.log_file_path().read_text()
    assert "ZeroDivisionError: a bug" in log and "Traceback (most recent call last)" in log
