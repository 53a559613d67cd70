"""The printable PDF summary (SPEC section 1, step 6; ``report`` command, section 7).

``write_report(evaluation, out_path, lang, paper, simulation=None)`` renders the whole PDF into
memory (a ``QBuffer``: Qt's PDF writer does not report short writes), checks that it is a
complete PDF, and only then writes it with :func:`evaluator.core.safefile.write_atomic` (a write
loop that reports a full disk, fsync, ``os.replace``). Any failure leaves the old file as it was
and no temp file behind; a symlink, a FIFO or a device at the output path is refused, never
replaced (``report -o /dev/null`` leaves ``/dev/null`` alone). ``PreparedReport`` holds the content and the chart
drawings so that the print dialog and the print preview can paint the same report on a printer
as often as they like.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..core import safefile
from ..core.i18n import tr
from ..core.textsafe import plain_text

from .content import ReportContent, build_content

if TYPE_CHECKING:  # pragma: no cover
    from .engine import LaidOut

logger = logging.getLogger(__name__)

LANGS = ("nl", "en")
PAPERS = ("a4", "letter")
# The report aims at 2 to 6 pages: a long one (many red flags, products or disclosure tiers) is
# laid out again with text and charts a little smaller, and then with long lists and free texts
# in the appendix cut shorter. An extreme evaluation can still take more pages: nothing is dropped
# from the findings themselves.
MAX_PAGES = 8  # 6 and, since SPEC 12, the one-page summary first and "Before you join"
KINDS = ("full", "summary", "checklist")  # the whole report, the one-page summary, the checklist
SCALES = (1.0, 0.92, 0.85)


class ReportError(Exception):
    """A report could not be written; the message is for the user.

    ``str()`` is the English message; ``render(lang)`` picks English or Dutch (the same text
    when no Dutch one was given).
    """

    def __init__(self, message: str, nl: str | None = None):
        super().__init__(message)
        self.en = message
        self.nl = nl or message

    def render(self, lang: str = "en") -> str:
        return tr(lang, self.en, self.nl)


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
                 today=None, kind: str = "full") -> None:
        if lang not in LANGS:
            raise ReportError(f"unknown report language {lang!r} (use nl or en)")
        if kind not in KINDS:
            raise ReportError(f"unknown kind of report {kind!r}")
        self.kind = kind
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

        if self.kind == "summary":
            from .summary import build_summary

            self.content: ReportContent = build_summary(self.evaluation, self.analysis, self.lang, self.today)
        elif self.kind == "checklist":
            from .summary import build_checklist

            self.content = build_checklist(self.evaluation, self.analysis, self.lang, self.today)
        else:
            self.content = build_content(self.evaluation, self.analysis, self.lang, self.simulation,
                                         self.today, compact=self.compact)
        currency = self.evaluation.offer.currency
        self.svgs = {spec.token: chart_svg(spec, self.lang, currency) for spec in self.content.charts}

    def paint_on(self, device, fail_after_page: int | None = None) -> int:
        """Lay out for ``device`` (a QPdfWriter or QPrinter) and paint every page; returns the
        page count."""
        from .engine import lay_out, paint

        laid: LaidOut | None = None
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
            assert laid is not None  # SCALES is not empty
            if laid.page_count <= MAX_PAGES:
                break
        assert laid is not None
        paint(laid, device, self.content, fail_after_page=fail_after_page)
        return laid.page_count

    def write_pdf(self, out_path: str | os.PathLike, paper: str = "a4",
                  fail_after_page: int | None = None) -> int:
        """Render the PDF in memory, then write it atomically; returns the page count.

        Raises :class:`ReportError` (in the report's language) for a refused or unwritable
        destination or a full disk; the old file at ``out_path`` is then unchanged.
        """
        if paper not in PAPERS:
            raise ReportError(f"unknown paper size {paper!r} (use a4 or letter)")
        out = Path(out_path)
        folder = out.parent if str(out.parent) else Path(".")
        self._check_destination(out, folder)
        data, pages = self.render_pdf(paper, fail_after_page=fail_after_page)
        try:
            safefile.write_atomic(out, data)
        except safefile.SafeFileError as exc:
            raise self._error(exc.en, exc.nl) from None
        logger.info("wrote the report %r (%d pages, %d bytes)", str(out), pages, len(data))
        return pages

    def _error(self, en: str, nl: str) -> ReportError:
        return ReportError(en, nl=nl)

    def _check_destination(self, out: Path, folder: Path) -> None:
        """Refuse a destination that cannot take the PDF before spending time on rendering."""
        try:
            safefile.check_output_path(out)
        except safefile.SafeFileError as exc:
            if exc.kind == "missing":
                p = safefile.shown(folder)
                raise self._error(f"{p}: the folder does not exist",
                                  f"{p}: de map bestaat niet") from None
            raise self._error(exc.en, exc.nl) from None
        if not os.access(folder, os.W_OK | os.X_OK):
            p = safefile.shown(folder)
            raise self._error(f"{p}: the folder is not writable",
                              f"{p}: in deze map mag niet worden geschreven")

    def render_pdf(self, paper: str = "a4", fail_after_page: int | None = None) -> tuple[bytes, int]:
        """The whole PDF as bytes, rendered into memory, and its page count."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtGui import QPdfWriter

        from .. import __version__
        from .engine import page_layout

        array = QByteArray()
        buffer = QBuffer(array)
        if not buffer.open(QIODevice.OpenModeFlag.WriteOnly):  # pragma: no cover
            raise ReportError("could not make the PDF in memory")
        writer = QPdfWriter(buffer)
        try:
            writer.setResolution(1200)
            writer.setPageLayout(page_layout(paper))
            writer.setTitle(plain_text(self.content.title))
            writer.setCreator(f"Opportunity Evaluator {__version__}")
            pages = self.paint_on(writer, fail_after_page=fail_after_page)
        finally:
            del writer  # ends the PDF (writes its trailer into the buffer)
            buffer.close()
        data = bytes(array.data())
        if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
            raise self._error("the PDF could not be made completely (nothing was written)",
                              "de PDF kon niet volledig worden gemaakt (er is niets geschreven)")
        return data, pages


def write_report(evaluation, out_path, lang: str = "nl", paper: str = "a4", simulation=None,
                 analysis=None, kind: str = "full") -> int:
    """Write the PDF summary of ``evaluation`` to ``out_path``; returns the number of pages.

    Raises :class:`ReportError` for bad options or an unwritable destination, and writes nothing
    then (nor on any other failure).
    """
    if lang not in LANGS:
        raise ReportError(f"unknown report language {lang!r} (use nl or en)",
                          f"onbekende taal voor het rapport {lang!r} (gebruik nl of en)")
    if paper not in PAPERS:
        raise ReportError(f"unknown paper size {paper!r} (use a4 or letter)",
                          f"onbekend papierformaat {paper!r} (gebruik a4 of letter)")
    ensure_qt_app()
    report = PreparedReport(evaluation, lang, simulation, analysis, kind=kind)
    return report.write_pdf(out_path, paper)


__all__ = ["KINDS", "LANGS", "PAPERS", "PreparedReport", "ReportError", "ensure_qt_app", "write_report"]
