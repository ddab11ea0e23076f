"""Over the map of an atlas without networks: what to do first, one click each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyMapHint(QFrame):
    """Emits :attr:`step_requested` with "area", "network" or "import"."""

    step_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyMapHint")
        self.setStyleSheet(
            "#emptyMapHint { background: rgba(255,255,255,240); border: 1px solid #c8c8c8;"
            " border-radius: 6px; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.buttons: dict[str, QPushButton] = {}
        for step in ("area", "network", "import"):
            button = QPushButton(self)
            button.setObjectName(f"first_step_{step}")
            button.clicked.connect(lambda _c=False, s=step: self.step_requested.emit(s))
            layout.addWidget(button)
            self.buttons[step] = button
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("This atlas has no networks yet"))
        self.text.setText(
            self.tr(
                "Start with the areas (municipality, districts, neighbourhoods), then add "
                "the networks you know, with their people and ties. Lists you keep in "
                "Excel can be imported. Everything is saved at once."
            )
        )
        self.buttons["area"].setText(self.tr("1. Make an area…"))
        self.buttons["network"].setText(self.tr("2. Add a network… (Ctrl+N)"))
        self.buttons["import"].setText(self.tr("Or import a list (CSV, Excel)…"))
        self.setFixedWidth(380)
        self.adjustSize()
