"""Everything the analysis needs from an atlas, read once (in a worker thread if need be).

The pure functions take these lists; :meth:`AnalysisInputs.from_atlas` is the
only place that reads them, so an overview, the alerts and the findings of one
moment all see the same data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop_app.analysis.settings import (
    AlertSettings,
    FindingsSettings,
    VitalitySettings,
    alert_settings,
    findings_settings,
    vitality_settings,
)
from desktop_app.analysis.vitality import SignalLike
from desktop_app.domain import (
    Area,
    Membership,
    Network,
    Obstacle,
    Professional,
    SupportCase,
    Tie,
)

if TYPE_CHECKING:
    from desktop_app.store import Atlas


@dataclass(frozen=True)
class AnalysisInputs:
    """A consistent read of an atlas plus its analysis settings."""

    areas: Sequence[Area] = ()
    networks: Sequence[Network] = ()
    memberships: Sequence[Membership] = ()
    ties: Sequence[Tie] = ()
    obstacles: Sequence[Obstacle] = ()
    support_cases: Sequence[SupportCase] = ()
    professionals: Sequence[Professional] = ()
    #: Per network its signals, as light ``SignalPoint``s (network, date, valence) when
    #: read from an atlas: all vitality needs. Full :class:`Signal` objects work too.
    signals_by_network: Mapping[str, Sequence[SignalLike]] = field(default_factory=dict)
    vitality: VitalitySettings = field(default_factory=VitalitySettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)
    findings: FindingsSettings = field(default_factory=FindingsSettings)

    @classmethod
    def from_atlas(cls, atlas: Atlas) -> AnalysisInputs:
        """Read everything the overview, alerts, matching and findings need, with the settings."""
        return cls(
            areas=atlas.areas.all(),
            networks=atlas.networks.all(),
            memberships=atlas.memberships.all(),
            ties=atlas.ties.all(),
            obstacles=atlas.obstacles.all(),
            support_cases=atlas.support.all(),
            professionals=atlas.professionals.all(),
            signals_by_network=atlas.signals.points_by_network(),
            vitality=vitality_settings(atlas),
            alerts=alert_settings(atlas),
            findings=findings_settings(atlas),
        )
