"""The stale-verdict recompute can be cancelled between entries (session 9, item 3): the entries
done are stored (each committed on its own), the others keep their stored verdict and are the
only ones done the next time the library is opened."""

from __future__ import annotations

import sqlite3

from evaluator.storage import Library
from evaluator.storage import stored_analysis
from evaluator.storage.library import ANALYSIS_KEY, PARTIAL_KEY

from .conftest import make_ev


def _stale_library(db_path, monkeypatch, n: int = 6) -> list[int]:
    """n plain 199-signup offers (analyze: "caution") stored as "likely_pyramid", made stale."""
    with Library.open(db_path) as lib:
        ids = [lib.add(make_ev(f"Plain {i}", signup=199.0), verdict="likely_pyramid") for i in range(n)]
    monkeypatch.setattr(stored_analysis, "ANALYSIS_REVISION", stored_analysis.ANALYSIS_REVISION + 1)
    return ids


def _stored(db_path) -> dict[int, str]:
    conn = sqlite3.connect(db_path)  # what is on disk, read by another connection
    try:
        return dict(conn.execute("SELECT id, verdict FROM evaluations").fetchall())
    finally:
        conn.close()


def test_cancel_after_two_keeps_two_done_and_the_rest_for_next_time(db_path, monkeypatch):
    ids = _stale_library(db_path, monkeypatch)
    calls: list[tuple[int, int]] = []
    with Library.open(db_path) as lib:
        assert lib.verdicts_stale
        count = lib.reanalyse(lambda done, total: calls.append((done, total)),
                              cancelled=lambda: len(calls) > 2)  # asked after the 3rd report
        assert count == 2
        assert calls == [(0, 6), (1, 6), (2, 6)]
        # committed entry by entry: another connection sees the two done ones
        assert _stored(db_path) == {ids[0]: "caution", ids[1]: "caution",
                                    **{i: "likely_pyramid" for i in ids[2:]}}
        # the list still shows, with the stored verdict for those not done, and is not redone now
        assert not lib.verdicts_stale
        assert [e.verdict for e in sorted(lib.list(), key=lambda e: e.id)] == \
            ["caution"] * 2 + ["likely_pyramid"] * 4
        assert lib.get_setting(ANALYSIS_KEY) != stored_analysis.analysis_stamp()
        assert lib.get_setting(PARTIAL_KEY)["done"] == ids[:2]
    calls.clear()
    with Library.open(db_path) as lib:  # next time: still stale, only the four others are done
        assert lib.verdicts_stale
        assert lib.reanalyse(lambda done, total: calls.append((done, total))) == 4
        assert calls[0] == (0, 4) and calls[-1] == (4, 4)
        assert not lib.verdicts_stale
        assert lib.get_setting(ANALYSIS_KEY) == stored_analysis.analysis_stamp()
        assert lib.get_setting(PARTIAL_KEY) is None
    assert _stored(db_path) == {i: "caution" for i in ids}
    with Library.open(db_path) as lib:
        assert not lib.verdicts_stale  # current: nothing more to do


def test_a_partial_pass_of_another_analysis_is_not_trusted(db_path, monkeypatch):
    ids = _stale_library(db_path, monkeypatch, n=5)
    with Library.open(db_path) as lib:
        assert lib.reanalyse(cancelled=iter([False, False, True]).__next__) == 2
    # yet another revision: the two done by the previous one are done again
    monkeypatch.setattr(stored_analysis, "ANALYSIS_REVISION", stored_analysis.ANALYSIS_REVISION + 1)
    with Library.open(db_path) as lib:
        assert lib.reanalyse() == 5
    assert _stored(db_path) == {i: "caution" for i in ids}
