"""The glossary: complete in both languages, examples in euros written the way each language
writes money, every field path real, and the look-ups (search, for_field) find what a user types."""

from __future__ import annotations

import re
import typing

import pytest
from pydantic import BaseModel

from evaluator.core import glossary
from evaluator.core.model_v1 import Evaluation  # the glossary names version-1 paths and V2_FIELD_PATHS

ENTRIES = glossary.entries()
IDS = [e.key for e in ENTRIES]

# Money as each language writes it: '€1,250.50' / '€60' (en) and '€ 1.250,50' / '€ 60' (nl).
EN_MONEY = re.compile(r"€\d{1,3}(?:,\d{3})*(?:\.\d{2})?(?![\d,.]\d)")
NL_MONEY = re.compile(r"€ \d{1,3}(?:\.\d{3})*(?:,\d{2})?(?![\d,.]\d)")


def _model_paths(model: type[BaseModel], prefix: str = "") -> set[str]:
    """Every field path of a pydantic model, lists written as ``name[]``."""
    paths: set[str] = set()
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        paths.add(path)
        for inner, suffix in _nested(info.annotation):
            paths.add(path + suffix)
            paths |= _model_paths(inner, path + suffix + ".")
    return paths


def _nested(annotation) -> list[tuple[type[BaseModel], str]]:
    """The BaseModel types inside an annotation: (Model, "") for Model | None, (Model, "[]") for
    list[Model]."""
    found = []
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [(annotation, "")]
    origin = typing.get_origin(annotation)
    for arg in typing.get_args(annotation):
        for model, suffix in _nested(arg):
            found.append((model, "[]" + suffix if origin is list else suffix))
    return found


V1_PATHS = _model_paths(Evaluation)


def test_the_model_walk_sees_nested_and_list_fields():
    # the walk itself must work, or the path test below proves nothing
    assert {"offer.products[].volume", "offer.payout.ranks[].group_volume", "simulation.seed",
            "offer.disclosure.tiers[].annual_median", "offer.requirements.monthly_volume"} <= V1_PATHS
    assert "offer.products.volume" not in V1_PATHS


def test_at_least_thirty_entries_with_unique_stable_keys():
    assert len(ENTRIES) >= 30
    assert len(set(IDS)) == len(IDS)
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", k) for k in IDS)


def test_every_term_the_brief_names_is_there():
    wanted = {"pv", "gv", "cv_bv", "autoship", "downline", "upline", "sponsor", "leg", "breakaway",
              "spillover", "matrix", "compression", "rank", "qualification", "starter_pack",
              "buyback", "income_disclosure", "active_participant", "residual_income", "unilevel",
              "binary", "stairstep", "matching_bonus", "fast_start_bonus", "recruit_bonus",
              "rank_bonus", "cooling_off", "internal_consumption", "inventory_loading",
              "pyramid_scheme", "break_even", "typical_participant", "breakage", "seed",
              "carry_over", "generation"}
    assert wanted <= set(IDS), wanted - set(IDS)


@pytest.mark.parametrize("e", ENTRIES, ids=IDS)
def test_entry_exists_in_both_languages(e):
    for lang in ("en", "nl"):
        assert e.term(lang).strip()
        assert 80 <= len(e.text(lang)) <= 700, (lang, len(e.text(lang)))  # two or three sentences
        assert e.text(lang).rstrip().endswith((".", "?", "!"))
        assert e.example(lang).strip()
        assert all(a.strip() for a in e.aliases(lang))
    # Dutch is written, not copied: the explanation and example differ from the English ones
    assert e.text_nl != e.text_en and e.example_nl != e.example_en
    assert e.term(lang="nl_NL") == e.term_nl and e.term("fr") == e.term_en


@pytest.mark.parametrize("e", ENTRIES, ids=IDS)
def test_examples_have_euro_amounts_in_each_languages_own_style(e):
    assert EN_MONEY.search(e.example_en), e.example_en
    assert NL_MONEY.search(e.example_nl), e.example_nl
    # no amount written the other language's way
    assert not re.search(r"€ \d", e.example_en), e.example_en
    assert not re.search(r"€\d", e.example_nl), e.example_nl
    assert not re.search(r"\d\.\d{3}(?!\d)", e.example_en), "Dutch thousands in English: " + e.example_en
    assert not re.search(r"\d,\d{3}(?!\d)", e.example_nl), "English thousands in Dutch: " + e.example_nl
    assert not re.search(r"\d\.\d", re.sub(r"\d\.\d{3}(?!\d)", "", e.example_nl)), \
        "a decimal point in Dutch: " + e.example_nl


@pytest.mark.parametrize("e", ENTRIES, ids=IDS)
def test_one_sentence_never_mixes_whole_euros_and_cents(e):
    for text, money in ((e.example_en, EN_MONEY), (e.example_nl, NL_MONEY)):
        for sentence in re.split(r"(?<=[.:;])\s+", text):
            amounts = [m.group(0) for m in money.finditer(sentence)]
            with_cents = [a for a in amounts if re.search(r"[.,]\d{2}$", a)]
            assert not with_cents or len(with_cents) == len(amounts), sentence


def test_the_hand_worked_examples_say_what_the_arithmetic_gives():
    # spot checks of the arithmetic written into the examples
    assert "10% of 35 = €3.50" in glossary.entry("volume").example_en  # 0.10 * 35 = 3.50
    assert "9 × 50 × 5% = € 22,50" in glossary.entry("downline").example_nl  # 9 * 50 * 0.05 = 22.5
    assert round(200 * 0.9 ** 12) == 56 and "≈ €56" in glossary.entry("residual_income").example_en
    assert round(100 * 0.95 ** 12) == 54 and "≈ 54" in glossary.entry("churn").example_en
    assert sum(2 ** k for k in range(1, 11)) == 2046 and "2,046" in glossary.entry("pyramid_scheme").example_en
    assert sum(6 ** k for k in range(1, 7)) == 55986 and "55.986" in glossary.entry("market_saturation").example_nl
    assert sum(6 ** k for k in range(1, 11)) > 72_000_000
    assert (0 * 6 + 3 * 500 + 20000) / 10 == 2150 and "€ 2.150" in glossary.entry("typical_participant").example_nl
    assert round(100 / (10 * 52 / 12), 2) == 2.31 and "€2.31" in glossary.entry("reference_wage").example_en


@pytest.mark.parametrize("e", ENTRIES, ids=IDS)
def test_every_field_path_exists_in_the_model_or_the_version_2_list(e):
    for path in e.fields:
        assert path in V1_PATHS or path in glossary.V2_FIELD_PATHS, f"{e.key}: unknown field {path}"


def test_version_2_paths_are_only_those_the_spec_adds():
    # v2 list entries that are also v1 paths are fine (ranks keep name, group_volume, legs);
    # every other v2 path must be one of SPEC 8.1-8.3's additions
    new = glossary.V2_FIELD_PATHS - V1_PATHS
    for path in new:
        assert (path.startswith("offer.payout.components") or path in {
            "offer.payout.ranks[].personal_volume", "offer.payout.ranks[].leg_volume",
            "offer.requirements.autoship_amount", "offer.claims.after_months",
            "assumptions.recruits_total", "offer.disclosure.period",
            "offer.disclosure.share_nothing_basis", "offer.disclosure.tiers[].average",
            "offer.disclosure.tiers[].median", "offer.disclosure.tiers[].low",
            "offer.disclosure.tiers[].high"}), path
    assert glossary.component_path("binary", "carry_over") == "offer.payout.components[type=binary].carry_over"
    assert set(glossary.V2_COMPONENT_FIELDS) == {"unilevel", "binary", "matrix", "stairstep", "matching",
                                                 "fast_start", "recruit_bonus", "rank_bonus"}


def test_version_2_component_fields_match_the_component_models():
    from evaluator.core.plans import components

    models = {}
    for obj in vars(components).values():
        if isinstance(obj, type) and issubclass(obj, BaseModel) and "type" in obj.model_fields:
            args = typing.get_args(obj.model_fields["type"].annotation)
            if len(args) == 1:
                models[args[0]] = obj
    assert models == components.COMPONENT_MODELS  # every component model, each under its type
    for type_, fields in glossary.V2_COMPONENT_FIELDS.items():
        assert type_ in models, type_
        have = set(models[type_].model_fields) - {"type"}
        assert set(fields) <= have, (type_, set(fields) - have)


@pytest.mark.parametrize("e", ENTRIES, ids=IDS)
def test_every_field_the_glossary_names_links_back_to_its_entry(e):
    for path in e.fields:
        assert e in glossary.for_field(path), (e.key, path)
        concrete = path.replace("[]", "[3]")  # the editor passes a row index
        assert e in glossary.for_field(concrete), (e.key, concrete)
        assert path in glossary.field_paths()


def test_for_field_examples():
    assert [x.key for x in glossary.for_field("offer.requirements.cooling_off_days")] == ["cooling_off"]
    assert "pv" in [x.key for x in glossary.for_field("offer.requirements.monthly_volume")]
    assert "seed" in [x.key for x in glossary.for_field(" simulation.seed ")]
    # an element of a list of numbers is explained by the list's entries
    assert "unilevel" in [x.key for x in glossary.for_field("offer.payout.levels[0]")]
    assert "unilevel" in [x.key for x in glossary.for_field("offer.payout.components[type=unilevel].levels[2]")]
    assert glossary.for_field("offer.name") == []
    assert glossary.for_field("") == []


@pytest.mark.parametrize("e", ENTRIES, ids=IDS)
def test_see_also_names_other_existing_entries(e):
    for key in e.see_also:
        assert key != e.key
        glossary.entry(key)


def test_entry_by_key_and_unknown_key():
    assert glossary.entry("pv").term_nl == "Persoonlijk volume (PV)"
    with pytest.raises(KeyError, match="nope"):
        glossary.entry("nope")


def _keys(text, lang="en"):
    return [e.key for e in glossary.search(text, lang)]


def test_search_finds_by_alias_in_both_languages():
    assert _keys("business pack")[0] == "starter_pack"  # English alias
    assert _keys("terugkoop", "nl")[0] == "buyback"  # Dutch alias
    assert _keys("BV")[0] == "cv_bv"
    assert _keys("IDS")[0] == "income_disclosure"
    assert _keys("schenkkring", "nl") == ["pyramid_scheme"]


def test_search_crosses_languages():
    # a Dutch user typing an English word they heard, and the other way round
    assert _keys("autoship", "nl")[0] == "autoship"
    assert _keys("bedenktijd", "en")[0] == "cooling_off"
    assert _keys("Piramidespel", "en")[0] == "pyramid_scheme"


def test_search_ignores_case_accents_and_punctuation():
    assert _keys("COOLING OFF")[0] == "cooling_off"
    assert _keys("fast start bonus")[0] == "fast_start_bonus"
    assert _keys("Financiele vrijheid", "nl")[0] == "income_claim"  # alias 'financiële vrijheid'
    assert _keys("carriereniveau", "nl")[0] == "rank"  # alias 'carrièreniveau'
    assert _keys("  pV ")[0] == "pv"


def test_search_ranks_exact_before_prefix_before_text():
    found = _keys("rank")
    assert found[0] == "rank"
    assert found.index("rank_bonus") < len(found)
    # 'leg' is the leg entry itself, not the legal texts that merely contain the word
    assert _keys("leg")[0] == "leg"
    # a word only in the explanations finds entries through their text
    assert "buyback" in _keys("garage") or "inventory_loading" in _keys("garage")
    assert "inventory_loading" in _keys("garage")


def test_search_does_not_match_inside_words_of_the_text():
    # 'gv' occurs inside 'terugverdienen'; only entries with GV as a word or name may match
    for key in _keys("gv", "nl"):
        e = glossary.entry(key)
        blob = glossary.normalize(" ".join(e.names()) + " " + e.text_nl + " " + e.example_nl)
        assert re.search(r"\bgv", blob), key


def test_search_empty_and_nonsense():
    everything = glossary.search("", "nl")
    assert len(everything) == len(ENTRIES)
    assert [glossary.normalize(e.term_nl) for e in everything] == sorted(
        glossary.normalize(e.term_nl) for e in ENTRIES)
    assert glossary.search("xyzzy quux", "en") == []
    assert glossary.search("<b>qqq</b>", "en") == []  # markup is just text


def test_normalize():
    assert glossary.normalize("Cooling-Off  period!") == "cooling off period"
    assert glossary.normalize("Überhaupt Financiële") == "uberhaupt financiele"


def test_field_label_names_a_field_the_way_the_editor_does():
    assert glossary.field_label("offer.requirements.cooling_off_days", "nl") == "Aankoopverplichtingen › Bedenktijd"
    assert glossary.field_label("offer.products[2].volume", "en") == "Products › Volume (points)"
    assert glossary.field_label("simulation.seed", "nl") == "Simulatie-instellingen › Startwaarde toeval"
    assert glossary.field_label("offer.kind", "en") == "Type"
    assert glossary.field_label("offer.nope", "en") is None
    # format version 2: a component's field is named as the editor's section names it
    assert glossary.field_label("offer.payout.components[type=binary].carry_over", "en") == \
        "Payout plan › Binary commission › Carry over"


def test_search_prefers_the_head_of_a_dutch_compound_and_the_users_language():
    # 'bonus' ends the Dutch names of the four bonus entries: they come first, in Dutch order
    # (Matching-bonus, Rangbonus, Snelle-startbonus, Wervingsbonus), before 'bonusvolume' (an alias)
    assert _keys("bonus", "nl")[:4] == ["matching_bonus", "rank_bonus", "fast_start_bonus", "recruit_bonus"]
    assert _keys("bonus", "nl").index("cv_bv") > 3
    # in English the same four are the terms with a word 'bonus': Fast-start, Matching, Rank, Recruit
    assert _keys("bonus", "en")[:4] == ["fast_start_bonus", "matching_bonus", "rank_bonus", "recruit_bonus"]


def test_component_terms_cover_every_version_2_component():
    assert set(glossary._COMPONENT_TERMS) == set(glossary.V2_COMPONENT_FIELDS)
    for key in glossary._COMPONENT_TERMS.values():
        glossary.entry(key)


def test_field_label_of_a_version_2_component_field():
    from evaluator.core.model import Evaluation as Current  # format version 2

    offer = glossary._inner_model(Current.model_fields["offer"].annotation)
    payout = glossary._inner_model(offer.model_fields["payout"].annotation)
    assert "components" in payout.model_fields
    assert glossary.field_label("offer.payout.components[type=matching].percents", "nl").startswith(
        "Verdienmodel › Matching-bonus › ")
