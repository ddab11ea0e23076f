"""The trust features in the window: passphrase on open, recovery of a damaged atlas,
restore from a backup, encryption, and the AVG actions on persons.

The main window builds :class:`TrustActions`, places its menus and opens every
atlas through :meth:`TrustActions.open_atlas`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from desktop_app.store import Atlas, AtlasCorruptError, AtlasError, backups
from desktop_app.store.atlas import finish_interrupted_conversion
from desktop_app.store.crypto import is_encrypted
from desktop_app.store.erasure_copies import CopiesReport, apply_to_copies
from desktop_app.store.errors import WrongPassphraseError
from desktop_app.store.location import location_warning
from desktop_app.store.privacy import (
    erase_person,
    erasure_preview,
    persons_past_retention,
    purge_expired,
    write_person_export,
)
from desktop_app.store.restore import recover, recovery_options
from desktop_app.ui.jobs import JobProgressDialog, JobRunner
from desktop_app.ui.trust.dialogs import (
    ErasureDialog,
    PassphraseDialog,
    PersonPicker,
    RestoreDialog,
    RetentionDialog,
)
from desktop_app.ui.trust.jobs import backup_on_open_job, convert_job, remove_leftovers, restore_job
from desktop_app.ui.window.context import WindowContext


class TrustActions(QObject):
    """``set_atlas(atlas | None)`` is the window's: show that atlas (None: close it).

    The window opens every atlas through :meth:`open_atlas`, so every way of
    opening asks for a passphrase and offers recovery.
    """

    def __init__(
        self, context: WindowContext, set_atlas: Callable[[Atlas | None], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.set_atlas = set_atlas
        self.parent_ = parent
        #: Erasing an erased person in the atlas's backups, after the erasure.
        self.copy_jobs = JobRunner(self, name="erasure copies")
        self.copy_jobs.done.connect(self.on_copies_erased)
        self.copy_jobs.failed.connect(self.on_copies_failed)
        #: Encrypting, decrypting, a new passphrase and a restore: in a process, cancellable.
        self.jobs = JobRunner(self, name="trust")
        self.jobs.done.connect(self.on_job_done)
        self.jobs.failed.connect(self.on_job_failed)
        self.jobs.cancelled.connect(self.on_job_cancelled)
        #: What the running job is about: title, path, passphrases to reopen with, ...
        self._job: dict[str, Any] = {}
        #: The day's first backup of an atlas opened here (6.7 s at 50,000 networks).
        self.backup_jobs = JobRunner(self, name="backup")
        self.backup_jobs.failed.connect(self.on_backup_failed)
        self.restore = self._action("trust_restore", self.restore_backup)
        self.security_menu = QMenu(parent)
        self.security_menu.setObjectName("menu_encryption")
        self.encrypt = self._action("trust_encrypt", self.encrypt_atlas)
        self.change = self._action("trust_change_passphrase", self.change_passphrase)
        self.decrypt = self._action("trust_decrypt", self.decrypt_atlas)
        for action in (self.encrypt, self.change, self.decrypt):
            self.security_menu.addAction(action)
        self.privacy_menu = QMenu(parent)
        self.privacy_menu.setObjectName("menu_privacy")
        self.export = self._action("trust_export_person", self.export_person)
        self.erase = self._action("trust_erase_person", self.erase_person)
        self.retention = self._action("trust_retention", self.retention_review)
        for action in (self.export, self.erase, self.retention):
            self.privacy_menu.addAction(action)
        self.retranslate()
        self.on_session_changed(context.session)

    def retranslate(self) -> None:
        self.restore.setText(self.tr("&Restore from a backup…"))
        self.security_menu.setTitle(self.tr("&Encryption"))
        self.encrypt.setText(self.tr("&Encrypt this atlas…"))
        self.change.setText(self.tr("&Change passphrase…"))
        self.decrypt.setText(self.tr("&Remove encryption…"))
        self.privacy_menu.setTitle(self.tr("&Privacy (AVG)"))
        self.export.setText(self.tr("&Export everything about a person…"))
        self.erase.setText(self.tr("E&rase a person…"))
        self.retention.setText(self.tr("Re&tention review…"))

    def _action(self, name: str, slot: Any) -> QAction:
        action = QAction(self.parent_)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- opening ---------------------------------------------------------------
    def open_atlas(self, path: str | Path, passphrase: str | None = None) -> bool:
        """Open ``path`` in the window: ask for the passphrase, offer recovery if damaged."""
        path = str(path)
        title = self.tr("Open atlas")
        dialog: PassphraseDialog | None = None
        try:
            finish_interrupted_conversion(path)  # may change whether it is encrypted
        except AtlasError as exc:
            self.context.show_error(title, exc)
            return False
        while True:
            if passphrase is None and is_encrypted(path):
                if dialog is None:
                    dialog = PassphraseDialog(
                        self.parent_,
                        title,
                        self.tr("This atlas is encrypted. Enter its passphrase.")
                        + f"\n{Path(path).name}",
                    )
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return False
                passphrase = dialog.passphrase()
            try:
                atlas = Atlas.open(path, passphrase=passphrase, auto_backup=False)
            except WrongPassphraseError:
                if dialog is None:
                    raise
                dialog.first.clear()
                dialog.problem.setText(self.tr("The passphrase is wrong. Try again."))
                passphrase = None
                continue
            except AtlasCorruptError as exc:
                return self._offer_recovery(path, passphrase, exc)
            except AtlasError as exc:
                self.context.show_error(title, exc)
                return False
            self._show(atlas)
            return True

    def _show(self, atlas: Atlas) -> None:
        """Show an atlas opened from its file, then make the day's first backup as a job."""
        self.set_atlas(atlas)
        if not atlas.read_only:
            self.backup_jobs.start(backup_on_open_job, atlas)

    def on_backup_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, (AtlasError, OSError)):
            raise exc  # a bug: let it surface
        self.context.status(
            self.tr("Warning: today's automatic backup failed: %1").replace("%1", str(exc)),
            15000,
        )

    def _offer_recovery(self, path: str, passphrase: str | None, exc: AtlasError) -> bool:
        options = recovery_options(path, passphrase=passphrase)
        title = self.tr("Damaged atlas")
        if options.newest is None:
            self.context.show_error(title, f"{exc}\n\n{options.describe()}")
            return False
        box = QMessageBox(self.parent_)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{exc}\n\n{options.describe()}")
        box.setInformativeText(
            self.tr(
                "Restore that backup? The damaged file is kept beside it, unchanged, "
                "with 'damaged' and the date in its name."
            )
        )
        restore_button = box.addButton(self.tr("Restore backup"), QMessageBox.ButtonRole.AcceptRole)
        other_button = None
        if len(options.backups) > 1:
            other_button = box.addButton(
                self.tr("Choose another backup…"), QMessageBox.ButtonRole.ActionRole
            )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        chosen = options.newest
        if other_button is not None and box.clickedButton() is other_button:
            dialog = RestoreDialog(self.parent_, options.backups)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_path() is None:
                return False
            picked = Path(dialog.chosen_path() or "")
            chosen = next((b for b in options.backups if b.path == picked), chosen)
        elif box.clickedButton() is not restore_button:
            return False
        try:
            result = recover(path, chosen.path, passphrase=passphrase)
        except AtlasError as error:
            self.context.show_error(title, error)
            return False
        opened = self.open_atlas(path, passphrase)
        if opened and result.damaged_moved_to is not None:
            self.context.status(
                self.tr("Restored the backup of %1; the damaged file is %2")
                .replace("%1", chosen.label())
                .replace("%2", result.damaged_moved_to.name),
                20000,
            )
        return opened

    # -- state -----------------------------------------------------------------
    def on_session_changed(self, session: Any) -> None:
        atlas = session.atlas if session is not None else None
        encrypted = bool(atlas and atlas.encrypted)
        busy = self.jobs.is_running()
        for action in (self.restore, self.export, self.erase, self.retention):
            action.setEnabled(atlas is not None and not busy)
        self.encrypt.setEnabled(
            atlas is not None and not encrypted and not atlas.is_demo and not busy
        )
        self.change.setEnabled(encrypted and not busy)
        self.decrypt.setEnabled(encrypted and not busy)
        if atlas is not None:
            warning = location_warning(atlas.path)
            if warning is not None:
                self.context.status(str(warning), 30000)
            for noticed in atlas.warnings:  # a damaged or lost WAL after a crash
                self.context.status(str(noticed), 60000)

    def _atlas(self) -> Atlas | None:
        session = self.context.session
        return session.atlas if session is not None else None

    def _reopen(self, path: Path, *passphrases: str | None) -> bool:
        """Open ``path`` again with the first of ``passphrases`` that fits it."""
        tried: AtlasError | None = None
        for passphrase in dict.fromkeys(passphrases):  # in order, each once
            try:
                atlas = Atlas.open(path, passphrase=passphrase, auto_backup=False)
            except WrongPassphraseError as exc:
                tried = exc
                continue
            except AtlasError as exc:
                tried = exc
                break
            self._show(atlas)
            return True
        if tried is not None:
            self.context.show_error(self.tr("Open atlas"), tried)
        return False

    # -- jobs ------------------------------------------------------------------
    def _start(self, title: str, label: str, run: Any, inputs: Any, **about: Any) -> None:
        """Close the atlas and run ``run(inputs)`` in a process behind a progress dialog."""
        atlas = self._atlas()
        assert atlas is not None
        self._job = {"title": title, "path": atlas.path, "atlas_id": atlas.id, **about}
        self.set_atlas(None)
        JobProgressDialog(self.jobs, label, self.parent_, show_after_ms=0)
        # The day's first backup reads the file: let it end before the file changes.
        self.backup_jobs.wait()
        self.jobs.start(run, inputs, process=True)
        self.on_session_changed(None)

    def on_job_done(self, result: Any) -> None:
        job, self._job = self._job, {}
        self._reopen(job["path"], *job["reopen"])
        if job.get("done") is not None:
            job["done"](result)

    def on_job_failed(self, exc: BaseException) -> None:
        job, self._job = self._job, {}
        remove_leftovers(job["path"], job["atlas_id"])
        self._reopen(job["path"], *job["reopen_after_failure"])
        if not isinstance(exc, AtlasError):
            raise exc  # a bug: let it surface
        self.context.show_error(job["title"], exc)

    def on_job_cancelled(self) -> None:
        job, self._job = self._job, {}
        remove_leftovers(job["path"], job["atlas_id"])
        # Stopped at once: the atlas is as it was, or (stopped at its very end) as
        # asked; reopen it with whichever passphrase fits.
        self._reopen(job["path"], *job["reopen_after_failure"], *job["reopen"])
        atlas = self._atlas()
        if atlas is not None and atlas.passphrase != job["reopen_after_failure"][0]:
            # Too late: the conversion was done when the cancel came.
            self.context.status(self.tr("The conversion had already finished."), 15000)
        else:
            self.context.status(job["cancelled"], 15000)

    def converting(self) -> bool:
        return self.jobs.is_running()

    def on_damage_found(self, problems: list) -> None:
        """The background check found damage: say so plainly and offer a backup."""
        atlas = self._atlas()
        if atlas is None:
            return
        title = self.tr("Damaged atlas")
        self.context.status(
            self.tr("This atlas is damaged: restore a backup (File › Restore from a backup…)."),
            0,
        )
        box = QMessageBox(self.parent_)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "The check in the background found damage in this atlas. What you see may "
                "be incomplete or wrong; changes may not be kept."
            )
        )
        box.setDetailedText("\n".join(str(p) for p in problems[:50]))
        box.setInformativeText(
            self.tr(
                "Restore a backup? The damaged file is kept beside it, unchanged, with "
                "'damaged' and the date in its name."
            )
        )
        restore_button = box.addButton(
            self.tr("Choose a backup…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is restore_button:
            self.restore_backup()

    # -- restore ---------------------------------------------------------------
    def restore_backup(self) -> bool:
        atlas = self._atlas()
        if atlas is None:
            return False
        dialog = RestoreDialog(self.parent_, backups.list_backups(atlas.id))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_path() is None:
            return False
        chosen = Path(dialog.chosen_path() or "")
        passphrase = atlas.passphrase
        made = backups.parse_name(chosen)

        def restored(_result: Any) -> None:
            self.context.status(
                self.tr(
                    "Restored the backup of %1. To undo, restore the backup made "
                    "'before a restore'."
                ).replace("%1", made.label() if made else chosen.name),
                20000,
            )

        self._start(
            self.tr("Restore from a backup"),
            self.tr("Restoring the backup…"),
            restore_job,
            (str(atlas.path), str(chosen), passphrase),
            reopen=(passphrase,),
            reopen_after_failure=(passphrase,),
            done=restored,
            cancelled=self.tr("Restore cancelled: the atlas is as it was."),
        )
        return True

    # -- encryption ------------------------------------------------------------
    def _convert(self, title: str, kind: str, new_passphrase: str | None) -> bool:
        """Start converting the open atlas (``kind``: encrypt, decrypt, rekey) as a job."""
        atlas = self._atlas()
        if atlas is None:
            return False
        old = atlas.passphrase
        labels = {
            "encrypt": self.tr("Encrypting the atlas and its backups…"),
            "decrypt": self.tr("Removing the encryption of the atlas and its backups…"),
            "rekey": self.tr("Changing the passphrase of the atlas and its backups…"),
        }
        self._start(
            title,
            labels[kind],
            convert_job,
            (kind, str(atlas.path), old, new_passphrase),
            reopen=(new_passphrase,),
            reopen_after_failure=(old,),
            cancelled=self.tr("Cancelled: the atlas is as it was."),
        )
        return True

    def encrypt_atlas(self) -> bool:
        title = self.tr("Encrypt this atlas")
        dialog = PassphraseDialog(
            self.parent_,
            title,
            self.tr(
                "Choose a passphrase. The atlas and its backups can then only be opened with it: "
                "without it the data cannot be recovered."
            ),
            confirm=True,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        new = dialog.passphrase()
        return self._convert(title, "encrypt", new)

    def change_passphrase(self) -> bool:
        title = self.tr("Change passphrase")
        dialog = PassphraseDialog(
            self.parent_, title, self.tr("Choose the new passphrase."), confirm=True
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        new = dialog.passphrase()
        return self._convert(title, "rekey", new)

    def decrypt_atlas(self) -> bool:
        title = self.tr("Remove encryption")
        answer = QMessageBox.question(
            self.parent_,
            title,
            self.tr(
                "Store this atlas and its backups without encryption? Anyone with the file "
                "can then read the residents' data."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._convert(title, "decrypt", None)

    # -- AVG -------------------------------------------------------------------
    def _pick_person(self, title: str, message: str) -> str | None:
        atlas = self._atlas()
        if atlas is None:
            return None
        picker = PersonPicker(self.parent_, title, message, atlas.persons.all())
        if picker.exec() != QDialog.DialogCode.Accepted:
            return None
        return picker.chosen_id()

    def export_person(self) -> bool:
        title = self.tr("Export everything about a person")
        person_id = self._pick_person(
            title, self.tr("Whose data? The export holds nothing about anyone else.")
        )
        atlas = self._atlas()
        if person_id is None or atlas is None:
            return False
        # The file name carries no name: file names end up in lists and logs.
        suggested = str(Path.home() / f"inzage-{person_id[:8]}.json")
        path, _ = QFileDialog.getSaveFileName(
            self.parent_, title, suggested, self.tr("JSON files (*.json)")
        )
        if not path:
            return False
        try:
            write_person_export(atlas, person_id, path)
        except AtlasError as exc:
            self.context.show_error(title, exc)
            return False
        self.context.session.notify()
        self.context.status(self.tr("Saved: %1").replace("%1", path))
        return True

    def erase_person(self) -> bool:
        title = self.tr("Erase a person")
        person_id = self._pick_person(
            title,
            self.tr(
                "Erase a person completely: from every network, every note about them, the "
                "search index and the file itself. This cannot be undone."
            ),
        )
        atlas = self._atlas()
        if person_id is None or atlas is None:
            return False
        try:
            preview = erasure_preview(atlas, person_id)
        except AtlasError as exc:
            self.context.show_error(title, exc)
            return False
        if ErasureDialog(self.parent_, preview).exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            report = erase_person(atlas, person_id, copies=False)
        except AtlasError as exc:
            self.context.show_error(title, exc)
            return False
        self._after_erasure()
        message = self.tr("The person was erased.")
        if report.notes_flagged:
            message += " " + self.tr(
                "%n note(s) named them: the name was replaced and they are marked for review.",
                "",
                len(report.notes_flagged),
            )
        if not report.scrubbed:
            message += " " + self.tr(
                "Old copies of the pages stay in the atlas's journal until it is closed."
            )
        self.context.status(message + " " + self.tr("Erasing them in the backups…"), 15000)
        self._erase_in_copies(atlas)
        return True

    def _erase_in_copies(self, atlas: Atlas) -> None:
        # Rewriting every backup takes seconds each: off the GUI thread.
        self.copy_jobs.start(apply_to_copies, (atlas.id, atlas.path, atlas.passphrase))

    def on_copies_erased(self, report: CopiesReport) -> None:
        message = self.tr("Also erased from %n backup(s).", "", report.backups_erased)
        if report.backups_removed:
            message += " " + self.tr(
                "%n backup(s) could not be opened to erase them in, and were deleted.",
                "",
                report.backups_removed,
            )
        if report.copies_removed:
            message += " " + self.tr("%n damaged copy/copies deleted.", "", report.copies_removed)
        self.context.status(message, 15000)

    def on_copies_failed(self, exc: Exception) -> None:
        self.context.show_error(self.tr("Erase a person"), exc)

    def retention_review(self) -> bool:
        atlas = self._atlas()
        if atlas is None:
            return False
        due = persons_past_retention(atlas)
        dialog = RetentionDialog(self.parent_, due)
        if dialog.exec() != QDialog.DialogCode.Accepted or not due:
            return False
        try:
            purged = purge_expired(atlas, copies=False)
        except AtlasError as exc:
            self.context.show_error(self.tr("Retention review"), exc)
            return False
        self._after_erasure()
        self.context.status(self.tr("Erased %n person(s).", "", len(purged)), 15000)
        if purged:
            self._erase_in_copies(atlas)
        return True

    def _after_erasure(self) -> None:
        # An undo of an earlier edit could bring the erased data back.
        session = self.context.session
        session.undo_stack.clear()
        session.notify()
