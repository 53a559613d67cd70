"""Session 11, second round: what a review of the Dutch PDFs found (each test fails on the old
text)."""

from __future__ import annotations

import math
from types import SimpleNamespace


from evaluator.core.analysis import analyze
from evaluator.core.fileformat import load
from evaluator.core.verdict import simulation_against_you
from evaluator.resources import example_paths


def example(stem: str):
    return load(next(p for p in example_paths() if p.stem == stem))


def _flag(an, flag_id):
    return next(f for f in an.red_flags if f.id == flag_id)


def test_recruits_in_all_say_they_are_rounded_up():
    ev = example("mlm-unilevel-fast-start-matching")
    an = analyze(ev, "nl", run_simulation=False)
    needs = an.break_even
    exact = needs.recruits_per_month * 36
    assert needs.recruits_ever_needed == math.ceil(exact) == 14  # SPEC 9.2: k = ceil(r* x H)
    assert exact < 14
    assert "in totaal 14 mensen werven (naar boven afgerond op hele mensen), van wie" in needs.explanation
    assert "in totaal 14 mensen werven (naar boven afgerond op hele mensen), van wie" in _flag(an, "break_even_unlikely").detail


def test_a_customer_who_never_buys_again_buys_once():
    ev = example("dealer-kitchen-appliance")  # 0% of customers buy again: one appliance each
    an = analyze(ev, "en", run_simulation=False)
    assert "each buying once for €1,400 (none buys again the next month)" in an.break_even.explanation
    assert "€1,400 a month" not in an.break_even.explanation
    nl = analyze(ev, "nl", run_simulation=False).break_even.explanation
    assert "die elk eenmalig € 1.400 besteden (niemand koopt de maand erna opnieuw)" in nl


def test_pay_on_recruits_purchases_gives_the_first_level_and_the_deepest_rate():
    # doTERRA-style unilevel 2 / 3 / 5 / 5 / 6 / 7 / 7 percent: 2% on your own recruits, not "up to 2%"
    an = analyze(example("mlm-unilevel-doterra-2017"), "en", run_simulation=False)
    detail = _flag(an, "recruitment_rewards").detail
    assert detail.startswith("The plan pays 2.0% on the required own purchases of the people you recruit "
                             "and up to 7.0% on those of people deeper in your downline (100 points")
    # a stairstep's rate depends on your rank: "up to" its best
    an = analyze(example("mlm-stairstep-breakaway"), "en", run_simulation=False)
    assert _flag(an, "recruitment_rewards").detail.startswith("The plan pays up to 25.0% on the required own purchases")


def test_staying_by_purchases_alone_says_up_to_once():
    an = analyze(example("mlm-stairstep-breakaway"), "nl", run_simulation=False)
    detail = _flag(an, "pay_to_join").detail
    assert "Om te blijven betaal je tot $ 100 per maand, aan aankopen als je verkoop het vereiste volume niet haalt." in detail
    assert "$ 100 per maand (tot $ 100" not in detail


def test_a_mixed_training_is_counted_apart_and_leans_neither_way():
    aspect = {a.key: a for a in analyze(example("mlm-stairstep-breakaway"), "en", run_simulation=False).comparison}["training"]
    assert aspect.this_offer == "1 training: 0 about products or selling, 0 about recruiting, 1 mixed (both)."
    assert aspect.leans == "unclear"
    nl = {a.key: a for a in analyze(example("mlm-unilevel-doterra-2017"), "nl", run_simulation=False).comparison}["training"]
    assert nl.this_offer.startswith("2 trainingen: 0 over producten of verkopen, 1 over werven, 1 gemengd (allebei).")
    assert nl.leans == "pyramid"  # as many about recruiting as about anything else


def _projection(total_net: float, months: int = 24):
    return SimpleNamespace(total_net=total_net, months=list(range(1, months + 1)))


def _sim(**kw):
    base = dict(cohort_size=1465, months=24, cohort_net_percentiles={"99": -1691.0},
                cohort_share_profitable_percent=0.0, everyone_share_profitable_percent=3.0)
    base.update(kw)
    return SimpleNamespace(**base)


def test_a_projection_above_every_simulated_starter_is_said():
    text = simulation_against_you(_sim(), _projection(7728.0), "EUR", "en")
    assert text == ("In the simulation none of the 1,465 people who started when you did ended with a "
                    "profit (even the best 1% ended at -€1,691): your assumptions give far more than the "
                    "simulation does.")
    text = simulation_against_you(_sim(cohort_share_profitable_percent=2.0, cohort_net_percentiles={"99": 424.8}),
                                  _projection(3000.0), "USD", "nl")
    assert text.startswith("Je resultaat is beter dan wat 99 op de 100 haalden van de 1.465 mensen die in de "
                           "simulatie tegelijk met jou begonnen (alleen de beste 1% haalde $ 424,80 of meer)")
    # below the 99th percentile, or another period, or nobody who started with you: nothing
    assert simulation_against_you(_sim(cohort_net_percentiles={"99": 8000.0}), _projection(7728.0), "EUR", "en") == ""
    assert simulation_against_you(_sim(months=36), _projection(7728.0), "EUR", "en") == ""
    assert simulation_against_you(_sim(cohort_size=0), _projection(7728.0), "EUR", "en") == ""


def test_the_first_in_doing_well_at_the_expense_of_later_ones_is_said():
    # gifting circle: 100% of the first month's joiners profit, 5.5% of everyone
    ev = example("gifting-circle-2x3")
    an = analyze(ev, "en")
    assert an.simulation.cohort_share_profitable_percent == 100.0
    assert ("In the simulation 100.0% of those who started when you did ended with a profit, but only "
            f"{an.simulation.everyone_share_profitable_percent:.1f}% of everyone: the first to join do well at the "
            "expense of those who join later.") in an.verdict.summary
    assert an.simulation.everyone_share_profitable_percent < 10


def test_tornado_says_the_hidden_rows_have_no_effect():
    from matplotlib.figure import Figure

    from evaluator.charts import ChartStyle
    from evaluator.charts_tornado import MAX_ROWS, draw_tornado

    rows = [{"assumption": f"a{i}", "low": 100.0 - i, "base": 100.0, "high": 100.0 + i,
             "swing": 2.0 * i} for i in range(MAX_ROWS, 0, -1)]
    rows += [{"assumption": "z1", "low": 100.0, "base": 100.0, "high": 100.0, "swing": 0.0},
             {"assumption": "z2", "low": 100.0, "base": 100.0, "high": 100.0, "swing": 0.0}]
    ax = Figure().add_subplot(111)
    draw_tornado(ax, rows, ChartStyle(lang="nl"))
    assert "en nog 2 zonder effect" in [t.get_text() for t in ax.texts]


def test_whole_percent_shares_add_up_to_100():
    from evaluator.core.i18n import whole_percent_shares

    # affiliate example: 4,354 / 150 / 106.53 of 4,610.53 = 94.44 / 3.25 / 2.31: rounded alone
    # 94 + 3 + 2 = 99 under "Total 100%"; the largest remainder (0.44) takes the missing point
    assert whole_percent_shares([4354, 150, 106.53]) == [95, 3, 2]
    assert whole_percent_shares([1, 1, 1]) == [34, 33, 33]  # ties: the earlier row
    assert whole_percent_shares([0, 0]) == [0, 0]
    assert whole_percent_shares([5, -2]) == [100, 0]


def test_report_income_table_shares_add_up():
    import html
    import re

    from evaluator.report.content import build_content

    for stem in ("affiliate-two-tier", "mlm-binary-starter-pack", "mlm-unilevel-fast-start-matching"):
        ev = example(stem)
        an = analyze(ev, "en", run_simulation=False)
        text = re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", build_content(ev, an, "en").html)))
        table = text[text.index("Where the income comes from"):text.index("Total", text.index("Where the income comes from"))]
        shares = [int(x) for x in re.findall(r"(\d+)% ", table)]
        assert sum(shares) == 100, (stem, shares)


def test_break_even_label_in_month_one_stays_above_the_x_axis():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from evaluator.charts import ChartStyle, draw_cumulative

    ev = example("affiliate-two-tier")  # breaks even in month 1, at the bottom of a rising line
    an = analyze(ev, "nl")
    assert an.projection.break_even_month == 1
    fig = Figure(figsize=(6.7, 3.0), dpi=90, layout="constrained")
    ax = fig.add_subplot(111)
    draw_cumulative(ax, an, ChartStyle.for_print("nl", "EUR"), an.simulation)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    label = next(t for t in ax.texts if t.get_gid() == "break_even_label")
    assert label.get_text() == "quitte: maand 1"
    box = label.get_window_extent(canvas.get_renderer())
    assert box.y0 >= ax.get_window_extent(canvas.get_renderer()).y0  # not over the tick labels


def test_even_pay_over_mostly_losing_participants_does_not_lean_network_marketing():
    # pyramid example: the top 1% get 16% (below the concentration flag), but only 18.8% of
    # everyone ends with a profit
    an = analyze(example("pyramid-scheme"), "en")
    aspect = {a.key: a for a in an.comparison}["compensation_model"]
    profitable = an.simulation.everyone_share_profitable_percent
    assert profitable < 50
    assert aspect.this_offer.endswith(f"But only {profitable:.1f}% of everyone ends with a profit.")
    assert aspect.leans == "unclear"
    # the dealer: 86.6% end with a profit: as before
    dealer = {a.key: a for a in analyze(example("dealer-kitchen-appliance"), "en").comparison}["compensation_model"]
    assert dealer.leans == "network_marketing" and "But only" not in dealer.this_offer


def test_outcome_legend_leaves_the_value_columns_headers_free():
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from evaluator.charts import ChartStyle, draw_outcome_distribution

    an = analyze(example("mlm-unilevel-fast-start-matching"), "nl")
    fig = Figure(figsize=(5.0, 3.6), dpi=100, layout="constrained")
    ax = fig.add_subplot(111)
    draw_outcome_distribution(ax, an.simulation, ChartStyle.for_screen("nl", "USD"))
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    r = canvas.get_renderer()
    legend = ax.get_legend().get_window_extent(r)
    header = next(t for t in ax.texts if t.get_text() == "iedereen").get_window_extent(r)
    assert legend.x1 <= header.x0 or legend.y0 >= header.y1  # not on top of the header


def test_simulation_sentences_read_right_and_skip_a_group_of_one():
    nl = simulation_against_you(_sim(), _projection(7728.0), "EUR", "nl")
    # "met winst" right after "eindigde", not after "begonnen" (which read as "started with a profit")
    assert nl.startswith("In de simulatie eindigde niemand met winst van de 1.465 mensen die tegelijk met jou begonnen")
    # "none of the 1 person" / "99 in 100 of the 1 person": said for 2 or more only
    assert simulation_against_you(_sim(cohort_size=1), _projection(7728.0), "EUR", "en") == ""
