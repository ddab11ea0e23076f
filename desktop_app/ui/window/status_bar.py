"""The status bar: messages, the network counts, and a clear DEMO mark."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop_app.ui.numbers import number  # ship: Dutch separators


class WindowStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.demo = QLabel(self)
        self.demo.setObjectName("demo_banner")
        self.demo.setTextFormat(Qt.TextFormat.PlainText)
        self.demo.setStyleSheet(
            "QLabel#demo_banner { background: #f2a33a; color: #1f1f1f; font-weight: bold;"
            " padding: 1px 8px; border-radius: 3px; }"
        )
        self.demo.hide()
        self.addPermanentWidget(self.counts)
        self.addPermanentWidget(self.demo)

    def show_atlas(self, atlas) -> None:
        is_demo = atlas is not None and atlas.is_demo
        self.demo.setText(self.tr("DEMO ATLAS: fictional data"))
        self.demo.setVisible(is_demo)
        if atlas is None:
            self.counts.setText("")

    def show_counts(self, total: int, visible: set[str] | None) -> None:
        if visible is None:
            self.counts.setText(self.tr("%1 networks", "", total).replace("%1", number(total)))
        else:
            self.counts.setText(
                self.tr("%1 of %2 networks shown", "", total)
                .replace("%1", number(len(visible)))
                .replace("%2", number(total))
            )
