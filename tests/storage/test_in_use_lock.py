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
