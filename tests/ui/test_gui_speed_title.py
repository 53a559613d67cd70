"""The window title after each keystroke reads the offer's name and whether the document differs
from its file without copying the editor's document (OfferEditor.value, state_equals): the same
title as before, star and name, as the user types and types back."""

from __future__ import annotations

from evaluator.core import fileformat
from evaluator.core.model import Evaluation

from .keys import type_into


def test_the_title_follows_name_and_changes_without_copies(qtbot, window, tmp_path, monkeypatch):
    path = tmp_path / "club.oppeval"
    ev = Evaluation.new("Shake club")
    fileformat.save(ev, path)
    window.open_path(str(path))
    editor = window.editor
    assert window.windowTitle().startswith("Shake club \u2014")  # as in the file: no star
    assert editor.value("offer.name") == "Shake club"
    assert editor.value("offer.no_such_field") is None
    copies = []
    real_state = type(editor).state
    monkeypatch.setattr(type(editor), "state", lambda self: copies.append(1) or real_state(self))
    type_into(qtbot, window, "offer.fees.monthly", "25")
    assert window.windowTitle().startswith("Shake club* \u2014")  # the file is behind
    type_into(qtbot, window, "offer.name", "Shakes")
    assert window.windowTitle().startswith("Shakes* \u2014")
    assert window.session.is_modified()
    # The title itself copied nothing: each edit copies the document once, for its signal.
    edits = 2 * 1 + len("Shakes")  # "25" is typed over the selection: two edits; then six letters
    assert len(copies) <= edits
    # Typed back to what the file holds (the monthly fee of a new offer is 0): no star again.
    type_into(qtbot, window, "offer.name", "Shake club")
    type_into(qtbot, window, "offer.fees.monthly", "0")
    assert editor.state_equals(fileformat.to_data(fileformat.load(path)))
    assert not window.session.is_modified()
    assert window.windowTitle().startswith("Shake club \u2014")
