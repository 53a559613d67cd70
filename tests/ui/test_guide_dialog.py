"""The user guide dialog: its sections in the caller's language, keyboard navigation, links to
other sections, to the glossary and to the web, and a missing guide shown as a message."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl

from evaluator.core import guide
from evaluator.ui import guide_dialog
from evaluator.ui.glossary_dialog import GlossaryDialog
from evaluator.ui.guide_dialog import GuideDialog, open_guide

from .screens import shown


def plain(dialog) -> str:
    return dialog.text.toPlainText()


@pytest.fixture
def dialog(qtbot):
    return shown(qtbot, GuideDialog("nl"))


def test_shows_the_dutch_sections_and_opens_on_the_first(dialog):
    titles = [dialog.contents.item(i).text() for i in range(dialog.contents.count())]
    assert titles == [s.title for s in guide.sections("nl")]
    assert titles[0] == "Een aanbod beoordelen in vijf minuten"
    assert dialog.current_section() == "start"
    assert "Vul de kosten in." in plain(dialog)
    assert "**" not in plain(dialog)  # rendered Markdown, not its source


def test_arrow_keys_in_the_contents_change_the_section(dialog, qtbot):
    dialog.activateWindow()
    dialog.contents.setFocus()
    qtbot.keyClick(dialog.contents, Qt.Key.Key_Down)
    assert dialog.current_section() == "results"
    assert "De gewone deelnemer" in plain(dialog)
    qtbot.keyClick(dialog.contents, Qt.Key.Key_End)
    assert dialog.current_section() == "pyramid"
    assert "Doe niet mee" in plain(dialog)


def test_show_section_and_a_link_to_another_section(dialog):
    assert dialog.show_section("pyramid")
    dialog.text.anchorClicked.emit(QUrl("guide:verdict"))
    assert dialog.current_section() == "verdict"
    text = plain(dialog)
    assert "geen juridisch advies" in text
    for place in ("ConsuWijzer", "Kansspelautoriteit", "Fraudehelpdesk", "Juridisch Loket"):
        assert place in text
    assert not dialog.show_section("nope") and dialog.current_section() == "verdict"


def test_a_glossary_link_opens_the_glossary_on_that_term(dialog):
    dialog.text.anchorClicked.emit(QUrl("glossary:pv"))
    glossary_dialog = dialog.findChild(GlossaryDialog)
    assert glossary_dialog is not None and glossary_dialog.isVisible()
    assert glossary_dialog.current_key() == "pv" and glossary_dialog.lang == "nl"


def test_web_links_are_copied_not_opened_and_nothing_is_loaded(dialog, qapp):
    # the app opens no web pages by itself (tests/reliability/test_static_safety.py): a click
    # copies the address and says so beside the Close button
    dialog.show_section("verdict")
    dialog.text.anchorClicked.emit(QUrl("https://www.consuwijzer.nl"))
    assert qapp.clipboard().text() == "https://www.consuwijzer.nl"
    assert "https://www.consuwijzer.nl" in dialog.link_note.text()
    qapp.clipboard().setText("unchanged")
    dialog.text.anchorClicked.emit(QUrl("file:///etc/passwd"))  # neither copied nor shown
    assert qapp.clipboard().text() == "unchanged" and dialog.current_section() == "verdict"
    dialog.show_section("start")
    assert dialog.link_note.text() == ""  # the note belongs to the section it came from
    assert dialog.text.loadResource(0, QUrl("https://example.com/x.png")) is None


def test_english_and_switching_language_keeps_the_section(qtbot):
    d = GuideDialog("en", section="verdict")
    qtbot.addWidget(d)
    assert d.current_section() == "verdict" and "not legal advice" in plain(d)
    d.set_lang("nl")
    assert d.current_section() == "verdict" and "geen juridisch advies" in plain(d)


def test_open_guide_reuses_one_dialog_per_window(qtbot):
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    first = open_guide(window, "nl", "mlm")
    assert first.isVisible() and first.current_section() == "mlm"
    assert open_guide(window, "nl", "dealer") is first and first.current_section() == "dealer"


def test_a_missing_guide_is_a_message_not_a_crash(qtbot, monkeypatch):
    def missing(lang):
        raise guide.GuideMissing("gone")

    monkeypatch.setattr(guide_dialog.guide, "sections", missing)
    d = GuideDialog("en")
    qtbot.addWidget(d)
    assert d.section_keys() == [] and d.current_section() is None
    assert "missing" in plain(d)
    assert not d.show_section("start")
