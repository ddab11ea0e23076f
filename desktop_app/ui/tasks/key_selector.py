"""A row of choices picked with single keys: built for recording a signal without the mouse.

The row takes keyboard focus as a whole (the buttons themselves do not), so
Tab moves from field to field; inside, digits and letters pick a choice and
the arrow keys move it. A pick by an unambiguous key moves focus on to the
next field, so a trained user types network, dimension digit, valence digit,
Enter.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QPushButton, QWidget


class KeySelector(QFrame):
    """Choose one of ``choices`` ((value, text, key hint)) by key or click."""

    chosen = Signal(object)

    def __init__(
        self,
        choices: Sequence[tuple[Any, str, str]],
        parent: QWidget | None = None,
        *,
        colours: Sequence[str] | None = None,
    ):
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._values = [value for value, _, _ in choices]
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(2)
        self.buttons: list[QPushButton] = []
        for index, (_, text, hint) in enumerate(choices):
            button = QPushButton(f"{text}\n{hint}" if hint else text)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # The chosen one is unmistakable: dark with white text (not colour alone).
            stripe = colours[index] if colours else "#999999"
            style = (
                "QPushButton { border: 1px solid #999999; border-radius: 3px;"
                f" border-bottom: 5px solid {stripe}; background: #f6f6f6; padding: 3px 6px; }}"
                " QPushButton:checked { background: #333333; color: white; }"
            )
            button.setStyleSheet(style)
            self._group.addButton(button, index)
            layout.addWidget(button)
            self.buttons.append(button)
        self._group.idClicked.connect(self._on_clicked)
        self._texts = [text for _, text, _ in choices]

    # -- value ------------------------------------------------------------------
    def value(self) -> Any:
        index = self._group.checkedId()
        return None if index < 0 else self._values[index]

    def set_value(self, value: Any) -> None:
        if value in self._values:
            self.buttons[self._values.index(value)].setChecked(True)

    def clear(self) -> None:
        """No choice (the exclusive group needs to be lifted to uncheck)."""
        self._group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self._group.setExclusive(True)

    def current_text(self) -> str:
        index = self._group.checkedId()
        return "" if index < 0 else self._texts[index]

    def _pick(self, index: int, *, advance: bool) -> None:
        self.buttons[index].setChecked(True)
        self.chosen.emit(self._values[index])
        if advance:
            self.focusNextChild()

    def _on_clicked(self, index: int) -> None:
        self.chosen.emit(self._values[index])

    # -- keys -------------------------------------------------------------------
    def pick_by_key(self, event: QKeyEvent) -> bool:
        """Subclasses map keys to choices; return True when the key was used."""
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        index = self._group.checkedId()
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Up) and self._values:
            self._pick(max(0, index - 1) if index >= 0 else 0, advance=False)
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Down) and self._values:
            self._pick(min(len(self._values) - 1, index + 1), advance=False)
        elif not self.pick_by_key(event):
            # Enter, Escape, Tab: to the dialog.
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        self.setLineWidth(2)
        self.setFrameShadow(QFrame.Shadow.Plain)
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.setLineWidth(1)
        self.setFrameShadow(QFrame.Shadow.Raised)
        super().focusOutEvent(event)


class DimensionSelector(KeySelector):
    """Digits 1..n pick by position; a letter picks the choice whose label starts with it.

    Repeating a letter that several labels share (Samenwerking, Sfeer) cycles
    through them; only a digit or an unambiguous letter moves on.
    """

    def pick_by_key(self, event: QKeyEvent) -> bool:
        text = event.text()
        if len(text) != 1:
            return False
        if text.isdigit() and 1 <= int(text) <= len(self._values):
            self._pick(int(text) - 1, advance=True)
            return True
        if text.isalpha():
            matches = [
                i
                for i, label in enumerate(self._texts)
                if label.casefold().startswith(text.casefold())
            ]
            if not matches:
                return False
            current = self._group.checkedId()
            later = [i for i in matches if i > current] if current in matches else matches
            self._pick((later or matches)[0], advance=len(matches) == 1)
            return True
        return False


class ValenceSelector(KeySelector):
    """Valence -2..+2: keys 1-5 map to -2..+2; or a sign then a digit ("-2", "+1"); 0 is 0."""

    def __init__(self, choices, parent=None, *, colours=None):
        super().__init__(choices, parent, colours=colours)
        self._sign = 0

    def pending_sign(self) -> int:
        return self._sign

    def pick_by_key(self, event: QKeyEvent) -> bool:
        text = event.text()
        if text in ("-", "+"):
            self._sign = -1 if text == "-" else 1
            return True
        if len(text) != 1 or not text.isdigit():
            return False
        digit = int(text)
        if self._sign:
            if digit not in (1, 2):
                self._sign = 0
                return True
            valence = self._sign * digit
            self._sign = 0
        elif digit == 0:
            valence = 0
        elif 1 <= digit <= 5:
            valence = digit - 3
        else:
            return True
        self._pick(self._values.index(valence), advance=True)
        return True
