"""File > Export to Spreadsheet in the app: the same workbook as the ``export`` command, read back
with openpyxl; a hostile offer name stays text; a refused target is reported and nothing written."""

from __future__ import annotations

import os

import openpyxl
import pytest

from evaluator.resources import example_paths

from .keys import type_into


@pytest.fixture
def doterra_window(make_window):
    window = make_window()
    path = next(p for p in example_paths() if "doterra" in p.name)
    window.open_path(str(path))
    return window


def test_export_writes_an_xlsx_with_numbers_and_sheets(doterra_window, modals, tmp_path):
    window = doterra_window
    assert window.act_spreadsheet.isEnabled()
    modals.answer["save"] = str(tmp_path / "out")  # no extension, no filter: .xlsx
    window.act_spreadsheet.trigger()
    out = tmp_path / "out.xlsx"
    assert out.is_file()
    # the suggested name is the offer's, in the home folder the first time
    start = modals.named("getSaveFileName")[0][2]
    assert os.path.basename(start) == window.last_valid.offer.name + ".xlsx"
    book = openpyxl.load_workbook(out)
    assert len(book.sheetnames) >= 3
    sheet = book[book.sheetnames[0]]
    header = [c.value for c in sheet[1]]
    assert header[0] == "month" and header[-1] == "typical_cumulative_net"
    months = [row[0].value for row in sheet.iter_rows(min_row=2)]
    assert months == list(range(1, len(window.analysis.projection.months) + 1))
    net = [row[header.index("cumulative_net")].value for row in sheet.iter_rows(min_row=2)]
    assert all(isinstance(v, float | int) for v in net)
    assert net == pytest.approx(list(window.analysis.projection.cumulative_net), abs=1e-9)


def test_a_hostile_offer_name_is_a_string_cell(make_window, modals, tmp_path, qtbot):
    window = make_window()
    window.new_evaluation()
    type_into(qtbot, window, "offer.name", '=HYPERLINK("http://x","y")')
    modals.answer["save"] = str(tmp_path / "hostile.xlsx")
    window.act_spreadsheet.trigger()
    book = openpyxl.load_workbook(tmp_path / "hostile.xlsx")
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row
             if isinstance(c.value, str) and "HYPERLINK" in c.value]
    assert cells, "the offer name is in the workbook"
    assert all(c.data_type == "s" for c in cells)


def test_a_refused_target_is_reported_and_left_alone(doterra_window, modals, tmp_path):
    target = tmp_path / "real.csv"
    target.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    modals.answer["save"] = str(link)
    assert doterra_window.export_spreadsheet() is None
    assert modals.named("warning")
    assert target.read_text() == "old"


def test_csv_by_name(doterra_window, modals, tmp_path):
    modals.answer["save"] = str(tmp_path / "figures.csv")
    assert doterra_window.export_spreadsheet() == str(tmp_path / "figures.csv")
    assert (tmp_path / "figures.csv").read_text().startswith("month,retail,")
