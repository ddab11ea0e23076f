"""Quick entry of a signal, built for the field: keyboard only, seconds per signal.

Type part of the network's name (pick from the list or just go on when only
one matches), press a digit or letter for the dimension, a digit for the
valence (1-5 = −2…+2, or "-2", "+1"), optionally a note and a source, Enter.
The date defaults to today. Esc cancels. The same dialog edits a signal.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import Dimension
from desktop_app.domain import Signal as SignalRecord
from desktop_app.labels import label
from desktop_app.store import AtlasError
from desktop_app.ui.commands import AddCommand, UpdateCommand
from desktop_app.ui.tasks.common import (
    DATE_FORMAT,
    VALENCE_COLOURS,
    from_qdate,
    to_qdate,
    valence_text,
)
from desktop_app.ui.tasks.key_selector import DimensionSelector, ValenceSelector
from desktop_app.ui.tasks.network_field import NetworkField

#: The shortcut that opens quick entry from anywhere in the window.
SHORTCUT = "Ctrl+Shift+S"


class QuickSignalDialog(QDialog):
    """Record (or edit) one signal. Emits :attr:`signal_saved` with the stored signal."""

    signal_saved = Signal(object)

    def __init__(
        self,
        session,
        parent: QWidget | None = None,
        *,
        network_id: str | None = None,
        signal: SignalRecord | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._editing = signal
        self.saved_count = 0
        self.setWindowTitle(self.tr("Edit signal") if signal else self.tr("Record signal"))
        atlas = session.atlas
        area_names = {a.id: a.name for a in atlas.areas.all()}

        self.network_edit = NetworkField(self)
        self.network_edit.setPlaceholderText(self.tr("Type part of the network's name"))
        self.network_edit.set_networks(atlas.networks.all(), area_names)
        self.network_hint = QLabel(self)
        self.network_hint.setTextFormat(Qt.TextFormat.PlainText)

        dims = list(Dimension)
        self.dimension = DimensionSelector(
            [(d, label(d), str(i + 1)) for i, d in enumerate(dims)], self
        )
        self.dimension.setToolTip(self.tr("Keys 1-6, or the first letter of the dimension"))
        self.valence = ValenceSelector(
            [(v, valence_text(v), str(v + 3)) for v in (-2, -1, 0, 1, 2)],
            self,
            colours=[VALENCE_COLOURS[v] for v in (-2, -1, 0, 1, 2)],
        )
        self.valence.setToolTip(
            self.tr("Keys 1-5 give −2 … +2; or type − or + and then 1 or 2; 0 is neutral")
        )
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("What did you see or hear? (optional)"))
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(self.tr("Conversation, meeting, phone … (optional)"))
        self.date = QDateEdit(self)
        self.date.setDisplayFormat(DATE_FORMAT)
        self.date.setCalendarPopup(True)
        self.date.setDate(to_qdate(today or date.today()))
        self.date.setMaximumDate(QDate(2100, 12, 31))
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b2182b; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Network"), self.network_edit)
        form.addRow("", self.network_hint)
        dim_label = QLabel(self.tr("&Dimension"))
        dim_label.setBuddy(self.dimension)
        form.addRow(dim_label, self.dimension)
        val_label = QLabel(self.tr("&Valence"))
        val_label.setBuddy(self.valence)
        form.addRow(val_label, self.valence)
        form.addRow(self.tr("N&ote"), self.note)
        form.addRow(self.tr("&Source"), self.source)
        form.addRow(self.tr("Da&te"), self.date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setDefault(True)
        save.setText(self.tr("Save"))
        save.setToolTip(self.tr("Enter: save. Ctrl+Enter: save and record the next signal."))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.network_edit, self.dimension)
        self.setTabOrder(self.dimension, self.valence)
        self.setTabOrder(self.valence, self.note)
        self.setTabOrder(self.note, self.source)
        self.setTabOrder(self.source, self.date)
        self._connect_signals()

        if signal is not None:
            self.network_edit.set_network_id(signal.network_id)
            self.dimension.set_value(signal.dimension)
            self.valence.set_value(signal.valence)
            self.note.setText(signal.note)
            self.source.setText(signal.source)
            self.date.setDate(to_qdate(signal.date))
        elif network_id is not None:
            self.network_edit.set_network_id(network_id)
        self._on_network_text()
        if self.network_edit.network_id() is not None:
            self.dimension.setFocus()
        else:
            self.network_edit.setFocus()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(lambda: self.on_save_requested())
        self.buttons.rejected.connect(self.reject)
        self.network_edit.textChanged.connect(self._on_network_text)
        self.network_edit.picked.connect(self._on_network_picked)

    # -- feedback while typing ------------------------------------------------
    def _on_network_text(self) -> None:
        found = self.network_edit.matches()
        if not self.network_edit.text().strip():
            self.network_hint.setText(self.tr("No network chosen yet"))
        elif len(found) == 1:
            self.network_hint.setText(
                self.tr("→ %1").replace("%1", self.session.atlas.networks.get(found[0]).name)
            )
        elif not found:
            self.network_hint.setText(self.tr("No network matches"))
        else:
            self.network_hint.setText(self.tr("%n networks match", "", len(found)))

    def _on_network_picked(self, _network_id: str) -> None:
        self.dimension.setFocus()

    # -- saving -----------------------------------------------------------------
    def _complain(self, message: str, widget: QWidget) -> None:
        self.error.setText(message)
        self.error.show()
        widget.setFocus()

    def keyPressEvent(self, event) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.on_save_requested(keep_open=True)
            return
        super().keyPressEvent(event)

    def _start_next(self) -> None:
        """After Ctrl+Enter: the next signal, same date and source, network to choose."""
        self._editing = None
        self.setWindowTitle(self.tr("Record signal"))
        self.network_edit.clear()
        for selector in (self.dimension, self.valence):
            selector.clear()
        self.note.clear()
        self.error.hide()
        self.network_edit.setFocus()

    def on_save_requested(self, keep_open: bool = False) -> None:
        """Save (Enter); with ``keep_open`` (Ctrl+Enter) go on with the next signal."""
        network_id = self.network_edit.network_id()
        if network_id is None:
            self._complain(self.tr("Choose a network: type part of its name."), self.network_edit)
            return
        if self.dimension.value() is None:
            self._complain(self.tr("Choose a dimension (keys 1-6)."), self.dimension)
            return
        if self.valence.value() is None:
            self._complain(self.tr("Choose a valence (keys 1-5)."), self.valence)
            return
        fields = {
            "network_id": network_id,
            "dimension": self.dimension.value(),
            "valence": int(self.valence.value()),
            "note": self.note.text().strip(),
            "source": self.source.text().strip(),
            "date": from_qdate(self.date.date()),
        }
        try:
            if self._editing is None:
                record = SignalRecord(**fields)
                command = AddCommand(
                    self.session, self.session.atlas.signals, record, self.tr("Record signal")
                )
            else:
                record = dataclasses.replace(self._editing, **fields)
                command = UpdateCommand(
                    self.session,
                    self.session.atlas.signals,
                    self._editing,
                    record,
                    self.tr("Edit signal"),
                )
            self.session.execute(command)
        except AtlasError as exc:
            self._complain(str(exc), self.network_edit)
            return
        self.signal_saved.emit(record)
        if keep_open and self._editing is None:
            self.saved_count += 1
            self._start_next()
            self.network_hint.setText(
                self.tr("Saved (%1). Next signal:").replace("%1", str(self.saved_count))
            )
            return
        self.accept()


def _preview() -> int:  # pragma: no cover - manual preview
    from desktop_app.ui.tasks.preview import run_preview

    return run_preview(lambda session: QuickSignalDialog(session), "Quick signal entry")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_preview())
