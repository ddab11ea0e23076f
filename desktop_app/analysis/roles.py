"""Who carries a network: the 'resting on a single trekker' rule and bridge persons."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date

from desktop_app.analysis.common import is_current
from desktop_app.domain import Membership, Network, NetworkStatus, Role


@dataclass(frozen=True, slots=True)
class Carriers:
    """The current trekkers and core members of one network (person ids)."""

    trekkers: frozenset[str]
    core: frozenset[str]


def carriers(memberships: Iterable[Membership], today: date) -> dict[str, Carriers]:
    """Per network id, its current trekkers and core members.

    A membership counts when it holds on ``today`` (see
    :func:`~desktop_app.analysis.common.is_current`). A person who is both
    trekker and core member of a network counts as trekker only.
    """
    trekkers: dict[str, set[str]] = {}
    core: dict[str, set[str]] = {}
    for m in memberships:
        if m.role is Role.MEMBER or not is_current(m, today):
            continue
        target = trekkers if m.role is Role.TREKKER else core
        target.setdefault(m.network_id, set()).add(m.person_id)
    result: dict[str, Carriers] = {}
    for nid in trekkers.keys() | core.keys():
        t = frozenset(trekkers.get(nid, ()))
        result[nid] = Carriers(t, frozenset(core.get(nid, ())) - t)
    return result


def rests_on_single_trekker(network: Network, carried: Carriers | None) -> bool:
    """The definition used by the alert and the map finding.

    A network rests on a single trekker when it is **active**, has **exactly
    one** current trekker and **no** current core members (ordinary members do
    not count: they do not carry the network). A network without any trekker
    is not flagged by this rule.
    """
    if network.status is not NetworkStatus.ACTIVE or carried is None:
        return False
    return len(carried.trekkers) == 1 and not carried.core


def single_trekker_networks(
    networks: Iterable[Network], memberships: Iterable[Membership], today: date
) -> set[str]:
    """Ids of the networks that rest on a single trekker (see :func:`rests_on_single_trekker`)."""
    carried = carriers(memberships, today)
    return {n.id for n in networks if rests_on_single_trekker(n, carried.get(n.id))}


def bridge_persons(memberships: Iterable[Membership], today: date) -> dict[str, frozenset[str]]:
    """Persons with a current membership in two or more networks: person id -> network ids."""
    networks_of: dict[str, set[str]] = {}
    for m in memberships:
        if is_current(m, today):
            networks_of.setdefault(m.person_id, set()).add(m.network_id)
    return {pid: frozenset(nids) for pid, nids in networks_of.items() if len(nids) >= 2}


def persons_in(
    memberships: Iterable[Membership], network_ids: Collection[str], today: date
) -> set[str]:
    """Distinct persons with a current membership in any of ``network_ids``."""
    return {
        m.person_id for m in memberships if m.network_id in network_ids and is_current(m, today)
    }
