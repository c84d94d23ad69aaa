"""The summary as A4 pages: one painter function for the PDF file and the in-app preview.

Qt lays the summary's HTML out with ``QTextDocument`` at the PDF writer's resolution; ``SummaryPages``
then paints page *n* (its slice of the document, plus the header and footer: the security marking top
and bottom, the title, "Page n of N" and when it was generated) onto any painter. ``QPdfWriter`` gets
every page for the file; a ``QImage`` gets one for the preview, so the preview is exactly what is saved.
``QPdfWriter`` embeds (subsets of) the fonts it draws with, so the PDF reads the same on any machine.

Uses QtGui only (no widgets), so the command line can make PDFs without a window.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

from mappa_desktop import __version__
from mappa_desktop.core.safe_files import ExportError, write_atomic
from mappa_desktop.core.summary import Summary
from mappa_desktop.export.templates import render_pdf_html
from mappa_desktop.paths import resources_dir

RESOLUTION = 300  # dots per inch of the layout; the PDF is vector, this only sets layout precision
FONT_FAMILY = "DejaVu Sans"
BODY_POINT_SIZE = 9.5
# Page margins in millimetres; the header and footer sit inside the top and bottom margins.
MARGIN_LEFT = MARGIN_RIGHT = 18.0
MARGIN_TOP = 24.0
MARGIN_BOTTOM = 22.0
# Paragraph backgrounds of section headings and captions in summary-pdf.html: kept with what follows.
HEADING_BACKGROUNDS = frozenset({"#1d3a5c", "#e8edf3"})
KEEP_WITH_NEXT_MM = 30.0

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Qt needs a QGuiApplication for fonts; make an off-screen one when run from the command line."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])
    _load_bundled_fonts()


_fonts_loaded = False


def _load_bundled_fonts() -> None:
    # The app ships DejaVu Sans in resources/fonts (with its licence), so a PDF is the same on every machine
    # and needs no system fonts; a system copy of the family is used only if those files are missing.
    global _fonts_loaded
    if _fonts_loaded:
        return
    _fonts_loaded = True
    folder = resources_dir() / "fonts"
    if folder.is_dir():
        for path in sorted(folder.glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(path))


def _no_font_error(what: str) -> ExportError:
    return ExportError(
        f"Could not make the PDF: {what}. Nothing was written. Reinstall MAPPA Desktop (its fonts are in "
        "resources/fonts), or save the summary as HTML or text instead; if it keeps failing, ask your IT "
        "support."
    )


def _require_font() -> None:
    """Refuse to lay out a PDF without its font: Qt would otherwise write pages with no text at all."""
    if FONT_FAMILY not in QFontDatabase.families():
        raise _no_font_error(f"its font ({FONT_FAMILY}) is not installed")


def _require_text(pdf: bytes) -> None:
    """Every summary has text (the marking at least), so a PDF with no embedded font has lost it."""
    if b"/FontFile" not in pdf:
        raise _no_font_error(f"no text could be drawn with its font ({FONT_FAMILY})")


def _mm(mm: float) -> float:
    return mm / 25.4 * RESOLUTION


def _font(point_size: float, *, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    # No ligatures: "ff" as one glyph breaks searching and copying text out of the PDF ("oﬀence").
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def _new_writer(device: QIODevice | str) -> QPdfWriter:
    writer = QPdfWriter(device)
    writer.setResolution(RESOLUTION)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageOrientation(QPageLayout.Orientation.Portrait)
    # The page is ours edge to edge: margins, header and footer are painted by SummaryPages.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setCreator(f"mappa-desktop {__version__}")
    return writer


class SummaryPages:
    """A summary laid out on A4 pages at ``RESOLUTION`` dots per inch."""

    def __init__(self, summary: Summary) -> None:
        ensure_gui_application()
        self.summary = summary
        self._layout_buffer = QBuffer()
        self._layout_buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # Lay out against a PDF writer so font metrics are the PDF's, for the file and the preview alike.
        self._layout_device = _new_writer(self._layout_buffer)
        page = QPageSize(QPageSize.PageSizeId.A4).rect(QPageSize.Unit.Millimeter)
        self.page_width = _mm(page.width())
        self.page_height = _mm(page.height())
        self.body = QRectF(
            _mm(MARGIN_LEFT),
            _mm(MARGIN_TOP),
            self.page_width - _mm(MARGIN_LEFT + MARGIN_RIGHT),
            self.page_height - _mm(MARGIN_TOP + MARGIN_BOTTOM),
        )
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self._layout_device)
        doc.setDefaultFont(_font(BODY_POINT_SIZE))
        option = QTextOption()
        option.setUseDesignMetrics(True)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        doc.setDefaultTextOption(option)
        doc.setDocumentMargin(0)
        doc.setHtml(render_pdf_html(summary))
        doc.setPageSize(QSizeF(self.body.width(), self.body.height()))
        self.document = doc
        self._keep_headings_with_next()

    def _keep_headings_with_next(self) -> None:
        """Move a heading that starts too near the foot of a page to the top of the next page."""
        doc, height = self.document, self.body.height()
        layout = doc.documentLayout()
        room_needed = _mm(KEEP_WITH_NEXT_MM)
        block = doc.begin()
        while block.isValid():
            fmt = block.blockFormat()
            if fmt.background().style() != Qt.BrushStyle.NoBrush and (
                fmt.background().color().name() in HEADING_BACKGROUNDS
            ):
                top = layout.blockBoundingRect(block).top()
                offset = top % height
                if offset > 1 and height - offset < room_needed:
                    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(block).setBlockFormat(fmt)
                    # Qt relays out lazily and can leave later blocks unlaid after a format change;
                    # mark the rest dirty so the positions read below are real.
                    doc.markContentsDirty(block.position(), doc.characterCount() - block.position())
            block = block.next()

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def paint_page(self, painter: QPainter, index: int) -> None:
        """Paint page ``index`` (0-based) in page coordinates of ``RESOLUTION`` dots per inch."""
        body = self.body
        painter.save()
        painter.translate(body.left(), body.top() - index * body.height())
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, index * body.height(), body.width(), body.height())
        painter.setClipRect(context.clip)
        self.document.documentLayout().draw(painter, context)
        painter.restore()
        self._paint_header_footer(painter, index)

    def _paint_header_footer(self, painter: QPainter, index: int) -> None:
        s = self.summary
        left, right = self.body.left(), self.body.right()
        width = right - left
        painter.save()
        painter.setPen(QPen(QColor("#0b0c0c")))
        # Header: the marking, centred and bold, then the title line and a rule.
        painter.setFont(_font(11, bold=True))
        painter.drawText(QRectF(left, _mm(7), width, _mm(6)), Qt.AlignmentFlag.AlignCenter, s.marking)
        painter.setFont(_font(8))
        line_box = QRectF(left, _mm(14), width, _mm(5))
        title, subtitle = _header_texts(painter.fontMetrics(), s.title, s.subtitle, width - _mm(4))
        painter.drawText(line_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.drawText(line_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, subtitle)
        rule = QPen(QColor("#1d3a5c"))
        rule.setWidthF(_mm(0.3))
        painter.setPen(rule)
        painter.drawLine(QPointF(left, _mm(19.5)), QPointF(right, _mm(19.5)))
        # Footer: a rule, then generated time, marking, page x of y.
        top = self.page_height - _mm(MARGIN_BOTTOM) + _mm(6)
        painter.drawLine(QPointF(left, top), QPointF(right, top))
        painter.setPen(QPen(QColor("#0b0c0c")))
        painter.setFont(_font(8))
        box = QRectF(left, top + _mm(1.5), width, _mm(5))
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, s.generated_text)
        page_text = (
            f"{s.phrases.get('page', 'Page')} {index + 1} {s.phrases.get('of', 'of')} {self.page_count}"
        )
        painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, page_text)
        painter.setFont(_font(11, bold=True))
        painter.drawText(QRectF(left, top + _mm(7), width, _mm(6)), Qt.AlignmentFlag.AlignCenter, s.marking)
        painter.restore()

    def write(self, device: QIODevice) -> None:
        """Paint every page into a PDF on ``device``."""
        writer = _new_writer(device)
        writer.setTitle(self.summary.title)
        painter = QPainter(writer)
        try:
            for index in range(self.page_count):
                if index:
                    writer.newPage()
                self.paint_page(painter, index)
        finally:
            painter.end()

    def image(self, index: int, dpi: float = 96.0) -> QImage:
        """Page ``index`` as an image at ``dpi``, painted by the same code as the PDF."""
        scale = dpi / RESOLUTION
        image = QImage(
            round(self.page_width * scale), round(self.page_height * scale), QImage.Format.Format_RGB32
        )
        # The image claims the layout resolution so fonts are sized as in the PDF, then is scaled down.
        dots_per_metre = round(RESOLUTION / 0.0254)
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        try:
            self.paint_page(painter, index)
        finally:
            painter.end()
        return image


def render_pdf(summary: Summary) -> bytes:
    """The summary as PDF bytes (A4, marking on every page, fonts embedded); ``ExportError`` without fonts."""
    ensure_gui_application()
    _require_font()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    SummaryPages(summary).write(buffer)
    buffer.close()
    data: QByteArray = buffer.data()
    pdf = bytes(data.data())
    _require_text(pdf)
    return pdf


def write_pdf(summary: Summary, path: str | os.PathLike[str], *, overwrite: bool) -> Path:
    """Save the summary as a PDF at ``path`` atomically (owner-only); see ``write_atomic`` for errors."""
    return write_atomic(path, render_pdf(summary), overwrite=overwrite)


def _header_texts(metrics, title: str, subtitle: str, room: float) -> tuple[str, str]:
    """The page header's title and subtitle, shortened with "…" when together they would overlap (a
    bilingual summary's are twice as long); the full title is the document's own title."""
    if metrics.horizontalAdvance(title) + metrics.horizontalAdvance(subtitle) <= room:
        return title, subtitle
    half = int(room / 2)
    elide = Qt.TextElideMode.ElideRight
    return metrics.elidedText(title, elide, half), metrics.elidedText(subtitle, elide, half)
