"""The interactive map of networks (see :class:`MapWidget`)."""

from desktop_app.ui.map.widget import MapWidget

__all__ = ["MapWidget"]
