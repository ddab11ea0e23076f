"""The main window: builds the map, the panels, the menus and every part, and wires them.

Everything is composed here in plain code: :meth:`MainWindow._build_parts`
makes each part with what it needs (the shared
:class:`~desktop_app.ui.window.context.WindowContext` and named collaborators),
:meth:`MainWindow._build_menus` places their actions, and
:meth:`MainWindow._connect_signals` connects them. A language switch
retranslates every part (:meth:`MainWindow.retranslate`).

Preview: ``python -m desktop_app.ui.main_window [atlas] [--quit-after MS]``.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from desktop_app import i18n, qt_i18n
from desktop_app.store import Atlas
from desktop_app.ui.help.actions import HelpActions
from desktop_app.ui.interop.actions import InteropActions
from desktop_app.ui.jobs import JobRunner
from desktop_app.ui.map import MapWidget
from desktop_app.ui.reports.actions import ReportActions
from desktop_app.ui.session import AtlasSession
from desktop_app.ui.settings.actions import SettingsActions
from desktop_app.ui.tasks.wiring import TaskWiring
from desktop_app.ui.trust.controller import TrustActions
from desktop_app.ui.trust.health import HealthCheck
from desktop_app.ui.window.actions import WindowActions
from desktop_app.ui.window.atlas_files import AtlasFiles
from desktop_app.ui.window.context import WindowContext
from desktop_app.ui.window.details_panel import DetailsPanel
from desktop_app.ui.window.editing import Editor
from desktop_app.ui.window.filter_panel import FilterPanel
from desktop_app.ui.window.network_table import NetworkTable
from desktop_app.ui.window.networks_data import NetworkData
from desktop_app.ui.window.search_box import SearchBox
from desktop_app.ui.window.settings import WindowSettings
from desktop_app.ui.window.status_bar import WindowStatusBar

#: The menus, in menu-bar order.
MENU_NAMES = ("file", "edit", "view", "map", "tasks", "help")

_log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, settings: WindowSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.settings = settings or WindowSettings()
        self.context = WindowContext(self, self.settings)
        self.selection = self.context.selection
        self.setDockOptions(
            QMainWindow.DockOption.AnimatedDocks | QMainWindow.DockOption.AllowTabbedDocks
        )
        self.setDocumentMode(True)
        # The side panels run the full height; the table sits under the map only.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self._menus: dict[str, QMenu] = {}
        for name in MENU_NAMES:
            self._menus[name] = self.menuBar().addMenu("")
            self._menus[name].setObjectName(f"menu_{name}")
        self._build_parts()
        self._build_menus()
        self._build_toolbars()
        self._build_panels()
        self._connect_signals()
        self.retranslate()
        self._restore_state()
        self._update_title()

    # -- composition -------------------------------------------------------------------
    def _build_parts(self) -> None:
        ctx = self.context
        self.data = NetworkData(self)
        self.map = MapWidget(self)
        self.setCentralWidget(self.map)
        self.trust = TrustActions(ctx, self.set_atlas, self)
        self.health = HealthCheck(self)
        self.search_box = SearchBox(ctx, self.data, self)
        self.filter_panel = FilterPanel(ctx, self.data, self)
        self.details_panel = DetailsPanel(ctx, self.data, self)
        self.table = NetworkTable(ctx, self.data, self)
        self.tasks = TaskWiring(ctx, self)
        self.files = AtlasFiles(
            ctx,
            self,
            open_atlas=self.open_atlas,
            set_atlas=self.set_atlas,
            map_image=self.map.export_image,
        )
        self.editor = Editor(
            ctx,
            self.data,
            self,
            profile_tabs=[self.tasks.profile_tab],
            selected_area=self.filter_panel.selected_area_id,
        )
        self.actions = WindowActions(
            ctx,
            self,
            files=self.files,
            editor=self.editor,
            map_view=self.map,
            filter_panel=self.filter_panel,
            search_box=self.search_box,
            set_language=self.set_language,
        )
        self.table.add_context_actions(
            [self.actions.edit, self.actions.centre, self.actions.new_tie, self.actions.delete]
        )
        self.interop = InteropActions(ctx, self)
        self.report_actions = ReportActions(ctx, self)
        self.settings_actions = SettingsActions(ctx, self.set_language, self)
        self.help = HelpActions(self)
        self.status_bar = WindowStatusBar(self)
        self.setStatusBar(self.status_bar)
        # The parts' shortcuts work wherever the focus is, and the shortcut overview lists them.
        self.addActions(
            [
                *self.tasks.actions,
                self.settings_actions.settings,
                *self.help.actions,
            ]
        )

    def _build_menus(self) -> None:
        a, trust, interop = self.actions, self.trust, self.interop
        interop.export_menu.addSeparator()
        interop.export_menu.addAction(self.report_actions.export_pdf)
        layout = {
            "file": (a.new_atlas, a.open_atlas, a.recent_menu, a.open_demo, None,
                     interop.import_action, interop.import_graph_action, interop.export_menu,
                     a.export_image, None, trust.restore, trust.security_menu,
                     trust.privacy_menu, None, a.quit),
            "edit": (a.undo, a.redo, None, a.new_network, a.edit, a.delete, None, a.new_tie,
                     a.persons, a.areas, None, a.find, a.select_none, None,
                     self.settings_actions.settings),
            "view": (a.panels_menu, None, a.reset_filter, None, a.language_menu),
            "map": (a.fit, a.centre, None, *a.layers.values(), None, a.layout_unpinned,
                    a.layout_all),
            "tasks": (self.tasks.record_signal, None, self.tasks.new_obstacle,
                      self.tasks.new_support, self.tasks.professionals, None,
                      self.tasks.thresholds),
            "help": self.help.actions,
        }  # fmt: skip
        for name, items in layout.items():
            menu = self._menus[name]
            for item in items:
                if item is None:
                    menu.addSeparator()
                elif isinstance(item, QMenu):
                    menu.addMenu(item)
                else:
                    menu.addAction(item)

    def _build_toolbars(self) -> None:
        a = self.actions
        bar = QToolBar(self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (a.open_atlas, None, a.new_network, a.edit, a.delete, None,
                       a.undo, a.redo, None, a.fit):  # fmt: skip
            if action is None:
                bar.addSeparator()
            else:
                bar.addAction(action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        # The search box has a toolbar of its own, so it stays visible (and can take
        # the focus for Ctrl+F) when a narrow window folds the other buttons away.
        search = QToolBar(self)
        search.setObjectName("search_toolbar")
        search.setMovable(False)
        spacer = QWidget(search)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        search.addWidget(spacer)
        search.addWidget(self.search_box)
        search.setMinimumWidth(self.search_box.minimumWidth() + 24)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, search)
        self.toolbar, self.search_toolbar = bar, search

    def _build_panels(self) -> None:
        left = Qt.DockWidgetArea.LeftDockWidgetArea
        right = Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        tasks = self.tasks
        self._panels_by_dock: dict[QDockWidget, QWidget] = {}
        #: The window's own panels, in front at the first start.
        self._docks = {
            "filter": self._add_panel(self.filter_panel, "filter_panel", left, scroll=False),
            "details": self._add_panel(self.details_panel, "details_panel", right, scroll=False),
            "table": self._add_panel(self.table, "networks_table", bottom, scroll=False),
        }
        #: The task panels wait in the tabs behind them.
        self._task_docks = [
            self._add_panel(tasks.overview, "tasks_overview", right),
            self._add_panel(tasks.inbox, "tasks_inbox", right),
            self._add_panel(tasks.obstacles, "tasks_obstacles", bottom),
            self._add_panel(tasks.support, "tasks_support", bottom),
        ]

    def _add_panel(
        self, widget: QWidget, object_name: str, area: Qt.DockWidgetArea, *, scroll: bool = True
    ) -> QDockWidget:
        """A dock titled as ``widget``; docks in the same area are tabified, their place kept.

        The widget sits in a scroll area (unless ``scroll=False``), so a wide panel
        scrolls instead of forcing the window wider than a 1366×768 laptop screen.
        """
        dock = QDockWidget(self)
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
        self._panels_by_dock[dock] = widget
        return dock

    def _connect_signals(self) -> None:
        ctx, tasks = self.context, self.tasks
        # Enter on the map (like in the table) opens the selected network's profile.
        for key in ("Return", "Enter"):
            enter = QShortcut(QKeySequence(key), self.map)
            enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            enter.activated.connect(self.editor.edit_selected)
        ctx.message.connect(self.status)
        ctx.network_requested.connect(self.open_network)
        # The open atlas: the window's own data first, then every part.
        ctx.session_changed.connect(self.data.set_session)
        ctx.session_changed.connect(self.map.set_session)
        ctx.session_changed.connect(self._update_title)
        ctx.session_changed.connect(self.actions.on_session_changed)
        ctx.session_changed.connect(tasks.on_session_changed)
        ctx.session_changed.connect(self.interop.on_session_changed)
        ctx.session_changed.connect(self.report_actions.on_session_changed)
        ctx.session_changed.connect(self.trust.on_session_changed)
        ctx.session_changed.connect(self.health.on_session_changed)
        self.health.damage_found.connect(self.trust.on_damage_found)
        # The selection, shared by the map, the table and the details panel.
        self.selection.changed.connect(self.on_selection_changed)
        self.selection.changed.connect(lambda _ids: self.actions.update_enabled())
        self.selection.changed.connect(lambda _ids: self.details_panel.refresh())
        self.selection.changed.connect(self.table.on_selection)
        self.selection.changed.connect(tasks.on_selection_changed)
        self.map.selection_changed.connect(lambda ids: self.selection.set_ids(ids, "map"))
        self.map.network_activated.connect(self.open_network)
        self.search_box.hit_found.connect(self.map.center_on)
        self.search_box.finished.connect(self.map.setFocus)
        self.map.empty_hint.step_requested.connect(self.on_first_step_requested)
        for panel in tasks.panels:
            panel.network_activated.connect(self.open_network)
        # The filter and the rows it filters.
        self.filter_panel.filter_changed.connect(self.on_filter_changed)
        self.filter_panel.manage_areas_requested.connect(self.editor.manage_areas)
        self.filter_panel.new_area_requested.connect(self.editor.new_area)
        self.filter_panel.edit_area_requested.connect(self.editor.edit_area)
        self.data.reloaded.connect(self.filter_panel.refresh)
        self.data.reloaded.connect(self.details_panel.refresh)
        self.data.reloaded.connect(self.table.on_reloaded)
        self.data.reloaded.connect(self._update_title)
        # An edit changes a few rows: the views update those, no reset.
        self.data.rows_changed.connect(self.table.on_rows_changed)
        self.data.rows_changed.connect(self.details_panel.on_rows_changed)
        self.data.rows_changed.connect(lambda _change: self.filter_panel.refresh())
        self.data.rows_changed.connect(lambda _change: self._update_title())
        ctx.session_changed.connect(self.details_panel.on_session_changed)
        self.data.vitality_failed.connect(self.on_vitality_failed)

    # -- for the parts -----------------------------------------------------------------
    @property
    def session(self) -> AtlasSession | None:
        return self.context.session

    def menu(self, name: str) -> QMenu:
        return self._menus[name]

    def status(self, message: str, timeout_ms: int = 5000) -> None:
        self.status_bar.showMessage(message, timeout_ms)

    def visible_ids(self) -> set[str] | None:
        return self.context.visible_ids()

    def open_network(self, network_id: str) -> None:
        """Select the network, centre the map on it and open its profile."""
        self.selection.set_ids([network_id], "open")
        self.map.center_on(network_id)
        self.editor.edit_network(network_id)

    def show_error(self, title: str, exc: Exception | str) -> None:
        self.context.show_error(title, exc)

    # -- atlases ----------------------------------------------------------------------
    def open_atlas(self, path: str | Path, passphrase: str | None = None) -> bool:
        """Open the atlas at ``path`` (asking for its passphrase, offering recovery)."""
        return self.trust.open_atlas(path, passphrase)

    def set_atlas(self, atlas: Atlas | None) -> None:
        """Show ``atlas`` (closing the one shown before); None closes it."""
        old = self.context.session
        session = AtlasSession(atlas, self) if atlas is not None else None
        self.selection.clear("atlas")
        if session is not None:
            session.change_saved.connect(self.status)
            session.change_failed.connect(
                lambda exc: self.show_error(self.tr("Change not saved"), exc)
            )
            path = str(Path(atlas.path).resolve())
            self.settings.last_atlas = path
            if not atlas.is_demo:
                self.settings.add_recent(path)
            self.status(self.tr("Opened: %1").replace("%1", atlas.name))
            if atlas.read_only_note is not None:
                self.status(str(atlas.read_only_note), 30000)
            if atlas.backup_problem is not None:
                self.status(
                    self.tr("Warning: today's automatic backup failed: %1").replace(
                        "%1", str(atlas.backup_problem)
                    ),
                    15000,
                )
        self.context.set_session(session)
        if session is not None:
            session.start()  # the picture (vitality, findings) follows off this thread
        if old is not None:  # closed only once nothing shows it any more
            old.close()
            old.deleteLater()

    def open_initial_atlas(self, path: str | None) -> None:
        """At start: the atlas asked for, else the last one (the demo on the first start)."""
        if path:
            self.open_atlas(path)
            return
        self.files.open_at_start()

    # -- reactions --------------------------------------------------------------------
    def on_vitality_failed(self, exc: object) -> None:
        self.status(self.tr("Vitality could not be computed: %1").replace("%1", str(exc)))

    def on_filter_changed(self, ids: object) -> None:
        self.context.set_visible_ids(ids)
        self.map.set_visible_ids(self.visible_ids(), self.filter_panel.mode())
        self.table.set_visible_ids(self.visible_ids())
        self.status_bar.show_counts(self.data.count(), self.visible_ids())
        kept = self.visible_ids()
        selected = self.selection.ids()
        if kept is not None and any(i not in kept for i in selected):
            # A network the filter leaves out is no longer selected (nor highlighted).
            self.selection.set_ids([i for i in selected if i in kept], "filter")

    def on_first_step_requested(self, step: str) -> None:
        """A button on the empty map: make an area, add a network, or import a list."""
        if step == "area":
            self.editor.new_area()
        elif step == "network":
            self.editor.new_network()
        else:
            self.interop.import_action.trigger()

    def on_selection_changed(self, ids: list) -> None:
        if self.selection.source != "map":
            self.map.set_selected_ids(ids)
        if len(ids) == 1:
            self.map.highlight_neighbourhood(ids[0])
        else:
            self.map.highlight_neighbourhood(None)

    # -- language ---------------------------------------------------------------------
    def retranslate(self) -> None:
        """Every menu, action, dock title and panel label in the current language."""
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
        self.filter_panel.setWindowTitle(self.tr("Filter"))
        self.details_panel.setWindowTitle(self.tr("Details"))
        self.table.setWindowTitle(self.tr("Networks"))
        self.toolbar.setWindowTitle(self.tr("Toolbar"))
        self.search_toolbar.setWindowTitle(self.tr("Search"))
        for part in (
            self.actions,
            self.filter_panel,
            self.details_panel,
            self.search_box,
            self.table,
            self.tasks,
            self.interop,
            self.report_actions,
            self.settings_actions,
            self.trust,
            self.help,
            self.map.empty_hint,
        ):
            part.retranslate()
        for dock, widget in self._panels_by_dock.items():
            dock.setWindowTitle(widget.windowTitle())
        self.actions.languages[i18n.language()].setChecked(True)
        self._update_title()

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it for the next start."""
        self.settings.language = language
        if language == i18n.language():
            return
        qt_i18n.install(language)
        self.retranslate()
        self.status(self.tr("Language changed."))

    def _update_title(self, *_args) -> None:
        session = self.context.session
        if session is None:
            self.setWindowTitle("Zwermkaart")
            self.status_bar.show_atlas(None)
            return
        atlas = session.atlas
        name = atlas.name
        if atlas.is_demo:
            name = self.tr("%1 (DEMO)").replace("%1", name)
        if atlas.read_only:
            name = self.tr("%1 (read-only)").replace("%1", name)
        self.setWindowTitle(f"{name} — Zwermkaart")
        self.status_bar.show_atlas(atlas)
        self.status_bar.show_counts(self.data.count(), self.visible_ids())

    # -- window state -----------------------------------------------------------------
    def _restore_state(self) -> None:
        self.map.legend.set_collapsed(self.settings.legend_collapsed)
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
            # Our own panels in front; the task panels wait in the tabs behind them.
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
        self.settings.legend_collapsed = self.map.legend.is_collapsed()
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.table.save_header(self.settings)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.set_atlas(None)
        self.health.shutdown()
        for runner in self.findChildren(JobRunner):  # every part's jobs: cancel, let end
            runner.shutdown()
        super().closeEvent(event)


def main(argv: list[str] | None = None) -> int:
    """Preview: the window on an atlas (default the demo); ``--quit-after MS`` for smoke tests."""
    from desktop_app.ui.app import run

    return run(list(sys.argv[1:] if argv is None else argv))


if __name__ == "__main__":
    sys.exit(main())
