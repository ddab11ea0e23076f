"""The task panels and the Tasks menu's actions, kept in step with the open atlas.

The main window places them (panels "Where to look today" and the signal inbox
on the right, the obstacles register and the support board at the bottom; the
actions in the Tasks menu) and connects :meth:`TaskWiring.on_session_changed`;
:meth:`TaskWiring.profile_tab` is the "Vitality" tab of the network profile.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop_app.ui.tasks.inbox import SignalInbox
from desktop_app.ui.tasks.obstacles import ObstacleRegister
from desktop_app.ui.tasks.overview import Overview
from desktop_app.ui.tasks.signal_entry import SHORTCUT
from desktop_app.ui.tasks.support_board import SupportBoard
from desktop_app.ui.window.context import WindowContext


class TaskWiring(QObject):
    def __init__(self, context: WindowContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.parent_ = parent
        self.overview = Overview(None, parent)
        self.overview.setObjectName("tasks_overview")
        self.inbox = SignalInbox(None, parent)
        self.inbox.setObjectName("tasks_inbox")
        self.obstacles = ObstacleRegister(None, parent)
        self.obstacles.setObjectName("tasks_obstacles")
        self.support = SupportBoard(None, parent)
        self.support.setObjectName("tasks_support")
        self.panels = (self.overview, self.inbox, self.obstacles, self.support)

        def make(name: str) -> QAction:
            action = QAction(parent)
            action.setObjectName(name)
            return action

        self.record_signal = make("record_signal")
        self.record_signal.setShortcut(QKeySequence(SHORTCUT))
        # Works wherever the focus is in the window, docks and floating panels included.
        self.record_signal.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.new_obstacle = make("new_obstacle")
        self.new_support = make("new_support_case")
        self.professionals = make("professionals")
        self.thresholds = make("thresholds")
        self.actions = (
            self.record_signal,
            self.new_obstacle,
            self.new_support,
            self.professionals,
            self.thresholds,
        )
        self.record_signal.triggered.connect(self.on_record_signal)
        self.new_obstacle.triggered.connect(self.on_new_obstacle)
        self.new_support.triggered.connect(self.on_new_support)
        self.thresholds.triggered.connect(self.on_thresholds)
        self.professionals.triggered.connect(self.on_professionals)
        self.retranslate()
        self.on_session_changed(context.session)

    def retranslate(self) -> None:
        self.overview.setWindowTitle(self.tr("Where to look today"))
        self.inbox.setWindowTitle(self.tr("Signals"))
        self.obstacles.setWindowTitle(self.tr("Obstacles"))
        self.support.setWindowTitle(self.tr("Support"))
        self.record_signal.setText(self.tr("Record signal…"))
        self.new_obstacle.setText(self.tr("New obstacle…"))
        self.new_support.setText(self.tr("New support case…"))
        self.professionals.setText(self.tr("Professionals…"))
        self.thresholds.setText(self.tr("Thresholds…"))
        for panel in self.panels:
            panel.retranslate()

    def on_session_changed(self, session) -> None:
        for panel in self.panels:
            panel.set_session(session)
        for action in self.actions:
            action.setEnabled(session is not None and not session.atlas.read_only)

    def on_selection_changed(self, _ids) -> None:
        for panel in (self.support, self.obstacles):
            panel.set_selected_network(self._selected_network())

    def _selected_network(self) -> str | None:
        ids = self.context.selection.ids()
        return ids[0] if len(ids) == 1 else None

    def on_record_signal(self) -> None:
        from desktop_app.ui.tasks.signal_entry import QuickSignalDialog

        if self.context.session is None:
            return
        dialog = QuickSignalDialog(
            self.context.session, self.parent_, network_id=self._selected_network()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_new_obstacle(self) -> None:
        from desktop_app.ui.tasks.obstacle_dialog import ObstacleDialog

        selected = self._selected_network()
        dialog = ObstacleDialog(
            self.context.session, self.parent_, network_ids=(selected,) if selected else ()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_new_support(self) -> None:
        from desktop_app.ui.tasks.support_case import SupportCaseDialog

        dialog = SupportCaseDialog(
            self.context.session, self.parent_, network_id=self._selected_network()
        )
        dialog.network_requested.connect(self.context.open_network)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_professionals(self) -> None:
        from desktop_app.ui.tasks.professionals import ProfessionalsDialog

        dialog = ProfessionalsDialog(self.context.session, self.parent_)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def on_thresholds(self) -> None:
        from desktop_app.ui.tasks.thresholds import ThresholdsDialog

        dialog = ThresholdsDialog(self.context.session, self.parent_)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def profile_tab(self, session, network_id: str, parent):
        """The "Vitality" tab of a network's profile: its timeline."""
        from desktop_app.ui.tasks.timeline import NetworkTimeline

        timeline = NetworkTimeline(session, parent)
        timeline.set_network(network_id)
        return timeline, self.tr("Vitality")
