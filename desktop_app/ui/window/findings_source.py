"""Findings in plain language for the details panel, from desktop_app.analysis.

Facts about one network's place among the others: whether it rests on a
single trekker, how many of its people are bridges to other networks, whether
it stands alone, what blocks it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from desktop_app.analysis import roles
from desktop_app.analysis.common import is_current


def network_findings(atlas, network_id: str) -> list[str]:
    network = atlas.networks.find(network_id)
    if network is None:
        return []
    today = date.today()
    found: list[str] = []
    members = [m for m in atlas.memberships.of_network(network_id) if is_current(m, today)]
    carried = roles.carriers(members, today).get(network_id)
    if roles.rests_on_single_trekker(network, carried):
        found.append(
            QCoreApplication.translate(
                "Findings", "Rests on a single trekker: no second trekker or core member known."
            )
        )
    bridges = 0
    reached: set[str] = set()
    for person_id in {m.person_id for m in members}:
        others = {
            m.network_id
            for m in atlas.memberships.of_person(person_id)
            if is_current(m, today) and m.network_id != network_id
        }
        if others:
            bridges += 1
            reached |= others
    if bridges:
        found.append(
            QCoreApplication.translate(
                "Findings", "%1 of its people also take part in %2 other networks (bridges)."
            )
            .replace("%1", str(bridges))
            .replace("%2", str(len(reached)))
        )
    ties = [t for t in atlas.ties.of_network(network_id) if is_current(t, today)]
    if not ties and not bridges:
        found.append(
            QCoreApplication.translate(
                "Findings", "Stands alone: no ties and no shared people with other networks."
            )
        )
    tension = sum(1 for t in ties if t.kind.value == "tension")
    if tension:
        found.append(
            QCoreApplication.translate("Findings", "Has a tension with %1 network(s).").replace(
                "%1", str(tension)
            )
        )
    blocked = [o for o in atlas.obstacles.of_network(network_id) if o.status.is_open]
    if blocked:
        found.append(
            QCoreApplication.translate("Findings", "%1 open obstacle(s).").replace(
                "%1", str(len(blocked))
            )
        )
    return found
