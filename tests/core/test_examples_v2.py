"""The five bundled version-2 examples (issue #12 item 8): each loads, gets its verdict, and
shows two or three headline figures computed here by hand; the figures that are real carry their
public source in the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluator.core import fileformat
from evaluator.core.analysis import analyze
from evaluator.core.projection import project

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
NEW = ("mlm-stairstep-breakaway", "mlm-unilevel-fast-start-matching", "matrix-3x7",
       "gifting-circle-2x3", "affiliate-two-tier")


def load(name: str):
    return fileformat.load(EXAMPLES / f"{name}.oppeval")


@pytest.mark.parametrize("name", NEW)
def test_each_loads_as_version_2_with_its_plan_components(name):
    ev = load(name)
    assert ev.version == 2
    assert ev.offer.payout.components
    assert ev.offer.notes.strip() and ev.offer.name.strip()
    # written as the app writes it: loading and saving gives the same document
    assert fileformat.dumps(fileformat.loads(fileformat.dumps(ev))) == fileformat.dumps(ev)


def test_stairstep_breakaway():
    ev = load("mlm-stairstep-breakaway")
    p = project(ev)
    # Month 1: 1 customer x 60 = 60 sold; margin (43 - 32.25) / 43 = 25%: 15 retail income.
    # RV = 60 * 32.25 / 43 = 45 points, so OV = 100 - 45 = 55 bought (55 at 1 point per dollar),
    # half of it counted (personal use 50%): 27.50. Fees 60.70 (sign-up), optional training
    # 25 a month, other 30: costs 143.20, net 15 - 143.20 = -128.20.
    assert p.revenue["retail"][0] == pytest.approx(15)
    assert p.costs["purchases"][0] == pytest.approx(27.5)
    assert p.net[0] == pytest.approx(-128.2)
    # GV = 45 + 55 + 0.5 recruits * 100 = 150: the lowest rank, whose differential is 0
    assert p.rank[0] == "Distributor" and p.by_component["stairstep"][0] == 0
    a = analyze(ev, "en")
    # 88% paid nothing: the median participant is in the first tier, $0
    assert a.typical.median_annual_gross == 0
    assert a.flag("most_earn_nothing") is not None
    assert a.flag("deep_overrides").title == "Commissions reach unlimited depth"
    # Three serious flags (claims, most earn nothing, typical loses money): at least high risk.
    # The projected split alone is 45% recruitment (below "primarily"); with the population
    # simulation in the analysis (SPEC 9.3) its split decides whether it is likely_pyramid.
    assert a.verdict.level in ("high_risk", "likely_pyramid")
    assert "kiddynamitesworld.com" in ev.offer.disclosure.source


def test_unilevel_fast_start_matching():
    ev = load("mlm-unilevel-fast-start-matching")
    p = project(ev)
    # B = MV = 100 (required 100 PV above CV = 20 * 48 / 67.335 = 14.3). 0.5 recruits a month,
    # 85% stay, 0.1 recruits per member: a_1 = 0.5, 0.925; a_2 = 0, 0.05.
    # fast start m1: 20% * 0.5 * 100 = 10; m2: 20% * 0.925 * 100 + 10% * 0.05 * 100 = 18.5 + 0.5 = 19
    assert p.by_component["fast_start"][:2] == pytest.approx([10, 19])
    # unilevel m2: 2% * 0.925 * 100 + 3% * 0.05 * 100 = 1.85 + 0.15 = 2
    assert p.by_component["unilevel"][1] == pytest.approx(2)
    # matching m2: generation 1 earns 2% of their 0.05 recruits' 100 = 0.1; 10% of it = 0.01
    assert p.by_component["matching"][:2] == pytest.approx([0, 0.01])
    a = analyze(ev, "en")
    assert a.flag("recruitment_rewards").severity == "warning"  # fast start and matching
    assert a.typical.median_annual_gross == 0  # doTERRA 2017: 63.84% earned nothing
    assert a.verdict.level == "likely_pyramid"


def test_matrix_3x7():
    ev = load("matrix-3x7")
    p = project(ev)
    # B = MV = 49 (the monthly membership). m1: 1 recruit on level 1: 10% * 49 = 4.90; costs
    # 25 sign-up + 49 membership + 97 webinar series = 171: net -166.10.
    assert p.revenue["downline"][0] == pytest.approx(4.9)
    assert p.net[0] == pytest.approx(4.9 - 171)
    # m2: T = (0.85 + 0.3) * 1 + 1 = 2.15 active, E = 1 + 1 + 0.3 * 1 = 2.3 placed on level 1:
    # 10% * 2.3 * (2.15 / 2.3) * 49 = 10.535
    assert p.revenue["downline"][1] == pytest.approx(10.535)
    a = analyze(ev, "en")
    assert a.flag("no_products").severity == "serious"  # the membership pays nothing by itself
    assert a.flag("product_premium").severity == "serious"  # 49 against 15: +227%
    assert a.verdict.level == "likely_pyramid"


def test_gifting_circle_is_a_pyramid_by_its_structure():
    ev = load("gifting-circle-2x3")
    p = project(ev)
    # 0.5 recruits a month, each member 0.5 a month, nobody quits: T(m) = 1.5 T(m-1) + 0.5 =
    # 0.5, 1.25, 2.375, 4.06, 6.59, 10.39, 16.09: the 14 places fill in month 7, which pays the
    # 8 entry gifts, 40,000; the 5,000 entry is paid in month 1.
    assert p.revenue["downline"][6] == 40000 and sum(p.revenue["downline"]) == 40000
    assert p.break_even_month == 7 and p.total_net == pytest.approx(35000)
    a = analyze(ev, "en")
    assert a.flag("recruitment_rewards").severity == "serious"
    assert a.flag("no_products").severity == "serious"
    assert a.verdict.level == "likely_pyramid"


def test_gifting_circle_simulated_to_saturation_most_lose():
    from evaluator.core.simulation import simulate

    result = simulate(load("gifting-circle-2x3"))
    assert result.by_component["matrix"] > 0  # the exact payout engine pays the matrix
    # Everyone the market holds joins (5,000); a member profits only once the 14 places below
    # them fill. With a fixed 1-2-4-8 table 7 in 8 lose; placed under their own sponsors, more do.
    assert result.participants_ever == 5000
    assert 100 - result.everyone_share_profitable_percent >= 87.5


def test_affiliate_two_tier():
    ev = load("affiliate-two-tier")
    p = project(ev)
    # m1: 2 customers * 59 = 118 sold, 30% = 35.40; bounty 25 * 0.25 recruits = 6.25;
    # override 5% of a recruit's customer sales 118 * 0.25 recruits = 1.475; costs 10: net 33.125
    assert p.revenue["retail"][0] == pytest.approx(35.4)
    assert p.net[0] == pytest.approx(35.4 + 6.25 + 1.475 - 10)
    # m2: 3.7 customers (0.85 * 2 + 2): 30% * 218.30 = 65.49; a_1 = 0.7 * 0.25 + 0.25 = 0.425:
    # 5% * 0.425 * 118 = 2.5075
    assert p.revenue["retail"][1] == pytest.approx(65.49)
    assert p.revenue["downline"][1] == pytest.approx(2.5075)
    a = analyze(ev, "en")
    assert a.flag("recruitment_rewards").severity == "serious"  # the bounty per affiliate
    assert a.flag("pay_to_join") is None
    assert a.verdict.level == "caution"
