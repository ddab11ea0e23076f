"""The ranked list of professionals suggested for a support need, each with why and one
"Assign" button."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class SuggestionList(QScrollArea):
    """Rows of (rank, name, why, Assign). Emits :attr:`assign_requested` with the id."""

    assign_requested = Signal(str)
    #: The user asked to add or edit the atlas's professionals.
    manage_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.buttons: dict[str, QPushButton] = {}
        self._inner = QWidget()
        self._grid = QGridLayout(self._inner)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._inner)

    def set_suggestions(self, suggestions, assigned_id: str | None) -> None:
        """``suggestions``: :class:`desktop_app.analysis.matching.Suggestion`, best first."""
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.buttons.clear()
        if not suggestions:
            empty = QLabel(self.tr("No professionals in this atlas yet."))
            empty.setWordWrap(True)
            self._grid.addWidget(empty, 0, 0)
            add = QPushButton(self.tr("Add a professional…"))
            add.setObjectName("add_professional")
            add.setAutoDefault(False)
            add.clicked.connect(lambda _=False: self.manage_requested.emit())
            self._grid.addWidget(add, 1, 0, Qt.AlignmentFlag.AlignLeft)
            return
        for row, suggestion in enumerate(suggestions):
            pro = suggestion.professional
            name = QLabel(f"{row + 1}. {pro.name}")
            name.setTextFormat(Qt.TextFormat.PlainText)
            name.setStyleSheet("font-weight: bold;")
            why = QLabel("\n".join(str(reason) for reason in suggestion.reasons))
            why.setTextFormat(Qt.TextFormat.PlainText)
            why.setWordWrap(True)
            if pro.id == assigned_id:
                button = QPushButton(self.tr("Assigned"))
                button.setEnabled(False)
            else:
                button = QPushButton(self.tr("Assign"))
                button.clicked.connect(lambda _=False, i=pro.id: self.assign_requested.emit(i))
            button.setAutoDefault(False)
            self.buttons[pro.id] = button
            box = QVBoxLayout()
            box.setSpacing(0)
            box.addWidget(name)
            box.addWidget(why)
            self._grid.addLayout(box, row, 0)
            self._grid.addWidget(button, row, 1, Qt.AlignmentFlag.AlignTop)
        self._grid.setColumnStretch(0, 1)
