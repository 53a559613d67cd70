"""A library another process has open is never moved aside (issue 15 item 6): every open
library holds a shared lock; recovery needs the exclusive one."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

from evaluator.storage import Library, LibraryError

from .conftest import make_ev

HOLDER = textwrap.dedent("""
    import sys, time
    from evaluator.storage import Library
    lib = Library.open(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()          # hold the library open until told to go
    lib.close()
""")


def _hold(db_path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "open"
    return proc


def test_a_damaged_library_open_in_another_process_is_not_moved(db_path):
    with Library.open(db_path) as lib:
        lib.add(make_ev("Kept"))
    holder = _hold(db_path)
    try:
        garbage = b"\x00not a database any more" * 400
        db_path.write_bytes(garbage)  # damaged while the other process has it open
        started = time.monotonic()
        try:
            Library.open(db_path)
        except LibraryError as exc:
            assert "damaged but in use by another program" in exc.render("en")
            assert "beschadigd maar in gebruik" in exc.render("nl")
        else:
            raise AssertionError("a library in use was recovered")
        assert time.monotonic() - started < 8  # waits about 2 s for the other side, not for ever
        # nothing moved, nothing new beside it but lock files
        assert db_path.read_bytes() == garbage
        assert not [p for p in db_path.parent.iterdir() if ".corrupt-" in p.name]
    finally:
        holder.communicate("go\n", timeout=30)
    with Library.open(db_path) as lib:  # no one else has it open now: recovered
        assert lib.recovered_from is not None
        assert lib.recovered_from.read_bytes() == garbage


def test_two_libraries_open_at_once_share_the_lock(db_path):
    holder = _hold(db_path)
    try:
        with Library.open(db_path) as lib:  # a shared lock does not exclude another shared one
            entry = lib.add(make_ev("Both"))
            assert lib.get(entry).offer.name == "Both"
    finally:
        holder.communicate("go\n", timeout=30)


OPENER = textwrap.dedent("""
    import os, sys, time
    from evaluator.storage import Library
    while not os.path.exists(sys.argv[2]):   # start together
        time.sleep(0.005)
    lib = Library.open(sys.argv[1])
    print("RECOVERED" if lib.recovered_from else "OPENED", len(lib.list()), flush=True)
    time.sleep(2.5)  # stay open longer than a recovery waits for the exclusive lock (2 s)
    lib.close()
""")


def test_three_processes_opening_one_damaged_library_at_once_recover_it_once(db_path, tmp_path):
    from .test_salvage import damage_the_page_holding, ten_entries

    ten_entries(db_path)
    damage_the_page_holding(db_path, b"MARKER-01-")
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", OPENER, str(db_path), str(go)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    time.sleep(0.3)
    go.write_text("go")
    results = [p.communicate(timeout=60) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in results]
    lines = sorted(out.strip() for out, _ in results)
    # exactly one recovers (9 of 10 entries salvaged); the others open the recovered library
    assert lines == ["OPENED 9", "OPENED 9", "RECOVERED 9"]
    assert len([p for p in db_path.parent.iterdir() if p.name.endswith(tuple("0123456789"))
                and ".corrupt-" in p.name]) == 1


def test_a_process_that_found_the_damage_first_uses_the_library_another_one_recovered(db_path):
    """B found the file damaged; before B got the recovery lock, A recovered it and keeps it
    open. B must then open the recovered library, not report it as damaged and in use."""
    from evaluator.storage import library as library_module
    from evaluator.storage.recovery import InUseLock

    from .test_salvage import damage_the_page_holding, ten_entries

    ten_entries(db_path)
    damage_the_page_holding(db_path, b"MARKER-08-")
    with Library.open(db_path) as first:  # A: recovers and stays open
        assert first.recovered_from is not None
        lock = InUseLock(db_path)
        lock.shared()  # B, as Library.open leaves it when it finds the damage
        conn, kept, _ = library_module._recover(db_path, lock, library_module._Corrupt("found"))
        try:
            assert kept is None  # B recovered nothing itself
            assert conn.execute("SELECT count(*) FROM evaluations").fetchone()[0] == 9
        finally:
            conn.close()
            lock.close()
