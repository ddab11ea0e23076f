"""The few calls the task views make into ``desktop_app.analysis``, in one place.

The rules themselves (vitality, alerts, matching, obstacle figures, settings)
live in the analysis layer; this module only adapts their results to what
the views show.
"""

from __future__ import annotations

from datetime import date

from desktop_app.analysis.matching import Suggestion, suggest_professionals
from desktop_app.analysis.obstacles import overdue
from desktop_app.analysis.settings import alert_settings
from desktop_app.domain import Obstacle, SupportCase


def obstacle_limit_days(atlas) -> int:
    """Days an obstacle may stay open before it stands out (an atlas setting)."""
    return alert_settings(atlas).obstacle_open_days


def long_open_obstacle_ids(obstacles: list[Obstacle], today: date, limit: int) -> set[str]:
    """Ids of the open obstacles open longer than ``limit`` days."""
    return {late.obstacle.id for late in overdue(obstacles, today, limit)}


# -- support: suggested professionals ------------------------------------------------


def suggest_for(atlas, case: SupportCase) -> list[Suggestion]:
    """Professionals ranked for ``case`` by ``analysis.matching`` (reasons are nl/en Text)."""
    network = atlas.networks.find(case.network_id) if case.network_id else None
    return suggest_professionals(
        case, network, atlas.professionals.all(), atlas.areas.all(), atlas.support.all()
    )
