"""The app's look and language: Qt translators for the chosen language and the colour theme.

Used at start-up (``app.py``) and when the settings change (``main_window.py``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from ..resources import resource_path

_translators: list[QTranslator] = []


def _app() -> QApplication:
    """The running QApplication (the app and the tests always create one first)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a QApplication must exist"
    return app


def install_translators(lang: str) -> list[str]:
    """Replace the installed translators with those for ``lang``; returns the files loaded."""
    app = _app()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    loaded: list[str] = []
    if lang != "nl":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return loaded
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    # The app's own files, and qtgaps_nl.qm: Dutch for the Qt strings qtbase_nl.qm lacks (Qt 6.11's
    # file dialog says "&Look in:" and "Files of &type:", which qtbase_nl.qm knows without the "&").
    # A translator installed later is asked first, so qtbase_nl.qm wins wherever it has a text.
    files = sorted(Path(resource_path("i18n")).glob("*_nl.qm"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_nl.qm",):
        candidate = Path(qt_dir) / name
        if candidate.is_file():
            files.append(candidate)
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _translators.append(translator)
            loaded.append(path.name)
    return loaded


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(37, 37, 38), QColor(45, 45, 48), QColor(230, 230, 230)
    p.setColor(QPalette.ColorRole.Window, window)
    p.setColor(QPalette.ColorRole.WindowText, text)
    p.setColor(QPalette.ColorRole.Base, base)
    p.setColor(QPalette.ColorRole.AlternateBase, QColor(52, 52, 56))
    p.setColor(QPalette.ColorRole.ToolTipBase, QColor(60, 60, 64))
    p.setColor(QPalette.ColorRole.ToolTipText, text)
    p.setColor(QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150))
    p.setColor(QPalette.ColorRole.Text, text)
    p.setColor(QPalette.ColorRole.Button, window)
    p.setColor(QPalette.ColorRole.ButtonText, text)
    p.setColor(QPalette.ColorRole.BrightText, QColor(255, 90, 90))
    p.setColor(QPalette.ColorRole.Link, QColor(100, 170, 255))
    p.setColor(QPalette.ColorRole.Highlight, QColor(38, 110, 200))
    p.setColor(QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    # The 3D roles: left at their light defaults they drew a white line above the help line and
    # the splitter handles.
    p.setColor(QPalette.ColorRole.Light, QColor(75, 75, 80))
    p.setColor(QPalette.ColorRole.Midlight, QColor(62, 62, 66))
    p.setColor(QPalette.ColorRole.Mid, QColor(95, 95, 100))
    p.setColor(QPalette.ColorRole.Dark, QColor(28, 28, 30))
    p.setColor(QPalette.ColorRole.Shadow, QColor(15, 15, 15))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(125, 125, 125))
    return p


# Fusion draws field frames and check boxes in the window colour darkened, which on a dark window
# is all but invisible: in the dark theme they get a visible border of their own.
DARK_SHEET = """
QLineEdit, QPlainTextEdit { border: 1px solid #78787e; border-radius: 2px; background: #252526; }
QLineEdit:focus, QPlainTextEdit:focus { border: 1px solid #4a90e2; }
QCheckBox::indicator:unchecked { border: 1px solid #a0a0a6; background: #252526; width: 12px; height: 12px; }
"""


def apply_theme(theme: str) -> None:
    """'' follows the system's colour scheme; 'light' or 'dark' force one."""
    app = _app()
    app.setStyle("Fusion")
    scheme = QGuiApplication.styleHints().colorScheme()
    dark = theme == "dark" or (theme == "" and scheme == Qt.ColorScheme.Dark)
    if hasattr(QGuiApplication.styleHints(), "setColorScheme"):
        QGuiApplication.styleHints().setColorScheme(
            Qt.ColorScheme.Dark if dark else (Qt.ColorScheme.Light if theme == "light" else Qt.ColorScheme.Unknown))
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    app.setStyleSheet(DARK_SHEET if dark else "")
    # Widgets with a style sheet keep the palette they were polished with; re-applying the sheet
    # makes a switch while the app runs take effect everywhere.
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


__all__ = ["apply_theme", "dark_palette", "install_translators"]
