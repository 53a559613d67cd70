"""The simulation view's settings are the model's and the core's: the full range of the seed,
the core's participant limit, the model's names and help texts. A file runs the same simulation
in the app as with ``simulate FILE``."""

from __future__ import annotations

import copy

import pytest

from evaluator.core.model import SimulationSettings, field_info
from evaluator.core.simulation import MAX_PARTICIPANTS
from evaluator.ui.simulation_view import WholeNumberBox

from .samples import MLM, evaluation
from .test_simulation_view import fake_engine

BIG_SEED = 2**40 + 3  # beyond QSpinBox's 2^31 - 1


def _with_simulation(**settings):
    data = copy.deepcopy(MLM)
    data["simulation"] = settings
    return evaluation(data)


def test_a_large_seed_from_the_file_runs_unchanged(make_view, qtbot):
    calls = []
    view = make_view(simulate=fake_engine(calls))
    view.set_evaluation(_with_simulation(seed=BIG_SEED, market_size=50_000, existing_participants=100))
    assert view.seed_spin.value() == BIG_SEED
    with qtbot.waitSignal(view.simulation_finished, timeout=10_000):
        view.run_button.click()
    assert calls[0]["seed"] == BIG_SEED  # the same seed the command line would use


def test_the_seed_box_holds_the_models_whole_range(qtbot):
    box = WholeNumberBox(None, 0, 2**63 - 1)
    qtbot.addWidget(box)
    seen = []
    box.valueChanged.connect(seen.append)
    box.setValue(2**63 - 1)
    assert box.value() == 2**63 - 1 and box.text() == "9223372036854775807"  # never grouped
    box.stepBy(1)
    assert box.value() == 2**63 - 1  # clamped at the model's maximum
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "123x45")  # the 'x' is refused
    assert box.value() == 12345
    assert seen == [2**63 - 1, 1, 12, 123, 1234, 12345]


def test_participants_are_limited_by_the_core(make_view):
    view = make_view(simulate=fake_engine([]))
    assert view.participants_spin.maximum() == MAX_PARTICIPANTS == 10_000_000


def test_a_market_beyond_the_limit_runs_as_in_the_file(make_view, qtbot):
    calls = []
    view = make_view(simulate=fake_engine(calls))
    view.set_evaluation(_with_simulation(market_size=25_000_000, existing_participants=100))
    assert view.participants_spin.value() == MAX_PARTICIPANTS  # as far as the box goes
    with qtbot.waitSignal(view.simulation_finished, timeout=10_000):
        view.run_button.click()
    assert calls[0]["participants"] == 25_000_000


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_names_and_help_texts_are_the_models(make_view, lang):
    view = make_view(lang=lang, simulate=fake_engine([]))
    for name, label, box in (("market_size", view.participants_label, view.participants_spin),
                             ("seed", view.seed_label, view.seed_spin)):
        info = field_info(SimulationSettings, name, lang)
        assert label.text() == info["label"] and box.toolTip() == info["help"]
    assert view.seed_label.text() == ("Startwaarde toeval" if lang == "nl" else "Random seed")
