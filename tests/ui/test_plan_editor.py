"""The version-2 payout plan editor (evaluator/ui/editor/plan_editor.py) on its own: building a
hybrid plan by keyboard and mouse, ranks renamed/added/removed with their dict rows following,
removing a component, and problems marked at their field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QVBoxLayout, QWidget
from pydantic import ValidationError

from evaluator.core.fileformat import format_path
from evaluator.core.plans.components import COMPONENT_TYPES, PayoutPlan
from evaluator.ui.editor.plan_editor import COMPONENTS, PlanEditor, component_types, rank_renames

from .keys import type_cell
from .screens import shown


@pytest.fixture
def plan_editor(qtbot):
    host = QWidget()
    layout = QVBoxLayout(host)
    editor = PlanEditor(host, offered=COMPONENT_TYPES)  # all eight, registered or not yet
    layout.addWidget(editor)
    shown(qtbot, host, (900, 800)).activateWindow()
    yield editor
    host.close()


def choose_by_keys(qtbot, combo: QComboBox, value) -> None:
    """Pick ``value`` in a closed combo with the arrow keys, as a keyboard user does."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key_Down)
    assert combo.currentData() == value, value


def problems_of(data: dict) -> list[tuple[str, str]]:
    """The validation's problems of a payout as (file path, message)."""
    try:
        PayoutPlan.model_validate(data)
    except ValidationError as exc:
        return [(format_path(("offer", "payout", *e["loc"])), e["msg"]) for e in exc.errors()]
    return []


HYBRID_RANKS = [
    {"name": "Bronze", "personal_volume": 100, "group_volume": 0, "legs": 0, "leg_volume": 0},
    {"name": "Gold", "personal_volume": 100, "group_volume": 2000, "legs": 2, "leg_volume": 500},
]


def test_build_a_hybrid_plan_by_keyboard_and_mouse(qtbot, plan_editor):
    edits: list[tuple[str, bool]] = []
    plan_editor.changed.connect(lambda path, typing: edits.append((path, typing)))

    # The rank table (mouse for Add row, keyboard in the cells).
    ranks = plan_editor.ranks_table
    for row, values in enumerate((("Bronze", "100", "0", "0", "0"), ("Gold", "100", "2000", "2", "500"))):
        qtbot.mouseClick(ranks.add_button, Qt.LeftButton)
        for col, text in enumerate(values):
            type_cell(qtbot, ranks.grid, row, col, text)

    # Unilevel by keyboard: choose it, Tab to "Add component", Space.
    choose_by_keys(qtbot, plan_editor.add_combo, "unilevel")
    qtbot.keyClick(plan_editor.add_combo, Qt.Key_Tab)
    assert QApplication.focusWidget() is plan_editor.add_button
    qtbot.keyClick(plan_editor.add_button, Qt.Key_Space)
    unilevel = plan_editor.box("unilevel")
    assert QApplication.focusWidget() is unilevel.focus_chain()[0]  # its first field
    choose_by_keys(qtbot, unilevel.fields["compression"].widget, "standard")
    levels = unilevel.lists["levels"]
    for row, text in enumerate(("5", "3,5", "2")):  # Dutch and English notation alike
        qtbot.mouseClick(levels.add_button, Qt.LeftButton)
        type_cell(qtbot, levels.grid, row, 0, text)
    # depth_by_rank: Bronze 1 level, Gold all three; the rows are the rank table's
    depth = unilevel.dicts["depth_by_rank"]
    assert depth.names == ["Bronze", "Gold"]
    type_cell(qtbot, depth.grid, 0, 0, "1")
    type_cell(qtbot, depth.grid, 1, 0, "3")

    # Fast start by mouse.
    plan_editor.add_combo.setCurrentIndex(plan_editor.add_combo.findData("fast_start"))
    qtbot.mouseClick(plan_editor.add_button, Qt.LeftButton)
    fast = plan_editor.box("fast_start")
    months = fast.fields["months"].widget
    months.selectAll()
    qtbot.keyClicks(months, "2")
    for row, text in enumerate(("20", "10")):
        qtbot.mouseClick(fast.lists["percents"].add_button, Qt.LeftButton)
        type_cell(qtbot, fast.lists["percents"].grid, row, 0, text)

    # Matching: 10 % of the first generation, paid from Gold on.
    choose_by_keys(qtbot, plan_editor.add_combo, "matching")
    qtbot.keyClick(plan_editor.add_combo, Qt.Key_Tab)
    qtbot.keyClick(plan_editor.add_button, Qt.Key_Space)
    matching = plan_editor.box("matching")
    qtbot.mouseClick(matching.lists["percents"].add_button, Qt.LeftButton)
    type_cell(qtbot, matching.lists["percents"].grid, 0, 0, "10")
    assert matching.lists["percents"].row_name(0) == "Generation 1"
    choose_by_keys(qtbot, matching.ranks["min_rank"].widget, "Gold")

    # Rank bonus: 250 a month at Gold, nothing at Bronze (left out).
    plan_editor.add_combo.setCurrentIndex(plan_editor.add_combo.findData("rank_bonus"))
    qtbot.mouseClick(plan_editor.add_button, Qt.LeftButton)
    bonus = plan_editor.box("rank_bonus").dicts["amount_by_rank"]
    type_cell(qtbot, bonus.grid, 1, 0, "250")

    data = plan_editor.data()
    assert data["retail_mode"] == "margin" and data["retail_commission_percent"] == 0
    assert data["ranks"] == HYBRID_RANKS
    assert [c["type"] for c in data["components"]] == ["unilevel", "fast_start", "matching", "rank_bonus"]
    assert data["components"][0] == {"type": "unilevel", "levels": [5, 3.5, 2], "basis": "all_volume",
                                     "compression": "standard", "depth_by_rank": {"Bronze": 1, "Gold": 3}}
    assert data["components"][1] == {"type": "fast_start", "percents": [20, 10], "basis": "all_volume",
                                     "months": 2}
    assert data["components"][2] == {"type": "matching", "percents": [10], "min_rank": "Gold"}
    assert data["components"][3] == {"type": "rank_bonus", "amount_by_rank": {"Gold": 250}}
    plan = PayoutPlan.model_validate(data)  # the model takes it as it is
    assert plan.component("unilevel").compression == "standard"
    assert plan.component("matching").min_rank == "Gold"
    # every edit was reported; adding a component is one (non-typing) edit of the list
    assert edits.count((COMPONENTS, False)) == 4
    assert ("offer.payout.components[0].compression", False) in edits
    # each type at most once: the four present are no longer offered
    offered = [plan_editor.add_combo.itemData(i) for i in range(plan_editor.add_combo.count())]
    assert offered == [t for t in COMPONENT_TYPES if t not in
                       ("unilevel", "fast_start", "matching", "rank_bonus")]
    assert plan_editor.add_component("unilevel") is None
    assert len(plan_editor.data()["components"]) == 4


def test_set_data_shows_a_plan_and_gives_it_back_unchanged(plan_editor):
    data = {"retail_mode": "commission", "retail_commission_percent": 12.5, "ranks": HYBRID_RANKS,
            "components": [
                {"type": "stairstep", "percent_by_rank": {"Bronze": 5, "Gold": 12}, "basis": "customer_volume",
                 "own_volume": False, "breakaway_rank": "Gold", "generation_percents": [4, 2]},
                {"type": "binary", "percent": 10, "monthly_cap": None, "basis": "all_volume", "carry_over": True},
                {"type": "matrix", "width": 3, "depth": 7, "levels": [1, 1, 1], "basis": "all_volume",
                 "cycle_bonus": 50},
                {"type": "recruit_bonus", "amounts": [25]}]}
    plan_editor.set_data(data)
    assert plan_editor.data() == data
    stair = plan_editor.box("stairstep")
    assert stair.fields["own_volume"].widget.isChecked() is False  # a boolean is a check box
    assert stair.ranks["breakaway_rank"].widget.currentText() == "Gold"
    assert stair.lists["generation_percents"].row_name(1) == "Generation 2"
    assert plan_editor.fields["offer.payout.retail_commission_percent"].container.isEnabled()


def test_renaming_adding_and_removing_ranks_keeps_the_rank_rows_in_step(qtbot, plan_editor):
    plan_editor.set_data({"ranks": HYBRID_RANKS, "components": [
        {"type": "rank_bonus", "amount_by_rank": {"Bronze": 50, "Gold": 250}},
        {"type": "stairstep", "percent_by_rank": {"Gold": 12}, "breakaway_rank": "Gold"}]})
    table = plan_editor.box("rank_bonus").dicts["amount_by_rank"]
    breakaway = plan_editor.box("stairstep").ranks["breakaway_rank"]

    type_cell(qtbot, plan_editor.ranks_table.grid, 1, 0, "Platinum")  # rename Gold
    data = plan_editor.data()
    assert data["components"][0]["amount_by_rank"] == {"Bronze": 50, "Platinum": 250}
    assert data["components"][1]["percent_by_rank"] == {"Platinum": 12}
    assert data["components"][1]["breakaway_rank"] == "Platinum"
    assert table.grid.verticalHeaderItem(1).text() == "Platinum"
    assert [breakaway.widget.itemText(i) for i in range(breakaway.widget.count())][1:] == ["Bronze", "Platinum"]

    qtbot.mouseClick(plan_editor.ranks_table.add_button, Qt.LeftButton)  # a third rank
    assert table.grid.rowCount() == 3 and table.names[2] == ""
    type_cell(qtbot, plan_editor.ranks_table.grid, 2, 0, "Diamond")
    assert table.names == ["Bronze", "Platinum", "Diamond"]
    type_cell(qtbot, table.grid, 2, 0, "1000")
    assert plan_editor.data()["components"][0]["amount_by_rank"] == {"Bronze": 50, "Platinum": 250,
                                                                      "Diamond": 1000}

    plan_editor.ranks_table.grid.setCurrentCell(0, 0)  # remove Bronze: its row goes, the rest stay
    qtbot.mouseClick(plan_editor.ranks_table.remove_button, Qt.LeftButton)
    assert table.names == ["Platinum", "Diamond"]
    assert plan_editor.data()["components"][0]["amount_by_rank"] == {"Platinum": 250, "Diamond": 1000}
    assert problems_of(plan_editor.data()) == []


def test_rank_renames_are_read_from_the_rows_in_place():
    assert rank_renames(["A", "B"], ["A", "C"]) == {"B": "C"}
    assert rank_renames(["A", "B"], ["B"]) == {}  # a removed row renames nothing
    assert rank_renames(["", "B"], ["New", "B"]) == {}  # naming a new row is no rename


def test_removing_a_component(qtbot, plan_editor):
    plan_editor.set_data({"ranks": HYBRID_RANKS, "components": [
        {"type": "unilevel", "levels": [5]}, {"type": "recruit_bonus", "amounts": [25, 10]},
        {"type": "rank_bonus", "amount_by_rank": {"Gold": 250}}]})
    edits: list[str] = []
    plan_editor.changed.connect(lambda path, typing: edits.append(path))
    box = plan_editor.box("recruit_bonus")
    assert "recruit_bonus" not in [plan_editor.add_combo.itemData(i) for i in range(plan_editor.add_combo.count())]
    box.remove_button.setFocus()
    qtbot.keyClick(box.remove_button, Qt.Key_Space)  # by keyboard
    assert [c["type"] for c in plan_editor.data()["components"]] == ["unilevel", "rank_bonus"]
    assert edits == [COMPONENTS]
    assert QApplication.focusWidget() is plan_editor.add_combo
    assert "recruit_bonus" in [plan_editor.add_combo.itemData(i) for i in range(plan_editor.add_combo.count())]
    # the rank bonus moved up: its fields' paths follow
    assert plan_editor.box("rank_bonus").dicts["amount_by_rank"].path == \
        "offer.payout.components[1].amount_by_rank"
    qtbot.mouseClick(plan_editor.box("unilevel").remove_button, Qt.LeftButton)  # by mouse
    assert plan_editor.data()["components"] == [{"type": "rank_bonus", "amount_by_rank": {"Gold": 250}}]


def test_an_invalid_value_is_kept_and_marked_at_its_field(qtbot, plan_editor):
    plan_editor.set_data({"ranks": HYBRID_RANKS, "components": [
        {"type": "rank_bonus", "amount_by_rank": {"Gold": 250}},
        {"type": "unilevel", "levels": [5, 3]}]})
    levels = plan_editor.box("unilevel").lists["levels"]
    type_cell(qtbot, levels.grid, 1, 0, "150")  # more than 100 %
    data = plan_editor.data()
    assert data["components"][1]["levels"] == [5, 150]  # kept as typed
    problems = problems_of(data)
    assert [p for p, _ in problems] == ["offer.payout.components[1].levels[1]"]
    assert plan_editor.set_errors(problems) == []  # every problem found its field
    assert levels.cell_mark(1, 0) == "invalid" and levels.cell_mark(0, 0) is None
    assert levels.error.text().startswith("Level 2: ")

    # a rank name that is not a rank: its row is kept (not lost) and marked
    plan_editor.set_data({"ranks": HYBRID_RANKS, "components": [
        {"type": "rank_bonus", "amount_by_rank": {"Gold": 250, "Gld": 40}},
        {"type": "matching", "percents": [10], "min_rank": "Silver"}]})
    bonus = plan_editor.box("rank_bonus").dicts["amount_by_rank"]
    assert bonus.names == ["Bronze", "Gold", "Gld"]
    problems = problems_of(plan_editor.data())
    assert sorted(p for p, _ in problems) == ["offer.payout.components[0].amount_by_rank.Gld",
                                              "offer.payout.components[1].min_rank"]
    plan_editor.set_errors(problems)
    assert bonus.cell_mark(2, 0) == "invalid" and bonus.cell_mark(1, 0) is None
    min_rank = plan_editor.box("matching").ranks["min_rank"]
    assert min_rank.widget.currentText() == "Silver"
    assert min_rank.widget.property("invalid") is True
    assert "Silver" in min_rank.error.text()
    # a required number left empty in a new component is marked at the field
    plan_editor.add_component("binary")
    problems = problems_of(plan_editor.data())
    assert ("offer.payout.components[2].percent" in [p for p, _ in problems])
    plan_editor.set_errors(problems)
    assert plan_editor.box("binary").fields["percent"].error.isVisible()


def test_dutch_words_and_the_glossary_on_f1(qtbot, plan_editor):
    from evaluator.ui.glossary_dialog import GlossaryDialog

    plan_editor.set_data({"components": [{"type": "unilevel", "levels": [5], "compression": "dynamic"}]})
    plan_editor.retranslate("nl", "EUR")
    box = plan_editor.box("unilevel")
    assert box.title() == "Unilevel-commissie"
    compression = box.fields["compression"]
    assert compression.widget.currentText() == "Dynamisch (wie zich niet kwalificeert, wordt overgeslagen)"
    assert plan_editor.add_combo.itemText(0).startswith(("Wervingsbonus", "Binair"))
    assert compression.glossary_button is not None  # compression has a glossary entry
    compression.widget.setFocus()
    qtbot.keyClick(compression.widget, Qt.Key_F1)
    dialog = plan_editor.window().findChild(GlossaryDialog)
    assert dialog is not None and dialog.isVisible()


def test_the_editor_offers_the_types_the_program_can_compute(qtbot):
    from evaluator.core.plans import kinds

    editor = PlanEditor()
    qtbot.addWidget(editor)
    registered = [k.type for k in kinds()]
    assert editor.offered == component_types() == [t for t in registered if t in COMPONENT_TYPES]
    assert component_types(all_models=True)[:len(registered)] == editor.offered
    assert sorted(component_types(all_models=True)) == sorted(COMPONENT_TYPES)
    # a file's component of a type not offered is still shown, and given back unchanged
    missing = [t for t in COMPONENT_TYPES if t not in editor.offered]
    if missing:
        editor.set_data({"components": [{"type": missing[0], **_sample(missing[0])}]})
        assert editor.data()["components"][0]["type"] == missing[0]


def _sample(type_: str) -> dict:
    from evaluator.ui.editor.plan_editor import new_component

    data = new_component(type_)
    data.pop("type")
    return data
