"""One Dutch word per concept in the editor, the glossary and the help (review 8, item 12a): the
binary component's "Overdragen" field opens the carry-over entry, which the glossary now calls
"Overdragen" too, and "Where you enter it" names the component as the editor's section does
("Binaire commissie", not the glossary's "Binair plan")."""

from __future__ import annotations

import pytest

from evaluator.core import glossary
from evaluator.core.plans import components
from evaluator.core.plans.registry import kinds

CARRY = glossary.component_path("binary", "carry_over")


def _editor_label(type_: str, field: str, lang: str) -> str:
    from evaluator.core.model import field_info

    return field_info(components.COMPONENT_MODELS[type_], field, lang)["label"]


def test_the_carry_over_field_opens_the_carry_over_entry():
    assert [e.key for e in glossary.for_field(CARRY)] == ["carry_over"]


def test_the_carry_over_entry_uses_the_editors_word():
    label = _editor_label("binary", "carry_over", "nl")
    assert label == "Overdragen"
    entry = glossary.entry("carry_over")
    assert entry.term("nl").startswith(label)  # "Overdragen (carry-over)"
    for key in ("carry_over", "binary"):
        e = glossary.entry(key)
        for text in (e.term("nl"), e.text("nl"), e.example("nl")):
            assert "doorschuif" not in text.lower() and "doorschuiv" not in text.lower(), text


def test_where_you_enter_it_names_the_editors_section():
    assert glossary.field_label(CARRY, "nl") == "Verdienmodel › Binaire commissie › Overdragen"
    assert glossary.field_label(CARRY, "en") == "Payout plan › Binary commission › Carry over"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_component_is_named_as_the_editor_and_the_results_name_it(lang):
    for kind in kinds():
        if kind.type not in glossary.V2_COMPONENT_FIELDS:
            continue  # a test-only component
        field = glossary.V2_COMPONENT_FIELDS[kind.type][0]
        label = glossary.field_label(glossary.component_path(kind.type, field), lang)
        section = label.split(" › ")[1]
        # the seam's name: the editor's section title and the results' "income by component"
        assert section == kind.labels()[1 if lang == "nl" else 0]


def test_the_bonus_entries_have_the_components_dutch_names():
    names = components.COMPONENT_NAMES
    assert glossary.entry("matching_bonus").term("nl") == names["matching"][1] == "Matching-bonus"
    assert glossary.entry("fast_start_bonus").term("nl") == names["fast_start"][1] == "Snelle-startbonus"
    assert glossary.entry("recruit_bonus").term("nl") == names["recruit_bonus"][1]
    assert glossary.entry("rank_bonus").term("nl") == names["rank_bonus"][1]
    # the old spellings are still found
    assert glossary.search("snelstartbonus", "nl")[0].key == "fast_start_bonus"
    assert glossary.search("matchingbonus", "nl")[0].key == "matching_bonus"
