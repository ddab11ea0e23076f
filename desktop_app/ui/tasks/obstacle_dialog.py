"""Create or edit an obstacle: networks, category, description, owner, status and dates."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import Obstacle, ObstacleCategory, ObstacleStatus
from desktop_app.labels import label
from desktop_app.store import AtlasError
from desktop_app.ui.commands import AddCommand, UpdateCommand
from desktop_app.ui.tasks.status_flow import OBSTACLE_FLOW, move_obstacle
from desktop_app.ui.tasks.widgets import NetworkChecklist, OptionalDateEdit


class ObstacleDialog(QDialog):
    """New obstacle (``obstacle=None``) or edit one; saves as one undoable command."""

    def __init__(
        self,
        session,
        parent: QWidget | None = None,
        *,
        obstacle: Obstacle | None = None,
        network_ids: tuple[str, ...] = (),
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._today = today or date.today()
        self._before = obstacle
        self._current = obstacle or Obstacle(
            category=ObstacleCategory.OTHER,
            description="-",
            network_ids=network_ids,
            reported_on=self._today,
        )
        self.setWindowTitle(self.tr("Edit obstacle") if obstacle else self.tr("New obstacle"))
        atlas = session.atlas

        self.networks = NetworkChecklist(self)
        self.networks.filter.setPlaceholderText(self.tr("Filter networks"))
        self.networks.set_networks(atlas.networks.all(), self._current.network_ids)
        self.category = QComboBox(self)
        for category in ObstacleCategory:
            self.category.addItem(label(category), category.value)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What blocks the network?"))
        self.owner = QComboBox(self)
        self.owner.addItem(self.tr("(no professional)"), None)
        for professional in atlas.professionals.all():
            text = professional.name
            if professional.organisation:
                text += f" ({professional.organisation})"
            self.owner.addItem(text, professional.id)
        self.department = QLineEdit(self)
        self.department.setPlaceholderText(self.tr("Department, e.g. Permits"))
        self.status = QComboBox(self)
        for status in OBSTACLE_FLOW:
            self.status.addItem(label(status), status.value)
        self.reported_on = OptionalDateEdit(self)
        self.started_on = OptionalDateEdit(self)
        self.closed_on = OptionalDateEdit(self)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b2182b; font-weight: bold;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Networks affected"), self.networks)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Owner (professional)"), self.owner)
        form.addRow(self.tr("Owner (department)"), self.department)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Reported on"), self.reported_on)
        form.addRow(self.tr("In progress since"), self.started_on)
        form.addRow(self.tr("Closed on"), self.closed_on)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self._show(self._current)
        if obstacle is None:
            self.description.clear()
        self.buttons.accepted.connect(self.on_save_requested)
        self.buttons.rejected.connect(self.reject)
        self.status.currentIndexChanged.connect(self.on_status_changed)

    def _show(self, obstacle: Obstacle) -> None:
        self.category.setCurrentIndex(self.category.findData(obstacle.category.value))
        self.description.setPlainText(obstacle.description)
        self.owner.setCurrentIndex(max(0, self.owner.findData(obstacle.owner_professional_id)))
        self.department.setText(obstacle.owner_department)
        self.status.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(obstacle.status.value))
        self.status.blockSignals(False)
        self._show_dates(obstacle)

    def _show_dates(self, obstacle: Obstacle) -> None:
        self.reported_on.set_value(obstacle.reported_on)
        self.started_on.set_value(obstacle.started_on)
        self.closed_on.set_value(obstacle.closed_on)

    def edited(self) -> Obstacle:
        """The obstacle as the form shows it now."""
        return dataclasses.replace(
            self._current,
            network_ids=self.networks.checked_ids(),
            category=ObstacleCategory(self.category.currentData()),
            description=self.description.toPlainText().strip(),
            owner_professional_id=self.owner.currentData(),
            owner_department=self.department.text().strip(),
            status=ObstacleStatus(self.status.currentData()),
            reported_on=self.reported_on.value(),
            started_on=self.started_on.value(),
            closed_on=self.closed_on.value(),
        )

    def on_status_changed(self) -> None:
        """Moving the status fills in the date of the step (still editable)."""
        moved = move_obstacle(self.edited(), ObstacleStatus(self.status.currentData()), self._today)
        self._show_dates(moved)

    def _complain(self, message: str, widget: QWidget) -> None:
        self.error.setText(message)
        self.error.show()
        widget.setFocus()

    def on_save_requested(self) -> None:
        obstacle = self.edited()
        if not obstacle.network_ids:
            self._complain(self.tr("Tick at least one network."), self.networks.list)
            return
        if not obstacle.description:
            self._complain(self.tr("Describe the obstacle."), self.description)
            return
        try:
            if self._before is None:
                command = AddCommand(
                    self.session, self.session.atlas.obstacles, obstacle, self.tr("New obstacle")
                )
            else:
                command = UpdateCommand(
                    self.session,
                    self.session.atlas.obstacles,
                    self._before,
                    obstacle,
                    self.tr("Edit obstacle"),
                )
            self.session.execute(command)
        except AtlasError as exc:
            self._complain(str(exc), self.description)
            return
        self.accept()
