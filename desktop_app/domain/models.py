"""Plain dataclasses for everything an atlas holds. No Qt, no SQL.

Every entity has a text UUID ``id`` (so atlases can be merged between
laptops later) and ``created_at``/``updated_at`` in UTC, filled in by the
store. Dates are :class:`datetime.date`; open-ended intervals have
``until=None``.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from desktop_app.domain.enums import (
    AreaLevel,
    Dimension,
    LegalBasis,
    NetworkKind,
    NetworkStatus,
    ObstacleCategory,
    ObstacleStatus,
    Priority,
    Role,
    SubjectType,
    SupportNeed,
    SupportStatus,
    TieKind,
)


def new_id() -> str:
    """A fresh, globally unique id for a new row."""
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True, kw_only=True)
class Area:
    name: str
    level: AreaLevel
    parent_id: str | None = None
    cbs_code: str | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Network:
    name: str
    kind: NetworkKind = NetworkKind.OTHER
    area_id: str | None = None
    description: str = ""
    themes: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    size_estimate: int | None = None
    meeting_place: str = ""
    founded: date | None = None
    status: NetworkStatus = NetworkStatus.ACTIVE
    status_since: date | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StatusPeriod:
    """One period of a network's status history (``until=None``: current)."""

    network_id: str
    status: NetworkStatus
    since: date
    until: date | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Person:
    """A resident who is a contact of one or more networks.

    Only what a coordinator needs: a display name, one contact line, and the
    AVG bookkeeping (legal basis, where the data came from, when the person
    was informed, until when it may be kept).
    """

    display_name: str
    contact: str = ""
    legal_basis: LegalBasis = LegalBasis.CONSENT
    source: str = ""
    informed_on: date | None = None
    retention_until: date | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Membership:
    person_id: str
    network_id: str
    role: Role = Role.MEMBER
    since: date | None = None
    until: date | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Professional:
    name: str
    organisation: str = ""
    contact: str = ""
    expertise: tuple[str, ...] = ()
    area_ids: tuple[str, ...] = ()
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Tie:
    source_id: str
    target_id: str
    kind: TieKind = TieKind.COOPERATION
    strength: int = 2
    since: date | None = None
    until: date | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Signal:
    network_id: str
    date: date
    dimension: Dimension
    valence: int
    source: str = ""
    note: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Obstacle:
    category: ObstacleCategory
    description: str
    network_ids: tuple[str, ...] = ()
    owner_professional_id: str | None = None
    owner_department: str = ""
    status: ObstacleStatus = ObstacleStatus.REPORTED
    reported_on: date | None = None
    started_on: date | None = None
    closed_on: date | None = None
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SupportCase:
    network_id: str
    need: SupportNeed
    priority: Priority = Priority.NORMAL
    status: SupportStatus = SupportStatus.NOTICED
    professional_id: str | None = None
    description: str = ""
    noticed_on: date | None = None
    asked_on: date | None = None
    assigned_on: date | None = None
    started_on: date | None = None
    finished_on: date | None = None
    outcome: str = ""
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Note:
    subject_type: SubjectType
    subject_id: str
    text: str
    date: date
    author: str = ""
    needs_review: bool = False
    id: str = field(default_factory=new_id)
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Position:
    """Where a network sits on the map; pinned ones are left alone by layout."""

    network_id: str
    x: float
    y: float
    pinned: bool = False
    updated_at: datetime | None = None

    @property
    def usable(self) -> bool:
        """False for a coordinate no map can show (NaN, infinite, beyond :data:`POSITION_LIMIT`)."""
        return usable_coordinates(self.x, self.y)


#: The largest map coordinate a position may have (map units, about one to a few
#: between neighbours: 50,000 networks fit within a few thousand).
POSITION_LIMIT = 1e6


def usable_coordinates(x: float, y: float) -> bool:
    """Both finite and within :data:`POSITION_LIMIT` of the origin."""
    return (
        math.isfinite(x)
        and math.isfinite(y)
        and abs(x) <= POSITION_LIMIT
        and abs(y) <= POSITION_LIMIT
    )


@dataclass(frozen=True, slots=True)
class AtlasInfo:
    """What ``zwermkaart info`` and the window title show about an atlas."""

    path: str
    name: str
    schema_version: int
    is_demo: bool
    counts: dict[str, int]
    encrypted: bool = False
