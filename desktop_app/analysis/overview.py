"""The overview per area: counts, vitality distribution, and where to look today.

An area means the area and everything below it (a district includes its
neighbourhoods); ``area_id=None`` means the whole atlas, networks without an
area included.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from desktop_app.analysis.alerts import Attention, attention_list
from desktop_app.analysis.common import AreaTree
from desktop_app.analysis.inputs import AnalysisInputs
from desktop_app.analysis.roles import persons_in
from desktop_app.analysis.vitality import Vitality, compute_all
from desktop_app.domain import Network, NetworkStatus, palette

if TYPE_CHECKING:
    from desktop_app.store import Atlas


@dataclass(frozen=True, slots=True)
class AreaCounts:
    """How much there is in an area.

    Attributes:
        networks: all networks (any status).
        active: networks with status active.
        persons: distinct persons with a current membership in those networks.
        open_obstacles: distinct open obstacles affecting at least one of them.
        open_support: support cases not finished.
    """

    networks: int
    active: int
    persons: int
    open_obstacles: int
    open_support: int


@dataclass(frozen=True, slots=True)
class VitalityDistribution:
    """Networks per colour of the map's vitality scale.

    Attributes:
        classes: count per :data:`desktop_app.domain.palette.VITALITY_CLASSES` entry, low to high.
        silent: networks with a score but silent (grey on the map).
        unknown: networks without any signal (grey on the map).
    """

    classes: tuple[int, ...]
    silent: int
    unknown: int

    @property
    def grey(self) -> int:
        return self.silent + self.unknown

    @property
    def total(self) -> int:
        return sum(self.classes) + self.grey


@dataclass(frozen=True, slots=True)
class AreaOverview:
    """What the overview shows for one area (or the whole atlas when ``area_id`` is None)."""

    area_id: str | None
    network_ids: frozenset[str]
    counts: AreaCounts
    distribution: VitalityDistribution
    attention: tuple[Attention, ...]


def vitality_distribution(vitalities: Iterable[Vitality]) -> VitalityDistribution:
    """Count vitalities per palette class, silent and unknown apart."""
    classes = [0] * len(palette.VITALITY_CLASSES)
    silent = unknown = 0
    for v in vitalities:
        if v.score is None:
            unknown += 1
        elif v.silent:
            silent += 1
        else:
            index = palette.vitality_class(v.score)
            assert index is not None
            classes[index] += 1
    return VitalityDistribution(tuple(classes), silent, unknown)


def networks_in_area(
    networks: Iterable[Network], tree: AreaTree, area_id: str | None
) -> list[Network]:
    """The networks of an area and its descendants (all networks for ``None``)."""
    if area_id is None:
        return list(networks)
    inside = tree.descendants(area_id)
    return [n for n in networks if n.area_id in inside]


def area_overview(
    inputs: AnalysisInputs,
    area_id: str | None,
    today: date,
    vitalities: Mapping[str, Vitality] | None = None,
) -> AreaOverview:
    """Counts, vitality distribution and attention list of one area.

    Args:
        inputs: a read of the atlas (:meth:`AnalysisInputs.from_atlas`).
        area_id: the area (with its descendants), or None for the whole atlas.
        today: the reference date.
        vitalities: already computed vitality per network id (computed when omitted).

    The distribution counts the networks that have not ended; the attention
    list follows the rules in :mod:`desktop_app.analysis.alerts`.
    """
    tree = AreaTree(inputs.areas)
    networks = networks_in_area(inputs.networks, tree, area_id)
    ids = frozenset(n.id for n in networks)
    if vitalities is None:
        vitalities = compute_all(inputs.signals_by_network, inputs.vitality, today, ids)
    counts = AreaCounts(
        networks=len(networks),
        active=sum(n.status is NetworkStatus.ACTIVE for n in networks),
        persons=len(persons_in(inputs.memberships, ids, today)),
        open_obstacles=sum(
            1 for o in inputs.obstacles if o.status.is_open and not ids.isdisjoint(o.network_ids)
        ),
        open_support=sum(
            1 for c in inputs.support_cases if c.status.is_open and c.network_id in ids
        ),
    )
    living = [n.id for n in networks if n.status is not NetworkStatus.ENDED]
    empty = Vitality("", None, None, False, None, None, 0, 0.0)
    distribution = vitality_distribution(vitalities.get(nid, empty) for nid in living)
    attention = attention_list(
        networks,
        vitalities,
        inputs.memberships,
        inputs.obstacles,
        inputs.support_cases,
        vitality_settings=inputs.vitality,
        alert_settings=inputs.alerts,
        today=today,
    )
    return AreaOverview(area_id, ids, counts, distribution, tuple(attention))


def overview_for_atlas(
    atlas: Atlas, area_id: str | None = None, today: date | None = None
) -> AreaOverview:
    """Read ``atlas`` and give the overview of ``area_id`` as of ``today`` (default: today)."""
    return area_overview(AnalysisInputs.from_atlas(atlas), area_id, today or date.today())
