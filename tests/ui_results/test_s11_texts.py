"""Session 11 (a review of the Dutch screens): amounts never wrap apart from their currency
symbol, and the break-even lines give the recruits made in all with their odds."""

from __future__ import annotations

from evaluator.core.fileformat import load
from evaluator.resources import example_paths
from evaluator.ui import format as fmt

from .samples import results_panel


def test_currency_symbol_and_amount_stay_together():
    assert fmt.keep_money_together("heeft $ 1.021 en -€ 5 aan kosten") == "heeft $\u00a01.021 en -€\u00a05 aan kosten"
    assert fmt.keep_money_together("12 $ en EUR 5") == "12 $ en EUR 5"  # no number after the symbol


def test_break_even_lines_give_recruits_in_all_and_their_odds(qtbot):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from evaluator.resources import resource_path

    ev = load(next(p for p in example_paths() if p.stem == "mlm-stairstep-breakaway"))
    panel = results_panel(qtbot, "en", size=(760, 900), show=True, ev=ev)
    be = panel._shown.break_even
    assert be.recruits_ever_needed == 11
    text = panel.break_even_label.text()
    # 11 in all: 2^-11 = 0.049%, "1 in 2,048" (it was "1.43 active ... at most 0.0% get that many")
    assert "• Personal recruits needed (with no customers): 11 in all, about" in text
    assert "only 0.049% (1 in 2,048) of participants ever recruit that many." in text
    assert "at most 0.0%" not in text
    translator = QTranslator()
    assert translator.load(str(resource_path("i18n", "results_nl.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        nl = results_panel(qtbot, "nl", size=(760, 900), show=True, ev=ev)
        text = nl.break_even_label.text()
        assert "• Eigen rekruten nodig (zonder klanten): 11 in totaal, van wie er aan het eind nog ongeveer" in text
        assert "werft maar 0,049% (1 op 2.048) van de deelnemers er ooit zoveel." in text
        # amounts in the flags stay with their symbol
        import re

        details = [card.detail.text() for card in nl.flag_cards]
        assert details and not any(re.search(r"[$€] \d", d) for d in details)
        assert any("$\u00a0" in d for d in details)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_nothing_needed_says_it_once(qtbot):
    # affiliate example: breaks even with neither customers nor recruits beyond what was entered;
    # no "0 … at most 100%" lines and no second "you already break even"
    ev = load(next(p for p in example_paths() if p.stem == "affiliate-two-tier"))
    panel = results_panel(qtbot, "en", size=(760, 900), show=True, ev=ev)
    be = panel._shown.break_even
    assert be.already_breaks_even and be.customers_per_month == 0 and be.active_recruits == 0
    assert panel.break_even_label.text() == be.explanation


def test_nothing_per_hour_is_not_called_a_loss(qtbot):
    # a new, empty offer: 0 per hour is "nothing", not "a loss" (session 12)
    from evaluator.core.model import Evaluation

    ev = Evaluation.new("New offer")
    ev.assumptions.reference_hourly_wage = 14.71
    panel = results_panel(qtbot, "en", size=(760, 900), show=True, ev=ev)
    value, comparison = panel._hourly_texts(0.0)
    assert comparison.startswith("Nothing per hour, against a reference wage of ")
    assert panel._hourly_texts(-1.5)[1].startswith("A loss per hour, against a reference wage of ")
