"""Errors of import and export, each with a message in Dutch and English.

They derive from :class:`~desktop_app.store.AtlasError`, so the command line
and the window show them like any other error the user is meant to read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.i18n import Text
from desktop_app.store import AtlasError

if TYPE_CHECKING:
    from desktop_app.interop.validation import Preview


class SourceError(AtlasError):
    """The file cannot be read as a table (format, encoding, limits, damage)."""

    text = Text("Dit bestand kan niet worden gelezen.", "This file cannot be read.")


class ImportRejectedError(AtlasError):
    """Validation found problems: nothing was imported. ``preview`` holds every row's problems."""

    text = Text(
        "Het bestand bevat fouten; er is niets geïmporteerd.",
        "The file contains errors; nothing was imported.",
    )

    def __init__(self, text: Text | None = None, *, preview: Preview | None = None) -> None:
        super().__init__(text)
        self.preview = preview


class ImportCancelledError(AtlasError):
    text = Text(
        "Het importeren is afgebroken; de atlas is ongewijzigd.",
        "The import was cancelled; the atlas is unchanged.",
    )


class ExportError(AtlasError):
    text = Text("Het exporteren is mislukt.", "The export failed.")


class TargetExistsError(ExportError):
    text = Text(
        "Het bestand bestaat al. Kies een andere naam of bevestig dat het vervangen mag worden.",
        "The file already exists. Choose another name or confirm that it may be replaced.",
    )
