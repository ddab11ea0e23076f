"""The main window: composes the map, the panels and the menus, and wires them.

The parts live in :mod:`desktop_app.ui.window`; other parts of the program
plug in through :data:`EXTENSIONS` (modules with ``install(window)``), using the
API below (see ``notes/UI_CONTRACT.md``):

- ``session`` / ``session_changed(object)``: the open atlas (or None);
- ``selection``: the selected network ids shared by map, table and details;
- ``visible_ids()`` / ``filter_changed(object)``: what the filter keeps;
- ``open_network(id)``, ``menu(name)``, ``add_panel(...)``, ``status(message)``;
- ``add_profile_tab(factory)``: an extra tab in the network profile dialog.

Preview: ``python -m desktop_app.ui.main_window [atlas] [--quit-after MS]``.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QWidget,
)

from desktop_app import i18n, qt_i18n
from desktop_app.store import Atlas, AtlasError
from desktop_app.ui.session import AtlasSession
from desktop_app.ui.window.actions import WindowActions
from desktop_app.ui.window.atlas_files import AtlasFiles
from desktop_app.ui.window.details_panel import DetailsPanel
from desktop_app.ui.window.editing import Editor
from desktop_app.ui.window.filter_panel import FilterPanel
from desktop_app.ui.window.network_table import NetworkTable
from desktop_app.ui.window.networks_data import NetworkData
from desktop_app.ui.window.search_box import SearchBox
from desktop_app.ui.window.selection import Selection
from desktop_app.ui.window.settings import WindowSettings
from desktop_app.ui.window.status_bar import WindowStatusBar

#: Modules with ``install(window)`` that add their menus, panels and actions.
EXTENSIONS = [
    "desktop_app.ui.help",
    "desktop_app.ui.tasks",
    "desktop_app.ui.interop",
    "desktop_app.ui.reports",
    "desktop_app.ui.settings",
    "desktop_app.ui.trust",
]

#: The menus other parts can add to, in menu-bar order.
MENU_NAMES = ("file", "edit", "view", "map", "tasks", "help")

_log = logging.getLogger(__name__)


def _map_widget_class():
    """The real map once desktop_app.ui.map exists; a stand-in with its API until then."""
    spec = importlib.util.find_spec("desktop_app.ui.map")
    if spec is not None and spec.origin is not None:  # a package, not an empty folder
        from desktop_app.ui.map import MapWidget

        return MapWidget
    from desktop_app.ui.window.map_placeholder import PlaceholderMap

    return PlaceholderMap


class MainWindow(QMainWindow):
    #: The atlas was opened or closed: the new AtlasSession or None.
    session_changed = Signal(object)
    #: The filter changed: the set of network ids it keeps (None: all).
    filter_changed = Signal(object)

    def __init__(self, settings: WindowSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings or WindowSettings()
        self.session: AtlasSession | None = None
        self.selection = Selection(self)
        self.data = NetworkData(self)
        self._visible_ids: set[str] | None = None
        self._menus: dict[str, QMenu] = {}
        self._profile_tabs: list[Callable] = []
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self.setDocumentMode(True)
        # The side panels run the full height; the table sits under the map only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

        self.map = _map_widget_class()(self)
        self.setCentralWidget(self.map)
        for name in MENU_NAMES:
            self._menus[name] = self.menuBar().addMenu("")
            self._menus[name].setObjectName(f"menu_{name}")
        self.search_box = SearchBox(self)
        self.filter_panel = FilterPanel(self)
        self.details_panel = DetailsPanel(self)
        self.table = NetworkTable(self)
        self.files = AtlasFiles(self)
        self.editor = Editor(self)
        self.actions = WindowActions(self)
        self.table.add_context_actions(
            [self.actions.edit, self.actions.centre, self.actions.new_tie, self.actions.delete]
        )
        self.status_bar = WindowStatusBar(self)
        self.setStatusBar(self.status_bar)

        self._docks = {
            "filter": self.add_panel(
                self.filter_panel,
                "",
                "filter_panel",
                Qt.DockWidgetArea.LeftDockWidgetArea,
                scroll=False,
            ),
            "details": self.add_panel(self.details_panel, "", "details_panel", scroll=False),
            "table": self.add_panel(
                self.table,
                "",
                "networks_table",
                Qt.DockWidgetArea.BottomDockWidgetArea,
                scroll=False,
            ),
        }
        self._connect_signals()
        self._retranslate()
        self._install_extensions()
        self._restore_state()
        self._update_title()

    # -- API for the other parts ----------------------------------------------------
    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def add_panel(
        self,
        widget: QWidget,
        title: str,
        object_name: str,
        area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
        *,
        scroll: bool = True,
    ) -> QDockWidget:
        """Add a dock; docks in the same area are tabified. Its place is remembered.

        The widget sits in a scroll area (unless ``scroll=False``), so a wide panel
        scrolls instead of forcing the window wider than a 1366×768 laptop screen.
        """
        dock = QDockWidget(title, self)
        dock.setObjectName(object_name)
        if scroll:
            holder = QScrollArea(dock)
            holder.setObjectName(f"{object_name}_scroll")
            holder.setWidgetResizable(True)
            holder.setFrameShape(QFrame.Shape.NoFrame)
            holder.setWidget(widget)
            dock.setWidget(holder)
        else:
            dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        existing = [
            d
            for d in self.findChildren(QDockWidget)
            if d is not dock and self.dockWidgetArea(d) == area and not d.isFloating()
        ]
        self.addDockWidget(area, dock)
        if existing:
            self.tabifyDockWidget(existing[-1], dock)
            existing[0].raise_()
        self.actions.add_panel_toggle(dock)
        return dock

    def status(self, message: str, timeout_ms: int = 5000) -> None:
        self.status_bar.showMessage(message, timeout_ms)

    def visible_ids(self) -> set[str] | None:
        return None if self._visible_ids is None else set(self._visible_ids)

    def open_network(self, network_id: str) -> None:
        """Select the network, centre the map on it and open its profile."""
        self.selection.set_ids([network_id], "open")
        self.map.center_on(network_id)
        self.editor.edit_network(network_id)

    def add_profile_tab(self, factory: Callable) -> None:
        """``factory(session, network_id, parent) -> (QWidget, title)`` for the profile dialog."""
        self._profile_tabs.append(factory)

    def profile_tabs(self) -> list[Callable]:
        return list(self._profile_tabs)

    # -- atlases ----------------------------------------------------------------------
    def open_atlas(self, path: str | Path, passphrase: str | None = None) -> bool:
        """Open the atlas at ``path`` in this window; False (after telling why) when refused."""
        try:
            atlas = Atlas.open(path, passphrase=passphrase)
        except AtlasError as exc:
            self.show_error(self.tr("Open atlas"), exc)
            return False
        self.set_atlas(atlas)
        return True

    def set_atlas(self, atlas: Atlas | None) -> None:
        """Show ``atlas`` (closing the one shown before); None closes it."""
        old = self.session
        self.session = AtlasSession(atlas, self) if atlas is not None else None
        self.selection.clear("atlas")
        if self.session is not None:
            self.session.change_saved.connect(self.status)
            self.session.change_failed.connect(
                lambda exc: self.show_error(self.tr("Change not saved"), exc)
            )
            path = str(Path(atlas.path).resolve())
            self.settings.last_atlas = path
            if not atlas.is_demo:
                self.settings.add_recent(path)
            self.status(self.tr("Opened: %1").replace("%1", atlas.name))
            if atlas.backup_problem is not None:
                self.status(
                    self.tr("Warning: today's automatic backup failed: %1").replace(
                        "%1", str(atlas.backup_problem)
                    ),
                    15000,
                )
        self.data.set_session(self.session)
        self.map.set_session(self.session)
        self._update_title()
        self.session_changed.emit(self.session)
        if old is not None:  # closed only once nothing shows it any more
            old.close()
            old.deleteLater()

    def open_initial_atlas(self, path: str | None) -> None:
        """At start: the atlas asked for, else the last one (the demo on the first start)."""
        if path:
            self.open_atlas(path)
            return
        self.files.open_at_start()

    def show_error(self, title: str, exc: Exception | str) -> None:
        """A clear message for a refused action (store errors carry Dutch and English)."""
        QMessageBox.critical(self, title, str(exc))

    # -- wiring -----------------------------------------------------------------------
    def _connect_signals(self) -> None:
        # Enter on the map (like in the table) opens the selected network's profile.
        for key in ("Return", "Enter"):
            enter = QShortcut(QKeySequence(key), self.map)
            enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            enter.activated.connect(self.editor.edit_selected)
        self.filter_panel.filter_changed.connect(self.on_filter_changed)
        self.selection.changed.connect(self.on_selection_changed)
        self.map.selection_changed.connect(lambda ids: self.selection.set_ids(ids, "map"))
        self.map.network_activated.connect(self.open_network)
        self.data.reloaded.connect(self.filter_panel.refresh)
        self.data.reloaded.connect(self._update_title)
        self.data.vitality_failed.connect(
            lambda exc: self.status(
                self.tr("Vitality could not be computed: %1").replace("%1", str(exc))
            )
        )

    def on_vitality_failed(self, exc: object) -> None:
        self.status(self.tr("Vitality could not be computed: %1").replace("%1", str(exc)))

    def on_filter_changed(self, ids: object) -> None:
        self._visible_ids = None if ids is None else set(ids)  # type: ignore[arg-type]
        self.map.set_visible_ids(self.visible_ids(), self.filter_panel.mode())
        self.table.set_visible_ids(self.visible_ids())
        self.status_bar.show_counts(self.data.count(), self.visible_ids())
        self.filter_changed.emit(self.visible_ids())

    def on_selection_changed(self, ids: list) -> None:
        if self.selection.source != "map":
            self.map.set_selected_ids(ids)
        if len(ids) == 1:
            self.map.highlight_neighbourhood(ids[0])
        else:
            self.map.highlight_neighbourhood(None)

    def _install_extensions(self) -> None:
        for name in EXTENSIONS:
            importlib.import_module(name).install(self)

    def _retranslate(self) -> None:
        titles = {
            "file": self.tr("&File"),
            "edit": self.tr("&Edit"),
            "view": self.tr("&View"),
            "map": self.tr("&Map"),
            "tasks": self.tr("&Tasks"),
            "help": self.tr("&Help"),
        }
        for name, title in titles.items():
            self._menus[name].setTitle(title)
        self._docks["filter"].setWindowTitle(self.tr("Filter"))
        self._docks["details"].setWindowTitle(self.tr("Details"))
        self._docks["table"].setWindowTitle(self.tr("Networks"))
        self.actions.languages[i18n.language()].setChecked(True)

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it for the next start."""
        self.settings.language = language
        if language == i18n.language():
            return
        qt_i18n.install(language)
        self._retranslate()
        self.actions.retranslate()
        self.filter_panel.retranslate()
        self.details_panel.retranslate()
        self.search_box.retranslate()
        self.table.retranslate()
        self._update_title()
        self.status(self.tr("Language changed. Parts added by extensions follow after a restart."))

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle("Zwermkaart")
            self.status_bar.show_atlas(None)
            return
        atlas = self.session.atlas
        name = atlas.name
        if atlas.is_demo:
            name = self.tr("%1 (DEMO)").replace("%1", name)
        self.setWindowTitle(f"{name} — Zwermkaart")
        self.status_bar.show_atlas(atlas)
        self.status_bar.show_counts(self.data.count(), self.visible_ids())

    # -- window state -----------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.geometry
        #: No remembered size: the first start (app.run then shows the window maximised).
        self.first_start = geometry is None or not self.restoreGeometry(geometry)
        if self.first_start:
            screen = self.screen().availableGeometry()
            if screen.width() <= 1440:  # a laptop screen: use all of it
                self.setGeometry(screen)
            else:
                self.resize(1360, 860)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)
        else:
            # Our own panels in front; extensions' panels wait in the tabs behind them.
            for dock in self._docks.values():
                dock.raise_()
            self.resizeDocks(
                [self.findChild(QDockWidget, "filter_panel")], [260], Qt.Orientation.Horizontal
            )
            self.resizeDocks(
                [self.findChild(QDockWidget, "details_panel")], [320], Qt.Orientation.Horizontal
            )
            self.resizeDocks(
                [self.findChild(QDockWidget, "networks_table")], [220], Qt.Orientation.Vertical
            )
        self.table.restore_header(self.settings)

    def save_state(self) -> None:
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.table.save_header(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.set_atlas(None)
        self.data.wait_for_jobs()
        super().closeEvent(event)


def main(argv: list[str] | None = None) -> int:
    """Preview: the window on an atlas (default the demo); ``--quit-after MS`` for smoke tests."""
    from desktop_app.ui.app import run

    return run(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
