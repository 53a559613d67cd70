"""A damaged library file is detected when opened, kept aside (never deleted), and replaced."""

from __future__ import annotations

import os
import random
import re
import sqlite3

import pytest

from evaluator.cli import main
from evaluator.storage import Library
from evaluator.storage import library as library_module

from .conftest import make_ev

KEPT_NAME = re.compile(r"library\.sqlite3\.corrupt-\d{8}-\d{6}(-\d+)?")


def fill(db_path, count: int) -> None:
    with Library.open(db_path) as lib:
        for i in range(count):
            lib.add(make_ev(f"Entry {i}", "Co" * 50, signup=i))
    assert not os.path.exists(str(db_path) + "-wal")  # closed cleanly: everything is in the main file


def assert_fresh_and_usable(lib: Library) -> None:
    assert lib.list(include_deleted=True) == []
    entry_id = lib.add(make_ev("After recovery"))
    assert lib.get(entry_id).offer.name == "After recovery"
    assert lib.integrity_check() == ["ok"]


def test_garbage_bytes_are_kept_aside_and_a_new_library_started(db_path):
    garbage = random.Random(7).randbytes(5000)
    db_path.write_bytes(garbage)
    with Library.open(db_path) as lib:
        assert lib.recovered_from is not None
        assert KEPT_NAME.fullmatch(lib.recovered_from.name)
        assert lib.recovered_from.parent == db_path.parent
        assert lib.recovered_from.read_bytes() == garbage  # the user's bytes, untouched
        assert_fresh_and_usable(lib)


@pytest.mark.parametrize("keep_fraction", [0.5, 0.02])
def test_a_truncated_database_is_detected(db_path, keep_fraction):
    fill(db_path, 60)
    full = db_path.read_bytes()
    truncated = full[: int(len(full) * keep_fraction)]
    db_path.write_bytes(truncated)
    with Library.open(db_path) as lib:
        assert lib.recovered_from is not None
        assert lib.recovered_from.read_bytes() == truncated
        # what the kept half still holds is salvaged (measured: 25 of 60 at 50 %), never more
        notice = lib.recovery_notice()
        assert len(lib.list()) == notice.recovered <= 60
        if keep_fraction == 0.5:
            assert notice.recovered > 0
        entry_id = lib.add(make_ev("After recovery"))
        assert lib.get(entry_id).offer.name == "After recovery"
        assert lib.integrity_check() == ["ok"]


def test_a_damaged_page_fails_the_quick_check(db_path):
    fill(db_path, 60)
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    # scribble over the middle of the file, one whole page, leaving the header intact
    start = (len(data) // page_size // 2) * page_size
    data[start:start + page_size] = b"\xff" * page_size
    db_path.write_bytes(bytes(data))
    with Library.open(db_path) as lib:
        assert lib.recovered_from is not None
        # one page of 60 rows of about 4 KB each: the other entries are salvaged
        notice = lib.recovery_notice()
        assert notice.recovered + notice.lost == 60 and notice.recovered >= 55
        assert len(lib.list()) == notice.recovered
        assert lib.integrity_check() == ["ok"]


def test_wal_and_shm_files_move_with_the_damaged_file(db_path):
    db_path.write_bytes(b"not a database at all" * 100)
    wal = db_path.with_name(db_path.name + "-wal")
    shm = db_path.with_name(db_path.name + "-shm")
    wal.write_bytes(b"wal bytes")
    shm.write_bytes(b"\0" * 32768)
    with Library.open(db_path) as lib:
        kept = lib.recovered_from
        assert kept.with_name(kept.name + "-wal").read_bytes() == b"wal bytes"
        assert kept.with_name(kept.name + "-shm").exists()
        assert_fresh_and_usable(lib)


def test_two_recoveries_never_overwrite_each_other(db_path):
    kept = []
    for text in (b"first damaged file" * 300, b"second damaged file" * 300):
        db_path.write_bytes(text)
        with Library.open(db_path) as lib:
            kept.append(lib.recovered_from)
    assert kept[0] != kept[1]
    assert kept[0].read_bytes() == b"first damaged file" * 300
    assert kept[1].read_bytes() == b"second damaged file" * 300


def test_sound_and_empty_files_are_not_recovered(db_path):
    db_path.write_bytes(b"")  # SQLite treats a zero-byte file as an empty database
    with Library.open(db_path) as lib:
        assert lib.recovered_from is None
        lib.add(make_ev("Kept"))
    with Library.open(db_path) as lib:
        assert lib.recovered_from is None
        assert [e.name for e in lib.list()] == ["Kept"]
    assert not [p for p in db_path.parent.iterdir() if ".corrupt-" in p.name]


def test_a_locked_database_is_not_mistaken_for_a_damaged_one(db_path, monkeypatch):
    fill(db_path, 1)
    monkeypatch.setattr(library_module, "BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with Library.open(db_path) as lib:
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                lib.add(make_ev("Must wait"))
            assert lib.recovered_from is None
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert not [p for p in db_path.parent.iterdir() if ".corrupt-" in p.name]
    with Library.open(db_path) as lib:
        assert [e.name for e in lib.list()] == ["Entry 0"]


def test_the_command_line_warns_about_a_recovered_library(db_path, capsys):
    db_path.write_bytes(b"\x00garbage" * 1000)
    assert main(["library", "--db", str(db_path), "--lang", "en", "list", "--json"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "[]"
    assert "warning: the library was damaged" in err and ".corrupt-" in err
    db_path.write_bytes(b"\x00garbage" * 1000)
    assert main(["library", "--db", str(db_path), "--lang", "nl", "list"]) == 0
    assert "waarschuwing: de bibliotheek was beschadigd" in capsys.readouterr().err


def test_a_library_locked_while_opening_is_refused_cleanly_not_moved(db_path, monkeypatch, capsys):
    monkeypatch.setattr(library_module, "BUSY_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(db_path, isolation_level=None)  # rollback journal: locks out readers
    holder.execute("CREATE TABLE other_app (x)")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(library_module.LibraryError) as info:
            Library.open(db_path)
        assert "locked" in info.value.render("en")
        assert info.value.render("nl").startswith("kan de bibliotheek")
        assert main(["library", "--db", str(db_path), "--lang", "en", "list"]) == 2
        assert "cannot open the library" in capsys.readouterr().err
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    # nothing but the library and its "in use" lock file
    assert sorted(p.name for p in db_path.parent.iterdir()) == ["library.sqlite3", "library.sqlite3.inuse"]
