"""Vitality: known signal sets give known scores, trends and silence (docs/vitality.md)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest

from desktop_app.analysis import settings as S
from desktop_app.analysis.vitality import (
    TrendCategory,
    compute_all,
    compute_vitality,
    explain,
    score_series,
    vitality_for_atlas,
)
from desktop_app.domain import Network
from tests.analysis.helpers import TODAY, sig

DEFAULT = S.VitalitySettings()


def test_single_plus_two_today_is_100():
    v = compute_vitality([sig(0, 2)], DEFAULT, TODAY)
    assert v.score == 100
    assert v.days_since_last == 0 and not v.silent


@pytest.mark.parametrize(("valence", "expected"), [(-2, 0), (-1, 25), (0, 50), (1, 75)])
def test_single_signal_maps_valence_linearly(valence, expected):
    assert compute_vitality([sig(10, valence)], DEFAULT, TODAY).score == pytest.approx(expected)


def test_two_signals_are_weighted_by_half_life():
    # +2 today (weight 1) and -2 ninety days ago (weight 0.5, one half-life):
    # mean = (2*1 - 2*0.5) / 1.5 = 2/3  ->  50 + 25 * 2/3 = 66.67
    v = compute_vitality([sig(0, 2), sig(90, -2)], DEFAULT, TODAY)
    assert v.score == pytest.approx(50 + 25 * (2 / 3))
    assert v.weight_total == pytest.approx(1.5)


def test_half_life_setting_changes_the_score_as_documented():
    # Half-life 30 days: the 90-day-old signal weighs 0.5**3 = 0.125.
    short = dataclasses.replace(DEFAULT, half_life_days=30)
    v = compute_vitality([sig(0, 2), sig(90, -2)], short, TODAY)
    expected = 50 + 25 * (2 - 2 * 0.125) / 1.125
    assert v.score == pytest.approx(expected)
    assert v.score > compute_vitality([sig(0, 2), sig(90, -2)], DEFAULT, TODAY).score


def test_no_signals_is_unknown_not_fifty():
    v = compute_vitality([], DEFAULT, TODAY, network_id="n1")
    assert v.score is None and v.is_unknown and v.map_score is None
    assert v.trend is None and not v.silent and v.signal_count == 0


def test_future_signals_are_ignored():
    v = compute_vitality([sig(-5, -2), sig(3, 1)], DEFAULT, TODAY)
    assert v.score == 75 and v.signal_count == 1


def test_silent_after_silence_days_not_on_the_day():
    assert not compute_vitality([sig(120, 1)], DEFAULT, TODAY).silent
    v = compute_vitality([sig(121, 1)], DEFAULT, TODAY)
    assert v.silent and v.map_score is None and v.score == 75
    assert v.last_signal_on == TODAY - timedelta(days=121)


def test_trend_compares_plain_means_of_two_windows():
    # Last 90 days: +2, 0 (mean 1); the 90 before: -1 (mean -1) -> +50 points.
    v = compute_vitality([sig(0, 2), sig(89, 0), sig(90, -1), sig(179, -1)], DEFAULT, TODAY)
    assert v.trend is not None
    assert v.trend.points == pytest.approx(50)
    assert v.trend.category is TrendCategory.RISING
    assert (v.trend.recent_count, v.trend.previous_count) == (2, 2)


def test_signals_older_than_two_windows_do_not_count_in_trend():
    v = compute_vitality([sig(0, 1), sig(100, 1), sig(180, -2)], DEFAULT, TODAY)
    assert v.trend is not None and v.trend.points == 0
    assert v.trend.category is TrendCategory.STABLE


@pytest.mark.parametrize(
    ("recent", "previous", "category"),
    [
        ([0], [1], TrendCategory.FALLING_FAST),  # -25 points
        ([1, 0, 0, 0], [1], TrendCategory.FALLING),  # -18.75
        ([1, 1, 1, 1, 1, 1, 1, 1, 1, 0], [1, 1], TrendCategory.STABLE),  # -2.5
        ([2], [1], TrendCategory.RISING),  # +25
    ],
)
def test_trend_categories(recent, previous, category):
    signals = [sig(1, v) for v in recent] + [sig(100, v) for v in previous]
    assert compute_vitality(signals, DEFAULT, TODAY).trend_category is category


def test_trend_unknown_without_both_windows():
    assert compute_vitality([sig(1, 2), sig(2, -2)], DEFAULT, TODAY).trend is None


def test_explain_shows_heaviest_first_and_points_add_up():
    signals = [sig(200, -2), sig(0, 2, note="nieuwe trekker"), sig(90, 1)]
    parts = explain(signals, DEFAULT, TODAY, limit=None)
    assert [p.age_days for p in parts] == [0, 90, 200]
    assert parts[0].weight == 1 and parts[1].weight == pytest.approx(0.5)
    score = compute_vitality(signals, DEFAULT, TODAY).score
    assert sum(p.points for p in parts) == pytest.approx(score)
    assert explain(signals, DEFAULT, TODAY, limit=1)[0].signal.note == "nieuwe trekker"


def test_score_series_matches_score_at_each_date():
    signals = [sig(300, 2), sig(200, -1), sig(200, 0), sig(10, 1)]
    series = score_series(signals, DEFAULT, until=TODAY)
    assert [p.day for p in series] == [
        TODAY - timedelta(days=300),
        TODAY - timedelta(days=200),
        TODAY - timedelta(days=10),
        TODAY,
    ]
    for point in series:
        expected = compute_vitality(signals, DEFAULT, point.day).score
        assert point.score == pytest.approx(expected)
    assert score_series([], DEFAULT) == []


def test_compute_all_reports_networks_without_signals_as_unknown():
    result = compute_all({"a": [sig(0, 2, "a")]}, DEFAULT, TODAY, ["a", "b"])
    assert result["a"].score == 100 and result["b"].score is None
    assert result["b"].network_id == "b"


def test_settings_read_from_atlas_with_fallback(atlas):
    assert S.vitality_settings(atlas) == DEFAULT
    atlas.set_setting(S.HALF_LIFE_DAYS.key, 30)
    atlas.set_setting(S.SILENCE_DAYS.key, "veel")  # unusable: default
    read = S.vitality_settings(atlas)
    assert read.half_life_days == 30 and read.silence_days == 120


def test_vitality_for_atlas_uses_its_half_life(atlas):
    n = atlas.networks.add(Network(name="Buurttuin"))
    atlas.signals.add(sig(0, 2, n.id))
    atlas.signals.add(sig(90, -2, n.id))
    empty = atlas.networks.add(Network(name="Nieuw"))
    before = vitality_for_atlas(atlas, TODAY)
    assert before[n.id].score == pytest.approx(50 + 25 * (2 / 3))
    assert before[empty.id].score is None
    atlas.set_setting(S.HALF_LIFE_DAYS.key, 30)
    after = vitality_for_atlas(atlas, TODAY)
    assert after[n.id].score == pytest.approx(50 + 25 * (2 - 0.25) / 1.125)


def test_signal_points_score_like_signals(atlas):
    n = atlas.networks.add(Network(name="Buurttuin"))
    for days, valence in [(3, 1), (40, -2), (200, 2)]:
        atlas.signals.add(sig(days, valence, n.id))
    points = atlas.signals.points_by_network()
    full = atlas.signals.all_by_network()
    assert [(p.date, p.valence) for p in points[n.id]] == [(s.date, s.valence) for s in full[n.id]]
    assert compute_all(points, DEFAULT, TODAY) == compute_all(full, DEFAULT, TODAY)
