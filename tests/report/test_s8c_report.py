"""The PDF's income by plan component (issue 12, item 7) and the exit table's amounts formatted
alike within each column (review 8, item 9)."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata

import pytest

pypdf = pytest.importorskip("pypdf")

from evaluator.core.fileformat import load  # noqa: E402
from evaluator.report import PreparedReport, ensure_qt_app  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402


def _example(name: str):
    return load(next(p for p in example_paths() if p.name == name))


def _pdf_text(evaluation, lang, tmp_path) -> str:
    ensure_qt_app()
    out = tmp_path / f"report-{lang}.pdf"
    PreparedReport(evaluation, lang).write_pdf(out, "a4")
    text = " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(out)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def test_pdf_lists_the_plan_component_by_component(tmp_path):
    text = _pdf_text(_example("mlm-unilevel-fast-start-matching.oppeval"), "nl", tmp_path)
    at = text.index("Waar het inkomen vandaan komt")
    table = text[at: text.index("Totaal $ 3.910 100%", at)]
    assert "Bron: je verkoop of het onderdeel van het plan Over 36 maanden Aandeel" in table
    # each row: name, what it pays for, total over 36 months, share of all $3,909.96 income:
    # outside sales 1293.85 / 3909.96 = 33.1% -> 33%; fast start 881.68 -> 22.5% -> 23%;
    # unilevel 599.36 -> 15.3% -> 15%; matching 35.08 -> 0.9% -> 1%;
    # rank bonus 22 months x $50 = 1100 -> 28.1% -> 28%
    assert "Eigen verkoop aan klanten $ 1.294 33%" in table
    assert ("Snelle-startbonus – betaalt voor de bestellingen van nieuwe rekruten in hun eerste 2 "
            "maanden $ 881,68 23%") in table
    assert "Unilevel-commissie – betaalt voor het volume van je netwerk $ 599,36 15%" in table
    assert "Matching-bonus – betaalt voor wat de mensen die je aanbracht verdienen $ 35,08 1%" in table
    assert "Rangbonus – betaalt voor het halen van rangen $ 1.100 28%" in table
    # the old source rows, which merged unilevel and matching and called fast start a
    # recruiting bonus, are not in this table
    assert "Wervingsbonussen" not in table and "Commissie op je netwerk" not in table


def test_pdf_in_english_too(tmp_path):
    text = _pdf_text(_example("mlm-unilevel-fast-start-matching.oppeval"), "en", tmp_path)
    assert "Source: your sales or the plan's component" in text
    assert "Fast-start bonus – pays for new recruits' orders in their first 2 months $881.68 23%" in text


def test_sources_without_a_plan(tmp_path):
    text = _pdf_text(_example("dealer-kitchen-appliance.oppeval"), "nl", tmp_path)
    at = text.index("Waar het inkomen vandaan komt")
    assert text[at:].startswith("Waar het inkomen vandaan komt Bron Over ")
    assert "Commissie op je netwerk" in text[at:at + 400]  # the four sources, as before


def test_money_column_formats_a_column_alike():
    from evaluator.core.analysis import analyze
    from evaluator.report.content import _Builder

    ev = _example("mlm-unilevel-doterra-2017.oppeval")
    b = _Builder(ev, analyze(ev, "nl", run_simulation=False), "nl", None, _dt.date(2026, 1, 1), 6.0)
    # 472 has no cents but sits under amounts with cents: '$ 472,00'; from 1,000 up amounts
    # stay whole (the report's rule), and a column of whole amounts stays whole.
    assert b.money_column([74.41, 192.44, 472.0, 2993.0]) == ["$ 74,41", "$ 192,44", "$ 472,00", "$ 2.993"]
    assert b.money_column([0.0, 0.0, 0.0]) == ["$ 0", "$ 0", "$ 0"]
    assert b.money_column([-343.31, 0.0]) == ["-$ 343,31", "$ 0,00"]


def test_exit_table_cells_alike(tmp_path):
    text = _pdf_text(_example("mlm-unilevel-doterra-2017.oppeval"), "nl", tmp_path)
    at = text.index("Stoppen na Betaald Ontvangen Terug In totaal")
    table = text[at: text.index("'Terug' is wat", at)]
    rows = re.findall(r"(\d+ maand(?:en)?) (\S+ \S+) (\S+ \S+) (\S+ \S+) (\S+ \S+)", table)
    assert [r[0] for r in rows] == ["3 maanden", "6 maanden", "12 maanden", "36 maanden"]
    # the 'Ontvangen' column: 74,41 / 192,44 / 472,00 (was '$ 472') / 2.993 (from 1,000 up: whole)
    assert [r[2] for r in rows] == ["$ 74,41", "$ 192,44", "$ 472,00", "$ 2.993"]
    assert [r[3] for r in rows] == ["$ 0"] * 4  # nothing back: every cell the same "$ 0"
    for r in rows:  # every amount with a space after the currency sign
        assert all(re.fullmatch(r"-?\$ [\d.]+(,\d\d)?", cell) for cell in r[1:]), r
