"""The same evaluation open twice (two windows, two processes): optimistic concurrency.

``update(..., expected_updated=...)`` refuses to overwrite a version the caller has not seen
(``ConflictError`` with both versions); ``save_or_fork`` keeps both sides, the second as
"<name> (conflicting copy)".
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from evaluator.storage import ConflictError, Library, UnknownEntryError
from evaluator.storage import library as library_module

from .conftest import make_ev


def test_update_with_the_loaded_timestamp_succeeds_and_returns_the_new_one(lib):
    entry_id = lib.add(make_ev("Offer"))
    loaded = lib.entry(entry_id).updated
    new = lib.update(entry_id, make_ev("Offer", signup=10), expected_updated=loaded)
    assert new == lib.entry(entry_id).updated and new > loaded
    # the returned value is the next expected one: a second save from the same editor works
    newer = lib.update(entry_id, make_ev("Offer", signup=20), expected_updated=new)
    assert lib.get(entry_id).offer.fees.signup == 20 and newer > new


def test_a_stale_update_is_refused_with_both_versions_and_writes_nothing(lib):
    entry_id = lib.add(make_ev("Offer"))
    loaded = lib.entry(entry_id).updated  # window A and window B both load this version
    lib.update(entry_id, make_ev("Offer", signup=111), expected_updated=loaded)  # B saves first
    stored = lib.entry(entry_id)
    with pytest.raises(ConflictError) as info:
        lib.update(entry_id, make_ev("Offer", signup=222), expected_updated=loaded)  # A: stale
    err = info.value
    assert err.entry_id == entry_id
    assert err.expected_updated == loaded and err.current_updated == stored.updated
    assert err.theirs.offer.fees.signup == 111
    assert err.mine.offer.fees.signup == 222
    assert "changed elsewhere" in err.render("en") and "elders gewijzigd" in err.render("nl")
    assert lib.entry(entry_id) == stored  # nothing written
    assert lib.get(entry_id).offer.fees.signup == 111


def test_update_without_expected_timestamp_still_overwrites(lib):
    entry_id = lib.add(make_ev("Offer"))
    lib.update(entry_id, make_ev("Offer", signup=1))
    lib.update(entry_id, make_ev("Offer", signup=2))
    assert lib.get(entry_id).offer.fees.signup == 2


def test_a_rename_elsewhere_is_a_conflict_too(lib):
    entry_id = lib.add(make_ev("Offer"))
    loaded = lib.entry(entry_id).updated
    lib.rename(entry_id, "Renamed in the other window")
    with pytest.raises(ConflictError):
        lib.update(entry_id, make_ev("Offer", signup=5), expected_updated=loaded)


def test_every_write_changes_updated_even_within_one_microsecond(lib, monkeypatch):
    """Two saves in the same microsecond (or after the clock went back) must still differ."""
    monkeypatch.setattr(library_module, "utc_now", lambda: "2026-01-01T00:00:00.000000Z")
    entry_id = lib.add(make_ev("Offer"))
    first = lib.update(entry_id, make_ev("Offer", signup=1))
    second = lib.update(entry_id, make_ev("Offer", signup=2))
    lib.rename(entry_id, "Again")
    third = lib.entry(entry_id).updated
    assert (first, second, third) == ("2026-01-01T00:00:00.000001Z", "2026-01-01T00:00:00.000002Z",
                                      "2026-01-01T00:00:00.000003Z")
    with pytest.raises(ConflictError):
        lib.update(entry_id, make_ev("Offer", signup=3), expected_updated=second)


def test_save_or_fork_updates_when_nobody_else_saved(lib):
    entry_id = lib.add(make_ev("Offer"), file_path="/tmp/offer.oppeval")
    loaded = lib.entry(entry_id).updated
    result = lib.save_or_fork(entry_id, make_ev("Offer", signup=7), loaded, verdict="caution")
    new_id, forked = result
    assert (new_id, forked) == (entry_id, False)
    assert result.updated == lib.entry(entry_id).updated
    assert lib.get(entry_id).offer.fees.signup == 7
    assert lib.entry(entry_id).verdict == "caution"
    assert len(lib.list()) == 1


def test_save_or_fork_keeps_both_sides_when_the_entry_changed(lib):
    entry_id = lib.add(make_ev("Offer", company="Co"), file_path="/tmp/offer.oppeval")
    loaded = lib.entry(entry_id).updated
    lib.update(entry_id, make_ev("Offer", company="Co", signup=111), expected_updated=loaded)
    result = lib.save_or_fork(entry_id, make_ev("Offer", company="Co", signup=222), loaded,
                              verdict="high_risk")
    new_id, forked = result
    assert forked and new_id != entry_id
    assert lib.get(entry_id).offer.fees.signup == 111  # the other writer's version, untouched
    copy = lib.entry(new_id)
    assert copy.name == "Offer (conflicting copy)"
    assert copy.company == "Co" and copy.verdict == "high_risk"
    assert copy.file_path is None  # the original keeps the file link
    assert lib.get(new_id).offer.name == "Offer (conflicting copy)"
    assert lib.get(new_id).offer.fees.signup == 222
    assert result.updated == copy.updated
    # the editor continues on the copy: its next save is a plain update of the copy
    again = lib.save_or_fork(new_id, make_ev("Offer (conflicting copy)", signup=333), result.updated)
    assert tuple(again) == (new_id, False)
    # a second conflict on the original gets a numbered name; in Dutch the Dutch words
    stale = lib.save_or_fork(entry_id, make_ev("Offer", signup=444), loaded)
    assert lib.entry(stale.id).name == "Offer (conflicting copy 2)"
    dutch = lib.save_or_fork(entry_id, make_ev("Offer", signup=555), loaded, lang="nl")
    assert lib.entry(dutch.id).name == "Offer (conflicterende kopie)"
    assert lib.integrity_check() == ["ok"]


def test_save_or_fork_of_a_200_character_name_stays_valid(lib):
    entry_id = lib.add(make_ev("N" * 200))
    loaded = lib.entry(entry_id).updated
    lib.rename(entry_id, "M" * 200)
    new_id, forked = lib.save_or_fork(entry_id, make_ev("N" * 200), loaded)
    assert forked
    name = lib.entry(new_id).name
    assert len(name) == 200 and name.endswith(" (conflicting copy)")


def test_save_or_fork_of_a_purged_entry_recreates_it_as_a_copy(lib):
    entry_id = lib.add(make_ev("Gone"))
    loaded = lib.entry(entry_id).updated
    lib.delete(entry_id)
    lib.purge_deleted()
    new_id, forked = lib.save_or_fork(entry_id, make_ev("Gone", signup=9), loaded)
    assert forked and new_id != entry_id
    assert lib.get(new_id).offer.fees.signup == 9
    with pytest.raises(UnknownEntryError):
        lib.update(entry_id, make_ev("Gone"), expected_updated=loaded)


EDITOR = textwrap.dedent("""
    import sys, time
    from evaluator.core.model import Evaluation
    from evaluator.storage import Library
    db, entry_id, who, go_file, saves = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], int(sys.argv[5])
    with Library.open(db) as lib:
        expected = lib.entry(entry_id).updated   # both "windows" load the same version
        print("LOADED", flush=True)
        while not __import__("os").path.exists(go_file):
            time.sleep(0.005)
        current, name = entry_id, "Shared offer"
        for i in range(saves):
            ev = Evaluation.new(name)
            ev.offer.notes = f"{who} edit {i}"
            result = lib.save_or_fork(current, ev, expected)
            current, expected = result.id, result.updated
            if result.forked:  # as the app does: the editor now shows the copy, under its name
                name = lib.entry(current).name
            print("SAVED", result.id, int(result.forked), flush=True)
""")


def test_two_processes_editing_one_entry_lose_neither_side(tmp_path):
    """Two app processes edit the same entry and autosave five times each, at the same moment.

    Exactly one of them keeps the entry; the other forks once and continues on its copy. Each
    side's last edit is stored, nothing is overwritten.
    """
    db_path = tmp_path / "library.sqlite3"
    with Library.open(db_path) as lib:
        entry_id = lib.add(make_ev("Shared offer"))
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", EDITOR, str(db_path), str(entry_id), who,
                               str(go), "5"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for who in ("A", "B")]
    for p in procs:
        assert p.stdout.readline().strip() == "LOADED", p.stderr.read()
    go.touch()  # both have loaded the same version: now both save
    outputs = [p.communicate(timeout=60) for p in procs]
    lines = {}
    for who, proc, (out, err) in zip("AB", procs, outputs):
        assert proc.returncode == 0, err
        lines[who] = [line.split() for line in out.splitlines()]
        assert len(lines[who]) == 5
    forks = {who: [line for line in lines[who] if line[2] == "1"] for who in "AB"}
    assert sorted(len(f) for f in forks.values()) == [0, 1]  # exactly one side forked, once
    keeper = next(who for who in "AB" if not forks[who])
    forker = next(who for who in "AB" if forks[who])
    assert all(int(line[1]) == entry_id for line in lines[keeper])
    fork_id = int(forks[forker][0][1])
    # after forking, the forker keeps saving to its copy without further forks
    after = lines[forker][lines[forker].index(forks[forker][0]):]
    assert all(int(line[1]) == fork_id for line in after)
    with Library.open(db_path) as lib:
        assert lib.integrity_check() == ["ok"]
        assert lib.get(entry_id).offer.notes == f"{keeper} edit 4"
        assert lib.get(fork_id).offer.notes == f"{forker} edit 4"
        assert lib.entry(fork_id).name == "Shared offer (conflicting copy)"
        assert len(lib.list()) == 2
