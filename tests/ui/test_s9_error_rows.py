"""A simulation setting's limit message is shown whole, not cut after two lines (session 9).

Seen at 1280x800 in Dutch: the message sat under the box inside the form's field, as narrow as
the box, and showed only "Marktomvang: hoogstens" (document) or "Marktomvang: hoogstens
10.000.000" (exploratory) of "… in een simulatie; je typte 99.999.999.999.999.". Each message is
now a row of its own across the form, high enough for its wrapped text.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from evaluator.ui.simulation_view import wait_for_workers

from .test_s9a_whole_number_limits import _make, _type

FOURTEEN = "99999999999999"


@pytest.fixture
def view(qtbot):
    view = _make(qtbot, "nl")
    view.resize(540, 700)
    yield view
    view.cancel()
    assert wait_for_workers(30_000)


@pytest.mark.parametrize("box_name, error_name, group", [
    ("doc_market_spin", "doc_market_error", "document_box"),
    ("participants_spin", "participants_error", "settings_box"),
    ("doc_seed_spin", "doc_seed_error", "document_box"),
    ("seed_spin", "seed_error", "settings_box"),
])
def test_the_whole_message_fits(qtbot, view, box_name, error_name, group):
    box, error = getattr(view, box_name), getattr(view, error_name)
    edit = _type(qtbot, box, FOURTEEN + "99999")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(error.isVisible)
    qtbot.wait(50)
    assert error.text().endswith("9.999.999.999.999.999.999.")  # the whole number typed
    # as wide as the group box's contents, far wider than the number box
    assert error.width() > 2 * box.width()
    assert error.width() >= getattr(view, group).contentsRect().width() - 40
    # tall enough for every wrapped line of its text
    assert error.height() >= error.heightForWidth(error.width())


def test_a_hidden_message_takes_no_room(qtbot, view):
    group = view.document_box
    months_y = view.doc_months_spin.mapTo(group, QPoint(0, 0)).y()
    market = view.doc_market_spin
    market_bottom = market.mapTo(group, QPoint(0, 0)).y() + market.height()
    assert not view.doc_market_error.isVisible()
    assert months_y - market_bottom <= group.layout().verticalSpacing() + 12
