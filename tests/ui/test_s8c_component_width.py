"""The results' "income by plan component" table fits the Dutch results pane at 1024x768: no
horizontal scroll bar (review 8, item 4)."""

from __future__ import annotations

from evaluator.resources import example_paths
from evaluator.ui import session as session_module


def test_four_components_in_dutch_at_1024x768(qtbot, make_window, settings):
    from evaluator.ui.appearance import install_translators

    settings.language_choice = "nl"
    install_translators("nl")
    try:
        window = make_window()
        window.resize(1024, 768)
        window.open_path(str(next(p for p in example_paths()
                                  if p.name == "mlm-unilevel-fast-start-matching.oppeval")))
        qtbot.waitUntil(lambda: window.analysis is not None and not window.session.verdict_pending,
                        timeout=30_000)
        assert session_module.wait_for_verdicts(30_000)
        qtbot.wait(50)
        window.resize(window.width() + 1, window.height())  # a relayout, as a user's resize
        qtbot.wait(50)
        window.resize(window.width() - 1, window.height())
        qtbot.wait(100)
        panel = window.results_panel
        table = panel.component_income
        assert table.isVisibleTo(panel)
        assert table.caption.text() == "Je inkomen: je eigen verkoop en elk onderdeel van het plan"
        assert [r[0] for r in table.texts()] == ["Eigen verkoop aan klanten", "Snelle-startbonus",
                                                 "Unilevel-commissie", "Matching-bonus", "Rangbonus",
                                                 "Al je inkomen"]
        assert panel.content.minimumSizeHint().width() <= panel.scroll_area.viewport().width()
        assert panel.scroll_area.horizontalScrollBar().maximum() == 0
    finally:
        install_translators("en")
