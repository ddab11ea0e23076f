"""The overview of an area: counts, vitality distribution and attention, descendants included."""

from __future__ import annotations

from datetime import timedelta

from desktop_app.analysis.alerts import AlertRule
from desktop_app.analysis.inputs import AnalysisInputs
from desktop_app.analysis.overview import area_overview, overview_for_atlas, vitality_distribution
from desktop_app.analysis.vitality import Vitality
from desktop_app.domain import (
    Area,
    AreaLevel,
    Membership,
    Network,
    NetworkStatus,
    Obstacle,
    ObstacleCategory,
    Person,
    Role,
    SupportCase,
    SupportNeed,
    SupportStatus,
)
from tests.analysis.helpers import TODAY, sig

AREAS = [
    Area(id="city", name="Zwermstad", level=AreaLevel.MUNICIPALITY),
    Area(id="north", name="Noord", level=AreaLevel.DISTRICT, parent_id="city"),
    Area(id="haven", name="Havenbuurt", level=AreaLevel.NEIGHBOURHOOD, parent_id="north"),
    Area(id="south", name="Zuid", level=AreaLevel.DISTRICT, parent_id="city"),
]


def inputs() -> AnalysisInputs:
    networks = [
        Network(id="a", name="a", area_id="north"),
        Network(id="b", name="b", area_id="haven"),
        Network(id="c", name="c", area_id="haven", status=NetworkStatus.ENDED),
        Network(id="d", name="d", area_id="south"),
    ]
    return AnalysisInputs(
        areas=AREAS,
        networks=networks,
        memberships=[
            Membership(person_id="p1", network_id="a", role=Role.TREKKER),
            Membership(person_id="p1", network_id="b", role=Role.CORE),
            Membership(person_id="p2", network_id="b", role=Role.TREKKER),
            Membership(person_id="p3", network_id="d", role=Role.MEMBER),
            Membership(person_id="p4", network_id="a", until=TODAY - timedelta(days=3)),
        ],
        obstacles=[
            Obstacle(
                category=ObstacleCategory.MONEY,
                description="x",
                network_ids=("a", "d"),
                reported_on=TODAY - timedelta(days=100),
            ),
            Obstacle(category=ObstacleCategory.SPACE, description="y", network_ids=("d",)),
        ],
        support_cases=[
            SupportCase(network_id="b", need=SupportNeed.SPACE, status=SupportStatus.RUNNING),
            SupportCase(network_id="b", need=SupportNeed.SPACE, status=SupportStatus.FINISHED),
        ],
        signals_by_network={
            "a": [sig(1, 2, "a")],
            "b": [sig(200, -2, "b")],
            "c": [sig(1, 2, "c")],
        },
    )


def test_district_overview_includes_its_neighbourhoods():
    ov = area_overview(inputs(), "north", TODAY)
    assert ov.network_ids == {"a", "b", "c"}
    c = ov.counts
    assert (c.networks, c.active, c.persons, c.open_obstacles, c.open_support) == (3, 2, 2, 1, 1)
    # a: 100 (top class); b: silent; c: ended, not counted.
    assert ov.distribution.classes == (0, 0, 0, 0, 1)
    assert (ov.distribution.silent, ov.distribution.unknown) == (1, 0)
    found = {(a.network_id, a.rule) for a in ov.attention}
    assert found == {
        ("a", AlertRule.SINGLE_TREKKER),
        ("a", AlertRule.OBSTACLE_OPEN),
        ("b", AlertRule.SILENT),
    }


def test_whole_atlas_and_unknown_vitality():
    ov = area_overview(inputs(), None, TODAY)
    assert ov.counts.networks == 4 and ov.counts.open_obstacles == 2
    assert ov.distribution.unknown == 1 and ov.distribution.total == 3
    assert ("d", AlertRule.SILENT) in {(a.network_id, a.rule) for a in ov.attention}


def test_distribution_uses_palette_classes():
    def v(score, silent=False):
        return Vitality("x", score, None, silent, None, None, 1, 1.0)

    dist = vitality_distribution([v(0), v(19.9), v(20), v(59), v(80), v(100), v(50, True), v(None)])
    assert dist.classes == (2, 1, 1, 0, 2)
    assert dist.grey == 2


def test_overview_for_atlas_reads_everything(atlas):
    north = atlas.areas.add(Area(name="Noord", level=AreaLevel.DISTRICT))
    n = atlas.networks.add(Network(name="Buurttuin", area_id=north.id))
    p = atlas.persons.add(Person(display_name="Ans"))
    atlas.memberships.add(Membership(person_id=p.id, network_id=n.id, role=Role.TREKKER))
    atlas.signals.add(sig(1, 1, n.id))
    ov = overview_for_atlas(atlas, north.id, TODAY)
    assert ov.counts.persons == 1
    assert ov.distribution.classes == (0, 0, 0, 1, 0)
    assert [a.rule for a in ov.attention] == [AlertRule.SINGLE_TREKKER]
