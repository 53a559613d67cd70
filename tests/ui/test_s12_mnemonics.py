"""Session 12: no two controls one can see at once in the evaluation view share an Alt+letter
(in Dutch "Be&werken" and "&Wat als…?" did: Alt+W opened the Edit menu and the what-if toggle
could not be reached by it; "Beel&d" and "Onderdeel verwij&deren" too), on every page of the
editor, in English and in Dutch."""

from __future__ import annotations

from collections import defaultdict

import pytest

from evaluator.resources import example_paths


def _mnemonic(text: str) -> str | None:
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            return text[i + 1].upper()
        i += 1
    return None


def _visible_mnemonics(window) -> dict[str, list[str]]:
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    found: dict[str, list[str]] = defaultdict(list)
    for action in window.menuBar().actions():
        letter = _mnemonic(action.text())
        if letter and action.isVisible():
            found[letter].append("menu " + action.text())
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QGroupBox):
        if not widget.isVisibleTo(window):  # (disabled ones too: they are enabled as you go)
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        letter = _mnemonic(text)
        if letter:
            found[letter].append(type(widget).__name__ + " " + text)
    for label in window.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(window):
            letter = _mnemonic(label.text())
            if letter:
                found[letter].append("label " + label.text())
    return found


def _window(make_window, settings, lang: str, example: bool = True):
    """The main window in ``lang``, with the fast-start example open or on the library page."""
    from evaluator.ui.appearance import install_translators

    settings.language_choice = lang
    install_translators(lang)
    if not example:
        return make_window()
    return make_window(str(next(p for p in example_paths() if p.stem == "mlm-unilevel-fast-start-matching")))


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_alt_letter_is_taken_twice_on_any_editor_page(qtbot, make_window, settings, lang):
    window = _window(make_window, settings, lang)
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    editor = window.editor
    clashes = {}

    def scan(where: str) -> None:
        for letter, owners in _visible_mnemonics(window).items():
            # the same button once per table ("Add row" under each table) is one control
            # repeated: Alt+letter moves the focus from one to the next (Qt's ambiguous shortcut)
            if len({owner.split(" ", 1)[1] for owner in owners}) > 1:
                clashes[(where, letter)] = owners

    for whatif in (False, True):  # the what-if panel closed and open
        window.whatif_toggle.setChecked(whatif)
        for tab in range(window._right_tabs.count()):  # results, simulation
            window._right_tabs.setCurrentIndex(tab)
            for row in range(editor.nav.count()):
                editor.nav.setCurrentRow(row)
                qtbot.wait(5)
                scan(f"{editor.nav.item(row).text()}, {window._right_tabs.tabText(tab)}"
                     + (", what if" if whatif else ""))
    assert clashes == {}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_alt_letter_is_taken_twice_on_the_library_page(qtbot, make_window, settings, lang):
    window = _window(make_window, settings, lang, example=False)
    window.resize(1280, 900)
    window.show()
    qtbot.waitExposed(window)
    assert window.on_library_page()
    clashes = {letter: owners for letter, owners in _visible_mnemonics(window).items()
               if len({owner.split(" ", 1)[1] for owner in owners}) > 1}
    assert clashes == {}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_alt_letter_is_taken_twice_in_a_menu(qtbot, make_window, settings, lang):
    window = _window(make_window, settings, lang)
    clashes = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        letters: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = None if action.isSeparator() else _mnemonic(action.text())
            if letter:
                letters[letter].append(action.text())
        clashes.update({(top.text(), k): v for k, v in letters.items() if len(v) > 1})
    assert clashes == {}


def _clashes_in(widget) -> dict[str, list[str]]:
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

    found: dict[str, list[str]] = defaultdict(list)
    for child in widget.findChildren(QAbstractButton) + widget.findChildren(QGroupBox) + widget.findChildren(QLabel):
        if isinstance(child, QLabel) and child.buddy() is None:
            continue
        if not child.isVisibleTo(widget):
            continue
        text = child.title() if isinstance(child, QGroupBox) else child.text()
        letter = _mnemonic(text)
        if letter:
            found[letter].append(text)
    return {k: v for k, v in found.items() if len(set(v)) > 1}


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_no_alt_letter_is_taken_twice_in_a_dialog(qtbot, make_window, settings, lang):
    from PySide6.QtWidgets import QWidget

    from evaluator.ui.dialogs import CompareDialog
    from evaluator.ui.glossary_dialog import GlossaryDialog
    from evaluator.ui.guide_dialog import GuideDialog
    from evaluator.ui.settings import SettingsDialog

    window = _window(make_window, settings, lang, example=False)
    clashes = {}
    for name, dialog in (("settings", SettingsDialog(settings, window)),
                         ("compare", CompareDialog(QWidget(), window)),
                         ("glossary", GlossaryDialog(lang, window)),
                         ("guide", GuideDialog(lang, window))):
        dialog.show()
        qtbot.waitExposed(dialog)
        clashes.update({(name, k): v for k, v in _clashes_in(dialog).items()})
        dialog.close()
    assert clashes == {}
