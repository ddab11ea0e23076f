"""What the analysis layer derives (vitality, attention), in the shape the report needs.

The rules themselves live in :mod:`desktop_app.analysis`; this module only
calls them and translates their results into :mod:`desktop_app.reports.model`
values, so the builder does not depend on their exact types.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.domain import Signal
from desktop_app.reports.model import Reason, ReasonCode, SignalRow, TimelinePoint, VitalityView

HALF_LIFE_DAYS = 90.0
SILENT_AFTER_DAYS = 120
TREND_DAYS = 90


@dataclass(frozen=True, slots=True)
class Vitality:
    score: float | None
    trend: float | None
    silent: bool
    #: Days since the last signal (None: no signals).
    quiet_days: int | None = None


def _score(signals: Sequence[Signal], today: date, half_life: float) -> float | None:
    total = weight_sum = 0.0
    for s in signals:
        age = (today - s.date).days
        if age < 0:
            continue
        w = math.pow(0.5, age / half_life)
        total += w * s.valence
        weight_sum += w
    if weight_sum == 0:
        return None
    return max(0.0, min(100.0, 50.0 + 25.0 * total / weight_sum))


def vitality(signals: Sequence[Signal], today: date) -> Vitality:
    """Provisional stand-in until ``desktop_app.analysis.vitality`` lands."""
    if not signals:
        return Vitality(None, None, False)
    last = max(s.date for s in signals)
    silent = (today - last).days > SILENT_AFTER_DAYS
    now = _score(signals, today, HALF_LIFE_DAYS)
    before = _score(
        [s for s in signals if s.date <= today - timedelta(days=TREND_DAYS)],
        today - timedelta(days=TREND_DAYS),
        HALF_LIFE_DAYS,
    )
    trend = None if now is None or before is None else now - before
    return Vitality(now, trend, silent, (today - last).days)


def vitality_view(signals: Sequence[Signal], today: date, top: int = 8) -> VitalityView:
    v = vitality(signals, today)
    points: list[TimelinePoint] = []
    if signals:
        first = min(s.date for s in signals)
        day = first
        while day <= today:
            upto = [s for s in signals if s.date <= day]
            points.append(TimelinePoint(day, _score(upto, day, HALF_LIFE_DAYS)))
            day += timedelta(days=14)
        points.append(TimelinePoint(today, v.score))
    weights = [(math.pow(0.5, max((today - s.date).days, 0) / HALF_LIFE_DAYS), s) for s in signals]
    total = sum(w for w, _ in weights) or 1.0
    heaviest = sorted(weights, key=lambda ws: -ws[0])[:top]
    rows = tuple(SignalRow(s.date, s.dimension, s.valence, s.note, w / total) for w, s in heaviest)
    return VitalityView(v.score, v.trend, v.silent, tuple(points), rows)


def attention_reasons(
    v: Vitality,
    *,
    trekkers: int,
    open_obstacle_ages: Iterable[int],
    waiting_support_days: Iterable[int],
) -> tuple[Reason, ...]:
    reasons: list[Reason] = []
    if v.trend is not None and v.trend <= -15:
        reasons.append(Reason(ReasonCode.FALLING, v.trend))
    if v.silent:
        reasons.append(Reason(ReasonCode.SILENT, v.quiet_days))
    if trekkers == 1:
        reasons.append(Reason(ReasonCode.SINGLE_TREKKER))
    oldest = max(open_obstacle_ages, default=None)
    if oldest is not None and oldest > 90:
        reasons.append(Reason(ReasonCode.OBSTACLE_OPEN_LONG, oldest))
    waiting = max(waiting_support_days, default=None)
    if waiting is not None and waiting > 30:
        reasons.append(Reason(ReasonCode.SUPPORT_WAITING, waiting))
    return tuple(reasons)
