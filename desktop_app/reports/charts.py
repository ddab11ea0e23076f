"""Charts for the reports, painted headless into images (no widgets, no pyqtgraph).

Every chart is drawn in "report pixels" (1/96 inch, the unit of the report's
HTML) on an image with a device pixel ratio of :data:`SCALE`, so it stays
sharp on paper. Colours come from :mod:`desktop_app.domain.palette`, the same
as on the screen.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from desktop_app.domain import palette
from desktop_app.domain.enums import SupportStatus
from desktop_app.reports.model import SignalRow, TimelinePoint, VitalityDistribution

#: Image pixels per report pixel (2x for print).
SCALE = 2.0
FONT_FAMILIES = ["Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans"]
TEXT = QColor("#333333")
GRID = QColor("#d9d9d9")
#: Signal markers by valence -2..+2: the ends of the vitality scale, grey for neutral.
VALENCE_COLOURS = {
    -2: palette.VITALITY_CLASSES[0][1],
    -1: palette.VITALITY_CLASSES[1][1],
    0: "#bdbdbd",
    1: palette.VITALITY_CLASSES[3][1],
    2: palette.VITALITY_CLASSES[4][1],
}


def translate(context: str, text: str) -> str:
    """Qt's translation (a plain name, so lupdate finds the calls with their context)."""
    return QCoreApplication.translate(context, text)


def font(point_size: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPointSizeF(point_size)
    f.setBold(bold)
    return f


def canvas(width: int, height: int) -> tuple[QImage, QPainter]:
    """A white image of ``width`` x ``height`` report pixels and a painter on it."""
    image = QImage(int(width * SCALE), int(height * SCALE), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(SCALE)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    return image, painter


def class_labels() -> list[str]:
    """'0–19', '20–39', ... for the vitality classes."""
    bounds = [lower for lower, _ in palette.VITALITY_CLASSES] + [101]
    return [f"{bounds[i]}–{bounds[i + 1] - 1}" for i in range(len(palette.VITALITY_CLASSES))]


def distribution_chart(dist: VitalityDistribution, width: int = 420, height: int = 190) -> QImage:
    """Bars: networks per vitality class, plus 'unknown or silent' in grey."""
    labels = [*class_labels(), translate("Reports", "unknown")]
    colours = [c for _, c in palette.VITALITY_CLASSES] + [palette.UNKNOWN]
    values = [*dist.counts, dist.unknown]
    image, p = canvas(width, height)
    left, right, top, bottom = 34.0, 8.0, 14.0, 34.0
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    peak = max(max(values), 1)
    step = _nice_step(peak)
    top_value = step * -(-peak // step)
    p.setFont(font(7))
    for tick in range(0, int(top_value) + 1, int(step)):
        y = plot.bottom() - plot.height() * tick / top_value
        p.setPen(QPen(GRID, 0.6))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(TEXT)
        p.drawText(QRectF(0, y - 7, left - 5, 14), Qt.AlignRight | Qt.AlignVCenter, str(tick))
    slot = plot.width() / len(values)
    for i, (value, colour, label) in enumerate(zip(values, colours, labels, strict=True)):
        x = plot.left() + i * slot + slot * 0.15
        h = plot.height() * value / top_value
        bar = QRectF(x, plot.bottom() - h, slot * 0.7, h)
        p.fillRect(bar, QColor(colour))
        p.setPen(QPen(QColor("#666666"), 0.6))
        p.drawRect(bar)
        p.setPen(TEXT)
        p.setFont(font(7.5, bold=True))
        p.drawText(QRectF(x - 10, bar.top() - 13, slot * 0.7 + 20, 12), Qt.AlignCenter, str(value))
        p.setFont(font(7))
        p.drawText(QRectF(x - 12, plot.bottom() + 3, slot * 0.7 + 24, 14), Qt.AlignCenter, label)
    p.setFont(font(7))
    p.drawText(
        QRectF(plot.left(), height - 15, plot.width(), 14),
        Qt.AlignCenter,
        translate("Reports", "vitality score"),
    )
    p.end()
    return image


def timeline_chart(
    points: Sequence[TimelinePoint],
    signals: Sequence[SignalRow],
    width: int = 640,
    height: int = 190,
) -> QImage:
    """The vitality score over time on the coloured class bands, signals as markers below."""
    image, p = canvas(width, height)
    left, right, top, bottom = 30.0, 10.0, 8.0, 46.0
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    dates = [pt.date for pt in points] + [s.date for s in signals]
    if not dates:
        p.setPen(TEXT)
        p.setFont(font(8))
        p.drawText(
            QRectF(0, 0, width, height), Qt.AlignCenter, translate("Reports", "No signals yet")
        )
        p.end()
        return image
    first, last = min(dates), max(dates)
    span = max((last - first).days, 1)

    def x_of(day: date) -> float:
        return plot.left() + plot.width() * (day - first).days / span

    def y_of(score: float) -> float:
        return plot.bottom() - plot.height() * score / 100.0

    # Class bands, pale, so the line reads against the same colours as the map.
    bounds = [lower for lower, _ in palette.VITALITY_CLASSES] + [100]
    for i, (_, colour) in enumerate(palette.VITALITY_CLASSES):
        band = QColor(colour)
        band.setAlpha(70)
        p.fillRect(
            QRectF(
                plot.left(),
                y_of(bounds[i + 1]),
                plot.width(),
                y_of(bounds[i]) - y_of(bounds[i + 1]),
            ),
            band,
        )
    p.setFont(font(7))
    for tick in (0, 20, 40, 60, 80, 100):
        p.setPen(TEXT)
        p.drawText(
            QRectF(0, y_of(tick) - 7, left - 4, 14), Qt.AlignRight | Qt.AlignVCenter, str(tick)
        )
    # Month ticks (at most ~12 labels).
    months = _month_starts(first, last)
    every = max(1, -(-len(months) // 8))
    for k, month in enumerate(months):
        x = x_of(month)
        p.setPen(QPen(GRID, 0.5))
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        if k % every == 0:
            p.setPen(TEXT)
            p.drawText(
                QRectF(x - 24, plot.bottom() + 20, 48, 12), Qt.AlignCenter, month.strftime("%m-%Y")
            )
    # The score line; gaps where the score is unknown.
    path = QPainterPath()
    pen_down = False
    for pt in points:
        if pt.score is None:
            pen_down = False
            continue
        target = QPointF(x_of(pt.date), y_of(pt.score))
        if pen_down:
            path.lineTo(target)
        else:
            path.moveTo(target)
            pen_down = True
    p.setPen(QPen(QColor("#222222"), 1.6))
    p.setBrush(Qt.NoBrush)
    p.drawPath(path)
    # Signals as a strip of markers under the plot, coloured by valence.
    strip = plot.bottom() + 10
    p.setPen(QPen(QColor("#555555"), 0.5))
    for signal in signals:
        p.setBrush(QColor(VALENCE_COLOURS.get(signal.valence, "#bdbdbd")))
        p.drawEllipse(QPointF(x_of(signal.date), strip), 3.2, 3.2)
    p.setPen(QPen(QColor("#888888"), 0.6))
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawRect(plot)
    p.end()
    return image


def support_chart(counts: dict[SupportStatus, int], width: int = 420, height: int = 40) -> QImage:
    """One stacked bar of support cases by status, in the map's ring colours."""
    from desktop_app.labels import label

    image, p = canvas(width, height)
    total = sum(counts.values())
    x = 0.0
    bar = QRectF(0, 4, width, 18)
    for status in SupportStatus:
        value = counts.get(status, 0)
        if not value or not total:
            continue
        w = bar.width() * value / total
        p.fillRect(QRectF(x, bar.top(), w, bar.height()), QColor(palette.SUPPORT_RING[status]))
        x += w
    p.setFont(font(7))
    p.setPen(TEXT)
    x = 0.0
    for status in SupportStatus:
        swatch = QRectF(x, 28, 8, 8)
        p.fillRect(swatch, QColor(palette.SUPPORT_RING[status]))
        text = f"{label(status)} ({counts.get(status, 0)})"
        p.drawText(QRectF(x + 11, 25, 120, 14), Qt.AlignLeft | Qt.AlignVCenter, text)
        x += 12 + p.fontMetrics().horizontalAdvance(text) + 12
    p.end()
    return image


def _nice_step(peak: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if peak / step <= 5:
            return step
    return 10000


def _month_starts(first: date, last: date) -> list[date]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        day = date(year, month, 1)
        if day >= first:
            months.append(day)
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return months
