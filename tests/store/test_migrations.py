"""Schema migrations: from nothing, from the schema-1 fixture, backup first, all or nothing."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.store import Atlas, AtlasReadOnlyError, backups, errors, migrations
from desktop_app.store.atlas import ENTITY_TABLES
from desktop_app.store.connection import APPLICATION_ID
from tests.fixtures.make_schema1 import IDS

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "schema1.zwerm"
#: What tests/fixtures/make_schema1.py put in the fixture.
FIXTURE_COUNTS = {
    "areas": 3,
    "networks": 2,
    "persons": 1,
    "memberships": 2,
    "professionals": 1,
    "ties": 1,
    "signals": 2,
    "obstacles": 1,
    "support_cases": 1,
    "notes": 1,
    "positions": 2,
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _schema(conn) -> list[tuple[str, str, str]]:
    return conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall()


@pytest.fixture
def schema1_copy(tmp_path) -> Path:
    folder = tmp_path / "atlas"
    folder.mkdir()
    target = folder / "oud.zwerm"
    shutil.copy(FIXTURE, target)
    return target


@pytest.fixture
def migrations_with(tmp_path):
    """A migrations folder with our 0001 plus the given test migrations."""

    def make(*extra: tuple[str, str]) -> Path:
        folder = tmp_path / "migrations"
        folder.mkdir()
        shutil.copy(paths.migrations_dir() / "0001_initial.sql", folder)
        for name, sql in extra:
            (folder / name).write_text(sql, encoding="utf-8")
        return folder

    return make


def test_the_fixture_is_schema_1():
    conn = sqlite3.connect(f"{FIXTURE.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        conn.close()


def test_migrating_an_empty_database_gives_the_schema_of_a_new_atlas(tmp_path, atlas):
    conn = sqlite3.connect(tmp_path / "leeg.db", isolation_level=None)
    try:
        version = migrations.apply(conn, migrations.discover(), 0)
        assert version == migrations.latest_version()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert _schema(conn) == _schema(atlas.conn)
    finally:
        conn.close()
    assert atlas.schema_version == migrations.latest_version()
    assert set(atlas.counts()) == set(ENTITY_TABLES)


def test_schema1_atlas_opens_with_todays_code_and_keeps_everything(schema1_copy):
    with Atlas.open(schema1_copy) as atlas:
        assert atlas.schema_version == migrations.latest_version()
        assert atlas.counts() == FIXTURE_COUNTS
        assert atlas.check() == []
        garden = atlas.networks.get(IDS["garden"])
        assert garden.name == "Moestuin De Zonnebloem"
        assert garden.themes == ("groen", "ontmoeting")
        assert atlas.professionals.get(IDS["professional"]).area_ids == (IDS["district"],)
        assert atlas.persons.bridge_ids() == [IDS["person"]]
        assert atlas.positions.get(IDS["garden"]).pinned is True


def test_migration_backs_up_first_then_upgrades(schema1_copy, migrations_with):
    folder = migrations_with(
        (
            "0002_test_upgrade.sql",
            "CREATE TABLE test_extra (id TEXT PRIMARY KEY NOT NULL);\n"
            "ALTER TABLE networks ADD COLUMN test_colour TEXT NOT NULL DEFAULT 'groen';\n"
            "INSERT INTO test_extra SELECT id FROM networks;\n",
        )
    )
    with Atlas.open(schema1_copy, migrations_dir=folder) as atlas:
        assert atlas.schema_version == 2
        assert atlas.conn.execute("SELECT count(*) FROM test_extra").fetchone()[0] == 2
        assert atlas.networks.get(IDS["garden"]).name == "Moestuin De Zonnebloem"
        audit = atlas.conn.execute("SELECT entity_id FROM audit_log WHERE action = 'migrate'")
        assert [r[0] for r in audit] == ["1->2"]
        atlas_id = atlas.id
    (backup,) = [b for b in backups.list_backups(atlas_id) if b.reason == "migration"]
    copy = sqlite3.connect(f"{backup.path.as_uri()}?mode=ro", uri=True)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
        assert copy.execute("SELECT count(*) FROM networks").fetchone()[0] == 2
        assert copy.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    finally:
        copy.close()


def test_failing_migration_leaves_the_atlas_unchanged(schema1_copy, migrations_with):
    folder = migrations_with(
        (
            "0002_test_broken.sql",
            "CREATE TABLE test_extra (id TEXT);\n"
            "INSERT INTO test_extra SELECT id FROM networks;\n"
            "INSERT INTO no_such_table VALUES (1);\n",
        )
    )
    before = _sha(schema1_copy)
    with pytest.raises(sqlite3.Error):
        Atlas.open(schema1_copy, migrations_dir=folder)
    assert _sha(schema1_copy) == before
    assert sorted(p.name for p in schema1_copy.parent.iterdir()) == [schema1_copy.name]
    with Atlas.open(schema1_copy, read_only=True) as atlas:
        assert atlas.schema_version == 1
        tables = {r[0] for r in atlas.conn.execute("SELECT name FROM sqlite_master")}
        assert "test_extra" not in tables


def test_older_atlas_opened_read_only_is_not_migrated(schema1_copy, migrations_with):
    folder = migrations_with(("0002_test_upgrade.sql", "CREATE TABLE test_extra (id TEXT);\n"))
    before = _sha(schema1_copy)
    with pytest.raises(AtlasReadOnlyError) as info:
        Atlas.open(schema1_copy, read_only=True, migrations_dir=folder)
    assert "bijgewerkt" in str(info.value)
    assert _sha(schema1_copy) == before


def test_every_migrated_state_has_its_audit_row(schema1_copy, migrations_with):
    """A migration that stops halfway (here: step 3 fails) leaves step 2 recorded."""
    folder = migrations_with(
        ("0002_test_ok.sql", "CREATE TABLE test_two (id TEXT PRIMARY KEY NOT NULL);\n"),
        ("0003_test_broken.sql", "CREATE TABLE test_two (id TEXT);\n"),  # already exists
    )
    with pytest.raises((errors.AtlasError, sqlite3.Error)):  # the broken step
        Atlas.open(schema1_copy, migrations_dir=folder)
    conn = sqlite3.connect(f"{schema1_copy.as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        audit = conn.execute("SELECT entity_id FROM audit_log WHERE action = 'migrate'")
        assert [r[0] for r in audit] == ["1->2"]
    finally:
        conn.close()
