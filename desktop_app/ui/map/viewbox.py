"""Mouse handling of the map: what a click, drag or hover means.

- click a node: select it (Ctrl: add or remove); click empty space: clear
- double-click a node: open it
- drag a node: move it (and the other selected nodes with it), pinned on release
- drag empty space: pan; Shift- or Ctrl-drag: rubber band selection
- wheel: zoom

The view box only tells what happened (by callbacks on the widget); hit
testing on the node arrays is the widget's job (``hit``).
"""

from __future__ import annotations

from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt


class MapViewBox(pg.ViewBox):
    def __init__(self) -> None:
        super().__init__(enableMenu=False, lockAspect=True, invertY=False)
        self.setMouseMode(pg.ViewBox.PanMode)
        # Filled in by the widget.
        self.hit: Callable[[QPointF], int | None] = lambda _pos: None
        self.on_click: Callable[[int | None, Qt.KeyboardModifier], None] = lambda *_: None
        self.on_double_click: Callable[[int], None] = lambda _i: None
        self.on_rect: Callable[[QRectF, Qt.KeyboardModifier], None] = lambda *_: None
        self.on_drag: Callable[[str, int, QPointF], None] = lambda *_: None
        self.on_hover: Callable[[int | None, QPointF], None] = lambda *_: None
        self.on_wheel: Callable[[], None] = lambda: None
        self._drag_node: int | None = None
        self._rubber = False

    def _modifiers(self, ev) -> Qt.KeyboardModifier:
        return ev.modifiers()

    def mouseClickEvent(self, ev) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        node = self.hit(ev.scenePos())
        if ev.double():
            if node is not None:
                self.on_double_click(node)
            return
        self.on_click(node, self._modifiers(ev))

    def mouseDragEvent(self, ev, axis=None) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            super().mouseDragEvent(ev, axis)
            return
        ev.accept()
        if ev.isStart():
            mods = self._modifiers(ev)
            self._drag_node = None
            self._rubber = False
            node = self.hit(ev.buttonDownScenePos())
            if node is not None and not (mods & Qt.KeyboardModifier.ShiftModifier):
                self._drag_node = node
                self.on_drag("start", node, self.mapSceneToView(ev.scenePos()))
                return
            self._rubber = bool(
                mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier)
            )
        if self._drag_node is not None:
            stage = "finish" if ev.isFinish() else "move"
            self.on_drag(stage, self._drag_node, self.mapSceneToView(ev.scenePos()))
            if ev.isFinish():
                self._drag_node = None
            return
        if self._rubber:
            start, now = ev.buttonDownPos(), ev.pos()
            if ev.isFinish():
                self.rbScaleBox.hide()
                rect = self.childGroup.mapRectFromParent(QRectF(start, now).normalized())
                self._rubber = False
                self.on_rect(rect, self._modifiers(ev))
            else:
                self.updateScaleBox(start, now)
            return
        super().mouseDragEvent(ev, axis)

    def wheelEvent(self, ev, axis=None) -> None:
        super().wheelEvent(ev, axis)
        self.on_wheel()

    def hoverEvent(self, ev) -> None:
        if ev.isExit():
            self.on_hover(None, QPointF())
            return
        self.on_hover(self.hit(ev.scenePos()), ev.screenPos())
