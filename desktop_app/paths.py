"""Where the program finds its own files and keeps the user's.

``db/`` and ``resources/`` sit at the top of the source tree; in a
PyInstaller bundle they sit next to the executable's modules (``sys._MEIPASS``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def app_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return app_root() / "db" / "migrations"


def demo_dir() -> Path:
    """The demo atlas recipe (``db/demo/recipe.json``)."""
    return app_root() / "db" / "demo"


def resources_dir() -> Path:
    return app_root() / "resources"


def docs_dir() -> Path:
    return app_root() / "docs"


def user_data_dir() -> Path:
    """The user's data folder (demo copy, backups); ``ZWERMKAART_DATA_DIR`` overrides it."""
    override = os.environ.get("ZWERMKAART_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path("Zwermkaart", appauthor=False)
