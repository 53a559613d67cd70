"""The guided interview, driven by the keyboard only: from the library's start screen (or
File > "I've been pitched an opportunity") to the results, one test per kind of offer, with the
resulting document checked field by field, "I don't know" answers included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from evaluator.core import interview as iv
from evaluator.ui.interview_dialog import DONE, InterviewDialog

ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def focused():
    return QApplication.focusWidget()


class Keys:
    """Types into whatever has the focus, as a user would, and counts the actions."""

    def __init__(self, qtbot, dialog: InterviewDialog):
        self.qtbot, self.dialog, self.actions = qtbot, dialog, 0

    def answer(self, text: str) -> None:
        """Type the answer into the focused field and press Enter (one action)."""
        widget = focused()
        assert widget is self.dialog.input_widget(), (self.dialog.current, widget)
        if text:
            self.qtbot.keyClicks(widget, text)
        self.qtbot.keyClick(widget, Qt.Key.Key_Return)
        self.actions += 1

    def choose(self, digit: int) -> None:
        """Press the answer's number, then Enter (two actions)."""
        self.qtbot.keyClick(focused(), Qt.Key.Key_0 + digit)
        self.qtbot.keyClick(focused(), Qt.Key.Key_Return)
        self.actions += 2

    def alt(self, key) -> None:
        """A button's Alt+letter; the button clicks itself a moment later (animateClick)."""
        steps = len(self.dialog.history)
        self.qtbot.keyClick(focused(), key, ALT)
        self.qtbot.waitUntil(lambda: len(self.dialog.history) != steps, timeout=2000)
        self.qtbot.waitUntil(lambda: self.dialog.input_widget().hasFocus() or self.dialog.current == DONE,
                             timeout=2000)
        self.actions += 1

    def dont_know(self) -> None:
        self.alt(Qt.Key.Key_D)  # "I &don't know"

    def back(self) -> None:
        self.alt(Qt.Key.Key_B)

    def finish(self) -> None:
        assert self.dialog.current == DONE, (self.dialog.history, self.dialog.answers, self.dialog.status.text())
        self.qtbot.keyClick(focused(), Qt.Key.Key_Return)  # "Show the results"
        self.actions += 1


def start(qtbot, window) -> Keys:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.library_view.search, Qt.Key.Key_N, CTRL_SHIFT)
    dialog = window.findChild(InterviewDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.input_widget().hasFocus(), timeout=2000)
    return Keys(qtbot, dialog)


def opened(qtbot, window):
    qtbot.waitUntil(lambda: not window.on_library_page() and window.analysis is not None, timeout=5000)
    assert window.right_tabs.currentIndex() == 0  # the results are shown
    return window.library.get(window.current_id)


def notes_questions(ev) -> list[str]:
    return iv.recruiter_questions(ev.offer.notes)


def test_dealer_network_by_keyboard(qtbot, window):
    k = start(qtbot, window)
    k.choose(1)  # selling to customers for a commission: a dealer network
    k.answer("Keukenwonder")
    k.answer("Multikoker")
    k.answer("1400")          # a customer pays
    k.answer("17")            # % commission
    k.answer("")              # nothing to pay to start
    k.dont_know()             # monthly fee
    k.answer("180")           # trainings a year
    k.answer("100")           # buyback %
    k.answer("14")            # days to change your mind
    k.answer("1000")          # claimed per month
    k.answer("6")             # ... after 6 months
    k.answer("1,5")           # customers a month: a Dutch decimal comma, read in the English UI
    k.answer("8")             # hours a week
    k.answer("60")            # other costs a month
    seen = k.dialog.history
    # a dealer network is never asked about a downline, an autoship or a disclosure
    assert not {"autoship", "recruit_bonus", "downline_percents", "rank_percent", "recruits",
                "disclosure", "own_price"} & set(seen)
    k.finish()
    ev = opened(qtbot, window)
    o, a = ev.offer, ev.assumptions
    assert (o.name, o.company, o.kind) == ("Keukenwonder", "Keukenwonder", "dealer")
    (p,) = o.products
    assert (p.name, p.retail_price, p.wholesale_price) == ("Multikoker", 1400, 1400)
    assert (o.payout.retail_mode, o.payout.retail_commission_percent) == ("commission", 17)
    assert (o.fees.signup, o.fees.starter_kit, o.fees.monthly) == (0, 0, 0)
    (t,) = o.training
    assert (t.cost, t.times_per_year, t.mandatory) == (180, 1, True)
    assert (o.requirements.buyback_percent, o.requirements.cooling_off_days) == (100, 14)
    assert o.claims.claimed_monthly_income == 1000
    assert (a.new_customers_per_month, a.customer_monthly_spend, a.hours_per_week,
            a.other_expenses_per_month) == (1.5, 1400, 8, 60)
    assert a.recruits_per_month == 0 and a.customer_retention_percent == 0
    assert notes_questions(ev) == [iv.question("monthly_fee").ask("en")]
    # retail: 1.5 sales x 1400 x 17 % = 357 a month; costs 180/12 = 15 training + 60 other
    assert window.analysis.projection.revenue["retail"][0] == pytest.approx(357)
    assert window.analysis.projection.net[0] == pytest.approx(357 - 15 - 60)
    assert k.actions == 17


def test_affiliate_programme_by_keyboard(qtbot, window):
    k = start(qtbot, window)
    k.choose(2)
    k.answer("ProspectPro")
    k.dont_know()             # what the customers buy
    k.answer("79")            # per month
    k.answer("20")            # % commission
    k.answer("")              # start
    k.answer("")              # monthly
    k.answer("")              # training
    k.dont_know()             # cooling-off
    k.answer("")              # no claim named: no "after how long" question
    k.answer("3")             # customers a month
    k.answer("80")            # % who stay
    k.answer("5")
    k.answer("")
    assert "claim_after" not in k.dialog.history and "buyback" not in k.dialog.history
    k.finish()
    ev = opened(qtbot, window)
    o, a = ev.offer, ev.assumptions
    assert (o.name, o.kind) == ("ProspectPro", "affiliate")
    (p,) = o.products
    assert (p.name, p.retail_price, p.wholesale_price) == ("Product", 79, 79)
    assert (o.payout.retail_mode, o.payout.retail_commission_percent) == ("commission", 20)
    assert o.training == [] and o.requirements.cooling_off_days == 0
    assert o.claims.claimed_monthly_income is None
    assert (a.new_customers_per_month, a.customer_monthly_spend, a.customer_retention_percent,
            a.hours_per_week) == (3, 79, 80, 5)
    assert notes_questions(ev) == [iv.question("product").ask("en"), iv.question("cooling_off").ask("en")]
    # month 2: customers 0.8 x 3 + 3 = 5.4, x 79 x 20 % = 85.32
    assert window.analysis.projection.revenue["retail"][1] == pytest.approx(5.4 * 79 * 0.2)


def test_mlm_by_keyboard_with_back_and_dont_know(qtbot, window):
    k = start(qtbot, window)
    k.choose(3)
    k.answer("VitaFlow")
    k.answer("Wellness drinks")
    k.answer("49")
    k.answer("39")            # own price
    k.answer("199")           # starter pack
    k.answer("")              # monthly fee
    k.answer("89")            # autoship per month
    k.answer("")              # recruit bonus
    k.answer("10 / 5")        # downline % per level
    k.answer("5")             # rank bonus %
    k.answer("2.000")         # group sales for the rank: ambiguous, read the English way = 2 ...
    k.back()                  # ... so go back and type it unambiguously
    assert k.dialog.current == "rank_volume"
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    k.answer("2000")
    k.answer("2")             # legs
    k.answer("300")           # training a year
    k.dont_know()             # buyback
    k.answer("14")
    k.choose(2)               # no income disclosure
    k.answer("1500")          # claim
    k.answer("12")            # after a year
    k.answer("2")             # customers a month
    k.answer("50")            # % who stay
    k.answer("2")             # people in all
    k.answer("2")             # each of them
    k.answer("8")
    k.answer("25")
    k.finish()
    ev = opened(qtbot, window)
    o, a = ev.offer, ev.assumptions
    assert (o.name, o.kind, o.fees.starter_kit) == ("VitaFlow", "mlm", 199)
    (p,) = o.products
    assert (p.name, p.retail_price, p.wholesale_price, p.volume) == ("Wellness drinks", 49, 39, None)
    assert o.payout.retail_mode == "margin"
    assert o.requirements.autoship_required is True
    assert o.requirements.buyback_percent is None and o.requirements.cooling_off_days == 14
    assert o.disclosure is None
    assert o.claims.claimed_monthly_income == 1500
    assert (a.new_customers_per_month, a.customer_monthly_spend, a.customer_retention_percent) == (2, 49, 50)
    assert (a.hours_per_week, a.other_expenses_per_month) == (8, 25)
    # each of 2 recruits brings in 2 over the time they stay: 2 x (1 - 90 % retention) a month
    assert a.downline_recruits_per_member_per_month == pytest.approx(0.2)
    _check_pitch_fields(ev)
    assert notes_questions(ev) == [iv.question("buyback").ask("en")]


def _check_pitch_fields(ev) -> None:
    """The autoship in money, the rank bonus as a percentage, "2 in all" and "after 12 months"."""
    o, a = ev.offer, ev.assumptions
    assert o.requirements.autoship_amount == 89
    assert a.recruits_total == 2
    assert o.claims.after_months == 12
    assert o.payout.component("unilevel").levels == [10, 5]
    (rank,) = o.payout.ranks
    # 5 % of 2,000 of group sales = 100 a month; 2,000 at a wholesale price of 39 per 39 points
    assert (rank.group_volume, rank.legs) == (2000, 2)
    assert o.payout.component("rank_bonus").amount_by_rank == {rank.name: 100}


def test_pyramid_is_recognised_from_earning_by_bringing_people_in(qtbot, window):
    k = start(qtbot, window)
    k.choose(4)               # "every new member pays to join, and I get part of it"
    k.answer("Golden Circle")
    k.answer("1000")          # put in to join
    k.answer("")              # monthly
    k.answer("500")           # per person brought in
    k.answer("250")           # seminar
    k.answer("")              # no cooling-off
    k.dont_know()             # claimed income
    k.answer("3")             # people in all
    k.answer("5")
    k.answer("20")
    seen = set(k.dialog.history)
    assert not {"product", "retail_price", "customers", "buyback", "downline_percents"} & seen
    k.finish()
    ev = opened(qtbot, window)
    o, a = ev.offer, ev.assumptions
    assert (o.name, o.kind, o.products, o.payout.retail_mode) == ("Golden Circle", "other", [], "none")
    assert (o.fees.signup, o.fees.starter_kit) == (1000, 0)
    assert o.payout.component("recruit_bonus").amounts == [500]
    assert a.recruits_total == 3
    assert o.claims.claimed_monthly_income is None
    assert notes_questions(ev) == [iv.question("claim").ask("en")]
    assert window.analysis.verdict.level == "likely_pyramid"


def test_reopened_interview_is_prefilled_and_one_undoable_edit(qtbot, window):
    k = start(qtbot, window)
    k.choose(1)
    k.answer("Acme")
    for _ in range(12):  # product ... expenses (no "after how long": no claim was named)
        k.dont_know()
    k.finish()
    ev = opened(qtbot, window)
    assert len(notes_questions(ev)) == 12
    _skip_while_the_editor_is_version_1(window)
    # Edit > Interview: every answer as given, "I don't know" shown as such
    dialog = window.reopen_interview()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.input_widget().hasFocus(), timeout=2000)
    assert dialog.choice_input.currentRow() == 0
    k = Keys(qtbot, dialog)
    k.choose(1)
    assert dialog.text_input.text() == "Acme"
    k.answer("")
    assert dialog.status.text() == "Your answer so far: I don't know."
    k.answer("Cooker")        # the product was unknown; now it is known ...
    k.answer("900")           # ... with its price
    for _ in range(10):  # commission ... expenses: Enter keeps each "I don't know"
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.current == DONE
    k.finish()
    qtbot.waitUntil(lambda: len(window.library.get(window.current_id).offer.products) == 1, timeout=3000)
    ev = window.library.get(window.current_id)
    assert ev.offer.products[0].name == "Cooker" and ev.offer.products[0].retail_price == 900
    assert len(notes_questions(ev)) == 10  # the two answered are no longer asked
    window.editor.undo_stack.undo()
    assert window.editor.evaluation.offer.products == []
    assert len(iv.recruiter_questions(window.editor.evaluation.offer.notes)) == 12


def _skip_while_the_editor_is_version_1(window) -> None:
    """Reopening needs the editor's document to be valid; until the editor writes format version
    2 (engineer payout-editor's branch) it writes version-1 payout keys, which version 2 refuses."""
    problems = window.editor.problems
    if window.editor.evaluation is None and problems and all(
            p.path.startswith("offer.payout.") and "unknown key" in p.render("en") for p in problems):
        pytest.xfail("the editor still writes the version-1 payout (until the payout-editor merge)")


def test_bad_number_is_refused_with_a_message_and_kept(qtbot, window):
    k = start(qtbot, window)
    k.choose(1)
    k.answer("X")
    k.answer("P")
    qtbot.keyClicks(focused(), "12abc")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert k.dialog.current == "retail_price"
    assert k.dialog.status.text() == "Not a number."
    assert k.dialog.input_widget().text() == "12abc"
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    k.answer("12")
    qtbot.keyClicks(focused(), "140")  # a commission over 100 %
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert k.dialog.current == "commission" and k.dialog.status.text() == "Type a number from 0 to 100."


def test_escape_closes_without_creating_anything(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox, QPushButton

    k = start(qtbot, window)
    k.choose(3)
    # an answer was given: Esc asks first (tests/ui/test_fixc_interview_discard.py); Discard
    monkeypatch.setattr(QMessageBox, "exec",
                        lambda box: box.findChild(QPushButton, "interviewDiscard").click() or 0)
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not k.dialog.isVisible()
    assert window.on_library_page() and window.library.list() == []


def test_f1_and_the_question_mark_open_the_glossary_on_the_pages_words(qtbot, window):
    from evaluator.ui.glossary_dialog import GlossaryDialog

    k = start(qtbot, window)
    k.choose(3)
    for text in ("A", "B", "10", "8", "", ""):
        k.answer(text)
    assert k.dialog.current == "autoship"
    qtbot.keyClick(focused(), Qt.Key.Key_F1)
    glossary = k.dialog.findChild(GlossaryDialog)
    assert glossary is not None and glossary.isVisible() and glossary.current_key() == "autoship"
    pv = k.dialog.findChild(type(k.dialog.next_button), "term_pv")
    pv.click()
    assert glossary.current_key() == "pv"


def test_the_interview_in_dutch(qtbot, make_window, settings):
    from evaluator.ui.appearance import install_translators

    settings.language_choice = "nl"
    install_translators("nl")
    window = make_window()
    k = start(qtbot, window)
    d = k.dialog
    assert d.windowTitle() == "Ik ben benaderd voor een kans"
    assert d.title.text() == "Hoe zou je volgens hen geld verdienen?"
    assert (d.back_button.text(), d.unknown_button.text(), d.next_button.text()) == (
        "&Terug", "&Weet ik niet", "&Volgende")
    k.choose(1)
    k.answer("Keukenwonder")
    k.answer("Multikoker")
    k.answer("1.400")         # Dutch: 1400
    k.alt(Qt.Key.Key_W)  # &Weet ik niet
    assert d.history[-2:] == ["retail_price", "commission"]
    assert d.answers["retail_price"] == 1400 and d.answers["commission"] is iv.UNKNOWN
    assert d.progress.text().startswith("Vraag 6 van ongeveer")


def test_interview_ts_has_every_string_of_the_dialog(tmp_path):
    """A string added to the dialog without re-running lupdate would show up in English."""
    import subprocess
    import sys
    import xml.etree.ElementTree as ET
    from pathlib import Path

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    root = Path(__file__).resolve().parents[2]
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), str(root / "evaluator" / "ui" / "interview_dialog.py"), "-ts", str(fresh)],
                   check=True, capture_output=True, timeout=60)

    def sources(path):
        return {(c.findtext("name"), m.findtext("source")) for c in ET.parse(path).getroot().iter("context")
                for m in c.findall("message") if m.find("translation").get("type") not in ("vanished", "obsolete")}

    missing = sources(fresh) - sources(root / "resources" / "i18n" / "interview_nl.ts")
    assert not missing and len(sources(fresh)) >= 20


def test_money_questions_show_the_currency_symbol(qtbot):
    # "€ per maand", as amounts are written everywhere else, not "EUR per maand" (review 11)
    dialog = InterviewDialog("nl")
    qtbot.addWidget(dialog)
    money = next(q for q in iv.QUESTIONS if q.kind == "money")
    assert dialog._unit(money).startswith("€")
    assert "EUR" not in dialog._unit(money)
    usd = InterviewDialog("en", currency="USD")
    qtbot.addWidget(usd)
    assert usd._unit(money).startswith("$")
