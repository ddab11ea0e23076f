"""The filter rules and the area tree, on plain lists (no Qt)."""

from desktop_app.domain import Area, SupportCase
from desktop_app.domain.enums import (
    AreaLevel,
    NetworkKind,
    NetworkStatus,
    SupportNeed,
    SupportStatus,
)
from desktop_app.ui.window.network_rows import (
    NO_SUPPORT,
    AreaTree,
    FilterSpec,
    NetworkRow,
    kept_ids,
    open_support_by_network,
)


def row(id_, kind=NetworkKind.OTHER, area=None, vitality=None, support=None, themes=(), found=()):
    return NetworkRow(
        id=id_,
        name=id_,
        kind=kind,
        status=NetworkStatus.ACTIVE,
        area_id=area,
        area_name="",
        size=None,
        themes=themes,
        vitality=vitality,
        support=support,
        findings=frozenset(found),
    )


ROWS = [
    row("a", NetworkKind.CULTURE, "n1", 80, themes=("groen",), found=("bridge", "cluster")),
    row("b", NetworkKind.CULTURE, "n2", 20, SupportStatus.ASKED),
    row("c", NetworkKind.REPAIR_CAFE, "n1", None),
]


def test_empty_filter_keeps_everything_as_none():
    assert kept_ids(ROWS, FilterSpec()) is None


def test_each_property_restricts():
    assert kept_ids(ROWS, FilterSpec(kinds=frozenset({NetworkKind.CULTURE}))) == {"a", "b"}
    assert kept_ids(ROWS, FilterSpec(area_ids=frozenset({"n1"}))) == {"a", "c"}
    assert kept_ids(ROWS, FilterSpec(themes=frozenset({"groen"}))) == {"a"}
    assert kept_ids(ROWS, FilterSpec(support=frozenset({NO_SUPPORT}))) == {"a", "c"}
    assert kept_ids(ROWS, FilterSpec(support=frozenset({"asked"}))) == {"b"}
    assert kept_ids(ROWS, FilterSpec(findings=frozenset({"bridge", "isolated"}))) == {"a"}


def test_vitality_range_and_unknown():
    assert kept_ids(ROWS, FilterSpec(vitality_min=50)) == {"a", "c"}
    spec = FilterSpec(vitality_min=50, include_unknown_vitality=False)
    assert kept_ids(ROWS, spec) == {"a"}


def test_area_tree_descendants_and_path():
    town = Area(name="Stad", level=AreaLevel.MUNICIPALITY)
    north = Area(name="Noord", level=AreaLevel.DISTRICT, parent_id=town.id)
    park = Area(name="Park", level=AreaLevel.NEIGHBOURHOOD, parent_id=north.id)
    south = Area(name="Zuid", level=AreaLevel.DISTRICT, parent_id=town.id)
    tree = AreaTree.build([park, south, town, north])
    assert tree.descendants(north.id) == {north.id, park.id}
    assert tree.descendants(town.id) == {town.id, north.id, park.id, south.id}
    assert tree.path(park.id) == "Stad › Noord › Park"
    assert [a.name for a in tree.children[town.id]] == ["Noord", "Zuid"]


def test_a_network_shows_its_most_advanced_open_support_case():
    cases = [
        SupportCase(network_id="x", need=SupportNeed.MONEY, status=SupportStatus.NOTICED),
        SupportCase(network_id="x", need=SupportNeed.SPACE, status=SupportStatus.RUNNING),
        SupportCase(network_id="y", need=SupportNeed.SPACE, status=SupportStatus.FINISHED),
    ]
    assert open_support_by_network(cases) == {"x": SupportStatus.RUNNING}


def test_the_store_list_feeds_the_rows(small_atlas):
    from desktop_app.store import Atlas
    from desktop_app.store.network_list import load_network_list
    from desktop_app.ui.window.network_rows import build_rows

    path, ids = small_atlas
    with Atlas.open(path) as atlas:
        atlas.support.add(
            SupportCase(network_id=ids["choir"], need=SupportNeed.MONEY, status=SupportStatus.ASKED)
        )
        atlas.support.add(
            SupportCase(
                network_id=ids["choir"], need=SupportNeed.SPACE, status=SupportStatus.NOTICED
            )
        )
        tree = AreaTree.build(atlas.areas.all())
        rows = {r.id: r for r in build_rows(load_network_list(atlas), tree)}
    choir = rows[ids["choir"]]
    assert (choir.name, choir.kind, choir.area_name) == (
        "Buurtkoor Zuid",
        NetworkKind.CULTURE,
        "Zuid",
    )
    assert choir.support is SupportStatus.ASKED
    assert choir.themes == ("cultuur",)
    assert rows[ids["garden"]].support is None
    assert len(rows) == 5
