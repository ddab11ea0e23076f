"""What the window's parts share: the open atlas, the selection, the filter and messages.

:class:`~desktop_app.ui.main_window.MainWindow` makes one :class:`WindowContext`
and passes it to every part it builds; a part gets this object (and whatever
else it needs, by name) instead of the window. Parts ask the window for things
through its signals (``message``, ``network_requested``), which the window
connects in its ``_connect_signals``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.ui.window.selection import Selection
from desktop_app.ui.window.settings import WindowSettings
from desktop_app.ui.window.widgets import plain_message


class WindowContext(QObject):
    #: The atlas was opened or closed: the new AtlasSession or None.
    session_changed = Signal(object)
    #: The filter changed: the set of network ids it keeps (None: all).
    filter_changed = Signal(object)
    #: A part has something to say in the status bar: (text, timeout in ms).
    message = Signal(str, int)
    #: A part asks to open a network: select it, centre the map on it, show its profile.
    network_requested = Signal(str)

    def __init__(self, widget: QWidget, settings: WindowSettings) -> None:
        super().__init__(widget)
        #: The parent for the parts' dialogs and message boxes.
        self.widget = widget
        self.settings = settings
        self.selection = Selection(self)
        self.session = None
        self._visible_ids: set[str] | None = None

    def set_session(self, session) -> None:
        """The window's call when it shows another atlas (or none)."""
        self.session = session
        self.session_changed.emit(session)

    def visible_ids(self) -> set[str] | None:
        return None if self._visible_ids is None else set(self._visible_ids)

    def set_visible_ids(self, ids) -> None:
        """The window's call when the filter changed."""
        self._visible_ids = None if ids is None else set(ids)
        self.filter_changed.emit(self.visible_ids())

    def status(self, message: str, timeout_ms: int = 5000) -> None:
        self.message.emit(message, timeout_ms)

    def show_error(self, title: str, exc: Exception | str) -> None:
        """A clear message for a refused action (store errors carry Dutch and English)."""
        plain_message(self.widget, title, str(exc), QMessageBox.Icon.Critical)

    def open_network(self, network_id: str) -> None:
        self.network_requested.emit(network_id)
