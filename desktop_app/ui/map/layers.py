"""The drawn layers of the map: a handful of pyqtgraph items fed with arrays.

All nodes are one ScatterPlotItem (no pen, pixel-sized symbols); all edges of
one style are one PlotCurveItem with ``connect='pairs'``. Rings, obstacle
markers, the selection and the highlighted neighbourhood are small extra
scatters over the few nodes that need them. Measured on this kind of machine,
one QGraphicsItem per node and edge is 9-45x slower (../shared/MEASURED.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg

from desktop_app.ui.map import style
from desktop_app.ui.map.model import UNKNOWN_CLASS, MapModel

#: Node size factors by how crowded the view is; below MARK_SCALE no rings or markers.
SCALES = (1.0, 0.75, 0.55, 0.4)
MARK_SCALE = 0.55
#: Screen area a node should have to itself at full size (px^2).
ROOM_PER_NODE = 22.0**2


def detail_scale(nodes_in_view: int, view_px: float) -> float:
    """The size factor for ``nodes_in_view`` nodes on ``view_px`` pixels of screen."""
    if nodes_in_view <= 0:
        return 1.0
    wanted = float(np.sqrt(view_px / (ROOM_PER_NODE * nodes_in_view)))
    for scale in SCALES:
        if wanted >= scale:
            return scale
    return SCALES[-1]


#: Edge styles: (tension, strength) -> one curve each.
EDGE_STYLES = [(t, s) for t in (False, True) for s in (1, 2, 3)]


@dataclass
class DrawState:
    """What the view currently shows, derived from the model and the filter."""

    #: model indices of the nodes in the scatter, in scatter order
    shown: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int64))
    #: per model node: drawn faded (outside the filter, "fade" mode)
    faded: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    #: per model edge: drawn at all / drawn faded
    edge_shown: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))
    edge_faded: np.ndarray = field(default_factory=lambda: np.zeros(0, bool))


class _Scatter(pg.ScatterPlotItem):
    """A scatter that leaves clicks to the view box, which hit-tests on the arrays.

    pyqtgraph offers a click to every item under the mouse that has a
    ``mouseClickEvent``, whatever its accepted buttons; the stock scatter would
    accept it and the view box would never see it.
    """

    def mouseClickEvent(self, ev) -> None:
        ev.ignore()


class _Curve(pg.PlotCurveItem):
    def mouseClickEvent(self, ev) -> None:
        ev.ignore()


def _interleave(pos: np.ndarray, edges: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """x and y arrays for connect='pairs': start, end, start, end, ..."""
    pts = pos[edges.reshape(-1)]
    return pts[:, 0], pts[:, 1]


class GraphLayers:
    """Owns the pyqtgraph items in a ViewBox and redraws them from a model."""

    def __init__(self, viewbox: pg.ViewBox) -> None:
        self.viewbox = viewbox
        self.edge_curves: dict[tuple[bool, int], pg.PlotCurveItem] = {}
        for key in EDGE_STYLES:
            curve = _Curve(connect="pairs", pen=style.edge_pen(*key), antialias=False)
            curve.setZValue(1 if key[0] else 0)
            self.edge_curves[key] = curve
        self.faded_edges = _Curve(
            connect="pairs", pen=style.edge_pen(False, 1, faded=True), antialias=False
        )
        self.faded_edges.setZValue(-1)
        # A thin outline keeps the pale middle class visible on white. In pixel mode
        # the pen is baked into the cached symbol pixmaps, so it costs nothing per frame.
        self.nodes = _Scatter(pxMode=True, pen=style.node_outline(), symbol="o", antialias=True)
        self.nodes.setZValue(10)
        self.rings = _Scatter(pxMode=True, brush=style.no_brush(), symbol="o")
        self.rings.setZValue(11)
        self.obstacles = _Scatter(
            pxMode=True,
            symbol=style.obstacle_symbol(),
            brush=style.obstacle_brush(),
            pen=style.obstacle_pen(),
        )
        self.obstacles.setZValue(12)
        self.selection = _Scatter(
            pxMode=True, symbol="o", brush=style.no_brush(), pen=style.selection_pen()
        )
        self.selection.setZValue(13)
        self.highlight_edges = _Curve(connect="pairs", pen=style.highlight_edge_pen())
        self.highlight_edges.setZValue(14)
        self.highlight_nodes = _Scatter(pxMode=True, pen=style.node_outline(), symbol="o")
        self.highlight_nodes.setZValue(15)
        self.bridge_lines = _Curve(connect="pairs", pen=style.layer_line_pen(style.BRIDGE))
        self.bridge_lines.setZValue(5)
        self.bridge_marks = _Scatter(
            pxMode=True, symbol="d", size=9, pen=None, brush=style.make_brush(style.BRIDGE)
        )
        self.bridge_marks.setZValue(16)
        self.pro_lines = _Curve(connect="pairs", pen=style.layer_line_pen(style.PROFESSIONAL))
        self.pro_lines.setZValue(5)
        self.pro_marks = _Scatter(
            pxMode=True, symbol="s", size=9, pen=None, brush=style.make_brush(style.PROFESSIONAL)
        )
        self.pro_marks.setZValue(16)
        self.main_items = [self.faded_edges, *self.edge_curves.values(), self.nodes]
        self.main_items += [self.rings, self.obstacles]
        for item in self.all_items():
            viewbox.addItem(item)
        self.layer_on = {"bridge_persons": False, "professionals": False}
        #: Map units per screen pixel (set by the view), so markers keep a visible distance.
        self.pixel = 0.0
        #: node size factor for the zoom level (see :func:`detail_scale`)
        self.scale = 1.0
        #: what the legend reads: which things are on screen right now
        self.drawn: dict[str, object] = {}

    def all_items(self) -> list[pg.GraphicsObject]:
        return [
            *self.main_items,
            self.selection,
            self.highlight_edges,
            self.highlight_nodes,
            self.bridge_lines,
            self.bridge_marks,
            self.pro_lines,
            self.pro_marks,
        ]

    def node_items(self) -> list[pg.GraphicsObject]:
        return [
            self.nodes,
            self.rings,
            self.obstacles,
            self.selection,
            self.highlight_nodes,
            self.bridge_marks,
            self.pro_marks,
        ]

    def edge_items(self) -> list[pg.PlotCurveItem]:
        return [
            self.faded_edges,
            *self.edge_curves.values(),
            self.highlight_edges,
            self.bridge_lines,
            self.pro_lines,
        ]

    # -- drawing ----------------------------------------------------------------
    def draw(self, model: MapModel, state: DrawState) -> None:
        self.draw_nodes(model, state)
        self.draw_edges(model, state)
        self.draw_layers(model, state)

    def draw_nodes(self, model: MapModel, state: DrawState) -> None:
        shown = state.shown
        faded = state.faded[shown]
        classes = model.vclass[shown].astype(np.int64)
        brushes = style.node_brushes(False)[classes]
        if faded.any():
            brushes[faded] = style.node_brushes(True)[classes[faded]]
        pos = model.pos[shown]
        sizes = self.sizes(model)
        self.nodes.setData(pos=pos, size=sizes[shown], brush=brushes)
        # Rings and obstacle markers only when nodes are drawn large enough to carry them.
        marks = self.scale >= MARK_SCALE
        ring_idx = shown[(model.ring[shown] >= 0) & ~faded] if marks else shown[:0]
        self.rings.setData(
            pos=model.pos[ring_idx],
            size=sizes[ring_idx] + 6,
            pen=style.ring_pens()[model.ring[ring_idx].astype(np.int64)],
        )
        obstacle_idx = shown[(model.obstacles[shown] > 0) & ~faded] if marks else shown[:0]
        self.obstacles.setData(pos=model.pos[obstacle_idx], size=sizes[obstacle_idx] + 12)
        drawn_full = shown[~faded]
        self.drawn["vitality_classes"] = set(np.unique(model.vclass[drawn_full]).tolist())
        self.drawn["rings"] = set(np.unique(model.ring[ring_idx]).tolist())
        self.drawn["obstacles"] = bool(len(obstacle_idx))

    def draw_edges(self, model: MapModel, state: DrawState) -> None:
        edges = model.edges
        full = state.edge_shown & ~state.edge_faded
        for (tension, strength), curve in self.edge_curves.items():
            mask = full & (model.tension == tension) & (model.strength == strength)
            x, y = _interleave(model.pos, edges[mask])
            curve.setData(x=x, y=y)
        x, y = _interleave(model.pos, edges[state.edge_shown & state.edge_faded])
        self.faded_edges.setData(x=x, y=y)
        self.drawn["ties"] = bool((full & ~model.tension).any())
        self.drawn["tension"] = bool((full & model.tension).any())

    def draw_layers(self, model: MapModel, state: DrawState) -> None:
        visible = np.zeros(model.n, bool)
        visible[state.shown] = True
        for key, marks, lines, rows in (
            ("bridge_persons", self.bridge_marks, self.bridge_lines, model.bridges),
            ("professionals", self.pro_marks, self.pro_lines, model.professionals),
        ):
            on = self.layer_on[key]
            marks.setVisible(on)
            lines.setVisible(on)
            drawn = 0
            if on:
                drawn = self._draw_attached(model, visible, marks, lines, rows, key)
            self.drawn[key] = drawn > 0

    def _draw_attached(self, model, visible, marks, lines, rows, key) -> int:
        """Markers at the mean of their networks' positions, thin lines to each network."""
        index = model.index
        groups = [[index[n] for n in row[-1] if n in index] for row in rows]
        groups = [[i for i in g if visible[i]] for g in groups]
        keep = [k for k, g in enumerate(groups) if len(g) >= (2 if key == "bridge_persons" else 1)]
        if not keep:
            marks.setData(pos=np.zeros((0, 2)))
            lines.setData(x=np.zeros(0), y=np.zeros(0))
            return 0
        flat = np.concatenate([groups[k] for k in keep])
        counts = np.array([len(groups[k]) for k in keep])
        starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
        centres = np.add.reduceat(model.pos[flat], starts, axis=0) / counts[:, None]
        if key == "professionals":
            # Beside the networks, not on top of a single one: at least clear of the
            # node's disc on screen, whatever the zoom.
            clear = self.pixel * (float(model.size_px.max(initial=10.0)) / 2 + 14)
            centres = centres + max(_spacing(model) * 0.6, clear)
        owner = np.repeat(np.arange(len(keep)), counts)
        segs = np.empty((len(flat) * 2, 2))
        segs[0::2] = centres[owner]
        segs[1::2] = model.pos[flat]
        marks.setData(pos=centres)
        lines.setData(x=segs[:, 0], y=segs[:, 1])
        return len(keep)

    def sizes(self, model: MapModel) -> np.ndarray:
        """Pixel diameters at the current detail level (whole pixels: fewer cached symbols)."""
        if self.scale >= 1.0:
            return model.size_px
        return np.maximum(np.round(model.size_px * self.scale), 3.0)

    def draw_selection(self, model: MapModel, indices: np.ndarray) -> None:
        self.selection.setData(pos=model.pos[indices], size=self.sizes(model)[indices] + 10)

    def draw_highlight(self, model: MapModel, centre: int | None, state: DrawState) -> None:
        if centre is None:
            self.highlight_nodes.setData(pos=np.zeros((0, 2)))
            self.highlight_edges.setData(x=np.zeros(0), y=np.zeros(0))
            for item in self.main_items:
                item.setOpacity(1.0)
            return
        e = model.edges
        mask = ((e[:, 0] == centre) | (e[:, 1] == centre)) & state.edge_shown
        nodes = np.unique(np.concatenate([[centre], e[mask].ravel()]))
        classes = model.vclass[nodes].astype(np.int64)
        self.highlight_nodes.setData(
            pos=model.pos[nodes],
            size=self.sizes(model)[nodes],
            brush=style.node_brushes(False)[classes],
        )
        x, y = _interleave(model.pos, e[mask])
        self.highlight_edges.setData(x=x, y=y)
        for item in self.main_items:
            item.setOpacity(0.25)

    def draw_drag(self, model: MapModel, nodes: np.ndarray, state: DrawState) -> None:
        """The dragged nodes and their ties over the map (the overlay of the highlight)."""
        e = model.edges
        mask = np.isin(e[:, 0], nodes) | np.isin(e[:, 1], nodes)
        mask &= state.edge_shown
        classes = model.vclass[nodes].astype(np.int64)
        self.highlight_nodes.setData(
            pos=model.pos[nodes],
            size=self.sizes(model)[nodes],
            brush=style.node_brushes(False)[classes],
        )
        x, y = _interleave(model.pos, e[mask])
        self.highlight_edges.setData(x=x, y=y)
        self.selection.setData(pos=model.pos[nodes], size=self.sizes(model)[nodes] + 10)

    def set_edges_visible(self, on: bool) -> None:
        for item in self.edge_items():
            if item in (self.bridge_lines, self.pro_lines):
                item.setVisible(on and self.layer_on[_layer_of(self, item)])
            else:
                item.setVisible(on)


def _layer_of(layers: GraphLayers, item) -> str:
    return "bridge_persons" if item is layers.bridge_lines else "professionals"


def _spacing(model: MapModel) -> float:
    if model.n < 2:
        return 1.0
    span = np.ptp(model.pos, axis=0)
    return float(np.sqrt(max(span[0] * span[1], 1e-9) / model.n)) or 1.0


def drawn_unknown(layers: GraphLayers) -> bool:
    return UNKNOWN_CLASS in layers.drawn.get("vitality_classes", set())
