"""The PySide6 desktop app. ``evaluator.ui.app.run_app(path)`` starts it.

Everything here sits on top of ``evaluator.core`` and ``evaluator.storage``, which never import Qt.
"""
