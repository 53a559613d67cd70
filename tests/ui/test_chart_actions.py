"""Every chart can be copied, saved as PNG or SVG, and read as a table (ui.chart_canvas +
ui.chart_actions), driven as a user would: the Chart menu, Ctrl+C on the focused chart."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from evaluator.ui.chart_canvas import ChartCanvas

from .screens import shown


def _paint(ax, dark):
    ax.plot([1, 2, 3], [100.0, 250.5, -40.0], label="You")
    ax.set_xlabel("Month")


@pytest.fixture
def canvas(qtbot):
    c = shown(qtbot, ChartCanvas(), (500, 320))
    c.name = "Cumulative: Demo/Offer"
    c.set_painter(_paint, key=1)
    return c


def test_the_menu_offers_the_three_actions_only_once_a_chart_is_drawn(qtbot):
    empty = ChartCanvas()
    qtbot.addWidget(empty)
    assert not empty.menu_button.isEnabled() and not empty.copy_action.isEnabled()
    empty.show()
    empty.set_painter(_paint, key=1)
    assert empty.menu_button.isEnabled()
    assert [a.text() for a in empty.menu.actions()] == [
        "Copy chart", "Save chart as image…", "Show chart as table…"]
    empty.set_placeholder("no data")
    assert not empty.copy_action.isEnabled()


def test_save_as_png_and_svg_writes_valid_images(canvas, modals, tmp_path):
    modals.answer["save"] = str(tmp_path / "chart.png")
    assert canvas.save_chart() == str(tmp_path / "chart.png")
    assert (tmp_path / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # the suggested name is the chart's name without characters a file name cannot hold
    start = modals.named("getSaveFileName")[0][2]
    assert os.path.basename(start) == "Cumulative Demo Offer.png"

    modals.answer["save"] = str(tmp_path / "chart.svg")
    canvas.save_action.trigger()
    root = ET.parse(tmp_path / "chart.svg").getroot()
    assert root.tag.endswith("svg")


def test_a_symlink_target_is_refused_with_a_message_and_left_alone(canvas, modals, tmp_path):
    target = tmp_path / "real.png"
    target.write_bytes(b"old")
    link = tmp_path / "link.png"
    link.symlink_to(target)
    modals.answer["save"] = str(link)
    assert canvas.save_chart() is None
    assert modals.named("warning"), "the user is told why"
    assert target.read_bytes() == b"old"


def test_copy_puts_the_chart_on_the_clipboard_also_with_ctrl_c(canvas, qtbot):
    QGuiApplication.clipboard().clear()
    image = canvas.copy_chart()
    assert image is not None and not image.isNull() and image.width() > 300
    QGuiApplication.clipboard().clear()
    assert QGuiApplication.clipboard().image().isNull()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert not QGuiApplication.clipboard().image().isNull()


def test_the_table_view_shows_the_charts_numbers(canvas, qtbot):
    dialog = canvas.show_table()
    qtbot.addWidget(dialog)
    model = dialog.model
    headers = [model.horizontalHeaderItem(c).text() for c in range(model.columnCount())]
    assert headers == ["Month", "You"]
    assert model.rowCount() == 3
    values = [model.item(r, 1).data(Qt.ItemDataRole.UserRole) for r in range(3)]
    assert values == [100.0, 250.5, -40.0]
    assert [model.item(r, 0).text() for r in range(3)] == ["1", "2", "3"]
    assert dialog.text().splitlines()[2] == "2\t250.50"
    dialog.copy_text()
    assert QGuiApplication.clipboard().text().startswith("Month\tYou\n1\t100")
