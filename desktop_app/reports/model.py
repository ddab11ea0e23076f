"""What a report says, as plain data: built from the atlas, drawn by the renderer.

No Qt here, and no words: the model holds values and enum members, the
renderer (:mod:`desktop_app.reports.html`) turns them into translated text.
So the same model is checked by the tests without a PDF, and a person's name
only reaches it when the report was asked to include names (otherwise the
builder has already put a pseudonym in its place).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop_app.domain.enums import (
    AreaLevel,
    Dimension,
    NetworkKind,
    NetworkStatus,
    ObstacleCategory,
    ObstacleStatus,
    Priority,
    Role,
    SupportNeed,
    SupportStatus,
    TieKind,
)


class ReportKind(StrEnum):
    NETWORK = "network"
    AREA = "area"
    MUNICIPALITY = "municipality"


class ReasonCode(StrEnum):
    """Why a network needs attention (the rules live in ``desktop_app.analysis``)."""

    FALLING = "falling"
    SILENT = "silent"
    LOW = "low"
    SINGLE_TREKKER = "single_trekker"
    OBSTACLE_OPEN_LONG = "obstacle_open_long"
    SUPPORT_WAITING = "support_waiting"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ReportMeta:
    kind: ReportKind
    atlas_name: str
    #: The area or network the report is about.
    subject: str
    subject_level: AreaLevel | None
    made_on: date
    is_demo: bool
    with_names: bool


# -- small rows ----------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class Reason:
    code: ReasonCode
    #: Days (silent, open too long, waiting) or points (falling); None when not applicable.
    value: float | None = None
    #: The analysis layer's own wording, used for ``OTHER`` (already in the UI language).
    text: str = ""


@dataclass(frozen=True, slots=True)
class AttentionItem:
    network_id: str
    network: str
    area: str
    score: float | None
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class ContactRow:
    #: The person's name, or their pseudonym ("Bewoner 3") when names are left out.
    label: str
    role: Role
    pseudonymous: bool
    other_networks: int = 0


@dataclass(frozen=True, slots=True)
class TieRow:
    other: str
    kind: TieKind
    strength: int
    since: date | None


@dataclass(frozen=True, slots=True)
class SignalRow:
    date: date
    dimension: Dimension
    valence: int
    note: str
    #: The share of the current score this signal carries (0..1), when known.
    weight: float | None = None


@dataclass(frozen=True, slots=True)
class ObstacleRow:
    category: ObstacleCategory
    description: str
    status: ObstacleStatus
    reported_on: date | None
    age_days: int | None
    owner: str
    networks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SupportRow:
    need: SupportNeed
    priority: Priority
    status: SupportStatus
    professional: str
    noticed_on: date | None
    finished_on: date | None
    description: str
    outcome: str


@dataclass(frozen=True, slots=True)
class NoteRow:
    date: date
    author: str
    text: str


@dataclass(frozen=True, slots=True)
class TimelinePoint:
    date: date
    score: float | None


@dataclass(frozen=True, slots=True)
class VitalityView:
    score: float | None
    #: Change in points, last period against the one before (None: not enough signals).
    trend: float | None
    silent: bool
    timeline: tuple[TimelinePoint, ...] = ()
    #: The signals that weigh most in the current score, heaviest first.
    signals: tuple[SignalRow, ...] = ()


# -- the map -------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class MapNode:
    network_id: str
    x: float
    y: float
    diameter: float
    colour: str
    ring: str | None = None
    blocked: bool = False
    label: str = ""


@dataclass(frozen=True, slots=True)
class MapEdge:
    source: int
    target: int
    width: float
    tension: bool


@dataclass(frozen=True, slots=True)
class MapData:
    nodes: tuple[MapNode, ...]
    edges: tuple[MapEdge, ...]
    #: Support statuses that occur on the map (for the legend).
    ring_statuses: tuple[SupportStatus, ...] = ()
    has_tension: bool = False
    has_blocked: bool = False


# -- area sections ---------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class KeyFigures:
    networks: int
    by_status: dict[NetworkStatus, int]
    contacts: int
    bridges: int
    ties: int
    open_obstacles: int
    open_support: int
    silent: int
    median_score: float | None


@dataclass(frozen=True, slots=True)
class VitalityDistribution:
    #: Networks per class of ``palette.VITALITY_CLASSES``, low to high.
    counts: tuple[int, ...]
    unknown: int


@dataclass(frozen=True, slots=True)
class ObstacleGroup:
    category: ObstacleCategory
    open_count: int
    oldest_days: int | None
    median_days: float | None
    items: tuple[ObstacleRow, ...] = ()


@dataclass(frozen=True, slots=True)
class ProfessionalRow:
    name: str
    organisation: str
    open_cases: int
    finished_cases: int
    obstacles_owned: int


@dataclass(frozen=True, slots=True)
class Structure:
    """What the graph of the area's networks shows (``desktop_app.analysis.findings``)."""

    #: Sizes of the clusters (groups of networks tied together), largest first.
    cluster_sizes: tuple[int, ...]
    #: The networks that link most others, strongest first (with "cut point": without
    #: it, part of the area falls loose).
    bridges: tuple[tuple[str, bool], ...]
    bridges_total: int
    #: Networks without any current tie.
    isolated: tuple[str, ...]
    isolated_total: int


@dataclass(frozen=True, slots=True)
class AreaSection:
    area_id: str
    name: str
    level: AreaLevel
    parent: str
    figures: KeyFigures
    distribution: VitalityDistribution
    kinds: dict[NetworkKind, int]
    attention: tuple[AttentionItem, ...]
    #: How many need attention in total (``attention`` may be cut short).
    attention_total: int
    obstacles: tuple[ObstacleGroup, ...]
    support: dict[SupportStatus, int]
    professionals: tuple[ProfessionalRow, ...]
    map: MapData | None = None
    #: Neighbourhoods or districts below this area, with their network counts and median score.
    children: tuple[tuple[str, int, float | None], ...] = ()
    structure: Structure | None = None


# -- the three reports -----------------------------------------------------------
@dataclass(frozen=True, slots=True)
class NetworkProfile:
    meta: ReportMeta
    network_id: str
    name: str
    kind: NetworkKind
    status: NetworkStatus
    area: str
    description: str
    themes: tuple[str, ...]
    channels: tuple[str, ...]
    size_estimate: int | None
    meeting_place: str
    founded: date | None
    contacts: tuple[ContactRow, ...]
    ties: tuple[TieRow, ...]
    vitality: VitalityView
    obstacles: tuple[ObstacleRow, ...]
    support: tuple[SupportRow, ...]
    notes: tuple[NoteRow, ...]
    reasons: tuple[Reason, ...] = ()


@dataclass(frozen=True, slots=True)
class AreaSummary:
    meta: ReportMeta
    section: AreaSection


@dataclass(frozen=True, slots=True)
class MunicipalityOverview:
    meta: ReportMeta
    section: AreaSection
    districts: tuple[AreaSection, ...] = field(default_factory=tuple)


Report = NetworkProfile | AreaSummary | MunicipalityOverview
