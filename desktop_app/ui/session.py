"""The atlas open in the window: the store, its undo stack, and change signals.

Every edit goes through :meth:`AtlasSession.execute` with a command from
:mod:`desktop_app.ui.commands`. The command is applied first; only when the
store accepted it (one transaction, saved at once) is it pushed on the undo
stack, so a refused edit (locked atlas, full disk, a value the atlas refuses)
leaves both the atlas and the stack as they were and the error reaches the
caller as an :class:`~desktop_app.store.AtlasError` to show.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.store import Atlas


class AtlasSession(QObject):
    #: Emitted after any change (do, undo, redo) with the names of the changed
    #: tables, e.g. {"networks", "positions"}, so views can refresh what they show.
    data_changed = Signal(object)
    #: Emitted after a successful change with a short message for the status bar.
    change_saved = Signal(str)
    #: Emitted when an undo or redo failed; the argument is the error to show.
    change_failed = Signal(object)

    def __init__(self, atlas: Atlas, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.atlas = atlas
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)

    def execute(self, command: QUndoCommand) -> None:
        """Apply ``command`` now and put it on the undo stack.

        Raises:
            AtlasError: the store refused the change; nothing changed.
        """
        command.apply()  # type: ignore[attr-defined]
        command.applied = True  # type: ignore[attr-defined]
        # Read what we need first: push() deletes a command that merges into the previous one.
        tables, text = command.tables, command.text()  # type: ignore[attr-defined]
        self.undo_stack.push(command)
        self.notify(tables, self.tr("Saved: %1").replace("%1", text))

    def notify(self, tables: set[str], message: str = "") -> None:
        self.data_changed.emit(set(tables))
        if message:
            self.change_saved.emit(message)

    def close(self) -> None:
        self.undo_stack.clear()
        self.atlas.close()
