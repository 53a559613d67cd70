"""The break-even search's recruits path after key7's changes: the downline computed level after
level (``projection_vec.downline_columns``) is bit for bit the month-by-month downline steps, and
the recruits search with each rank's personal-volume test made once still equals the projection."""

from __future__ import annotations

import math
import struct

import numpy  # noqa: F401  (the array path runs once numpy is loaded)
import pytest

from evaluator.core import fileformat
from evaluator.core.projection import _downline_months, project, total_net_of
from evaluator.core.projection_vec import downline_columns, downline_levels
from evaluator.resources import example_paths


def _bits(values):
    return [struct.pack("<d", v) for v in values]


@pytest.mark.parametrize("d", (0.0, 0.1, 0.5, 1.7, math.nan, -0.0))
@pytest.mark.parametrize("tracked", (1, 2, 9))
def test_columns_are_the_downline_steps_bit_for_bit(d, tracked):
    recruits = [0.37, 1.0, 0.0, 2.5, 0.0, -0.0, 3.0, 1e-3, 1e300, 7.25] * 4
    steps = _downline_months(recruits, tracked, 0.85, d)
    columns, members = downline_columns(recruits, tracked, 0.85, d)
    assert len(columns) == tracked and all(len(c) == len(recruits) for c in columns)
    for month, (_, levels, total, _, _) in enumerate(steps):
        assert _bits([c[month] for c in columns]) == _bits(levels), month
        assert _bits([members[month]]) == _bits([total])
    flat, by_month = downline_levels(recruits, tracked, 0.85, d)
    assert _bits([c[m] for m in range(len(recruits)) for c in columns]) == _bits(flat)
    assert _bits(members) == _bits(by_month)
    # By hand with d = 0.5, tracked 9: a_1(2) = 0.85 * 0.37 + 1 = 1.3145, a_2(2) = 0.5 * 0.37 = 0.185.
    if d == 0.5 and tracked == 9:
        assert columns[0][:2] == [0.37, 0.85 * 0.37 + 1.0]
        assert columns[1][:2] == [0.0, 0.5 * 0.37]
        assert columns[1][1] == pytest.approx(0.185, abs=1e-15)


@pytest.mark.parametrize("word", ["fast-start", "doterra", "binary", "stairstep", "matrix"])
def test_the_recruits_search_equals_the_projection(word):
    path = next(p for p in example_paths() if word in p.stem)
    ev = fileformat.load(path)
    f = total_net_of(ev, "recruits_per_month")
    for x in (0.0, 0.25, 0.3729076989679797, 1.0, 3.5, 40.0):
        changed = ev.model_copy(update={"assumptions": ev.assumptions.model_copy(
            update={"recruits_per_month": x})})
        assert _bits([f(x)]) == _bits([project(changed).total_net]), (word, x)


def _with_fee(ev, fee):
    offer = ev.offer.model_copy(update={"fees": ev.offer.fees.model_copy(update={"monthly": fee})})
    return ev.model_copy(update={"offer": offer})


def _with_assumption(ev, **changes):
    return ev.model_copy(update={"assumptions": ev.assumptions.model_copy(update=changes)})


@pytest.mark.parametrize("word", ["fast-start", "doterra", "matrix"])
def test_the_kept_plan_table_serves_only_documents_differing_in_fees(word):
    from evaluator.core import breakeven, projection

    path = next(p for p in example_paths() if word in p.stem)
    base = fileformat.load(path)
    projection._PLAN_PARTS.clear()
    breakeven._CACHE.clear()
    # Fee 10, then 12.5 (a keystroke): the second search finds the first's table under its key.
    first, second = _with_fee(base, 10.0), _with_fee(base, 12.5)
    key1 = breakeven._without_fees(first, first.model_dump_json(warnings=False))
    key2 = breakeven._without_fees(second, second.model_dump_json(warnings=False))
    assert key1 is not None and key1 == key2
    breakeven.break_even_needs(first, "en")
    kept = dict(projection._PLAN_PARTS)
    needs = breakeven.break_even_needs(second, "en")
    # ... and answers as a search with nothing kept does, to the bit.
    fresh = breakeven._solve(second, "en", None)
    assert needs == fresh
    f_kept = total_net_of(second, "new_customers_per_month", key2)
    f_fresh = total_net_of(second, "new_customers_per_month")
    for x in (0.0, 0.5, 1.0, 2.75, 9.0, 130.0):
        want = project(_with_assumption(second, new_customers_per_month=x)).total_net
        assert _bits([f_kept(x), f_fresh(x)]) == _bits([want, want]), x
    # Anything but the fees is another key: more recruits (a new downline, other ranks) or
    # another retention are never served the kept table.
    for other in (_with_assumption(second, recruits_per_month=second.assumptions.recruits_per_month + 1),
                  _with_assumption(second, downline_retention_percent=50.0)):
        key = breakeven._without_fees(other, other.model_dump_json(warnings=False))
        assert key is not None and key != key2
        assert breakeven.break_even_needs(other, "en") == breakeven._solve(other, "en", None)
    if kept:  # the plan's components read no own volume: the table was kept, under that key
        assert list(kept) == [key1]
