"""The polish a new user hit (issue 13, item 7): a loss reads as a loss, one Dutch word for the
typical participant and for the verdict level ``caution``, proper plurals, amounts in one sentence
formatted alike, and red flags laid out as short blocks whose heading stays with its text."""

from __future__ import annotations

import re

import pytest

from evaluator.core.fileformat import Problem
from evaluator.core.i18n import fmt_money, fmt_money_group
from evaluator.core.labels import VERDICT_LABELS
from evaluator.core.verdict import net_years
from evaluator.resources import example_paths
from tests.report.fixtures import analysis_of, sample_evaluation


def test_a_loss_reads_as_a_loss():
    assert net_years(-2088, None, "EUR", "nl") == "verliest in het eerste jaar netto € 2.088"
    assert net_years(-2088, None, "EUR", "en") == "loses €2,088 net in the first year"
    assert net_years(-1296, -1136, "USD", "nl") == \
        "verliest in het eerste jaar netto $ 1.296 en in een later jaar $ 1.136"
    assert net_years(200, 300, "EUR", "nl") == "houdt in het eerste jaar netto € 200 over en in een later jaar € 300"
    # A loss then a gain: each with its own verb.
    assert net_years(-50.5, 120, "EUR", "en") == "loses €50.50 net in the first year and nets €120 in a later year"
    # -0.001 rounds to €0: not a loss of '€0'.
    assert net_years(-0.001, None, "EUR", "en") == "nets €0 in the first year"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_verdict_never_keeps_a_negative_amount(lang):
    an = analysis_of(sample_evaluation(), lang)
    first = an.typical.median_annual_net
    # 60% of the disclosure is paid nothing, so the median participant gets 0 and pays the
    # required costs: a loss.
    assert first < 0
    summary = an.verdict.summary
    assert not re.search(r"(netto|nets) -", summary), summary
    want = (f"verliest in het eerste jaar netto {fmt_money(-first, 'EUR', 'nl')}" if lang == "nl"
            else f"loses {fmt_money(-first, 'EUR', 'en')} net in the first year")
    assert want in summary, summary


def test_the_caution_level_has_a_natural_dutch_label():
    assert VERDICT_LABELS["caution"] == ("Caution", "Wees voorzichtig")


def test_amounts_in_one_sentence_are_formatted_alike():
    # 2,215.87 alone would be '€ 2.216'; next to € 386,77 it keeps its cents.
    assert fmt_money_group([2215.87, 386.77, -1829.10], "EUR", "nl") == ["€ 2.215,87", "€ 386,77", "-€ 1.829,10"]
    # A whole amount is exact: '€1,500' beside '€192.09' is not a rounded one.
    assert fmt_money_group([1500, 192.09], "EUR", "en") == ["€1,500", "€192.09"]
    # No amount with cents below 1,000: the usual whole thousands.
    assert fmt_money_group([1309.52, 1200.4], "USD", "nl") == ["$ 1.310", "$ 1.200"]


def test_counts_of_one_are_singular():
    assert Problem("x", "too_few", {"min": 1}).message("nl") == "moet minstens 1 element hebben"
    assert Problem("x", "too_few", {"min": 1}).message("en") == "must have at least 1 item"
    assert Problem("x", "too_few", {"min": 3}).message("nl") == "moet minstens 3 elementen hebben"
    assert Problem("x", "too_many", {"max": 1}).message("nl") == "mag hoogstens 1 element hebben"


# -- the red flags in the PDF ------------------------------------------------------------------

def _laid_out(evaluation, lang):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPdfWriter

    from evaluator.report import PreparedReport, ensure_qt_app
    from evaluator.report.engine import lay_out, page_layout

    ensure_qt_app()
    report = PreparedReport(evaluation, lang)
    buffer = QBuffer(QByteArray())
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(1200)
    writer.setPageLayout(page_layout("a4"))
    return lay_out(report.content, report.svgs, writer, 1.0), writer


def _blocks(laid):
    from evaluator.report.engine import _line_span, _page_of_y

    doc, out = laid.document, []
    block = doc.begin()
    while block.isValid():
        top, bottom = _line_span(doc, block)
        out.append((block.blockFormat().headingLevel(), block.text(),
                    _page_of_y(top, laid.page_height), _page_of_y(bottom - 1, laid.page_height)))
        block = block.next()
    return out


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_red_flag_is_a_heading_its_text_and_its_sources_as_separate_blocks(qapp, lang):
    ev = sample_evaluation()
    laid, _writer = _laid_out(ev, lang)
    blocks = _blocks(laid)
    severities = ("ERNSTIG", "WAARSCHUWING", "OPMERKING") if lang == "nl" else ("SERIOUS", "WARNING", "NOTE")
    flags = [i for i, b in enumerate(blocks) if b[0] == 4 and b[1].startswith(severities)]
    an = analysis_of(ev, lang)
    assert len(flags) == len(an.red_flags) >= 3
    basis, legal = ("Grondslag:", "Juridische bronnen:") if lang == "nl" else ("Basis:", "Legal sources:")
    for i, flag in zip(flags, an.red_flags):
        assert blocks[i][1].endswith(flag.title)
        assert blocks[i + 1][1] == flag.detail  # the explanation, a block of its own
        assert blocks[i + 2][1].startswith(basis)
        assert blocks[i + 3][1].startswith(legal)
        # The heading is never the last thing on its page: its text starts on the same page.
        assert blocks[i][3] == blocks[i + 1][2], (blocks[i], blocks[i + 1])


@pytest.mark.parametrize("name", [p.stem for p in example_paths()])
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_heading_ends_a_page_in_the_examples(qapp, name, lang):
    from evaluator.core.fileformat import load

    path = next(p for p in example_paths() if p.stem == name)
    laid, _writer = _laid_out(load(path), lang)
    blocks = _blocks(laid)
    for here, after in zip(blocks, blocks[1:]):
        if here[0] > 0 and after[1].strip():
            # A heading (the red flags' title, its intro, each flag's title) shares its page with
            # the start of what follows it.
            assert here[3] == after[2], (here, after)


def test_the_training_table_keeps_its_numbers_apart():
    from evaluator.report.content import build_content

    html = build_content(sample_evaluation(), analysis_of(sample_evaluation(), "nl"), "nl").html
    table = html[html.index(">Leadership weekend<") - 2000: html.index(">Leadership weekend<") + 1500]
    row = table[table.rindex("<tr>", 0, table.index(">Leadership weekend<")):]
    row = row[: row.index("</tr>")]
    cells = re.findall(r"<td([^>]*)>([^<]*)</td>", row)
    # name | cost | times per year | mandatory | focus: the two numbers right-aligned, and the
    # text column after them with room on its left.
    assert [c[1] for c in cells[:3]] == ["Leadership weekend", "€ 150", "2"]
    assert 'align="right"' in cells[1][0] and 'align="right"' in cells[2][0]
    assert "padding-left:10px" in cells[3][0] and 'align="right"' not in cells[3][0]


def test_the_summary_line_of_what_you_pay_formats_both_amounts_alike():
    from evaluator.report.summary import build_summary

    ev = sample_evaluation(fees={"signup": 99.5, "starter_kit": 1000, "monthly": 4.95, "annual": 50})
    html = build_summary(ev, analysis_of(ev, "nl"), "nl").html
    # To start: 99.50 + 1,000 = 1,099.50 (alone it would read '€ 1.100'). Every month: the fee
    # 4.95 + 100 points of autoship at 40 per 40 points (100) + the mandatory training 2 x 150 / 12
    # (25) = 129.95.
    assert "Om te beginnen: € 1.099,50. Elke maand om te blijven: € 129,95." in html
