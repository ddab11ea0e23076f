"""Turn domain dataclasses into rows and back, driven by their type hints."""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import UTC, date, datetime
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def format_timestamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_timestamp(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)


def _unwrap_optional(hint: Any) -> Any:
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return hint


@cache
def field_types(cls: type) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    return {f.name: _unwrap_optional(hints[f.name]) for f in dataclasses.fields(cls)}


def encode_value(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return format_timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return json.dumps(list(value), ensure_ascii=False)
    return value


def decode_value(hint: Any, raw: Any) -> Any:
    if raw is None:
        return None
    if hint is datetime:
        return parse_timestamp(raw)
    if hint is date:
        return date.fromisoformat(raw)
    if hint is bool:
        return bool(raw)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(raw)
    if typing.get_origin(hint) is tuple:
        return tuple(json.loads(raw))
    return raw


def to_row(obj: Any, columns: typing.Iterable[str]) -> dict[str, Any]:
    """The row for ``obj``, limited to the table's ``columns``."""
    return {name: encode_value(getattr(obj, name)) for name in columns}


def from_row(cls: type[T], row: typing.Mapping[str, Any], **extra: Any) -> T:
    """A ``cls`` built from a row (a mapping of column to stored value)."""
    types_ = field_types(cls)
    values = {name: decode_value(hint, row[name]) for name, hint in types_.items() if name in row}
    values.update(extra)
    return cls(**values)
