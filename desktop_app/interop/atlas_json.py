"""The whole atlas as one JSON document, and back into an empty atlas.

Every item is written with all its fields (ids, timestamps and the status
history included), so importing the document into an empty atlas gives the
same content. Persons are pseudonymised unless the caller asks for names: then
they are called 'Bewoner N', their contact data is left out and notes about
persons are not exported.
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
import typing
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.analysis.pseudonyms import Pseudonyms
from desktop_app.domain import (
    POSITION_LIMIT,
    Area,
    Membership,
    Network,
    Note,
    Obstacle,
    Person,
    Position,
    Professional,
    Signal,
    StatusPeriod,
    SupportCase,
    Tie,
)
from desktop_app.domain.enums import SubjectType
from desktop_app.i18n import Text
from desktop_app.interop import limits
from desktop_app.interop.errors import ImportRejectedError, SourceError
from desktop_app.interop.sources import check_size
from desktop_app.interop.values import ValueProblem, clean_name
from desktop_app.store import bulk
from desktop_app.store.codec import field_types, format_timestamp, parse_timestamp, utc_now

if TYPE_CHECKING:
    from desktop_app.store import Atlas

FORMAT = "zwermkaart-atlas"
FORMAT_VERSION = 1

#: section -> (model, repository name or None for special handling), in insert order.
SECTIONS: dict[str, tuple[type, str | None]] = {
    "areas": (Area, "areas"),
    "networks": (Network, "networks"),
    "network_statuses": (StatusPeriod, None),
    "persons": (Person, "persons"),
    "memberships": (Membership, "memberships"),
    "professionals": (Professional, "professionals"),
    "ties": (Tie, "ties"),
    "signals": (Signal, "signals"),
    "obstacles": (Obstacle, "obstacles"),
    "support_cases": (SupportCase, "support"),
    "notes": (Note, "notes"),
    "positions": (Position, None),
}
#: Free-text fields searched for residents' names in an export without names.
_FREE_TEXT = {
    "networks": ("name", "description", "meeting_place"),
    "persons": ("source",),
    "signals": ("source", "note"),
    "obstacles": ("description", "owner_department"),
    "support_cases": ("description", "outcome"),
    "notes": ("text",),
}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: Settings that describe the atlas file itself, not its content.
_OWN_SETTINGS = ("atlas.name", "atlas.is_demo", "atlas.created_at")


def _encode(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return format_timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    return value


def _item(obj: Any) -> dict[str, Any]:
    return {f.name: _encode(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


def atlas_document(
    atlas: Atlas, *, with_names: bool = False, network_ids: list[str] | None = None
) -> dict[str, Any]:
    """The atlas as a JSON-ready dictionary."""
    all_persons = atlas.persons.all()
    pseudonyms = Pseudonyms(all_persons, with_names=with_names)
    networks = atlas.networks.all()
    keep = None if network_ids is None else set(network_ids)
    if keep is not None:
        networks = [n for n in networks if n.id in keep]
    ids = {n.id for n in networks}
    memberships = [m for m in atlas.memberships.all() if m.network_id in ids]
    persons = all_persons
    if keep is not None:
        members = {m.person_id for m in memberships}
        persons = [p for p in persons if p.id in members]
    persons = sorted(persons, key=lambda p: p.id)
    if not with_names:
        persons = [
            dataclasses.replace(
                p,
                display_name=pseudonyms.label(p.id, p.display_name),
                contact=pseudonyms.contact(p.contact),
            )
            for p in persons
        ]
    notes = atlas.notes.all()
    if not with_names:
        notes = [n for n in notes if n.subject_type is not SubjectType.PERSON]
    sections: dict[str, list[Any]] = {
        "areas": atlas.areas.all(),
        "networks": networks,
        "network_statuses": [p for p in bulk.all_status_periods(atlas) if p.network_id in ids],
        "persons": persons,
        "memberships": memberships,
        "professionals": atlas.professionals.all(),
        "ties": [t for t in atlas.ties.all() if t.source_id in ids and t.target_id in ids],
        "signals": [s for s in atlas.signals.all() if s.network_id in ids],
        "obstacles": [o for o in atlas.obstacles.all() if keep is None or set(o.network_ids) & ids],
        "support_cases": [c for c in atlas.support.all() if c.network_id in ids],
        "notes": notes if keep is None else [],
        "positions": [p for i, p in atlas.positions.all().items() if i in ids],
    }
    if keep is not None:
        sections["obstacles"] = [
            dataclasses.replace(o, network_ids=tuple(i for i in o.network_ids if i in ids))
            for o in sections["obstacles"]
        ]
    if not with_names:
        # Residents' names in free text become their pseudonyms as well.
        for section, fields in _FREE_TEXT.items():
            sections[section] = [
                dataclasses.replace(o, **{f: pseudonyms.text(getattr(o, f)) for f in fields})
                for o in sections[section]
            ]
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": atlas.schema_version,
        "name": atlas.name,
        "exported_at": format_timestamp(utc_now()),
        "pseudonymised": not with_names,
        "settings": {k: v for k, v in bulk.all_settings(atlas).items() if k not in _OWN_SETTINGS},
        # Sorted by id: the same content gives the same document, whatever the row order.
        **{
            name: sorted((_item(o) for o in objs), key=_sort_key) for name, objs in sections.items()
        },
    }


def _sort_key(item: dict[str, Any]) -> tuple[str, str]:
    return (item.get("id") or "", item.get("network_id") or "")


def json_bytes(document: dict[str, Any]) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


# -- import ----------------------------------------------------------------------
def _bad(section: str, number: int, reason: Text) -> ImportRejectedError:
    return ImportRejectedError(
        Text(
            "Onderdeel '{section}', item {number}: {reason_nl}. Er is niets geïmporteerd.",
            "Section '{section}', item {number}: {reason_en}. Nothing was imported.",
        ).format(section=section[:40], number=number, reason_nl=reason.nl, reason_en=reason.en)
    )


#: Per model, the fields that are names: cleaned as every import path cleans names.
_NAMES = {Area: "name", Network: "name", Person: "display_name", Professional: "name"}

_NOT_OBJECT = Text("geen object", "not an object")
_NOT_LIST = Text("geen lijst", "not a list")
#: SQLite stores whole numbers in 64 bits; a larger one cannot be written.
_INT_RANGE = (-(2**63), 2**63 - 1)


def _decode(model: type, item: Any, section: str, number: int) -> Any:
    if not isinstance(item, dict):
        raise _bad(section, number, _NOT_OBJECT)
    types = field_types(model)
    values: dict[str, Any] = {}
    name = ""
    try:
        for name, hint in types.items():
            if name not in item:
                continue
            raw = item[name]
            if raw is None:
                continue  # the field's default (a required field: refused below)
            values[name] = _decode_value(hint, raw)
        name = ""
        key = _NAMES.get(model, "")
        if isinstance(values.get(key), str):
            values[key] = clean_name(values[key])
            if not values[key]:
                name = key
                raise ValueProblem(Text("de naam ontbreekt", "the name is missing"))
        obj = model(**values)
    except ValueProblem as problem:
        raise _bad(section, number, _in_field(name, problem.text)) from None
    except (TypeError, ValueError, KeyError, OverflowError):
        # The model's own checks (a dataclass __post_init__) speak English: say what, in Dutch.
        raise _bad(
            section, number, _in_field(name, Text("ongeldige waarde", "invalid value"))
        ) from None
    if isinstance(obj, Position) and not obj.usable:
        raise _bad(
            section,
            number,
            Text(
                "de coördinaten ({x}, {y}) zijn niet eindig of groter dan {limit}",
                "coordinates ({x}, {y}) are not finite or beyond {limit}",
            ).format(x=obj.x, y=obj.y, limit=f"{POSITION_LIMIT:g}"),
        )
    return obj


def _in_field(name: str, reason: Text) -> Text:
    if not name:
        return reason
    return Text(f"veld '{name[:40]}': {reason.nl}", f"field '{name[:40]}': {reason.en}")


def _decode_value(hint: Any, raw: Any) -> Any:
    """``raw`` as a value of type ``hint``.

    Raises:
        ValueProblem: with a message in both languages (never Python's own text).
    """
    if hint is datetime:
        text = _str(raw)
        try:
            return parse_timestamp(text)
        except (ValueError, OverflowError):
            raise ValueProblem(
                Text("'{value}' is geen tijdstip", "'{value}' is not a timestamp").format(
                    value=text[:40]
                )
            ) from None
    if hint is date:
        text = _str(raw)
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValueProblem(
                Text(
                    "'{value}' is geen (bestaande) datum in de vorm 2026-11-27",
                    "'{value}' is not an (existing) date of the form 2026-11-27",
                ).format(value=text[:40])
            ) from None
    if hint is bool:
        if not isinstance(raw, bool | int):
            raise ValueProblem(Text("verwacht true of false", "expected true or false"))
        return bool(raw)
    if isinstance(hint, type) and issubclass(hint, Enum):
        text = _str(raw)
        try:
            return hint(text)
        except ValueError:
            raise ValueProblem(
                Text(
                    "'{value}' is geen bekende waarde; kies uit: {choices}",
                    "'{value}' is not a known value; choose from: {choices}",
                ).format(value=text[:40], choices=", ".join(str(m.value) for m in hint))
            ) from None
    if typing.get_origin(hint) is tuple:
        if not isinstance(raw, list):
            raise ValueProblem(Text("verwacht een lijst", "expected a list"))
        return tuple(_str(v) for v in raw)
    if hint is int:
        if isinstance(raw, bool) or not isinstance(raw, int):
            raise ValueProblem(Text("verwacht een geheel getal", "expected a whole number"))
        if not _INT_RANGE[0] <= raw <= _INT_RANGE[1]:
            raise ValueProblem(Text("het getal is te groot", "the number is too large"))
        return raw
    if hint is float:
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise ValueProblem(Text("verwacht een getal", "expected a number"))
        try:
            value = float(raw)
        except OverflowError:
            raise ValueProblem(Text("het getal is te groot", "the number is too large")) from None
        if not math.isfinite(value):
            raise ValueProblem(Text("het getal is niet eindig", "the number is not finite"))
        return value
    return _str(raw)


def _str(raw: Any) -> str:
    if not isinstance(raw, str):
        raise ValueProblem(Text("verwacht tekst", "expected text"))
    if len(raw) > limits.MAX_FIELD_CHARS:
        raise ValueProblem(Text("de tekst is te lang", "the text is too long"))
    # NUL and other control characters no other file format can hold (tabs and line
    # breaks stay in free text).
    return _CONTROL.sub("", raw)


def _not_json(path: Path, reason: Text) -> SourceError:
    return SourceError(
        Text(
            "Dit is geen geldig JSON-bestand: {reason_nl}.",
            "This is not a valid JSON file: {reason_en}.",
        ).format(reason_nl=reason.nl, reason_en=reason.en),
        path=str(path),
    )


def read_document(path: str | Path) -> dict[str, Any]:
    path = Path(path)
    check_size(path)
    try:
        document = json.loads(path.read_bytes().decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise _not_json(
            path, Text("de tekens zijn geen geldige UTF-8", "its text is not valid UTF-8")
        ) from None
    except json.JSONDecodeError as exc:
        raise _not_json(
            path,
            Text(
                "fout op regel {line}, kolom {column}", "error at line {line}, column {column}"
            ).format(line=exc.lineno, column=exc.colno),
        ) from None
    except RecursionError:
        raise _not_json(path, Text("het is te diep genest", "it is nested too deeply")) from None
    except ValueError:  # a number of more than 4300 digits (Python's own limit)
        raise _not_json(path, Text("een getal is te lang", "a number is too long")) from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise SourceError(
            Text(
                "Dit JSON-bestand is geen Zwermkaart-atlas.",
                "This JSON file is not a Zwermkaart atlas.",
            ),
            path=str(path),
        )
    if (
        not isinstance(document.get("format_version"), int)
        or document["format_version"] > FORMAT_VERSION
    ):
        raise SourceError(
            Text(
                "Dit JSON-bestand komt uit een nieuwere versie van Zwermkaart.",
                "This JSON file comes from a newer version of Zwermkaart.",
            ),
            path=str(path),
        )
    return document


def import_document(atlas: Atlas, document: dict[str, Any]) -> dict[str, int]:
    """Put an exported atlas into ``atlas``, which must be empty; one transaction.

    Returns:
        The number of items per section.

    Raises:
        ImportRejectedError: the atlas is not empty or an item is invalid; nothing changed.
    """
    counts = atlas.counts()
    if any(counts[t] for t in ("areas", "networks", "persons", "professionals")):
        raise ImportRejectedError(
            Text(
                "Een atlas-export (JSON) kan alleen in een lege atlas worden ingelezen. "
                "Maak eerst een nieuwe atlas.",
                "An atlas export (JSON) can only be read into an empty atlas. "
                "Create a new atlas first.",
            )
        )
    decoded: dict[str, list[Any]] = {}
    total = 0
    for section, (model, _) in SECTIONS.items():
        items = document.get(section, [])
        if not isinstance(items, list):
            raise _bad(section, 0, _NOT_LIST)
        total += len(items)
        if total > limits.MAX_ROWS * 5:
            raise _bad(section, len(items), Text("te veel items", "too many items"))
        decoded[section] = [_decode(model, item, section, i + 1) for i, item in enumerate(items)]
    decoded["areas"] = _parents_first(decoded["areas"])
    settings = document.get("settings", {})
    if not isinstance(settings, dict):
        raise _bad("settings", 0, _NOT_OBJECT)
    with atlas.transaction():
        for section, (_, repo) in SECTIONS.items():
            if repo is not None and decoded[section]:
                bulk.insert_many(atlas, getattr(atlas, repo), decoded[section])
        bulk.replace_status_history(atlas, decoded["network_statuses"])
        bulk.restore_positions(atlas, decoded["positions"])
        for key, value in settings.items():
            if isinstance(key, str) and key not in _OWN_SETTINGS:
                atlas.set_setting(key, value)
        atlas.audit("import", "atlas", f"{total} items")
    return {section: len(objs) for section, objs in decoded.items()}


def _parents_first(areas: list[Area]) -> list[Area]:
    by_id = {a.id: a for a in areas}
    done: set[str] = set()
    ordered: list[Area] = []

    def visit(area: Area, depth: int = 0) -> None:
        if area.id in done or depth > len(areas):
            return
        parent = by_id.get(area.parent_id) if area.parent_id else None
        if parent is not None:
            visit(parent, depth + 1)
        done.add(area.id)
        ordered.append(area)

    for area in areas:
        visit(area)
    return ordered
