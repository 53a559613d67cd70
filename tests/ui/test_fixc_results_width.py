"""In Dutch at 1024x768 (and in the 1008x728 window a desktop leaves of it) the results fit
their pane: no horizontal scroll bar. The Dutch tax box's rate label, rate box and "Standaard:
35,70% (2026-01-01)" button side by side made the results 478 pixels wide in a 390-pixel pane;
the button now has a line of its own. The simulation tab fits as well."""

from __future__ import annotations

import pytest

from evaluator.resources import example_paths
from evaluator.ui import session as session_module


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.analysis is not None and not window.session.verdict_pending, timeout=30_000)
    assert session_module.wait_for_verdicts(30_000)
    qtbot.wait(50)
    # a relayout, as a user's first resize or scroll would cause (the scroll area then takes
    # the content's minimum width)
    window.resize(window.width() + 1, window.height())
    qtbot.wait(50)
    window.resize(window.width() - 1, window.height())
    qtbot.wait(100)


@pytest.mark.parametrize("size", [(1024, 768), (1008, 728)])
@pytest.mark.parametrize("example", ["doterra", "gifting"])
def test_dutch_results_need_no_horizontal_scroll_bar(qtbot, make_window, settings, example, size):
    from evaluator.ui.appearance import install_translators

    settings.language_choice = "nl"
    install_translators("nl")
    window = make_window()
    window.resize(*size)
    window.open_path(str(next(p for p in example_paths() if example in p.name)))
    _settle(qtbot, window)
    panel = window.results_panel
    # the Dutch tax box is there (the decision aids may still be computing on a loaded machine)
    qtbot.waitUntil(lambda: panel.decisions_view.tax_box.isVisibleTo(panel), timeout=15_000)
    _settle(qtbot, window)
    viewport = panel.scroll_area.viewport().width()
    assert panel.content.minimumSizeHint().width() <= viewport
    assert panel.scroll_area.horizontalScrollBar().maximum() == 0
    window.right_tabs.setCurrentWidget(window.simulation_view)
    qtbot.waitUntil(window.simulation_view.isVisible)
    _settle(qtbot, window)
    assert window.simulation_view.scroll_area.horizontalScrollBar().maximum() == 0
