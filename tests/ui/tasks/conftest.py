"""Fixtures for the task views: a session on a small atlas."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.ui.session import AtlasSession
from desktop_app.ui.tasks.sample import build_sample

TODAY = date(2026, 11, 27)


@pytest.fixture
def session(atlas, qapp):
    session = AtlasSession(atlas, as_of=TODAY)
    yield session
    session.stop()
    session.undo_stack.clear()


@pytest.fixture
def sample_session(session):
    build_sample(session.atlas, today=TODAY)
    return session


@pytest.fixture
def dutch(qapp):
    from desktop_app import qt_i18n

    qt_i18n.install("nl")
    yield
    qt_i18n.install("en")


def same(a, b) -> bool:
    """Equal apart from ``updated_at`` (an undo is a new write, stamped when it happens)."""
    import dataclasses

    return dataclasses.replace(a, updated_at=None) == dataclasses.replace(b, updated_at=None)
