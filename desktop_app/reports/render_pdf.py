"""Print a report's HTML to an A4 PDF, page by page, with our own header and footer.

The body is a :class:`QTextDocument` laid out on the PDF writer itself (so
the text is measured in the fonts that end up embedded). Each page is drawn
with ``drawContents`` through a clip, then the running header, the footer
with "Pagina x van y" and, for a demo atlas, the DEMO watermark are painted
on top: ``QTextDocument.print_`` cannot number pages "x of y".

The document never loads anything by itself: images are added beforehand
with :meth:`SafeDocument.add_image` under our own ``report:`` URLs and
:meth:`SafeDocument.loadResource` refuses everything else, so a stray
``<img src="file:///...">`` (which escaping already prevents) could not read
a file or reach the network either.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from desktop_app.domain.jobs import Cancelled as _JobCancelled
from desktop_app.domain.jobs import Progress
from desktop_app.reports.charts import FONT_FAMILIES

#: Dots per inch of the PDF's coordinate system (text and vectors stay vector).
RESOLUTION = 300
MM = RESOLUTION / 25.4
MARGIN_LEFT = MARGIN_RIGHT = 17 * MM
MARGIN_TOP = 22 * MM
MARGIN_BOTTOM = 18 * MM


class Cancelled(_JobCancelled):
    """The user cancelled the export (the progress callback returned False)."""


class SafeDocument(QTextDocument):
    """A text document that shows only the images we gave it and loads nothing."""

    SCHEME = "report"

    def add_image(self, name: str, image: QImage) -> str:
        url = f"{self.SCHEME}:{name}"
        self.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), image)
        return url

    def loadResource(self, type_: int, name: QUrl) -> object:
        # Registered resources are found in the document's cache before Qt
        # calls this; anything else (file:, http:, qrc:) stays unloaded.
        return None


@dataclass(frozen=True)
class DocumentSpec:
    """One flowing document: its HTML, style sheet and the images it shows by name.

    Images are made on demand (``images[name]()``) when the document's pages
    are drawn: every ``<img>`` carries its size, so the layout does not need
    them, and a 500-page overview never holds all its maps at once.
    """

    html: str
    css: str = ""
    images: dict[str, Callable[[], QImage]] = field(default_factory=dict)

    def document(self, device: QPdfWriter, page: QSizeF) -> SafeDocument:
        """The laid-out document, without its images. Everything that affects layout is
        set before the HTML, so it is laid out once (each setter lays out again)."""
        doc = SafeDocument()
        doc.documentLayout().setPaintDevice(device)
        doc.setDefaultFont(base_font())
        doc.setDocumentMargin(0)
        doc.setPageSize(page)
        doc.setDefaultStyleSheet(self.css)
        doc.setHtml(self.html)
        return doc

    def add_images(self, doc: SafeDocument) -> None:
        for name, make in self.images.items():
            doc.add_image(name, make())


@dataclass
class PageDecor:
    """What is painted on every page around the body."""

    title: str
    atlas_name: str
    made_on: str
    demo: bool = False
    personal_data: bool = False
    extra: list[str] = field(default_factory=list)


def translate(context: str, text: str) -> str:
    """Qt's translation (a plain name, so lupdate finds the calls with their context)."""
    return QCoreApplication.translate(context, text)


def base_font(point_size: float = 9.5) -> QFont:
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPointSizeF(point_size)
    # No "fi"/"fl" ligatures: searching and copying text from the PDF must find "profiel".
    for tag in ("liga", "clig"):
        f.setFeature(QFont.Tag(tag), 0)
    return f


def render_pdf(
    specs: Sequence[DocumentSpec],
    decor: PageDecor,
    path: str | Path,
    progress: Progress | None = None,
) -> int:
    """Write the documents to ``path`` as one A4 PDF, each on a new page; return the pages.

    ``progress(done, total)`` is called after each page; when it returns False
    the rendering stops with :class:`Cancelled` (the caller removes the file).
    """
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    writer.setTitle(decor.title)
    writer.setCreator("Zwermkaart")
    full = writer.pageLayout().fullRectPixels(RESOLUTION)
    body = QRectF(
        MARGIN_LEFT,
        MARGIN_TOP,
        full.width() - MARGIN_LEFT - MARGIN_RIGHT,
        full.height() - MARGIN_TOP - MARGIN_BOTTOM,
    )
    docs: list[SafeDocument | None] = [
        spec.document(writer, QSizeF(body.width(), body.height())) for spec in specs
    ]
    counts = [doc.pageCount() for doc in docs if doc is not None]
    pages = sum(counts)

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    page = 0
    try:
        for number, (spec, count) in enumerate(zip(specs, counts, strict=True)):
            doc = docs[number]
            assert doc is not None
            spec.add_images(doc)
            for index in range(count):
                if page:
                    writer.newPage()
                page += 1
                if decor.demo:
                    _watermark(painter, full)
                painter.save()
                painter.translate(body.left(), body.top() - index * body.height())
                clip = QRectF(0, index * body.height(), body.width(), body.height())
                doc.drawContents(painter, clip)
                painter.restore()
                _header_footer(painter, decor, full, body, page, pages)
                if progress is not None and not progress(page, pages):
                    raise Cancelled()
            docs[number] = None  # its images go with it
    finally:
        painter.end()
    return pages


def _header_footer(
    painter: QPainter, decor: PageDecor, full: QRectF, body: QRectF, page: int, pages: int
) -> None:
    painter.save()
    grey = QColor("#555555")
    small = base_font(7.5)
    painter.setFont(small)
    painter.setPen(grey)
    top = QRectF(body.left(), 9 * MM, body.width(), 6 * MM)
    painter.drawText(top, Qt.AlignLeft | Qt.AlignVCenter, f"Zwermkaart · {decor.title}")
    painter.drawText(top, Qt.AlignRight | Qt.AlignVCenter, decor.atlas_name)
    painter.setPen(QPen(QColor("#999999"), 0.5 * MM / 2))
    painter.drawLine(
        QPointF(body.left(), top.bottom() + 1 * MM), QPointF(body.right(), top.bottom() + 1 * MM)
    )
    bottom_y = full.height() - 12 * MM
    painter.drawLine(QPointF(body.left(), bottom_y), QPointF(body.right(), bottom_y))
    foot = QRectF(body.left(), bottom_y + 1 * MM, body.width(), 6 * MM)
    painter.setPen(grey)
    painter.drawText(foot, Qt.AlignLeft | Qt.AlignVCenter, decor.made_on)
    numbering = (
        translate("Reports", "Page %1 of %2").replace("%1", str(page)).replace("%2", str(pages))
    )
    painter.drawText(foot, Qt.AlignHCenter | Qt.AlignVCenter, numbering)
    marks = []
    if decor.demo:
        marks.append(translate("Reports", "DEMO – fictional data"))
    if decor.personal_data:
        marks.append(translate("Reports", "Contains personal data"))
    if marks:
        painter.setFont(base_font(7.5))
        bold = painter.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#b2182b"))
        painter.drawText(foot, Qt.AlignRight | Qt.AlignVCenter, " · ".join(marks))
    painter.restore()


def _watermark(painter: QPainter, full: QRectF) -> None:
    painter.save()
    f = base_font(110)
    f.setBold(True)
    painter.setFont(f)
    colour = QColor("#b2182b")
    colour.setAlpha(28)
    painter.setPen(colour)
    painter.translate(full.center())
    painter.rotate(-40)
    painter.drawText(
        QRectF(-full.width(), -full.height() / 4, 2 * full.width(), full.height() / 2),
        Qt.AlignCenter,
        "DEMO",
    )
    painter.restore()
