"""The cohort's figures say how many people they cover (audit9 finding 2b: the gifting circle's
"100.0% end with a profit" is 7 people while 94.46% of everyone lose $5,000), in the PDF's
simulation table and in the ``analyze`` text, in both languages; and the Dutch summary writes
zero like every other amount (finding 8), read back from the PDF with pypdf."""

from __future__ import annotations

import re
import unicodedata

import pytest

pypdf = pytest.importorskip("pypdf")

from evaluator.core.fileformat import load  # noqa: E402
from evaluator.core.headline import cohort_people  # noqa: E402
from evaluator.report import PreparedReport, ensure_qt_app  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402
from tests.cli.helpers import run_command  # noqa: E402


def _example(stem: str):
    return next(p for p in example_paths() if p.stem == stem)


def _pdf_text(path, lang, tmp_path, kind="full") -> str:
    ensure_qt_app()
    out = tmp_path / f"report-{lang}-{kind}.pdf"
    PreparedReport(load(path), lang, kind=kind).write_pdf(out, "a4")
    text = " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(out)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def test_cohort_people_words():
    assert cohort_people(7, "en") == "7 people"
    assert cohort_people(7, "nl") == "7 mensen"
    assert cohort_people(1, "en") == "1 person"
    assert cohort_people(1, "nl") == "1 persoon"
    assert cohort_people(1250, "nl") == "1.250 mensen"
    assert cohort_people(None, "en") is None


@pytest.mark.parametrize("lang, row", [
    ("en", "Those who join when you do (7 people) $35,000"),
    ("nl", "Wie begint als jij (7 mensen) $ 35.000"),
])
def test_pdf_simulation_table_names_the_cohort_size(lang, row, tmp_path):
    text = _pdf_text(_example("gifting-circle-2x3"), lang, tmp_path)
    assert row in text


@pytest.mark.parametrize("lang, words", [
    ("en", "Of those who join when you do (7 people), at least 8 in 10 end at exactly $35,000 and "
           "100.0% end with a profit; of everyone, 5.5%."),
    ("nl", "Van wie tegelijk met jou begint (7 mensen) eindigen er minstens 8 op de 10 op precies "
           "$ 35.000 en eindigt 100,0% met winst; van iedereen 5,5%."),
])
def test_analyze_text_names_the_cohort_size(lang, words):
    result = run_command("analyze", str(_example("gifting-circle-2x3")), "--lang", lang)
    assert result.returncode == 0, result.stderr
    assert words in re.sub(r"\s+", " ", result.stdout)


def test_dutch_summary_writes_zero_like_the_other_amounts(tmp_path):
    # Binary example, the typical participant's year 1: gross 0 (77.6% earn nothing), net
    # -4,760.66. Every amount is "€ n" with a space, zero too.
    text = _pdf_text(_example("mlm-binary-starter-pack"), "nl", tmp_path, kind="summary")
    # per year and per month (SPEC 9.4): gross 0 and 0, net -4,760.66 and -4,760.66 / 12 = -396.72
    assert "Gewone deelnemer (verklaring van het bedrijf), jaar 1 € 0 € 0 -€ 4.761 -€ 396,72" in text
    assert "€0" not in text
