"""Every float of a few large runs, as repr, for checking a speed change keeps the same bits.

Writes one line per run (1M and 200k markets x the hybrid, the stairstep-breakaway, the
version-1 unilevel and a detailed version-1 population): the result object's every field, floats
as ``repr``, arrays as dtype + SHA-256 of their bytes, ``elapsed_s`` left out (it is the only field
that is not a result). Write one before a change and one after, then ``cmp`` them:

    .venv/bin/python benchmarks/float_snapshot.py /tmp/before.txt
    ... change ...
    .venv/bin/python benchmarks/float_snapshot.py /tmp/after.txt && cmp /tmp/before.txt /tmp/after.txt

About 15 s of CPU.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import sys
from typing import Any

import numpy as np

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from benchmarks.bench_payout import HYBRID, STAIRSTEP  # noqa: E402
from benchmarks.bench_simulation import evaluation  # noqa: E402
from evaluator.core.plans.components import PayoutPlan  # noqa: E402
from evaluator.core.simulation import simulate, simulate_detailed  # noqa: E402

SKIP = {"elapsed_s"}


def text(value: Any) -> str:
    """``value`` with every float as repr and every array as its dtype and a hash of its bytes."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return "{" + ",".join(f"{f.name}={text(getattr(value, f.name))}" for f in dataclasses.fields(value)
                              if f.name not in SKIP) + "}"
    if isinstance(value, dict):
        return "{" + ",".join(f"{k!r}:{text(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(text(v) for v in value) + "]"
    if isinstance(value, np.ndarray):
        return value.dtype.str + hashlib.sha256(np.ascontiguousarray(value).tobytes()).hexdigest()
    return repr(value)


def main() -> None:
    lines = []
    for market, existing in ((1_000_000, 50_000), (200_000, 10_000)):
        ev = evaluation(market, existing)
        for label, spec in (("hybrid", HYBRID), ("stairstep", STAIRSTEP), ("v1", None)):
            plan = None if spec is None else PayoutPlan.model_validate(spec, strict=True)
            lines.append(f"{market} {label} {text(simulate(ev, payout=plan))}")
        lines.append(f"{market} detailed {text(simulate_detailed(ev))}")
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
