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

import dataclasses
import json
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.domain import Note, Person
from desktop_app.domain.identifiers import DigestMatcher, NameFinder, contact_items, name_parts
from desktop_app.store import errors
from desktop_app.store.atomic import atomic_write_text
from desktop_app.store.codec import encode_value, format_timestamp, utc_now

if TYPE_CHECKING:
    from desktop_app.store.atlas import Atlas
    from desktop_app.store.erasure_ledger import Ledger

_log = logging.getLogger(__name__)

#: What replaces an erased person's name in free text.
ERASED_MARK = "[gewist]"
#: What replaces another resident's name in a person's export.
OTHER_MARK = "[…]"
#: Tables whose text is never personal free text (ids, bookkeeping, the FTS shadow tables).
_SKIP_TABLES = ("audit_log", "tombstones", "sqlite_sequence")
#: The columns that are a resident's or professional's own name and contact line.
_OWN_COLUMNS = {
    ("persons", "display_name"),
    ("persons", "contact"),
    ("professionals", "name"),
    ("professionals", "contact"),
}
#: The setting that says how many entries of the erasure ledger a copy has had applied.
LEDGER_APPLIED = "privacy.erasures_applied"
#: The setting that marks a scrub still to be done (see :func:`scrub`).
SCRUB_PENDING = "privacy.scrub_pending"


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
    #: False: a reader kept old page images in the WAL; the scrub is done again on close.
    scrubbed: bool = True
    backups_erased: int = 0
    #: Backups that could not be opened to erase in (damaged, another passphrase): deleted.
    backups_removed: int = 0
    #: Damaged copies of the atlas (set aside by a recovery) deleted.
    copies_removed: int = 0


# -- finding a person in free text ------------------------------------------------
@dataclass(frozen=True, slots=True)
class Place:
    """One free text that points at the person, and the pieces of it that do."""

    table: str
    key: str
    row_id: str
    column: str
    text: str
    spans: tuple[tuple[int, int], ...]

    def redacted(self, mark: str = ERASED_MARK) -> str:
        return _redact(self.text, self.spans, mark)

    def excerpt(self, context: int = 30) -> str:
        """The text around the pieces found, each between « and », on one line."""
        first, last = self.spans[0][0], self.spans[-1][1]
        start, end = max(0, first - context), min(len(self.text), last + context)
        out, pos = [], start
        for a, b in self.spans:
            out += [self.text[pos:a], "«", self.text[a:b], "»"]
            pos = b
        out.append(self.text[pos:end])
        line = " ".join("".join(out).split())
        return ("…" if start else "") + line + ("…" if end < len(self.text) else "")


def _redact(text: str, spans: Iterable[tuple[int, int]], mark: str) -> str:
    out, pos = [], 0
    for a, b in sorted(spans):
        if a < pos:
            continue
        out += [text[pos:a], mark]
        pos = b
    out.append(text[pos:])
    return "".join(out)


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


def finder_for(atlas: Atlas) -> NameFinder:
    """A finder of every resident of the atlas (keys: the persons' ids), and of the
    professionals ("pro:" and their id), so a professional's full name is theirs."""
    rows = atlas.conn.execute("SELECT id, display_name, contact FROM persons").fetchall()
    pros = atlas.conn.execute("SELECT id, name, contact FROM professionals").fetchall()
    return NameFinder(
        [(r[0], r[1] or "", r[2] or "") for r in rows]
        + [(f"pro:{r[0]}", r[1] or "", r[2] or "") for r in pros]
    )


def _own_key(table: str, row_id: str) -> str | None:
    """The finder's key of a row that is itself a person or professional."""
    return row_id if table == "persons" else f"pro:{row_id}" if table == "professionals" else None


def _needles(person: Person) -> tuple[list[str], list[str]] | None:
    """What a text must contain (lower case) to point at the person: a name part, an
    "@" (e-mail addresses), the last two digits of a phone; None: test every text."""
    parts = [p.casefold() for p in name_parts(person.display_name)]
    if not all(p.isascii() for p in parts):
        return None
    emails, phones = contact_items(person.contact)
    marks = ["@"] if emails else []
    marks += sorted({p[-2:] for p in phones})
    return parts, marks


def _rows(
    atlas: Atlas, table: str, key: str, col: str, needles: tuple[list[str], list[str]] | None
) -> list:
    sql = f"SELECT {key}, {col} FROM {table}"
    if needles is None:
        return atlas.conn.execute(sql).fetchall()
    # A cheap prefilter in SQL (ASCII case folding), the exact test in Python.
    parts, marks = needles
    tests = [f"instr(lower({col}), ?) > 0" for _ in parts]
    tests += [f"instr({col}, ?) > 0" for _ in marks]
    if not tests:
        return []
    return atlas.conn.execute(f"{sql} WHERE {' OR '.join(tests)}", [*parts, *marks]).fetchall()


def _mentions(atlas: Atlas, person: Person, finder: NameFinder | None = None) -> list[Place]:
    """Every free text that points at ``person``: names, name parts, contact data."""
    finder = finder or finder_for(atlas)
    needles = _needles(person)
    found = []
    for table, key, cols in _text_columns(atlas):
        for col in cols:
            for row_id, text in _rows(atlas, table, key, col, needles):
                if not isinstance(text, str):
                    continue
                if table == "persons" and row_id == person.id:
                    continue
                # Another resident's own name or contact line stays theirs, even when
                # it shares a surname or an e-mail address with the person.
                own = _own_key(table, row_id)
                spans = tuple(
                    (s.start, s.end)
                    for s in finder.names(text, person.id)
                    if own is None or own not in s.keys
                )
                if spans:
                    found.append(Place(table, key, row_id, col, text, spans))
    return found


def _blank_others(text: str, person_id: str, finder: NameFinder) -> str:
    """``text`` with everyone's names and contact data blanked but the person's own."""
    spans = [(s.start, s.end) for s in finder.spans(text) if person_id not in s.keys]
    return _redact(text, spans, OTHER_MARK) if spans else text


# -- access ------------------------------------------------------------------
def person_export(atlas: Atlas, person_id: str) -> PersonExport:
    """Everything that refers to the person, with other residents' names blanked out."""
    person = atlas.persons.get(person_id)
    with atlas.reading():
        finder = finder_for(atlas)

    def clean(text: str) -> str:
        return _blank_others(text, person_id, finder)

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
            Mention(place.table, place.row_id, place.column, clean(place.text))
            for place in _mentions(atlas, person, finder)
            if not (place.table == "notes" and place.row_id in about_ids)
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
@dataclass(frozen=True, slots=True)
class ErasurePreview:
    """What an erasure of one person will change, for the coordinator to see first."""

    person: Person
    places: list[Place]
    memberships: int
    notes: int
    #: Backups of the atlas (the person is erased from them too).
    backups: int
    #: Damaged copies of the atlas set aside by a recovery (they are deleted).
    damaged_copies: list[Path]


def erasure_preview(atlas: Atlas, person_id: str) -> ErasurePreview:
    """Every free text that will be redacted, and the copies that will be changed."""
    from desktop_app.store import erasure_copies

    person = atlas.persons.get(person_id)
    with atlas.reading():
        conn = atlas.conn
        memberships = conn.execute(
            "SELECT count(*) FROM memberships WHERE person_id = ?", (person_id,)
        ).fetchone()[0]
        notes = conn.execute(
            "SELECT count(*) FROM notes WHERE subject_type = 'person' AND subject_id = ?",
            (person_id,),
        ).fetchone()[0]
        places = [
            p
            for p in _mentions(atlas, person)
            if not (p.table == "notes" and _is_note_about(atlas, p.row_id, person_id))
        ]
    return ErasurePreview(
        person,
        places,
        memberships,
        notes,
        len(erasure_copies.backups_of(atlas.id)),
        erasure_copies.damaged_copies(atlas.path),
    )


def _is_note_about(atlas: Atlas, note_id: str, person_id: str) -> bool:
    row = atlas.conn.execute(
        "SELECT subject_type, subject_id FROM notes WHERE id = ?", (note_id,)
    ).fetchone()
    return row is not None and tuple(row) == ("person", person_id)


def _erase_in_transaction(
    atlas: Atlas, person: Person, action: str, finder: NameFinder
) -> EraseReport:
    conn = atlas.conn
    memberships = conn.execute(
        "SELECT count(*) FROM memberships WHERE person_id = ?", (person.id,)
    ).fetchone()[0]
    notes = conn.execute(
        "SELECT count(*) FROM notes WHERE subject_type = 'person' AND subject_id = ?",
        (person.id,),
    ).fetchone()[0]
    conn.execute("DELETE FROM memberships WHERE person_id = ?", (person.id,))
    conn.execute("DELETE FROM persons WHERE id = ?", (person.id,))  # its notes go by trigger
    places = _mentions(atlas, person, finder)
    flagged = _apply(atlas, [(p.table, p.key, p.row_id, p.column, p.redacted()) for p in places])
    atlas.audit(action, "person", person.id)
    return EraseReport(person.id, memberships, notes, flagged, len(places))


def _apply(atlas: Atlas, changes: list[tuple[str, str, str, str, str]]) -> tuple[str, ...]:
    """Write redacted texts; notes are marked for review. Returns the notes' ids."""
    flagged = []
    for table, key, row_id, col, new_text in changes:
        if table == "notes":
            atlas.conn.execute(
                f"UPDATE notes SET {col} = ?, needs_review = 1, updated_at = ? WHERE id = ?",
                (new_text, format_timestamp(utc_now()), row_id),
            )
            flagged.append(row_id)
        else:
            atlas.conn.execute(f"UPDATE {table} SET {col} = ? WHERE {key} = ?", (new_text, row_id))
    return tuple(dict.fromkeys(flagged))


def erase_persons(
    atlas: Atlas, person_ids: Iterable[str], *, action: str = "erase", copies: bool = True
) -> list[EraseReport]:
    """Erase several persons in one transaction, scrub the file, then erase them in copies.

    The erasure is recorded outside the atlas first (:mod:`erasure_ledger`), so
    a restore or recovery erases them again. ``copies``: also erase them in
    the atlas's backups and delete its damaged copies (:mod:`erasure_copies`).
    """
    from desktop_app.store import erasure_copies, erasure_ledger

    if action not in ("erase", "purge"):
        raise ValueError(action)
    reports = []
    with atlas.transaction():
        finder = finder_for(atlas)
        persons = [atlas.persons.get(pid) for pid in dict.fromkeys(person_ids)]
        if persons:
            count = erasure_ledger.record(
                atlas.id, [(p.id, p.display_name, p.contact) for p in persons], action
            )
            atlas.set_setting(LEDGER_APPLIED, count)
        for person in persons:
            reports.append(_erase_in_transaction(atlas, person, action, finder))
    if not reports:
        return reports
    scrubbed = scrub(atlas)
    copied = erasure_copies.apply_everywhere(atlas) if copies else erasure_copies.CopiesReport()
    _log.info("%s: %d person(s)", action, len(reports))
    return [
        dataclasses.replace(
            r,
            scrubbed=scrubbed,
            backups_erased=copied.backups_erased,
            backups_removed=copied.backups_removed,
            copies_removed=copied.copies_removed,
        )
        for r in reports
    ]


def erase_person(atlas: Atlas, person_id: str, *, copies: bool = True) -> EraseReport:
    """Erase one person completely (the right to be forgotten).

    ``copies=False``: the caller erases them in the backups afterwards
    (:func:`erasure_copies.apply_to_copies`, the window does so in a worker).
    """
    return erase_persons(atlas, [person_id], copies=copies)[0]


def apply_ledger(atlas: Atlas, ledger: Ledger) -> int:
    """Erase again, in one transaction, everyone the audit log or ``ledger`` says was
    erased, and redact what the digests of those absent from this copy find. No
    scrub (the caller's business). Returns the number of persons and texts changed.

    A copy records how many ledger entries it has had applied (the live atlas
    all of them at each erasure, and its backups inherit that): only newer
    entries are searched for by digest, so an erasure does not read every text
    of every backup once more for every earlier erasure.
    """
    applied = atlas.setting(LEDGER_APPLIED, 0)
    if not isinstance(applied, int) or not 0 <= applied <= len(ledger.entries):
        applied = 0
    ids = list(dict.fromkeys([*erased_person_ids(atlas), *ledger.ids]))
    with atlas.transaction():
        finder = finder_for(atlas)
        back = [p for pid in ids if (p := atlas.persons.find(pid)) is not None]
        found = {p.id for p in back}
        for person in back:
            _erase_in_transaction(atlas, person, "erase", finder)
        known = {
            d for pid, digests in ledger.entries[applied:] if pid not in found for d in digests
        }
        changes = _digest_changes(atlas, ledger.salt, known) if known else []
        _apply(atlas, changes)
        if applied != len(ledger.entries):
            atlas.set_setting(LEDGER_APPLIED, len(ledger.entries))
    return len(back) + len(changes)


def reapply_erasures(atlas: Atlas) -> int:
    """After a restore or recovery: erase again what was erased (see :func:`apply_ledger`)."""
    from desktop_app.store import erasure_ledger

    changed = apply_ledger(atlas, erasure_ledger.load(atlas.id))
    if changed:
        scrub(atlas)
        _log.info("erasures re-applied: %d change(s)", changed)
    return changed


def _digest_changes(
    atlas: Atlas, salt: bytes, known: set[str]
) -> list[tuple[str, str, str, str, str]]:
    changes = []
    matcher = DigestMatcher(salt, known)
    for table, key, cols in _text_columns(atlas):
        for col in cols:
            if (table, col) in _OWN_COLUMNS:
                continue  # another resident's own name and contact line stay theirs
            # One pass over the whole column (joined in SQL) finds the few texts
            # worth a closer look.
            (corpus,) = atlas.conn.execute(
                f"SELECT group_concat({col}, char(1)) FROM {table}"
            ).fetchone()
            triggers = sorted(matcher.triggers(str(corpus or "")))
            if not triggers:
                continue
            where = " OR ".join(f"instr({col}, ?) > 0" for _ in triggers)
            for row_id, text in atlas.conn.execute(
                f"SELECT {key}, {col} FROM {table} WHERE {where}", triggers
            ):
                if isinstance(text, str) and (spans := matcher.spans(text)):
                    changes.append((table, key, row_id, col, _redact(text, spans, ERASED_MARK)))
    return changes


def scrub(atlas: Atlas) -> bool:
    """Leave no deleted text in the file's bytes; False if a reader kept the WAL alive.

    ``secure_delete`` (set on every connection) zeroes deleted cells; the FTS
    index keeps old tokens in its segments until they are merged; ``VACUUM``
    rewrites every page; the TRUNCATE checkpoint empties the WAL, which still
    holds the old page images. A reader in the middle of a read would keep
    those images (its snapshot) alive, so this atlas's readers are paused
    meanwhile (:meth:`Atlas.readers_paused`). When the WAL still could not be
    emptied (a reader of another process), the scrub is marked as pending and
    done again when the atlas is closed or next opened.
    """
    conn = atlas.conn
    with atlas.transaction():
        conn.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
        atlas.set_setting(SCRUB_PENDING, True)
    try:
        with atlas.readers_paused():
            conn.execute("PRAGMA temp_store = MEMORY")  # VACUUM's copy stays out of /tmp
            conn.execute("VACUUM")
            done = _checkpoint(conn)
            if done:
                with atlas.transaction():
                    conn.execute("DELETE FROM settings WHERE key = ?", (SCRUB_PENDING,))
                done = _checkpoint(conn)
    except errors.DB_ERRORS as exc:
        raise (errors.translate(exc, path=str(atlas.path)) or exc) from exc
    if not done:
        _log.warning("scrub: a reader kept the write-ahead log; done again on close")
    return done


def scrub_pending(atlas: Atlas) -> bool:
    """Whether an earlier scrub could not empty the WAL (see :func:`scrub`)."""
    return bool(atlas.setting(SCRUB_PENDING, False))


def _checkpoint(conn: Any, attempts: int = 20) -> bool:
    """TRUNCATE checkpoint, retried while another connection still reads."""
    for attempt in range(attempts):
        busy, _log_frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy == 0:
            return True
        time.sleep(min(0.05 * (attempt + 1), 0.5))
    return False


# -- retention ---------------------------------------------------------------
def persons_past_retention(atlas: Atlas, today: date | None = None) -> list[Person]:
    """Persons whose retention date has passed, for review."""
    today = today or date.today()
    return atlas.persons._select(
        "retention_until IS NOT NULL AND retention_until < ?", (today.isoformat(),)
    )


def purge_expired(atlas: Atlas, today: date | None = None, *, copies: bool = True) -> list[str]:
    """Erase every person past their retention date in one step (logged as 'purge')."""
    ids = [p.id for p in persons_past_retention(atlas, today)]
    erase_persons(atlas, ids, action="purge", copies=copies)
    return ids


def erased_person_ids(atlas: Atlas) -> list[str]:
    """Ids of persons erased or purged in this atlas (from the audit log)."""
    with atlas.reading():
        rows = atlas.conn.execute(
            """SELECT DISTINCT entity_id FROM audit_log
               WHERE entity = 'person' AND action IN ('erase', 'purge')"""
        ).fetchall()
    return [r[0] for r in rows]
