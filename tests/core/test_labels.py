"""The category names every text output uses cover every category the core produces."""

from typing import get_args

from evaluator.core import labels
from evaluator.core.projection import COST_CATEGORIES, REVENUE_SOURCES
from evaluator.core.verdict import Verdict


def test_every_category_has_an_english_and_a_different_dutch_name():
    assert set(labels.REVENUE_LABELS) == set(REVENUE_SOURCES)
    assert set(labels.COST_LABELS) == set(COST_CATEGORIES)
    assert set(labels.SEVERITY_LABELS) == {"serious", "warning", "info"}
    level_type = Verdict.__annotations__["level"]
    levels = set(get_args(level_type)) if get_args(level_type) else set(labels.VERDICT_LABELS)
    assert set(labels.VERDICT_LABELS) == levels == {"likely_pyramid", "high_risk", "caution", "lower_risk"}
    for table in (labels.VERDICT_LABELS, labels.SEVERITY_LABELS, labels.LEANS_LABELS,
                  labels.REVENUE_LABELS, labels.COST_LABELS):
        for key, (en, nl) in table.items():
            assert en and nl and en != nl, key


def test_label_picks_the_language_and_shows_unknown_keys_as_themselves():
    assert labels.label(labels.VERDICT_LABELS, "high_risk", "nl") == "Hoog risico"
    assert labels.label(labels.VERDICT_LABELS, "high_risk", "en") == "High risk"
    assert labels.label(labels.COST_LABELS, "unheard_of", "nl") == "unheard_of"
