"""The store: opens, migrates, backs up, reads and writes the atlas. No Qt here."""

from desktop_app.store.atlas import ATLAS_SUFFIX, ENTITY_TABLES, Atlas
from desktop_app.store.changes import ChangeSet
from desktop_app.store.errors import (
    AtlasCorruptError,
    AtlasError,
    AtlasExistsError,
    AtlasLockedError,
    AtlasNotFoundError,
    AtlasReadOnlyError,
    AtlasTooNewError,
    DiskFullError,
    NotAnAtlasError,
    NotFoundError,
    ValidationError,
)

__all__ = [
    "ATLAS_SUFFIX",
    "ENTITY_TABLES",
    "Atlas",
    "AtlasCorruptError",
    "AtlasError",
    "AtlasExistsError",
    "AtlasLockedError",
    "AtlasNotFoundError",
    "AtlasReadOnlyError",
    "AtlasTooNewError",
    "ChangeSet",
    "DiskFullError",
    "NotAnAtlasError",
    "NotFoundError",
    "ValidationError",
]
