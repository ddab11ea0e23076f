"""The coordinator's tasks in the window: signals, timeline, inbox, obstacles, support, overview.

:func:`install` adds to the main window (API in ``notes/UI_CONTRACT.md``):

- Tasks menu: record a signal (Ctrl+Shift+S, from anywhere in the window), new
  obstacle, new support case (both for the selected network), thresholds;
- panels: "Where to look today" and the signal inbox on the right, the
  obstacles register and the support board at the bottom;
- a "Vitality" tab in the network profile with the :class:`NetworkTimeline`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence


class TaskWiring:
    """Keeps the task panels and actions in step with the window's atlas and selection."""

    def __init__(self, window: Any) -> None:
        from desktop_app.ui.tasks.inbox import SignalInbox
        from desktop_app.ui.tasks.obstacles import ObstacleRegister
        from desktop_app.ui.tasks.overview import Overview
        from desktop_app.ui.tasks.signal_entry import SHORTCUT
        from desktop_app.ui.tasks.support_board import SupportBoard

        self.window = window
        self.overview = Overview(None, window)
        self.inbox = SignalInbox(None, window)
        self.obstacles = ObstacleRegister(None, window)
        self.support = SupportBoard(None, window)
        self.panels = (self.overview, self.inbox, self.obstacles, self.support)
        right = Qt.DockWidgetArea.RightDockWidgetArea
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        window.add_panel(
            self.overview,
            QCoreApplication.translate("Tasks", "Where to look today"),
            "tasks_overview",
            right,
        )
        window.add_panel(
            self.inbox, QCoreApplication.translate("Tasks", "Signals"), "tasks_inbox", right
        )
        window.add_panel(
            self.obstacles,
            QCoreApplication.translate("Tasks", "Obstacles"),
            "tasks_obstacles",
            bottom,
        )
        window.add_panel(
            self.support, QCoreApplication.translate("Tasks", "Support"), "tasks_support", bottom
        )

        menu = window.menu("tasks")
        self.record_signal = QAction(QCoreApplication.translate("Tasks", "Record signal…"), window)
        self.record_signal.setObjectName("record_signal")
        self.record_signal.setShortcut(QKeySequence(SHORTCUT))
        # Works wherever the focus is in the window, docks and floating panels included.
        self.record_signal.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.new_obstacle = QAction(QCoreApplication.translate("Tasks", "New obstacle…"), window)
        self.new_obstacle.setObjectName("new_obstacle")
        self.new_support = QAction(QCoreApplication.translate("Tasks", "New support case…"), window)
        self.new_support.setObjectName("new_support_case")
        self.professionals = QAction(QCoreApplication.translate("Tasks", "Professionals…"), window)
        self.professionals.setObjectName("professionals")
        self.thresholds = QAction(QCoreApplication.translate("Tasks", "Thresholds…"), window)
        self.thresholds.setObjectName("thresholds")
        self.actions = (
            self.record_signal,
            self.new_obstacle,
            self.new_support,
            self.professionals,
            self.thresholds,
        )
        menu.addAction(self.record_signal)
        menu.addSeparator()
        menu.addAction(self.new_obstacle)
        menu.addAction(self.new_support)
        menu.addAction(self.professionals)
        menu.addSeparator()
        menu.addAction(self.thresholds)
        window.addAction(self.record_signal)
        window.add_profile_tab(self.profile_tab)
        self._connect_signals()
        self.on_session_changed(window.session)

    def _connect_signals(self) -> None:
        self.window.session_changed.connect(self.on_session_changed)
        self.window.selection.changed.connect(self.on_selection_changed)
        for panel in self.panels:
            panel.network_activated.connect(self.window.open_network)
        self.record_signal.triggered.connect(self.on_record_signal)
        self.new_obstacle.triggered.connect(self.on_new_obstacle)
        self.new_support.triggered.connect(self.on_new_support)
        self.thresholds.triggered.connect(self.on_thresholds)
        self.professionals.triggered.connect(self.on_professionals)

    def on_session_changed(self, session) -> None:
        for panel in self.panels:
            panel.set_session(session)
        for action in self.actions:
            action.setEnabled(session is not None and not session.atlas.read_only)

    def on_selection_changed(self, _ids) -> None:
        for panel in (self.support, self.obstacles):
            panel.set_selected_network(self._selected_network())

    def _selected_network(self) -> str | None:
        ids = self.window.selection.ids()
        return ids[0] if len(ids) == 1 else None

    def on_record_signal(self) -> None:
        from desktop_app.ui.tasks.signal_entry import QuickSignalDialog

        if self.window.session is None:
            return
        dialog = QuickSignalDialog(
            self.window.session, self.window, network_id=self._selected_network()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_new_obstacle(self) -> None:
        from desktop_app.ui.tasks.obstacle_dialog import ObstacleDialog

        selected = self._selected_network()
        dialog = ObstacleDialog(
            self.window.session, self.window, network_ids=(selected,) if selected else ()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_new_support(self) -> None:
        from desktop_app.ui.tasks.support_case import SupportCaseDialog

        dialog = SupportCaseDialog(
            self.window.session, self.window, network_id=self._selected_network()
        )
        dialog.network_requested.connect(self.window.open_network)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_professionals(self) -> None:
        from desktop_app.ui.tasks.professionals import ProfessionalsDialog

        dialog = ProfessionalsDialog(self.window.session, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_thresholds(self) -> None:
        from desktop_app.ui.tasks.thresholds import ThresholdsDialog

        dialog = ThresholdsDialog(self.window.session, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @staticmethod
    def profile_tab(session, network_id: str, parent):
        """The "Vitality" tab of a network's profile: its timeline."""
        from desktop_app.ui.tasks.timeline import NetworkTimeline

        timeline = NetworkTimeline(session, parent)
        timeline.set_network(network_id)
        return timeline, QCoreApplication.translate("Tasks", "Vitality")


def install(window: Any) -> TaskWiring:
    """Add the task panels, menu actions and profile tab to ``window``."""
    wiring = TaskWiring(window)
    window.tasks = wiring
    return wiring
