"""The few calls the task views make into ``desktop_app.analysis``, in one place.

The rules themselves (vitality, alerts, matching, obstacle figures, settings)
live in the analysis layer; this module only adapts their results to what
the views show.
"""

from __future__ import annotations

import statistics
from datetime import date

from desktop_app.domain import Obstacle, ObstacleCategory, ObstacleStatus

OBSTACLE_LIMIT_KEY = "alerts.obstacle_open_days"
OBSTACLE_LIMIT_DEFAULT = 90


def obstacle_limit_days(atlas) -> int:
    return int(atlas.setting(OBSTACLE_LIMIT_KEY, OBSTACLE_LIMIT_DEFAULT))


def long_open_obstacle_ids(obstacles: list[Obstacle], today: date, limit: int) -> set[str]:
    return {
        o.id
        for o in obstacles
        if o.status.is_open and o.reported_on and (today - o.reported_on).days > limit
    }


def obstacle_category_stats(
    obstacles: list[Obstacle], today: date
) -> list[tuple[ObstacleCategory, int, float | None]]:
    rows = []
    for category in ObstacleCategory:
        mine = [o for o in obstacles if o.category is category]
        removed = [
            (o.closed_on - o.reported_on).days
            for o in mine
            if o.status is ObstacleStatus.REMOVED and o.closed_on and o.reported_on
        ]
        rows.append(
            (
                category,
                sum(1 for o in mine if o.status.is_open),
                statistics.median(removed) if removed else None,
            )
        )
    return rows
