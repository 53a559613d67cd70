"""The window opens inside the available screen (1024x768 included), remembers its size and place,
and restores them only when they fit a current screen; the reference wage comes from core/law.py."""

from __future__ import annotations

import textwrap

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication

from evaluator.ui.main_window import DEFAULT_WINDOW_SIZE, parse_rect, rect_text, window_rect

from .screens import DUTCH_APP, run_on_screen


def test_default_window_is_shrunk_and_centred_on_a_1024x768_screen():
    # width min(1360, 1024 - 16) = 1008, height min(860, 768 - 40) = 728;
    # left (1024 - 1008) / 2 = 8, top (768 - 728 - 40) / 2 + 32 = 32: bottom 32 + 728 = 760,
    # and the frame's 8 px below it end at 768.
    assert window_rect(None, [QRect(0, 0, 1024, 768)]) == QRect(8, 32, 1008, 728)


def test_default_window_keeps_its_size_on_a_large_screen_with_a_panel():
    # A 1920x1080 screen with a 40 px panel on top: available (0, 40, 1920, 1040).
    # left (1920 - 1360) / 2 = 280, top 40 + (1040 - 860 - 40) / 2 + 32 = 142.
    assert DEFAULT_WINDOW_SIZE == QSize(1360, 860)
    assert window_rect(None, [QRect(0, 40, 1920, 1040)]) == QRect(280, 142, 1360, 860)


def test_saved_geometry_is_restored_only_where_it_fits():
    screens = [QRect(0, 0, 1024, 768), QRect(1024, 0, 1920, 1080)]
    on_second = QRect(1200, 100, 1300, 800)  # inside the second screen (1024..2944 x 0..1080)
    assert window_rect(on_second, screens) == on_second
    # The second screen was unplugged: back to the default on the first.
    assert window_rect(on_second, screens[:1]) == QRect(8, 32, 1008, 728)
    # Too large for the screen it was on (1100 > 1024 wide).
    assert window_rect(QRect(0, 0, 1100, 700), screens[:1]) == QRect(8, 32, 1008, 728)


def test_saved_rectangle_text_round_trips_and_bad_values_are_ignored():
    assert parse_rect(rect_text(QRect(5, 6, 700, 500))) == QRect(5, 6, 700, 500)
    assert parse_rect(["5", "6", "700", "500"]) == QRect(5, 6, 700, 500)  # QSettings' list form
    for bad in (None, "", "abc", "1,2,3", "1,2,0,5", "1,2,-7,5", b"\x01\xd9\xd0\xcb"):
        assert parse_rect(bad) is None, bad


SCRIPT = DUTCH_APP + textwrap.dedent("""
    from PySide6.QtWidgets import QApplication

    def opened(key, rect=None):
        if rect is not None:
            settings.set_value("window/rect", rect)
        window = MainWindow(library, settings, "nl")
        window.show()
        window.new_evaluation()
        app.processEvents()
        out[key] = list(window.geometry().getRect())
        out[key + "_min"] = [window.minimumSizeHint().width(), window.minimumSizeHint().height()]
        return window

    def cut_off(window):
        # Editor sections wider than their pane, and labels narrower than their text.
        from PySide6.QtWidgets import QLabel
        wide, clipped = [], []
        for i, page in enumerate(window.editor.pages):
            window.editor.nav.setCurrentRow(i)
            app.processEvents()
            if page.widget.horizontalScrollBar().maximum() > 0:
                wide.append(page.key)
            for label in page.inner.findChildren(QLabel):
                if (label.isVisibleTo(page.inner) and label.text() and not label.wordWrap()
                        and label.width() < label.sizeHint().width()):
                    clipped.append(page.key + ": " + label.text())
        return wide, clipped

    first = opened("first")
    first.start_from_example(str(__import__("evaluator.resources").resources.example_paths()[2]))
    out["wide"], out["clipped"] = cut_off(first)
    first.setGeometry(10, 20, 980, 600)  # the user moves and resizes it, then quits
    app.processEvents()
    first.close()
    app.processEvents()
    out["saved"] = str(settings.value("window/rect"))
    opened("second").close()
    opened("offscreen", "3000,100,900,600").close()  # saved on a screen that is gone
    library.close()
    print("RESULT " + json.dumps(out))
""")


def test_window_on_a_1024x768_screen_opens_inside_it_and_remembers_its_place(tmp_path):
    out = run_on_screen(tmp_path, SCRIPT, 1024, 768, timeout=90)
    assert out["screen"] == [0, 0, 1024, 768]
    # The first start: the default shrunk to the screen (see the first test), and the editor page
    # in Dutch fits in it (its minimum size is below the window's size).
    assert out["first"] == [8, 32, 1008, 728]
    assert out["first_min"][0] <= 1008 and out["first_min"][1] <= 728
    # In Dutch, no section of the editor is wider than its pane and no label is cut off.
    assert out["wide"] == [] and out["clipped"] == []
    # Moved and resized, then restored there at the next start.
    assert out["saved"] == "10,20,980,600"
    assert out["second"] == [10, 20, 980, 600]
    # A place on a screen that is gone is not restored: the default again.
    assert out["offscreen"] == [8, 32, 1008, 728]


def test_reference_wage_default_and_note_come_from_the_law_module(qtbot, settings):
    from evaluator.core.law import reference_wage
    from evaluator.ui.settings import DEFAULT_REFERENCE_WAGE, SettingsDialog

    wage = reference_wage()
    assert DEFAULT_REFERENCE_WAGE == wage.value and settings.reference_wage == wage.value
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    # The note names the law module's value and date: "€14.71 an hour (... from 1 January 2026)".
    assert wage.label("en") in dialog.wage_note.text()
    assert "1 January 2026" in dialog.wage_note.text() and "14.71" in dialog.wage_note.text()
    # "14.710" could be 14.71 or 14,710; only 14.71 is a plausible hourly wage (at most 1000).
    dialog.wage.setText("14.710")
    dialog.accept()
    assert settings.reference_wage == 14.71 and not dialog.wage_error.text()
    dialog.wage.setText("-1")
    dialog.accept()
    assert dialog.wage_error.text() == "Enter an amount of 0 or more, e.g. 14.71."


def test_results_use_the_law_wage_with_its_date(qtbot, window):
    from evaluator.resources import example_paths

    window.start_from_example(str(example_paths()[0]))
    value, note, currency = window.results_panel._ref_wage
    # 14.71 EUR from 1 January 2026 (core/law.py), named with its date.
    assert (value, currency) == (14.71, "EUR")
    assert note == "the Dutch statutory minimum hourly wage (21 and over) from 1 January 2026"


def test_settings_note_is_not_cut_off_in_dutch_even_with_an_error_shown(qtbot, settings):
    from evaluator.ui.appearance import install_translators
    from evaluator.ui.settings import SettingsDialog

    settings.language_choice = "nl"
    install_translators("nl")
    try:
        dialog = SettingsDialog(settings)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        note = dialog.wage_note
        assert "vanaf 1 januari 2026" in note.text()
        assert note.height() >= note.heightForWidth(note.width())
        dialog.wage.setText("abc")
        dialog.accept()  # refused: the error line appears above the note
        QApplication.processEvents()
        assert dialog.wage_error.text() == "Vul een bedrag van 0 of meer in, bijv. 14,71."
        assert note.height() >= note.heightForWidth(note.width()), "the note's last lines are cut off"
    finally:
        install_translators("en")
