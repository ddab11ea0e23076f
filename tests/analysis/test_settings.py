"""Analysis settings: one place for keys and defaults; bad stored values fall back."""

from __future__ import annotations

from desktop_app.analysis import settings as S


class FakeAtlas:
    def __init__(self, **values):
        self.values = values

    def setting(self, key, default=None):
        return self.values.get(key, default)


def test_keys_are_unique_and_defaults_acceptable():
    keys = [s.key for s in S.ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    for setting in S.ALL_SETTINGS:
        assert setting.accepts(setting.default), setting.key
        assert setting.description.nl and setting.description.en


def test_out_of_range_or_wrong_type_falls_back_to_default():
    fake = FakeAtlas(
        **{
            S.HALF_LIFE_DAYS.key: 0,
            S.SILENCE_DAYS.key: True,
            S.TREND_WINDOW_DAYS.key: 30.5,
            S.OBSTACLE_OPEN_DAYS.key: 45,
            S.BRIDGE_TOP_SHARE.key: 0.1,
        }
    )
    v = S.vitality_settings(fake)
    assert (v.half_life_days, v.silence_days, v.trend_window_days) == (90, 120, 90)
    assert S.alert_settings(fake).obstacle_open_days == 45
    assert S.findings_settings(fake).bridge_top_share == 0.1
    assert S.vitality_settings(None) == S.VitalitySettings()
