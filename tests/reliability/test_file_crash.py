"""A process killed (SIGKILL) in the middle of saving an ``.oppeval`` file leaves the old file whole.

The writer saves three different versions of a ~0.4 MB evaluation to the same path in a loop with
``fileformat.save`` and is killed at a random moment; the file must then load and be exactly one
of the three versions, and at most the one interrupted temp file may be left beside it.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from evaluator.core import fileformat

SAVER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from evaluator.core import fileformat
    from evaluator.core.model import Evaluation
    target, versions_dir = Path(sys.argv[1]), Path(sys.argv[2])
    texts = []
    for v in range(3):
        ev = Evaluation.new(f"Big offer v{v}")
        data = fileformat.to_data(ev)
        data["offer"]["notes"] = f"version {v} " + "n" * 19000
        data["offer"]["claims"]["text"] = f"claims {v} " + "c" * 19000
        data["offer"]["products"] = [
            {"name": f"Product {i} v{v} " + "p" * 150, "wholesale_price": 10 + i, "retail_price": 20 + i,
             "volume": i, "market_price": None} for i in range(500)]
        data["offer"]["training"] = [
            {"name": f"Training {i} v{v} " + "t" * 150, "cost": i, "times_per_year": 1,
             "mandatory": bool(i % 2), "focus": "mixed"} for i in range(500)]
        ev = fileformat.from_data(data)
        text = fileformat.dumps(ev)
        (versions_dir / f"v{v}.json").write_text(text, encoding="utf-8")
        texts.append(ev)
    if not target.exists():
        fileformat.save(texts[0], target)
    print("READY", flush=True)
    n = 0
    while True:  # save until killed
        n += 1
        fileformat.save(texts[n % 3], target)
""")


def _temp_files(folder, name):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(f".{name}.") and p.name.endswith(".tmp"))


def _kill_rounds(tmp_path, rounds: int, seed: int):
    rng = random.Random(seed)
    folder = tmp_path / "docs"
    folder.mkdir()
    versions = tmp_path / "versions"
    versions.mkdir()
    target = folder / "offer.oppeval"
    left_behind: list[str] = []
    for round_ in range(rounds):
        proc = subprocess.Popen([sys.executable, "-c", SAVER, str(target), str(versions)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            line = proc.stdout.readline()
            assert line.strip() == "READY", proc.stderr.read()
            time.sleep(rng.uniform(0.0, 0.25))
            assert proc.poll() is None, proc.stderr.read()
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == -signal.SIGKILL
        expected = {(versions / f"v{v}.json").read_text(encoding="utf-8") for v in range(3)}
        on_disk = target.read_text(encoding="utf-8")
        assert on_disk in expected, f"round {round_}: the file is not one whole saved version"
        loaded = fileformat.load(target)
        assert fileformat.dumps(loaded) == on_disk
        assert len(loaded.offer.products) == 500
        # the interrupted save may leave its one temp file; nothing else appears
        temps = _temp_files(folder, target.name)
        new = [t for t in temps if t not in left_behind]
        assert len(new) <= 1, new
        left_behind = temps
        assert {p.name for p in folder.iterdir()} == {target.name, *temps}
    return left_behind


def test_a_writer_killed_while_saving_leaves_a_whole_file(tmp_path):
    _kill_rounds(tmp_path, rounds=3, seed=1)


@pytest.mark.slow
def test_a_writer_killed_while_saving_leaves_a_whole_file_many_rounds(tmp_path):
    _kill_rounds(tmp_path, rounds=25, seed=2)


def test_stale_temp_files_of_a_killed_writer_are_cleaned_up_by_the_next_save(tmp_path):
    target = tmp_path / "offer.oppeval"
    stale = tmp_path / ".offer.oppeval.k1ll3d.tmp"  # what a writer killed before os.replace leaves
    stale.write_bytes(b'{"format": "opportunity-evaluation", "vers')
    day_ago = time.time() - 86400
    os.utime(stale, (day_ago, day_ago))
    other = tmp_path / ".other.oppeval.k1ll3d.tmp"  # another file's temp file: not ours to touch
    other.write_bytes(b"x")
    os.utime(other, (day_ago, day_ago))
    fresh = tmp_path / ".offer.oppeval.busy.tmp"  # another process saving right now: keep it
    fresh.write_bytes(b"{")
    from evaluator.core.model import Evaluation
    fileformat.save(Evaluation.new("Offer"), target)
    assert fileformat.load(target).offer.name == "Offer"
    assert other.exists() and fresh.exists()
    assert not stale.exists()
