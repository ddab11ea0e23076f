"""Vitality: a 0-100 score derived from a network's signals, never typed in.

The formula (the user documentation is ``docs/vitality.md``; keep them in step):

* Each signal ``i`` on or before ``today`` has an age ``a_i`` in days and a
  weight ``w_i = 0.5 ** (a_i / half_life_days)``: a signal counts half as
  much as one ``half_life_days`` younger. Signals dated after ``today`` are
  ignored (they have not happened yet as of that day).
* **Score** = ``50 + 25 * sum(w_i * v_i) / sum(w_i)``: the weighted mean
  valence (-2..+2) mapped linearly onto 0..100 (-2 -> 0, 0 -> 50, +2 -> 100).
  No signals -> ``None`` (unknown), never 50. Because all weights age at the
  same rate, the score changes only when a signal arrives; the half-life
  says how strongly new signals outweigh older ones.
* **Trend** = ``25 * (mean valence of the last W days - mean valence of the W
  days before)`` in score points, with plain (unweighted) means and
  ``W = trend_window_days``; "last W days" is an age of 0..W-1 days, "the W
  days before" an age of W..2W-1. Unknown (``None``) unless both windows hold
  a signal. Category: ``falling_fast`` at or below ``-trend_falling_fast_points``,
  ``falling`` at or below ``-trend_stable_points``, ``rising`` at or above
  ``+trend_stable_points``, otherwise ``stable``.
* **Silent** when the latest signal is more than ``silence_days`` old. A
  silent network keeps its score (for the explanation and the timeline) but
  the map shows it grey: use :attr:`Vitality.map_score`.

Everything here is a pure function of signals, a :class:`VitalitySettings`
and a reference date ``today``; :func:`vitality_for_atlas` is the one helper
that reads an atlas.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from desktop_app.analysis.settings import VitalitySettings, vitality_settings
from desktop_app.domain import Signal

if TYPE_CHECKING:
    from desktop_app.store import Atlas

#: Score points per valence step: valence -2..+2 maps onto 0..100.
POINTS_PER_VALENCE = 25.0
#: The score of a valence of 0.
MIDPOINT = 50.0


class TrendCategory(StrEnum):
    RISING = "rising"
    STABLE = "stable"
    FALLING = "falling"
    FALLING_FAST = "falling_fast"


@dataclass(frozen=True, slots=True)
class Trend:
    """The last window against the one before it.

    Attributes:
        points: change in score points, ``25 * (recent_mean - previous_mean)``
            (-100..+100; negative is falling).
        category: what the UI and the alerts show.
        recent_mean / previous_mean: plain mean valence (-2..+2) per window.
        recent_count / previous_count: number of signals per window.
    """

    points: float
    category: TrendCategory
    recent_mean: float
    previous_mean: float
    recent_count: int
    previous_count: int


@dataclass(frozen=True, slots=True)
class Vitality:
    """The vitality of one network as of a reference date.

    Attributes:
        network_id: whose vitality this is.
        score: 0..100, or None when the network has no signals (unknown).
        trend: None when either trend window holds no signal.
        silent: the latest signal is more than ``silence_days`` old.
        last_signal_on: date of the latest signal counted, None when none.
        days_since_last: age of that signal in days, None when none.
        signal_count: number of signals counted (those on or before ``today``).
        weight_total: sum of the weights; 1.0 is "one signal from today".
            Small values mean the score rests on old evidence.
    """

    network_id: str
    score: float | None
    trend: Trend | None
    silent: bool
    last_signal_on: date | None
    days_since_last: int | None
    signal_count: int
    weight_total: float

    @property
    def is_unknown(self) -> bool:
        return self.score is None

    @property
    def map_score(self) -> float | None:
        """The score the map colours by: None (grey) when unknown or silent."""
        return None if self.silent else self.score

    @property
    def trend_category(self) -> TrendCategory | None:
        return None if self.trend is None else self.trend.category


@dataclass(frozen=True, slots=True)
class Contribution:
    """How much one signal weighs in a score (for "why this score?").

    ``points`` of all counted signals add up to the score:
    ``score = sum(share_i * (50 + 25 * valence_i))``.

    Attributes:
        signal: the signal itself (note, dimension, source for the UI).
        age_days: its age on the reference date.
        weight: ``0.5 ** (age_days / half_life_days)``.
        share: ``weight / sum of all weights`` (0..1).
        points: ``share * (50 + 25 * valence)``: its part of the score.
    """

    signal: Signal
    age_days: int
    weight: float
    share: float
    points: float


@dataclass(frozen=True, slots=True)
class ScorePoint:
    """The score as of one date, for the timeline chart."""

    day: date
    score: float


def signal_weight(age_days: float, half_life_days: float) -> float:
    """Weight of a signal ``age_days`` old: 1.0 today, 0.5 after one half-life."""
    return 0.5 ** (age_days / half_life_days)


def valence_to_score(mean_valence: float) -> float:
    """Map a (mean) valence -2..+2 linearly onto 0..100."""
    return MIDPOINT + POINTS_PER_VALENCE * mean_valence


def classify_trend(points: float, settings: VitalitySettings) -> TrendCategory:
    """The category of a trend of ``points`` score points."""
    if points <= -settings.trend_falling_fast_points:
        return TrendCategory.FALLING_FAST
    if points <= -settings.trend_stable_points:
        return TrendCategory.FALLING
    if points >= settings.trend_stable_points:
        return TrendCategory.RISING
    return TrendCategory.STABLE


class SignalLike(Protocol):
    """What the score needs of a signal: a :class:`Signal` or a store ``SignalPoint``."""

    @property
    def network_id(self) -> str: ...

    @property
    def date(self) -> date: ...

    @property
    def valence(self) -> int: ...


class _Weights:
    """Weight per age in days, computed once per half-life (ages repeat a lot)."""

    def __init__(self, half_life_days: float) -> None:
        self.ln_half = math.log(0.5) / float(half_life_days)
        self.table = [math.exp(age * self.ln_half) for age in range(4 * 366)]

    def __call__(self, age: int) -> float:
        table = self.table
        return table[age] if age < len(table) else math.exp(age * self.ln_half)


def compute_vitality(
    signals: Iterable[SignalLike],
    settings: VitalitySettings,
    today: date,
    *,
    network_id: str = "",
    _weights: _Weights | None = None,
) -> Vitality:
    """The vitality of one network from its signals as of ``today``.

    Args:
        signals: the network's signals (or signal points) in any order; those
            after ``today`` are ignored.
        settings: half-life, silence and trend parameters.
        today: the reference date.
        network_id: copied into the result (defaults to the signals' network).
    """
    weight_of = _weights or _Weights(settings.half_life_days)
    table, size = weight_of.table, len(weight_of.table)
    today_ord = today.toordinal()
    window = settings.trend_window_days
    total_w = 0.0
    total_wv = 0.0
    count = 0
    newest_age = -1
    recent_sum = recent_n = previous_sum = previous_n = 0
    for signal in signals:
        age = today_ord - signal.date.toordinal()
        if age < 0:
            continue
        valence = signal.valence
        weight = table[age] if age < size else weight_of(age)
        total_w += weight
        total_wv += weight * valence
        count += 1
        if newest_age < 0 or age < newest_age:
            newest_age = age
        if age < window:
            recent_sum += valence
            recent_n += 1
        elif age < 2 * window:
            previous_sum += valence
            previous_n += 1
        if not network_id:
            network_id = signal.network_id
    if count == 0:
        return Vitality(network_id, None, None, False, None, None, 0, 0.0)
    trend: Trend | None = None
    if recent_n and previous_n:
        recent_mean = recent_sum / recent_n
        previous_mean = previous_sum / previous_n
        points = POINTS_PER_VALENCE * (recent_mean - previous_mean)
        trend = Trend(
            points,
            classify_trend(points, settings),
            recent_mean,
            previous_mean,
            recent_n,
            previous_n,
        )
    return Vitality(
        network_id=network_id,
        score=valence_to_score(total_wv / total_w),
        trend=trend,
        silent=newest_age > settings.silence_days,
        last_signal_on=date.fromordinal(today_ord - newest_age),
        days_since_last=newest_age,
        signal_count=count,
        weight_total=total_w,
    )


def vitality_score(
    signals: Iterable[Signal], settings: VitalitySettings, today: date
) -> float | None:
    """Just the score (0..100) as of ``today``; None when there are no signals."""
    return compute_vitality(signals, settings, today).score


def compute_all(
    signals_by_network: Mapping[str, Sequence[SignalLike]],
    settings: VitalitySettings,
    today: date,
    network_ids: Iterable[str] | None = None,
) -> dict[str, Vitality]:
    """Vitality of many networks at once.

    Args:
        signals_by_network: each network's signals, e.g. ``atlas.signals.all_by_network()``
            or (faster to read) ``atlas.signals.points_by_network()``.
        settings: the vitality settings.
        today: the reference date.
        network_ids: the networks to report; those without signals get an unknown
            vitality. Default: the keys of ``signals_by_network``.
    """
    ids = signals_by_network.keys() if network_ids is None else network_ids
    empty: Sequence[SignalLike] = ()
    weights = _Weights(settings.half_life_days)
    return {
        nid: compute_vitality(
            signals_by_network.get(nid, empty), settings, today, network_id=nid, _weights=weights
        )
        for nid in ids
    }


def explain(
    signals: Iterable[Signal],
    settings: VitalitySettings,
    today: date,
    *,
    limit: int | None = 5,
) -> list[Contribution]:
    """The signals that weigh most in the score as of ``today``, heaviest first.

    Ties in weight (same date) are broken by the size of the valence, so the
    most telling of a day's signals comes first. ``limit=None`` returns all;
    their ``points`` then add up to the score.
    """
    today_ord = today.toordinal()
    aged = [(today_ord - s.date.toordinal(), s) for s in signals]
    aged = [(age, s) for age, s in aged if age >= 0]
    if not aged:
        return []
    weights = [signal_weight(age, settings.half_life_days) for age, _ in aged]
    total = sum(weights)
    items = [
        Contribution(s, age, w, w / total, (w / total) * valence_to_score(s.valence))
        for (age, s), w in zip(aged, weights, strict=True)
    ]
    items.sort(key=lambda c: (-c.weight, -abs(c.signal.valence), c.signal.id))
    return items if limit is None else items[:limit]


def score_series(
    signals: Iterable[SignalLike],
    settings: VitalitySettings,
    *,
    until: date | None = None,
) -> list[ScorePoint]:
    """The score as of each date on which signals were recorded, oldest first.

    Between two signal dates the score does not change (every weight ages by
    the same factor), so these points are the whole step line; ``until`` adds
    a last point with the current score at that date (the right end of the
    chart) and drops signals after it.
    """
    ordered = sorted(signals, key=lambda s: s.date)
    if until is not None:
        ordered = [s for s in ordered if s.date <= until]
    ln_half = math.log(0.5) / float(settings.half_life_days)
    points: list[ScorePoint] = []
    total_w = total_wv = 0.0
    current: date | None = None
    for signal in ordered:
        if current is not None and signal.date != current:
            points.append(ScorePoint(current, valence_to_score(total_wv / total_w)))
            decay = math.exp((signal.date - current).days * ln_half)
            total_w *= decay
            total_wv *= decay
        current = signal.date
        total_w += 1.0
        total_wv += signal.valence
    if current is not None:
        points.append(ScorePoint(current, valence_to_score(total_wv / total_w)))
        if until is not None and until > current:
            points.append(ScorePoint(until, points[-1].score))
    return points


def vitality_for_atlas(atlas: Atlas, today: date | None = None) -> dict[str, Vitality]:
    """Vitality of every network in ``atlas`` as of ``today`` (default: the real today).

    Reads the settings from the atlas; networks without signals get an unknown vitality.
    """
    today = today or date.today()
    settings = vitality_settings(atlas)
    grouped = atlas.signals.points_by_network()
    network_ids = atlas.networks.ids()
    return compute_all(grouped, settings, today, network_ids)
