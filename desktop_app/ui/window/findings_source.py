"""Findings in plain language for the details panel.

The graph findings (cluster, bridge, cut point, bridge persons, isolated,
single trekker) come from :mod:`desktop_app.analysis.findings`, computed for the
whole atlas in the background; this adds what one network's own rows say
(tension with others, open obstacles).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject

from desktop_app.analysis.common import is_current
from desktop_app.domain.enums import TieKind


class _Counted(QObject):
    """Sentences with a count, through ``tr`` so Qt picks the plural form (``%n``)."""

    def tension(self, count: int) -> str:
        return self.tr("Has a tension with %n network(s).", "", count)

    def open_obstacles(self, count: int) -> str:
        return self.tr("%n open obstacle(s).", "", count)


def network_findings(atlas, network_id: str, findings) -> list[str]:
    """Sentences about the network; ``findings`` None while they are being computed."""
    lines: list[str] = []
    if findings is None:
        lines.append(QCoreApplication.translate("Findings", "Being computed…"))
    else:
        from desktop_app.analysis.findings import describe

        lines += [str(text) for text in describe(findings, network_id)]
    today = date.today()
    ties = [t for t in atlas.ties.of_network(network_id) if is_current(t, today)]
    tension = sum(1 for t in ties if t.kind is TieKind.TENSION)
    if tension:
        lines.append(_Counted().tension(tension))
    blocked = [o for o in atlas.obstacles.of_network(network_id) if o.status.is_open]
    if blocked:
        count = len(blocked)
        lines.append(_Counted().open_obstacles(count))
    return lines
