"""A damaged library: every readable entry is salvaged, a lasting notice says what was lost,
and a damaged library file can be imported from (issue 15 item 7)."""

from __future__ import annotations

import json
import sqlite3

from evaluator.cli import main
from evaluator.storage import Library

from .conftest import make_ev


def ten_entries(db_path) -> dict[int, str]:
    """A library of 10 entries, each with a unique marker in its document's notes; returns
    {id: name}. The notes (6,000 characters each) make every document span its own pages."""
    names = {}
    with Library.open(db_path) as lib:
        for i in range(10):
            ev = make_ev(f"Offer {i}", f"Company {i}")
            ev.offer.notes = f"MARKER-{i:02d}-" + "n" * 6000
            names[lib.add(ev)] = ev.offer.name
        lib.set_setting("ui.sort", "name")
    return names


def damage_the_page_holding(db_path, marker: bytes) -> None:
    """Overwrite the one database page that holds ``marker`` with 0xff bytes."""
    data = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    at = data.index(marker)
    start = at // page_size * page_size
    assert start > 0  # not the header page
    data[start:start + page_size] = b"\xff" * page_size
    db_path.write_bytes(bytes(data))


def test_one_damaged_page_of_ten_entries_loses_one_and_keeps_nine(db_path):
    names = ten_entries(db_path)
    damage_the_page_holding(db_path, b"MARKER-04-")
    with Library.open(db_path) as lib:
        assert lib.recovered_from is not None and lib.recovered_from.exists()
        entries = {e.id: e.name for e in lib.list()}
        # 10 entries, the page of entry 5 ("Offer 4") destroyed: 10 - 1 = 9 survive, same ids
        assert len(entries) == 9
        lost = set(names) - set(entries)
        assert [names[i] for i in lost] == ["Offer 4"]
        assert all(names[i] == n for i, n in entries.items())
        assert all(lib.get(i).offer.notes.startswith(f"MARKER-{int(n[-1]):02d}-")
                   for i, n in entries.items())
        assert lib.get_setting("ui.sort") == "name"  # settings salvaged too
        notice = lib.recovery_notice()
        assert (notice.recovered, notice.lost) == (9, 1)
        assert notice.damaged_file == str(lib.recovered_from)
        assert "9 evaluations were recovered" in notice.render("en")
        assert "1 could not be recovered" in notice.render("en")
        assert "1 kon niet worden hersteld" in notice.render("nl")
        assert lib.integrity_check() == ["ok"]
        # a new entry gets a fresh id, never the lost one's
        assert lib.add(make_ev("After")) > max(names)


def test_the_notice_lasts_until_dismissed(db_path):
    ten_entries(db_path)
    damage_the_page_holding(db_path, b"MARKER-07-")
    with Library.open(db_path) as lib:
        kept = lib.recovered_from
    with Library.open(db_path) as lib:  # the next start: no new recovery, the notice is still there
        assert lib.recovered_from is None
        assert lib.recovery_notice().damaged_file == str(kept)
        lib.dismiss_recovery_notice()
    with Library.open(db_path) as lib:
        assert lib.recovery_notice() is None


def test_the_command_line_says_how_many_were_recovered(db_path, capsys):
    ten_entries(db_path)
    damage_the_page_holding(db_path, b"MARKER-02-")
    assert main(["library", "--db", str(db_path), "--lang", "en", "list", "--json"]) == 0
    out, err = capsys.readouterr()
    assert len(json.loads(out)) == 9
    assert "9 evaluations were recovered" in err and "1 could not be recovered" in err
    assert ".corrupt-" in err


def test_import_from_a_damaged_library_takes_every_readable_entry(tmp_path, capsys):
    damaged = tmp_path / "old.sqlite3"
    ten_entries(damaged)
    damage_the_page_holding(damaged, b"MARKER-09-")
    before = damaged.read_bytes()
    target = tmp_path / "new.sqlite3"
    assert main(["library", "--db", str(target), "--lang", "en", "import", str(damaged)]) == 0
    out, err = capsys.readouterr()
    assert len(out.split()) == 9  # nine new ids printed
    assert "9 entries imported, 1 could not be read" in err
    assert damaged.read_bytes() == before  # only read
    with Library.open(target) as lib:
        assert sorted(e.name for e in lib.list()) == [f"Offer {i}" for i in range(9)]


def test_garbage_salvages_nothing_and_says_so(db_path):
    db_path.write_bytes(b"\x00garbage" * 1000)
    with Library.open(db_path) as lib:
        notice = lib.recovery_notice()
        assert notice.recovered == 0 and lib.list() == []
        assert "nothing in it could be read" in notice.render("en")


def test_a_salvaged_library_keeps_trashed_entries_in_the_trash(db_path):
    names = ten_entries(db_path)
    with Library.open(db_path) as lib:
        lib.delete(min(names))
    damage_the_page_holding(db_path, b"MARKER-05-")
    with Library.open(db_path) as lib:
        assert min(names) not in {e.id for e in lib.list()}
        assert min(names) in {e.id for e in lib.list(include_deleted=True)}


def test_the_damaged_file_is_never_changed_by_salvage(db_path):
    ten_entries(db_path)
    damage_the_page_holding(db_path, b"MARKER-03-")
    damaged = db_path.read_bytes()
    with Library.open(db_path) as lib:
        assert lib.recovered_from.read_bytes() == damaged
    conn = sqlite3.connect(db_path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
