"""The legal statements (SPEC 9.6): every red flag of SPEC 6 has a legal basis in both languages;
the Gaming Act's art. 1a is cited only for a pure pyramid and never without the regulator's
caution; consumer law says whom it protects; FTC guidance is labelled non-binding and comes with
FTC v. Neora; the proposed rule is labelled a proposal; every source has a URL and a reading date;
the reference wage is dated and not past its review date."""

from __future__ import annotations

import datetime
import re

import pytest

from evaluator.core import law, redflags

# SPEC section 6, the table of ids (in its order).
SPEC_6_FLAGS = (
    "pay_to_join", "recruitment_rewards", "recruitment_driven_income", "pay_to_qualify",
    "deep_overrides", "top_weighted", "weak_buyback", "inventory_loading", "income_claims",
    "no_disclosure", "most_earn_nothing", "typical_loses_money", "break_even_unlikely",
    "paid_training", "product_premium", "no_products", "market_saturation", "no_cooling_off",
)
CONSUMER_LAW_FLAGS = ("pay_to_join", "recruitment_rewards", "recruitment_driven_income",
                      "income_claims", "paid_training", "product_premium",
                      "no_products", "no_cooling_off")
COMBOS = [(p, c, lang) for p in (False, True) for c in (False, True) for lang in ("en", "nl")]


def ids(flag_id, *, pure_pyramid, consumer=True, lang="en"):
    return [item["id"] for item in law.basis_for(flag_id, pure_pyramid=pure_pyramid,
                                                 consumer=consumer, lang=lang)]


def test_every_flag_of_spec_6_and_of_the_red_flag_module_has_a_basis():
    assert set(SPEC_6_FLAGS) <= set(law.FLAG_IDS)
    assert set(redflags.FLAG_IDS) <= set(law.FLAG_IDS), "a red flag without a legal basis"


@pytest.mark.parametrize("flag_id", SPEC_6_FLAGS)
@pytest.mark.parametrize("pure,consumer,lang", COMBOS)
def test_basis_in_both_languages_is_complete_and_really_translated(flag_id, pure, consumer, lang):
    items = law.basis_for(flag_id, pure_pyramid=pure, consumer=consumer, lang=lang)
    assert items, flag_id
    other = "nl" if lang == "en" else "en"
    others = law.basis_for(flag_id, pure_pyramid=pure, consumer=consumer, lang=other)
    assert [i["id"] for i in items] == [i["id"] for i in others]  # same sources in both languages
    for item, twin in zip(items, others):
        for key in ("short", "statement", "binding_label", "scope", "url", "read_on"):
            assert isinstance(item[key], str)
        assert item["statement"].strip() and item["binding_label"].strip()
        assert item["statement"] != twin["statement"], f"{item['id']}: not translated"
        assert item["binding_label"] != twin["binding_label"]
        if item["scope"]:
            assert item["scope"] != twin["scope"]
    assert len({i["id"] for i in items}) == len(items), "a source listed twice"
    text = law.basis_text(flag_id, pure_pyramid=pure, consumer=consumer, lang=lang)
    assert text.endswith(".") and all(i["short"] in text for i in items)


def test_unknown_flag_is_an_error_not_an_empty_basis():
    with pytest.raises(KeyError):
        law.basis_for("no_such_flag", pure_pyramid=False)


@pytest.mark.parametrize("flag_id", SPEC_6_FLAGS)
def test_gaming_act_art_1a_only_for_a_pure_pyramid(flag_id):
    for consumer in (True, False):
        assert "wok_1a" not in ids(flag_id, pure_pyramid=False, consumer=consumer)
        text = law.basis_text(flag_id, pure_pyramid=False, consumer=consumer, lang="nl")
        assert "kansspelen" not in text.lower()
    with_1a = "wok_1a" in ids(flag_id, pure_pyramid=True)
    assert with_1a == (flag_id in law.PYRAMID_GAME_FLAGS)


@pytest.mark.parametrize("flag_id", sorted(law.PYRAMID_GAME_FLAGS))
def test_art_1a_always_comes_with_the_ksa_caution_and_both_win_judgments(flag_id):
    got = ids(flag_id, pure_pyramid=True)
    i = got.index("wok_1a")
    # The caution and the judgments follow art. 1a directly, in this order.
    assert got[i:i + 4] == ["wok_1a", "ksa_caution", "rb_haarlem_2007", "hof_amsterdam_2011"]
    items = {x["id"]: x for x in law.basis_for(flag_id, pure_pyramid=True, lang="en")}
    assert "ECLI:NL:RBHAA:2007:BB6062" in items["rb_haarlem_2007"]["short"]
    assert "ECLI:NL:GHAMS:2011:BU6127" in items["hof_amsterdam_2011"]["short"]
    assert "seldom" in items["ksa_caution"]["statement"]
    nl = {x["id"]: x for x in law.basis_for(flag_id, pure_pyramid=True, lang="nl")}
    assert "zelden" in nl["ksa_caution"]["statement"]


@pytest.mark.parametrize("flag_id", CONSUMER_LAW_FLAGS)
def test_consumer_law_flags_say_they_protect_only_a_consumer(flag_id):
    for lang, word in (("en", "consumer"), ("nl", "consument")):
        items = law.basis_for(flag_id, pure_pyramid=False, consumer=True, lang=lang)
        consumer_items = [i for i in items if i["consumer_law"]]
        assert consumer_items, flag_id
        for item in consumer_items:
            assert word in item["scope"] and not item["may_not_apply"]
        # The government's answer of 14 October 2021 is the source of that note.
        assert "nl_gov_answer_2021" in [i["id"] for i in items]
        gov = law.citation("nl_gov_answer_2021", lang)
        assert ("14 October 2021" if lang == "en" else "14 oktober 2021") in gov["short"]
        assert "ah-tk-20212022-315" in gov["url"]
        text = law.basis_text(flag_id, pure_pyramid=False, lang=lang)
        assert word in text


@pytest.mark.parametrize("flag_id", CONSUMER_LAW_FLAGS)
def test_as_a_business_the_consumer_protection_may_not_apply(flag_id):
    items = law.basis_for(flag_id, pure_pyramid=False, consumer=False, lang="en")
    consumer_items = [i for i in items if i["consumer_law"]]
    assert consumer_items and all(i["may_not_apply"] for i in consumer_items)
    assert all("may not protect you" in i["scope"] for i in consumer_items)
    nl = law.basis_for(flag_id, pure_pyramid=False, consumer=False, lang="nl")
    assert all("mogelijk" in i["scope"] for i in nl if i["consumer_law"])


def test_flags_without_consumer_law_carry_no_consumer_note():
    for flag_id in set(SPEC_6_FLAGS) - set(CONSUMER_LAW_FLAGS):
        items = law.basis_for(flag_id, pure_pyramid=True, lang="en")
        assert not any(i["consumer_law"] for i in items), flag_id
        assert "nl_gov_answer_2021" not in [i["id"] for i in items]


def test_cooling_off_cites_art_6_230o_for_14_days():
    (withdrawal, gov) = law.basis_for("no_cooling_off", pure_pyramid=False, lang="en")
    assert withdrawal["id"] == "bw_6_230o" and "6:230o" in withdrawal["short"]
    assert "14 days" in withdrawal["statement"] and withdrawal["binding"] == "law"
    assert gov["id"] == "nl_gov_answer_2021"
    nl = law.citation("bw_6_230o", "nl")
    assert "14 dagen" in nl["statement"]


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_ftc_guidance_is_labelled_non_binding_and_always_comes_with_neora(lang):
    guidance = law.citation("ftc_mlm_guidance", lang)
    assert guidance["binding"] == "guidance"
    word = "non-binding" if lang == "en" else "niet-bindend"
    assert word in guidance["binding_label"] and word in guidance["statement"]
    assert "Neora" in guidance["scope"]
    for flag_id in SPEC_6_FLAGS:
        for pure in (False, True):
            got = ids(flag_id, pure_pyramid=pure, lang=lang)
            if "ftc_mlm_guidance" in got:
                assert got.index("ftc_neora") == got.index("ftc_mlm_guidance") + 1
                text = law.basis_text(flag_id, pure_pyramid=pure, lang=lang)
                assert word in text and "Neora" in text
    neora = law.citation("ftc_neora", lang)
    assert "2023" in neora["short"] and "N.D. Tex." in neora["short"]


def test_vemma_for_pay_on_participants_own_purchases():
    for flag_id in ("pay_to_qualify", "recruitment_driven_income", "inventory_loading"):
        assert "ftc_vemma" in ids(flag_id, pure_pyramid=False)
    vemma = law.citation("ftc_vemma", "en")
    assert "2015" in vemma["short"] and "own purchases" in vemma["statement"]
    assert vemma["binding"] == "case_law"


@pytest.mark.parametrize("lang,word", [("en", "proposal, not law"), ("nl", "voorstel, geen wet")])
def test_proposed_earnings_rule_is_labelled_a_proposal(lang, word):
    rule = law.citation("ftc_earnings_rule_proposal", lang)
    assert rule["binding"] == "proposal"
    assert rule["binding_label"] == word and word in rule["statement"]
    assert "13 January 2025" in law.CITATIONS["ftc_earnings_rule_proposal"].short_en
    assert "13 januari 2025" in law.CITATIONS["ftc_earnings_rule_proposal"].short_nl
    assert "ftc_earnings_rule_proposal" in ids("income_claims", pure_pyramid=False, lang=lang)
    assert word in law.basis_text("income_claims", pure_pyramid=False, lang=lang)


def test_required_citations_are_present_with_exact_references():
    expected = {
        "ucpd_annex_i_14": "Annex I point 14",
        "bw_6_193g": "6:193g",
        "bw_6_193c": "6:193c",
        "bw_6_230o": "6:230o",
        "wok_1a": "art. 1a",
        "rb_haarlem_2007": "ECLI:NL:RBHAA:2007:BB6062",
        "hof_amsterdam_2011": "ECLI:NL:GHAMS:2011:BU6127",
        "nl_gov_answer_2021": "14 October 2021",
        "ftc_koscot": "86 F.T.C. 1106",
        "ftc_vemma": "CV-15-01578",
        "ftc_mlm_guidance": "2018",
        "ftc_neora": "3:20-cv-01979",
        "ftc_earnings_rule_proposal": "13 January 2025",
    }
    for cid, ref in expected.items():
        assert ref in law.CITATIONS[cid].short_en, cid
        assert law.CITATIONS[cid].short_nl.strip(), cid


@pytest.mark.parametrize("cid", sorted(law.CITATIONS))
def test_no_entry_lacks_a_url_a_reading_date_or_a_known_binding(cid):
    c = law.CITATIONS[cid]
    assert re.match(r"^https?://[^\s]+\.[a-z]{2,}/\S*$", c.url), c.url
    assert isinstance(c.read_on, datetime.date) and c.read_on <= datetime.date.today()
    assert c.binding in law.BINDING_LABELS and c.jurisdiction in ("EU", "NL", "US")
    for lang in ("en", "nl"):
        item = law.citation(cid, lang)
        assert item["url"] == c.url and item["read_on"] == c.read_on.isoformat()
        assert item["statement"].strip() and item["jurisdiction_label"].strip()
    assert law.citation(cid, "en")["short"].strip() and law.citation(cid, "nl")["short"].strip()
    # Guidance and proposals always say, in both languages, what they are not.
    if c.binding in ("guidance", "proposal"):
        assert c.scope_en.strip() and c.scope_nl.strip()
    assert c.statement_en != c.statement_nl


def test_reference_wage_is_dated_sourced_and_not_past_its_review_date():
    wage = law.reference_wage()
    assert wage.currency == "EUR" and wage.value == pytest.approx(14.71)
    assert wage.valid_from == datetime.date(2026, 1, 1)
    assert wage.valid_from <= wage.read_on <= wage.review_by
    assert datetime.date.today() <= wage.review_by, (
        "the reference wage is past its review date: enter the newest published "
        "wettelijk minimumuurloon with its date and source")
    assert re.match(r"^https?://\S+$", wage.source["url"]) and wage.source["title"].strip()
    data = wage.to_json()
    assert data["valid_from"] == "2026-01-01" and data["review_by"] == wage.review_by.isoformat()
    # The date is part of the label in both languages (SPEC 9.6: shown wherever it is used).
    assert wage.label("en") == ("€14.71 an hour (Dutch statutory minimum wage, age 21 and over, "
                                "from 1 January 2026)")
    assert wage.label("nl") == ("€ 14,71 per uur (wettelijk minimumuurloon, 21 jaar en ouder, "
                                "vanaf 1 januari 2026)")
