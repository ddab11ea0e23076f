"""Trust in the window: passphrase on open, recovery, restore, encryption, AVG actions."""

from __future__ import annotations

from typing import Any


def install(window: Any) -> None:
    from desktop_app.ui.trust.controller import TrustActions

    window.trust = TrustActions(window)
