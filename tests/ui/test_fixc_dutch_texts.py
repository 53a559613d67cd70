"""English that showed in the Dutch app: the file dialog's "Look in:" and "Files of type:"
(qtbase_nl.qm lacks Qt 6.11's "&Look in:"; resources/i18n/qtgaps_nl.ts fills the gap), the
simulation's settings errors in the verdict text, and Python's json detail of a bad file."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel

from evaluator.core import fileformat
from evaluator.core.error_text import json_detail, settings_error
from evaluator.resources import example_paths
from evaluator.ui import session as session_module


@pytest.fixture
def dutch(qapp):
    from evaluator.ui.appearance import install_translators

    loaded = install_translators("nl")
    yield loaded
    install_translators("en")


def _labels(dialog: QFileDialog) -> list[str]:
    return [label.text().replace("&", "") for label in dialog.findChildren(QLabel) if label.text()]


def test_the_file_dialog_speaks_dutch(dutch, qtbot):
    assert "qtgaps_nl.qm" in dutch and "qtbase_nl.qm" in dutch
    dialog = QFileDialog(None, "Opslaan", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # the dialog the app shows without a desktop
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    assert _labels(dialog) == ["Zoeken in:", "Bestandsnaam:", "Bestanden van type:"]
    # the Type column of a folder (qtbase_nl.qm has no QAbstractFileIconProvider texts)
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "Map"


def test_the_file_dialog_in_english_is_untouched(qtbot, qapp):
    from evaluator.ui.appearance import install_translators

    assert install_translators("en") == []
    dialog = QFileDialog(None, "Save", "", "PDF (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    assert _labels(dialog) == ["Look in:", "File name:", "Files of type:"]


@pytest.mark.parametrize(("english", "dutch_text"), [
    ("simulation.existing_participants: the simulation handles at most 10,000,000 participants",
     "simulation.existing_participants: de simulatie kan hoogstens 10.000.000 deelnemers aan"),
    ("simulation.market_size: the market (500) must be at least the participants at the start "
     "(simulation.existing_participants = 1000)",
     "simulation.market_size: de markt (500) moet minstens zo groot zijn als het aantal deelnemers bij "
     "de start (simulation.existing_participants = 1000)"),
    ("simulation.months: must be a whole number between 1 and 120",
     "simulation.months: moet een geheel getal tussen 1 en 120 zijn"),
    ("simulation.seed: must be a whole number of at least 0",
     "simulation.seed: moet een geheel getal van minstens 0 zijn"),
    ("simulation.recruit_rate: must be between 0 and 10", "simulation.recruit_rate: moet tussen 0 en 10 liggen"),
    ("simulation.market_size: more than 10,000,000 participants would join; lower the market size, "
     "the recruit rate or the months",
     "simulation.market_size: er zouden meer dan 10.000.000 deelnemers bijkomen; verlaag de "
     "marktgrootte, het wervingstempo of het aantal maanden"),
])
def test_settings_errors_in_dutch(english, dutch_text):
    assert settings_error(english, "nl") == dutch_text
    assert settings_error(english, "en") == english


def test_the_raised_settings_error_texts_are_all_known():
    """Each message simulation.effective_settings raises has a Dutch version (a new English one
    would show untranslated: this lists them from the real checks)."""
    from evaluator.core.simulation import SimulationSettingsError, effective_settings

    ev = fileformat.load(next(p for p in example_paths() if "pyramid" in p.name))
    cases = [{"existing_participants": 0}, {"existing_participants": 20_000_000},
             {"market_size": 10}, {"months": 500}, {"seed": -1}, {"attachment": "random"}]
    for change in cases:
        bad = ev.model_copy(update={"simulation": ev.simulation.model_copy(update=change)})
        with pytest.raises(SimulationSettingsError) as caught:
            effective_settings(bad)
        text = str(caught.value)
        translated = settings_error(text, "nl")
        assert translated != text and translated.startswith(caught.value.field + ": "), text


@pytest.mark.parametrize(("text", "dutch_detail"), [
    ('{"a": 1\n"b": 2}', "hier hoort een komma (,) te staan"),
    ("{a: 1}", "hier hoort een sleutel tussen dubbele aanhalingstekens te staan"),
    ('{"a": }', "hier hoort een waarde te staan"),
    ('{"a": 1} x', "na het einde van de gegevens staat nog meer tekst"),
    ('{"a": "abc', "een tekst tussen aanhalingstekens die hier begint, wordt niet afgesloten"),
    ('{"a" 1}', "hier hoort een dubbele punt (:) te staan"),
])
def test_a_bad_json_file_is_described_in_dutch(text, dutch_detail):
    with pytest.raises(json.JSONDecodeError) as caught:
        json.loads(text)
    err = caught.value
    with pytest.raises(fileformat.EvaluationFileError) as bad:
        fileformat.loads(text)
    assert bad.value.render("nl") == f"geen geldige JSON (regel {err.lineno}, kolom {err.colno}: {dutch_detail})"
    assert bad.value.render("en") == f"not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})"
    assert json_detail(err.msg, "nl") == dutch_detail


def test_the_first_review_case_keeps_line_and_column():
    # b01.png: line 2, column 1, "Expecting ',' delimiter"
    with pytest.raises(fileformat.EvaluationFileError) as bad:
        fileformat.loads('{"format": "opportunity-evaluation"\n"version": 2}')
    assert bad.value.render("nl") == "geen geldige JSON (regel 2, kolom 1: hier hoort een komma (,) te staan)"


def test_the_verdict_says_why_the_simulation_could_not_run_in_dutch(qtbot, make_window, settings, tmp_path):
    from evaluator.ui.appearance import install_translators

    data = json.loads(next(p for p in example_paths() if "pyramid" in p.name).read_text("utf-8"))
    data["simulation"]["existing_participants"] = 20_000_000
    data["simulation"]["market_size"] = 30_000_000
    path = tmp_path / "te-groot.oppeval"
    path.write_text(json.dumps(data), "utf-8")
    settings.language_choice = "nl"
    install_translators("nl")
    window = make_window()
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.analysis is not None and not window.session.verdict_pending, timeout=30_000)
    assert session_module.wait_for_verdicts(30_000)
    qtbot.waitUntil(lambda: window.session.simulation_error is not None, timeout=10_000)
    qtbot.waitUntil(lambda: "hoogstens" in window.results_panel.verdict_summary.text(), timeout=10_000)
    text = window.results_panel.verdict_summary.text()
    assert "simulation.existing_participants: de simulatie kan hoogstens 10.000.000 deelnemers aan" in text
    assert "handles at most" not in text
