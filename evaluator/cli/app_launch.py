"""Start the desktop app, or explain plainly why it cannot start on a machine with no display."""

from __future__ import annotations

import logging
import os
import sys

logger = logging.getLogger(__name__)

HEADLESS_HELP = """opportunity-evaluator: no display found, so the desktop app cannot open a window.
Headless alternatives:
  xvfb-run make run                                   run the app on a virtual screen
  opportunity-evaluator analyze FILE                  the analysis as text (add --json for JSON)
  opportunity-evaluator report FILE -o summary.pdf    the printable PDF summary
"""


def has_display() -> bool:
    if sys.platform.startswith("linux"):
        if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
            return True
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def launch(path: str | None) -> int:
    if not has_display():
        logger.info("no display: the app cannot start")
        sys.stderr.write(HEADLESS_HELP)
        return 1
    logger.info("starting the app%s", f" with {path!r}" if path else "")
    try:
        from ..ui.app import run_app
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("evaluator.ui"):
            raise
        sys.stderr.write("opportunity-evaluator: the desktop app is not available yet in this version; "
                         "use 'analyze' or 'validate'.\n")
        return 2
    return run_app(path)
