"""Speed of the map on demo atlases of 300, 10,000 and 50,000 networks.

    QT_QPA_PLATFORM=offscreen python bench/bench_map.py [--sizes 300,10000,50000]
        [--cache DIR] [--steps 60] [--plain-steps N]

For each size it prints:
- open: atlas opened and the real MapWidget shown, to the first complete paint
  (nodes and edges drawn; vitality colours arrive later from a thread, timed
  separately as "vitality");
- the median ms per frame of a scripted pan and zoom sequence on the map;
- the same sequence on a plain QGraphicsScene with one QGraphicsEllipseItem per
  node and one QGraphicsLineItem per edge, and the ratio.

Targets (2-core machine): <= 16.7 ms per frame at 10,000, <= 33 ms at 50,000,
opening the 10,000 atlas to a drawn map in <= 2 s. Demo atlases are generated
once into the cache folder (50,000 takes a minute or two).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

WIDTH, HEIGHT = 1200, 800


def demo_atlas(cache: Path, networks: int) -> Path:
    from desktop_app.store.demo import create_demo

    path = cache / f"demo-{networks}.zwerm"
    if not path.exists():
        t = time.perf_counter()
        create_demo(path, networks=networks)
        print(f"  (generated {path.name} in {time.perf_counter() - t:.1f} s)", flush=True)
    return path


def script(steps: int) -> list[tuple[str, float, float]]:
    """Pan right/down, zoom in, pan back, zoom out: (kind, dx or factor, dy) per frame."""
    moves: list[tuple[str, float, float]] = []
    for k in range(steps):
        phase = (k * 4) // steps
        if phase == 0:
            moves.append(("pan", 0.02, 0.01))
        elif phase == 1:
            moves.append(("zoom", 0.96, 0.0))
        elif phase == 2:
            moves.append(("pan", -0.02, -0.01))
        else:
            moves.append(("zoom", 1 / 0.96, 0.0))
    return moves


def paint_counter(widget):
    """Counts the paint events of ``widget`` (a viewport)."""
    from PySide6.QtCore import QEvent, QObject

    class Counter(QObject):
        count = 0

        def eventFilter(self, _obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    counter = Counter(widget)
    widget.installEventFilter(counter)
    return counter


def frame(app, viewport, counter) -> None:
    """Let Qt paint the change once, as the event loop would (paint now if it did not)."""
    before = counter.count
    app.processEvents()
    if counter.count == before:
        viewport.repaint()


def time_map(path: Path, steps: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from desktop_app.store import Atlas
    from desktop_app.ui.map import MapWidget
    from desktop_app.ui.session import AtlasSession

    app = QApplication.instance()
    t0 = time.perf_counter()
    atlas = Atlas.open(path)
    atlas_open = time.perf_counter() - t0
    session = AtlasSession(atlas)
    widget = MapWidget()
    widget.resize(WIDTH, HEIGHT)
    widget.set_session(session)
    widget.show()
    widget.fit_to_view()
    app.processEvents()
    widget.view.viewport().repaint()  # the first complete paint, edges included
    opened = time.perf_counter() - t0
    while widget.vitality_pending():
        app.processEvents()
        time.sleep(0.005)
    coloured = time.perf_counter() - t0
    widget.view.viewport().repaint()
    vb = widget.viewbox
    viewport = widget.view.viewport()
    counter = paint_counter(viewport)
    frames = []
    for kind, a, b in script(steps):
        t = time.perf_counter()
        rect = vb.viewRect()
        if kind == "pan":
            vb.translateBy(x=rect.width() * a, y=rect.height() * b)
        else:
            vb.scaleBy((a, a))
        frame(app, viewport, counter)
        frames.append((time.perf_counter() - t) * 1000)
    # A still frame with everything drawn, for reference.
    app.processEvents()
    time.sleep(0.2)
    app.processEvents()
    t = time.perf_counter()
    widget.view.viewport().repaint()
    still = (time.perf_counter() - t) * 1000
    result = {
        "open_s": opened,
        "atlas_open_s": atlas_open,
        "vitality_s": coloured,
        "frame_ms": statistics.median(frames),
        "frame_max_ms": max(frames),
        "still_ms": still,
        "nodes": widget.model.n,
        "edges": len(widget.model.edges),
    }
    pos, edges, colours = widget.model.pos.copy(), widget.model.edges.copy(), widget.model.vclass
    result["_data"] = (pos, edges, colours.copy())
    widget.set_session(None)
    widget.close()
    widget.deleteLater()
    session.close()
    app.processEvents()
    return result


def time_plain(data, steps: int) -> dict[str, float]:
    """One QGraphicsItem per node and edge: the way the map is not drawn."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QPainter, QPen
    from PySide6.QtWidgets import (
        QApplication,
        QGraphicsEllipseItem,
        QGraphicsLineItem,
        QGraphicsScene,
        QGraphicsView,
    )

    from desktop_app.ui.map.style import vitality_colours

    app = QApplication.instance()
    pos, edges, classes = data
    t0 = time.perf_counter()
    scene = QGraphicsScene()
    brushes = [QBrush(QColor(c)) for c in vitality_colours()]
    pen = QPen(QColor("#7f7f7f"))
    pen.setCosmetic(True)
    span = float(max(pos.max(axis=0) - pos.min(axis=0)))
    r = span / 400  # about 3 px at the fitted zoom
    for (x, y), c in zip(pos.tolist(), classes.tolist(), strict=True):
        item = QGraphicsEllipseItem(x - r, -y - r, 2 * r, 2 * r)
        item.setBrush(brushes[c])
        item.setPen(QPen(Qt.PenStyle.NoPen))
        scene.addItem(item)
    for a, b in edges.tolist():
        line = QGraphicsLineItem(pos[a, 0], -pos[a, 1], pos[b, 0], -pos[b, 1])
        line.setPen(pen)
        line.setZValue(-1)
        scene.addItem(line)
    view = QGraphicsView(scene)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.resize(WIDTH, HEIGHT)
    view.show()
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    view.fitInView(
        QRectF(lo[0], -hi[1], hi[0] - lo[0], hi[1] - lo[1]), Qt.AspectRatioMode.KeepAspectRatio
    )
    app.processEvents()
    view.viewport().repaint()
    built = time.perf_counter() - t0
    frames = []
    for kind, a, b in script(steps):
        t = time.perf_counter()
        if kind == "pan":
            rect = view.mapToScene(view.viewport().rect()).boundingRect()
            view.centerOn(
                rect.center().x() + rect.width() * a, rect.center().y() - rect.height() * b
            )
        else:
            view.scale(1 / a, 1 / a)
        view.viewport().repaint()
        app.processEvents()
        frames.append((time.perf_counter() - t) * 1000)
    view.close()
    view.deleteLater()
    scene.clear()
    scene.deleteLater()
    app.processEvents()
    return {"open_s": built, "frame_ms": statistics.median(frames)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="300,10000,50000")
    parser.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "zwermkaart-bench"))
    parser.add_argument("--steps", type=int, default=60)
    parser.add_argument(
        "--plain-steps",
        type=int,
        default=0,
        help="frames for the plain QGraphicsScene (default: 60 up to 10,000 networks, 8 above)",
    )
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 (kept alive)
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()[0]
    print(f"map benchmark: {WIDTH}x{HEIGHT} offscreen, {os.cpu_count()} CPUs, load {load:.1f}")
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        path = demo_atlas(cache, size)
        mine = time_map(path, args.steps)
        plain_steps = args.plain_steps or (args.steps if size <= 10_000 else 8)
        plain = time_plain(mine.pop("_data"), plain_steps)
        rows.append((size, mine, plain))
        print(
            f"{size:>6} networks ({mine['nodes']} nodes, {mine['edges']} edges): "
            f"open {mine['open_s']:.2f} s (of which Atlas.open {mine['atlas_open_s']:.2f} s; "
            f"vitality colours at {mine['vitality_s']:.2f} s); "
            f"pan/zoom median {mine['frame_ms']:.1f} ms/frame (max {mine['frame_max_ms']:.0f}, "
            f"still frame with edges {mine['still_ms']:.0f} ms); "
            f"plain QGraphicsScene {plain['frame_ms']:.1f} ms/frame "
            f"(built in {plain['open_s']:.1f} s, {plain_steps} frames): "
            f"{plain['frame_ms'] / max(mine['frame_ms'], 1e-9):.1f}x slower",
            flush=True,
        )
    targets = {10_000: 16.7, 50_000: 33.0}
    for size, mine, _plain in rows:
        if size in targets:
            ok = mine["frame_ms"] <= targets[size]
            verdict = "met" if ok else "NOT met"
            print(f"target {size}: {mine['frame_ms']:.1f} <= {targets[size]} ms/frame: {verdict}")
        if size == 10_000:
            ok = mine["open_s"] <= 2.0
            print(f"target open 10000 <= 2 s: {mine['open_s']:.2f} s: {'met' if ok else 'NOT met'}")
    load = os.getloadavg()[0]
    print(f"load average after: {load:.1f} (other work on the machine makes timings noisy)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
