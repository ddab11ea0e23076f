"""One support case (task 3): need, priority, status, professional, notes, suggestions.

The form is saved with Save as one undoable command. Two things take effect
at once, each its own undoable step: "Assign" on a suggested professional
(professional set, status assigned, assigned today) and adding a dated note.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import Note, Priority, SubjectType, SupportCase, SupportNeed, SupportStatus
from desktop_app.labels import label
from desktop_app.store import AtlasError, ChangeSet
from desktop_app.ui.commands import AddCommand, UpdateCommand
from desktop_app.ui.tasks import analysis_bridge as analysis
from desktop_app.ui.tasks.common import DATE_FORMAT, fmt_date, from_qdate, to_qdate
from desktop_app.ui.tasks.network_field import NetworkField
from desktop_app.ui.tasks.status_flow import SUPPORT_FLOW, assign, move_support
from desktop_app.ui.tasks.suggestions import SuggestionList


class SupportCaseDialog(QDialog):
    """New case (``case=None``, optionally for ``network_id``) or an existing one."""

    network_requested = Signal(str)

    def __init__(
        self,
        session,
        parent: QWidget | None = None,
        *,
        case: SupportCase | None = None,
        network_id: str | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._today = today or date.today()
        self._case = case
        self._draft = case or SupportCase(
            network_id=network_id or "", need=SupportNeed.KNOWLEDGE, noticed_on=self._today
        )
        self.setWindowTitle(self.tr("Support case") if case else self.tr("New support case"))
        atlas = session.atlas

        self.network_edit = NetworkField(self)
        self.network_edit.setPlaceholderText(self.tr("Type part of the network's name"))
        self.network_edit.set_networks(
            atlas.networks.all(), {a.id: a.name for a in atlas.areas.all()}
        )
        self.need = QComboBox(self)
        for need in SupportNeed:
            self.need.addItem(label(need), need.value)
        self.priority = QComboBox(self)
        for priority in Priority:
            self.priority.addItem(label(priority), priority.value)
        self.status = QComboBox(self)
        for status in SUPPORT_FLOW:
            self.status.addItem(label(status), status.value)
        self.professional = QComboBox(self)
        self._fill_professionals(None)
        self.manage_button = QPushButton(self.tr("Professionals…"), self)
        self.manage_button.setObjectName("manage_professionals")
        self.manage_button.setAutoDefault(False)
        self.manage_button.setToolTip(self.tr("Add or edit the atlas's professionals"))
        professional_row = QHBoxLayout()
        professional_row.addWidget(self.professional, 1)
        professional_row.addWidget(self.manage_button)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What does the network ask for?"))
        self.outcome = QPlainTextEdit(self)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(60)
        self.dates = QLabel(self)
        self.dates.setTextFormat(Qt.TextFormat.PlainText)
        self.dates.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b2182b; font-weight: bold;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Network"), self.network_edit)
        form.addRow(self.tr("Need"), self.need)
        form.addRow(self.tr("Priority"), self.priority)
        form.addRow(self.tr("Status"), self.status)
        form.addRow(self.tr("Professional"), professional_row)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("Steps"), self.dates)

        self.suggestions = SuggestionList(self)
        suggestions_box = QGroupBox(self.tr("Suggested professionals"), self)
        QVBoxLayout(suggestions_box).addWidget(self.suggestions)

        self.notes = QListWidget(self)
        self.notes.setWordWrap(True)
        self.note_text = QLineEdit(self)
        self.note_text.setPlaceholderText(self.tr("What was done, and its outcome"))
        self.note_date = QDateEdit(self)
        self.note_date.setDisplayFormat(DATE_FORMAT)
        self.note_date.setCalendarPopup(True)
        self.note_date.setDate(to_qdate(self._today))
        self.add_note_button = QPushButton(self.tr("Add note"), self)
        self.add_note_button.setAutoDefault(False)
        notes_box = QGroupBox(self.tr("Notes"), self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes)
        add_row = QHBoxLayout()
        add_row.addWidget(self.note_date)
        add_row.addWidget(self.note_text, 1)
        add_row.addWidget(self.add_note_button)
        notes_layout.addLayout(add_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.open_network_button = self.buttons.addButton(
            self.tr("Open network"), QDialogButtonBox.ButtonRole.ActionRole
        )

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(self.error)
        right = QVBoxLayout()
        right.addWidget(suggestions_box, 1)
        right.addWidget(notes_box, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.buttons)
        self.resize(860, 520)

        self._show(self._draft)
        self._connect_signals()
        self.refresh_suggestions()
        self.refresh_notes()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_save_requested)
        self.buttons.rejected.connect(self.reject)
        self.open_network_button.clicked.connect(self.on_open_network)
        self.status.currentIndexChanged.connect(self.on_status_changed)
        self.need.currentIndexChanged.connect(self.refresh_suggestions)
        self.network_edit.textChanged.connect(self.refresh_suggestions)
        self.suggestions.assign_requested.connect(self.on_assign_requested)
        self.suggestions.manage_requested.connect(self.on_manage_professionals)
        self.manage_button.clicked.connect(self.on_manage_professionals)
        self.add_note_button.clicked.connect(self.on_add_note)
        self.note_text.returnPressed.connect(self.on_add_note)
        self.session.data_changed.connect(self.on_data_changed)
        self._listening = True

    # -- showing -----------------------------------------------------------------
    def _show(self, case: SupportCase) -> None:
        self.network_edit.set_network_id(case.network_id)
        self.need.setCurrentIndex(self.need.findData(case.need.value))
        self.priority.setCurrentIndex(self.priority.findData(case.priority.value))
        self.status.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(case.status.value))
        self.status.blockSignals(False)
        self.professional.setCurrentIndex(max(0, self.professional.findData(case.professional_id)))
        self.description.setPlainText(case.description)
        self.outcome.setPlainText(case.outcome)
        self._show_dates(case)

    def _show_dates(self, case: SupportCase) -> None:
        steps = [
            (SupportStatus.NOTICED, case.noticed_on),
            (SupportStatus.ASKED, case.asked_on),
            (SupportStatus.ASSIGNED, case.assigned_on),
            (SupportStatus.RUNNING, case.started_on),
            (SupportStatus.FINISHED, case.finished_on),
        ]
        self.dates.setText(" · ".join(f"{label(s)} {fmt_date(d)}" for s, d in steps if d) or "–")

    def edited(self) -> SupportCase:
        return dataclasses.replace(
            self._draft,
            network_id=self.network_edit.network_id() or "",
            need=SupportNeed(self.need.currentData()),
            priority=Priority(self.priority.currentData()),
            status=SupportStatus(self.status.currentData()),
            professional_id=self.professional.currentData(),
            description=self.description.toPlainText().strip(),
            outcome=self.outcome.toPlainText().strip(),
        )

    def refresh_suggestions(self) -> None:
        draft = self.edited()
        found = analysis.suggest_for(self.session.atlas, draft)
        self.suggestions.set_suggestions(found, draft.professional_id)

    def refresh_notes(self) -> None:
        self.notes.clear()
        self.add_note_button.setEnabled(self._case is not None)
        self.note_text.setEnabled(self._case is not None)
        if self._case is None:
            self.notes.addItem(self.tr("Save the case first to add notes."))
            return
        for note in reversed(
            self.session.atlas.notes.about(SubjectType.SUPPORT_CASE, self._case.id)
        ):
            author = f" ({note.author})" if note.author else ""
            self.notes.addItem(f"{fmt_date(note.date)}{author}: {note.text}")

    def _fill_professionals(self, current: str | None) -> None:
        self.professional.blockSignals(True)
        self.professional.clear()
        self.professional.addItem(self.tr("(nobody yet)"), None)
        for pro in self.session.atlas.professionals.all():
            self.professional.addItem(pro.name, pro.id)
        self.professional.setCurrentIndex(max(0, self.professional.findData(current)))
        self.professional.blockSignals(False)

    def on_manage_professionals(self) -> None:
        """The professionals manager, over this dialog; what is added there is offered here."""
        from desktop_app.ui.tasks.professionals import ProfessionalsDialog

        manager = ProfessionalsDialog(self.session, self)
        manager.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        manager.open()

    def on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches("professionals", "professional_areas"):
            self._fill_professionals(self.professional.currentData())
            self.refresh_suggestions()
        if self._case is not None and changes.touches("support_cases", "notes"):
            stored = self.session.atlas.support.find(self._case.id)
            if stored is None:  # deleted (or its creation undone) elsewhere
                self.reject()
                return
            if changes.touches("support_cases"):
                self._adopt(stored)
            self.refresh_notes()

    def _adopt(self, stored: SupportCase) -> None:
        """Take over a change saved elsewhere (assign, undo) into the form."""
        self._case = stored
        self._draft = stored
        self.status.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(stored.status.value))
        self.status.blockSignals(False)
        self.professional.setCurrentIndex(
            max(0, self.professional.findData(stored.professional_id))
        )
        self._show_dates(stored)
        self.refresh_suggestions()

    # -- edits ---------------------------------------------------------------------
    def on_status_changed(self) -> None:
        self._draft = move_support(
            self.edited(), SupportStatus(self.status.currentData()), self._today
        )
        self._show_dates(self._draft)

    def _complain(self, message: str, widget: QWidget | None = None) -> None:
        self.error.setText(message)
        self.error.show()
        if widget is not None:
            widget.setFocus()

    def on_assign_requested(self, professional_id: str) -> None:
        """One click: assign now (undoable); for a new case, fill in the form instead."""
        if self._case is None:
            self._draft = assign(self.edited(), professional_id, self._today)
            self.status.blockSignals(True)
            self.status.setCurrentIndex(self.status.findData(SupportStatus.ASSIGNED.value))
            self.status.blockSignals(False)
            self.professional.setCurrentIndex(self.professional.findData(professional_id))
            self._show_dates(self._draft)
            self.refresh_suggestions()
            return
        before = self.session.atlas.support.get(self._case.id)
        after = assign(before, professional_id, self._today)
        name = self.session.atlas.professionals.get(professional_id).name
        text = self.tr("Assign %1").replace("%1", name)
        try:
            self.session.execute(
                UpdateCommand(self.session, self.session.atlas.support, before, after, text)
            )
        except AtlasError as exc:
            self._complain(str(exc))

    def on_add_note(self) -> None:
        text = self.note_text.text().strip()
        if self._case is None or not text:
            return
        note = Note(
            subject_type=SubjectType.SUPPORT_CASE,
            subject_id=self._case.id,
            text=text,
            date=from_qdate(self.note_date.date()),
            author=self.session.atlas.actor,
        )
        try:
            self.session.execute(
                AddCommand(self.session, self.session.atlas.notes, note, self.tr("Add note"))
            )
        except AtlasError as exc:
            self._complain(str(exc), self.note_text)
            return
        self.note_text.clear()

    def on_save_requested(self) -> None:
        case = self.edited()
        if not case.network_id:
            self._complain(self.tr("Choose a network: type part of its name."), self.network_edit)
            return
        try:
            if self._case is None:
                command = AddCommand(
                    self.session, self.session.atlas.support, case, self.tr("New support case")
                )
            else:
                before = self.session.atlas.support.get(self._case.id)
                command = UpdateCommand(
                    self.session,
                    self.session.atlas.support,
                    before,
                    case,
                    self.tr("Edit support case"),
                )
            self.session.execute(command)
        except AtlasError as exc:
            self._complain(str(exc))
            return
        self.accept()

    def on_open_network(self) -> None:
        network_id = self.network_edit.network_id()
        if network_id:
            self.network_requested.emit(network_id)

    def done(self, result: int) -> None:
        if self._listening:
            self._listening = False
            self.session.data_changed.disconnect(self.on_data_changed)
        super().done(result)


def _preview() -> int:  # pragma: no cover - manual preview
    from desktop_app.ui.tasks.preview import run_preview

    def make(session):
        case = session.atlas.support.all()[1]
        return SupportCaseDialog(session, case=case)

    return run_preview(make, "Support case")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_preview())
