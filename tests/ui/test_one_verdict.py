"""One offer, one verdict (SPEC 9.3): the editor's results, the library list, the compare view
and the PDF show the same verdict for one document, the one with its own simulation; the
verdict is shown as updating until that simulation is in."""

from __future__ import annotations

import re
import time
import unicodedata

import pypdf
from PySide6.QtCore import Qt

from evaluator.core import fileformat
from evaluator.core.analysis import analyze
from evaluator.core.simulation import simulate
from evaluator.resources import example_paths
from evaluator.ui import format as fmt
from evaluator.ui import session as session_module
from evaluator.ui.library_view import VERDICT

from .keys import type_into


def _example(word: str) -> str:
    return str(next(p for p in example_paths() if word in p.name))


def _pdf_text(path) -> str:
    text = " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(path)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def _library_verdict(window, entry_id: int) -> str:
    model = window.library_view.model
    for row in range(model.rowCount()):
        if model.entries[row].id == entry_id:
            return model.data(model.index(row, VERDICT), Qt.ItemDataRole.DisplayRole)
    raise AssertionError(f"entry {entry_id} not listed")


def test_editor_library_compare_and_pdf_show_the_same_verdict(qtbot, window, modals, tmp_path):
    # The doTERRA example is the case of issue 11: without the simulation it is "high risk", with
    # its own simulation (the document's settings and seed) "likely a pyramid scheme".
    path = _example("doterra")
    ev = fileformat.load(path)
    expected = analyze(ev, "en", simulate(ev)).verdict.level
    assert analyze(ev, "en", run_simulation=False).verdict.level != expected  # the deterministic part alone

    entry_id = window.start_from_example(path)
    panel = window.results_panel
    # Until the simulation is in, the verdict says it is updating, not a level.
    if window.session.verdict_pending:
        assert panel.verdict_badge.text() == "Updating…"
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=30_000)
    label = fmt.verdict_label(expected, "en")
    assert window.analysis.verdict.level == expected
    assert panel.verdict_badge.text() == label

    # The library list.
    other = window.start_from_example(_example("dealer"))
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=30_000)
    window.show_library()
    assert _library_verdict(window, entry_id) == label

    # The compare view.
    dialog = window.compare([entry_id, other])
    assert dialog.view.verdict_badges[0].text() == label

    # The PDF.
    window.open_entry(entry_id)
    modals.answer["save"] = str(tmp_path / "summary.pdf")
    window.export_pdf()
    assert label in _pdf_text(tmp_path / "summary.pdf")


def test_an_edit_shows_the_verdict_as_updating_until_the_simulation_is_in(qtbot, window, monkeypatch):
    entry_id = window.start_from_example(_example("dealer"))
    assert entry_id
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=30_000)
    release = []
    real = session_module._simulate

    def slow(evaluation, cancel=None):  # holds the worker until the test lets it go
        deadline = time.monotonic() + 30
        while not release and time.monotonic() < deadline:
            time.sleep(0.01)
        return real(evaluation, cancel)

    monkeypatch.setattr(session_module, "_simulate", slow)
    type_into(qtbot, window, "simulation.seed", "7")
    window.session.run_analysis()
    panel = window.results_panel
    assert window.session.verdict_pending
    assert panel.verdict_badge.text() == "Updating…" and panel.verdict_pending
    release.append(True)
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=30_000)
    assert panel.verdict_badge.text() == fmt.verdict_label(window.analysis.verdict.level, "en")
    assert window.simulation is not None and window.simulation.settings["seed"] == 7


def test_the_simulation_view_edits_the_documents_settings(qtbot, window):
    window.start_from_example(_example("dealer"))
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=30_000)
    view = window.simulation_view
    assert view.doc_seed_spin.value() == window.last_valid.simulation.seed == 1
    view.doc_seed_spin.setValue(42)
    # One undoable edit in the document, and the verdict's simulation runs with it.
    qtbot.waitUntil(lambda: window.last_valid.simulation.seed == 42, timeout=5_000)
    assert window.editor.field("simulation.seed").data() == 42
    qtbot.waitUntil(lambda: not window.session.verdict_pending and window.simulation is not None
                    and window.simulation.settings["seed"] == 42, timeout=30_000)
    window.editor.undo_stack.undo()
    qtbot.waitUntil(lambda: window.last_valid.simulation.seed == 1, timeout=5_000)
    assert view.doc_seed_spin.value() == 1


def test_dutch_market_size_is_grouped_like_the_other_boxes(qtbot):
    from evaluator.ui.simulation_view import SimulationView

    view = SimulationView(lang="nl")
    qtbot.addWidget(view)
    view.set_evaluation(fileformat.load(_example("dealer")))
    market = view.doc_market_spin
    assert market.lineEdit().text() == f"{market.value():,}".replace(",", ".")
    assert market.validate("2.000.000", 0)[0].name == "Acceptable"
