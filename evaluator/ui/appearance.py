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


def install_translators(lang: str) -> list[str]:
    """Replace the installed translators with those for ``lang``; returns the files loaded."""
    app = QApplication.instance()
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    loaded: list[str] = []
    if lang != "nl":
        QLocale.setDefault(QLocale(QLocale.English, QLocale.UnitedKingdom))
        return loaded
    QLocale.setDefault(QLocale(QLocale.Dutch, QLocale.Netherlands))
    files = sorted(Path(resource_path("i18n")).glob("*_nl.qm"))
    qt_dir = QLibraryInfo.path(QLibraryInfo.TranslationsPath)
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
    p.setColor(QPalette.Window, window)
    p.setColor(QPalette.WindowText, text)
    p.setColor(QPalette.Base, base)
    p.setColor(QPalette.AlternateBase, QColor(52, 52, 56))
    p.setColor(QPalette.ToolTipBase, QColor(60, 60, 64))
    p.setColor(QPalette.ToolTipText, text)
    p.setColor(QPalette.PlaceholderText, QColor(150, 150, 150))
    p.setColor(QPalette.Text, text)
    p.setColor(QPalette.Button, window)
    p.setColor(QPalette.ButtonText, text)
    p.setColor(QPalette.BrightText, QColor(255, 90, 90))
    p.setColor(QPalette.Link, QColor(100, 170, 255))
    p.setColor(QPalette.Highlight, QColor(38, 110, 200))
    p.setColor(QPalette.HighlightedText, QColor(255, 255, 255))
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor(125, 125, 125))
    return p


def apply_theme(theme: str) -> None:
    """'' follows the system's colour scheme; 'light' or 'dark' force one."""
    app = QApplication.instance()
    app.setStyle("Fusion")
    scheme = QGuiApplication.styleHints().colorScheme()
    dark = theme == "dark" or (theme == "" and scheme == Qt.ColorScheme.Dark)
    if hasattr(QGuiApplication.styleHints(), "setColorScheme"):
        QGuiApplication.styleHints().setColorScheme(
            Qt.ColorScheme.Dark if dark else (Qt.ColorScheme.Light if theme == "light" else Qt.ColorScheme.Unknown))
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    # Widgets with a style sheet keep the palette they were polished with; re-applying the sheet
    # makes a switch while the app runs take effect everywhere.
    for widget in app.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet("")
            widget.setStyleSheet(sheet)


__all__ = ["apply_theme", "dark_palette", "install_translators"]
