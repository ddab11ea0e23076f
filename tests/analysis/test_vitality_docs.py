"""docs/vitality.md and the code say the same thing (keys, defaults, worked example)."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from desktop_app.analysis import settings as S
from desktop_app.analysis.vitality import compute_vitality
from tests.analysis.helpers import TODAY, sig

DOC = (Path(__file__).resolve().parents[2] / "docs" / "vitality.md").read_text(encoding="utf-8")


def test_every_vitality_and_alert_setting_is_documented_with_its_default_twice():
    rows = re.findall(r"^\| `([a-z_.]+)` \| (\d+) \|", DOC, flags=re.M)
    documented = {}
    for key, default in rows:
        documented.setdefault(key, []).append(int(default))
    for setting in S.ALL_SETTINGS:
        if setting.key.startswith(("vitality.", "alerts.")):
            assert documented.get(setting.key) == [setting.default] * 2, setting.key


def test_worked_example_in_the_docs():
    signals = [sig(0, 2), sig(90, -2)]
    assert round(compute_vitality(signals, S.VitalitySettings(), TODAY).score) == 67
    short = dataclasses.replace(S.VitalitySettings(), half_life_days=30)
    assert round(compute_vitality(signals, short, TODAY).score) == 89
    assert "≈ **67**" in DOC and "≈ **89**" in DOC


@pytest.mark.parametrize("threshold", [S.TREND_STABLE_POINTS, S.TREND_FALLING_FAST_POINTS])
def test_trend_thresholds_in_the_tables(threshold):
    assert DOC.count(f"≤ −{threshold.default} |") == 2
