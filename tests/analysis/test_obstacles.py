"""Register figures: per category open and median days to removal; overdue obstacles."""

from __future__ import annotations

from datetime import timedelta

from desktop_app.analysis.obstacles import category_stats, days_open, overdue
from desktop_app.domain import Obstacle, ObstacleCategory, ObstacleStatus
from tests.analysis.helpers import TODAY

MONEY, SPACE = ObstacleCategory.MONEY, ObstacleCategory.SPACE


def ob(category, status, reported_days_ago, closed_days_ago=None) -> Obstacle:
    return Obstacle(
        category=category,
        description="x",
        status=status,
        reported_on=TODAY - timedelta(days=reported_days_ago),
        closed_on=None if closed_days_ago is None else TODAY - timedelta(days=closed_days_ago),
    )


def test_category_stats_counts_open_and_median_days_to_removal():
    obstacles = [
        ob(MONEY, ObstacleStatus.REPORTED, 10),
        ob(MONEY, ObstacleStatus.IN_PROGRESS, 200),
        ob(MONEY, ObstacleStatus.REMOVED, 100, 90),  # 10 days
        ob(MONEY, ObstacleStatus.REMOVED, 100, 70),  # 30 days
        ob(MONEY, ObstacleStatus.REMOVED, 300, 0),  # 300 days
        ob(MONEY, ObstacleStatus.CANNOT_REMOVE, 50, 5),
        ob(SPACE, ObstacleStatus.REMOVED, 40, 20),  # 20
        ob(SPACE, ObstacleStatus.REMOVED, 40, 0),  # 40
    ]
    rows = {r.category: r for r in category_stats(obstacles, TODAY, 90)}
    assert len(rows) == len(ObstacleCategory)
    money = rows[MONEY]
    assert (money.open, money.removed, money.cannot_remove, money.overdue) == (2, 3, 1, 1)
    assert money.median_days_to_removal == 30
    assert rows[SPACE].median_days_to_removal == 30  # mean of 20 and 40
    assert rows[ObstacleCategory.PERMIT].open == 0
    assert rows[ObstacleCategory.PERMIT].median_days_to_removal is None


def test_overdue_is_strictly_longer_than_the_limit_longest_first():
    a = ob(MONEY, ObstacleStatus.REPORTED, 91)
    b = ob(SPACE, ObstacleStatus.IN_PROGRESS, 300)
    on_limit = ob(MONEY, ObstacleStatus.REPORTED, 90)
    closed = ob(MONEY, ObstacleStatus.REMOVED, 400, 1)
    found = overdue([a, b, on_limit, closed], TODAY, 90)
    assert [(o.obstacle.id, o.days_open) for o in found] == [(b.id, 300), (a.id, 91)]
    assert days_open(closed, TODAY) is None
