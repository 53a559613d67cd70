"""After a language switch every severity badge and the verdict are in the new language at
once (they stayed in the old one until a restart)."""

from __future__ import annotations

from evaluator.core.labels import SEVERITY_LABELS, VERDICT_LABELS
from evaluator.resources import example_paths


def test_badges_follow_a_language_switch(window, qtbot):
    window.settings.language_choice = "en"
    path = next(p for p in example_paths() if "pyramid" in p.name)
    window.start_from_example(str(path))
    panel = window.results_panel
    qtbot.waitUntil(lambda: bool(panel.flag_cards) and not window.session.verdict_pending, timeout=30_000)
    english = {card.badge.text() for card in panel.flag_cards}
    assert english <= {en for en, _nl in SEVERITY_LABELS.values()}
    old = window.settings.language
    window.settings.language_choice = "nl"
    window.apply_settings(old, window.settings.theme)
    qtbot.waitUntil(lambda: panel.flag_cards and all(
        card.badge.text() in {nl for _en, nl in SEVERITY_LABELS.values()} for card in panel.flag_cards))
    qtbot.waitUntil(lambda: not window.session.verdict_pending, timeout=30_000)
    assert panel.verdict_badge.text() in {nl for _en, nl in VERDICT_LABELS.values()}
    window.settings.language_choice = "en"
    window.apply_settings("nl", window.settings.theme)
    qtbot.waitUntil(lambda: all(card.badge.text() in english for card in panel.flag_cards))
