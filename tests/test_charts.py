"""The chart functions draw on a plain Figure for every example, theme and language, and put the
right data on the axes."""

from __future__ import annotations

import pytest

from evaluator import charts
from evaluator.charts import ChartStyle
from tests.report.fixtures import analysis_of, example_ids, examples, fake_simulation, sample_evaluation

matplotlib = pytest.importorskip("matplotlib")
from matplotlib.figure import Figure  # noqa: E402

STYLES = [ChartStyle.for_screen("en", "EUR"), ChartStyle.for_screen("nl", "EUR", dark=True),
          ChartStyle.for_print("nl", "EUR")]


def _ax():
    return Figure(figsize=(6, 3.2), layout="constrained").add_subplot(111)


def _by_gid(ax, gid):
    found = [a for a in ax.get_children() if a.get_gid() == gid]
    found += [line for line in ax.get_lines() if line.get_gid() == gid and line not in found]
    return found


def _draw_all(evaluation, analysis, style, simulation):
    for draw in (
        lambda ax: charts.draw_cumulative(ax, analysis, style, simulation),
        lambda ax: charts.draw_income_sources(ax, analysis, style),
        lambda ax: charts.draw_outcome_distribution(ax, simulation, style),
        lambda ax: charts.draw_pitch_vs_reality(ax, evaluation, analysis, style, simulation),
    ):
        ax = _ax()
        draw(ax)
        ax.figure.canvas.draw()  # lay out and render: catches errors in formatters and text


def test_styles_pick_language_and_theme():
    assert ChartStyle.for_screen("nl_NL", "EUR").lang == "nl"
    assert ChartStyle.for_screen("en", "USD", dark=True).theme == "dark"
    assert ChartStyle.for_print("en", "USD").theme == "print"
    assert ChartStyle.for_print("nl", "EUR").money_short(-1234) == "-€ 1.234"
    assert ChartStyle.for_print("en", "EUR").money_short(2_500_000) == "€2.5M"
    with pytest.raises(ValueError):
        ChartStyle(theme="neon")


@pytest.mark.parametrize("style", STYLES, ids=["light-en", "dark-nl", "print-nl"])
@pytest.mark.parametrize("with_sim", [False, True], ids=["nosim", "sim"])
def test_every_chart_draws_for_the_sample(style, with_sim):
    ev = sample_evaluation()
    sim = fake_simulation() if with_sim else None
    _draw_all(ev, analysis_of(ev, style.lang, sim), style, sim)


@pytest.mark.parametrize("index", range(len(example_ids())), ids=example_ids())
def test_every_chart_draws_for_every_example(index):
    ev = examples()[index]
    for style in (ChartStyle.for_screen("en", ev.offer.currency),
                  ChartStyle.for_print("nl", ev.offer.currency)):
        for sim in (None, fake_simulation(ev.assumptions.horizon_months)):
            _draw_all(ev, analysis_of(ev, style.lang, sim), style, sim)


def test_cumulative_lines_carry_the_projection_and_typical():
    ev = sample_evaluation()
    analysis = analysis_of(ev, "en")
    sim = fake_simulation()
    ax = _ax()
    charts.draw_cumulative(ax, analysis, ChartStyle.for_screen("en", "EUR"), sim)
    (you,) = _by_gid(ax, "you")
    assert list(you.get_xdata()) == list(range(1, 37))
    assert list(you.get_ydata()) == pytest.approx(analysis.projection.cumulative_net)
    (typical,) = _by_gid(ax, "typical")
    assert list(typical.get_ydata()) == pytest.approx(analysis.typical.cumulative_net)
    (median,) = _by_gid(ax, "cohort_median")
    assert list(median.get_ydata()) == pytest.approx(sim.series["cohort_median_cum_net"])
    assert _by_gid(ax, "cohort_band")
    assert ax.get_xlabel() == "Month"
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert "You (your projection)" in labels
    assert "Typical participant (income disclosure)" in labels


def test_cumulative_in_dutch_without_disclosure_says_so():
    ev = sample_evaluation(disclosure=None)
    analysis = analysis_of(ev, "nl")
    ax = _ax()
    charts.draw_cumulative(ax, analysis, ChartStyle.for_print("nl", "EUR"))
    assert ax.get_xlabel() == "Maand"
    assert ax.get_ylabel() == "Cumulatief nettoresultaat"
    assert not _by_gid(ax, "typical") and not _by_gid(ax, "cohort_median")
    notes = [t.get_text() for t in _by_gid(ax, "note")]
    assert notes == ["Geen inkomensverklaring: de gewone deelnemer ontbreekt."]
    ticks = [ax.yaxis.get_major_formatter()(v, 0) for v in (-2500.0, 1000.0)]
    assert ticks == ["-€ 2.500", "€ 1.000"]


def test_income_sources_bars_sum_to_the_projection_totals():
    ev = sample_evaluation()
    proj = analysis_of(ev).projection
    ax = _ax()
    charts.draw_income_sources(ax, analysis_of(ev), ChartStyle.for_screen("en", "EUR"))
    for key, values in proj.revenue.items():
        bars = _by_gid(ax, f"revenue:{key}")
        if sum(values) > 0:
            assert bars[0].get_width() == pytest.approx(sum(values))
        else:
            assert not bars
    fees = _by_gid(ax, "costs:fees")[0]
    # Hand-computed: sign-up 99 + kit 200 + 36 x 20 monthly + renewals in months 13 and 25.
    assert fees.get_width() == pytest.approx(99 + 200 + 36 * 20 + 2 * 50)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Income", "Costs"]


def test_income_sources_with_nothing_draws_a_note():
    ev = sample_evaluation(fees={}, products=[], training=[], requirements={},
                           payout={}, disclosure=None)
    ax = _ax()
    charts.draw_income_sources(ax, analysis_of(ev), ChartStyle.for_screen("en", "EUR"))
    assert [t.get_text() for t in _by_gid(ax, "note")] == ["No income and no costs in this projection."]


def test_outcome_distribution_without_simulation_explains():
    ax = _ax()
    charts.draw_outcome_distribution(ax, None, ChartStyle.for_screen("nl", "EUR"))
    (note,) = _by_gid(ax, "note")
    assert "simulatie" in note.get_text()


def test_outcome_distribution_bars_are_the_percentiles():
    sim = fake_simulation()
    ax = _ax()
    charts.draw_outcome_distribution(ax, sim, ChartStyle.for_screen("en", "USD"))
    for key, value in sim.everyone_net_percentiles.items():
        assert _by_gid(ax, f"everyone:{key}")[0].get_width() == pytest.approx(value)
    for key, value in sim.cohort_net_percentiles.items():
        assert _by_gid(ax, f"cohort:{key}")[0].get_width() == pytest.approx(value)
    # everyone_share_profitable_percent 8.25 at one decimal: the half rounds up, 8.3%.
    assert ax.get_xlabel() == "Net result after 36 months\n8.3% of everyone ends with a profit"
    values = {t.get_gid(): t.get_text() for t in ax.texts if (t.get_gid() or "").startswith("value:")}
    assert values["value:everyone:99"] == "$50,000"
    assert values["value:everyone:10"] == "-$3,500"
    assert values["value:cohort:50"] == "-$1,800"


def test_pitch_vs_reality_compares_monthly_amounts():
    ev = sample_evaluation()
    analysis = analysis_of(ev)
    sim = fake_simulation()
    ax = _ax()
    charts.draw_pitch_vs_reality(ax, ev, analysis, ChartStyle.for_screen("en", "EUR"), sim)
    width = lambda key: _by_gid(ax, f"pitch:{key}")[0].get_width()  # noqa: E731
    assert width("claim") == 3000
    # 60% earn nothing: the median participant's gross is 0; after costs it is negative.
    assert width("typical_gross") == 0
    assert width("typical_net") == pytest.approx(analysis.typical.median_annual_net / 12)
    assert width("you") == pytest.approx(analysis.projection.total_net / 36)
    # The cohort's median over the projection's 36 months, from the month series (SPEC 9.4: the
    # same period as "you"): the fake's cumulative median in month 36 is -100 x 36 = -3,600.
    assert width("simulated") == pytest.approx(-3600 / 36)
    # The network is the claim check's (one truth): 1,525.7 active members in month 36, so 1,526;
    # 2 + 4 + ... + 2^10 = 2046 >= 1526 > 1022, so 10 levels. (Hand arithmetic of the claim
    # check itself: tests/core/test_s8d_figures.py.)
    from evaluator.core.decisions import claim_check

    assert claim_check(ev).active_downline_needed == pytest.approx(1525.73, abs=0.01)
    assert charts.implied_network(ev, 3000)[:3] == (1526, 10, 36)
    assert "needs 1,526 active downline members in month 36" in ax.get_xlabel()
    assert "at least" not in ax.get_xlabel()


def test_pitch_vs_reality_without_claim_or_disclosure_notes_both():
    ev = sample_evaluation(disclosure=None, claims={})
    ax = _ax()
    charts.draw_pitch_vs_reality(ax, ev, analysis_of(ev, "nl"), ChartStyle.for_screen("nl", "EUR"))
    label = ax.get_xlabel()
    assert "De werver noemde geen inkomensbedrag." in label
    assert "Geen inkomensverklaring om mee te vergelijken." in label
    assert [b.get_gid() for b in ax.patches if b.get_gid()] == ["pitch:you"]


def test_charts_module_imports_no_pyplot():
    import ast
    import inspect

    tree = ast.parse(inspect.getsource(charts))
    names = {alias.name for node in ast.walk(tree) if isinstance(node, (ast.Import, ast.ImportFrom))
             for alias in node.names}
    modules = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "matplotlib.pyplot" not in names | modules and "pyplot" not in names


def test_charts_read_a_real_simulation_result():
    from evaluator.core.simulation import simulate

    ev = sample_evaluation()
    sim = simulate(ev, participants=20_000)
    analysis = analysis_of(ev, "en", sim)
    ax = _ax()
    charts.draw_cumulative(ax, analysis, ChartStyle.for_print("en", "EUR"), sim)
    (median,) = _by_gid(ax, "cohort_median")
    assert list(median.get_ydata()) == pytest.approx(sim.series["cohort_median_cum_net"])
    assert len(median.get_xdata()) == sim.months
    ax = _ax()
    charts.draw_outcome_distribution(ax, sim, ChartStyle.for_print("en", "EUR"))
    for key, value in sim.everyone_net_percentiles.items():
        assert _by_gid(ax, f"everyone:{key}")[0].get_width() == pytest.approx(value)
    share = f"{sim.everyone_share_profitable_percent:.1f}% of everyone ends with a profit"
    assert ax.get_xlabel().endswith(share)
    ax = _ax()
    charts.draw_pitch_vs_reality(ax, ev, analysis, ChartStyle.for_print("en", "EUR"), sim)
    simulated = _by_gid(ax, "pitch:simulated")[0].get_width()
    assert simulated == pytest.approx(sim.cohort_net_percentiles["50"] / sim.months)
