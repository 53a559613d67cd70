"""The glossary dialog, driven like a user would: typing in the search field, the arrow keys,
Enter and Esc, following a "see also" link, opening it on a term or a model field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QWidget

from evaluator.core import glossary
from evaluator.ui.glossary_dialog import GlossaryDialog, has_entry, open_for_field, open_glossary

from .screens import shown


def plain(dialog) -> str:
    return dialog.text.toPlainText().replace("\u00a0", " ")


@pytest.fixture
def dialog(qtbot):
    return shown(qtbot, GlossaryDialog("nl"))


def test_opens_on_every_term_alphabetically_in_dutch(dialog):
    keys = dialog.listed_keys()
    assert len(keys) == len(glossary.entries()) >= 30
    assert keys == [e.key for e in glossary.entries("nl")]
    assert dialog.current_key() == keys[0] == "active_participant"  # 'Actieve deelnemer'
    assert "Actieve deelnemer" in plain(dialog)


def test_typing_in_the_search_field_filters_and_shows_the_best_match(dialog, qtbot):
    qtbot.keyClicks(dialog.search, "terugkoop")
    assert dialog.listed_keys()[0] == "buyback"
    assert dialog.current_key() == "buyback"
    text = plain(dialog)
    assert "Terugkoopregeling" in text
    assert "Bij 90% terugkoop krijg je € 540 terug" in text  # 90% of € 600
    assert "Aankoopverplichtingen › Terugkoopregeling" in text  # where you enter it, by its label


def test_search_finds_english_words_in_the_dutch_glossary(dialog, qtbot):
    qtbot.keyClicks(dialog.search, "cooling off")
    assert dialog.current_key() == "cooling_off"
    assert plain(dialog).startswith("Bedenktijd")


def test_arrow_keys_in_the_search_field_move_through_the_list_enter_goes_to_it(dialog, qtbot):
    qtbot.keyClicks(dialog.search, "bonus")
    listed = dialog.listed_keys()
    assert len(listed) >= 4 and "recruit_bonus" in listed and "rank_bonus" in listed
    assert dialog.current_key() == listed[0]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.current_key() == listed[1]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.current_key() == listed[2]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Up)
    assert dialog.current_key() == listed[1]
    qtbot.keyClick(dialog.search, Qt.Key.Key_PageDown)  # stops at the last row
    assert dialog.current_key() == listed[-1]
    assert dialog.search.text() == "bonus"  # the arrows did not type anything
    dialog.activateWindow()
    dialog.search.setFocus()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.list.hasFocus())
    assert dialog.isVisible()  # Enter did not close the dialog
    qtbot.keyClick(dialog.list, Qt.Key.Key_Home)
    assert dialog.current_key() == listed[0]


def test_escape_closes(dialog, qtbot):
    qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_show_term_clears_a_search_that_hides_it(dialog, qtbot):
    qtbot.keyClicks(dialog.search, "autoship")
    assert "seed" not in dialog.listed_keys()
    assert dialog.show_term("seed")
    assert dialog.current_key() == "seed" and dialog.search.text() == ""
    assert "Startwaarde toeval (seed)" in plain(dialog)
    assert not dialog.show_term("no_such_term")
    assert dialog.current_key() == "seed"


def test_hostile_search_text_is_shown_literally(dialog, qtbot):
    hostile = '<b>vet</b><img src="x"><a href="glossary:pv">klik</a>'
    dialog.search.setText(hostile)
    assert dialog.listed_keys() == [] and dialog.current_key() is None
    text = plain(dialog)
    assert hostile in text  # shown as typed, not interpreted
    html = dialog.text.toHtml()
    assert "<b>vet</b>" not in html and "<img" not in html and 'href="glossary:pv"' not in html


def test_see_also_links_open_the_other_term(dialog):
    dialog.show_term("pv")
    assert 'href="glossary:gv"' in dialog.text.toHtml()
    dialog.text.anchorClicked.emit(QUrl("glossary:gv"))
    assert dialog.current_key() == "gv"
    requested = []
    dialog.guide_requested.connect(requested.append)
    dialog.text.anchorClicked.emit(QUrl("guide:verdict"))
    assert requested == ["verdict"] and dialog.current_key() == "gv"


def test_english_and_switching_language_keeps_the_term(qtbot):
    d = GlossaryDialog("en", key="cooling_off")
    qtbot.addWidget(d)
    assert plain(d).startswith("Cooling-off period")
    assert "you can change your mind within two weeks and get the €350 back" in plain(d)
    d.set_lang("nl")
    assert d.current_key() == "cooling_off" and plain(d).startswith("Bedenktijd")
    assert d.listed_keys() == [e.key for e in glossary.entries("nl")]


def test_open_for_field_opens_one_glossary_per_window_on_the_fields_term(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    assert has_entry("offer.requirements.cooling_off_days") and not has_entry("offer.name")
    first = open_for_field(window, "nl", "offer.requirements.cooling_off_days")
    assert first is not None and first.isVisible() and first.current_key() == "cooling_off"
    second = open_for_field(window, "nl", "offer.products[4].volume")  # a row of the products table
    assert second is first and first.current_key() == "volume"
    assert open_for_field(window, "nl", "offer.name") is None
    again = open_glossary(window, "en", "seed")
    assert again is first and again.lang == "en" and plain(again).startswith("Seed (of the simulation)")


def test_tab_reaches_the_see_also_links_and_enter_follows_one(qtbot, qapp):
    d = GlossaryDialog("nl", key="pv")
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    d.search.setFocus()
    qtbot.waitUntil(lambda: d.search.hasFocus())
    visited = []
    for _ in range(8):  # search -> list -> text, its four links one by one -> Close -> search
        qtbot.keyClick(qapp.focusWidget(), Qt.Key.Key_Tab)
        visited.append((qapp.focusWidget().objectName(), d.text.textCursor().selectedText()))
    assert visited[0][0] == "glossaryTerms" and visited[1] == ("glossaryText", "")
    assert [v[1] for v in visited[2:6]] == ["Volume (punten)", "Groepsvolume (GV)", "Kwalificatie",
                                            "Automatische bestelling (autoship)"]
    assert visited[7][0] == "glossarySearch"  # focus went round, no trap in the text
    d.text.setFocus()
    qtbot.keyClick(d.text, Qt.Key.Key_Tab)  # first link: 'Volume (punten)'
    qtbot.keyClick(d.text, Qt.Key.Key_Return)
    assert d.current_key() == "volume" and d.isVisible()
