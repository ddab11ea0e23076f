"""The force layout keeps pinned networks, can be cancelled, and places new ones near their ties."""

from __future__ import annotations

import numpy as np
import pytest

from desktop_app.analysis.layout import (
    LayoutCancelled,
    LayoutInput,
    force_layout,
    map_extent,
    place_new_node,
)


def _ring(n: int) -> np.ndarray:
    return np.array([(i, (i + 1) % n) for i in range(n)])


def test_layout_places_every_node_finitely_and_apart():
    pos = force_layout(LayoutInput(n=40, edges=_ring(40)))
    assert pos.shape == (40, 2) and np.isfinite(pos).all()
    d = np.hypot(*(pos[:, None, :] - pos[None, :, :]).transpose(2, 0, 1))
    assert d[~np.eye(40, dtype=bool)].min() > 0


def test_tied_nodes_end_up_closer_than_untied_ones():
    edges = np.vstack([_ring(20), _ring(20) + 20])
    pos = force_layout(LayoutInput(n=40, edges=edges))
    tied = np.hypot(*(pos[edges[:, 0]] - pos[edges[:, 1]]).T).mean()
    d = np.hypot(*(pos[:, None, :] - pos[None, :, :]).transpose(2, 0, 1))
    assert tied * 2.5 < d[np.triu_indices(40, 1)].mean()


def test_pinned_nodes_stay_exactly_where_they_are():
    n = 30
    start = np.random.default_rng(1).uniform(-50, 50, (n, 2))
    pinned = np.zeros(n, bool)
    pinned[[0, 7, 12]] = True
    pos = force_layout(LayoutInput(n=n, edges=_ring(n), start=start, pinned=pinned))
    assert np.array_equal(pos[pinned], start[pinned])
    assert not np.allclose(pos[~pinned], start[~pinned])


def test_progress_is_reported_and_cancel_stops_it():
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return len(calls) < 3

    with pytest.raises(LayoutCancelled):
        force_layout(LayoutInput(n=50, edges=_ring(50)), progress, chunk=10)
    assert calls[0][0] == 0 and calls[1][0] == 10


def test_place_new_node_goes_near_its_ties_without_moving_the_rest():
    positions = {"a": (0.0, 0.0), "b": (10.0, 0.0), "c": (100.0, 100.0), "d": (100.0, 0.0)}
    before = dict(positions)
    x, y = place_new_node(["a", "b"], positions, np.random.default_rng(3))
    _lo, _hi, spacing = map_extent(positions.values())
    assert np.hypot(x - 5.0, y) <= spacing
    assert positions == before


def test_place_new_node_without_ties_lands_inside_the_map():
    positions = {"a": (0.0, 0.0), "b": (10.0, 20.0)}
    x, y = place_new_node([], positions, np.random.default_rng(3))
    assert -10 <= x <= 20 and -10 <= y <= 30
    assert place_new_node(["zz"], {}, np.random.default_rng(3)) is not None
