"""Lay the report out and paint it on any paged device: a QPdfWriter, or a QPrinter from the
print dialog or the print preview.

- The document is a ``QTextDocument`` built from :mod:`content`'s HTML. ``loadResource`` is
  overridden to return nothing: no markup can make it load a file or a URL (and user text is
  escaped anyway).
- Charts are drawn by matplotlib as SVG with text kept as text, and painted by ``QSvgRenderer``
  through a text-object handler: vectors in the PDF, with searchable labels.
- Layout is in device units of the target device, with fonts measured on that device
  (``documentLayout().setPaintDevice``), from a page size computed in points; so the result has
  the same physical size on a 1200 dpi PDF and on a 300 dpi printer.
- Pages: the document is paginated by Qt; headings left alone at the bottom of a page get a page
  break before them; each page gets a header (offer name) and a footer (app, not-legal-advice
  note, page x of n), painted with ``drawText`` (never parsed as markup).
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QMarginsF, QObject, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QPyTextObject,
)
from PySide6.QtSvg import QSvgRenderer

from ..core.i18n import tr
from .content import ReportContent

FONT_FAMILY = "DejaVu Sans"
BASE_POINT_SIZE = 8.5
# Margins in millimetres: left, top, right, bottom. The header and footer sit inside the top and
# bottom margins.
MARGINS_MM = (18.0, 20.0, 18.0, 20.0)
CHART_OBJECT = QTextFormat.ObjectTypes.UserObject + 1
CHART_PROPERTY = QTextFormat.Property.UserProperty + 1
MM_PER_INCH = 25.4

STYLESHEET = """
h1 { font-size: 16pt; font-weight: bold; margin-top: 0pt; margin-bottom: 4pt; }
h2 { font-size: 12pt; font-weight: bold; margin-top: 10pt; margin-bottom: 3pt; color: #1d2939; }
h3 { font-size: 9.5pt; font-weight: bold; margin-top: 6pt; margin-bottom: 2pt; color: #1d2939; }
h4 { font-size: 8.5pt; font-weight: bold; margin-top: 5pt; margin-bottom: 0pt; }
h5 { font-size: 8pt; font-weight: normal; margin-top: 2pt; margin-bottom: 3pt; }
p { margin-top: 2pt; margin-bottom: 3pt; }
li { margin-bottom: 2pt; }
th { font-weight: bold; text-align: left; }
"""


def page_layout(paper: str) -> QPageLayout:
    size = QPageSize(QPageSize.PageSizeId.Letter if paper == "letter" else QPageSize.PageSizeId.A4)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
                       QPageLayout.Unit.Millimeter)


class ReportDocument(QTextDocument):
    """A QTextDocument that never loads anything: no files, no URLs, no data: resources."""

    def loadResource(self, type_: int, url) -> object:  # noqa: N802 (Qt naming)
        return None


class _SvgObjectHandler(QPyTextObject):
    """Draws a chart's SVG at a fixed physical size inside the text flow."""

    def __init__(self, charts: dict[str, tuple[bytes, float, float]], units_per_inch: float,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._charts = charts
        self._renderers: dict[str, QSvgRenderer] = {}
        self._upi = units_per_inch

    def intrinsicSize(self, doc, pos_in_document, fmt) -> QSizeF:  # noqa: N802
        _, w, h = self._charts[fmt.property(CHART_PROPERTY)]
        return QSizeF(w * self._upi, h * self._upi)

    def drawObject(self, painter, rect, doc, pos_in_document, fmt) -> None:  # noqa: N802
        key = fmt.property(CHART_PROPERTY)
        renderer = self._renderers.get(key)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(self._charts[key][0]))
            self._renderers[key] = renderer
        renderer.render(painter, rect)


def chart_svg(spec, lang: str, currency: str) -> bytes:
    """Draw one chart in the print style as SVG with real text (searchable in the PDF)."""
    import matplotlib
    from matplotlib.figure import Figure

    from ..charts import ChartStyle

    style = ChartStyle.for_print(lang, currency)
    with matplotlib.rc_context({"svg.fonttype": "none", "font.family": "DejaVu Sans",
                                "svg.hashsalt": "opportunity-evaluator", "axes.unicode_minus": False}):
        fig = Figure(figsize=(spec.width_in, spec.height_in), layout="constrained", facecolor="white")
        ax = fig.add_subplot(111)
        spec.draw(ax, style)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="svg", facecolor="white")
    return buffer.getvalue()


@dataclass
class LaidOut:
    document: ReportDocument
    handler: _SvgObjectHandler
    body: QRectF  # the text area on the page, device units
    page_height: float
    units_per_mm: float
    page_count: int


_STYLE_ATTR = re.compile(r'style="[^"]*"')
_POINTS = re.compile(r"(font-size:\s*)([0-9.]+)pt")


def scale_font_sizes(markup: str, scale: float) -> str:
    """Scale every ``font-size: Npt`` inside style attributes (only our own markup has them:
    user text is escaped, so it holds no double quote and cannot open an attribute)."""
    if scale == 1.0:
        return markup

    def fix_attr(match: re.Match) -> str:
        return _POINTS.sub(lambda m: f"{m.group(1)}{float(m.group(2)) * scale:.2f}pt", match.group(0))

    return _STYLE_ATTR.sub(fix_attr, markup)


def lay_out(content: ReportContent, svgs: dict[str, bytes], device: QPagedPaintDevice,
            scale: float = 1.0) -> LaidOut:
    """Build and paginate the document for ``device``'s page and resolution. ``scale`` < 1
    makes text and charts smaller, to keep a long report within its page budget."""
    resolution = device.resolution() if hasattr(device, "resolution") else device.logicalDpiX()
    layout = device.pageLayout()
    full = layout.fullRectPixels(resolution)
    upmm = resolution / MM_PER_INCH
    left, top, right, bottom = (m * upmm for m in MARGINS_MM)
    body = QRectF(left, top, full.width() - left - right, full.height() - top - bottom)

    doc = ReportDocument()
    doc.documentLayout().setPaintDevice(device)
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(BASE_POINT_SIZE * scale)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(_POINTS.sub(lambda m: f"{m.group(1)}{float(m.group(2)) * scale:.2f}pt",
                                         STYLESHEET))
    doc.setDocumentMargin(0)
    doc.setHtml(scale_font_sizes(content.html, scale))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, content.title)

    charts = {spec.token: (svgs[spec.token], spec.width_in, spec.height_in) for spec in content.charts}
    # A chart wider than the text (a narrow page) is scaled down with its aspect ratio kept.
    widest = max((w for _, w, _ in charts.values()), default=0.0)
    upi = resolution * scale
    if widest * upi > body.width():
        upi = body.width() / widest
    handler = _SvgObjectHandler(charts, upi, doc)
    doc.documentLayout().registerHandler(CHART_OBJECT, handler)
    for token in charts:
        cursor = doc.find(token, 0, QTextDocument.FindFlag.FindCaseSensitively)
        if cursor.isNull():
            continue
        fmt = QTextCharFormat()
        fmt.setObjectType(CHART_OBJECT)
        fmt.setProperty(CHART_PROPERTY, token)
        cursor.insertText("\ufffc", fmt)

    # Paginate only now: edits to a paged document are laid out incrementally, and Qt 6 then
    # can leave blocks after an edited one with no lines at all (seen with the chart objects).
    doc.setPageSize(QSizeF(body.width(), body.height()))
    _keep_headings_with_next(doc, body.height())
    doc.markContentsDirty(0, doc.characterCount())
    return LaidOut(doc, handler, body, body.height(), upmm, doc.pageCount())


def _line_span(doc: QTextDocument, block) -> tuple[float, float]:
    """Document y of the top of a block's first line and the bottom of its last line. A line
    that does not fit on a page is pushed down inside its block, so the block's own top can sit
    on the previous page; the lines tell where the text really is."""
    rect = doc.documentLayout().blockBoundingRect(block)
    layout = block.layout()
    if layout is None or layout.lineCount() == 0:
        return rect.top(), rect.bottom()
    first, last = layout.lineAt(0), layout.lineAt(layout.lineCount() - 1)
    return rect.top() + first.y(), rect.top() + last.y() + last.height()


def _page_of_y(y: float, page_height: float) -> int:
    return int(math.floor((y + 0.5) / page_height))


def _keep_headings_with_next(doc: QTextDocument, page_height: float, passes: int = 24) -> None:
    """Give a heading that ends a page (what follows it starts on the next page, or it sits in
    the last few lines, or its chart, after an intro, starts on the next page) a page break
    before it, so it moves down with its section."""
    min_room = 3.2 * _line_height(doc)
    for _ in range(passes):
        block = doc.begin()
        moved = False
        while block.isValid():
            nxt = block.next()
            fmt = block.blockFormat()
            if fmt.headingLevel() > 0 and nxt.isValid() and \
                    fmt.pageBreakPolicy() != QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                top, bottom = _line_span(doc, block)
                here = _page_of_y(top, page_height)
                next_top, _ = _line_span(doc, nxt)
                room = (here + 1) * page_height - bottom
                chart = _chart_after(nxt)  # a heading, its intro and its chart stay together
                chart_top = _line_span(doc, chart)[0] if chart is not None else top
                if _page_of_y(next_top, page_height) != here or room < min_room \
                        or _page_of_y(chart_top, page_height) != here:
                    # A run of headings (h2 then h3) moves as one: break before the first.
                    first = block
                    while first.previous().isValid() and first.previous().blockFormat().headingLevel() > 0:
                        first = first.previous()
                    fmt = first.blockFormat()
                    top, _ = _line_span(doc, first)
                    here = _page_of_y(top, page_height)
                    if top - here * page_height > 1.0:  # already at a page's top: leave it
                        block = first
                        new = QTextBlockFormat(fmt)
                        new.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                        QTextCursor(block).setBlockFormat(new)
                        doc.markContentsDirty(0, doc.characterCount())  # see lay_out
                        moved = True
                        break
            block = nxt
        if not moved:
            return


def _chart_after(block, lookahead: int = 2):
    """The chart block that belongs to a heading whose next block is ``block``: that block itself
    or one of the ``lookahead`` blocks after it (its intro), before any other heading; None when
    there is none. A chart is an object character in its own paragraph (see ``lay_out``)."""
    for _ in range(lookahead + 1):
        if not block.isValid() or block.blockFormat().headingLevel() > 0:
            return None
        if "\ufffc" in block.text():
            return block
        block = block.next()
    return None


def _line_height(doc: QTextDocument) -> float:
    block = doc.begin()
    if block.isValid() and block.layout() and block.layout().lineCount():
        return block.layout().lineAt(0).height()
    return 12.0


def paint(laid: LaidOut, device: QPagedPaintDevice, content: ReportContent,
          painter: QPainter | None = None, fail_after_page: int | None = None) -> None:
    """Paint every page on ``device`` (which must be fresh: the first page is current)."""
    own = painter is None
    if painter is None:
        painter = QPainter()
        if not painter.begin(device):
            raise OSError("could not start painting the report (is the output writable?)")
    try:
        doc, body = laid.document, laid.body
        count = laid.page_count
        ctx = QAbstractTextDocumentLayout.PaintContext()
        for page in range(count):
            if page:
                if not device.newPage():
                    raise OSError("could not start a new page")
            if fail_after_page is not None and page >= fail_after_page:
                raise RuntimeError("injected failure while rendering")  # used by tests
            painter.save()
            painter.translate(body.left(), body.top() - page * laid.page_height)
            clip = QRectF(0, page * laid.page_height, body.width(), laid.page_height)
            painter.setClipRect(clip)
            ctx.clip = clip
            ctx.palette.setColor(ctx.palette.ColorRole.Text, QColor("#101828"))
            doc.documentLayout().draw(painter, ctx)
            painter.restore()
            _header_footer(painter, laid, content, page, count)
    finally:
        if own:
            painter.end()


def _header_footer(painter: QPainter, laid: LaidOut, content: ReportContent, page: int,
                   count: int) -> None:
    body, upmm = laid.body, laid.units_per_mm
    painter.save()
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(7.0)
    painter.setFont(font)
    painter.setPen(QPen(QColor("#667085")))
    lang = content.lang
    line_h = 4.0 * upmm
    # Footer: a rule, then app + version | not legal advice | page x of n.
    y = body.bottom() + 6.0 * upmm
    painter.setPen(QPen(QColor("#d0d5dd"), 0.2 * upmm))
    painter.drawLine(QPointF(body.left(), y), QPointF(body.right(), y))
    painter.setPen(QPen(QColor("#667085")))
    row = QRectF(body.left(), y + 1.0 * upmm, body.width(), line_h)
    painter.drawText(row, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, content.footer_left)
    painter.drawText(row, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                     tr(lang, "An aid, not legal advice", "Een hulpmiddel, geen juridisch advies"))
    painter.drawText(row, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     tr(lang, f"Page {page + 1} of {count}", f"Pagina {page + 1} van {count}"))
    if page > 0:  # header with the offer's name (plain text, elided) from page 2 on
        metrics = painter.fontMetrics()
        title = metrics.elidedText(content.title, Qt.TextElideMode.ElideRight, int(body.width() * 0.8))
        head = QRectF(body.left(), body.top() - 10.0 * upmm, body.width(), line_h)
        painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setPen(QPen(QColor("#d0d5dd"), 0.2 * upmm))
        painter.drawLine(QPointF(body.left(), head.bottom() + 1.0 * upmm),
                         QPointF(body.right(), head.bottom() + 1.0 * upmm))
    painter.restore()
