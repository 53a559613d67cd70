"""Empty optional number fields in the editor say what an empty field means: the simulation's
months "the horizon" (as the Simulation tab says), the buyback percentage "not given" (as the
other optional fields)."""

from __future__ import annotations

from evaluator.resources import example_paths


def _editor(window):
    window.start_from_example(str(next(p for p in example_paths() if "doterra" in p.name)))
    return window.editor


def test_placeholders_in_dutch(qtbot, make_window, settings):
    from evaluator.ui.appearance import install_translators

    settings.language_choice = "nl"
    install_translators("nl")
    editor = _editor(make_window())
    months = editor.fields["simulation.months"].number
    buyback = editor.fields["offer.requirements.buyback_percent"].number
    assert months.text() == "" and months.placeholderText() == "de periode van je projectie"
    assert buyback.placeholderText() == "niet opgegeven"
    assert buyback.placeholderText() == editor.fields["offer.claims.after_months"].number.placeholderText()


def test_placeholders_in_english(qtbot, window):
    editor = _editor(window)
    assert editor.fields["simulation.months"].number.placeholderText() == "the horizon"
    assert editor.fields["offer.requirements.buyback_percent"].number.placeholderText() == "not given"


def test_the_simulation_tab_says_the_same(qtbot, make_window, settings):
    from evaluator.ui.appearance import install_translators

    settings.language_choice = "nl"
    install_translators("nl")
    window = make_window()
    editor = _editor(window)
    view = window.simulation_view
    # the Simulation tab's months box shows 0 as its special-value text
    assert view.doc_months_spin.specialValueText() == editor.fields["simulation.months"].number.placeholderText()
