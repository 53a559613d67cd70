"""Time the ``library`` command and the file-format refusals that issue 15 measured.

- ``library list --json`` on a 10,000-entry library: the whole command in a fresh process (what a
  user waits for) and in-process (the list and its JSON alone). Target: <= 0.3 s in-process.
- ``library import`` of 50 files: one process for all of them vs. one process per file.
- the refusal of a file with 300,000 unknown keys (was 6.9 s and 484 MB; at most 50 problems
  are listed now).

Prints the figures; asserts nothing.
"""

from __future__ import annotations

import io
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import redirect_stdout
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evaluator.cli import main  # noqa: E402
from evaluator.core import fileformat  # noqa: E402
from evaluator.core.model import Evaluation  # noqa: E402
from evaluator.storage import Library  # noqa: E402

ENTRIES = 10_000
TARGET_S = 0.3


def fill(db: Path) -> None:
    with Library.open(db) as lib:
        batch = []
        for i in range(ENTRIES):
            ev = Evaluation.new(f"Offer {i:05d}")
            ev.offer.company = f"Company {i % 97}"
            batch.append((ev, None))
        lib.add_many(batch)


def cli(*args: str) -> float:
    return cli_timed(*args)[0]


def cli_timed(*args: str) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one command in a new process. On a busy
    machine the wall-clock figure also counts waiting for a core; the CPU figure does not."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "evaluator", *args], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main_bench() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["XDG_STATE_HOME"] = str(folder / "state")
        db = folder / "lib.sqlite3"
        fill(db)

        times, cpus = [], []
        for _ in range(5):
            buffer = io.StringIO()
            started, cpu = time.perf_counter(), time.process_time()
            with redirect_stdout(buffer):
                main(["library", "--db", str(db), "list", "--json"])
            times.append(time.perf_counter() - started)
            cpus.append(time.process_time() - cpu)
        assert len(json.loads(buffer.getvalue())) == ENTRIES
        inproc, inproc_cpu = statistics.median(times), statistics.median(cpus)
        runs = [cli_timed("library", "--db", str(db), "list", "--json") for _ in range(3)]
        whole = statistics.median(r[0] for r in runs)
        whole_cpu = statistics.median(r[1] for r in runs)
        print(f"library list --json, {ENTRIES:,} entries: {inproc:.3f} s in-process, CPU "
              f"{inproc_cpu:.3f} s (target <= {TARGET_S} s: {'met' if inproc <= TARGET_S else 'MISSED'}), "
              f"{whole:.3f} s (CPU {whole_cpu:.3f} s) for the whole command in a new process")

        files = []
        for i in range(50):
            path = folder / f"f{i}.oppeval"
            fileformat.save(Evaluation.new(f"File {i}"), path)
            files.append(str(path))
        one = cli("library", "--db", str(folder / "one.sqlite3"), "import", *files)
        each = sum(cli("library", "--db", str(folder / "each.sqlite3"), "import", f) for f in files[:10]) * 5
        print(f"library import of 50 files: {one:.2f} s in one process; about {each:.2f} s as 50 "
              f"processes ({each / 50 * 1000:.0f} ms each, measured on 10)")

        data = {"format": "opportunity-evaluation", "version": 1, "offer": {"name": "x"}}
        data.update({f"k{i}": 1 for i in range(300_000)})
        text = json.dumps(data)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        started = time.perf_counter()
        try:
            fileformat.loads(text)
        except fileformat.EvaluationFileError as exc:
            lines = exc.lines()
        took = time.perf_counter() - started
        grown = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
        print(f"300,000 unknown keys ({len(text) / 1e6:.1f} MB): refused in {took:.2f} s, "
              f"{len(lines)} lines of messages ({sum(map(len, lines)) / 1000:.1f} KB), "
              f"peak memory +{grown:.0f} MB")


if __name__ == "__main__":
    main_bench()
