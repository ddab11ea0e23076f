"""Each attention rule fires on a constructed case and not on its near miss."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from desktop_app.analysis import alerts
from desktop_app.analysis.alerts import AlertRule, Severity
from desktop_app.analysis.settings import AlertSettings, VitalitySettings
from desktop_app.analysis.vitality import compute_all
from desktop_app.domain import (
    Membership,
    Network,
    NetworkStatus,
    Obstacle,
    ObstacleCategory,
    ObstacleStatus,
    Priority,
    Role,
    SupportCase,
    SupportNeed,
    SupportStatus,
)
from desktop_app.i18n import Text
from tests.analysis.helpers import TODAY, sig

V = VitalitySettings()
A = AlertSettings()


def ago(days: int):
    return TODAY - timedelta(days=days)


def net(nid: str, status=NetworkStatus.ACTIVE, created_days_ago: int | None = 400) -> Network:
    created = None
    if created_days_ago is not None:
        created = datetime.combine(ago(created_days_ago), datetime.min.time(), tzinfo=UTC)
    return Network(id=nid, name=nid, status=status, created_at=created)


def rules_of(items):
    return [(a.network_id, a.rule) for a in items]


# -- falling fast ---------------------------------------------------------------
def test_falling_fast_fires_at_25_points_not_below():
    signals = {
        "fast": [sig(1, 0, "fast"), sig(100, 1, "fast")],  # -25 points
        "slow": [
            sig(1, 1, "slow"),
            sig(2, 0, "slow"),
            sig(3, 0, "slow"),
            sig(4, 0, "slow"),
            sig(100, 1, "slow"),
        ],  # -18.75
    }
    vit = compute_all(signals, V, TODAY)
    items = alerts.falling_fast([net("fast"), net("slow")], vit, V)
    assert rules_of(items) == [("fast", AlertRule.FALLING_FAST)]
    assert items[0].severity is Severity.HIGH and items[0].points == -25
    assert "-25" in items[0].reason.nl and "-25" in items[0].reason.en


def test_falling_fast_ignores_ended_networks():
    vit = compute_all({"x": [sig(1, -2, "x"), sig(100, 2, "x")]}, V, TODAY)
    assert alerts.falling_fast([net("x", NetworkStatus.ENDED)], vit, V) == []


# -- silent ---------------------------------------------------------------------
def test_silent_fires_after_120_days_not_at_120():
    vit = compute_all({"a": [sig(121, 1, "a")], "b": [sig(120, 1, "b")]}, V, TODAY)
    items = alerts.silent([net("a"), net("b")], vit, V, TODAY)
    assert rules_of(items) == [("a", AlertRule.SILENT)]
    assert items[0].days == 121
    assert items[0].reason.nl == "Stil: geen signaal sinds 29-07-2026 (121 dagen)."


def test_silent_only_for_active_networks():
    vit = compute_all({"d": [sig(300, 1, "d")]}, V, TODAY)
    assert alerts.silent([net("d", NetworkStatus.DORMANT)], vit, V, TODAY) == []


def test_never_signalled_network_is_silent_once_older_than_the_period():
    vit = compute_all({}, V, TODAY, ["old", "new"])
    networks = [net("old", created_days_ago=121), net("new", created_days_ago=120)]
    assert rules_of(alerts.silent(networks, vit, V, TODAY)) == [("old", AlertRule.SILENT)]


# -- single trekker -------------------------------------------------------------
def member(person: str, role: Role, network: str = "n", **kw) -> Membership:
    return Membership(person_id=person, network_id=network, role=role, **kw)


def test_single_trekker_fires_with_one_trekker_and_members_only():
    ms = [member("p1", Role.TREKKER), member("p2", Role.MEMBER), member("p3", Role.MEMBER)]
    items = alerts.single_trekker([net("n")], ms, TODAY)
    assert rules_of(items) == [("n", AlertRule.SINGLE_TREKKER)]


def test_single_trekker_near_misses():
    base = [member("p1", Role.TREKKER), member("p2", Role.MEMBER)]
    with_core = [*base, member("p3", Role.CORE)]
    two_trekkers = [*base, member("p4", Role.TREKKER)]
    no_trekker = [member("p2", Role.MEMBER)]
    for ms in (with_core, two_trekkers, no_trekker):
        assert alerts.single_trekker([net("n")], ms, TODAY) == []
    assert alerts.single_trekker([net("n", NetworkStatus.DORMANT)], base, TODAY) == []


def test_single_trekker_counts_only_current_memberships():
    ended_core = [member("p1", Role.TREKKER), member("p3", Role.CORE, until=ago(1))]
    assert rules_of(alerts.single_trekker([net("n")], ended_core, TODAY)) == [
        ("n", AlertRule.SINGLE_TREKKER)
    ]
    # A core member who starts today counts.
    new_core = [member("p1", Role.TREKKER), member("p3", Role.CORE, since=TODAY)]
    assert alerts.single_trekker([net("n")], new_core, TODAY) == []


# -- obstacles --------------------------------------------------------------------
def obstacle(days: int, status=ObstacleStatus.REPORTED, networks=("n",)) -> Obstacle:
    return Obstacle(
        category=ObstacleCategory.PERMIT,
        description="Vergunning voor buurtfeest",
        network_ids=networks,
        status=status,
        reported_on=ago(days),
    )


def test_obstacle_open_too_long_fires_after_limit_not_on_it():
    late, on_limit = obstacle(91, networks=("a", "b")), obstacle(90)
    items = alerts.obstacle_open_too_long([late, on_limit], A, TODAY)
    assert rules_of(items) == [("a", AlertRule.OBSTACLE_OPEN), ("b", AlertRule.OBSTACLE_OPEN)]
    assert items[0].subject_id == late.id and items[0].days == 91
    assert items[0].reason.nl == "Obstakel (vergunning of regel) staat al 91 dagen open (grens 90)."
    assert items[0].reason.en == "Obstacle (permit or rule) open for 91 days (limit 90)."


def test_closed_obstacles_and_other_networks_do_not_fire():
    closed = obstacle(400, ObstacleStatus.REMOVED)
    assert alerts.obstacle_open_too_long([closed], A, TODAY) == []
    assert alerts.obstacle_open_too_long([obstacle(400)], A, TODAY, ["other"]) == []


def test_obstacle_limit_is_a_setting():
    assert alerts.obstacle_open_too_long(
        [obstacle(31)], AlertSettings(obstacle_open_days=30), TODAY
    )


# -- support ----------------------------------------------------------------------
def case(
    days: int, status=SupportStatus.ASKED, priority=Priority.NORMAL, network="n"
) -> SupportCase:
    return SupportCase(
        network_id=network,
        need=SupportNeed.MONEY,
        status=status,
        priority=priority,
        asked_on=ago(days),
    )


def test_support_unassigned_fires_after_limit_not_on_it():
    items = alerts.support_unassigned_too_long([case(31), case(30)], A, TODAY)
    assert [a.days for a in items] == [31]
    assert items[0].severity is Severity.MEDIUM
    assert (
        items[0].reason.en == "Support (money) asked on 27-10-2026: 31 days without a professional."
    )


def test_support_assigned_does_not_fire_and_high_priority_is_high():
    assert alerts.support_unassigned_too_long([case(90, SupportStatus.ASSIGNED)], A, TODAY) == []
    (item,) = alerts.support_unassigned_too_long([case(90, priority=Priority.HIGH)], A, TODAY)
    assert item.severity is Severity.HIGH


# -- all together -----------------------------------------------------------------
def test_attention_list_sorts_by_severity_and_limits_to_given_networks():
    vit = compute_all({"a": [sig(1, -1, "a"), sig(100, 1, "a")], "b": [sig(200, 0, "b")]}, V, TODAY)
    items = alerts.attention_list(
        [net("a"), net("b")],
        vit,
        [member("p", Role.TREKKER, "b")],
        [obstacle(100, networks=("b", "elsewhere"))],
        [
            case(40, network="b"),
            SupportCase(
                network_id="elsewhere",
                need=SupportNeed.SPACE,
                asked_on=ago(99),
                status=SupportStatus.ASKED,
            ),
        ],
        vitality_settings=V,
        alert_settings=A,
        today=TODAY,
    )
    assert rules_of(items)[0] == ("a", AlertRule.FALLING_FAST)
    assert {r for _, r in rules_of(items)} == set(AlertRule)
    assert all(a.network_id in {"a", "b"} for a in items)
    assert all(isinstance(a.reason, Text) for a in items)


def test_steepest_fall_listed_first():
    vit = compute_all(
        {
            "mild": [sig(1, 0, "mild"), sig(100, 1, "mild")],  # -25
            "steep": [sig(1, -2, "steep"), sig(100, 2, "steep")],  # -100
        },
        V,
        TODAY,
    )
    items = alerts.attention_list(
        [net("mild"), net("steep")],
        vit,
        [],
        [],
        [],
        vitality_settings=V,
        alert_settings=A,
        today=TODAY,
    )
    assert [a.network_id for a in items] == ["steep", "mild"]
