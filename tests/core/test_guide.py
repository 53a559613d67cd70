"""The user guide's texts: the same sections in Dutch and English, self-contained (no images, no
external resources), links that lead somewhere, and the content the brief asks for."""

from __future__ import annotations

import re

import pytest

from evaluator.core import glossary, guide

WANTED = ["start", "results", "verdict", "dealer", "affiliate", "mlm", "pyramid"]
LINK = re.compile(r"\]\(([^)]*)\)")


def test_both_languages_have_the_same_sections_in_the_same_order():
    assert guide.section_keys("en") == guide.section_keys("nl") == WANTED
    assert guide.section_keys("nl_NL") == WANTED and guide.section_keys("fr") == WANTED


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_section_has_a_title_and_a_body(lang):
    for s in guide.sections(lang):
        assert s.markdown.startswith("# " + s.title + "\n")
        body = s.markdown.split("\n", 1)[1]
        assert len(body.split()) >= 60, (lang, s.key)  # a real text, not a stub


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_images_html_or_external_resources(lang):
    for s in guide.sections(lang):
        assert "![" not in s.markdown and "<" not in s.markdown, s.key
        for target in LINK.findall(s.markdown):
            scheme, _, rest = target.partition(":")
            if scheme == "glossary":
                glossary.entry(rest)  # a real entry
            elif scheme == "guide":
                assert rest in WANTED, target
            else:
                assert re.fullmatch(r"https://(www\.)?[a-z]+\.nl", target), target


def test_the_results_section_explains_each_result_in_both_languages():
    en = guide.section("results", "en").markdown
    nl = guide.section("results", "nl").markdown
    heads_en = re.findall(r"^## (.+)$", en, re.M)
    heads_nl = re.findall(r"^## (.+)$", nl, re.M)
    assert heads_en == ["The verdict", "Red flags", "Your projection", "The typical participant",
                        "Breaking even", "The simulation", "Questions for the recruiter", "Compare"]
    assert len(heads_nl) == len(heads_en)
    assert "De gewone deelnemer" in heads_nl and "Quitte spelen" in heads_nl


def test_the_verdict_section_says_it_is_no_legal_advice_and_where_to_get_help():
    nl = guide.section("verdict", "nl").markdown
    en = guide.section("verdict", "en").markdown
    assert "geen juridisch advies" in nl and "not legal advice" in en
    for place in ("ConsuWijzer", "Kansspelautoriteit", "Fraudehelpdesk", "Juridisch Loket"):
        assert place in nl and place in en, place


def test_dutch_texts_are_not_english():
    for s in guide.sections("nl"):
        words = re.findall(r"[a-z]+", s.markdown.lower())
        english = [w for w in words if w in {"the", "and", "you", "your", "with", "what", "which"}]
        assert not english, (s.key, english)


def test_section_by_key_and_unknown_key():
    assert guide.section("verdict", "nl").title == "Wat het oordeel wel en niet is"
    with pytest.raises(KeyError):
        guide.section("nope", "en")


def test_a_missing_guide_is_reported_not_crashed(tmp_path, monkeypatch):
    monkeypatch.setattr(guide, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(guide.GuideMissing, match="missing"):
        guide.sections("en")
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "notes.txt").write_text("not a section", encoding="utf-8")
    (tmp_path / "guide" / "01-start.nl.md").write_text("# Alleen Nederlands\n", encoding="utf-8")
    with pytest.raises(guide.GuideMissing):
        guide.sections("en")
