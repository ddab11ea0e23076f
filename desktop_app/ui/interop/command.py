"""An import as one step on the undo stack."""

from __future__ import annotations

from typing import Any

from desktop_app.ui.commands import AtlasCommand


class ImportCommand(AtlasCommand):
    """Undo takes the whole import back; redo writes it again with the same ids.

    The import itself ran before the command is pushed (in a worker, with
    progress), so the command is pushed as already applied.
    """

    def __init__(self, session: Any, result: Any, text: str) -> None:
        super().__init__(session, text)
        self.result = result
        self.applied = True

    def apply(self) -> None:
        self.result.redo(self.session.atlas)

    def revert(self) -> None:
        self.result.undo(self.session.atlas)


def push_import(session: Any, result: Any, text: str) -> None:
    """Put a finished import on the session's undo stack and tell the views."""
    session.undo_stack.push(ImportCommand(session, result, text))
    session.notify(text)
