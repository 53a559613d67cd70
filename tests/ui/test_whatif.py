"""What-if in the app: try other assumption values, see the results change live, go back, or keep
them as one undoable edit; the saved document never changes until the user keeps and saves.

The offer (SPEC 3, by hand): one product, wholesale 30, retail 45, volume 30, so the margin
g = 15/45 = 1/3; a monthly fee of 10; 12 months; no required volume.
With n new customers a month, all retained (100 %), c(m) = n*m; spend 60 a month:
retail income 60 * n*m / 3 = 20*n*m; over 12 months 20*n*78 = 1560*n; fees 12*10 = 120.
n = 1: total net 1560 - 120 = 1440.  n = 2: 3120 - 120 = 3000.  n = 2.5: 3900 - 120 = 3780.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from evaluator.core import fileformat

DOC = {
    "format": "opportunity-evaluation", "version": 1,
    "offer": {"name": "What-if shop", "fees": {"monthly": 10},
              "products": [{"name": "Box", "wholesale_price": 30, "retail_price": 45, "volume": 30}]},
    "assumptions": {"horizon_months": 12, "new_customers_per_month": 1, "customer_monthly_spend": 60,
                    "customer_retention_percent": 100},
}


@pytest.fixture
def window(make_window, tmp_path, qtbot):
    path = tmp_path / "whatif.oppeval"
    fileformat.save(fileformat.from_data(DOC), path)
    w = make_window()
    w.open_path(str(path))
    w.run_analysis()
    w.whatif_toggle.setChecked(True)
    return w, path


def shown_total(w) -> float:
    return w.results_panel._analysis.projection.total_net


def test_a_tried_value_changes_the_results_and_back_restores_them(window):
    w, path = window
    assert shown_total(w) == pytest.approx(1440)
    w.whatif.set_value("new_customers_per_month", 2)
    w.show_whatif_results()  # what the 40 ms debounce timer does
    assert shown_total(w) == pytest.approx(3000)
    assert w.whatif.state_label.text() == "What-if: not saved"
    assert w.last_valid.assumptions.new_customers_per_month == 1  # the document is untouched
    w.whatif.back_button.click()
    w.show_whatif_results()
    assert shown_total(w) == pytest.approx(1440)
    assert not w.whatif.keep_button.isEnabled()


def test_typing_in_the_number_field_moves_the_slider_and_updates_live(window, qtbot):
    w, _ = window
    row = w.whatif.rows["new_customers_per_month"]
    row.field.setFocus()
    row.field.selectAll()
    qtbot.keyClicks(row.field, "2.5")
    qtbot.keyClick(row.field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown_total(w) == pytest.approx(3780), timeout=2000)
    assert row.slider.value() == 25  # steps of 0.1


def test_keep_is_one_undoable_edit_and_only_save_writes_the_file(window, qtbot):
    w, path = window
    before = path.read_bytes()
    w.whatif.set_value("new_customers_per_month", 2)
    w.whatif.keep_button.click()
    assert w.editor.evaluation.assumptions.new_customers_per_month == 2
    assert shown_total(w) == pytest.approx(3000)
    assert w.last_valid.assumptions.new_customers_per_month == 2
    assert w.is_modified()
    assert path.read_bytes() == before, "kept values are not written until the user saves"
    assert not w.whatif.overrides(), "after keeping, the what-if starts again from the document"
    w.editor.undo_stack.undo()
    assert w.editor.evaluation.assumptions.new_customers_per_month == 1
    w.editor.undo_stack.redo()
    assert w.editor.evaluation.assumptions.new_customers_per_month == 2
    w.act_save.trigger()
    assert fileformat.load(path).assumptions.new_customers_per_month == 2


def test_closing_the_panel_drops_the_tried_values(window):
    w, _ = window
    w.whatif.set_value("customer_retention_percent", 50)
    w.show_whatif_results()
    assert shown_total(w) != pytest.approx(1440)
    w.whatif_toggle.setChecked(False)
    w.show_whatif_results()
    assert shown_total(w) == pytest.approx(1440)
    assert w.whatif.isHidden()


def test_dutch_words(window):
    w, _ = window
    w.whatif.retranslate("nl")
    assert w.whatif.keep_button.text() == "Deze waarden ho&uden"  # (Alt+H is the Help menu)
    assert w.whatif.rows["new_customers_per_month"].label.text() == "Nieuwe klanten per maand"
