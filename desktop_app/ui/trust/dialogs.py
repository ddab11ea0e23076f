"""Dialogs for the trust features: passphrase, backups to restore, picking a person.

They only ask; the work is done by :mod:`desktop_app.ui.trust.controller`
through the store. Names are shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import Person
from desktop_app.store.backups import Backup
from desktop_app.store.privacy import ErasurePreview


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class PassphraseDialog(QDialog):
    """Ask for a passphrase; with ``confirm`` twice (a new one)."""

    def __init__(
        self, parent: QWidget | None, title: str, message: str, *, confirm: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PassphraseDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        layout = QVBoxLayout(self)
        self.message = _plain_label(message, self)
        layout.addWidget(self.message)
        form = QFormLayout()
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setObjectName("passphrase")
        form.addRow(self.tr("Passphrase:"), self.first)
        self.second: QLineEdit | None = None
        if confirm:
            self.second = QLineEdit(self)
            self.second.setEchoMode(QLineEdit.EchoMode.Password)
            self.second.setObjectName("passphrase_again")
            form.addRow(self.tr("Again:"), self.second)
        layout.addLayout(form)
        self.problem = _plain_label("", self)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: #b00020")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if not self.first.text():
            self.problem.setText(self.tr("Enter a passphrase."))
            return
        if self.second is not None and self.second.text() != self.first.text():
            self.problem.setText(self.tr("The two passphrases differ."))
            return
        self.accept()

    def passphrase(self) -> str:
        return self.first.text()


def reason_label(reason: str) -> str:
    from PySide6.QtCore import QCoreApplication

    labels = {
        "open": QCoreApplication.translate("Trust", "when opened"),
        "migration": QCoreApplication.translate("Trust", "before an upgrade"),
        "import": QCoreApplication.translate("Trust", "before an import"),
        "restore": QCoreApplication.translate("Trust", "before a restore"),
        "manual": QCoreApplication.translate("Trust", "made by hand"),
        "encryption": QCoreApplication.translate("Trust", "before a change of encryption"),
    }
    return labels.get(reason, reason)


class RestoreDialog(QDialog):
    """The backups of the open atlas, newest first; the chosen one is restored."""

    def __init__(self, parent: QWidget | None, backups: list[Backup]) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(520, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(
            _plain_label(
                self.tr(
                    "Choose the state to go back to. Changes made after it are replaced. "
                    "The current state is backed up first, so the restore can be undone."
                ),
                self,
            )
        )
        self.list = QListWidget(self)
        self.list.setObjectName("backups")
        for backup in backups:
            size = f"{backup.size / 1_000_000:.1f} MB"
            item = QListWidgetItem(f"{backup.label()}  ·  {reason_label(backup.reason)}  ·  {size}")
            item.setData(Qt.ItemDataRole.UserRole, str(backup.path))
            self.list.addItem(item)
        if backups:
            self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.buttons)

    def chosen_path(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None


class PersonPicker(QDialog):
    """Pick one person by name (type to filter)."""

    def __init__(
        self, parent: QWidget | None, title: str, message: str, persons: list[Person]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PersonPicker")
        self.setWindowTitle(title)
        self.resize(420, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(_plain_label(message, self))
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter…"))
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.list = QListWidget(self)
        self.list.setObjectName("persons")
        for person in persons:
            item = QListWidgetItem(person.display_name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._apply_filter)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.buttons)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def select_id(self, person_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == person_id:
                self.list.setCurrentRow(row)
                return

    def chosen_id(self) -> str | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(Qt.ItemDataRole.UserRole)


class RetentionDialog(QDialog):
    """Persons past their retention date, for review; OK erases them all."""

    def __init__(self, parent: QWidget | None, persons: list[Person]) -> None:
        super().__init__(parent)
        self.setObjectName("RetentionDialog")
        self.setWindowTitle(self.tr("Retention review"))
        self.resize(460, 380)
        layout = QVBoxLayout(self)
        if persons:
            text = self.tr(
                "The retention period of these persons has passed. Erase them now? "
                "This cannot be undone."
            )
        else:
            text = self.tr("Nobody is past their retention date.")
        layout.addWidget(_plain_label(text, self))
        self.list = QListWidget(self)
        self.list.setObjectName("expired")
        for person in persons:
            until = person.retention_until.strftime("%d-%m-%Y") if person.retention_until else ""
            self.list.addItem(QListWidgetItem(f"{person.display_name}  ·  {until}"))
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        if persons:
            erase = buttons.addButton(
                self.tr("Erase %n person(s)", "", len(persons)),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            erase.setObjectName("erase_all")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class ErasureDialog(QDialog):
    """The erase confirmation: each text that will be redacted, and the copies changed.

    Everything is plain text (an excerpt shows the pieces found between « and »).
    """

    def __init__(self, parent: QWidget | None, preview: ErasurePreview) -> None:
        super().__init__(parent)
        self.setObjectName("ErasureDialog")
        self.setWindowTitle(self.tr("Erase a person"))
        self.resize(620, 460)
        where = {
            "notes": self.tr("Note"),
            "signals": self.tr("Signal"),
            "networks": self.tr("Network"),
            "obstacles": self.tr("Obstacle"),
            "support_cases": self.tr("Support case"),
            "persons": self.tr("Person"),
            "professionals": self.tr("Professional"),
            "areas": self.tr("Area"),
            "settings": self.tr("Setting"),
        }
        layout = QVBoxLayout(self)
        question = self.tr(
            "Erase %1 completely? They leave every network (%2), their notes (%3) are "
            "deleted, and the search index and the file itself no longer hold them. "
            "This cannot be undone."
        )
        question = (
            question.replace("%1", preview.person.display_name)
            .replace("%2", str(preview.memberships))
            .replace("%3", str(preview.notes))
        )
        self.question = _plain_label(question, self)
        layout.addWidget(self.question)
        if preview.places:
            text = self.tr(
                "%n text(s) elsewhere name them or hold their contact data; what is "
                "between « and » is replaced by [gewist]:",
                "",
                len(preview.places),
            )
        else:
            text = self.tr("No other text names them or holds their contact data.")
        layout.addWidget(_plain_label(text, self))
        self.places = QListWidget(self)
        self.places.setObjectName("places")
        for place in preview.places:
            label = where.get(place.table, place.table)
            self.places.addItem(QListWidgetItem(f"{label}: {place.excerpt()}"))
        self.places.setVisible(bool(preview.places))
        layout.addWidget(self.places)
        copies = self.tr(
            "They are also erased from the %n backup(s) of this atlas.", "", preview.backups
        )
        if preview.damaged_copies:
            copies += " " + self.tr(
                "%n damaged copy/copies kept by an earlier recovery will be deleted.",
                "",
                len(preview.damaged_copies),
            )
        self.copies = _plain_label(copies, self)
        self.copies.setObjectName("copies")
        layout.addWidget(self.copies)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        erase = buttons.addButton(self.tr("Erase"), QDialogButtonBox.ButtonRole.AcceptRole)
        erase.setObjectName("erase")
        erase.setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
