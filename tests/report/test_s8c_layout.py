"""PDF layout (review 8, item 9): a heading stays on the page of its chart, even with an intro
paragraph between them ("Welke aanname het zwaarst weegt" sat alone at the foot of page 5 of the
Dutch doTERRA report, its tornado chart on page 6)."""

from __future__ import annotations

import dataclasses
import re

import pytest

pypdf = pytest.importorskip("pypdf")

from evaluator.core.fileformat import load  # noqa: E402
from evaluator.report import PreparedReport, ensure_qt_app  # noqa: E402
from evaluator.resources import example_paths  # noqa: E402

HEADING = "Welke aanname het zwaarst weegt"


@pytest.fixture(scope="module")
def prepared():
    ensure_qt_app()
    ev = load(next(p for p in example_paths() if p.name == "mlm-unilevel-doterra-2017.oppeval"))
    return PreparedReport(ev, "nl")


def _with_filler(prepared, lines: int):
    """The report's content with ``lines`` short paragraphs before the tornado's heading, which
    moves the heading down the page line by line."""
    html = prepared.content.html
    at = html.index(f"<h3>{HEADING}</h3>")
    filler = "".join(f"<p>regel {i}</p>" for i in range(lines))
    return dataclasses.replace(prepared.content, html=html[:at] + filler + html[at:])


def _writer():
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter

    from evaluator.report.engine import page_layout

    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(1200)
    writer.setPageLayout(page_layout("a4"))
    return writer, buffer, array


def _pages(laid):
    """(page of the heading, page of the tornado chart, whether the heading opens its page)."""
    from evaluator.report import engine

    doc, height = laid.document, laid.page_height
    block = doc.begin()
    heading = None
    while block.isValid():
        if block.text() == HEADING:
            heading = block
        elif heading is not None and "\ufffc" in block.text():
            top = engine._line_span(doc, heading)[0]
            page = engine._page_of_y(top, height)
            chart = engine._page_of_y(engine._line_span(doc, block)[0], height)
            return page, chart, top - page * height <= 1.0
        block = block.next()
    raise AssertionError("no tornado chart after its heading")


def test_the_heading_is_on_the_page_of_its_chart_wherever_it_falls(prepared):
    from evaluator.report.engine import lay_out

    moved = 0
    for lines in range(0, 72, 3):  # a page holds about 60 lines: every place on it
        writer, buffer, _ = _writer()
        laid = lay_out(_with_filler(prepared, lines), prepared.svgs, writer)
        heading, chart, opens_page = _pages(laid)
        assert heading == chart, f"{lines} lines before it: heading on page {heading + 1}, chart on {chart + 1}"
        moved += opens_page
        del writer
        buffer.close()
    assert moved >= 1  # somewhere the heading had to move to the chart's page


def test_pdf_text_has_heading_intro_and_chart_on_one_page(prepared):
    """pypdf: for the filler that puts the heading at a page's top (moved there with its chart),
    the heading, its intro and the chart's own words are on that page."""
    from evaluator.report.engine import lay_out, paint

    for lines in range(0, 72, 3):
        writer, buffer, array = _writer()
        content = _with_filler(prepared, lines)
        laid = lay_out(content, prepared.svgs, writer)
        heading, _chart, opens_page = _pages(laid)
        if not opens_page:
            del writer
            buffer.close()
            continue
        paint(laid, writer, content)
        del writer
        buffer.close()
        import io

        pages = [re.sub(r"\s+", " ", p.extract_text() or "")
                 for p in pypdf.PdfReader(io.BytesIO(bytes(array.data()))).pages]
        page = pages[heading]
        assert HEADING in page
        assert "de langste balken wegen het zwaarst" in page  # the intro
        assert "aanname gehalveerd" in page  # the chart's legend
        # (pypdf also reads the clipped line a page's drawing touches below its foot, so the
        # page before may "contain" the heading too: it is not on it.)
        return
    pytest.fail("no filler put the heading at a page's top")
