"""'Where to look today': the attention rules as pure functions.

Each rule takes domain objects, a reference date and thresholds (from
:mod:`desktop_app.analysis.settings`) and returns :class:`Attention` items
with the reason in Dutch and English, the numbers filled in. The rules:

* ``falling_fast``: vitality trend ``falling_fast`` (network not ended).
* ``silent``: an **active** network whose latest signal is more than
  ``silence_days`` old, or that has no signal at all and was entered more
  than ``silence_days`` ago (or on an unknown day).
* ``single_trekker``: an **active** network with exactly one current trekker
  and no current core members (:func:`~desktop_app.analysis.roles.rests_on_single_trekker`).
* ``obstacle_open``: an open obstacle (reported / in progress) reported more
  than ``obstacle_open_days`` ago; one item per affected network.
* ``support_unassigned``: a support case with status *asked* for more than
  ``support_unassigned_days`` days (since ``asked_on``, else ``noticed_on``,
  else the day it was entered).

"More than N days" is strict everywhere: exactly N days does not fire.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import IntEnum, StrEnum

from desktop_app.analysis import labels
from desktop_app.analysis.common import created_on, format_day
from desktop_app.analysis.obstacles import overdue
from desktop_app.analysis.roles import carriers, rests_on_single_trekker
from desktop_app.analysis.settings import AlertSettings, VitalitySettings
from desktop_app.analysis.vitality import TrendCategory, Vitality
from desktop_app.domain import (
    Membership,
    Network,
    NetworkStatus,
    Obstacle,
    Priority,
    SupportCase,
    SupportStatus,
)
from desktop_app.i18n import Text


class AlertRule(StrEnum):
    FALLING_FAST = "falling_fast"
    SILENT = "silent"
    SINGLE_TREKKER = "single_trekker"
    OBSTACLE_OPEN = "obstacle_open"
    SUPPORT_UNASSIGNED = "support_unassigned"


class Severity(IntEnum):
    """How urgent an item is; higher sorts first."""

    LOW = 1
    MEDIUM = 2
    HIGH = 3


#: Short name of each rule, for filters and headings.
RULE_TITLE: dict[AlertRule, Text] = {
    AlertRule.FALLING_FAST: Text("Vitaliteit daalt snel", "Vitality falling fast"),
    AlertRule.SILENT: Text("Stil", "Silent"),
    AlertRule.SINGLE_TREKKER: Text("Rust op één trekker", "Rests on a single trekker"),
    AlertRule.OBSTACLE_OPEN: Text("Obstakel staat lang open", "Obstacle open too long"),
    AlertRule.SUPPORT_UNASSIGNED: Text(
        "Ondersteuning gevraagd, niet toegewezen", "Support asked, not assigned"
    ),
}


@dataclass(frozen=True, slots=True)
class Attention:
    """One reason to look at a network today.

    Attributes:
        network_id: the network to open.
        rule: which rule fired.
        reason: plain-language explanation with the numbers, in nl and en.
        severity: for sorting and an icon.
        subject_id: the obstacle or support case concerned, when the rule is about one.
        days: the number of days behind the reason (silence, open, waiting), if any.
        points: for ``falling_fast``, the trend in score points (negative).
    """

    network_id: str
    rule: AlertRule
    reason: Text
    severity: Severity
    subject_id: str | None = None
    days: int | None = None
    points: float | None = None


def falling_fast(
    networks: Iterable[Network],
    vitalities: Mapping[str, Vitality],
    settings: VitalitySettings,
) -> list[Attention]:
    """Networks (not ended) whose vitality trend is ``falling_fast``."""
    items = []
    template = Text(
        "Vitaliteit daalt snel: {points} punten in de laatste {window} dagen "
        "ten opzichte van de {window} dagen daarvoor.",
        "Vitality falling fast: {points} points in the last {window} days "
        "against the {window} days before.",
    )
    for network in networks:
        v = vitalities.get(network.id)
        if network.status is NetworkStatus.ENDED or v is None or v.trend is None:
            continue
        if v.trend.category is TrendCategory.FALLING_FAST:
            reason = template.format(
                points=round(v.trend.points), window=settings.trend_window_days
            )
            items.append(
                Attention(
                    network.id,
                    AlertRule.FALLING_FAST,
                    reason,
                    Severity.HIGH,
                    points=v.trend.points,
                )
            )
    return items


def silent(
    networks: Iterable[Network],
    vitalities: Mapping[str, Vitality],
    settings: VitalitySettings,
    today: date,
) -> list[Attention]:
    """Active networks without a signal for more than ``silence_days`` days."""
    items = []
    for network in networks:
        if network.status is not NetworkStatus.ACTIVE:
            continue
        v = vitalities.get(network.id)
        if v is not None and v.last_signal_on is not None:
            if v.days_since_last is not None and v.days_since_last > settings.silence_days:
                reason = Text(
                    "Stil: geen signaal sinds {day} ({days} dagen).",
                    "Silent: no signal since {day} ({days} days).",
                ).format(day=format_day(v.last_signal_on), days=v.days_since_last)
                items.append(
                    Attention(
                        network.id,
                        AlertRule.SILENT,
                        reason,
                        Severity.MEDIUM,
                        days=v.days_since_last,
                    )
                )
            continue
        entered = created_on(network.created_at)
        if entered is None or (today - entered).days > settings.silence_days:
            reason = Text(
                "Stil: er is nog nooit een signaal vastgelegd.",
                "Silent: no signal has ever been recorded.",
            )
            items.append(Attention(network.id, AlertRule.SILENT, reason, Severity.MEDIUM))
    return items


def single_trekker(
    networks: Iterable[Network], memberships: Iterable[Membership], today: date
) -> list[Attention]:
    """Active networks resting on a single trekker without core members."""
    carried = carriers(memberships, today)
    reason = Text(
        "Rust op één trekker: er zijn geen kernleden die het kunnen overnemen.",
        "Rests on a single trekker: there are no core members who could take over.",
    )
    return [
        Attention(n.id, AlertRule.SINGLE_TREKKER, reason, Severity.MEDIUM)
        for n in networks
        if rests_on_single_trekker(n, carried.get(n.id))
    ]


def obstacle_open_too_long(
    obstacles: Iterable[Obstacle],
    settings: AlertSettings,
    today: date,
    network_ids: Iterable[str] | None = None,
) -> list[Attention]:
    """One item per (network, obstacle) open longer than ``obstacle_open_days``.

    ``network_ids`` limits the items to those networks (e.g. one area's).
    """
    wanted = None if network_ids is None else set(network_ids)
    template = Text(
        "Obstakel ({category}) staat al {days} dagen open (grens {limit}).",
        "Obstacle ({category}) open for {days} days (limit {limit}).",
    )
    items = []
    for late in overdue(obstacles, today, settings.obstacle_open_days):
        reason = labels.fill(
            template,
            category=labels.CATEGORY[late.obstacle.category],
            days=late.days_open,
            limit=settings.obstacle_open_days,
        )
        for nid in late.obstacle.network_ids:
            if wanted is None or nid in wanted:
                items.append(
                    Attention(
                        nid,
                        AlertRule.OBSTACLE_OPEN,
                        reason,
                        Severity.MEDIUM,
                        subject_id=late.obstacle.id,
                        days=late.days_open,
                    )
                )
    return items


def asked_on(case: SupportCase) -> date | None:
    """When support was asked (``asked_on``, else ``noticed_on``, else the day it was entered)."""
    return case.asked_on or case.noticed_on or created_on(case.created_at)


def support_unassigned_too_long(
    cases: Iterable[SupportCase], settings: AlertSettings, today: date
) -> list[Attention]:
    """Cases still *asked* (no professional assigned) for more than ``support_unassigned_days``."""
    template = Text(
        "Ondersteuning ({need}) gevraagd op {day}: al {days} dagen zonder professional.",
        "Support ({need}) asked on {day}: {days} days without a professional.",
    )
    items = []
    for case in cases:
        start = asked_on(case)
        if case.status is not SupportStatus.ASKED or start is None:
            continue
        days = (today - start).days
        if days > settings.support_unassigned_days:
            reason = labels.fill(
                template, need=labels.NEED[case.need], day=format_day(start), days=days
            )
            severity = Severity.HIGH if case.priority is Priority.HIGH else Severity.MEDIUM
            items.append(
                Attention(
                    case.network_id,
                    AlertRule.SUPPORT_UNASSIGNED,
                    reason,
                    severity,
                    subject_id=case.id,
                    days=days,
                )
            )
    return items


def attention_list(
    networks: Iterable[Network],
    vitalities: Mapping[str, Vitality],
    memberships: Iterable[Membership],
    obstacles: Iterable[Obstacle],
    support_cases: Iterable[SupportCase],
    *,
    vitality_settings: VitalitySettings,
    alert_settings: AlertSettings,
    today: date,
) -> list[Attention]:
    """All rules over the given networks, most severe first.

    Within a severity: by rule (in :class:`AlertRule` order), then the
    steepest fall or the longest wait first.

    Obstacles and cases of networks outside ``networks`` are left out, so
    passing one area's networks gives that area's list.
    """
    networks = list(networks)
    ids = {n.id for n in networks}
    items = (
        falling_fast(networks, vitalities, vitality_settings)
        + silent(networks, vitalities, vitality_settings, today)
        + single_trekker(networks, memberships, today)
        + obstacle_open_too_long(obstacles, alert_settings, today, ids)
        + support_unassigned_too_long(
            (c for c in support_cases if c.network_id in ids), alert_settings, today
        )
    )
    order = {rule: i for i, rule in enumerate(AlertRule)}
    items.sort(
        key=lambda a: (
            -a.severity,
            order[a.rule],
            -(a.days or abs(a.points or 0)),
            a.network_id,
        )
    )
    return items
