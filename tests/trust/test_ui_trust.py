"""The trust features in the window: passphrase prompt, recovery, restore, erase."""

from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from desktop_app.store import Atlas, backups
from desktop_app.ui.trust import dialogs

from .helpers import add_network, add_person

PASS = "geheim wachtwoord"


@pytest.fixture
def window(qtbot, tmp_path):
    from desktop_app import qt_i18n
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.window.settings import WindowSettings

    qt_i18n.install("nl")
    win = MainWindow(WindowSettings(tmp_path / "window.ini"))
    qtbot.addWidget(win)
    yield win
    win.set_atlas(None)
    win.close()


def _answer_passphrases(monkeypatch, answers):
    seen = []

    def exec_(self):
        seen.append(self.problem.text())
        if not answers:
            return QDialog.DialogCode.Rejected
        self.first.setText(answers.pop(0))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.PassphraseDialog, "exec", exec_)
    return seen


def _click(monkeypatch, text):
    """Make every QMessageBox answer by clicking the button with ``text``."""

    def exec_(self):
        for button in self.buttons():
            if button.text().replace("&", "") == text:
                button.click()
                return 0
        raise AssertionError(f"no button {text!r} in {[b.text() for b in self.buttons()]}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def test_encrypted_atlas_asks_for_the_passphrase(window, tmp_path, monkeypatch):
    path = tmp_path / "geheim.zwerm"
    Atlas.create(path, name="Geheim", passphrase=PASS).close()
    seen = _answer_passphrases(monkeypatch, ["fout", PASS])
    assert window.open_atlas(path)
    assert window.session.atlas.encrypted
    assert seen[0] == "" and "klopt niet" in seen[1]
    assert window.trust.change.isEnabled() and not window.trust.encrypt.isEnabled()


def test_cancelled_passphrase_opens_nothing(window, tmp_path, monkeypatch):
    path = tmp_path / "geheim.zwerm"
    Atlas.create(path, name="Geheim", passphrase=PASS).close()
    _answer_passphrases(monkeypatch, [])
    assert not window.open_atlas(path)
    assert window.session is None


def test_damaged_atlas_offers_the_newest_backup(window, tmp_path, monkeypatch):
    path = tmp_path / "wijk.zwerm"
    with Atlas.create(path, name="Wijk") as atlas:
        for i in range(40):
            add_network(atlas, f"Netwerk {i}", description="x" * 500)
        backups.make_backup(atlas, "manual")
    data = bytearray(path.read_bytes())
    data[8192:20000] = b"\x5a" * (20000 - 8192)
    path.write_bytes(bytes(data))
    _click(monkeypatch, "Reservekopie terugzetten")
    assert window.open_atlas(path)
    assert window.session.atlas.networks.count() == 40
    assert list(tmp_path.glob("wijk.damaged-*.zwerm"))


def test_restore_dialog_restores_and_reopens(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "wijk.zwerm"
    with Atlas.create(path, name="Wijk") as atlas:
        kept = add_network(atlas, "Blijft")
        backups.make_backup(atlas, "manual")
        add_network(atlas, "Verdwijnt")
    assert window.open_atlas(path)
    monkeypatch.setattr(dialogs.RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    # The newest backup is today's 'open' one (both networks); pick the manual one.
    manual = next(b for b in backups.list_backups(window.session.atlas.id) if b.reason == "manual")
    monkeypatch.setattr(dialogs.RestoreDialog, "chosen_path", lambda self: str(manual.path))
    assert window.trust.restore_backup()
    qtbot.waitUntil(lambda: not window.trust.converting(), timeout=60_000)
    assert [n.id for n in window.session.atlas.networks.all()] == [kept.id]
    reasons = [b.reason for b in backups.list_backups(window.session.atlas.id)]
    assert "restore" in reasons


def test_the_days_first_backup_is_made_off_the_gui_thread(window, qtbot, tmp_path):
    path = tmp_path / "wijk.zwerm"
    with Atlas.create(path, name="Wijk") as atlas:
        add_network(atlas, "Eerste")
        atlas_id = atlas.id
    assert window.open_atlas(path)
    assert window.trust.backup_jobs.is_running()  # the window is usable meanwhile
    assert window.trust.backup_jobs.wait(30_000)
    assert [b.reason for b in backups.list_backups(atlas_id)] == ["open"]


def _encrypt(window, monkeypatch):
    monkeypatch.setattr(dialogs.PassphraseDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(dialogs.PassphraseDialog, "passphrase", lambda self: PASS)
    assert window.trust.encrypt_atlas()


def test_encrypting_runs_as_a_job_and_reopens_the_atlas(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "wijk.zwerm"
    with Atlas.create(path, name="Wijk") as atlas:
        kept = add_network(atlas, "Blijft")
    assert window.open_atlas(path)
    _encrypt(window, monkeypatch)
    assert window.session is None and window.trust.converting()
    assert not window.trust.encrypt.isEnabled()  # no second conversion meanwhile
    qtbot.waitUntil(lambda: not window.trust.converting(), timeout=60_000)
    assert window.session.atlas.encrypted
    assert window.session.atlas.networks.get(kept.id).name == "Blijft"
    assert window.trust.change.isEnabled()


def test_a_cancelled_encryption_leaves_the_atlas_as_it_was(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "wijk.zwerm"
    with Atlas.create(path, name="Wijk") as atlas:
        kept = add_network(atlas, "Blijft")
    assert window.open_atlas(path)
    before = sorted(
        p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm", ".ini"))
    )
    _encrypt(window, monkeypatch)
    with qtbot.waitSignal(window.trust.jobs.cancelled, timeout=10_000):
        window.trust.jobs.cancel()
    assert window.session is not None and not window.session.atlas.encrypted
    assert window.session.atlas.networks.get(kept.id).name == "Blijft"
    after = sorted(
        p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm", ".ini"))
    )
    assert after == before  # no temporary file left behind
    assert "zoals" in window.statusBar().currentMessage()


def test_erase_person_from_the_menu_shows_each_place_first(window, tmp_path, monkeypatch):
    from desktop_app.domain.enums import SubjectType
    from tests.ui.window.dialogs import with_dialog

    from .helpers import add_note

    path = tmp_path / "wijk.zwerm"
    with Atlas.create(path, name="Wijk") as atlas:
        network = add_network(atlas)
        person = add_person(atlas, "Theodora Klaverblad", network, contact="06-11122233")
        add_note(atlas, SubjectType.NETWORK, network.id, "Mevrouw Klaverblad (06-11122233) belde")
    assert window.open_atlas(path)

    def pick(self):
        self.select_id(person.id)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs.PersonPicker, "exec", pick)
    seen = {}

    def confirm(dialog):
        assert isinstance(dialog, dialogs.ErasureDialog)
        seen["places"] = [dialog.places.item(i).text() for i in range(dialog.places.count())]
        seen["copies"] = dialog.copies.text()
        seen["format"] = dialog.question.textFormat()
        dialog.findChild(QPushButton, "erase").click()

    assert with_dialog(window.trust.erase_person, confirm)
    assert seen["places"] == ["Notitie: Mevrouw «Klaverblad» («06-11122233») belde"]
    assert "reservekopie" in seen["copies"]
    assert seen["format"] == Qt.TextFormat.PlainText
    assert window.session.atlas.persons.find(person.id) is None
    assert window.session.undo_stack.count() == 0
    assert b"Klaverblad" not in path.read_bytes()
    # The backups are rewritten off the GUI thread; the status bar says so after.
    assert window.trust.copy_jobs.wait()
    made = backups.list_backups(window.session.atlas.id)
    assert made and all(b"Klaverblad" not in b.path.read_bytes() for b in made)
    assert "reservekopie" in window.statusBar().currentMessage()


def test_cancelling_the_erasure_changes_nothing(window, tmp_path, monkeypatch):
    from tests.ui.window.dialogs import with_dialog

    path = tmp_path / "wijk.zwerm"
    with Atlas.create(path, name="Wijk") as atlas:
        person = add_person(atlas, "Theodora Klaverblad")
    assert window.open_atlas(path)
    monkeypatch.setattr(dialogs.PersonPicker, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(dialogs.PersonPicker, "chosen_id", lambda self: person.id)
    assert not with_dialog(window.trust.erase_person, lambda dialog: dialog.reject())
    assert window.session.atlas.persons.find(person.id) is not None


def test_dialogs_render(qtbot, tmp_path, atlas):
    backup = backups.make_backup(atlas, "open")
    restore = dialogs.RestoreDialog(None, [backup])
    qtbot.addWidget(restore)
    assert restore.list.count() == 1 and "bij openen" in restore.list.item(0).text()
    prompt = dialogs.PassphraseDialog(None, "Atlas openen", "Versleuteld", confirm=True)
    qtbot.addWidget(prompt)
    prompt.first.setText("a")
    prompt.second.setText("b")
    prompt._check()
    assert "verschillen" in prompt.problem.text()


@pytest.mark.parametrize("damage", ["empty", "header"])
def test_empty_or_header_damaged_atlas_offers_restore_not_a_passphrase(
    window, tmp_path, monkeypatch, damage
):
    path = tmp_path / "wijk.zwerm"
    with Atlas.create(path, name="Wijk") as atlas:
        add_network(atlas, "Blijft")
    Atlas.open(path).close()  # the day's first backup
    if damage == "empty":
        path.write_bytes(b"")
    else:
        with path.open("r+b") as fh:
            fh.write(b"\0" * 16)
    monkeypatch.setattr(
        dialogs.PassphraseDialog,
        "exec",
        lambda self: pytest.fail("a damaged plain atlas must not ask for a passphrase"),
    )
    _click(monkeypatch, "Reservekopie terugzetten")
    assert window.open_atlas(path)
    assert [n.name for n in window.session.atlas.networks.all()] == ["Blijft"]
    assert list(tmp_path.glob("wijk.damaged-*.zwerm"))


def test_background_check_finds_damage_quick_check_missed(window, tmp_path, monkeypatch, qtbot):
    import sqlite3

    from desktop_app.store import damage

    path = tmp_path / "wijk.zwerm"
    with Atlas.create(path, name="Wijk") as atlas:
        network = add_network(atlas, "Blijft")
    damage._seals_path().unlink()  # a file from another machine: no seal to go by
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute(
        "INSERT INTO signals (id, network_id, date, dimension, valence, created_at, updated_at)"
        " VALUES ('s1', ?, '2026-01-01', 'activity', 9, 'x', 'x')",
        (network.id,),
    )
    conn.commit()
    conn.close()
    shown = []

    def exec_(self):
        shown.append((self.text(), self.detailedText()))
        next(b for b in self.buttons() if b.text() == "Later").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    with qtbot.waitSignal(window.health.damage_found, timeout=20000):
        assert window.open_atlas(path)
    assert shown and "beschadiging" in shown[0][0] and "CHECK" in shown[0][1]
    assert "beschadigd" in window.statusBar().currentMessage()


def test_background_check_is_quiet_on_a_good_atlas(window, tmp_path, qtbot):
    path = tmp_path / "wijk.zwerm"
    with Atlas.create(path, name="Wijk") as atlas:
        add_network(atlas, "Blijft")
    found = []
    window.health.damage_found.connect(found.append)
    assert window.open_atlas(path)
    assert window.health.jobs.wait(20000)
    assert found == []


def test_damaged_atlas_lets_the_user_choose_an_older_backup(window, tmp_path, monkeypatch):
    path = tmp_path / "wijk.zwerm"
    with Atlas.create(path, name="Wijk") as atlas:
        add_network(atlas, "Oud")
        older = backups.make_backup(atlas, "manual")
        add_network(atlas, "Nieuw")
        backups.make_backup(atlas, "manual")
    path.write_bytes(b"")
    _click(monkeypatch, "Andere reservekopie kiezen…")
    monkeypatch.setattr(dialogs.RestoreDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(dialogs.RestoreDialog, "chosen_path", lambda self: str(older.path))
    assert window.open_atlas(path)
    assert [n.name for n in window.session.atlas.networks.all()] == ["Oud"]


def test_delete_confirmations_show_html_in_names_as_plain_text(window, tmp_path):
    from desktop_app.domain import Area
    from desktop_app.domain.enums import AreaLevel
    from tests.ui.window.dialogs import with_dialog

    img = '<img src="file:///etc/hostname">Tuin'
    link = '<a href="http://example.invalid/">Jan</a> Linkmans'
    path = tmp_path / "html.zwerm"
    with Atlas.create(path, name="Html") as atlas:
        network = add_network(atlas, img)
        person = add_person(atlas, link, network)
        area = atlas.areas.add(Area(name="<b>Oost</b>", level=AreaLevel.DISTRICT))
    assert window.open_atlas(path)
    shown = []

    def answer_no(box):
        shown.append((box.textFormat(), box.text()))
        box.reject()

    window.selection.set_ids([network.id], "test")
    with_dialog(window.actions.delete.trigger, answer_no)
    with_dialog(lambda: window.editor.delete_person(person.id), answer_no)
    with_dialog(lambda: window.editor.delete_area(area.id), answer_no)
    assert [f for f, _ in shown] == [Qt.TextFormat.PlainText] * 3
    assert img in shown[0][1] and link in shown[1][1] and "<b>Oost</b>" in shown[2][1]
    assert window.session.atlas.networks.find(network.id) is not None  # said no


def test_plain_tooltips_and_messages_never_read_user_text_as_html(qtbot):
    from desktop_app.ui.window.widgets import plain_tooltip

    assert plain_tooltip("06-12345678") == "06-12345678"
    tip = plain_tooltip('<img src="file:///etc/hostname">')
    assert "<img" not in tip and "&lt;img" in tip


def test_an_encryption_a_crash_interrupted_is_finished_and_asks_for_the_passphrase(
    window, tmp_path, monkeypatch
):
    """The window finishes it first, so it knows the atlas is encrypted now."""
    import json

    from desktop_app.store import conversion

    path = tmp_path / "wijk.zwerm"
    Atlas.create(path, name="Wijk").close()
    secret = tmp_path / "versleuteld.zwerm"
    Atlas.create(secret, name="Wijk versleuteld", passphrase=PASS).close()
    secret.rename(conversion.temporary_for(path))  # converted and verified, not yet renamed
    conversion.journal_path(path).write_text(
        json.dumps({"operation": "encrypt", "state": "commit", "backups": [], "remove": []})
    )
    seen = _answer_passphrases(monkeypatch, [PASS])
    assert window.open_atlas(path)
    assert seen == [""]  # asked once; before: "needs a passphrase" as an error
    assert window.session.atlas.encrypted
    assert window.session.atlas.name == "Wijk versleuteld"
    assert not conversion.journal_path(path).exists()
