"""The printable PDF summary (SPEC section 1, step 6; ``report`` command, section 7).

``write_report(evaluation, out_path, lang, paper, simulation=None)`` writes the PDF atomically:
a temp file in the target folder, replaced into place only when complete; any failure leaves
neither a file nor a temp file behind. ``PreparedReport`` holds the content and the chart
drawings so that the print dialog and the print preview can paint the same report on a printer
as often as they like.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..core.fileformat import atomic_replace

from .content import ReportContent, build_content

LANGS = ("nl", "en")
PAPERS = ("a4", "letter")
# The report aims at 2 to 6 pages: a long one (many red flags, products or disclosure tiers) is
# laid out again with text and charts a little smaller, and then with long lists and free texts
# in the appendix cut shorter. An extreme evaluation can still take more pages: nothing is dropped
# from the findings themselves.
MAX_PAGES = 6
SCALES = (1.0, 0.92, 0.85)


class ReportError(Exception):
    """A report could not be written; the message is for the user."""


def default_paper(lang: str) -> str:
    """Dutch readers get A4; English ones too unless they ask (A4 is the world's default)."""
    return "a4"


def ensure_qt_app():
    """The running Qt application, or a new one for fonts and painting: headless (offscreen)
    when there is no display. A QApplication rather than a QGuiApplication, so that widgets can
    still be made later in the same process (one Qt application per process, for good)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        return app
    if not os.environ.get("QT_QPA_PLATFORM") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")) and os.name == "posix":
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QApplication(["opportunity-evaluator"])


class PreparedReport:
    """The report's content and chart drawings, ready to be laid out on any paged device."""

    def __init__(self, evaluation, lang: str = "nl", simulation=None, analysis=None,
                 today=None) -> None:
        if lang not in LANGS:
            raise ReportError(f"unknown report language {lang!r} (use nl or en)")
        if analysis is None:
            from ..core.analysis import analyze

            analysis = analyze(evaluation, lang, simulation)
        self.evaluation = evaluation
        self.analysis = analysis
        self.lang = lang
        self.simulation = simulation
        self.today = today
        self.compact = False
        self._build()

    def _build(self) -> None:
        from .engine import chart_svg

        self.content: ReportContent = build_content(self.evaluation, self.analysis, self.lang,
                                                    self.simulation, self.today,
                                                    compact=self.compact)
        currency = self.evaluation.offer.currency
        self.svgs = {spec.token: chart_svg(spec, self.lang, currency) for spec in self.content.charts}

    def paint_on(self, device, fail_after_page: int | None = None) -> int:
        """Lay out for ``device`` (a QPdfWriter or QPrinter) and paint every page; returns the
        page count."""
        from .engine import lay_out, paint

        laid = None
        for compact in (False, True):
            if compact != self.compact:
                if laid is not None and laid.page_count <= MAX_PAGES:
                    break
                self.compact = compact
                self._build()
            for scale in SCALES:
                laid = lay_out(self.content, self.svgs, device, scale)
                if laid.page_count <= MAX_PAGES:
                    break
            if laid.page_count <= MAX_PAGES:
                break
        paint(laid, device, self.content, fail_after_page=fail_after_page)
        return laid.page_count

    def write_pdf(self, out_path: str | os.PathLike, paper: str = "a4",
                  fail_after_page: int | None = None) -> int:
        """Write the PDF atomically; returns the page count."""
        if paper not in PAPERS:
            raise ReportError(f"unknown paper size {paper!r} (use a4 or letter)")
        from PySide6.QtGui import QPdfWriter

        from .. import __version__
        from .engine import page_layout

        out = Path(out_path)
        folder = out.parent if str(out.parent) else Path(".")
        if out.exists() and out.is_dir():
            raise ReportError(f"{out}: is a folder")
        if not folder.is_dir():
            raise ReportError(f"{folder}: the folder does not exist")
        if not os.access(folder, os.W_OK | os.X_OK):
            raise ReportError(f"{folder}: the folder is not writable")
        try:
            with atomic_replace(out) as tmp:
                writer = QPdfWriter(str(tmp))
                writer.setResolution(1200)
                writer.setPageLayout(page_layout(paper))
                writer.setTitle(self.content.title)
                writer.setCreator(f"Opportunity Evaluator {__version__}")
                pages = self.paint_on(writer, fail_after_page=fail_after_page)
                del writer  # closes the file
                if os.path.getsize(tmp) == 0:
                    raise ReportError(f"{out}: the PDF could not be written")
        except OSError as exc:
            raise ReportError(f"{folder}: cannot write here ({exc.strerror or exc})") from None
        return pages


def write_report(evaluation, out_path, lang: str = "nl", paper: str = "a4", simulation=None,
                 analysis=None) -> int:
    """Write the PDF summary of ``evaluation`` to ``out_path``; returns the number of pages.

    Raises :class:`ReportError` for bad options or an unwritable destination, and writes nothing
    then (nor on any other failure).
    """
    if lang not in LANGS:
        raise ReportError(f"unknown report language {lang!r} (use nl or en)")
    if paper not in PAPERS:
        raise ReportError(f"unknown paper size {paper!r} (use a4 or letter)")
    ensure_qt_app()
    report = PreparedReport(evaluation, lang, simulation, analysis)
    return report.write_pdf(out_path, paper)


__all__ = ["LANGS", "PAPERS", "PreparedReport", "ReportError", "ensure_qt_app", "write_report"]
