"""Figures for the obstacle register: per category open and median days to removal, overdue."""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from desktop_app.analysis.common import created_on
from desktop_app.domain import Obstacle, ObstacleCategory, ObstacleStatus


def opened_on(obstacle: Obstacle) -> date | None:
    """When an obstacle was reported (its ``reported_on``, else the day it was entered)."""
    return obstacle.reported_on or created_on(obstacle.created_at)


def days_open(obstacle: Obstacle, today: date) -> int | None:
    """Days an open obstacle has been open on ``today``; None when closed or undated."""
    start = opened_on(obstacle)
    if not obstacle.status.is_open or start is None:
        return None
    return max(0, (today - start).days)


def days_to_removal(obstacle: Obstacle) -> int | None:
    """Days from report to removal of a removed obstacle; None otherwise or when undated."""
    start = opened_on(obstacle)
    if obstacle.status is not ObstacleStatus.REMOVED or start is None or obstacle.closed_on is None:
        return None
    return max(0, (obstacle.closed_on - start).days)


@dataclass(frozen=True, slots=True)
class OverdueObstacle:
    obstacle: Obstacle
    days_open: int


def overdue(obstacles: Iterable[Obstacle], today: date, limit_days: int) -> list[OverdueObstacle]:
    """Open obstacles open for **more than** ``limit_days`` days, longest open first."""
    found = []
    for obstacle in obstacles:
        days = days_open(obstacle, today)
        if days is not None and days > limit_days:
            found.append(OverdueObstacle(obstacle, days))
    found.sort(key=lambda o: (-o.days_open, o.obstacle.id))
    return found


@dataclass(frozen=True, slots=True)
class CategoryStats:
    """One row of the register's figures.

    Attributes:
        category: the obstacle category.
        open: reported or in progress.
        removed / cannot_remove: closed either way.
        median_days_to_removal: median over removed obstacles with both dates; None if none.
        overdue: open longer than the limit.
    """

    category: ObstacleCategory
    open: int
    removed: int
    cannot_remove: int
    median_days_to_removal: float | None
    overdue: int


def category_stats(
    obstacles: Iterable[Obstacle], today: date, limit_days: int
) -> list[CategoryStats]:
    """Figures per category, every category listed (in enum order), zero rows included."""
    buckets: dict[ObstacleCategory, list[Obstacle]] = {c: [] for c in ObstacleCategory}
    for obstacle in obstacles:
        buckets[obstacle.category].append(obstacle)
    rows = []
    for category, items in buckets.items():
        durations = [d for d in map(days_to_removal, items) if d is not None]
        rows.append(
            CategoryStats(
                category=category,
                open=sum(o.status.is_open for o in items),
                removed=sum(o.status is ObstacleStatus.REMOVED for o in items),
                cannot_remove=sum(o.status is ObstacleStatus.CANNOT_REMOVE for o in items),
                median_days_to_removal=float(statistics.median(durations)) if durations else None,
                overdue=len(overdue(items, today, limit_days)),
            )
        )
    return rows
