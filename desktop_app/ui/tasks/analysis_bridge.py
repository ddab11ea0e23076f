"""The few calls the task views make into ``desktop_app.analysis``, in one place.

The rules themselves (vitality, alerts, matching, obstacle figures, settings)
live in the analysis layer; this module only adapts their results to what
the views show.
"""

from __future__ import annotations

from datetime import date

from desktop_app.analysis.obstacles import overdue
from desktop_app.analysis.settings import alert_settings
from desktop_app.domain import Obstacle


def obstacle_limit_days(atlas) -> int:
    """Days an obstacle may stay open before it stands out (an atlas setting)."""
    return alert_settings(atlas).obstacle_open_days


def long_open_obstacle_ids(obstacles: list[Obstacle], today: date, limit: int) -> set[str]:
    """Ids of the open obstacles open longer than ``limit`` days."""
    return {late.obstacle.id for late in overdue(obstacles, today, limit)}


# -- support: suggested professionals ------------------------------------------------


class Suggestion:
    """A professional suggested for a case, with the reasons in words."""

    def __init__(self, professional, score: float, reasons: list[str]) -> None:
        self.professional = professional
        self.score = score
        self.reasons = reasons


def suggest_professionals(atlas, need, network_id: str | None, today: date) -> list[Suggestion]:
    from desktop_app.domain import SupportStatus

    area_chain: list[str] = []
    if network_id:
        network = atlas.networks.find(network_id)
        area_id = network.area_id if network else None
        while area_id:
            area_chain.append(area_id)
            area = atlas.areas.find(area_id)
            area_id = area.parent_id if area else None
    load: dict[str, int] = {}
    for case in atlas.support.all():
        if case.professional_id and case.status in (
            SupportStatus.ASSIGNED,
            SupportStatus.RUNNING,
        ):
            load[case.professional_id] = load.get(case.professional_id, 0) + 1
    result = []
    for pro in atlas.professionals.all():
        reasons = []
        score = 0.0
        if need.value in {t.casefold() for t in pro.expertise}:
            score += 2
            reasons.append(f"expertise {need.value}")
        served = [a for a in area_chain if a in pro.area_ids]
        if served:
            score += 1
            reasons.append(f"serves {atlas.areas.get(served[0]).name}")
        running = load.get(pro.id, 0)
        score -= 0.5 * running
        reasons.append(f"{running} running")
        result.append(Suggestion(pro, score, reasons))
    result.sort(key=lambda s: (-s.score, s.professional.name.casefold()))
    return result
