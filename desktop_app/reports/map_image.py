"""The map of an area for a report, painted headless from the stored positions.

Drawn the way the screen draws it (``desktop_app/ui/map``): node fill by
vitality class, diameter by estimated size, a ring in the support status
colour, a black triangle for an open obstacle, grey ties with tension in red. The
report cannot import the UI layer, so it paints the same palette itself.
"""

from __future__ import annotations

import math
from collections import defaultdict

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen, QPolygonF

from desktop_app.domain import palette
from desktop_app.reports.charts import canvas, font
from desktop_app.reports.model import MapData


def map_image(data: MapData, width: int = 640, height: int = 430) -> QImage:
    """The nodes and ties of ``data`` fitted into ``width`` x ``height`` report pixels."""
    image, p = canvas(width, height)
    p.setPen(QPen(QColor("#bbbbbb"), 0.8))
    p.drawRect(QRectF(0.5, 0.5, width - 1, height - 1))
    nodes = data.nodes
    if not nodes:
        p.end()
        return image
    xs = [n.x for n in nodes]
    ys = [n.y for n in nodes]
    margin = 18.0
    span_x = max(max(xs) - min(xs), 1e-9)
    span_y = max(max(ys) - min(ys), 1e-9)
    scale = min((width - 2 * margin) / span_x, (height - 2 * margin) / span_y)
    if len(nodes) == 1:
        scale = 1.0
    off_x = (width - scale * span_x) / 2 - scale * min(xs)
    off_y = (height - scale * span_y) / 2 - scale * min(ys)
    # Shrink the on-screen sizes when many networks share the picture.
    room = math.sqrt(width * height / len(nodes))
    shrink = max(0.22, min(1.0, room / 40.0))
    points = [QPointF(off_x + scale * n.x, off_y + scale * n.y) for n in nodes]

    tie_colour = QColor(palette.TIE)
    tie_colour.setAlpha(170)  # as the screen's tie pen
    tension = QColor(palette.TENSION)
    # One drawLines call per pen: tens of thousands of ties in a few calls.
    batches: dict[tuple[bool, float], list[QLineF]] = defaultdict(list)
    for edge in data.edges:
        width = round(max(0.35, edge.width * shrink * 0.8), 2)
        batches[(edge.tension, width)].append(QLineF(points[edge.source], points[edge.target]))
    # Thousands of hairlines cost seconds antialiased, and at this density nobody sees it.
    p.setRenderHint(QPainter.RenderHint.Antialiasing, len(data.edges) < 3000)
    for (is_tension, width), lines in sorted(batches.items()):
        p.setPen(QPen(tension if is_tension else tie_colour, width))
        p.drawLines(lines)

    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    outline = QPen(QColor("#555555"), max(0.3, 0.7 * shrink))
    for node, point in zip(nodes, points, strict=True):
        r = node.diameter * shrink / 2
        if node.ring:
            p.setPen(QPen(QColor(node.ring), max(1.0, 2.6 * shrink)))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawEllipse(point, r + 1.6 * shrink, r + 1.6 * shrink)
        p.setPen(outline)
        p.setBrush(QColor(node.colour))
        p.drawEllipse(point, r, r)
        if node.blocked:
            # As on the screen: a small black triangle at the node's upper right.
            size = 2 * r + 12 * shrink
            cx, cy, t = point.x() + 0.36 * size, point.y() - 0.36 * size, 0.16 * size
            p.setPen(QPen(QColor("#ffffff"), 0.6))
            p.setBrush(QColor(palette.OBSTACLE_MARKER))
            p.drawPolygon(
                QPolygonF(
                    [
                        QPointF(cx, cy - t),
                        QPointF(cx + t, cy + t * 0.8),
                        QPointF(cx - t, cy + t * 0.8),
                    ]
                )
            )

    label_font = font(6.5)
    metrics = QFontMetricsF(label_font)
    p.setFont(label_font)
    p.setPen(QColor("#222222"))
    halo = QColor(255, 255, 255, 200)
    taken: list[QRectF] = []
    for node, point in zip(nodes, points, strict=True):
        if not node.label:
            continue
        text = metrics.elidedText(node.label, Qt.TextElideMode.ElideRight, 130)
        r = node.diameter * shrink / 2
        box = QRectF(point.x() + r + 2, point.y() - 6, metrics.horizontalAdvance(text) + 2, 12)
        if box.right() > width - 2:
            box.moveRight(point.x() - r - 2)
        if any(box.intersects(other) for other in taken):
            continue
        taken.append(box)
        p.fillRect(box, halo)
        p.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    p.end()
    return image
