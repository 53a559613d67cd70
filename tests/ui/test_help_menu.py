"""The Help menu opens the user guide and the glossary, in the window's language."""

from __future__ import annotations

from evaluator.ui.glossary_dialog import GlossaryDialog
from evaluator.ui.guide_dialog import GuideDialog


def _help_texts(window) -> list[str]:
    return [a.text() for a in window.menu_help.actions() if not a.isSeparator()]


def test_help_menu_lists_guide_glossary_and_about(make_window):
    window = make_window()
    assert _help_texts(window) == ["&User Guide", "&Glossary", "&About"]


def test_help_menu_opens_the_guide_and_the_glossary_on_a_term(make_window, qtbot):
    window = make_window()
    window.act_guide.trigger()
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    assert guide.current_section() in guide.section_keys()
    dialog = window.open_glossary("autoship")
    assert isinstance(dialog, GlossaryDialog) and dialog.isVisible()
    assert window.findChildren(GlossaryDialog) == [dialog]  # one per window
    window.act_glossary.trigger()
    assert window.findChildren(GlossaryDialog) == [dialog]
    guide.close()
    dialog.close()


def test_help_menu_follows_dutch(make_window):
    from evaluator.ui.appearance import install_translators

    window = make_window()  # installs the settings' (English) translators
    install_translators("nl")
    try:
        window.set_language("nl")
        assert _help_texts(window) == ["&Handleiding", "&Woordenlijst", "&Over"]
        dialog = window.open_glossary()
        assert dialog.lang == "nl"
        dialog.close()
    finally:
        install_translators("en")
