"""Figures unchanged beyond the bundled examples: 120 seeded variants of them (every version-1
plan type, bases, rank ties, caps, retail modes, fees and horizons) give the same analysis in
both languages, the same simulation and the same PDF content as before the terms and plan seam
(fingerprints in tests/fixtures/v1-variants.sha256.json; see tests/core/v1_variants.py)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.core.v1_variants import COUNT, fingerprints

ROOT = Path(__file__).resolve().parents[2]


def test_every_variant_gives_the_figures_it_gave_before():
    expected = json.loads((ROOT / "tests" / "fixtures" / "v1-variants.sha256.json").read_text("utf-8"))
    assert len(expected) == COUNT
    actual = fingerprints(ROOT)
    changed = [f"variant {i}: {key}" for i, (want, got) in enumerate(zip(expected, actual))
               for key in want if want[key] != got[key]]
    assert changed == []
