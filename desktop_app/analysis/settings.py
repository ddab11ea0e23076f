"""Every setting and threshold of the analysis layer, in one place.

Anything that changes a result (a score, an alert, a suggestion) lives in the
atlas (``atlas.setting(key, default)``), so two coordinators opening the same
file see the same answers. This module names the keys, their defaults and
their allowed range, and turns what is stored into small typed dataclasses
the pure functions take. A missing or unusable stored value (wrong type, out
of range) falls back to the default rather than breaking the overview.

Read them with :func:`vitality_settings`, :func:`alert_settings` and
:func:`findings_settings`; a settings dialog can list :data:`ALL_SETTINGS`
(each with a Dutch and English description) and validate with
:meth:`Setting.accepts`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from desktop_app.i18n import Text


class SettingsSource(Protocol):
    """Anything with ``setting(key, default)``: an :class:`~desktop_app.store.Atlas`, or a fake."""

    def setting(self, key: str, default: Any = None) -> Any: ...


@dataclass(frozen=True, slots=True)
class Setting:
    """One stored setting: its key in the atlas, default, allowed range and meaning."""

    key: str
    default: float
    minimum: float
    maximum: float
    description: Text
    integer: bool = True

    def accepts(self, value: Any) -> bool:
        """Whether ``value`` may be stored for this setting."""
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        if self.integer and int(value) != value:
            return False
        return self.minimum <= value <= self.maximum

    def read(self, source: SettingsSource | None) -> Any:
        """The stored value, or the default when absent or unusable."""
        if source is None:
            return self.default
        value = source.setting(self.key, self.default)
        if not self.accepts(value):
            return self.default
        return int(value) if self.integer else float(value)


# -- vitality -----------------------------------------------------------------
HALF_LIFE_DAYS = Setting(
    "vitality.half_life_days",
    90,
    1,
    3650,
    Text(
        "Halveringstijd van een signaal in dagen: een signaal dat zoveel dagen ouder is, "
        "telt half zo zwaar mee.",
        "Half-life of a signal in days: a signal this many days older counts half as much.",
    ),
)
SILENCE_DAYS = Setting(
    "vitality.silence_days",
    120,
    1,
    3650,
    Text(
        "Een netwerk heet stil als er langer dan dit aantal dagen geen signaal is.",
        "A network is called silent when there has been no signal for longer than this many days.",
    ),
)
TREND_WINDOW_DAYS = Setting(
    "vitality.trend_window_days",
    90,
    7,
    730,
    Text(
        "Trend: het gemiddelde van de laatste zoveel dagen tegen dezelfde periode daarvoor.",
        "Trend: the mean of the last this many days against the same period before.",
    ),
)
TREND_STABLE_POINTS = Setting(
    "vitality.trend_stable_points",
    10,
    0,
    100,
    Text(
        "Een trend kleiner dan dit aantal punten (omhoog of omlaag) heet stabiel.",
        "A trend smaller than this many points (up or down) counts as stable.",
    ),
)
TREND_FALLING_FAST_POINTS = Setting(
    "vitality.trend_falling_fast_points",
    25,
    1,
    100,
    Text(
        "Een daling van minstens dit aantal punten heet snel dalend.",
        "A fall of at least this many points counts as falling fast.",
    ),
)

# -- alerts ('where to look today') -----------------------------------------------
OBSTACLE_OPEN_DAYS = Setting(
    "alerts.obstacle_open_days",
    90,
    1,
    3650,
    Text(
        "Een obstakel dat langer dan dit aantal dagen openstaat, valt op.",
        "An obstacle open for longer than this many days stands out.",
    ),
)
SUPPORT_UNASSIGNED_DAYS = Setting(
    "alerts.support_unassigned_days",
    30,
    1,
    3650,
    Text(
        "Ondersteuning die langer dan dit aantal dagen gevraagd is zonder professional, valt op.",
        "Support asked for longer than this many days without a professional stands out.",
    ),
)

# -- graph findings ---------------------------------------------------------------
MIN_CLUSTER_SIZE = Setting(
    "findings.min_cluster_size",
    3,
    2,
    1000,
    Text(
        "Een groep netwerken heet pas een cluster vanaf dit aantal netwerken.",
        "A group of networks counts as a cluster from this many networks on.",
    ),
)
BRIDGE_TOP_SHARE = Setting(
    "findings.bridge_top_share",
    0.05,
    0.001,
    0.5,
    Text(
        "Brugnetwerken: dit deel van de netwerken dat het vaakst op de kortste weg "
        "tussen andere netwerken ligt (0,05 = de bovenste 5%).",
        "Bridge networks: this share of networks that most often lie on the shortest path "
        "between other networks (0.05 = the top 5%).",
    ),
    integer=False,
)
BETWEENNESS_SAMPLES = Setting(
    "findings.betweenness_samples",
    200,
    10,
    100_000,
    Text(
        "Aantal steekproefnetwerken voor het schatten van brugnetwerken in grote atlassen.",
        "Number of sample networks used to estimate bridge networks in large atlases.",
    ),
)

ALL_SETTINGS: tuple[Setting, ...] = (
    HALF_LIFE_DAYS,
    SILENCE_DAYS,
    TREND_WINDOW_DAYS,
    TREND_STABLE_POINTS,
    TREND_FALLING_FAST_POINTS,
    OBSTACLE_OPEN_DAYS,
    SUPPORT_UNASSIGNED_DAYS,
    MIN_CLUSTER_SIZE,
    BRIDGE_TOP_SHARE,
    BETWEENNESS_SAMPLES,
)

#: Seed of every randomised graph algorithm, so the same atlas gives the same findings.
GRAPH_SEED = 20121127


@dataclass(frozen=True, slots=True)
class VitalitySettings:
    """What the vitality formula needs (see docs/vitality.md)."""

    half_life_days: float = HALF_LIFE_DAYS.default
    silence_days: int = int(SILENCE_DAYS.default)
    trend_window_days: int = int(TREND_WINDOW_DAYS.default)
    trend_stable_points: float = TREND_STABLE_POINTS.default
    trend_falling_fast_points: float = TREND_FALLING_FAST_POINTS.default


@dataclass(frozen=True, slots=True)
class AlertSettings:
    """Thresholds of the attention rules beyond the vitality ones."""

    obstacle_open_days: int = int(OBSTACLE_OPEN_DAYS.default)
    support_unassigned_days: int = int(SUPPORT_UNASSIGNED_DAYS.default)


@dataclass(frozen=True, slots=True)
class FindingsSettings:
    """Parameters of the graph findings."""

    min_cluster_size: int = int(MIN_CLUSTER_SIZE.default)
    bridge_top_share: float = BRIDGE_TOP_SHARE.default
    betweenness_samples: int = int(BETWEENNESS_SAMPLES.default)
    seed: int = GRAPH_SEED


def vitality_settings(source: SettingsSource | None = None) -> VitalitySettings:
    """The vitality settings stored in ``source`` (an atlas), defaults for what is missing."""
    return VitalitySettings(
        half_life_days=HALF_LIFE_DAYS.read(source),
        silence_days=SILENCE_DAYS.read(source),
        trend_window_days=TREND_WINDOW_DAYS.read(source),
        trend_stable_points=TREND_STABLE_POINTS.read(source),
        trend_falling_fast_points=TREND_FALLING_FAST_POINTS.read(source),
    )


def alert_settings(source: SettingsSource | None = None) -> AlertSettings:
    """The alert thresholds stored in ``source`` (an atlas), defaults for what is missing."""
    return AlertSettings(
        obstacle_open_days=OBSTACLE_OPEN_DAYS.read(source),
        support_unassigned_days=SUPPORT_UNASSIGNED_DAYS.read(source),
    )


def findings_settings(source: SettingsSource | None = None) -> FindingsSettings:
    """The graph-finding parameters stored in ``source`` (an atlas), defaults for the rest."""
    return FindingsSettings(
        min_cluster_size=MIN_CLUSTER_SIZE.read(source),
        bridge_top_share=BRIDGE_TOP_SHARE.read(source),
        betweenness_samples=BETWEENNESS_SAMPLES.read(source),
    )
