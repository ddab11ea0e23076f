"""File menu work: new atlas, open, recent, demo, export of the map image."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.store import ATLAS_SUFFIX, Atlas, AtlasError
from desktop_app.ui.window.context import WindowContext


class _WaitCursor:
    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QGuiApplication.restoreOverrideCursor()


class AtlasFiles(QObject):
    """File work for the window. ``open_atlas(path)`` and ``set_atlas(atlas)`` are the
    window's (opening asks for a passphrase when needed); ``map_image(path)`` saves the map."""

    def __init__(
        self,
        context: WindowContext,
        parent: QWidget,
        *,
        open_atlas: Callable[[str], bool],
        set_atlas: Callable[[Atlas | None], None],
        map_image: Callable[[str], object],
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_ = parent
        self.open_atlas = open_atlas
        self.set_atlas = set_atlas
        self.map_image = map_image

    def _start_dir(self) -> str:
        last = self.context.settings.last_atlas
        if last and not self._is_demo_path(last):
            return str(Path(last).parent)
        return str(Path.home())

    @staticmethod
    def _is_demo_path(path: str) -> bool:
        from desktop_app import paths

        return Path(path).parent == paths.user_data_dir()

    def _filter(self) -> str:
        return self.tr("Atlases (*%1)").replace("%1", ATLAS_SUFFIX)

    def new_atlas(self) -> bool:
        """Ask where, create an empty atlas there and open it."""
        path, _ = QFileDialog.getSaveFileName(
            self.parent_, self.tr("New atlas"), self._start_dir(), self._filter()
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ATLAS_SUFFIX:
            target = target.with_name(target.name + ATLAS_SUFFIX)
        try:
            atlas = Atlas.create(target, name=target.stem)
        except AtlasError as exc:
            self.context.show_error(self.tr("New atlas"), exc)
            return False
        self.set_atlas(atlas)
        self.context.status(self.tr("New atlas created: %1").replace("%1", str(target)))
        return True

    def open_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_, self.tr("Open atlas"), self._start_dir(), self._filter()
        )
        return bool(path) and self.open_path(path)

    def open_path(self, path: str) -> bool:
        with _WaitCursor():
            return self.open_atlas(path)

    def open_recent(self, path: str) -> bool:
        if not Path(path).exists():
            self.context.settings.remove_recent(path)
            self.context.show_error(
                self.tr("Open atlas"), self.tr("The file no longer exists:\n%1").replace("%1", path)
            )
            return False
        return self.open_path(path)

    def open_at_start(self) -> bool:
        """A normal start: the demo only the very first time, after that the last atlas.

        When the last atlas is gone, say so and offer the recent atlases that still
        exist (or finding the file, a new atlas, the demo).
        """
        last = self.context.settings.last_atlas
        if not last:
            return self.open_demo()
        if self._is_demo_path(last):
            return self.open_demo()
        if Path(last).exists():
            return self.open_path(last)
        return self.ask_for_missing(last)

    def ask_for_missing(self, missing: str) -> bool:
        from desktop_app.ui.window.missing_atlas import MissingAtlasDialog

        recent = [p for p in self.context.settings.recent_atlases if p != missing]
        existing = [p for p in recent if Path(p).exists()]
        dialog = MissingAtlasDialog(missing, existing, self.parent_)
        try:
            dialog.exec()
            choice = dialog.choice
        finally:
            dialog.deleteLater()
        if choice is None:
            return False
        what, path = choice
        if what == "open" and path:
            return self.open_path(path)
        if what == "browse":
            return self.open_dialog()
        if what == "new":
            return self.new_atlas()
        return self.open_demo()

    def open_demo(self) -> bool:
        from desktop_app.store.demo import ensure_demo_copy

        self.context.status(self.tr("Opening the demo atlas…"))
        try:
            with _WaitCursor():
                path = ensure_demo_copy()
        except (AtlasError, OSError) as exc:
            self.context.show_error(self.tr("Open demo atlas"), exc)
            return False
        return self.open_path(str(path))

    def export_image(self) -> bool:
        if self.context.session is None:
            return False
        suggested = str(Path(self._start_dir()) / f"{self.context.session.atlas.name}.png")
        path, _ = QFileDialog.getSaveFileName(
            self.parent_, self.tr("Export map image"), suggested, self.tr("PNG images (*.png)")
        )
        if not path:
            return False
        if not path.lower().endswith(".png"):
            path += ".png"
        try:
            saved = self.map_image(path) is not False
        except OSError as exc:
            self.context.show_error(self.tr("Export map image"), exc)
            return False
        if not saved:
            self.context.show_error(
                self.tr("Export map image"),
                self.tr("The image could not be saved:\n%1").replace("%1", path),
            )
            return False
        self.context.status(self.tr("Map image saved: %1").replace("%1", path))
        return True
