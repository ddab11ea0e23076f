"""The AVG (GDPR) promises about residents: access, erasure, retention.

- :func:`person_export`: everything the atlas holds about one person, and
  nothing about anyone else (other residents' names in free text are blanked).
- :func:`erase_person`: the person leaves every table and the full-text
  index; free text naming them has the name replaced and notes are flagged
  for review; then the file is scrubbed (``secure_delete`` is on for every
  connection, the FTS index is merged, ``VACUUM``, WAL checkpoint TRUNCATE) so
  the name is not left in the file's bytes.
- :func:`persons_past_retention` / :func:`purge_expired`: retention review.

The audit log gets the person's id only, never a name or contact data.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.domain import Note, Person
from desktop_app.store import errors
from desktop_app.store.atomic import atomic_write_text
from desktop_app.store.codec import encode_value, format_timestamp, utc_now

if TYPE_CHECKING:
    from desktop_app.store.atlas import Atlas

_log = logging.getLogger(__name__)

#: What replaces an erased person's name in free text.
ERASED_MARK = "[gewist]"
#: What replaces another resident's name in a person's export.
OTHER_MARK = "[…]"
#: Tables whose text is never personal free text (ids, bookkeeping, the FTS shadow tables).
_SKIP_TABLES = ("audit_log", "tombstones", "sqlite_sequence")


@dataclass(frozen=True, slots=True)
class MembershipLine:
    network_id: str
    network_name: str
    role: str
    since: date | None
    until: date | None


@dataclass(frozen=True, slots=True)
class Mention:
    """Free text elsewhere in the atlas that names the person (others' names blanked)."""

    table: str
    row_id: str
    column: str
    text: str


@dataclass(frozen=True, slots=True)
class AuditLine:
    at: str
    action: str
    entity: str
    entity_id: str


@dataclass(frozen=True, slots=True)
class PersonExport:
    """Everything about one person: the model both the JSON and a PDF are made from."""

    person: Person
    memberships: list[MembershipLine]
    notes: list[Note]
    mentions: list[Mention]
    audit: list[AuditLine]
    exported_at: datetime = field(default_factory=utc_now)

    def as_dict(self) -> dict[str, Any]:
        def plain(obj: Any) -> dict[str, Any]:
            return {
                name: encode_value(getattr(obj, name))
                for name in obj.__dataclass_fields__  # type: ignore[attr-defined]
            }

        return {
            "format": "zwermkaart-person-export",
            "version": 1,
            "exported_at": format_timestamp(self.exported_at),
            "person": plain(self.person),
            "memberships": [plain(m) for m in self.memberships],
            "notes": [plain(n) for n in self.notes],
            "mentions": [plain(m) for m in self.mentions],
            "audit": [plain(a) for a in self.audit],
        }


@dataclass(frozen=True, slots=True)
class EraseReport:
    person_id: str
    memberships_removed: int
    notes_removed: int
    notes_flagged: tuple[str, ...]
    texts_redacted: int


# -- finding a name in free text ------------------------------------------------
def name_pattern(name: str) -> re.Pattern[str]:
    """The name as a whole word or phrase, any case, any run of spaces."""
    words = [re.escape(w) for w in name.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def _text_columns(atlas: Atlas) -> list[tuple[str, str, list[str]]]:
    """(table, key column, free-text columns) of every table that may hold a name."""
    conn = atlas.conn
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        )
        if not r[0].startswith(("sqlite_", "search_index")) and r[0] not in _SKIP_TABLES
    ]
    result = []
    for table in tables:
        info = conn.execute(f"PRAGMA table_info({table})").fetchall()
        keys = [c[1] for c in info if c[5]]
        if len(keys) != 1:
            continue  # join tables: ids only
        cols = [
            c[1]
            for c in info
            if (c[2] or "").upper() == "TEXT"
            and not c[5]
            and not c[1].endswith(("_id", "_at", "_on"))
        ]
        if cols:
            result.append((table, keys[0], cols))
    return result


def _mentions(atlas: Atlas, name: str) -> list[tuple[str, str, str, str, str]]:
    """(table, key column, row key, column, text) of every free text naming ``name``."""
    pattern = name_pattern(name)
    first = name.split()[0].lower() if name.split() else name.lower()
    found = []
    for table, key, cols in _text_columns(atlas):
        for col in cols:
            # A cheap prefilter in SQL (ASCII case folding), the exact test in Python.
            if first.isascii():
                rows = atlas.conn.execute(
                    f"SELECT {key}, {col} FROM {table} WHERE instr(lower({col}), ?) > 0",
                    (first,),
                ).fetchall()
            else:
                rows = atlas.conn.execute(f"SELECT {key}, {col} FROM {table}").fetchall()
            for row_id, text in rows:
                if isinstance(text, str) and pattern.search(text):
                    found.append((table, key, row_id, col, text))
    return found


def _blank_others(text: str, own: re.Pattern[str], others: list[re.Pattern[str]]) -> str:
    pieces = own.split(text)
    matches = own.findall(text)
    out = []
    for i, piece in enumerate(pieces):
        for other in others:
            piece = other.sub(OTHER_MARK, piece)
        out.append(piece)
        if i < len(matches):
            out.append(matches[i])
    return "".join(out)


# -- access ------------------------------------------------------------------
def person_export(atlas: Atlas, person_id: str) -> PersonExport:
    """Everything that refers to the person, with other residents' names blanked out."""
    person = atlas.persons.get(person_id)
    own = name_pattern(person.display_name)
    with atlas.reading():
        other_names = [
            r[0]
            for r in atlas.conn.execute(
                "SELECT DISTINCT display_name FROM persons WHERE id <> ?", (person_id,)
            )
            if r[0].strip() and r[0].strip().lower() != person.display_name.strip().lower()
        ]
    # Longest first, so "Jan de Vries" is blanked before "Jan".
    others = [name_pattern(n) for n in sorted(other_names, key=len, reverse=True)]

    def clean(text: str) -> str:
        return _blank_others(text, own, others)

    memberships = []
    for m in atlas.memberships.of_person(person_id):
        network = atlas.networks.find(m.network_id)
        memberships.append(
            MembershipLine(
                m.network_id,
                network.name if network else "",
                m.role.value,
                m.since,
                m.until,
            )
        )
    from desktop_app.domain.enums import SubjectType

    notes = [
        _replace(n, text=clean(n.text)) for n in atlas.notes.about(SubjectType.PERSON, person_id)
    ]
    about_ids = {n.id for n in notes}
    with atlas.reading():
        mentions = [
            Mention(table, row_id, col, clean(text))
            for table, _key, row_id, col, text in _mentions(atlas, person.display_name)
            if not (table == "notes" and row_id in about_ids)
        ]
        ids = [person_id, *(m.id for m in atlas.memberships.of_person(person_id))]
        audit = [
            AuditLine(*row)
            for row in atlas.conn.execute(
                f"""SELECT at, action, entity, entity_id FROM audit_log
                    WHERE entity_id IN ({", ".join("?" * len(ids))}) ORDER BY seq""",
                ids,
            )
        ]
    return PersonExport(person, memberships, notes, mentions, audit)


def _replace(note: Note, **changes: Any) -> Note:
    import dataclasses

    return dataclasses.replace(note, **changes)


def write_person_export(atlas: Atlas, person_id: str, path: str | Path) -> Path:
    """Write the person's export as JSON (whole or not at all) and log the export."""
    export = person_export(atlas, person_id)
    text = json.dumps(export.as_dict(), ensure_ascii=False, indent=2)
    dest = atomic_write_text(Path(path), text + "\n", private=True)
    with atlas.transaction():
        atlas.audit("export", "person", person_id)
    return dest


# -- erasure -----------------------------------------------------------------
def _erase_in_transaction(atlas: Atlas, person: Person, action: str) -> EraseReport:
    conn = atlas.conn
    pattern = name_pattern(person.display_name)
    memberships = conn.execute(
        "SELECT count(*) FROM memberships WHERE person_id = ?", (person.id,)
    ).fetchone()[0]
    notes = conn.execute(
        "SELECT count(*) FROM notes WHERE subject_type = 'person' AND subject_id = ?",
        (person.id,),
    ).fetchone()[0]
    conn.execute("DELETE FROM memberships WHERE person_id = ?", (person.id,))
    conn.execute("DELETE FROM persons WHERE id = ?", (person.id,))  # its notes go by trigger
    flagged = []
    redacted = 0
    for table, key, row_id, col, text in _mentions(atlas, person.display_name):
        new_text = pattern.sub(ERASED_MARK, text)
        if table == "notes":
            conn.execute(
                f"UPDATE notes SET {col} = ?, needs_review = 1, updated_at = ? WHERE id = ?",
                (new_text, format_timestamp(utc_now()), row_id),
            )
            flagged.append(row_id)
        else:
            conn.execute(f"UPDATE {table} SET {col} = ? WHERE {key} = ?", (new_text, row_id))
        redacted += 1
    atlas.audit(action, "person", person.id)
    return EraseReport(person.id, memberships, notes, tuple(dict.fromkeys(flagged)), redacted)


def erase_persons(
    atlas: Atlas, person_ids: Iterable[str], *, action: str = "erase"
) -> list[EraseReport]:
    """Erase several persons in one transaction, then scrub the file once."""
    if action not in ("erase", "purge"):
        raise ValueError(action)
    reports = []
    with atlas.transaction():
        for person_id in dict.fromkeys(person_ids):
            person = atlas.persons.get(person_id)
            reports.append(_erase_in_transaction(atlas, person, action))
    if reports:
        scrub(atlas)
        _log.info("%s: %d person(s)", action, len(reports))
    return reports


def erase_person(atlas: Atlas, person_id: str) -> EraseReport:
    """Erase one person completely (the right to be forgotten)."""
    return erase_persons(atlas, [person_id])[0]


def scrub(atlas: Atlas) -> bool:
    """Leave no deleted text in the file's bytes; False if a reader kept the WAL alive.

    ``secure_delete`` (set on every connection) zeroes deleted cells; the FTS
    index keeps old tokens in its segments until they are merged; ``VACUUM``
    rewrites every page; the TRUNCATE checkpoint empties the WAL, which still
    holds the old page images.
    """
    conn = atlas.conn
    with atlas.transaction():
        conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    try:
        conn.execute("PRAGMA temp_store = MEMORY")  # VACUUM's copy stays out of /tmp
        conn.execute("VACUUM")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    except errors.DB_ERRORS as exc:
        raise (errors.translate(exc, path=str(atlas.path)) or exc) from exc
    return busy == 0


# -- retention ---------------------------------------------------------------
def persons_past_retention(atlas: Atlas, today: date | None = None) -> list[Person]:
    """Persons whose retention date has passed, for review."""
    today = today or date.today()
    return atlas.persons._select(
        "retention_until IS NOT NULL AND retention_until < ?", (today.isoformat(),)
    )


def purge_expired(atlas: Atlas, today: date | None = None) -> list[str]:
    """Erase every person past their retention date in one step (logged as 'purge')."""
    ids = [p.id for p in persons_past_retention(atlas, today)]
    erase_persons(atlas, ids, action="purge")
    return ids


def erased_person_ids(atlas: Atlas) -> list[str]:
    """Ids of persons erased or purged in this atlas (from the audit log)."""
    with atlas.reading():
        rows = atlas.conn.execute(
            """SELECT DISTINCT entity_id FROM audit_log
               WHERE entity = 'person' AND action IN ('erase', 'purge')"""
        ).fetchall()
    return [r[0] for r in rows]
