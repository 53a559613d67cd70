"""The plan editor inside the real editor and window (format version 2): what it builds is what
the evaluation holds, problems come back from the file format at their field, undo covers it, and
the rest of the editor edits version 2 (disclosure period and coverage, the 8.3 fields)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from evaluator.core import fileformat
from evaluator.resources import example_paths

from .keys import type_cell, type_into


def add(qtbot, plan, type_: str):
    plan.add_combo.setCurrentIndex(plan.add_combo.findData(type_))
    qtbot.mouseClick(plan.add_button, Qt.LeftButton)
    box = plan.box(type_)
    # the page grows on the next turn of the event loop, as it does for a user
    qtbot.waitUntil(lambda: all(w.height() > 0 for w in box.focus_chain()), timeout=2000)
    return box


def test_a_plan_built_in_the_editor_is_the_evaluation_s_version_2_payout(qtbot, window):
    window.new_evaluation()
    window.editor.show_page("payout")
    plan = window.editor.plan_editor
    qtbot.mouseClick(plan.ranks_table.add_button, Qt.LeftButton)
    for col, text in enumerate(("Gold", "100", "1000", "2", "0")):
        type_cell(qtbot, plan.ranks_table.grid, 0, col, text)
    unilevel = add(qtbot, plan, "unilevel")
    for row, text in enumerate(("10", "5")):
        qtbot.mouseClick(unilevel.lists["levels"].add_button, Qt.LeftButton)
        type_cell(qtbot, unilevel.lists["levels"].grid, row, 0, text)
    bonus = add(qtbot, plan, "rank_bonus")
    type_cell(qtbot, bonus.dicts["amount_by_rank"].grid, 0, 0, "300")
    qtbot.waitUntil(lambda: window.editor.evaluation is not None
                    and len(window.editor.evaluation.offer.payout.components) == 2, timeout=3000)
    payout = window.editor.evaluation.offer.payout
    assert [r.name for r in payout.ranks] == ["Gold"] and payout.ranks[0].group_volume == 1000
    assert payout.component("unilevel").levels == [10, 5]
    assert payout.component("rank_bonus").amount_by_rank == {"Gold": 300}
    state = window.editor.state()
    assert state["version"] == 2
    assert fileformat.from_data(state).offer.payout == payout  # collect() writes version 2
    assert "plan" not in state["offer"]["payout"] and "levels" not in state["offer"]["payout"]


def test_a_problem_from_the_file_format_is_marked_at_its_component_field(qtbot, window):
    window.new_evaluation()
    window.editor.show_page("payout")
    plan = window.editor.plan_editor
    add(qtbot, plan, "recruit_bonus")
    unilevel = add(qtbot, plan, "unilevel")
    levels = unilevel.lists["levels"]
    qtbot.mouseClick(levels.add_button, Qt.LeftButton)
    qtbot.mouseClick(levels.add_button, Qt.LeftButton)
    type_cell(qtbot, levels.grid, 0, 0, "5")
    type_cell(qtbot, levels.grid, 1, 0, "120")  # more than 100 %
    qtbot.waitUntil(lambda: window.editor.evaluation is None, timeout=2000)
    assert [p.path for p in window.editor.problems] == ["offer.payout.components[1].levels[1]"]
    assert levels.cell_mark(1, 0) == "invalid" and levels.cell_mark(0, 0) is None
    assert levels.error.text() == "Level 2: must be between 0 and 100"
    assert window.editor.nav.item(window.editor.page_index("payout")).text().startswith("\u26a0")
    assert not window.editor.general_error.isVisible()  # it found its field: not listed up top
    # undo takes the wrong value back, one step
    window.editor.undo_stack.undo()
    qtbot.waitUntil(lambda: window.editor.evaluation is not None, timeout=2000)
    assert window.editor.evaluation.offer.payout.component("unilevel").levels == [5, 0]


def test_adding_and_removing_components_and_renaming_ranks_are_undone(qtbot, window):
    window.new_evaluation()
    window.editor.show_page("payout")
    editor = window.editor
    plan = editor.plan_editor
    qtbot.mouseClick(plan.ranks_table.add_button, Qt.LeftButton)
    type_cell(qtbot, plan.ranks_table.grid, 0, 0, "Gold")
    bonus = add(qtbot, plan, "rank_bonus")
    type_cell(qtbot, bonus.dicts["amount_by_rank"].grid, 0, 0, "300")
    type_cell(qtbot, plan.ranks_table.grid, 0, 0, "Diamond")
    assert editor.state()["offer"]["payout"]["components"][0]["amount_by_rank"] == {"Diamond": 300}
    editor.undo_stack.undo()  # the rename
    assert editor.state()["offer"]["payout"]["components"][0]["amount_by_rank"] == {"Gold": 300}
    assert plan.box("rank_bonus").dicts["amount_by_rank"].names == ["Gold"]
    editor.undo_stack.redo()
    assert editor.state()["offer"]["payout"]["components"][0]["amount_by_rank"] == {"Diamond": 300}

    qtbot.mouseClick(plan.box("rank_bonus").remove_button, Qt.LeftButton)
    assert editor.state()["offer"]["payout"]["components"] == []
    assert editor.undo_stack.undoText() == "Edit " + plan.label_for("offer.payout.components")
    editor.undo_stack.undo()
    assert editor.state()["offer"]["payout"]["components"] == [
        {"type": "rank_bonus", "amount_by_rank": {"Diamond": 300}}]
    assert plan.box("rank_bonus").dicts["amount_by_rank"].names == ["Diamond"]


def test_every_bundled_example_shows_its_plan_and_gives_it_back(qtbot, window):
    for path in example_paths():
        ev = fileformat.load(path)
        window.editor.load_evaluation(ev)
        plan = window.editor.plan_editor
        assert [box.type for box in plan.boxes] == [c.type for c in ev.offer.payout.components], path.name
        assert window.editor.evaluation == ev, path.name  # shown and collected unchanged


def test_the_disclosure_page_edits_period_coverage_and_the_tier_range(qtbot, window):
    window.new_evaluation()
    editor = window.editor
    editor.show_page("disclosure")
    qtbot.mouseClick(editor.disclosure_check, Qt.LeftButton)
    covered = editor.field("offer.disclosure.covered_percent")
    assert covered.data() is None  # "not stated" until the disclosure says it
    assert covered.widget.placeholderText() == "not stated"
    period = editor.field("offer.disclosure.period").widget
    period.setCurrentIndex(period.findData("month"))
    period.activated.emit(period.currentIndex())
    basis = editor.field("offer.disclosure.share_nothing_basis").widget
    basis.setCurrentIndex(basis.findData("covered"))
    basis.activated.emit(basis.currentIndex())
    type_into(qtbot, window, "offer.disclosure.share_nothing_percent", "60")
    table = editor.table("offer.disclosure.tiers")
    assert [s.name for s in table.specs] == ["name", "share_percent", "average", "median", "low", "high"]
    table.paste_text("All\t100\t120\t40\t0\t2500")
    qtbot.waitUntil(lambda: editor.evaluation is not None, timeout=2000)
    disclosure = editor.evaluation.offer.disclosure
    assert (disclosure.period, disclosure.covered_percent) == ("month", None)
    assert (disclosure.share_nothing_percent, disclosure.share_nothing_basis) == (60, "covered")
    tier = disclosure.tiers[0]
    assert (tier.share_percent, tier.average, tier.median, tier.low, tier.high) == (100, 120, 40, 0, 2500)
    type_into(qtbot, window, "offer.disclosure.covered_percent", "35")
    qtbot.waitUntil(lambda: editor.evaluation is not None
                    and editor.evaluation.offer.disclosure.covered_percent == 35, timeout=2000)


def test_the_version_2_claims_requirements_and_assumptions_fields(qtbot, window):
    window.new_evaluation()
    editor = window.editor
    for path in ("offer.claims.after_months", "offer.requirements.autoship_amount",
                 "assumptions.recruits_total"):
        field = editor.field(path)
        assert field.data() is None and field.widget.placeholderText() == "not given"
    type_into(qtbot, window, "offer.claims.after_months", "6")
    type_into(qtbot, window, "offer.requirements.autoship_amount", "79,95")
    type_into(qtbot, window, "assumptions.recruits_total", "12")
    qtbot.waitUntil(lambda: editor.evaluation is not None
                    and editor.evaluation.assumptions.recruits_total == 12, timeout=3000)
    ev = editor.evaluation
    assert ev.offer.claims.after_months == 6
    assert ev.offer.requirements.autoship_amount == 79.95
    type_into(qtbot, window, "offer.claims.after_months", "")  # empty again: not given
    qtbot.waitUntil(lambda: editor.evaluation is not None
                    and editor.evaluation.offer.claims.after_months is None, timeout=3000)
    type_into(qtbot, window, "offer.claims.after_months", "200")  # 1-120
    qtbot.waitUntil(lambda: editor.field("offer.claims.after_months").error.isVisible(), timeout=2000)
    assert "offer.claims.after_months" in [p.path for p in editor.problems]
