"""File menu work: new atlas, open, recent, demo, export of the map image."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog

from desktop_app.store import ATLAS_SUFFIX, Atlas, AtlasError


class _WaitCursor:
    def __enter__(self):
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc):
        QGuiApplication.restoreOverrideCursor()


class AtlasFiles(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window

    def _start_dir(self) -> str:
        last = self.window_.settings.last_atlas
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
            self.window_, self.tr("New atlas"), self._start_dir(), self._filter()
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() != ATLAS_SUFFIX:
            target = target.with_name(target.name + ATLAS_SUFFIX)
        try:
            atlas = Atlas.create(target, name=target.stem)
        except AtlasError as exc:
            self.window_.show_error(self.tr("New atlas"), exc)
            return False
        self.window_.set_atlas(atlas)
        self.window_.status(self.tr("New atlas created: %1").replace("%1", str(target)))
        return True

    def open_dialog(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(
            self.window_, self.tr("Open atlas"), self._start_dir(), self._filter()
        )
        return bool(path) and self.open_path(path)

    def open_path(self, path: str) -> bool:
        with _WaitCursor():
            return self.window_.open_atlas(path)

    def open_recent(self, path: str) -> bool:
        if not Path(path).exists():
            self.window_.settings.remove_recent(path)
            self.window_.show_error(
                self.tr("Open atlas"), self.tr("The file no longer exists:\n%1").replace("%1", path)
            )
            return False
        return self.open_path(path)

    def open_at_start(self) -> bool:
        """A normal start: the demo only the very first time, after that the last atlas.

        When the last atlas is gone, say so and offer the recent atlases that still
        exist (or finding the file, a new atlas, the demo).
        """
        last = self.window_.settings.last_atlas
        if not last:
            return self.open_demo()
        if self._is_demo_path(last):
            return self.open_demo()
        if Path(last).exists():
            return self.open_path(last)
        return self.ask_for_missing(last)

    def ask_for_missing(self, missing: str) -> bool:
        from desktop_app.ui.window.missing_atlas import MissingAtlasDialog

        recent = [p for p in self.window_.settings.recent_atlases if p != missing]
        existing = [p for p in recent if Path(p).exists()]
        dialog = MissingAtlasDialog(missing, existing, self.window_)
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

        self.window_.status(self.tr("Opening the demo atlas…"))
        try:
            with _WaitCursor():
                path = ensure_demo_copy()
        except (AtlasError, OSError) as exc:
            self.window_.show_error(self.tr("Open demo atlas"), exc)
            return False
        return self.open_path(str(path))

    def export_image(self) -> bool:
        if self.window_.session is None:
            return False
        suggested = str(Path(self._start_dir()) / f"{self.window_.session.atlas.name}.png")
        path, _ = QFileDialog.getSaveFileName(
            self.window_, self.tr("Export map image"), suggested, self.tr("PNG images (*.png)")
        )
        if not path:
            return False
        if not path.lower().endswith(".png"):
            path += ".png"
        try:
            saved = self.window_.map.export_image(path) is not False
        except OSError as exc:
            self.window_.show_error(self.tr("Export map image"), exc)
            return False
        if not saved:
            self.window_.show_error(
                self.tr("Export map image"),
                self.tr("The image could not be saved:\n%1").replace("%1", path),
            )
            return False
        self.window_.status(self.tr("Map image saved: %1").replace("%1", path))
        return True
