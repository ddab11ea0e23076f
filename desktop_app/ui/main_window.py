"""The main window (minimal for now: opens an atlas and shows what it holds)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from desktop_app.store import Atlas, AtlasError


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.atlas: Atlas | None = None
        self._summary = QLabel()
        self.setCentralWidget(self._summary)
        self.resize(1200, 800)

    def open_initial_atlas(self, path: str | None) -> None:
        from desktop_app.store.demo import ensure_demo_copy

        target = path or str(ensure_demo_copy())
        try:
            self.atlas = Atlas.open(target)
        except AtlasError as exc:
            QMessageBox.critical(self, self.tr("Open atlas"), str(exc))
            return
        info = self.atlas.info()
        self.setWindowTitle(f"{info.name} — Zwermkaart")
        self._summary.setText(
            "\n".join(f"{table}: {count}" for table, count in info.counts.items())
        )
