"""Several processes share the library; a writer killed mid-way loses nothing it committed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time

import pytest

from evaluator.core import fileformat
from evaluator.storage import Library

from .conftest import make_ev

IMPORTER = textwrap.dedent("""
    import sys
    from evaluator.storage import Library
    db, worker, count, src = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
    for i in range(count):
        # open per import, as separate CLI runs do: opening (and creating, and migrating)
        # races with the other processes too
        with Library.open(db) as lib:
            entry_id = lib.import_file(src)
            lib.rename(entry_id, f"worker {worker} import {i}")
    print("done", flush=True)
""")

WRITER = textwrap.dedent("""
    import sys
    from evaluator.core.model import Evaluation
    from evaluator.storage import Library
    db, committed = sys.argv[1], int(sys.argv[2])
    lib = Library.open(db)
    ids = [lib.add(Evaluation.new(f"committed {i}")) for i in range(committed)]
    print("READY", ",".join(map(str, ids)), flush=True)
    n = 0
    while True:  # keep writing until killed
        n += 1
        ev = Evaluation.new(f"scratch {n}")
        ev.offer.notes = "x" * 20000  # big rows: more pages per transaction, more time mid-write
        new_id = lib.add(ev)
        lib.update(new_id, ev, verdict="caution")
        lib.save_draft(ids[n % committed], ev)
        if n % 5 == 0:
            lib.delete(new_id)
            lib.purge_deleted()
""")


def test_four_processes_importing_at_once_all_succeed(tmp_path):
    db_path = tmp_path / "library.sqlite3"  # does not exist yet: all four race to create it
    src = tmp_path / "offer.oppeval"
    fileformat.save(make_ev("Shared offer", "Co", "mlm", signup=50), src)
    procs = [subprocess.Popen([sys.executable, "-c", IMPORTER, str(db_path), str(w), "10", str(src)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for w in range(4)]
    results = [p.communicate(timeout=90) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, err
        assert out.strip() == "done"
    with Library.open(db_path) as lib:
        assert lib.integrity_check() == ["ok"]
        entries = lib.list()
        assert len(entries) == 40
        assert sorted(e.name for e in entries) == sorted(
            f"worker {w} import {i}" for w in range(4) for i in range(10))
        assert sorted(e.id for e in entries) == list(range(1, 41))
        assert all(lib.get(e.id).offer.fees.signup == 50 for e in entries)
        # each schema step was applied exactly once, whichever process got there first
        steps = lib._conn.execute("SELECT name FROM _sqlite_migrations").fetchall()
        assert len(steps) == lib.schema_version == 4
    assert not [p for p in tmp_path.iterdir() if ".corrupt-" in p.name or ".backup-" in p.name]


@pytest.mark.parametrize("round_", [0, *(pytest.param(r, marks=pytest.mark.slow) for r in range(1, 8))])
def test_a_writer_killed_mid_write_leaves_every_commit_intact(tmp_path, round_):
    db_path = tmp_path / "library.sqlite3"
    committed = 20
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), str(committed)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("READY"), proc.stderr.read()
        ids = [int(x) for x in line.split()[1].split(",")]
        time.sleep(0.1 + 0.07 * round_)  # let it get well into its writing loop
        assert proc.poll() is None, proc.stderr.read()
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    # the killed process's -wal is still there: the next opener must recover from it
    with Library.open(db_path) as lib:
        assert lib.recovered_from is None
        assert lib.integrity_check() == ["ok"]
        for i, entry_id in enumerate(ids):
            assert lib.get(entry_id).offer.name == f"committed {i}"
        scratch = lib.list(search="scratch")
        assert all(e.verdict in (None, "caution") for e in scratch)
        assert len(lib.list()) >= committed
    plain = sqlite3.connect(db_path)
    assert plain.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert plain.execute("PRAGMA foreign_key_check").fetchall() == []
    plain.close()
