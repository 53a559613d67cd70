"""The results panel's "Your income by plan component" table (issue 12, item 7)."""

from __future__ import annotations

from evaluator.core.fileformat import load
from evaluator.resources import example_paths
from evaluator.ui import format as fmt

from .samples import analysis_of, results_panel

EXAMPLE = next(p for p in example_paths() if p.name == "mlm-unilevel-fast-start-matching.oppeval")


def test_dutch_panel_lists_each_component_with_its_amount(qtbot):
    ev = load(EXAMPLE)
    panel = results_panel(qtbot, "nl", size=(760, 900), show=True, ev=ev)
    table = panel.component_income
    assert table.isVisibleTo(panel)
    rows = table.texts()
    names = [r[0] for r in rows]
    # your own sales first (session 11: so that the 100% row is all your income), then the four
    # components and the total row, in plan order
    assert names[:5] == ["Eigen verkoop aan klanten", "Snelle-startbonus", "Unilevel-commissie",
                         "Matching-bonus", "Rangbonus"]
    fast = rows[1]
    # the fast-start total $881.68 in Dutch, kept together: "$ 881,68"
    assert fast[2] == "$\u00a0881,68"
    assert "eerste 2 maanden" in fast[1]
    # Rank bonus: 22 months x $50 = $1,100 ("$ 1.100" in Dutch)
    assert rows[4][2] == "$\u00a01.100"
    # all: retail 1,293.85 + plan 881.68 + 599.36 + 35.08 + 1,100 = 3,909.97 -> "$ 3.910"; shares
    # 33.09 / 22.55 / 15.33 / 0.90 / 28.13%: floors 33 + 22 + 15 + 0 + 28 = 98, the two largest
    # remainders (0.90, 0.55) get a point each: 33 / 23 / 15 / 1 / 28 = 100
    assert [r[3] for r in rows] == ["33%", "23%", "15%", "1%", "28%", "100%"]
    assert rows[5][2] == fmt.money(1293.8460687468596 + 2616.1175, "USD", "nl")


def test_hidden_without_a_plan_and_back_with_one(qtbot):
    dealer = load(next(p for p in example_paths() if p.name == "dealer-kitchen-appliance.oppeval"))
    panel = results_panel(qtbot, "nl", size=(760, 900), show=True, ev=dealer)
    assert not panel.component_income.isVisibleTo(panel)  # outside sales only: no component
    ev = load(EXAMPLE)
    panel.set_analysis(ev, analysis_of(ev, "nl"))
    assert panel.component_income.isVisibleTo(panel)
    panel.set_analysis(dealer, analysis_of(dealer, "nl"))
    assert not panel.component_income.isVisibleTo(panel)


def test_unchanged_rows_are_not_set_again(qtbot):
    ev = load(EXAMPLE)
    panel = results_panel(qtbot, "nl", size=(760, 900), show=True, ev=ev)
    label = panel.component_income.row_labels[0][2]
    calls = []
    original = label.setText
    label.setText = lambda text: (calls.append(text), original(text))  # type: ignore[method-assign]
    panel.set_analysis(ev, analysis_of(ev, "nl"))
    assert calls == []  # the same analysis again: the table is left alone
