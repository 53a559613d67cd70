"""One amount reads the same everywhere in the PDF: a €4.95 monthly fee is '€4.95' in the red
flag, the cost table and the appendix, never '€5' (the PDF used to say both)."""

from __future__ import annotations

import re
import unicodedata

import pytest

pypdf = pytest.importorskip("pypdf")  # third-party: the report tests need it

from evaluator.report import PreparedReport, ensure_qt_app  # noqa: E402
from tests.report.fixtures import sample_evaluation  # noqa: E402


def _pdf_text(evaluation, lang, tmp_path) -> str:
    ensure_qt_app()
    out = tmp_path / f"report-{lang}.pdf"
    PreparedReport(evaluation, lang).write_pdf(out, "a4")
    text = " ".join(page.extract_text() or "" for page in pypdf.PdfReader(str(out)).pages)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize(("lang", "fee", "rounded"), [("en", "€4.95", r"€5(?![\d.,])"),
                                                      ("nl", "€ 4,95", r"€ 5(?![\d.,])")])
def test_a_fee_with_cents_keeps_them_everywhere(tmp_path, lang, fee, rounded):
    # signup 99 + starter kit 200 + monthly 4.95: month 1 of 'Fees, kit and stock' is 303.95.
    ev = sample_evaluation(fees={"signup": 99, "starter_kit": 200, "monthly": 4.95, "annual": 50})
    text = _pdf_text(ev, lang, tmp_path)
    # The red flag ('you pay €4.95 a month'), the cost table's month-2-on average (4.95) and
    # the appendix's 'Monthly fee' all show the cents.
    assert text.count(fee) >= 3, text
    assert "303.95" in text or "303,95" in text
    assert not re.search(rounded, text), re.search(rounded, text)


def test_years_are_not_grouped(tmp_path):
    text = _pdf_text(sample_evaluation(), "nl", tmp_path)  # the disclosure is of 2023
    assert "2023" in text and "2.023" not in text
