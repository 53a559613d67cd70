"""A full disk loses nothing (issue 15 items 4 and 8): ``report``, Export PDF, saves and
migrations fail with "the disk is full" and leave the old file, and no partial file, behind.

Each case runs twice: on a real small tmpfs (skipped where ``mount`` is not permitted) and with
an injected ``ENOSPC`` from ``os.write`` (so CI always exercises it).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from evaluator.core import fileformat, safefile
from evaluator.core.model import Evaluation
from evaluator.resources import example_paths
from evaluator.storage import Library, LibraryError
from evaluator.storage import library as library_module

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "library"
EXAMPLE = example_paths()[0]


@pytest.fixture
def small_disk(tmp_path):
    """A 256 KB tmpfs at ``tmp_path / 'disk'``; skipped when mounting is not permitted."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount_point)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def fill(folder: Path, leave: int) -> None:
    """Fill the file system of ``folder`` until about ``leave`` bytes are free."""
    free = shutil.disk_usage(folder).free
    with open(folder / "filler", "wb") as fh:
        try:
            fh.write(b"\0" * max(free - leave, 0))
        except OSError:
            pass


def report_cli(*args):
    return subprocess.run([sys.executable, "-m", "evaluator", "report", *map(str, args)],
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "LANG": "C"})


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# ----------------------------------------------------------------------------- real tmpfs

def test_report_on_a_full_disk_keeps_the_old_pdf(small_disk):
    out = small_disk / "summary.pdf"
    first = report_cli(EXAMPLE, "-o", out, "--lang", "en")
    assert first.returncode == 0, first.stderr
    good = out.read_bytes()
    assert good.startswith(b"%PDF")
    fill(small_disk, 48_000)  # less room than one more report (about 54-74 KB)
    result = report_cli(EXAMPLE, "-o", out, "--lang", "nl")
    assert result.returncode == 2
    assert "the disk is full" in result.stderr
    assert "could not start a new page" not in result.stderr and "Traceback" not in result.stderr
    assert out.read_bytes() == good
    assert names(small_disk) == ["filler", "summary.pdf"]  # no temp file left


def test_report_on_a_full_disk_with_no_old_file_leaves_nothing(small_disk):
    fill(small_disk, 36_000)
    result = report_cli(EXAMPLE, "-o", small_disk / "new.pdf")
    assert result.returncode == 2 and "the disk is full" in result.stderr
    assert names(small_disk) == ["filler"]


def test_saving_an_evaluation_on_a_full_disk_keeps_the_old_file(small_disk):
    path = small_disk / "offer.oppeval"
    fileformat.save(Evaluation.new("Old"), path)
    old = path.read_bytes()
    fill(small_disk, 0)
    big = Evaluation.new("New")
    big.offer.notes = "x" * 50_000
    with pytest.raises(safefile.SafeFileError) as info:
        fileformat.save(big, path)
    assert info.value.kind == "disk_full"
    assert "de schijf is vol" in info.value.render("nl")
    assert path.read_bytes() == old
    assert names(small_disk) == ["filler", "offer.oppeval"]


def test_a_migration_on_a_full_disk_leaves_no_empty_backup(small_disk):
    db = small_disk / "library.sqlite3"
    shutil.copy(FIXTURES / "library-v1.sqlite3", db)
    fill(small_disk, 8_000)  # the 44 KB backup cannot be written
    for _attempt in range(2):
        with pytest.raises(LibraryError):
            Library.open(db)
        assert not [n for n in names(small_disk) if ".backup-" in n]
    (small_disk / "filler").unlink()
    with Library.open(db) as lib:  # with room again, the migration runs, after a real backup
        assert lib.backup_path is not None and lib.backup_path.stat().st_size > 0


# ----------------------------------------------------------------------------- injected ENOSPC

@pytest.fixture
def enospc_after(monkeypatch):
    """``os.write`` writes ``limit`` bytes in all, then fails with ENOSPC."""
    real = os.write

    def install(limit: int):
        left = {"n": limit}

        def write(fd, data):
            if left["n"] <= 0:
                raise OSError(errno.ENOSPC, "No space left on device")
            n = real(fd, bytes(data[: left["n"]]))
            left["n"] -= n
            return n

        monkeypatch.setattr(safefile.os, "write", write)

    return install


def test_injected_enospc_in_a_pdf_export_keeps_the_old_file(tmp_path, enospc_after):
    from evaluator.report import PreparedReport, ReportError, ensure_qt_app

    ensure_qt_app()
    out = tmp_path / "out.pdf"
    out.write_bytes(b"%PDF- the old, good report")
    report = PreparedReport(fileformat.load(EXAMPLE), "nl")
    enospc_after(20_000)  # a short write first, then the disk is full
    with pytest.raises(ReportError) as info:
        report.write_pdf(out)
    assert "the disk is full" in str(info.value)
    assert "de schijf is vol" in info.value.render("nl")
    assert out.read_bytes() == b"%PDF- the old, good report"
    assert names(tmp_path) == ["out.pdf"]


def test_injected_enospc_in_a_save_and_an_export(tmp_path, enospc_after, capsys):
    from evaluator.cli import main

    path = tmp_path / "a.oppeval"
    fileformat.save(Evaluation.new("Old"), path)
    old = path.read_bytes()
    db = tmp_path / "lib.sqlite3"
    with Library.open(db) as lib:
        entry = lib.add(Evaluation.new("New"))
    enospc_after(100)
    with pytest.raises(safefile.SafeFileError, match="the disk is full"):
        fileformat.save(Evaluation.new("New"), path)
    assert path.read_bytes() == old
    code = main(["library", "--db", str(db), "--lang", "nl", "export", str(entry), "-o", str(path)])
    assert code == 2 and "de schijf is vol" in capsys.readouterr().err
    assert path.read_bytes() == old
    assert not [n for n in names(tmp_path) if n.endswith(".tmp")]


def test_injected_full_disk_during_the_migration_backup_leaves_no_backup(tmp_path, monkeypatch):
    db = tmp_path / "library.sqlite3"
    shutil.copy(FIXTURES / "library-v1.sqlite3", db)

    class FullDisk(sqlite3.Connection):
        def backup(self, target, *args, **kwargs):
            target.execute("CREATE TABLE half (x)")  # something reached the file...
            raise sqlite3.OperationalError("database or disk is full")  # ...then the disk filled

    real_connect = sqlite3.connect

    def connect(database, *args, **kwargs):
        if str(database) == str(db):
            kwargs["factory"] = FullDisk
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(library_module.sqlite3, "connect", connect)
    with pytest.raises(LibraryError) as info:
        Library.open(db)
    assert "the disk is full" in info.value.render("en")
    assert "de schijf is vol" in info.value.render("nl")
    assert not [n for n in names(tmp_path) if ".backup-" in n]
    monkeypatch.undo()
    with Library.open(db) as lib:
        assert lib.schema_version == library_module.SCHEMA_VERSION
