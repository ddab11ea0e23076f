"""The interactive map of networks: the window's central widget.

See ``notes/UI_CONTRACT.md`` ("MapWidget API"). The widget reads what it draws
from the atlas of an :class:`~desktop_app.ui.session.AtlasSession`, keeps it as
arrays (:mod:`.model`), draws it with a few pyqtgraph items (:mod:`.layers`),
and writes back only through undo commands on the session.
"""

from __future__ import annotations

import html
import logging
import math

import numpy as np
from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from desktop_app import labels
from desktop_app.analysis.layout import LayoutInput, layout_job
from desktop_app.domain import Position, palette
from desktop_app.domain.enums import NetworkKind
from desktop_app.store import AtlasError, ChangeSet
from desktop_app.store.map_snapshot import (
    load_bridges,
    load_map_rows,
    load_map_snapshot,
    load_positions,
    load_professionals,
)
from desktop_app.ui.commands import MoveNodesCommand
from desktop_app.ui.jobs import JobRunner
from desktop_app.ui.map import style
from desktop_app.ui.map.empty_hint import EmptyMapHint
from desktop_app.ui.map.labels import MAX_LABELS, LabelPool
from desktop_app.ui.map.layers import DrawState, GraphLayers
from desktop_app.ui.map.legend import LegendPanel, legend_entries
from desktop_app.ui.map.model import (
    MapModel,
    add_nodes,
    apply_vitality,
    build_model,
    remove_nodes,
    set_positions,
    update_vitality,
)
from desktop_app.ui.map.progress import LayoutProgressPanel
from desktop_app.ui.map.viewbox import MapViewBox
from desktop_app.ui.window.widgets import plain_message

log = logging.getLogger(__name__)

# Above this many edges, edges are hidden while the view moves (shown again
# MOTION_REST_MS after the last move): edges cost most of a frame.
EDGE_MOTION_LIMIT = 5000
MOTION_REST_MS = 150
# Above this many networks the nodes, too, are drawn as one picture while the view moves.
MOTION_PROXY_NODES = 20_000
# Above this many networks a drag draws only the dragged nodes until release.
DRAG_REDRAW_LIMIT = 3000
# Tables whose change means a full reload of what the map draws.
RELOAD_TABLES = {"networks", "ties", "support_cases", "obstacles", "memberships", "professionals"}


def _only_network_fields(changes: ChangeSet) -> bool:
    """Only networks' own fields changed (a rename): no node added, removed or tied."""
    others = set(RELOAD_TABLES) - {"networks"}
    return (
        changes.touches("networks")
        and not changes.is_whole("networks")
        and not changes.touches(*others)
        and not changes.inserted("networks")
        and not changes.deleted("networks")
    )


def _only_deleted_networks(changes: ChangeSet) -> bool:
    """Networks deleted with what hung on them, nothing else on the map changed."""
    deleted = changes.deleted("networks")
    if not deleted or changes.inserted("networks") or changes.updated("networks"):
        return False
    for table in RELOAD_TABLES | {"obstacle_networks"}:
        if changes.is_whole(table) or changes.ids(table) != changes.deleted(table):
            return False
    # obstacles themselves stay (only their links to the deleted networks go)
    return not changes.touches("obstacles", "professionals")


def _only_added_networks(changes: ChangeSet) -> bool:
    """Networks added with their ties, cases and links (an undo of a delete), nothing else."""
    added = changes.inserted("networks")
    if not added or changes.deleted("networks") or changes.updated("networks"):
        return False
    for table in RELOAD_TABLES | {"obstacle_networks"}:
        if changes.is_whole(table) or changes.ids(table) != changes.inserted(table):
            return False
    # Ties to networks drawn already come with the new ones; a case or an obstacle
    # link of a network drawn already changes its marks: read everything then.
    marked = changes.network_ids("support_cases", "obstacle_networks")
    return not changes.touches("obstacles", "professionals") and marked <= added


class LayoutCommand(MoveNodesCommand):
    """All positions a layout changed, as one undo step (never merged with drags)."""

    def id(self) -> int:
        return -1


class MapWidget(QWidget):
    selection_changed = Signal(list)
    network_activated = Signal(str)
    hovered = Signal(object)
    layout_progress = Signal(int, int)
    layout_finished = Signal(bool)
    # Emitted after each complete redraw of the map's content (for tests and the benchmark).
    redrawn = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        self.session = None
        self.model = MapModel()
        self.state = DrawState()
        self._vitality: dict[str, tuple[float | None, bool]] = {}
        self._visible_ids: set[str] | None = None
        #: The view is as "fit to view" left it (refit when the legend changes size).
        self._fitted = False
        self._refitting = False
        self._visible_mode = "fade"
        self._selected = np.zeros(0, np.int64)
        self._highlight: int | None = None
        self._hover: int | None = None
        self._own_change = False
        self._quiet_range = False
        self._moving = False
        self._drag: dict | None = None
        # The layout runs in a process of its own: igraph holds the GIL for a whole call.
        self._layout_jobs = JobRunner(self, name="layout")
        self._layout_ids: list[str] = []
        self._proxy = None
        self._layout_releases_pins = False
        # Iterations per layout chunk (None: sized to the graph); tests make it small.
        self.layout_chunk: int | None = None

        self.view = pg.GraphicsView(self, background=style.BACKGROUND)
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewbox = MapViewBox()
        self.view.setCentralItem(self.viewbox)
        self.layers = GraphLayers(self.viewbox)
        self.labels = LabelPool(self.viewbox)
        self.legend = LegendPanel(self.view)
        self.empty_hint = EmptyMapHint(self.view)
        self.progress = LayoutProgressPanel(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._motion_timer = QTimer(self)
        self._motion_timer.setSingleShot(True)
        self._motion_timer.setInterval(MOTION_REST_MS)
        self._drag_timer = QTimer(self)
        self._drag_timer.setSingleShot(True)
        self._drag_timer.setInterval(30)
        self._connect_signals()
        self._redraw()

    def _connect_signals(self) -> None:
        vb = self.viewbox
        vb.hit = self._hit
        vb.on_click = self._on_click
        vb.on_double_click = self._on_double_click
        vb.on_rect = self._on_rect
        vb.on_drag = self._on_drag
        vb.on_hover = self._on_hover
        vb.sigRangeChanged.connect(self._on_range_changed)
        self.legend.collapsed_changed.connect(self._on_legend_collapsed)
        self._motion_timer.timeout.connect(self._on_motion_stopped)
        self._drag_timer.timeout.connect(self._on_drag_frame)
        self.progress.cancel_requested.connect(self.cancel_layout)
        self._layout_jobs.progressed.connect(self._on_layout_progress)
        self._layout_jobs.done.connect(self._on_layout_done)
        self._layout_jobs.failed.connect(self._on_layout_failed)
        self._layout_jobs.cancelled.connect(self._on_layout_cancelled)

    # -- public API (UI_CONTRACT.md) -------------------------------------------------
    def set_session(self, session) -> None:
        """Show the atlas of ``session`` (None: show nothing)."""
        if self.session is not None:
            self.session.data_changed.disconnect(self._on_data_changed)
            self.session.vitality_changed.disconnect(self._on_vitality)
        self._stop_jobs()
        self.session = session
        self._vitality = {}
        self._selected = np.zeros(0, np.int64)
        self._highlight = None
        if session is not None:
            session.data_changed.connect(self._on_data_changed)
            # Scored once by the session, for every view.
            session.vitality_changed.connect(self._on_vitality)
        self._reload()
        self.fit_to_view()
        if (
            session is not None
            and self.model.n > 1
            and not self.model.stored.any()
            and not session.atlas.read_only
        ):
            self.run_layout()

    def set_visible_ids(self, ids: set[str] | None, mode: str = "fade") -> None:
        """Keep ``ids`` (None: all); the rest is faded or hidden (``mode``)."""
        self._visible_ids = None if ids is None else set(ids)
        self._visible_mode = mode if mode in ("fade", "hide") else "fade"
        self._redraw()

    def set_selected_ids(self, ids: list[str]) -> None:
        """Show ``ids`` as selected (does not emit selection_changed)."""
        index = self.model.index
        self._selected = np.array([index[i] for i in ids if i in index], dtype=np.int64)
        self._draw_selection()

    def selected_ids(self) -> list[str]:
        return [self.model.ids[i] for i in self._selected]

    def center_on(self, network_id: str) -> None:
        """Put the network in the middle of the view, zooming in if the view is far out."""
        i = self.model.index.get(network_id)
        if i is None:
            return
        rect = self.viewbox.viewRect()
        w, h = rect.width(), rect.height()
        # Close enough to read the names around it.
        near = _spacing(self.model) * 14
        if w > near and h > 0:
            w, h = near, near * h / rect.width()
        x, y = self.model.pos[i]
        self._jump(QRectF(x - w / 2, y - h / 2, w, h), padding=0)

    def fit_to_view(self) -> None:
        """Every network in view (those the filter keeps, when it keeps some), with their
        names, beside the legend rather than under it."""
        shown = self._fit_indices()
        if len(shown) == 0:
            self._jump(QRectF(-1, -1, 2, 2), padding=0.05)
            return
        pos = self.model.pos[shown]
        lo, hi = pos.min(axis=0), pos.max(axis=0)
        span = np.maximum(hi - lo, _spacing(self.model) * 2)
        centre = (lo + hi) / 2
        lo, hi = centre - span / 2, centre + span / 2
        size = self.viewbox.size()
        width, height = float(size.width()), float(size.height())
        if width < 50 or height < 50:  # not laid out yet: the plain fit
            self._jump(QRectF(*lo, *span), padding=0.06)
            return
        left, top, right, bottom = self._fit_margins(shown)
        best = None
        for x0, y0, x1, y1 in self._free_areas(width, height):
            room_w, room_h = x1 - x0 - left - right, y1 - y0 - top - bottom
            if room_w < 40 or room_h < 40:
                continue
            k = min(room_w / span[0], room_h / span[1])  # pixels per map unit
            if best is None or k > best[0]:
                best = (k, x0 + left, y0 + top, room_w, room_h)
        if best is None:
            self._jump(QRectF(*lo, *span), padding=0.06)
            return
        k, px, py, room_w, room_h = best
        # Centre the networks in the free area; the view's y axis points up.
        px += (room_w - span[0] * k) / 2
        py += (room_h - span[1] * k) / 2
        view_left = lo[0] - px / k
        view_top = hi[1] + py / k
        self._jump(QRectF(view_left, view_top - height / k, width / k, height / k), padding=0)
        self._fitted = True

    def _fit_indices(self) -> np.ndarray:
        """The nodes "fit to view" frames: those the filter keeps, else all shown."""
        shown = self.state.shown
        if self._visible_ids is not None and len(shown):
            index = self.model.index
            kept = np.array([index[i] for i in self._visible_ids if i in index], np.int64)
            if len(kept):
                return kept
        return shown

    def _fit_margins(self, shown: np.ndarray) -> tuple[float, float, float, float]:
        """Pixels kept free around the networks: half a node, and its name under it."""
        radius = float(self.layers.sizes(self.model)[shown].max(initial=10.0)) / 2 + 6
        half_name, name_height = 0.0, 0.0
        if self.labels.enabled and len(shown) <= MAX_LABELS:
            from PySide6.QtGui import QFontMetricsF

            metrics = QFontMetricsF(self.labels.layer.font)
            names = [self.model.names[i] for i in shown]
            half_name = min(max(metrics.horizontalAdvance(n) for n in names) / 2 + 4, 170.0)
            name_height = metrics.height() + 4
        side = max(radius, half_name)
        return side, radius, side, radius + name_height

    def _free_areas(self, width: float, height: float) -> list[tuple[float, float, float, float]]:
        """Parts of the view (x0, y0, x1, y1 in pixels) not covered by the legend."""
        legend = self.legend
        if not legend.isVisible():
            return [(0.0, 0.0, width, height)]
        geo = legend.geometry().translated(-self.view.viewport().pos())
        return [
            (float(geo.right() + 1), 0.0, width, height),  # beside it
            (0.0, 0.0, width, float(geo.top())),  # above it
        ]

    def _jump(self, rect: QRectF, padding: float) -> None:
        """One jump of the view (fit, centre): drawn in full at once, not as motion."""
        self._quiet_range = True
        try:
            self.viewbox.setRange(rect, padding=padding, disableAutoRange=True)
        finally:
            self._quiet_range = False
        if self._update_scale():
            self._redraw_nodes()

    def set_layer(self, name: str, on: bool) -> None:
        """Switch "bridge_persons", "professionals" or "labels" on or off."""
        if name == "labels":
            self.labels.enabled = on
            self._update_labels(force=True)
            return
        if name not in self.layers.layer_on:
            raise ValueError(name)
        self.layers.layer_on[name] = on
        if on and self.session is not None:
            self._load_layer(name)
        self.layers.draw_layers(self.model, self.state)
        self._update_legend()

    def layer(self, name: str) -> bool:
        if name == "labels":
            return self.labels.enabled
        return self.layers.layer_on[name]

    def highlight_neighbourhood(self, network_id: str | None) -> None:
        self._highlight = None if network_id is None else self.model.index.get(network_id)
        self.layers.draw_highlight(self.model, self._highlight, self.state)

    def run_layout(self, all_nodes: bool = False) -> None:
        """Arrange the map off the GUI thread; saved as one undo step when it completes.

        ``all_nodes`` False ("arrange unpinned networks"): pinned networks stay where
        the user put them, the rest moves. True ("arrange all networks"): everything
        moves and the pins are released (undo puts them back).
        """
        if self._layout_jobs.is_running() or self.session is None or self.model.n == 0:
            return
        model = self.model
        fixed = np.zeros(model.n, bool) if all_nodes else model.pinned.copy()
        if fixed.all():
            self.layout_finished.emit(True)
            return
        data = LayoutInput(
            n=model.n,
            edges=model.edges.copy(),
            weights=model.strength.astype(float),
            start=model.pos.copy(),
            pinned=fixed,
        )
        self._layout_ids = list(model.ids)
        self._layout_releases_pins = all_nodes
        self.progress.set_progress(0, 0)
        self.progress.show()
        self._place_overlays()
        self._layout_jobs.start(layout_job, (data, self.layout_chunk), process=True)

    def cancel_layout(self) -> None:
        if self._layout_jobs.is_running():
            self._layout_jobs.cancel()
            self.progress.label.setText(self.tr("Cancelling…"))

    def layout_running(self) -> bool:
        return self._layout_jobs.is_running()

    def visible_node_count(self) -> int:
        """Networks drawn at full strength (not hidden, not faded)."""
        shown = self.state.shown
        return int(len(shown) - self.state.faded[shown].sum())

    def export_image(self, path: str) -> bool:
        """Save what the map shows as a PNG, whole or not at all (an earlier file stays)."""
        from desktop_app.store.atomic import save_checked

        pixmap = self.view.grab()
        return save_checked(path, lambda tmp: pixmap.save(str(tmp), "PNG"), b"IEND\xaeB`\x82")

    def position_of(self, network_id: str) -> tuple[float, float]:
        x, y = self.model.pos[self.model.index[network_id]]
        return float(x), float(y)

    def viewport_point(self, network_id: str) -> QPointF:
        """Where the network is drawn, in viewport coordinates (for tests and tooltips)."""
        x, y = self.position_of(network_id)
        scene = self.viewbox.mapViewToScene(QPointF(x, y))
        return QPointF(self.view.mapFromScene(scene))

    # -- loading ------------------------------------------------------------------
    def _reload(self) -> None:
        if self.session is None:
            self.model = MapModel()
        else:
            atlas = self.session.atlas
            snap = load_map_snapshot(
                atlas,
                bridges=self.layers.layer_on["bridge_persons"],
                professionals=self.layers.layer_on["professionals"],
            )
            selected = self.selected_ids()
            highlight = None if self._highlight is None else self.model.ids[self._highlight]
            self.model = build_model(snap)
            self._apply_vitality()
            index = self.model.index
            self._selected = np.array([index[i] for i in selected if i in index], np.int64)
            self._highlight = index.get(highlight) if highlight else None
        self.empty_hint.setVisible(self.session is not None and self.model.n == 0)
        self._place_overlays()
        self._redraw()

    def _load_layer(self, name: str) -> None:
        atlas = self.session.atlas
        if name == "bridge_persons":
            self.model.bridges = load_bridges(atlas)
        else:
            self.model.professionals = load_professionals(atlas)

    def _on_data_changed(self, changes: ChangeSet) -> None:
        if _only_network_fields(changes):
            self._patch_networks(changes.updated("networks"))
        elif _only_deleted_networks(changes):
            self._remove_networks(changes.deleted("networks"))
        elif _only_added_networks(changes):
            self._add_networks(changes.inserted("networks"))
        elif changes.touches(*RELOAD_TABLES):
            self._reload()
        elif changes.touches("positions") and not self._own_change:
            set_positions(self.model, load_positions(self.session.atlas))
            self._redraw()

    def _on_vitality(self, ids) -> None:
        """The session scored networks again (``ids``, or None: all): colour them."""
        if self.session is None:
            return
        vitality = self.session.snapshot.vitality
        wanted = vitality.keys() if ids is None else [i for i in ids if i in vitality]
        self._vitality.update(
            {nid: (vitality[nid].map_score, vitality[nid].silent) for nid in wanted}
        )
        if ids is None:
            self._apply_vitality()
            self._redraw()
        elif update_vitality(self.model, {n: self._vitality[n][0] for n in wanted}):
            self._compute_state()
            self._redraw_nodes()
        # else: the same colours (a signal seldom moves a network to another class)

    def _remove_networks(self, ids: set[str]) -> None:
        """Networks deleted: their nodes and ties go, nothing is read again."""
        selected = [i for i in self.selected_ids() if i not in ids]
        highlight = None if self._highlight is None else self.model.ids[self._highlight]
        remove_nodes(self.model, ids)
        index = self.model.index
        self._selected = np.array([index[i] for i in selected if i in index], np.int64)
        self._highlight = index.get(highlight) if highlight else None
        for name in ("bridge_persons", "professionals"):
            if self.layers.layer_on[name]:
                self._load_layer(name)
        self.empty_hint.setVisible(self.model.n == 0)
        self._place_overlays()
        self._redraw()

    def _add_networks(self, ids: set[str]) -> None:
        """Networks added (or put back by an undo): their nodes and ties are read, no more."""
        add_nodes(self.model, load_map_rows(self.session.atlas, ids))
        vitality = self.session.snapshot.vitality
        self._vitality.update(
            {n: (vitality[n].map_score, vitality[n].silent) for n in ids if n in vitality}
        )
        self._apply_vitality()
        for name in ("bridge_persons", "professionals"):
            if self.layers.layer_on[name]:
                self._load_layer(name)
        self.empty_hint.setVisible(self.model.n == 0)
        self._place_overlays()
        self._redraw()

    def _patch_networks(self, ids: set[str]) -> None:
        """Networks renamed or resized: their nodes and labels change, the rest stays."""
        model, index = self.model, self.model.index
        resized = False
        for network in self.session.atlas.networks.many(ids):
            i = index.get(network.id)
            if i is None:
                continue
            model.names[i] = network.name
            model.kinds[i] = network.kind.value
            size = round(palette.node_diameter(network.size_estimate))
            resized |= bool(model.size_px[i] != size)
            model.size_px[i] = size
        if resized:
            self._redraw_nodes()
        else:
            self._update_labels(force=True)

    def _apply_vitality(self) -> None:
        apply_vitality(self.model, {k: v[0] for k, v in self._vitality.items()})

    def _stop_jobs(self, wait: float = 0.0) -> None:
        """Cancel and drop the layout job; wait up to ``wait`` seconds for its thread."""
        self._layout_jobs.shutdown(wait)
        self.progress.hide()
        self.progress.label.setText(self.tr("Arranging the map…"))

    def vitality_pending(self) -> bool:
        return self.session is not None and self.session.is_busy()

    # -- drawing --------------------------------------------------------------------
    def _compute_state(self) -> None:
        model = self.model
        n = model.n
        if self._visible_ids is None:
            keep = np.ones(n, bool)
        else:
            keep = np.zeros(n, bool)
            idx = [model.index[i] for i in self._visible_ids if i in model.index]
            keep[idx] = True
        edges = model.edges
        both = keep[edges[:, 0]] & keep[edges[:, 1]] if len(edges) else np.zeros(0, bool)
        if self._visible_mode == "hide":
            self.state = DrawState(
                shown=np.flatnonzero(keep),
                faded=np.zeros(n, bool),
                edge_shown=both,
                edge_faded=np.zeros(len(edges), bool),
            )
        else:
            self.state = DrawState(
                shown=np.arange(n),
                faded=~keep,
                edge_shown=np.ones(len(edges), bool),
                edge_faded=~both,
            )

    def _in_view(self) -> np.ndarray:
        """Model indices of the shown nodes inside the view rectangle."""
        rect = self.viewbox.viewRect()
        shown = self.state.shown
        pos = self.model.pos[shown]
        inside = (
            (pos[:, 0] >= rect.left())
            & (pos[:, 0] <= rect.right())
            & (pos[:, 1] >= rect.top())
            & (pos[:, 1] <= rect.bottom())
        )
        return shown[inside]

    def _update_scale(self) -> bool:
        """Pick the node size for how crowded the view is; True when it changed."""
        from desktop_app.ui.map.layers import detail_scale

        size = self.view.viewport().size()
        pixel = float(self.viewbox.viewPixelSize()[0])
        old_pixel, self.layers.pixel = self.layers.pixel, pixel
        if self.layers.layer_on["professionals"] and not 0.8 < pixel / (old_pixel or 1e-12) < 1.25:
            self.layers.draw_layers(self.model, self.state)
        scale = detail_scale(len(self._in_view()), float(size.width() * size.height()))
        if scale == self.layers.scale:
            return False
        self.layers.scale = scale
        return True

    def _redraw_nodes(self) -> None:
        self.layers.draw_nodes(self.model, self.state)
        self._draw_selection()
        self.layers.draw_highlight(self.model, self._highlight, self.state)
        self._update_legend()

    def _redraw(self) -> None:
        self._compute_state()
        self._update_scale()
        self.layers.draw(self.model, self.state)
        self._draw_selection()
        self.layers.draw_highlight(self.model, self._highlight, self.state)
        self._update_legend()
        self.redrawn.emit()

    def _draw_selection(self) -> None:
        self.layers.draw_selection(self.model, self._selected)
        self._update_labels(force=True)

    def _update_legend(self) -> None:
        before = self.legend.size() if self.legend.isVisible() else None
        self.legend.set_entries(legend_entries(self.layers.drawn))
        self._place_overlays()
        after = self.legend.size() if self.legend.isVisible() else None
        grew = after is not None and (
            before is None or after.width() > before.width() or after.height() > before.height()
        )
        if self._fitted and grew and not self._refitting:
            # The legend grew (colours arrived after the fit): keep the nodes beside it.
            self._refitting = True
            try:
                self.fit_to_view()
            finally:
                self._refitting = False

    def _update_labels(self, force: bool = False) -> None:
        if self.model.n == 0:
            self.labels.hide_all()
            return
        in_view = self._in_view()
        candidates = in_view[~self.state.faded[in_view]]
        self.labels.update(self.model, candidates, self._selected, force)

    def _on_range_changed(self, *_args) -> None:
        if not self._quiet_range:
            self._fitted = False  # the user moved the view: leave it where they put it
        big = len(self.model.edges) > EDGE_MOTION_LIMIT or self.model.n > MOTION_PROXY_NODES
        if self._quiet_range or not big:
            if self._update_scale():
                self._redraw_nodes()
            self._update_labels()
            return
        if not self._moving:
            self._moving = True
            self.layers.set_edges_visible(False)
            self.labels.hide_all()
            if self.model.n > MOTION_PROXY_NODES:
                self._show_motion_proxy()
        self._motion_timer.start()

    def _show_motion_proxy(self) -> None:
        """While the view moves, draw one picture of the nodes instead of every node.

        At 50,000 networks drawing every node takes longer than a frame may; the
        picture (taken once, edges already hidden) pans and zooms for almost nothing.
        The real nodes come back MOTION_REST_MS after the last move.
        """
        from PySide6.QtGui import QTransform
        from PySide6.QtWidgets import QGraphicsPixmapItem

        rect = self.viewbox.viewRect()
        pixmap = self.view.viewport().grab()
        if pixmap.isNull() or pixmap.width() == 0 or pixmap.height() == 0:
            return
        if self._proxy is None:
            self._proxy = QGraphicsPixmapItem()
            self._proxy.setZValue(30)
            self._proxy.setTransformationMode(Qt.TransformationMode.FastTransformation)
            self.viewbox.addItem(self._proxy, ignoreBounds=True)
        ratio = pixmap.devicePixelRatio() or 1.0
        sx = rect.width() / (pixmap.width() / ratio)
        sy = rect.height() / (pixmap.height() / ratio)
        self._proxy.setPixmap(pixmap)
        self._proxy.setTransform(QTransform(sx, 0, 0, -sy, rect.left(), rect.bottom()))
        self._proxy.show()
        for item in self.layers.node_items():
            item.setVisible(False)

    def _hide_motion_proxy(self) -> None:
        if self._proxy is not None and self._proxy.isVisible():
            self._proxy.hide()
            self._proxy.setPixmap(QPixmap())
            for item in self.layers.node_items():
                item.setVisible(True)
            self.layers.draw_layers(self.model, self.state)

    def _on_motion_stopped(self) -> None:
        self._moving = False
        if self._update_scale():
            self._redraw_nodes()
        self._hide_motion_proxy()
        self.layers.set_edges_visible(True)
        self._update_labels(force=True)

    def is_moving(self) -> bool:
        return self._moving

    # -- mouse ----------------------------------------------------------------------
    def _hit(self, scene_pos: QPointF) -> int | None:
        shown = self.state.shown
        if len(shown) == 0:
            return None
        p = self.viewbox.mapSceneToView(scene_pos)
        px, py = self.viewbox.viewPixelSize()
        if not (px > 0 and py > 0):
            return None
        pos = self.model.pos[shown]
        d2 = ((pos[:, 0] - p.x()) / px) ** 2 + ((pos[:, 1] - p.y()) / py) ** 2
        radius = self.model.size_px[shown] / 2 + 3
        inside = np.flatnonzero(d2 <= radius**2)
        if len(inside) == 0:
            return None
        return int(shown[inside[np.argmin(d2[inside])]])

    def _emit_selection(self) -> None:
        self._draw_selection()
        self.selection_changed.emit(self.selected_ids())

    def _on_click(self, node: int | None, mods: Qt.KeyboardModifier) -> None:
        add = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if node is None:
            if add:
                return
            self._selected = np.zeros(0, np.int64)
        elif add:
            if node in self._selected:
                self._selected = self._selected[self._selected != node]
            else:
                self._selected = np.append(self._selected, node)
        else:
            self._selected = np.array([node], np.int64)
        self._emit_selection()

    def _on_double_click(self, node: int) -> None:
        self.network_activated.emit(self.model.ids[node])

    def _on_rect(self, rect: QRectF, mods: Qt.KeyboardModifier) -> None:
        shown = self.state.shown
        pos = self.model.pos[shown]
        inside = shown[
            (pos[:, 0] >= rect.left())
            & (pos[:, 0] <= rect.right())
            & (pos[:, 1] >= rect.top())
            & (pos[:, 1] <= rect.bottom())
        ]
        if mods & Qt.KeyboardModifier.ControlModifier:
            inside = np.union1d(self._selected, inside)
        self._selected = np.asarray(inside, np.int64)
        self._emit_selection()

    def _on_drag(self, stage: str, node: int, point: QPointF) -> None:
        model = self.model
        if stage == "start":
            if self.session is None or self.session.atlas.read_only:
                self._drag = None
                return
            moving = self._selected if node in self._selected else np.array([node])
            self._drag = {
                "nodes": np.asarray(moving, np.int64),
                "start": model.pos[moving].copy(),
                "origin": np.array([point.x(), point.y()]),
            }
            return
        if self._drag is None:
            return
        delta = np.array([point.x(), point.y()]) - self._drag["origin"]
        model.pos[self._drag["nodes"]] = self._drag["start"] + delta
        if stage == "move":
            if not self._drag_timer.isActive():
                self._drag_timer.start()
            return
        self._drag_timer.stop()
        self._finish_drag()

    def _on_drag_frame(self) -> None:
        if self._drag is None:
            return
        if self.model.n > DRAG_REDRAW_LIMIT:
            # Redrawing every node per mouse move is too slow here: draw the dragged
            # nodes and their ties on top; the full redraw follows on release.
            self.layers.draw_drag(self.model, self._drag["nodes"], self.state)
            return
        self.layers.draw(self.model, self.state)
        self._draw_selection()
        self.layers.draw_highlight(self.model, self._highlight, self.state)

    def _finish_drag(self) -> None:
        drag, self._drag = self._drag, None
        model = self.model
        nodes = drag["nodes"]
        before: dict[str, Position | None] = {}
        after: dict[str, Position] = {}
        for k, i in enumerate(nodes):
            nid = model.ids[i]
            x0, y0 = drag["start"][k]
            before[nid] = (
                Position(network_id=nid, x=float(x0), y=float(y0), pinned=bool(model.pinned[i]))
                if model.stored[i]
                else None
            )
            after[nid] = Position(
                network_id=nid, x=float(model.pos[i, 0]), y=float(model.pos[i, 1]), pinned=True
            )
        text = (
            self.tr("Move network")
            if len(nodes) == 1
            else self.tr("Move %n networks", "", len(nodes))
        )
        try:
            self._own_change = True
            self.session.execute(MoveNodesCommand(self.session, before, after, text))
        except AtlasError as exc:
            model.pos[nodes] = drag["start"]
            plain_message(self, self.tr("Move network"), str(exc))
        else:
            model.pinned[nodes] = True
            model.stored[nodes] = True
        finally:
            self._own_change = False
        self._redraw()

    def _on_hover(self, node: int | None, screen_pos: QPointF) -> None:
        if node == self._hover:
            return
        self._hover = node
        self.hovered.emit(None if node is None else self.model.ids[node])
        if node is None:
            QToolTip.hideText()
            return
        QToolTip.showText(screen_pos.toPoint(), self.tooltip_text(node), self.view)

    def tooltip_text(self, node: int) -> str:
        """Name, kind and vitality of a node; user text escaped (shown literally)."""
        model = self.model
        try:
            kind = labels.label(NetworkKind(model.kinds[node]))
        except ValueError:
            kind = model.kinds[node]
        score = model.vscore[node]
        silent = self._vitality.get(model.ids[node], (None, False))[1]
        if silent:
            vitality = self.tr("Vitality: silent (no recent signals)")
        elif math.isnan(score):
            vitality = self.tr("Vitality: unknown")
        else:
            vitality = self.tr("Vitality: %1").replace("%1", str(round(score)))
        lines = [f"<b>{html.escape(model.names[node])}</b>", html.escape(kind), vitality]
        return "<p style='white-space:pre'>" + "<br>".join(lines) + "</p>"

    # -- layout results -------------------------------------------------------------------
    def _on_layout_progress(self, done: int, total: int) -> None:
        self.progress.set_progress(done, total)
        self.layout_progress.emit(done, total)

    def _on_layout_cancelled(self) -> None:
        self.progress.hide()
        self.progress.label.setText(self.tr("Arranging the map…"))
        self.layout_finished.emit(False)

    def _on_layout_done(self, positions) -> None:
        self.progress.hide()
        self.progress.label.setText(self.tr("Arranging the map…"))
        ids = self._layout_ids
        # The atlas changed or closed meanwhile: nothing to save.
        if self.session is None or ids != self.model.ids:
            self.layout_finished.emit(False)
            return
        model = self.model
        before: dict[str, Position | None] = {}
        after: dict[str, Position] = {}
        for i, nid in enumerate(ids):
            x, y = float(positions[i, 0]), float(positions[i, 1])
            keep_pin = bool(model.pinned[i]) and not self._layout_releases_pins
            unchanged = model.stored[i] and x == model.pos[i, 0] and y == model.pos[i, 1]
            if unchanged and keep_pin == bool(model.pinned[i]):
                continue
            before[nid] = (
                Position(
                    network_id=nid,
                    x=float(model.pos[i, 0]),
                    y=float(model.pos[i, 1]),
                    pinned=bool(model.pinned[i]),
                )
                if model.stored[i]
                else None
            )
            after[nid] = Position(network_id=nid, x=x, y=y, pinned=keep_pin)
        if after:
            try:
                self._own_change = True
                self.session.execute(
                    LayoutCommand(self.session, before, after, self.tr("Arrange map"))
                )
            except AtlasError as exc:
                plain_message(self, self.tr("Arrange map"), str(exc))
                self.layout_finished.emit(False)
                return
            finally:
                self._own_change = False
            model.pos = np.asarray(positions, dtype=float).copy()
            model.stored[:] = True
            if self._layout_releases_pins:
                model.pinned[:] = False
        self._redraw()
        self.fit_to_view()
        self.layout_finished.emit(True)

    def _on_layout_failed(self, exc) -> None:
        self.progress.hide()
        self.layout_finished.emit(False)
        plain_message(self, self.tr("Arrange map"), str(exc))

    # -- Qt -------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F and not event.modifiers():
            self.fit_to_view()
            return
        if event.key() == Qt.Key.Key_Escape:
            if self._layout_jobs.is_running():
                self.cancel_layout()
            elif self._highlight is not None:
                self.highlight_neighbourhood(None)
            return
        super().keyPressEvent(event)

    def _on_legend_collapsed(self, _collapsed: bool) -> None:
        self._place_overlays()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_overlays()

    def _place_overlays(self) -> None:
        margin = 10
        hint = self.empty_hint
        hint.adjustSize()
        hint.move(
            max(margin, (self.view.width() - hint.width()) // 2),
            max(margin, (self.view.height() - hint.height()) // 3),
        )
        self.legend.adjustSize()
        self.legend.move(margin, self.view.height() - self.legend.height() - margin)
        self.progress.adjustSize()
        width = min(max(self.view.width() - 2 * margin, 200), 520)
        self.progress.resize(width, self.progress.sizeHint().height())
        self.progress.move((self.view.width() - width) // 2, margin)

    def closeEvent(self, event) -> None:
        self._stop_jobs(wait=30.0)
        super().closeEvent(event)


def _spacing(model: MapModel) -> float:
    """Typical distance between neighbouring networks on this map."""
    if model.n < 2:
        return 1.0
    span = np.ptp(model.pos, axis=0)
    return float(np.sqrt(max(span[0] * span[1], 1e-9) / model.n)) or 1.0
