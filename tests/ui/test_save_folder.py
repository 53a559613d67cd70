"""The first Save dialog opens in the user's documents (or the folder last saved to), with the
offer's name, never in the process's working folder (issue 13 item 7)."""

from __future__ import annotations

from pathlib import Path

from .keys import type_into


def test_first_save_dialog_opens_outside_the_working_folder(qtbot, window, modals, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # wherever the app was started from
    window.new_evaluation()
    type_into(qtbot, window, "offer.name", "Glow drinks")
    window.flush()
    window.save_as()
    (args,) = modals.named("getSaveFileName")
    start = Path(args[2])
    assert start.name == "Glow drinks.oppeval"
    assert start.parent != tmp_path and start.parent.is_dir()
    # Saved once, the next dialog opens where the user saved.
    folder = tmp_path / "offers"
    folder.mkdir()
    modals.answer["save"] = str(folder / "glow.oppeval")
    window.save_as()
    window.save_as()
    assert Path(modals.named("getSaveFileName")[-1][2]).parent == folder
