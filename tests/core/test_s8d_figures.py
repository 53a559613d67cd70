"""audit8 fixes in the core (s8d): the 2026 tax rate, the KOR check in another currency, the
claim check's downline figure, the sustainability figure's rank rule, and flag texts."""

from __future__ import annotations

import pytest

from evaluator.core import nl_tax
from evaluator.core.fileformat import from_data


def make(offer: dict | None = None, **assumptions):
    return from_data({"format": "opportunity-evaluation", "version": 1,
                      "offer": {"name": "T", **(offer or {})}, "assumptions": assumptions})


# Products w = 60, r = 100; 2 one-off customers a month spending 100: sales 200 a month, so the
# first year's VAT turnover is 12 * 200 = 2,400 (in the offer's currency).
SELLER = {"fees": {"signup": 100},
          "products": [{"name": "P", "wholesale_price": 60, "retail_price": 100}]}


def test_the_default_rate_is_the_one_in_force_in_2026():
    ev = make(SELLER, horizon_months=12, new_customers_per_month=2, customer_monthly_spend=100)
    info = nl_tax.tax_info(ev, "nl")
    # net 12 * 80 - 100 = 860; 35.75% of it = 307.45 (the 35.70% proposal gave 307.02)
    assert info.income_tax == pytest.approx(307.45)
    rate = next(f for f in info.facts if f["id"] == "rate")
    assert "35,75%" in rate["text"] and "35,70" not in rate["text"]


def test_a_dollar_turnover_is_not_compared_with_the_euro_kor_limit():
    ev = make({**SELLER, "currency": "USD"}, horizon_months=12, new_customers_per_month=2,
              customer_monthly_spend=100)
    for lang, within, convert in (("nl", "binnen de KOR-grens", "wisselkoers"),
                                  ("en", "within the KOR limit of", "exchange rate")):
        info = nl_tax.tax_info(ev, lang)
        assert info.turnover_first_year == pytest.approx(2400)
        assert info.within_kor_limit is None  # $2,400 is no amount of euros
        kor = nl_tax.tax_sentences(info, "USD")[1]
        assert within not in kor and convert in kor
        assert "2.400" in kor or "2,400" in kor
        assert "€ 20.000" in kor or "€20,000" in kor


def test_a_euro_turnover_is_still_compared_with_the_kor_limit():
    ev = make(SELLER, horizon_months=12, new_customers_per_month=2, customer_monthly_spend=100)
    info = nl_tax.tax_info(ev, "nl")
    assert info.within_kor_limit is True  # 2,400 <= 20,000
    assert nl_tax.tax_sentences(info, "EUR")[1] == (
        "Omzet in het eerste jaar: € 2.400, binnen de KOR-grens van € 20.000.")


def example(name: str):
    from evaluator.core.fileformat import load
    from evaluator.resources import example_paths

    return load(next(p for p in example_paths() if p.stem == name))


def test_the_claim_check_finds_the_downline_of_a_one_level_plan():
    from evaluator.core import decisions

    ev = example("affiliate-two-tier")  # claim €1,500 in month 12; one level of 5% on 118
    check = decisions.claim_check(ev, decisions.claimed_month(ev))
    # Month 12 with x own recruits a month (downline retention 70%, customers retained 85%):
    #   customers c(12) = 2 * (1 - 0.85^12) / 0.15 = 11.4368; retail 11.4368 * 59 * 30% = 202.45
    #   a1(12) = x * (1 - 0.7^12) / 0.3 = 3.28720 x
    #   income = 202.45 + 25 x + 5% * 118 * 3.28720 x = 202.45 + 44.3945 x = 1,500
    #   -> x = 1,297.55 / 44.3945 = 29.228, a1(12) = 96.08 (a one-level plan: everyone is level 1)
    assert check.recruits_per_month_needed == pytest.approx(29.228, abs=0.001)
    assert check.active_downline_needed == pytest.approx(96.08, abs=0.01)  # was None
    assert check.active_downline_from == "recruits"
    assert check.downline_recruits_per_member_needed is None  # that lever pays nothing here
    # what is needed is rounded up (session 11): 29.228 recruits a month are "30", 96.08 people 97
    for lang, nothing, built in (("en", "no number is enough", "97 active people in your downline in month 12 (built by the 30 personal recruits"),
                                 ("nl", "geen aantal is genoeg", "97 actieve mensen in je netwerk in maand 12 (opgebouwd met de 30 eigen rekruten")):
        text = "\n".join(decisions.claim_sentences(check, "EUR", lang))
        assert nothing not in text and built in text


def test_the_pitch_chart_counts_the_network_the_claim_check_finds():
    from matplotlib.figure import Figure

    from evaluator import charts
    from evaluator.core import decisions
    from evaluator.core.analysis import analyze

    ev = example("mlm-unilevel-doterra-2017")  # claim $2,000 a month in month 36
    check = decisions.claim_check(ev, decisions.claimed_month(ev))
    # The auditor reproduced it: downline recruits 0.2444 a member a month give exactly $2,000 in
    # month 36 (unilevel, Team bonus 2 of $250, retail) with 130.999 active members -> 131. The
    # old chart counted 2,000 / (7% of 100 points) = 285.7 -> "at least 286", the best rate only.
    assert check.active_downline_needed == pytest.approx(131.0, abs=0.01)
    # 2 + 4 + ... + 2^7 = 254 >= 131 > 126 = 2 + ... + 2^6: 7 levels
    assert charts.implied_network(ev, 2000)[:3] == (131, 7, 36)
    ax = Figure(figsize=(6, 3.2), layout="constrained").add_subplot(111)
    charts.draw_pitch_vs_reality(ax, ev, analyze(ev, "nl"), charts.ChartStyle.for_print("nl", "USD"))
    label = ax.get_xlabel()
    assert "De belofte vraagt 131 actieve netwerkleden in maand 36" in label
    assert "minstens" not in label and "286" not in label


def test_the_sustainability_figure_drops_a_rank_bonus_whose_legs_are_gone():
    from evaluator.core.analysis import analyze

    ev = example("mlm-unilevel-doterra-2017")
    for lang, text in (("en", "about 36% of your last month's income ($116.06)"),
                       ("nl", "nog ongeveer 36% over zijn van je inkomsten in de laatste maand ($ 116,06)")):
        aspect = next(a for a in analyze(ev, lang).comparison if a.key == "sustainability")
        # Last month: retail 37.50, unilevel 28.56, Team bonus 1 of 50 = 116.06. Team bonus 1
        # needs 3 legs; a year without recruiting leaves 3.324 * 0.85^12 = 0.47 of them, so the
        # 50 stops: kept 37.50 + 28.56 * 0.85^12 (0.14224) = 41.56 -> 41.56 / 116.06 = 35.8%.
        # (The old figure scaled the bonus too: 37.50 + 78.56 * 0.14224 = 48.67 -> 42%.)
        assert text in aspect.this_offer.replace("\u00a0", " ")
        assert aspect.leans == "pyramid"  # below 50% either way


def flag(name: str, flag_id: str, lang: str):
    from evaluator.core.analysis import analyze

    return next(f for f in analyze(example(name), lang).red_flags if f.id == flag_id)


def test_the_recruit_bonus_flag_shows_the_rate_that_makes_its_total():
    # 0.25 recruits a month * 24 months * €25 = €150 (0.3 would make 180)
    assert "at your 0.25 recruits a month that is €150 over 24 months" in \
        flag("affiliate-two-tier", "recruitment_rewards", "en").detail
    assert "bij jouw 0,25 rekruten per maand is dat € 150 over 24 maanden" in \
        flag("affiliate-two-tier", "recruitment_rewards", "nl").detail.replace("\u00a0", " ")


def test_the_income_claim_flag_measures_the_claim_against_its_own_month():
    from evaluator.core import decisions

    ev = example("affiliate-two-tier")
    # Month 12 (claims.after_months): retail 202.45 + recruit bonus 0.25 * 25 = 6.25
    # + 5% * 118 * a1(12), a1(12) = 0.25 * 3.28720 = 0.8218 -> 4.85; total 213.53;
    # 1,500 / 213.53 = 7.02 ("7.0 times"), as the claim check. The 24-month average gave 7.8.
    assert decisions.claim_check(ev, 12).income_in_month == pytest.approx(213.53, abs=0.01)
    en = flag("affiliate-two-tier", "income_claims", "en").detail
    assert "7.0 times the €213.53 your own projection gives in month 12" in en
    nl = flag("affiliate-two-tier", "income_claims", "nl").detail.replace("\u00a0", " ")
    assert "7,0 keer de € 213,53 die je eigen projectie in maand 12 oplevert" in nl


def test_the_stairstep_texts_say_up_to_and_at_or_above():
    rewards = flag("mlm-stairstep-breakaway", "recruitment_rewards", "en").detail
    assert "The plan pays up to 25.0% on the required own purchases" in rewards  # the top rate
    assert "Het plan betaalt tot 25,0% over de verplichte" in \
        flag("mlm-stairstep-breakaway", "recruitment_rewards", "nl").detail
    deep = flag("mlm-stairstep-breakaway", "deep_overrides", "en").detail
    assert "at or above the breakaway rank 'Supervisor'" in deep  # SPEC 10: that rank or higher


def test_one_more_upline_level_is_named_not_counted():
    from evaluator.core import decisions

    ev = example("mlm-unilevel-doterra-2017")  # 7 paid levels above you
    table = decisions.upline_table(ev)
    for lang, last in (("en", "– level 7 above you: $7.48"), ("nl", "– niveau 7 boven je: $ 7,48")):
        lines = [x.replace("\u00a0", " ") for x in decisions.upline_sentences(table, "USD", lang)]
        assert lines[-1] == last  # 7% of 106.93 = 7.48
        assert not any("1 more levels" in x or "nog 1 niveaus" in x for x in lines)


def test_dutch_citations_keep_the_court_and_the_same_sources():
    from evaluator.core.analysis import analyze
    from evaluator.core.redflags import source_for

    nl = source_for("recruitment_rewards", "nl")
    assert "Webster v. Omnitrition (9th Cir. 1996)" in nl and "FTC v. BurnLounge (9th Cir. 2014)" in nl
    for name in ("mlm-unilevel-doterra-2017", "gifting-circle-2x3"):
        ev = example(name)
        legality = {lang: next(a for a in analyze(ev, lang).comparison if a.key == "legality").this_offer
                    for lang in ("en", "nl")}
        assert "Annex I point 14" in legality["en"] and "Koscot" in legality["en"]
        assert "bijlage I punt 14" in legality["nl"] and "6:193g BW" in legality["nl"]
        assert "Koscot" in legality["nl"]  # was "(art. 6:193g BW)" only


def test_optional_training_cites_no_sources_on_paying_to_take_part():
    from evaluator.core import law
    from evaluator.core.redflags import training_is_mandatory

    # doTERRA: the $20 recruiting class is optional
    ev = example("mlm-unilevel-doterra-2017")
    assert not training_is_mandatory(ev)
    source = flag("mlm-unilevel-doterra-2017", "paid_training", "en").source
    assert "Annex I point 14" not in source and "C-515/12" not in source and "4finance" not in source
    assert "Direct Selling Association" in source and "Koscot" in source
    # mandatory paid training keeps them
    mandatory = law.basis_ids("paid_training", pure_pyramid=False)
    assert "ucpd_annex_i_14" in mandatory and "cjeu_4finance" in mandatory
    optional = law.basis_ids("paid_training", pure_pyramid=False, training_mandatory=False)
    assert optional == ("ftc_koscot",)
    assert law.basis_ids("pay_to_join", pure_pyramid=False, training_mandatory=False) == \
        law.basis_ids("pay_to_join", pure_pyramid=False)  # only paid_training changes


def test_a_rank_bonus_that_still_qualifies_a_year_later_is_kept_in_full():
    import json

    from evaluator.core.analysis import analyze
    from evaluator.resources import example_paths

    path = next(p for p in example_paths() if p.stem == "affiliate-two-tier")
    doc = json.loads(path.read_text("utf-8"))
    payout = doc["offer"]["payout"]
    payout["ranks"] = [{"name": "Seller", "personal_volume": 0.0, "group_volume": 0.0, "legs": 0,
                        "leg_volume": 0.0}]
    payout["components"].append({"type": "rank_bonus", "amount_by_rank": {"Seller": 40.0}})
    ev = from_data(doc)
    aspect = next(a for a in analyze(ev, "en").comparison if a.key == "sustainability")
    # Month 24: retail 2 * (1 - 0.85^24) / 0.15 = 13.0636 customers * 59 * 30% = 231.23;
    # unilevel 5% * 118 * a1, a1 = 0.25 * (1 - 0.7^24) / 0.3 = 0.83317 -> 4.92; recruit bonus
    # 0.25 * 25 = 6.25; rank bonus 40 (a rank needing nothing): total 282.39. A year later the
    # rank still qualifies: kept 231.23 + 4.92 * 0.7^12 (0.013841) + 40 = 271.29 -> 96.1%.
    # (Scaling the bonus too gave 231.23 + 44.92 * 0.013841 = 231.85 -> 82%.)
    assert "about 96% of your last month's income (€282.39)" in aspect.this_offer
    assert aspect.leans == "network_marketing"
