"""What the analysis layer derives (vitality, attention), in the shape the report needs.

The rules live in :mod:`desktop_app.analysis` (vitality, alerts, roles,
obstacles) with the thresholds stored in the atlas; this module only calls
them and turns their results into :mod:`desktop_app.reports.model` values,
so the report says exactly what the overview on the screen says.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from desktop_app.analysis import alerts
from desktop_app.analysis.settings import (
    AlertSettings,
    VitalitySettings,
    alert_settings,
    vitality_settings,
)
from desktop_app.analysis.vitality import Vitality, compute_all, explain, score_series
from desktop_app.domain import Membership, Network, Obstacle, Signal, SupportCase
from desktop_app.reports.model import Reason, ReasonCode, SignalRow, TimelinePoint, VitalityView
from desktop_app.store import Atlas

#: How many of the heaviest signals a network profile lists.
TOP_SIGNALS = 8

_CODES = {
    alerts.AlertRule.FALLING_FAST: ReasonCode.FALLING,
    alerts.AlertRule.SILENT: ReasonCode.SILENT,
    alerts.AlertRule.SINGLE_TREKKER: ReasonCode.SINGLE_TREKKER,
    alerts.AlertRule.OBSTACLE_OPEN: ReasonCode.OBSTACLE_OPEN_LONG,
    alerts.AlertRule.SUPPORT_UNASSIGNED: ReasonCode.SUPPORT_WAITING,
}


@dataclass(frozen=True, slots=True)
class Rules:
    """The atlas's analysis settings, read once per report."""

    vitality: VitalitySettings
    alerts: AlertSettings

    @classmethod
    def of(cls, atlas: Atlas) -> Rules:
        return cls(vitality_settings(atlas), alert_settings(atlas))


def vitalities(
    signals_by_network: Mapping[str, Sequence[Signal]],
    network_ids: Iterable[str],
    rules: Rules,
    today: date,
) -> dict[str, Vitality]:
    return compute_all(signals_by_network, rules.vitality, today, network_ids)


def vitality_view(
    signals: Sequence[Signal], v: Vitality, rules: Rules, today: date
) -> VitalityView:
    """Score, trend, the timeline and the heaviest signals of one network."""
    points = tuple(
        TimelinePoint(p.day, p.score) for p in score_series(signals, rules.vitality, until=today)
    )
    heaviest = tuple(
        SignalRow(c.signal.date, c.signal.dimension, c.signal.valence, c.signal.note, c.share)
        for c in explain(signals, rules.vitality, today, limit=TOP_SIGNALS)
    )
    return VitalityView(
        v.score,
        None if v.trend is None else v.trend.points,
        v.silent,
        points,
        heaviest,
    )


def attention(
    networks: Iterable[Network],
    vitality: Mapping[str, Vitality],
    memberships: Iterable[Membership],
    obstacles: Iterable[Obstacle],
    support: Iterable[SupportCase],
    rules: Rules,
    today: date,
) -> dict[str, tuple[Reason, ...]]:
    """Per network id, why it needs attention (most severe first); absent: no reason."""
    items = alerts.attention_list(
        networks,
        vitality,
        memberships,
        obstacles,
        support,
        vitality_settings=rules.vitality,
        alert_settings=rules.alerts,
        today=today,
    )
    grouped: dict[str, list[Reason]] = defaultdict(list)
    for item in items:
        code = _CODES.get(item.rule, ReasonCode.OTHER)
        value: float | None = item.days
        if code is ReasonCode.FALLING:
            v = vitality.get(item.network_id)
            value = None if v is None or v.trend is None else v.trend.points
        grouped[item.network_id].append(Reason(code, value, str(item.reason)))
    return {nid: tuple(reasons) for nid, reasons in grouped.items()}
