"""Import and export in the window: File > Import table / Import graph / Export.

:func:`install` is the whole hook into the main window (``EXTENSIONS``).
"""

from __future__ import annotations

from typing import Any


def install(window: Any) -> Any:
    from desktop_app.ui.interop.actions import InteropActions

    window.interop = InteropActions(window)
    return window.interop
