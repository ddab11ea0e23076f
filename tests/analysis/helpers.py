"""Builders of small domain objects for the analysis tests."""

from __future__ import annotations

from datetime import date, timedelta

from desktop_app.domain import Dimension, Signal

TODAY = date(2026, 11, 27)


def sig(days_ago: int, valence: int, network_id: str = "n1", **kw) -> Signal:
    """A signal ``days_ago`` days before :data:`TODAY`."""
    return Signal(
        network_id=network_id,
        date=TODAY - timedelta(days=days_ago),
        dimension=kw.pop("dimension", Dimension.ACTIVITY),
        valence=valence,
        **kw,
    )
