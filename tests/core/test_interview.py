"""The interview's logic without Qt: which questions come for which offer, how typed answers are
read, and how the answers become the document (hand-computed figures in the comments)."""

from __future__ import annotations

import pytest

from evaluator.core import fileformat
from evaluator.core import interview as iv
from evaluator.core.analysis import analyze
from evaluator.resources import example_paths

def keys(answers) -> list[str]:
    return [q.key for q in iv.questions(answers)]


def test_the_offer_type_decides_which_questions_come():
    dealer = keys({"offer_type": "dealer"})
    assert dealer == ["offer_type", "company", "product", "retail_price", "commission", "start_cost",
                      "monthly_fee", "training", "buyback", "cooling_off", "claim", "customers", "hours",
                      "expenses"]
    pyramid = keys({"offer_type": "pyramid"})
    assert pyramid == ["offer_type", "company", "start_cost", "monthly_fee", "recruit_bonus", "training",
                       "cooling_off", "claim", "recruits", "hours", "expenses"]
    affiliate = keys({"offer_type": "affiliate"})
    assert "buyback" not in affiliate and "downline_percents" not in affiliate and "commission" in affiliate
    mlm = keys({"offer_type": "mlm"})
    assert {"autoship", "own_price", "downline_percents", "rank_percent", "disclosure", "recruits"} <= set(mlm)
    assert "commission" not in mlm
    # "I don't know" how you earn: asked as for an MLM, the kind with the most questions
    assert keys({"offer_type": iv.UNKNOWN}) == mlm


def test_follow_up_questions_come_only_after_an_answer_that_needs_them():
    base = {"offer_type": "mlm"}
    assert "rank_volume" not in keys(base)
    assert {"rank_volume", "rank_legs"} <= set(keys({**base, "rank_percent": 5.0}))
    assert {"rank_volume", "rank_legs"}.isdisjoint(keys({**base, "rank_percent": iv.UNKNOWN}))
    assert "claim_after" in keys({**base, "claim": 1500.0}) and "claim_after" not in keys({**base, "claim": None})
    assert {"disclosure_nothing", "disclosure_median"} <= set(keys({**base, "disclosure": "yes"}))
    assert "disclosure_nothing" not in keys({**base, "disclosure": "no"})
    assert "team_recruits" in keys({**base, "recruits": 2.0}) and "customers_stay" in keys({**base, "customers": 1.0})
    assert iv.next_question("own_price", {"offer_type": "dealer"}) is not None  # from anywhere, on
    assert iv.next_question("expenses", base) is None


def test_every_question_has_both_languages_a_question_to_ask_and_glossary_words():
    from evaluator.core import glossary

    for q in iv.QUESTIONS:
        for lang in ("en", "nl"):
            assert q.text(lang).endswith("?") and q.hint(lang) and q.ask(lang).endswith("?"), q.key
        assert q.text("nl") != q.text("en") and q.ask("nl") != q.ask("en")
        for term in q.terms:
            glossary.entry(term)  # raises for an unknown key
        for option in q.options:
            assert option.text("nl") != option.text("en")


@pytest.mark.parametrize(("key", "text", "lang", "value"), [
    ("retail_price", "1.400", "nl", 1400.0),      # ambiguous: the Dutch way
    ("retail_price", "€ 1.400,50", "en", 1400.5),  # unambiguous Dutch in the English UI
    ("retail_price", "49", "en", 49.0),
    ("commission", "12,5 %", "en", 12.5),
    ("downline_percents", "10 / 5 / 3", "en", [10.0, 5.0, 3.0]),
    ("downline_percents", "10%, 5%, 2,5%", "nl", [10.0, 5.0, 2.5]),
    ("downline_percents", "10 5", "nl", [10.0, 5.0]),
    ("cooling_off", "14", "nl", 14.0),
    ("company", "  Vita  ", "nl", "Vita"),
    ("monthly_fee", "", "en", None),
    ("offer_type", "mlm", "en", "mlm"),
])
def test_typed_answers_are_read_as_people_type_them(key, text, lang, value):
    assert iv.parse(iv.question(key), text, lang) == (value, None)


@pytest.mark.parametrize(("key", "text", "message"), [
    ("retail_price", "twelve", "Not a number."),
    ("commission", "140", "Type a number from 0 to 100."),
    ("claim_after", "0", "Type a number from 1 to 120."),
    ("cooling_off", "7,5", "Type a whole number."),
    ("retail_price", "-5", "Type a number from 0 to 1.000.000.000.000."),
    ("offer_type", "", "Choose one of the answers."),
    ("downline_percents", "10 / x", "Not a number."),
])
def test_bad_answers_are_refused_with_a_message(key, text, message):
    assert iv.parse(iv.question(key), text, "en") == (None, message)


def test_the_pitch_as_heard_becomes_the_document():
    answers = {
        "offer_type": "mlm", "company": "VitaFlow", "product": "Drinks", "retail_price": 50.0,
        "own_price": 40.0, "start_cost": 199.0, "autoship": 80.0, "downline_percents": [10.0, 5.0],
        "rank_percent": 5.0, "rank_volume": 2000.0, "rank_legs": 2.0, "recruits": 2.0,
        "team_recruits": 2.0, "claim": 1500.0, "claim_after": 12.0, "hours": 6.0, "training": 240.0,
    }
    data = iv.build(answers, "en")
    ev = fileformat.from_data(data)
    o, a = ev.offer, ev.assumptions
    assert (o.name, o.company, o.kind, o.fees.starter_kit, o.fees.signup) == ("VitaFlow", "VitaFlow", "mlm", 199, 0)
    assert [(p.name, p.retail_price, p.wholesale_price) for p in o.products] == [("Drinks", 50, 40)]
    assert o.requirements.autoship_required
    # 2 people each, with 90 % of the downline staying each month: 2 x 10 % a month
    assert a.downline_recruits_per_member_per_month == pytest.approx(0.2)
    assert a.hours_per_week == 6
    (t,) = o.training
    assert (t.cost, t.times_per_year, t.mandatory) == (240, 1, True)  # 240 a year = 20 a month
    (rank,) = o.payout.ranks
    # 2,000 of group orders at 40 a unit of 40 points = 2,000 points; 5 % of 2,000 = 100 a month
    assert (rank.group_volume, rank.legs) == (2000, 2)
    # the pitch's own units, in SPEC 8.3's fields
    assert o.requirements.autoship_amount == 80 and o.requirements.monthly_volume == 0
    assert a.recruits_total == 2 and a.recruits_per_month == 0 and o.claims.after_months == 12
    assert o.payout.component("unilevel").levels == [10, 5]
    assert o.payout.component("rank_bonus").amount_by_rank == {rank.name: 100}
    assert o.payout.component("recruit_bonus") is None
    # the projection reads them: 80 a month of autoship at 40 per 40 points is 80 points, all of
    # it bought (no customers): 80 a month in purchases; 2 recruits spread over 12 months
    result = analyze(ev, "en").projection
    assert result.costs["purchases"][1] == pytest.approx(80)
    assert result.costs["fees"][0] == pytest.approx(199) and result.costs["training"][0] == pytest.approx(20)
    assert o.notes == ""  # nothing unknown: no questions


def test_points_follow_the_product_mix():
    # a product of wholesale 40 carrying 30 points: 80 a month buys 80 / 40 x 30 = 60 points;
    # the rank's 1,000 of group orders is 750 points
    base = iv.new_document("en")
    base["offer"]["products"] = [{"name": "X", "wholesale_price": 40.0, "retail_price": 50.0,
                                  "volume": 30.0, "market_price": None}]
    data = iv.build({"offer_type": "mlm", "autoship": 80.0, "rank_percent": 10.0, "rank_volume": 1000.0},
                    "en", base)
    ev = fileformat.from_data(data)
    assert ev.offer.payout.ranks[0].group_volume == pytest.approx(750)
    name = ev.offer.payout.ranks[0].name
    assert ev.offer.payout.component("rank_bonus").amount_by_rank[name] == pytest.approx(100)  # 10 % of 1,000
    # the autoship's points are the mix's: 60 points bought a month cost 60 x 40 / 30 = 80
    assert analyze(ev, "en").projection.costs["purchases"][0] == pytest.approx(80)
    assert iv.prefill(data)["autoship"] == pytest.approx(80)
    assert iv.prefill(data)["rank_percent"] == pytest.approx(10)


def test_each_dont_know_becomes_a_question_in_the_notes_and_reads_back():
    answers = {"offer_type": "dealer", "company": "K", "buyback": iv.UNKNOWN, "cooling_off": iv.UNKNOWN,
               "commission": 17.0}
    base = iv.new_document("nl")
    base["offer"]["notes"] = "Mijn eigen notitie."
    data = iv.build(answers, "nl", base)
    ev = fileformat.from_data(data)
    asks = [iv.question("buyback").ask("nl"), iv.question("cooling_off").ask("nl")]
    assert ev.offer.notes == "Mijn eigen notitie.\n\nVragen voor de werver (uit het interview):\n- " + "\n- ".join(asks)
    assert iv.recruiter_questions(ev.offer.notes) == asks
    assert ev.offer.requirements.buyback_percent is None and ev.offer.requirements.cooling_off_days == 0
    again = iv.prefill(data)
    assert again["buyback"] is iv.UNKNOWN and again["cooling_off"] is iv.UNKNOWN
    # answering one of them later takes it off the list and keeps the user's own note
    later = iv.build({**again, "buyback": 90.0}, "nl", data)
    assert iv.recruiter_questions(later["offer"]["notes"]) == asks[1:]
    assert later["offer"]["notes"].startswith("Mijn eigen notitie.\n\n")
    assert later["offer"]["requirements"]["buyback_percent"] == 90
    done = iv.build({**iv.prefill(later), "cooling_off": 14.0}, "nl", later)
    assert done["offer"]["notes"] == "Mijn eigen notitie."
    # an unknown question that does not apply to the offer is not asked
    assert iv.unknown_questions({"offer_type": "pyramid", "product": iv.UNKNOWN}, "en") == []


@pytest.mark.parametrize("path", example_paths(), ids=lambda p: p.name)
def test_reopening_on_a_document_and_keeping_every_answer_changes_nothing(path):
    data = fileformat.to_data(fileformat.load(path))
    answers = iv.prefill(data)
    assert iv.build(answers, "en", data) == data


def test_reopening_changes_only_what_was_answered_differently():
    path = next(p for p in example_paths() if p.name == "mlm-binary-starter-pack.oppeval")
    data = fileformat.to_data(fileformat.load(path))
    answers = {**iv.prefill(data), "hours": 3.0}
    out = iv.build(answers, "en", data)
    assert out["assumptions"]["hours_per_week"] == 3
    out["assumptions"]["hours_per_week"] = data["assumptions"]["hours_per_week"]
    assert out == data  # both products, the trainings, the ranks and the disclosure kept


def test_the_disclosure_as_told_gives_the_typical_participant():
    base = {"offer_type": "mlm", "disclosure": "yes"}
    # 30 % paid nothing, the middle participant 1,200 a year: the median participant is in the
    # second tier (cumulative 30 < 50 <= 100), whose median is 1,200
    ev = fileformat.from_data(iv.build({**base, "disclosure_nothing": 30.0, "disclosure_median": 1200.0}, "en"))
    assert [t.share_percent for t in ev.offer.disclosure.tiers] == [30, 70]
    assert analyze(ev, "en").typical.median_annual_gross == pytest.approx(1200)
    # 64 % paid nothing: the median participant got nothing, whatever the median said
    ev = fileformat.from_data(iv.build({**base, "disclosure_nothing": 64.0, "disclosure_median": 500.0}, "en"))
    assert analyze(ev, "en").typical.median_annual_gross == 0
    # "no" and an unknown median: no disclosure (and the question asked)
    assert iv.build({**base, "disclosure": "no"}, "en")["offer"]["disclosure"] is None
    out = iv.build({**base, "disclosure_median": iv.UNKNOWN}, "en")
    assert out["offer"]["disclosure"] is None
    assert iv.recruiter_questions(out["offer"]["notes"]) == [iv.question("disclosure_median").ask("en")]


def test_a_pyramid_has_no_products_and_pays_from_entry_payments():
    data = iv.build({"offer_type": "pyramid", "company": "Circle", "start_cost": 1000.0,
                     "recruit_bonus": 500.0, "recruits": 3.0}, "en")
    ev = fileformat.from_data(data)
    assert (ev.offer.kind, ev.offer.products, ev.offer.payout.retail_mode) == ("other", [], "none")
    assert (ev.offer.fees.signup, ev.offer.fees.starter_kit) == (1000, 0)
    assert iv.prefill(data)["offer_type"] == "pyramid"
    assert analyze(ev, "en").verdict.level == "likely_pyramid"


def test_training_answer_keeps_the_listed_trainings_when_it_covers_them():
    path = next(p for p in example_paths() if p.name == "dealer-kitchen-appliance.oppeval")
    data = fileformat.to_data(fileformat.load(path))
    # listed: 0 once + 15 x 12 = 180 a year; an answer of 300 adds a line of 120
    out = iv.build({**iv.prefill(data), "training": 300.0}, "en", data)
    assert [t["cost"] for t in out["offer"]["training"]] == [120, 0, 15]
    # an answer below what they cost replaces them by one line
    out = iv.build({**iv.prefill(data), "training": 100.0}, "en", data)
    assert [(t["cost"], t["times_per_year"]) for t in out["offer"]["training"]] == [(100, 1)]
    assert iv.build({**iv.prefill(data), "training": None}, "en", data)["offer"]["training"] == []
