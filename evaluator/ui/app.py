"""Start the desktop app: ``run_app(path)``.

Start-up order: QApplication, preferences, translators (Dutch: every ``resources/i18n/*_nl.qm``
plus Qt's own ``qtbase_nl``), colours, the library (a damaged database is reported, and work goes
on in a fresh one), the window, then the crash-recovery offer and the file from the command line.
matplotlib and numpy are not imported here: the results panel loads them once the window is up.

``OPPEVAL_STARTUP_BENCH=1`` prints the wall-clock time (``time.time()``) when the first window has
been shown, and quits: ``benchmarks/bench_startup.py`` uses it.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from ..resources import resource_path
from .settings import APP_NAME, AppSettings

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


def ensure_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Opportunity Evaluator")
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
    icon = resource_path("icons", "opportunity-evaluator.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _import_sqlite_utils_without_numpy() -> None:
    """sqlite-utils imports numpy (if installed) only to map numpy column types, which the library
    never stores; that import alone costs 0.2-0.4 s of the start-up. Import sqlite-utils with numpy
    hidden, then unhide it, so numpy loads later with the charts, after the window is up."""
    if "sqlite_utils" in sys.modules or "numpy" in sys.modules:
        return
    sys.modules["numpy"] = None  # makes "import numpy" raise ImportError for this moment
    try:
        import sqlite_utils  # noqa: F401
    finally:
        del sys.modules["numpy"]


def open_library(parent=None):
    """The per-user library; if it cannot be used at all, a temporary one (and say so)."""
    _import_sqlite_utils_without_numpy()
    from ..storage.library import Library, LibraryError

    try:
        return Library.open()
    except (LibraryError, OSError) as exc:
        import atexit
        import shutil
        import tempfile

        from . import dialogs

        folder = tempfile.mkdtemp(prefix="oppeval-")
        atexit.register(shutil.rmtree, folder, True)  # the temporary library is not kept
        dialogs.show_error(parent, QApplication.translate("App", "Library not available"),
                           QApplication.translate("App", "Your library cannot be opened; this session "
                                                  "uses a temporary library that is not kept."), str(exc))
        return Library.open(Path(folder) / "library.sqlite3")


def create_main_window(path: str | None = None, settings: AppSettings | None = None, library=None):
    """Everything ``run_app`` does except running the event loop (tests use this)."""
    ensure_app()
    settings = settings or AppSettings()
    install_translators(settings.language)
    apply_theme(settings.theme)
    from .main_window import MainWindow

    library = library or open_library()
    window = MainWindow(library, settings, settings.language)
    window.show()
    window.report_recovery()
    window.offer_draft_restore()
    if path:
        window.open_path(path)
    return window


def run_app(path: str | None = None) -> int:
    from .. import logsetup

    logsetup.ensure()  # the command line set it up already (with --debug); a direct start here
    app = ensure_app([APP_NAME])  # also the X11 WM_CLASS the desktop file matches
    window = create_main_window(path)
    if os.environ.get("OPPEVAL_STARTUP_BENCH"):
        def report() -> None:
            heavy = ",".join(m for m in ("matplotlib", "numpy") if m in sys.modules) or "-"
            print(f"WINDOW_SHOWN {time.time():.6f} heavy={heavy} {window.windowTitle()}", flush=True)
            window.close()
            app.quit()

        QTimer.singleShot(0, report)
    status = app.exec()
    window.library.close()
    return status
