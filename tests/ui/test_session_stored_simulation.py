"""The verdict's simulation stored with the library entry (SPEC 9.3, issue 11): when the session's
simulation finishes, its summary goes into the library's ``simulation`` column with the entry, so
a new library object (a restart) shows the same verdict without simulating again; an edit makes
it stale (replaced by the new document's, or cleared), and it is never used for another document.
Real SQLite files, a real ``DocumentSession`` and its worker thread."""

from __future__ import annotations

import pytest

from evaluator.core import fileformat
from evaluator.core.analysis import SimulationSummary, analyze
from evaluator.core.simulation import simulate
from evaluator.resources import example_paths
from evaluator.storage.library import Library
from evaluator.ui import session as session_module
from evaluator.ui.session import DocumentSession, network_key


def _example(word: str):
    return fileformat.load(next(p for p in example_paths() if word in p.name))


def _with_fee(ev, monthly: float):
    fees = ev.offer.fees.model_copy(update={"monthly": monthly})
    return ev.model_copy(update={"offer": ev.offer.model_copy(update={"fees": fees})})


@pytest.fixture
def no_kept_simulations(monkeypatch):
    """Each test starts without the process's kept simulations (as after a restart)."""
    monkeypatch.setattr(session_module, "_SIMULATIONS", type(session_module._SIMULATIONS)())


def _finish(qtbot, session: DocumentSession) -> None:
    qtbot.waitUntil(lambda: not session.verdict_pending, timeout=60_000)
    assert session_module.wait_for_verdicts(60_000)
    qtbot.wait(20)  # the queued "done" report


def test_finished_simulation_is_stored_and_a_new_library_shows_its_verdict(
        qtbot, qapp, tmp_path, monkeypatch, no_kept_simulations):
    ev = _example("pyramid")
    path = tmp_path / "library.sqlite3"
    expected = analyze(ev, "en", simulate(ev)).verdict.level  # what `analyze` says, simulating
    lib = Library.open(path)
    entry_id = lib.add(ev)
    assert lib.simulation(entry_id) is None
    session = DocumentSession(lib)
    session.open(entry_id)
    assert session.verdict_pending  # nothing stored yet: the document's own run is under way
    _finish(qtbot, session)
    assert session.analysis.verdict.level == expected

    stored = lib.simulation(entry_id)
    assert stored is not None and stored["network"] == network_key(ev)
    session.close_document()
    lib.close()

    # "A restart": a new library object on the same file, no simulation in this process.
    monkeypatch.setattr(session_module, "_SIMULATIONS", type(session_module._SIMULATIONS)())
    runs = []

    def no_run(evaluation, cancel=None):
        runs.append(evaluation)
        return None, "memory"  # the run that would fill the charts fails: the verdict stays

    monkeypatch.setattr(session_module, "_simulate", no_run)
    lib2 = Library.open(path)
    try:
        assert lib2.entry(entry_id).verdict == expected  # the library list
        summary = SimulationSummary.from_json(lib2.simulation(entry_id))
        assert analyze(ev, "en", summary).verdict.level == expected  # the PDF / compare input
        fresh = DocumentSession(lib2)
        fresh.open(entry_id)
        # Final at once: the stored summary is the verdict's simulation, nothing is pending.
        assert not fresh.verdict_pending
        assert fresh.analysis.complete and isinstance(fresh.analysis.simulation, SimulationSummary)
        assert fresh.analysis.verdict.level == expected
        assert fresh.analysis.simulation.participants_ever == summary.participants_ever
        _finish(qtbot, fresh)
        assert fresh.analysis.verdict.level == expected and not fresh.verdict_pending
        fresh.close_document()
    finally:
        lib2.close()


def test_an_edit_replaces_the_stored_summary_or_clears_it(
        qtbot, qapp, tmp_path, monkeypatch, no_kept_simulations):
    ev = _example("pyramid")
    lib = Library.open(tmp_path / "library.sqlite3")
    try:
        entry_id = lib.add(ev)
        session = DocumentSession(lib)
        session.open(entry_id)
        _finish(qtbot, session)
        old = lib.simulation(entry_id)
        assert old is not None and old["network"] == network_key(ev)

        # An edit of the offer: saved with its own new simulation, never the old one.
        edited = _with_fee(ev, ev.offer.fees.monthly + 7)
        assert network_key(edited) != network_key(ev)
        session.edited(fileformat.to_data(edited), edited, [])
        session.autosave()  # finishes the pending simulation first (the final verdict is stored)
        assert lib.get(entry_id) == edited
        new = lib.simulation(entry_id)
        assert new is not None and new["network"] == network_key(edited)
        assert lib.entry(entry_id).verdict == analyze(edited, "en", simulate(edited)).verdict.level

        # The next edit's simulation cannot run: the entry keeps no summary at all.
        monkeypatch.setattr(session_module, "_simulate", lambda evaluation, cancel=None: (None, "memory"))
        again = _with_fee(ev, ev.offer.fees.monthly + 9)
        session.edited(fileformat.to_data(again), again, [])
        session.autosave()
        assert lib.get(entry_id) == again and lib.simulation(entry_id) is None
        session.close_document()
    finally:
        lib.close()


def test_a_stored_summary_never_describes_another_document(qapp, tmp_path, no_kept_simulations):
    ev = _example("pyramid")
    other = _with_fee(ev, ev.offer.fees.monthly + 5)
    lib = Library.open(tmp_path / "library.sqlite3")
    try:
        entry_id = lib.add(ev)
        summary = session_module.summary_to_store(ev, simulate(ev))
        # Refused while the entry holds another document (another window saved meanwhile).
        assert not lib.set_simulation(entry_id, summary, other)
        assert lib.simulation(entry_id) is None
        assert lib.set_simulation(entry_id, summary, ev)
        assert lib.simulation(entry_id) == summary
        # A save elsewhere without a summary clears it; a digest of another network is ignored.
        lib.update(entry_id, other)
        assert lib.simulation(entry_id) is None
        assert session_module.stored_summary(summary, other) is None
        assert session_module.stored_summary(summary, ev) is not None
        assert session_module.stored_summary({**summary, "months": "x"}, ev) is None  # unreadable
    finally:
        lib.close()


def test_undo_to_a_simulated_state_does_not_simulate_again(qtbot, qapp, tmp_path, monkeypatch,
                                                           no_kept_simulations):
    ev = _example("pyramid")
    lib = Library.open(tmp_path / "library.sqlite3")
    try:
        entry_id = lib.add(ev)
        session = DocumentSession(lib)
        session.open(entry_id)
        _finish(qtbot, session)
        runs = []
        real = session_module._simulate
        monkeypatch.setattr(session_module, "_simulate",
                            lambda evaluation, cancel=None: runs.append(1) or real(evaluation, cancel))
        edited = _with_fee(ev, ev.offer.fees.monthly + 3)
        session.edited(fileformat.to_data(edited), edited, [])
        session.run_analysis()
        _finish(qtbot, session)
        assert len(runs) == 1  # a new offer: one run
        # Undo: back to the first state, whose run is kept; an assumption edit needs none either.
        session.edited(fileformat.to_data(ev), ev, [])
        session.run_analysis()
        assert not session.verdict_pending and session.analysis.complete
        mine = ev.model_copy(update={"assumptions": ev.assumptions.model_copy(
            update={"new_customers_per_month": 4.0})})
        session.edited(fileformat.to_data(mine), mine, [])
        session.run_analysis()
        assert not session.verdict_pending and session.analysis.complete
        assert len(runs) == 1
        session.close_document()
    finally:
        lib.close()
