"""The demo atlas: deterministic, the stated sizes, every table, bridges, stories, first start."""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from datetime import date, timedelta

import pytest

from desktop_app.domain import (
    AreaLevel,
    NetworkKind,
    NetworkStatus,
    ObstacleCategory,
    ObstacleStatus,
    SupportStatus,
    TieKind,
)
from desktop_app.store import Atlas
from desktop_app.store.atlas import ENTITY_TABLES
from desktop_app.store.demo import DemoSize, create_demo, ensure_demo_copy

REFERENCE = date(2026, 11, 27)
#: Columns that record when a row was written, not what it says.
STAMPS = {"created_at", "updated_at", "at", "deleted_at"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The default demo (300 networks), made once for this module."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("ZWERMKAART_DATA_DIR", str(tmp_path_factory.mktemp("demo-data")))
        path = create_demo(tmp_path_factory.mktemp("demo") / "demo.zwerm", reference=REFERENCE)
        atlas = Atlas.open(path, read_only=True)
        yield atlas
        atlas.close()


def _content(path) -> dict[str, list[tuple]]:
    """Every row of every table, without write timestamps."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                " AND name NOT LIKE 'search_index_%' ORDER BY name"
            )
        ]
        content = {}
        for table in tables:
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            keep = [c for c in columns if c not in STAMPS]
            rows = conn.execute(f"SELECT {', '.join(keep)} FROM {table}").fetchall()
            if table == "settings":
                per_file = ("atlas.id", "atlas.created_at", "atlas.seal")
                rows = [r for r in rows if r[0] not in per_file]
            content[table] = sorted(rows, key=repr)
        return content
    finally:
        conn.close()


def test_same_seed_gives_identical_content(tmp_path):
    a = create_demo(tmp_path / "a.zwerm", networks=40, seed=7, reference=REFERENCE)
    b = create_demo(tmp_path / "b.zwerm", networks=40, seed=7, reference=REFERENCE)
    c = create_demo(tmp_path / "c.zwerm", networks=40, seed=8, reference=REFERENCE)
    content_a = _content(a)
    assert content_a["networks"] and content_a["signals"]
    assert content_a == _content(b)
    assert content_a["networks"] != _content(c)["networks"]


def test_sizes_are_within_the_stated_ranges(demo):
    counts = demo.counts()
    areas = demo.areas.all()
    levels = Counter(a.level for a in areas)
    assert levels[AreaLevel.MUNICIPALITY] == 1
    assert 4 <= levels[AreaLevel.DISTRICT] <= 6
    assert 15 <= levels[AreaLevel.NEIGHBOURHOOD] <= 25
    assert counts["networks"] == 300
    assert 800 <= counts["persons"] <= 1000
    assert 35 <= counts["professionals"] <= 45
    assert 2.5 <= counts["ties"] / counts["networks"] <= 3.5
    per_network = Counter(s.network_id for s in demo.signals.all())
    assert 20 <= counts["signals"] / counts["networks"] <= 40
    assert max(per_network.values()) <= 40
    assert counts["positions"] == counts["networks"]


def test_every_table_is_populated(demo):
    counts = demo.counts()
    assert all(counts[t] > 0 for t in ENTITY_TABLES), counts
    for table in ("network_statuses", "professional_areas", "obstacle_networks", "search_index"):
        assert demo.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0, table
    assert demo.is_demo
    assert demo.check() == []


def test_persons_bridge_networks(demo):
    bridges = demo.persons.bridge_ids()
    assert len(bridges) >= 0.1 * demo.persons.count()
    shared = [t for t in demo.ties.all() if t.kind is TieKind.SHARED_MEMBERS]
    assert shared
    members = {}
    for m in demo.memberships.all():
        members.setdefault(m.network_id, set()).add(m.person_id)
    assert all(members[t.source_id] & members[t.target_id] for t in shared)


def test_areas_have_cbs_style_codes_and_a_hierarchy(demo):
    areas = {a.id: a for a in demo.areas.all()}
    for area in areas.values():
        prefix = {"municipality": "GM", "district": "WK", "neighbourhood": "BU"}[area.level]
        assert re.fullmatch(prefix + r"\d+", area.cbs_code)
        if area.parent_id:
            assert area.cbs_code[2:].startswith(areas[area.parent_id].cbs_code[2:])
    assert len({a.cbs_code for a in areas.values()}) == len(areas)


def test_networks_are_varied_and_dutch(demo):
    networks = demo.networks.all()
    assert {n.kind for n in networks} == set(NetworkKind)
    assert {n.status for n in networks} == set(NetworkStatus)
    assert len({n.name for n in networks}) == len(networks)
    names = " ".join(n.name for n in networks)
    for word in ("Buurtapp", "Moestuin", "Repair Café", "Mantelzorg", "Ouderen", "Jongeren"):
        assert word in names
    assert all(n.themes and n.channels and n.meeting_place for n in networks)
    dormant = next(n for n in networks if n.status is not NetworkStatus.ACTIVE)
    assert len(demo.networks.status_history(dormant.id)) == 2


def test_signals_tell_stories(demo):
    latest = demo.signals.latest_per_network()
    quiet_since = REFERENCE - timedelta(days=150)
    silent = [nid for nid, s in latest.items() if s.date < quiet_since]
    recent = [nid for nid, s in latest.items() if s.date >= quiet_since]
    assert 0.05 * 300 <= len(silent) <= 0.3 * 300
    assert len(recent) >= 0.6 * 300
    signals = demo.signals.all()
    assert min(s.date for s in signals) >= REFERENCE - timedelta(days=730)
    assert max(s.date for s in signals) <= REFERENCE
    assert {s.valence for s in signals} == {-2, -1, 0, 1, 2}
    assert sum(1 for s in signals if s.note) >= 0.7 * len(signals)
    assert [t for t in demo.ties.all() if t.kind is TieKind.TENSION]


def test_obstacles_and_support_in_every_state(demo):
    obstacles = demo.obstacles.all()
    assert {o.status for o in obstacles} == set(ObstacleStatus)
    assert {o.category for o in obstacles} == set(ObstacleCategory)
    for o in obstacles:
        assert o.network_ids
        assert (o.closed_on is None) == o.status.is_open
    cases = demo.support.all()
    assert {c.status for c in cases} == set(SupportStatus)
    assigned = [
        c
        for c in cases
        if c.status in (SupportStatus.ASSIGNED, SupportStatus.RUNNING, SupportStatus.FINISHED)
    ]
    assert assigned and all(c.professional_id for c in assigned)
    assert all(c.outcome for c in cases if c.status is SupportStatus.FINISHED)


def test_size_scales_with_the_number_of_networks():
    small, default, big = (DemoSize.for_networks(n) for n in (40, 300, 50_000))
    assert (default.districts, default.neighbourhoods) == (5, 20)
    assert small.neighbourhoods >= 15 and small.persons == 120
    assert big.persons == 150_000 and big.neighbourhoods > 1000 and big.districts > 100
    assert default.professionals == 40 and big.professionals == 1000
    with pytest.raises(ValueError):
        DemoSize.for_networks(0)


def test_demo_copy_is_made_once_and_reused(_isolated_user_folders):
    path = ensure_demo_copy()
    assert path.parent == _isolated_user_folders and path.suffix == ".zwerm"
    with Atlas.open(path, read_only=True) as atlas:
        assert atlas.is_demo and atlas.counts()["networks"] == 300
        atlas_id = atlas.id
    mtime = path.stat().st_mtime_ns
    assert ensure_demo_copy() == path
    assert path.stat().st_mtime_ns == mtime
    with Atlas.open(path, read_only=True) as atlas:
        assert atlas.id == atlas_id


def test_unusable_demo_copy_is_set_aside_and_made_again(_isolated_user_folders):
    broken = _isolated_user_folders / "demo.zwerm"
    broken.write_text("kapot", encoding="utf-8")
    path = ensure_demo_copy()
    assert path == broken
    with Atlas.open(path, read_only=True) as atlas:
        assert atlas.is_demo
    kept = [p for p in _isolated_user_folders.iterdir() if p.name.startswith("demo.unusable-")]
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == "kapot"


def test_failed_generation_leaves_no_file(tmp_path, monkeypatch):
    from desktop_app.store import demo as demo_module

    def broken(ctx, world):
        yield from ()
        raise RuntimeError("stop halfway")

    monkeypatch.setattr(demo_module, "signals", broken)
    target = tmp_path / "half.zwerm"
    with pytest.raises(RuntimeError):
        create_demo(target, networks=20, reference=REFERENCE)
    assert list(tmp_path.iterdir()) == []
