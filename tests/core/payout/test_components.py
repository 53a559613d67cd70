"""The version-2 payout plan models (SPEC 8.1): defaults, limits and the cross-field rules, each
problem at its exact field path."""

from __future__ import annotations

import pytest
from pydantic import BaseModel, ValidationError

from evaluator.core.plans import components as c
from evaluator.core.plans.components import COMPONENT_MODELS, COMPONENT_TYPES, PayoutPlan


def plan(**data) -> PayoutPlan:
    return PayoutPlan.model_validate(data, strict=True)


def errors(**data) -> list[tuple[str, str]]:
    with pytest.raises(ValidationError) as info:
        plan(**data)
    return [(".".join(str(p) for p in e["loc"]), e["type"]) for e in info.value.errors(include_url=False)]


RANKS = [{"name": "Member"}, {"name": "Silver", "group_volume": 300}, {"name": "Gold", "group_volume": 600}]


def test_empty_plan_and_component_defaults():
    p = plan()
    assert (p.retail_mode, p.retail_commission_percent, p.ranks, p.components) == ("margin", 0, [], [])
    p = plan(ranks=[{"name": "A"}], components=[
        {"type": "unilevel", "levels": [10]},
        {"type": "binary", "percent": 10},
        {"type": "matrix", "width": 2, "depth": 3, "levels": [1]},
        {"type": "stairstep", "percent_by_rank": {"A": 5}},
        {"type": "matching", "percents": [10]},
        {"type": "fast_start", "percents": [20]},
        {"type": "recruit_bonus", "amounts": [50]},
        {"type": "rank_bonus", "amount_by_rank": {"A": 5}},
    ])
    assert p.ranks[0].model_dump() == {"name": "A", "personal_volume": 0, "group_volume": 0,
                                       "legs": 0, "leg_volume": 0}
    uni, binary, matrix, stair, match, fast = p.components[:6]
    assert (uni.basis, uni.compression, uni.depth_by_rank) == ("all_volume", "none", {})
    assert (binary.monthly_cap, binary.basis, binary.carry_over) == (None, "all_volume", False)
    assert (matrix.basis, matrix.cycle_bonus) == ("all_volume", 0)
    assert (stair.basis, stair.own_volume, stair.breakaway_rank, stair.generation_percents) == (
        "all_volume", True, None, [])
    assert match.min_rank is None
    assert (fast.basis, fast.months) == ("all_volume", 1)
    assert [type(x).__name__ for x in p.components] == [
        "UnilevelComponent", "BinaryComponent", "MatrixComponent", "StairstepComponent",
        "MatchingComponent", "FastStartComponent", "RecruitBonusComponent", "RankBonusComponent"]
    assert p.component("matrix") is matrix and p.component("nothing") is None


def test_required_fields_of_each_component():
    assert errors(components=[{"type": "unilevel"}, {"type": "binary"},
                              {"type": "matrix", "levels": []}]) == [
        ("components.0.levels", "missing"), ("components.1.percent", "missing"),
        ("components.2.width", "missing"), ("components.2.depth", "missing")]


def test_component_type_twice_is_refused_at_the_second():
    assert errors(components=[{"type": "unilevel", "levels": [5]}, {"type": "binary", "percent": 1},
                              {"type": "unilevel", "levels": [1]}]) == [("components.2.type", "duplicate_component")]


def test_unknown_rank_names_at_their_exact_path():
    assert errors(ranks=RANKS, components=[
        {"type": "unilevel", "levels": [5], "depth_by_rank": {"Silver": 1, "Bronze": 2}},
        {"type": "stairstep", "percent_by_rank": {"Silver": 5, "Gold": 10, "Platinum": 15},
         "breakaway_rank": "Diamond"},
        {"type": "matching", "percents": [5], "min_rank": "gold"},  # names are case-sensitive
        {"type": "rank_bonus", "amount_by_rank": {"Emerald": 100}},
    ]) == [
        ("components.0.depth_by_rank.Bronze", "unknown_rank"),
        ("components.1.percent_by_rank.Platinum", "unknown_rank"),
        ("components.1.breakaway_rank", "unknown_rank"),
        ("components.2.min_rank", "unknown_rank"),
        ("components.3.amount_by_rank.Emerald", "unknown_rank"),
    ]


def test_rank_names_known_pass():
    p = plan(ranks=RANKS, components=[{"type": "stairstep", "percent_by_rank": {"Gold": 10},
                                        "breakaway_rank": "Gold", "generation_percents": [5]}])
    assert p.rank_index() == {"Member": 0, "Silver": 1, "Gold": 2}


def test_the_brief_example_path_components_1_percent_by_rank_gold():
    assert errors(ranks=[{"name": "Silver"}], components=[
        {"type": "unilevel", "levels": [5]}, {"type": "stairstep", "percent_by_rank": {"Gold": 5}}]) == [
        ("components.1.percent_by_rank.Gold", "unknown_rank")]


def test_duplicate_rank_names():
    assert errors(ranks=[{"name": "A"}, {"name": "B"}, {"name": "A"}]) == [("ranks.2.name", "duplicate_rank")]


def test_matrix_levels_longer_than_depth_names_levels():
    assert errors(components=[{"type": "matrix", "width": 2, "depth": 2, "levels": [5, 5, 5]}]) == [
        ("components.0.levels", "levels_deeper_than_matrix")]
    assert plan(components=[{"type": "matrix", "width": 2, "depth": 3, "levels": [5, 5, 5]}])


def test_unknown_or_missing_type_is_named_at_type():
    assert errors(components=[{"type": "pyramid"}, {"levels": [1]}]) == [
        ("components.0.type", "unknown_component"), ("components.1.type", "missing")]


def test_field_errors_inside_a_component_have_no_tag_in_their_path():
    assert errors(components=[{"type": "binary", "percent": 101, "carry": True}]) == [
        ("components.0.percent", "between"), ("components.0.carry", "extra_forbidden")]


@pytest.mark.parametrize("comp, path", [
    ({"type": "unilevel", "levels": [1] * 101}, "components.0.levels"),
    ({"type": "matrix", "width": 21, "depth": 2, "levels": []}, "components.0.width"),
    ({"type": "matrix", "width": 2, "depth": 21, "levels": []}, "components.0.depth"),
    ({"type": "matrix", "width": 0, "depth": 2, "levels": []}, "components.0.width"),
    ({"type": "fast_start", "percents": [1] * 21}, "components.0.percents"),
    ({"type": "fast_start", "percents": [1], "months": 0}, "components.0.months"),
    ({"type": "recruit_bonus", "amounts": [-1]}, "components.0.amounts.0"),
    ({"type": "matching", "percents": [float("nan")]}, "components.0.percents.0"),
    ({"type": "binary", "percent": "10"}, "components.0.percent"),
    ({"type": "binary", "percent": 10, "monthly_cap": -5}, "components.0.monthly_cap"),
    ({"type": "stairstep", "percent_by_rank": {}, "generation_percents": [1] * 21},
     "components.0.generation_percents"),
])
def test_limits(comp, path):
    assert [p for p, _ in errors(components=[comp])] == [path]


def test_unilevel_allows_version_1s_hundred_levels():
    assert len(plan(components=[{"type": "unilevel", "levels": [1] * 100}]).components[0].levels) == 100


def test_whole_number_fields_accept_integral_floats_only():
    p = plan(components=[{"type": "matrix", "width": 3.0, "depth": 7, "levels": []}])
    assert p.components[0].width == 3
    assert errors(components=[{"type": "matrix", "width": 2.5, "depth": 7, "levels": []}]) == [
        ("components.0.width", "int_type")]


def test_every_component_type_has_a_model():
    assert set(COMPONENT_MODELS) == set(COMPONENT_TYPES) and len(COMPONENT_TYPES) == 8
    for name, model in COMPONENT_MODELS.items():
        assert model.model_fields["type"].annotation.__args__ == (name,)


def _models() -> list[type[BaseModel]]:
    return [c.Rank, c.PayoutPlan, *COMPONENT_MODELS.values()]


@pytest.mark.parametrize("model", _models(), ids=lambda m: m.__name__)
def test_every_field_has_labels_and_help_in_both_languages(model):
    for name, info in model.model_fields.items():
        extra = info.json_schema_extra or {}
        for key in ("label_en", "label_nl", "help_en", "help_nl"):
            assert extra.get(key), f"{model.__name__}.{name} has no {key}"
        assert extra["help_en"] != extra["help_nl"], f"{model.__name__}.{name}: Dutch help not translated"


def test_every_message_code_has_both_languages():
    for code, (en, nl) in c.MESSAGES.items():
        assert en and nl and en != nl, code
