"""Rename refuses a name of only spaces (storage API); the damaged-library notice says once and
truly what was recovered, what was lost and where the damaged file is, in both languages."""

from __future__ import annotations

import pytest

from evaluator.cli import main
from evaluator.core import fileformat
from evaluator.storage import Library
from evaluator.storage.library import RecoveryNotice

from .conftest import make_ev
from .test_salvage import damage_the_page_holding, ten_entries


@pytest.mark.parametrize("blank", ["", "  ", "\t \n"])
def test_rename_refuses_a_blank_name_and_keeps_the_old_one(lib, blank):
    entry_id = lib.add(make_ev("Kitchen dealer"))
    before = lib.entry(entry_id)
    with pytest.raises(fileformat.EvaluationFileError) as info:
        lib.rename(entry_id, blank)
    assert info.value.render("en") == "offer.name: must not be empty"
    assert info.value.problems[0].message("nl") == "mag niet leeg zijn"
    after = lib.entry(entry_id)
    assert (after.name, after.updated) == (before.name, before.updated)
    assert lib.get(entry_id).offer.name == "Kitchen dealer"


def test_rename_drops_spaces_around_the_name(lib):
    entry_id = lib.add(make_ev("Old"))
    lib.rename(entry_id, "  New name ")
    assert lib.entry(entry_id).name == lib.get(entry_id).offer.name == "New name"


def truncated_library(db_path) -> None:
    """Three entries, then the file cut to its first 6,000 bytes (as the reviewer did): the
    structure is there, but no entry and no id can be read."""
    with Library.open(db_path) as lib:
        for i in range(3):
            lib.add(make_ev(f"Offer {i}"))
    db_path.write_bytes(db_path.read_bytes()[:6000])


def test_a_truncated_library_does_not_claim_that_none_were_lost(db_path):
    truncated_library(db_path)
    with Library.open(db_path) as lib:
        assert lib.list() == []
        notice = lib.recovery_notice()
        kept = str(lib.recovered_from)
        assert notice.render("en") == (
            "The library was damaged and no evaluation could be recovered from it; a new, empty "
            f"library was started. The damaged file is kept at {kept}.")
        assert notice.render("nl") == (
            "De bibliotheek was beschadigd en er kon geen enkele evaluatie uit worden hersteld; er "
            f"is een nieuwe, lege bibliotheek begonnen. Het beschadigde bestand is bewaard als {kept}.")


def test_one_damaged_page_of_ten(db_path):
    ten_entries(db_path)
    damage_the_page_holding(db_path, b"MARKER-04-")
    with Library.open(db_path) as lib:
        kept = str(lib.recovered_from)
        # 10 entries, one page destroyed: 9 recovered, 1 lost
        assert lib.recovery_notice().render("nl") == (
            "De bibliotheek was beschadigd. 9 evaluaties zijn hersteld in een nieuwe bibliotheek; "
            f"1 kon niet worden hersteld. Het beschadigde bestand is bewaard als {kept}.")


@pytest.mark.parametrize("recovered, lost, en, nl", [
    (1, 0, "The library was damaged. 1 evaluation was recovered into a new library. ",
     "De bibliotheek was beschadigd. 1 evaluatie is hersteld in een nieuwe bibliotheek. "),
    (2, 3, "The library was damaged. 2 evaluations were recovered into a new library; 3 could not "
     "be recovered. ",
     "De bibliotheek was beschadigd. 2 evaluaties zijn hersteld in een nieuwe bibliotheek; 3 konden "
     "niet worden hersteld. "),
    (0, 3, "The library was damaged and none of its evaluations could be recovered (3 lost); a new, "
     "empty library was started. ",
     "De bibliotheek was beschadigd en geen van de evaluaties kon worden hersteld (3 verloren); er "
     "is een nieuwe, lege bibliotheek begonnen. "),
])
def test_notice_wording(recovered, lost, en, nl):
    notice = RecoveryNotice("/x/library.sqlite3.corrupt-1", recovered, lost, "2026-12-02T00:00:00Z")
    assert notice.render("en") == en + "The damaged file is kept at /x/library.sqlite3.corrupt-1."
    assert notice.render("nl") == nl + "Het beschadigde bestand is bewaard als /x/library.sqlite3.corrupt-1."
    assert "beoordeling" not in notice.render("nl")


def test_the_command_line_says_it_once(db_path, capsys):
    truncated_library(db_path)
    assert main(["library", "--db", str(db_path), "--lang", "nl", "list"]) == 0
    err = capsys.readouterr().err
    assert err.startswith("opportunity-evaluator: waarschuwing: de bibliotheek was beschadigd en "
                          "er kon geen enkele evaluatie uit worden hersteld;")
    assert err.count("beschadigd") == 2  # "was beschadigd", "Het beschadigde bestand": once each
    assert err.count(".corrupt-") == 1
