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
    # four components and the total row, in plan order
    assert names[:4] == ["Snelle-startbonus", "Unilevel-commissie", "Matching-bonus", "Rangbonus"]
    fast = rows[0]
    # the fast-start total $881.68 in Dutch, kept together: "$ 881,68"; 881.68 / 2616.12 = 34%
    assert fast[2] == "$\u00a0881,68"
    assert fast[3] == "34%"
    assert "eerste 2 maanden" in fast[1]
    # Rank bonus: 22 months x $50 = $1,100 ("$ 1.100" in Dutch)
    assert rows[3][2] == "$\u00a01.100"
    # total of the plan: 881.68 + 599.36 + 35.08 + 1100 = 2616.12 -> "$ 2.616"
    assert rows[4][2] == fmt.money(2616.1175, "USD", "nl")
    assert rows[4][3] == "100%"


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
