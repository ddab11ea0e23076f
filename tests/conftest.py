"""Shared fixtures: a quiet, isolated environment and fresh atlases."""

from __future__ import annotations

import os

# Before anything imports Qt: no screen in tests, data and settings in temp folders.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ZWERMKAART_LANG", "nl")
# Subprocesses the tests start (pytest runs, preview entry points) import the
# project and the ``tests`` package from this checkout, as the tests themselves do.
os.environ.update(
    PYTHONPATH=os.pathsep.join(
        p
        for p in (
            os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
            os.environ.get("PYTHONPATH"),
        )
        if p
    )
)

import pytest

from desktop_app.store import Atlas

#: Threads, top-level widgets and timers a test leaves behind fail it (tests/qt_leaks.py).
pytest_plugins = ["tests.qt_leaks", "pytester"]


def pytest_addoption(parser):
    parser.addoption(
        "--slow",
        action="store_true",
        help="also run the long harnesses marked @pytest.mark.slow (many kills, big atlases)",
    )


def pytest_collection_modifyitems(config, items):
    """Long harnesses run on request (``--slow`` or ZWERMKAART_SLOW=1), not in every CI run."""
    if config.getoption("--slow") or os.environ.get("ZWERMKAART_SLOW"):
        return
    skip = pytest.mark.skip(reason="long harness: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _isolated_user_folders(tmp_path_factory, monkeypatch):
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("ZWERMKAART_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    from desktop_app import i18n

    i18n.set_language("nl")
    yield data


@pytest.fixture
def atlas_path(tmp_path):
    return tmp_path / "test.zwerm"


@pytest.fixture
def atlas(atlas_path):
    atlas = Atlas.create(atlas_path, name="Testatlas")
    yield atlas
    atlas.close()
