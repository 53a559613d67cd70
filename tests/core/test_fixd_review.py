"""Review defects fixed by fixd: the matrix cycle bonus below one recruit, singular months in the
red-flag texts, an autoship of unknown amount, the derived volume in the recruitment-rewards rule
and Dutch dates in the tax and law sources."""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluator.core.fileformat import load
from evaluator.core.model import Evaluation
from evaluator.core.projection import project

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def gifting(**assumptions: float) -> Evaluation:
    ev = load(EXAMPLES / "gifting-circle-2x3.oppeval")
    return ev.model_copy(update={"assumptions": ev.assumptions.model_copy(update=assumptions)})


# -- 1. the matrix cycle bonus below one recruit of your own -----------------------------------

@pytest.mark.parametrize("r, net", [
    # Gifting circle: sign-up 5,000, a 2x3 matrix (capacity 2 + 4 + 8 = 14) with a 40,000 cycle
    # bonus, 0.5 recruits per downline member a month, everyone stays. Members ever
    # E(m) = 2r(1.5^m - 1), own recruits ever R(m) = r m, so the line of someone who has one is
    # E/R = 2(1.5^m - 1)/m: 11.33 at m = 10, 15.55 at m = 11 -> full in month 11, whatever r, and
    # paid 40,000 x R(11) = 40,000 x 11r while R(11) < 1.
    (0.0004, -5000 + 40000 * 11 * 0.0004),   # -4,824 (was -5,000)
    (0.0005, -5000 + 40000 * 11 * 0.0005),   # -4,780 (was +35,000)
    (0.001, -5000 + 40000 * 11 * 0.001),     # -4,560
    (0.01, -5000 + 40000 * 11 * 0.01),       # -600
])
def test_matrix_cycle_bonus_below_one_recruit_is_paid_with_its_chance(r, net):
    p = project(gifting(recruits_per_month=r))
    assert p.total_net == pytest.approx(net, abs=1e-6)
    paid = [(m, v) for m, v in zip(p.months, p.by_component["matrix"]) if v]
    assert len(paid) == 1 and paid[0][0] == 11
    assert paid[0][1] == pytest.approx(40000 * 11 * r)


def test_matrix_cycle_bonus_has_no_jump_at_a_hairs_difference():
    # Before the fix 0.0004 -> -5,000 and 0.0005 -> +35,000: a jump of the whole 40,000 bonus.
    # Now total_net = -5,000 + 440,000 r (above), so 0.0001 more a month is 44 more.
    nets = [project(gifting(recruits_per_month=r)).total_net for r in (0.0004, 0.0005, 0.001, 0.01)]
    assert nets[1] - nets[0] == pytest.approx(44.0)
    assert all(b > a for a, b in zip(nets, nets[1:]))
    assert max(b - a for a, b in zip(nets, nets[1:])) < 4000  # 0.001 -> 0.01: 3,960


@pytest.mark.parametrize("r", [0.05, 0.08, 0.09, 0.0909, 0.1, 0.2, 0.5])
@pytest.mark.parametrize("stay", [100.0, 80.0])
def test_matrix_cycle_bonus_is_paid_once(r, stay):
    # Across R = 1 the bonus is paid in one month only, never a share first and the whole later.
    p = project(gifting(recruits_per_month=r, downline_retention_percent=stay))
    paid = [v for v in p.by_component["matrix"] if v]
    assert len(paid) == 1
    assert paid[0] <= 40000


def test_matrix_cycle_bonus_unchanged_from_one_recruit_on():
    # The bundled gifting circle (0.5 a month): R(7) = 3.5 and E(7) = 2 x 0.5 x (1.5^7 - 1)
    # = 16.09 >= 14 > E(6) = 10.39, so the whole 40,000 in month 7, as before.
    p = project(gifting())
    assert [m for m, v in zip(p.months, p.by_component["matrix"]) if v] == [7]
    assert p.by_component["matrix"][6] == 40000.0
    assert p.total_net == 35000.0


def test_matrix_with_recruits_in_all_below_one():
    # 0.6 recruits in all, spread over 12 months: 0.05 a month, R(11) = 0.55 < 1 -> 40,000 x 0.55
    # = 22,000 in month 11 (E/R as above while the recruits come in).
    p = project(gifting(recruits_total=0.6))
    paid = [(m, v) for m, v in zip(p.months, p.by_component["matrix"]) if v]
    assert len(paid) == 1 and paid[0][0] == 11
    assert paid[0][1] == pytest.approx(22000.0)
