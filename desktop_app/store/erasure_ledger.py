"""The record of erasures kept outside the atlas, to erase again after a restore.

A restored or recovered backup may be older than an erasure; the atlas's own
audit log, which says who was erased, may be lost with a damaged file. So
every erasure is also written to ``erasures/<atlas id>.json`` in the user's
data folder: the person's id and keyed digests (BLAKE2b with a random key of
this file) of their full name, surname parts, e-mail addresses and phone
numbers. It holds no name, no contact data and no text: the digests let a
restore find "Kwikstaartje" or "06-55512345" in a note of the copy and
redact it, without the name being stored anywhere.

A digest of a rare surname could be confirmed by someone holding this file
and guessing the name; the file is therefore readable by its owner only and
lives next to the backups, which hold far more.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app import paths
from desktop_app.domain.identifiers import digests_of
from desktop_app.store.atomic import atomic_write_text
from desktop_app.store.codec import format_timestamp, utc_now

FORMAT = "zwermkaart-erasures"


@dataclass(frozen=True, slots=True)
class Ledger:
    """The erasures of one atlas, in order: (person id, digests) each, and the key."""

    atlas_id: str
    salt: bytes
    entries: tuple[tuple[str, frozenset[str]], ...] = ()

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(pid for pid, _d in self.entries))

    @property
    def digests(self) -> frozenset[str]:
        return frozenset(d for _pid, digests in self.entries for d in digests)

    @property
    def empty(self) -> bool:
        return not self.entries


def folder() -> Path:
    return paths.user_data_dir() / "erasures"


def ledger_path(atlas_id: str) -> Path:
    if not re.fullmatch(r"[0-9A-Za-z_-]{1,64}", atlas_id):
        raise ValueError(f"not an atlas id: {atlas_id!r}")
    return folder() / f"{atlas_id}.json"


def _read(atlas_id: str) -> dict[str, Any]:
    try:
        data = json.loads(ledger_path(atlas_id).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("format") == FORMAT else {}


def load(atlas_id: str) -> Ledger:
    data = _read(atlas_id)
    try:
        salt = bytes.fromhex(data.get("salt", ""))
    except ValueError:
        salt = b""
    persons = [p for p in data.get("persons", []) if isinstance(p, dict) and p.get("id")]
    entries = tuple(
        (str(p["id"]), frozenset(str(d) for d in p.get("digests", []))) for p in persons
    )
    return Ledger(atlas_id, salt or os.urandom(16), entries)


def record(atlas_id: str, persons: list[tuple[str, str, str]], action: str) -> int:
    """Add erased persons ((id, display name, contact) each) to the atlas's ledger.

    Raises WriteFailedError when the file cannot be written: the erasure then
    does not happen, so no erasure is ever without its record. Returns the number
    of entries the ledger now has.
    """
    data = _read(atlas_id)
    salt = bytes.fromhex(data["salt"]) if data.get("salt") else os.urandom(16)
    entries = [p for p in data.get("persons", []) if isinstance(p, dict)]
    at = format_timestamp(utc_now())
    for person_id, name, contact in persons:
        entries.append(
            {
                "id": person_id,
                "action": action,
                "at": at,
                "digests": digests_of(salt, name, contact),
            }
        )
    out = {"format": FORMAT, "version": 1, "atlas_id": atlas_id, "salt": salt.hex()}
    out["persons"] = entries
    folder().mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write_text(ledger_path(atlas_id), json.dumps(out, indent=1) + "\n", private=True)
    return len(entries)
