"""The session core: one picture of the open atlas, shared by every view (no Qt here)."""

from desktop_app.session.snapshot import Delta, Picture, Snapshot

__all__ = ["Delta", "Picture", "Snapshot"]
