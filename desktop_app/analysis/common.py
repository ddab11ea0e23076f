"""Small helpers shared by the analysis modules: dates, current rows, the area tree."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Protocol

from desktop_app.domain import Area


class Dated(Protocol):
    """A row valid from ``since`` until ``until`` (both optional): memberships, ties."""

    @property
    def since(self) -> date | None: ...

    @property
    def until(self) -> date | None: ...


def format_day(day: date) -> str:
    """A date as users read it: 27-11-2026."""
    return day.strftime("%d-%m-%Y")


def is_current(row: Dated, today: date) -> bool:
    """Whether a membership or tie holds on ``today``.

    ``until`` is the first day it no longer holds; ``since`` the first day it does.
    """
    if row.since is not None and row.since > today:
        return False
    return row.until is None or row.until > today


def created_on(created_at: datetime | None) -> date | None:
    """The calendar day of a ``created_at`` stamp (UTC), None when unknown."""
    return None if created_at is None else created_at.date()


class AreaTree:
    """Parent/child lookups over a list of areas (municipality > district > neighbourhood)."""

    def __init__(self, areas: Iterable[Area]) -> None:
        self.areas = {a.id: a for a in areas}
        self._children: dict[str, list[str]] = {}
        for area in self.areas.values():
            if area.parent_id is not None:
                self._children.setdefault(area.parent_id, []).append(area.id)

    def descendants(self, area_id: str) -> set[str]:
        """The area itself and every area below it."""
        found = {area_id}
        stack = [area_id]
        while stack:
            for child in self._children.get(stack.pop(), ()):
                if child not in found:
                    found.add(child)
                    stack.append(child)
        return found

    def ancestors(self, area_id: str) -> list[str]:
        """The areas above ``area_id``, nearest first (not the area itself)."""
        result: list[str] = []
        seen = {area_id}
        parent = self.areas[area_id].parent_id if area_id in self.areas else None
        while parent is not None and parent not in seen:
            result.append(parent)
            seen.add(parent)
            parent = self.areas[parent].parent_id if parent in self.areas else None
        return result

    def name(self, area_id: str) -> str:
        area = self.areas.get(area_id)
        return area.name if area else ""
