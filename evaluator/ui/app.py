"""Start the desktop app: ``run_app(path)``.

Start-up order: QApplication, preferences, translators (Dutch: every ``resources/i18n/*_nl.qm``
plus Qt's own ``qtbase_nl``), colours, the library (a damaged database is reported, and work goes
on in a fresh one), the window, then the crash-recovery offer and the file from the command line.
matplotlib and numpy are not imported here: the results panel loads them once the window is up.

``OPPEVAL_STARTUP_BENCH=1`` prints the wall-clock time (``time.time()``) when the first window has
been shown, and quits: ``benchmarks/bench_startup.py`` uses it.

Translators and colours live in ``appearance.py`` (the window applies them when the settings
change, so they sit below both this module and ``main_window.py``).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..resources import resource_path
from .appearance import apply_theme, dark_palette, install_translators
from .main_window import MainWindow
from .settings import APP_NAME, AppSettings

def ensure_app(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else None
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
    # None makes "import numpy" raise ImportError for this moment (typeshed types it as a module).
    sys.modules["numpy"] = None  # type: ignore[assignment]
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


__all__ = ["apply_theme", "create_main_window", "dark_palette", "ensure_app", "install_translators",
           "open_library", "run_app"]
