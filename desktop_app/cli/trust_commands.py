"""Subcommands for keeping residents' data safe: restore, encryption, AVG requests.

Passphrases never come from the command line (it ends up in shell history
and process lists): they are read from ``ZWERMKAART_PASSPHRASE`` (and
``ZWERMKAART_NEW_PASSPHRASE`` for a new one) or asked for at the terminal.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path

from desktop_app.cli.options import atlas_help, common_options
from desktop_app.i18n import Text
from desktop_app.store import Atlas, AtlasCorruptError, AtlasNotFoundError, backups, errors
from desktop_app.store import atlas as atlas_module
from desktop_app.store.crypto import change_passphrase, decrypt_atlas, encrypt_atlas, is_encrypted
from desktop_app.store.errors import NotAnAtlasError
from desktop_app.store.privacy import (
    ERASED_MARK,
    erase_person,
    erasure_preview,
    persons_past_retention,
    purge_expired,
    write_person_export,
)
from desktop_app.store.restore import check_backup, recover, recovery_options, restore

PASSPHRASE_ENV = "ZWERMKAART_PASSPHRASE"
NEW_PASSPHRASE_ENV = "ZWERMKAART_NEW_PASSPHRASE"


def register(subparsers: argparse._SubParsersAction) -> None:
    # Every command (also those of other modules) can then open an encrypted atlas.
    atlas_module.set_passphrase_provider(provide_passphrase)
    atlas_module.set_warning_handler(_print_warning)
    common = common_options()
    path_help = atlas_help()
    person_help = str(Text("id van de persoon", "the person's id"))

    def add(name: str, summary: Text) -> argparse.ArgumentParser:
        parser = subparsers.add_parser(
            name, parents=[common], help=str(summary), description=str(summary)
        )
        parser.add_argument("path", metavar="ATLAS", help=path_help)
        return parser

    p = add(
        "restore",
        Text(
            "Zet een atlas terug naar een reservekopie (zelf weer ongedaan te maken).",
            "Restore an atlas from a backup (itself undoable).",
        ),
    )
    p.add_argument(
        "--list",
        action="store_true",
        help=str(Text("toon de reservekopieën", "list the backups")),
    )
    p.add_argument(
        "--backup",
        metavar="FILE",
        help=str(
            Text("deze reservekopie (standaard: de nieuwste)", "this backup (default: the newest)")
        ),
    )
    p.set_defaults(handler=cmd_restore)

    p = add(
        "encrypt",
        Text(
            "Versleutel een atlas en zijn reservekopieën met een wachtwoord.",
            "Encrypt an atlas and its backups with a passphrase.",
        ),
    )
    p.set_defaults(handler=cmd_encrypt)
    p = add(
        "decrypt",
        Text("Hef de versleuteling van een atlas op.", "Remove the encryption of an atlas."),
    )
    p.set_defaults(handler=cmd_decrypt)
    p = add(
        "passphrase",
        Text("Wijzig het wachtwoord van een atlas.", "Change the passphrase of an atlas."),
    )
    p.set_defaults(handler=cmd_passphrase)

    p = add(
        "erase-person",
        Text(
            "Wis een persoon volledig (recht op vergetelheid).",
            "Erase a person completely (right to be forgotten).",
        ),
    )
    p.add_argument("--person", required=True, metavar="ID", help=person_help)
    p.add_argument(
        "--yes", action="store_true", help=str(Text("niet om bevestiging vragen", "do not ask"))
    )
    p.set_defaults(handler=cmd_erase_person)

    p = add(
        "person-export",
        Text(
            "Exporteer alles over één persoon (inzageverzoek) als JSON.",
            "Export everything about one person (access request) as JSON.",
        ),
    )
    p.add_argument("--person", required=True, metavar="ID", help=person_help)
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="JSON")
    p.set_defaults(handler=cmd_person_export)

    p = add(
        "retention",
        Text(
            "Toon personen van wie de bewaartermijn voorbij is; --purge wist ze.",
            "List persons past their retention date; --purge erases them.",
        ),
    )
    p.add_argument("--purge", action="store_true", help=str(Text("wissen", "erase them")))
    p.add_argument(
        "--date",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help=str(Text("peildatum (standaard: vandaag)", "reference date (default: today)")),
    )
    p.set_defaults(handler=cmd_retention)


# -- passphrases ---------------------------------------------------------------
def _ask(env: str, prompt: Text, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise errors.WrongPassphraseError(
            Text(
                "Geef het wachtwoord op via de omgevingsvariabele {env}.",
                "Give the passphrase in the environment variable {env}.",
            ).format(env=env)
        )
    value = getpass.getpass(f"{prompt}: ")
    if confirm and getpass.getpass(f"{Text('Nogmaals', 'Again')}: ") != value:
        raise errors.WrongPassphraseError(
            Text("De wachtwoorden verschillen.", "The passphrases differ.")
        )
    return value


def provide_passphrase(path: Path) -> str | None:
    """For Atlas.open on an encrypted atlas: the environment, else the terminal, else None."""
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"{Text('Wachtwoord voor', 'Passphrase for')} {Path(path).name}: ")


def _print_warning(path: Path, text: Text) -> None:
    """What an atlas noticed on opening (a damaged or lost WAL after a crash)."""
    print(f"zwermkaart: {Path(path).name}: {text}", file=sys.stderr)


def _passphrase() -> str:
    return _ask(PASSPHRASE_ENV, Text("Wachtwoord", "Passphrase"))


def _new_passphrase() -> str:
    return _ask(NEW_PASSPHRASE_ENV, Text("Nieuw wachtwoord", "New passphrase"), confirm=True)


def _open(path: str) -> Atlas:
    atlas_module.finish_interrupted_conversion(path)
    passphrase = _passphrase() if is_encrypted(path) else None
    return Atlas.open(path, passphrase=passphrase)


def _say(text: Text) -> None:
    print(str(text))


# -- restore -------------------------------------------------------------------
def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 100_000 else f"{n / 1000:.0f} kB"


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup; a damaged, empty or missing atlas is set aside or recreated."""
    path = Path(args.path)
    atlas_module.finish_interrupted_conversion(path)
    passphrase = _passphrase() if path.is_file() and is_encrypted(path) else None
    healthy = False
    atlas_id = None
    try:
        with Atlas.open(path, read_only=True, passphrase=passphrase) as atlas:
            atlas_id = atlas.id if atlas.setting("atlas.id") else None
            healthy = True
    except (AtlasCorruptError, AtlasNotFoundError, NotAnAtlasError):
        pass
    options = recovery_options(path, passphrase=passphrase)
    atlas_id = atlas_id or options.atlas_id
    found = backups.list_backups(atlas_id) if atlas_id else []
    if passphrase is None and found and is_encrypted(found[0].path):
        passphrase = _passphrase()
    if not healthy and path.exists():
        _say(
            Text(
                "Deze atlas is beschadigd of onleesbaar: {path}",
                "This atlas is damaged or unreadable: {path}",
            ).format(path=path)
        )
    if args.list:
        if not found:
            _say(Text("Geen reservekopieën gevonden.", "No backups found."))
            return 1
        for b in found:
            print(f"{b.label()}  {b.reason:<10} {_size(b.size):>9}  {b.path}")
        return 0
    if args.backup:
        chosen = Path(args.backup)
        if passphrase is None and chosen.is_file() and is_encrypted(chosen):
            passphrase = _passphrase()
    else:
        newest = backups.newest_verified(atlas_id, passphrase) if atlas_id else None
        if newest is None:
            _say(options.describe())
            return 1
        chosen = newest.path
    check_backup(chosen, passphrase)
    made = backups.parse_name(chosen)
    when = made.label() if made else chosen.name
    if healthy:
        result = restore(path, chosen, passphrase=passphrase)
        _say(
            Text(
                "Teruggezet naar de reservekopie van {when}.",
                "Restored the backup of {when}.",
            ).format(when=when)
        )
    else:
        result = recover(path, chosen, passphrase=passphrase)
        if result.damaged_moved_to is None:
            _say(
                Text(
                    "De atlas ontbrak; teruggezet naar de reservekopie van {when}.",
                    "The atlas was missing; restored the backup of {when}.",
                ).format(when=when)
            )
            return 0
        _say(
            Text(
                "De beschadigde atlas is bewaard als {moved}. "
                "Teruggezet naar de reservekopie van {when}; wijzigingen van daarna zijn verloren.",
                "The damaged atlas was kept as {moved}. "
                "Restored the backup of {when}; changes made after it are lost.",
            ).format(moved=result.damaged_moved_to or "-", when=when)
        )
    if result.undo_backup is not None:
        _say(
            Text(
                "Ongedaan maken: zwermkaart restore {atlas} --backup {undo}",
                "To undo: zwermkaart restore {atlas} --backup {undo}",
            ).format(atlas=path, undo=result.undo_backup.path)
        )
    return 0


# -- encryption ------------------------------------------------------------------
def cmd_encrypt(args: argparse.Namespace) -> int:
    encrypt_atlas(args.path, _new_passphrase())
    _say(
        Text(
            "De atlas en zijn reservekopieën zijn versleuteld. Zonder het wachtwoord zijn ze "
            "niet meer te openen: bewaar het goed.",
            "The atlas and its backups are encrypted. Without the passphrase they cannot be "
            "opened: keep it safe.",
        )
    )
    return 0


def cmd_decrypt(args: argparse.Namespace) -> int:
    decrypt_atlas(args.path, _passphrase())
    _say(Text("De atlas is niet meer versleuteld.", "The atlas is no longer encrypted."))
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    old = _passphrase()
    change_passphrase(args.path, old, _new_passphrase())
    _say(Text("Het wachtwoord is gewijzigd.", "The passphrase was changed."))
    return 0


# -- AVG -------------------------------------------------------------------------
def cmd_erase_person(args: argparse.Namespace) -> int:
    with _open(args.path) as atlas:
        preview = erasure_preview(atlas, args.person)
        person = preview.person
        if preview.places:
            _say(
                Text(
                    "Deze teksten noemen de persoon of bevatten contactgegevens; "
                    "wat tussen « en » staat wordt vervangen door {mark}:",
                    "These texts name the person or hold contact data; "
                    "what is between « and » is replaced by {mark}:",
                ).format(mark=ERASED_MARK)
            )
            for place in preview.places:
                print(f"  {place.table} {place.row_id[:8]}: {place.excerpt()}")
        if not args.yes:
            if not sys.stdin.isatty():
                _say(Text("Bevestig met --yes.", "Confirm with --yes."))
                return 1
            answer = input(
                str(
                    Text(
                        "{name} volledig wissen, ook uit {n} reservekopie(ën)? "
                        "Dit kan niet ongedaan worden gemaakt. [j/N] ",
                        "Erase {name} completely, also from {n} backup(s)? "
                        "This cannot be undone. [y/N] ",
                    ).format(name=person.display_name, n=preview.backups)
                )
            )
            if answer.strip().lower() not in ("j", "ja", "y", "yes"):
                return 1
        report = erase_person(atlas, person.id)
    _say(
        Text(
            "Gewist: 1 persoon, {m} lidmaatschap(pen), {n} notitie(s); "
            "{t} tekst(en) elders aangepast; {f} notitie(s) gemarkeerd om na te kijken.",
            "Erased: 1 person, {m} membership(s), {n} note(s); "
            "{t} text(s) elsewhere redacted; {f} note(s) flagged for review.",
        ).format(
            m=report.memberships_removed,
            n=report.notes_removed,
            t=report.texts_redacted,
            f=len(report.notes_flagged),
        )
    )
    for note_id in report.notes_flagged:
        print(f"  {note_id}")
    _say(
        Text(
            "Ook gewist uit {b} reservekopie(ën); {r} onleesbare reservekopie(ën) en "
            "{c} beschadigde kopie(ën) verwijderd. Een teruggezette kopie wist de persoon "
            "opnieuw.",
            "Also erased from {b} backup(s); {r} unreadable backup(s) and {c} damaged "
            "copy/copies deleted. A restored copy erases the person again.",
        ).format(b=report.backups_erased, r=report.backups_removed, c=report.copies_removed)
    )
    if not report.scrubbed:
        _say(
            Text(
                "Een ander programma leest de atlas nog: oude kopieën van de gegevens blijven "
                "in het logbestand tot de atlas wordt gesloten.",
                "Another program is still reading the atlas: old copies of the pages stay in "
                "its journal until the atlas is closed.",
            )
        )
    return 0


def cmd_person_export(args: argparse.Namespace) -> int:
    with _open(args.path) as atlas:
        dest = write_person_export(atlas, args.person, args.output)
    _say(Text("Geschreven: {path}", "Written: {path}").format(path=dest))
    return 0


def cmd_retention(args: argparse.Namespace) -> int:
    today = args.date or date.today()
    with _open(args.path) as atlas:
        due = persons_past_retention(atlas, today)
        if not due:
            _say(
                Text(
                    "Niemand heeft een verlopen bewaartermijn.",
                    "Nobody is past their retention date.",
                )
            )
            return 0
        for person in due:
            until = person.retention_until.strftime("%d-%m-%Y") if person.retention_until else ""
            print(f"{person.id}  {until}  {person.display_name}")
        if not args.purge:
            _say(
                Text(
                    "{n} persoon/personen; wis ze met --purge.",
                    "{n} person(s); erase them with --purge.",
                ).format(n=len(due))
            )
            return 0
        purged = purge_expired(atlas, today)
    _say(Text("Gewist: {n} persoon/personen.", "Erased: {n} person(s).").format(n=len(purged)))
    return 0
