"""Several commands as one edit: one transaction, one undo step.

A network saved with its memberships, ties and notes changes several tables;
the user made one edit, so undo must take it back whole, and a refused part
must leave nothing half-saved.
"""

from __future__ import annotations

from typing import Any

from desktop_app.ui.commands import AtlasCommand


class CompositeCommand(AtlasCommand):
    def __init__(self, session: Any, commands: list[AtlasCommand], text: str) -> None:
        super().__init__(session, text)
        self.commands = list(commands)

    def apply(self) -> None:
        with self.session.atlas.transaction():
            for command in self.commands:
                command.apply()

    def revert(self) -> None:
        with self.session.atlas.transaction():
            for command in reversed(self.commands):
                command.revert()


def one_command(session: Any, commands: list[AtlasCommand], text: str) -> AtlasCommand | None:
    """The single command, or a composite of several; None when there is nothing to do."""
    if not commands:
        return None
    if len(commands) == 1:
        commands[0].setText(text)
        return commands[0]
    return CompositeCommand(session, commands, text)
