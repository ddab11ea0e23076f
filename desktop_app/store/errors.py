"""Errors the store raises, each with a clear message in Dutch and English.

Following qutebrowser's split: what the environment causes (locked, read-only,
disk full, a file that is not an atlas) becomes one of these and is shown to
the user; anything else is our bug and is allowed to raise as it is.
"""

from __future__ import annotations

import sqlite3

from desktop_app.i18n import Text


class AtlasError(Exception):
    """Base of every error the user is meant to read."""

    text = Text("Er ging iets mis met de atlas.", "Something went wrong with the atlas.")

    def __init__(self, text: Text | None = None, *, path: str | None = None) -> None:
        if text is not None:
            self.text = text
        self.path = path
        super().__init__(str(self.text))

    def __str__(self) -> str:
        return str(self.text)


class NotAnAtlasError(AtlasError):
    text = Text(
        "Dit bestand is geen Zwermkaart-atlas.",
        "This file is not a Zwermkaart atlas.",
    )


class AtlasTooNewError(AtlasError):
    text = Text(
        "Deze atlas is gemaakt met een nieuwere versie van Zwermkaart. "
        "Werk Zwermkaart bij om hem te openen.",
        "This atlas was made by a newer version of Zwermkaart. Update Zwermkaart to open it.",
    )


class AtlasLockedError(AtlasError):
    text = Text(
        "De atlas is in gebruik door een ander programma of venster. "
        "Sluit dat eerst en probeer het opnieuw.",
        "The atlas is in use by another program or window. Close it first and try again.",
    )


class AtlasReadOnlyError(AtlasError):
    text = Text(
        "De atlas is alleen-lezen: wijzigingen kunnen niet worden opgeslagen.",
        "The atlas is read-only: changes cannot be saved.",
    )


class DiskFullError(AtlasError):
    text = Text(
        "De schijf is vol. De wijziging is niet opgeslagen; de atlas is ongewijzigd.",
        "The disk is full. The change was not saved; the atlas is unchanged.",
    )


class AtlasCorruptError(AtlasError):
    text = Text(
        "De atlas is beschadigd en kan niet veilig worden geopend.",
        "The atlas is damaged and cannot be opened safely.",
    )


class AtlasNotFoundError(AtlasError):
    text = Text("Het bestand bestaat niet.", "The file does not exist.")


class AtlasExistsError(AtlasError):
    text = Text(
        "Er bestaat al een bestand met deze naam.",
        "A file with this name already exists.",
    )


class WrongPassphraseError(AtlasError):
    text = Text(
        "Het wachtwoord klopt niet, of de atlas is versleuteld.",
        "The passphrase is wrong, or the atlas is encrypted.",
    )


class PassphraseRequiredError(WrongPassphraseError):
    """The atlas is encrypted and no passphrase was given (ask for one)."""

    text = Text(
        "Deze atlas is versleuteld. Voer het wachtwoord in om hem te openen.",
        "This atlas is encrypted. Enter its passphrase to open it.",
    )


class ValidationError(AtlasError):
    """A value the atlas refuses (a CHECK or foreign key constraint)."""

    text = Text("Deze waarde is niet toegestaan.", "This value is not allowed.")


class NotFoundError(AtlasError):
    text = Text("Dit onderdeel bestaat niet (meer) in de atlas.", "This item no longer exists.")


def _db_errors() -> tuple[type[Exception], ...]:
    try:
        from sqlcipher3 import dbapi2
    except ImportError:  # pragma: no cover
        return (sqlite3.Error,)
    return (sqlite3.Error, dbapi2.Error)


#: Every DB-API error class the store can meet: the standard library's and
#: SQLCipher's (which does not derive from ``sqlite3.Error``). Catch these.
DB_ERRORS: tuple[type[Exception], ...] = _db_errors()


def translate(exc: Exception, *, path: str | None = None) -> AtlasError | None:
    """Our error for an SQLite error the environment caused, or None for our own bugs."""
    message = str(exc).lower()
    code = getattr(exc, "sqlite_errorname", "") or ""
    if (
        "database is locked" in message
        or "database table is locked" in message
        or code
        in (
            "SQLITE_BUSY",
            "SQLITE_LOCKED",
        )
    ):
        return AtlasLockedError(path=path)
    if "readonly" in message or "read-only" in message or code.startswith("SQLITE_READONLY"):
        return AtlasReadOnlyError(path=path)
    if "disk is full" in message or "database or disk is full" in message or code == "SQLITE_FULL":
        return DiskFullError(path=path)
    if "file is not a database" in message or code == "SQLITE_NOTADB":
        return NotAnAtlasError(path=path)
    if "unable to open database file" in message or code.startswith("SQLITE_CANTOPEN"):
        return AtlasError(
            Text(
                "De atlas kan niet worden geopend: de map of een bijbehorend bestand "
                "(-wal, -shm) is niet toegankelijk.",
                "The atlas cannot be opened: its folder or a companion file (-wal, -shm) "
                "is not accessible.",
            ),
            path=path,
        )
    if "malformed" in message or code.startswith("SQLITE_CORRUPT"):
        return AtlasCorruptError(path=path)
    if "disk i/o error" in message or code.startswith("SQLITE_IOERR"):
        return AtlasCorruptError(
            Text(
                "De atlas kon niet worden gelezen of geschreven (schijffout).",
                "The atlas could not be read or written (disk error).",
            ),
            path=path,
        )
    if type(exc).__name__ == "IntegrityError":  # sqlite3's or sqlcipher3's
        return ValidationError(_CONSTRAINT_TEXTS.get(_constraint_kind(message)), path=path)
    return None


#: What a refused constraint means, in words (SQLite's own text names tables,
#: columns and constraints in English: it stays out of the message).
_CONSTRAINT_TEXTS = {
    "foreign key": Text(
        "Deze waarde is niet toegestaan: ze verwijst naar iets dat niet (meer) in de atlas staat.",
        "This value is not allowed: it refers to something that is not (or no longer) "
        "in the atlas.",
    ),
    "unique": Text(
        "Deze waarde is niet toegestaan: ze staat al in de atlas en moet uniek zijn.",
        "This value is not allowed: it is already in the atlas and must be unique.",
    ),
    "not null": Text(
        "Deze waarde is niet toegestaan: een verplicht veld is leeg.",
        "This value is not allowed: a required field is empty.",
    ),
    "check": Text(
        "Deze waarde is niet toegestaan: ze valt buiten wat de atlas toelaat.",
        "This value is not allowed: it is outside what the atlas accepts.",
    ),
}


def _constraint_kind(message: str) -> str:
    for kind in _CONSTRAINT_TEXTS:
        if message.startswith(f"{kind} constraint"):
            return kind
    return ""
