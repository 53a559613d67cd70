"""Entry point of the frozen program (PyInstaller): the same as ``python -m evaluator``.

With ``OPPEVAL_BUNDLE_CHECK=1`` in the environment it instead prints, as JSON, what the bundle
found of itself (resources, Qt translations and plugins, fonts, matplotlib backends) and exits;
``packaging/bundle_tools.py smoke`` checks that report.
"""

import multiprocessing
import os
import sys


def bundle_check() -> int:
    import importlib
    import json

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QLibraryInfo
    from PySide6.QtGui import QFontDatabase, QGuiApplication, QImageReader

    from evaluator import __version__
    from evaluator.resources import example_paths, resource_dir, resource_path

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    backends = {}
    for name in ("agg", "svg", "pdf", "qtagg"):
        try:
            importlib.import_module(f"matplotlib.backends.backend_{name}")
            backends[name] = True
        except Exception as exc:  # report, do not crash: the smoke test says what is missing
            backends[name] = f"{type(exc).__name__}: {exc}"
    report = {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "executable": sys.executable,
        "resource_dir": str(resource_dir()),
        "examples": [p.name for p in example_paths()],
        "app_translations": sorted(p.name for p in resource_path("i18n").glob("*.qm")),
        "icon": resource_path("icons", "opportunity-evaluator.svg").is_file(),
        "schema": sorted(p.name for p in resource_path("schema").glob("*.json")),
        "qt_translations_dir": qt_translations,
        "qtbase_nl": os.path.isfile(os.path.join(qt_translations, "qtbase_nl.qm")),
        "font_families": len(QFontDatabase.families()),
        "image_formats": sorted(bytes(f).decode() for f in QImageReader.supportedImageFormats()),
        "matplotlib_backends": backends,
    }
    print(json.dumps(report, indent=2))
    del app
    return 0


if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless where unused; needed if a worker process is ever spawned
    if os.environ.get("OPPEVAL_BUNDLE_CHECK"):
        sys.exit(bundle_check())
    from evaluator.cli import main

    sys.exit(main())
