"""The "Before you join" view in the results (SPEC 12) and the File menu's one-page summary and
pitch checklist, with real widgets and the real main window."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from evaluator.core.analysis import analyze  # noqa: E402
from evaluator.core.fileformat import from_data  # noqa: E402
from evaluator.ui.decisions_view import DecisionsView  # noqa: E402
from evaluator.ui.results_panel import ResultsPanel  # noqa: E402
from tests.core.documents import seller  # noqa: E402

# 10 a month of commission on 100 of sales (see seller); sign-up 100 + kit 50, then 30 a month.
DOC = seller(fees={"signup": 100, "starter_kit": 50, "monthly": 30})


def cells(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


@pytest.fixture
def dutch():
    from evaluator.ui.app import install_translators

    install_translators("nl")
    yield
    install_translators("en")


def shown_view(qtbot, doc=DOC, lang="nl"):
    view = DecisionsView()
    qtbot.addWidget(view)
    view.resize(900, 1400)
    view.show()
    ev = from_data(doc)
    analysis = analyze(ev, lang)
    with qtbot.waitSignal(view.rendered, timeout=5000):
        view.set_analysis(ev, analysis, lang)
    return view


def test_the_view_shows_the_exit_ledger_upline_claim_and_tax(qtbot, dutch):
    view = shown_view(qtbot)
    nbsp = "\u00a0"
    # Stop after 3 months: paid 150 + 3 x 30 = 240, received 30, back 0, -210 in all.
    assert cells(view.exit_table)[0] == ["maand 3", f"€{nbsp}240", f"€{nbsp}30", f"€{nbsp}0",
                                         f"-€{nbsp}210"]
    assert [row[0] for row in cells(view.exit_table)] == ["maand 3", "maand 6", "maand 12"]
    # Upline: 10% and 5% of your 100 of volume in month 12.
    assert cells(view.upline_table) == [["je sponsor (niveau 1)", f"€{nbsp}10", f"€{nbsp}10"],
                                        ["de sponsor van je sponsor (niveau 2)", f"€{nbsp}5", f"€{nbsp}5"]]
    # 1,000 a month at 5 per customer: 200 new customers a month.
    assert "– 200 nieuwe klanten per maand" in view.claim_text.text()
    assert not view.tax_box.isHidden()
    assert "Informatie, geen belastingadvies" in view.tax_disclaimer.text()
    sources = [source.text() for _, _, source in view.fact_labels]
    assert any("ECLI:NL:HR:2011:BP5707" in s and "stand 1 december 2026" in s for s in sources)


def test_the_tornado_chart_is_drawn_from_the_sensitivity(qtbot):
    view = shown_view(qtbot)
    view.tornado.draw()
    ax = view.tornado.figure.axes[0]
    gids = {p.get_gid() for p in ax.patches}
    assert "low:new_customers_per_month" in gids and "high:new_customers_per_month" in gids


def test_no_tax_block_for_a_dollar_offer_in_english(qtbot):
    doc = {**DOC, "offer": {**DOC["offer"], "currency": "USD"}}
    view = shown_view(qtbot, doc, "en")
    assert view.tax_box.isHidden()
    assert view.heading.text() == "Before you join"


def test_the_results_panel_updates_the_view_with_the_results(qtbot, dutch):
    panel = ResultsPanel(lang="nl")
    qtbot.addWidget(panel)
    panel.resize(1000, 900)
    panel.show()
    ev = from_data(DOC)
    with qtbot.waitSignal(panel.decisions_view.rendered, timeout=5000):
        panel.set_analysis(ev, analyze(ev, "nl"))
    assert cells(panel.decisions_view.exit_table)[0][-1] == "-€\u00a0210"
    # Fewer customers: 1 a month = 5 of commission - 30 = -25 a month; after 3 months
    # 3 x 5 - 150 - 90 = -225.
    doc = {**DOC, "assumptions": {**DOC["assumptions"], "new_customers_per_month": 1}}
    ev2 = from_data(doc)
    with qtbot.waitSignal(panel.decisions_view.rendered, timeout=5000):
        panel.set_analysis(ev2, analyze(ev2, "nl"))
    assert cells(panel.decisions_view.exit_table)[0][-1] == "-€\u00a0225"


def test_file_menu_prints_the_summary_and_the_checklist(qtbot, window, monkeypatch):
    import evaluator.ui.print_actions as print_actions
    from evaluator.resources import example_paths

    calls = []
    monkeypatch.setattr(print_actions, "print_summary", lambda *args: calls.append(("summary", args)))
    monkeypatch.setattr(print_actions, "print_checklist", lambda *args: calls.append(("checklist", args)))
    assert window.act_summary in window.menu_file.actions()
    assert window.act_checklist in window.menu_file.actions()
    assert window.act_summary.text() == "Print one-page su&mmary\u2026"
    window.start_from_example(str(example_paths()[0]))
    window.act_summary.trigger()
    window.act_checklist.trigger()
    assert [kind for kind, _ in calls] == ["summary", "checklist"]
    parent, evaluation, analysis, simulation = calls[0][1]
    assert parent is window and evaluation == window.last_valid


def test_your_own_income_tax_rate_recomputes_the_tax_block_and_is_remembered(qtbot, dutch):
    from PySide6.QtCore import QSettings

    from evaluator.core import nl_tax
    from evaluator.ui.decisions_view import RATE_KEY

    QSettings().remove(RATE_KEY)
    # No fees: 2 customers x 50 = 100 of sales a month at 10 % commission = 10 a month, so
    # 120 over 12 months. At the dated default 35.75 %: tax 42.90, after tax 77.10;
    # at 50 %: tax 60, after tax 60.
    doc = {**DOC, "offer": {**DOC["offer"], "fees": {}}}
    view = shown_view(qtbot, doc)
    nbsp = " "  # the summary is plain text: an ordinary space
    assert view.rate_box.value() == pytest.approx(nl_tax.INCOME_TAX_RATE.value)
    assert f"€{nbsp}77,10 na belasting" in view.tax_summary.text()
    assert "(1 januari 2026)" in view.rate_default.text()  # a date as people write it, not ISO
    view.rate_box.setValue(50)
    assert f"€{nbsp}60 na belasting" in view.tax_summary.text()
    assert float(QSettings().value(RATE_KEY)) == 50
    again = shown_view(qtbot, doc)  # a new view starts at the rate set last time
    assert again.rate_box.value() == 50
    assert f"€{nbsp}60 na belasting" in again.tax_summary.text()
    again.rate_default.click()
    assert f"€{nbsp}77,10 na belasting" in again.tax_summary.text()
    QSettings().remove(RATE_KEY)


def test_the_same_document_again_is_not_drawn_twice(qtbot):
    """The app analyses each edit twice (at once, then with the simulation, which the aids do not
    read): the second analysis of the same document must not draw the view again, and a changed
    document must."""
    view = shown_view(qtbot, lang="en")
    drawn = []
    view.rendered.connect(lambda: drawn.append(1))
    ev = from_data(DOC)
    view.set_analysis(ev, analyze(ev, "en"), "en")
    qtbot.wait(400)  # longer than the debounce
    assert drawn == [] and not view._timer.isActive()
    changed = from_data({**DOC, "assumptions": {**DOC.get("assumptions", {}), "horizon_months": 24}})
    with qtbot.waitSignal(view.rendered, timeout=5000):
        view.set_analysis(changed, analyze(changed, "en"), "en")
    assert drawn == [1]
    with qtbot.waitSignal(view.rendered, timeout=5000):  # another language: drawn again
        view.set_analysis(changed, analyze(changed, "nl"), "nl")
    assert drawn == [1, 1]
