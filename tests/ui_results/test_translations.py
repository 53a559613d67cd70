"""The results widgets' Dutch translation is complete, compiled and used."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from evaluator.resources import resource_path

TS = resource_path("i18n", "results_nl.ts")
QM = resource_path("i18n", "results_nl.qm")
SOURCES = ["results_panel.py", "chart_canvas.py", "simulation_view.py", "compare_view.py", "format.py"]


def _messages(path: Path) -> dict[tuple[str, str], str | None]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if tr.get("type") in ("obsolete", "vanished"):
                continue
            out[(name, msg.find("source").text)] = None if tr.get("type") == "unfinished" else tr.text
    return out


def test_no_unfinished_dutch_string():
    messages = _messages(TS)
    assert len(messages) > 100
    unfinished = [src for src, text in messages.items() if not text]
    assert unfinished == []


def test_every_string_in_the_code_is_in_the_ts_file(tmp_path):
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = shutil.which("pyside6-lupdate")
    if not lupdate:
        pytest.skip("pyside6-lupdate not installed")
    ui = Path(__file__).resolve().parents[2] / "evaluator" / "ui"
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *[str(ui / s) for s in SOURCES], "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=60)
    missing = set(_messages(fresh)) - {k for k, v in _messages(TS).items() if v}
    assert missing == set(), "run lupdate and translate: " + repr(sorted(missing))


def test_compiled_translation_is_used(qtbot):
    from evaluator.ui import format as fmt
    from evaluator.ui.results_panel import ResultsPanel

    translator = QTranslator()
    assert translator.load(str(QM))
    QCoreApplication.installTranslator(translator)
    try:
        panel = ResultsPanel(lang="nl")
        qtbot.addWidget(panel)
        assert panel.flags_heading.text() == "Waarschuwingssignalen"
        assert panel.chart_tabs.tabText(0) == "Jij, gewone deelnemer, belofte"
        assert fmt.verdict_label("likely_pyramid", "nl") == "Waarschijnlijk een piramidespel"
    finally:
        QCoreApplication.removeTranslator(translator)
