"""At start, when the atlas used last is gone: say so and offer the recent atlases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class MissingAtlasDialog(QDialog):
    """The missing file named, a list of recent atlases that still exist, and ways on.

    After ``exec()``, :attr:`choice` is ``("open", path)``, ``("browse", None)``,
    ``("new", None)``, ``("demo", None)`` or ``None`` (closed: no atlas).
    """

    def __init__(self, missing: str, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Atlas not found"))
        self.choice: tuple[str, str | None] | None = None
        text = QLabel(
            self.tr(
                "The atlas you used last was not found:\n%1\n\n"
                "It may have been moved, renamed or be on a drive that is not connected."
            ).replace("%1", missing),
            self,
        )
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recent_atlases")
        for path in recent:
            item = QListWidgetItem(f"{Path(path).stem} — {path}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, path)
        if recent:
            self.recent.setCurrentRow(0)
        self.recent.itemActivated.connect(lambda _item: self._choose("open"))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        caption = QLabel(
            self.tr("Open one of your recent atlases:")
            if recent
            else self.tr("There are no other recent atlases."),
            self,
        )
        layout.addWidget(caption)
        layout.addWidget(self.recent)
        self.recent.setVisible(bool(recent))
        self.buttons = QDialogButtonBox(self)
        self.open_button = self._button(
            self.tr("&Open"), "open", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button.setEnabled(bool(recent))
        self.browse_button = self._button(
            self.tr("Find the file…"), "browse", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.new_button = self._button(
            self.tr("New atlas…"), "new", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.demo_button = self._button(
            self.tr("Demo atlas"), "demo", QDialogButtonBox.ButtonRole.ActionRole
        )
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.open_button if recent else self.browse_button).setDefault(True)
        self.resize(560, 340)

    def _button(self, text: str, choice: str, role) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.clicked.connect(lambda _c=False: self._choose(choice))
        return button

    def _choose(self, choice: str) -> None:
        path = None
        if choice == "open":
            item = self.recent.currentItem()
            if item is None:
                return
            path = item.data(Qt.ItemDataRole.UserRole)
        self.choice = (choice, path)
        self.accept()
