"""Window state kept between runs (QSettings behind a small typed wrapper).

Only how the window looks lives here (geometry, docks, recent atlases, language);
anything that changes results lives in the atlas. The file is an INI file:
``window.ini`` in the user's config folder, or in ``ZWERMKAART_DATA_DIR`` when
that is set (tests and portable installs), so tests never touch the real one.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def default_file() -> Path:
    override = os.environ.get("ZWERMKAART_DATA_DIR")
    if override:
        return Path(override) / "window.ini"
    from platformdirs import user_config_path

    return user_config_path("Zwermkaart", appauthor=False) / "window.ini"


class WindowSettings:
    """Typed access to the window's QSettings."""

    def __init__(self, path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path) if path is not None else default_file()
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._qs.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    # -- window layout ---------------------------------------------------------
    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        """Docks and toolbars (QMainWindow.saveState)."""
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._qs.setValue("window/state", value)

    def splitter(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter(self, name: str, value: QByteArray) -> None:
        self._qs.setValue(f"splitters/{name}", value)

    def header(self, name: str) -> QByteArray | None:
        """A table header's column widths and sort order."""
        return self._bytes(f"headers/{name}")

    def set_header(self, name: str, value: QByteArray) -> None:
        self._qs.setValue(f"headers/{name}", value)

    # -- atlases ---------------------------------------------------------------
    @property
    def last_atlas(self) -> str | None:
        value = self._qs.value("atlases/last")
        return str(value) if value else None

    @last_atlas.setter
    def last_atlas(self, value: str | None) -> None:
        self._qs.setValue("atlases/last", value or "")

    @property
    def recent_atlases(self) -> list[str]:
        value = self._qs.value("atlases/recent") or []
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [str(v) for v in value if v]

    def add_recent(self, path: str) -> None:
        path = str(path)
        recent = [p for p in self.recent_atlases if p != path]
        self._qs.setValue("atlases/recent", [path, *recent][:MAX_RECENT])

    def remove_recent(self, path: str) -> None:
        self._qs.setValue("atlases/recent", [p for p in self.recent_atlases if p != str(path)])

    # -- language and view -----------------------------------------------------
    @property
    def language(self) -> str | None:
        """ "nl" or "en" once the user chose one; None: follow the system."""
        value = self._qs.value("ui/language")
        return str(value) if value in ("nl", "en") else None

    @language.setter
    def language(self, value: str | None) -> None:
        self._qs.setValue("ui/language", value or "")

    @property
    def filter_mode(self) -> str:
        """How the map shows networks outside the filter: "fade" or "hide"."""
        value = self._qs.value("ui/filter_mode")
        return str(value) if value in ("fade", "hide") else "fade"

    @filter_mode.setter
    def filter_mode(self, value: str) -> None:
        self._qs.setValue("ui/filter_mode", value)

    @property
    def legend_collapsed(self) -> bool:
        """The map's legend folded away by the user."""
        return str(self._qs.value("ui/legend_collapsed", "false")).lower() == "true"

    @legend_collapsed.setter
    def legend_collapsed(self, value: bool) -> None:
        self._qs.setValue("ui/legend_collapsed", "true" if value else "false")

    def sync(self) -> None:
        self._qs.sync()
