"""Undo commands the task views need beyond the shared ones: atlas settings."""

from __future__ import annotations

from typing import Any

from desktop_app.ui.commands import AtlasCommand


class SettingCommand(AtlasCommand):
    """Change one or more atlas settings (thresholds) in one undoable step."""

    def __init__(
        self, session: Any, before: dict[str, Any], after: dict[str, Any], text: str
    ) -> None:
        super().__init__(session, text)
        self.before = dict(before)
        self.after = dict(after)

    def _write(self, values: dict[str, Any]) -> None:
        atlas = self.session.atlas
        with atlas.transaction():
            for key, value in values.items():
                atlas.set_setting(key, value)

    def apply(self) -> None:
        self._write(self.after)

    def revert(self) -> None:
        self._write(self.before)
