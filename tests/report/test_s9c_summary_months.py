"""The one-page summary gives per month and per year, year 1 and a later year, for you, the
typical participant and the claim (SPEC 9.4; audit9 finding 7: it had no per-month figures and
no later year for the typical participant)."""

from __future__ import annotations

import re
import unicodedata

import pytest

pypdf = pytest.importorskip("pypdf")

from evaluator.core.fileformat import load  # noqa: E402
from evaluator.report import PreparedReport, ensure_qt_app  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402


def _summary_text(lang, tmp_path, stem="mlm-binary-starter-pack") -> str:
    ensure_qt_app()
    path = next(p for p in example_paths() if p.stem == stem)
    out = tmp_path / f"summary-{lang}.pdf"
    assert PreparedReport(load(path), lang, kind="summary").write_pdf(out, "a4") == 1
    text = " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(out)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


def test_summary_has_per_month_and_the_typical_later_year_en(tmp_path):
    text = _summary_text("en", tmp_path)
    # By hand (binary example): you, year 1 net -1,343.87 -> -111.99 a month; the typical
    # participant's year 1 net -4,760.66 (1,723.14 + 11 x 276.14) -> -396.72 a month; year 2
    # 12 x 276.14 + 49 = 3,362.66 -> -3,363, -280.22 a month; the claim 5,000 a month = 60,000.
    assert "You, year 1 €3,040 €253.29 -€1,344 -€111.99" in text
    assert "Typical participant, year 2 €0 €0 -€3,363 -€280.22" in text
    assert "What the recruiter claimed €60,000 €5,000 — —" in text
    assert "year 1 €0 €0 -€4,761 -€396.72" in text


def test_summary_has_per_month_and_the_typical_later_year_nl(tmp_path):
    text = _summary_text("nl", tmp_path)
    assert "Gewone deelnemer, jaar 2 € 0 € 0 -€ 3.363 -€ 280,22" in text
    assert "Wat de werver beloofde € 60.000 € 5.000 — —" in text
    assert "Per jaar en per maand: jij, de gewone deelnemer en de belofte" in text


@pytest.mark.parametrize("lang, row", [
    ("en", "Typical participant: unknown, no income disclosure was entered (ask the company for "
           "one) — — — — What the recruiter claimed"),
    ("nl", "Gewone deelnemer: onbekend, er is geen inkomensverklaring ingevuld (vraag het bedrijf "
           "erom) — — — — Wat de werver beloofde"),
])
def test_summary_says_why_the_typical_participant_is_unknown(tmp_path, lang, row):
    # The 3x7 matrix example has no income disclosure: the row says why and what to do, once,
    # instead of "unknown" in each of the four cells (review of session 9).
    text = _summary_text(lang, tmp_path, "matrix-3x7")
    assert row in text
    assert "onbekend onbekend" not in text and "unknown unknown" not in text
