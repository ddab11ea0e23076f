"""Undo commands: every edit is a small data command applied through the store.

Commands are applied by :meth:`AtlasSession.execute` before they are pushed,
so their first ``redo`` (called by ``QUndoStack.push``) does nothing. A later
undo or redo that the store refuses (locked, disk full) drops the command and
reports the error through ``session.change_failed``.

``repo`` arguments are repositories of the session's atlas
(``session.atlas.networks``, ...). Commands do not say which tables they
change: the store's change log records what each write did, cascades included
(:mod:`desktop_app.store.changes`), and the session hands that to the views.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop_app.domain import Position
from desktop_app.store import AtlasError


class AtlasCommand(QUndoCommand):
    """Base: subclasses implement :meth:`apply` and :meth:`revert`."""

    def __init__(self, session: Any, text: str) -> None:
        super().__init__(text)
        self.session = session
        self.applied = False

    def apply(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self.applied:
            self.applied = False  # applied by AtlasSession.execute already
            return
        self._guarded(self.apply)

    def undo(self) -> None:
        self._guarded(self.revert)

    def _guarded(self, action) -> None:
        try:
            action()
        except AtlasError as exc:
            self.setObsolete(True)
            self.session.change_failed.emit(exc)
            return
        self.session.notify()


class AddCommand(AtlasCommand):
    def __init__(self, session: Any, repo: Any, obj: Any, text: str) -> None:
        super().__init__(session, text)
        self.repo = repo
        self.obj = obj
        self._stored: Any = None

    def apply(self) -> None:
        if self._stored is None:
            self._stored = self.repo.add(self.obj)
        else:
            self.repo.restore(self._stored)

    def revert(self) -> None:
        self.repo.delete(self._stored.id)


class UpdateCommand(AtlasCommand):
    def __init__(self, session: Any, repo: Any, before: Any, after: Any, text: str) -> None:
        super().__init__(session, text)
        self.repo = repo
        self.before = before
        self.after = after

    def apply(self) -> None:
        self.repo.update(self.after)

    def revert(self) -> None:
        self.repo.update(self.before)


class DeleteCommand(AtlasCommand):
    """Deletes a row with everything that depends on it; undo puts all of it back."""

    def __init__(self, session: Any, repo: Any, row_id: str, text: str) -> None:
        super().__init__(session, text)
        self.repo = repo
        self.row_id = row_id
        self._deleted: Any = None

    def apply(self) -> None:
        self._deleted = self.repo.delete_undoable(self.row_id)

    def revert(self) -> None:
        self.repo.undelete(self._deleted)


class MoveNodesCommand(AtlasCommand):
    """Nodes dragged on the map (and pinned). Consecutive drags of the same nodes merge."""

    ID = 1001

    def __init__(
        self,
        session: Any,
        before: dict[str, Position | None],
        after: dict[str, Position],
        text: str,
    ) -> None:
        super().__init__(session, text)
        self.before = before
        self.after = after

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, MoveNodesCommand) or set(other.after) != set(self.after):
            return False
        self.after = other.after
        return True

    def apply(self) -> None:
        self.session.atlas.positions.save(self.after.values())

    def revert(self) -> None:
        self.session.atlas.positions.save(p for p in self.before.values() if p is not None)
        self.session.atlas.positions.clear(i for i, p in self.before.items() if p is None)
