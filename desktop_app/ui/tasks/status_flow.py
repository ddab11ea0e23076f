"""Moving obstacles and support cases through their states, with the date of each step.

Pure functions (no Qt): the date of a step is filled in with ``today`` when a
case reaches it and has none yet; moving back clears the dates of the steps
it no longer has reached, so the dates always tell the path actually taken.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from desktop_app.domain import Obstacle, ObstacleStatus, SupportCase, SupportStatus

OBSTACLE_FLOW = (
    ObstacleStatus.REPORTED,
    ObstacleStatus.IN_PROGRESS,
    ObstacleStatus.REMOVED,
    ObstacleStatus.CANNOT_REMOVE,
)
SUPPORT_FLOW = tuple(SupportStatus)

_SUPPORT_DATES = {
    SupportStatus.NOTICED: "noticed_on",
    SupportStatus.ASKED: "asked_on",
    SupportStatus.ASSIGNED: "assigned_on",
    SupportStatus.RUNNING: "started_on",
    SupportStatus.FINISHED: "finished_on",
}


def move_obstacle(obstacle: Obstacle, status: ObstacleStatus, today: date) -> Obstacle:
    """The obstacle in ``status``, with reported/started/closed dates kept consistent."""
    reported = obstacle.reported_on or today
    started = obstacle.started_on
    closed = obstacle.closed_on
    if status is ObstacleStatus.REPORTED:
        started = closed = None
    elif status is ObstacleStatus.IN_PROGRESS:
        started = started or today
        closed = None
    else:
        closed = closed or today
    return dataclasses.replace(
        obstacle, status=status, reported_on=reported, started_on=started, closed_on=closed
    )


def next_obstacle_status(status: ObstacleStatus) -> ObstacleStatus | None:
    """The usual next step: reported -> in progress -> removed; closed ones have none."""
    if status is ObstacleStatus.REPORTED:
        return ObstacleStatus.IN_PROGRESS
    if status is ObstacleStatus.IN_PROGRESS:
        return ObstacleStatus.REMOVED
    return None


def move_support(case: SupportCase, status: SupportStatus, today: date) -> SupportCase:
    """The case in ``status``: dates of the steps reached filled in, later ones cleared."""
    order = list(SUPPORT_FLOW)
    reached = order.index(status)
    changes: dict[str, date | None] = {}
    for index, step in enumerate(order):
        field = _SUPPORT_DATES[step]
        current = getattr(case, field)
        if index <= reached:
            # Only the step reached now gets today; skipped steps stay empty.
            changes[field] = current or (today if index in (0, reached) else None)
        else:
            changes[field] = None
    return dataclasses.replace(case, status=status, **changes)


def assign(case: SupportCase, professional_id: str, today: date) -> SupportCase:
    """One-click assignment: the professional, status assigned, assigned today."""
    moved = move_support(case, SupportStatus.ASSIGNED, today)
    return dataclasses.replace(moved, professional_id=professional_id, assigned_on=today)


def shifted_support_status(status: SupportStatus, step: int) -> SupportStatus | None:
    """The status ``step`` columns to the right (negative: left), or None past the ends."""
    index = SUPPORT_FLOW.index(status) + step
    return SUPPORT_FLOW[index] if 0 <= index < len(SUPPORT_FLOW) else None
