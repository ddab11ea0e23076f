"""One picture of the open atlas: the rows the views show and what is derived from them.

:class:`Snapshot` holds, as of one date (today by default), the atlas's
networks, areas, memberships, ties, obstacles, support cases, professionals,
every network's signal points and settings, and derived from them the
vitality of every network, the graph findings and (per area, on demand) the
overview with its attention list. It is the only place where "what is the
atlas now" lives; every view draws from it, whatever number of them is open.

It changes only through :meth:`Snapshot.apply` with the store's change set
of an edit, and recomputes only what that change touches:

- a new or changed signal: that network's vitality (and the aggregates);
- a rename or another change of a network's own fields: that row, no
  vitality, no findings;
- ties, memberships, added or removed networks, a changed status: the
  findings are due again (:attr:`Delta.findings_due`, run off the GUI thread
  with :func:`compute_findings_job`);
- a vitality setting: every network's vitality (:attr:`Delta.vitality_due`,
  also off the GUI thread, :func:`vitality_job`);
- a table changed as a whole (an import, a restore): everything
  (:attr:`Delta.reload_due`, :func:`load_job`).

No Qt here; the window's adapter (``desktop_app.ui.session``) runs the jobs
and turns each :class:`Delta` into notifications for the views.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from desktop_app.analysis.inputs import AnalysisInputs
from desktop_app.analysis.overview import AreaOverview, area_overview
from desktop_app.analysis.settings import (
    AlertSettings,
    FindingsSettings,
    VitalitySettings,
    alert_settings,
    findings_settings,
    vitality_settings,
)
from desktop_app.analysis.vitality import Vitality, compute_all

if TYPE_CHECKING:
    from desktop_app.analysis.findings import Findings
    from desktop_app.store import Atlas, ChangeSet

#: table -> the atlas repository that reads its rows.
REPOSITORIES = {
    "areas": "areas",
    "networks": "networks",
    "memberships": "memberships",
    "ties": "ties",
    "obstacles": "obstacles",
    "support_cases": "support",
    "professionals": "professionals",
}
#: Link tables whose rows belong to a row of another table (logged by its id).
_LINKS = {"obstacle_networks": "obstacles", "professional_areas": "professionals"}
#: A network field whose change alters the graph findings (its place in the graph).
_GRAPH_FIELDS = ("status", "kind")
#: Above this many networks to rescore, vitality is computed off the GUI thread.
INLINE_VITALITY_LIMIT = 500


class _Check:
    """A stand-in job state for direct calls: never cancelled."""

    @staticmethod
    def check() -> None:
        return None

    @staticmethod
    def cancelled() -> bool:
        return False


@dataclasses.dataclass(frozen=True)
class Settings:
    vitality: VitalitySettings
    alerts: AlertSettings
    findings: FindingsSettings

    @classmethod
    def of(cls, atlas: Any) -> Settings:
        return cls(vitality_settings(atlas), alert_settings(atlas), findings_settings(atlas))


@dataclasses.dataclass
class Picture:
    """What :func:`load_job` reads: every row the views show, and vitality."""

    rows: dict[str, dict[str, Any]]
    points: dict[str, list]
    settings: Settings
    vitality: dict[str, Vitality]


@dataclasses.dataclass(frozen=True)
class Delta:
    """What one :meth:`Snapshot.apply` changed in the picture (for the views)."""

    changes: Any
    #: networks whose own row was inserted or changed
    networks: frozenset[str] = frozenset()
    #: networks deleted
    removed: frozenset[str] = frozenset()
    #: networks whose vitality changed (recomputed already)
    vitality: frozenset[str] = frozenset()
    #: other tables whose rows changed (areas, obstacles, support_cases, ...)
    tables: frozenset[str] = frozenset()
    #: the findings must be computed again (:func:`compute_findings_job`)
    findings_due: bool = False
    #: every network's vitality must be computed again (:func:`vitality_job`)
    vitality_due: bool = False
    #: the whole picture must be read again (:func:`load_job`)
    reload_due: bool = False

    @property
    def empty(self) -> bool:
        return not (
            self.networks
            or self.removed
            or self.vitality
            or self.tables
            or self.findings_due
            or self.vitality_due
            or self.reload_due
        )


def _read_rows(atlas: Atlas) -> dict[str, dict[str, Any]]:
    return {
        table: {obj.id: obj for obj in getattr(atlas, repo).all()}
        for table, repo in REPOSITORIES.items()
    }


def load_job(inputs: tuple[Callable[[], Atlas], date], state: Any) -> Picture:
    """Read the whole picture through a reader of its own and score every network.

    ``inputs``: (a function opening a read-only atlas, the date). A job for
    the window's runner: it checks ``state`` between the steps.
    """
    open_reader, as_of = inputs
    reader = open_reader()
    try:
        rows = _read_rows(reader)
        state.check()
        points = reader.signals.points_by_network()
        settings = Settings.of(reader)
    finally:
        reader.close()
    state.check()
    vitality = compute_all(points, settings.vitality, as_of, rows["networks"].keys())
    return Picture(rows, points, settings, vitality)


def vitality_job(inputs: tuple[Mapping, VitalitySettings, date, Iterable[str]], _state) -> dict:
    """Every network's vitality (after a vitality setting changed)."""
    points, settings, as_of, ids = inputs
    return compute_all(points, settings, as_of, list(ids))


def compute_findings_job(inputs: AnalysisInputs, state: Any, as_of: date | None = None) -> Findings:
    """The graph findings of ``inputs`` (seconds at 50,000 networks: off the GUI thread)."""
    from desktop_app.analysis.findings import compute_findings  # networkx: when needed

    day = as_of or date.today()
    return compute_findings(
        inputs.networks,
        inputs.ties,
        inputs.memberships,
        inputs.findings,
        day,
        cancelled=state.cancelled,
    )


def findings_job(inputs: tuple[AnalysisInputs, date], state: Any) -> Findings:
    analysis_inputs, as_of = inputs
    return compute_findings_job(analysis_inputs, state, as_of)


def findings_from_file(inputs: tuple[str, str | None, date], state: Any) -> Findings:
    """The findings of the atlas file at ``path`` as last committed: for a process of its own.

    igraph holds the GIL for a whole call, so in a thread the findings of a
    big atlas would freeze the window; a process reads the few tables it needs
    itself instead of being sent the window's rows.
    """
    from desktop_app.store import Atlas

    path, passphrase, as_of = inputs
    reader = Atlas.reader_of(path, passphrase)
    try:
        analysis_inputs = AnalysisInputs(
            networks=reader.networks.all(),
            ties=reader.ties.all(),
            memberships=reader.memberships.all(),
            findings=findings_settings(reader),
        )
    finally:
        reader.close()
    state.check()
    return compute_findings_job(analysis_inputs, state, as_of)


def overview_job(inputs: tuple[AnalysisInputs, str | None, date, Mapping], _state) -> AreaOverview:
    """Counts, distribution and attention list of one area, from the held vitality."""
    analysis_inputs, area_id, as_of, vitality = inputs
    return area_overview(analysis_inputs, area_id, as_of, vitality)


class Snapshot:
    """The atlas as of :attr:`as_of`, kept current by :meth:`apply` (see the module doc)."""

    def __init__(self, as_of: date | None = None) -> None:
        self.as_of = as_of or date.today()
        self.rows: dict[str, dict[str, Any]] = {table: {} for table in REPOSITORIES}
        self.points: dict[str, list] = {}
        self.settings = Settings.of(None)
        self.vitality: dict[str, Vitality] = {}
        self.findings: Findings | None = None
        #: the picture was read (False until :meth:`adopt`)
        self.loaded = False
        self._overviews: dict[str | None, AreaOverview] = {}

    # -- filling ------------------------------------------------------------------
    def adopt(self, picture: Picture) -> None:
        """Take over what :func:`load_job` read."""
        self.rows = picture.rows
        self.points = picture.points
        self.settings = picture.settings
        self.vitality = picture.vitality
        self.loaded = True
        self._overviews.clear()

    def load(self, atlas: Atlas) -> None:
        """Read and score everything now, in this thread (tests, the command line)."""
        self.adopt(load_job((lambda: _Unclosed(atlas), self.as_of), _Check()))
        self.findings = compute_findings_job(self.inputs(), _Check(), self.as_of)

    def set_findings(self, findings: Findings | None) -> None:
        self.findings = findings
        self._overviews.clear()

    def set_vitality(self, vitality: dict[str, Vitality]) -> None:
        self.vitality = vitality
        self._overviews.clear()

    # -- reading ------------------------------------------------------------------
    @property
    def networks(self) -> Mapping[str, Any]:
        return self.rows["networks"]

    def inputs(self) -> AnalysisInputs:
        """The held rows as the analysis functions take them (no copy of the rows)."""
        rows = self.rows
        return AnalysisInputs(
            areas=list(rows["areas"].values()),
            networks=list(rows["networks"].values()),
            memberships=list(rows["memberships"].values()),
            ties=list(rows["ties"].values()),
            obstacles=list(rows["obstacles"].values()),
            support_cases=list(rows["support_cases"].values()),
            professionals=list(rows["professionals"].values()),
            signals_by_network=self.points,
            vitality=self.settings.vitality,
            alerts=self.settings.alerts,
            findings=self.settings.findings,
        )

    def cached_overview(self, area_id: str | None) -> AreaOverview | None:
        return self._overviews.get(area_id)

    def overview(self, area_id: str | None) -> AreaOverview:
        """The overview of an area (computed once per change, then kept)."""
        found = self._overviews.get(area_id)
        if found is None:
            found = overview_job((self.inputs(), area_id, self.as_of, self.vitality), None)
            self._overviews[area_id] = found
        return found

    def keep_overview(self, area_id: str | None, overview: AreaOverview) -> None:
        self._overviews[area_id] = overview

    # -- changing -----------------------------------------------------------------
    def apply(self, changes: ChangeSet, atlas: Atlas) -> Delta:
        """Bring the picture up to date with ``changes`` (already committed in ``atlas``).

        Reads only the changed rows (by id). What is too big to do here is
        returned as due in the :class:`Delta`.
        """
        if not changes:
            return Delta(changes)
        self._overviews.clear()
        whole = changes.whole & (set(REPOSITORIES) | set(_LINKS) | {"signals", "settings"})
        if whole or not self.loaded:
            return Delta(changes, reload_due=True)
        tables: set[str] = set()
        findings_due = False
        old_networks = dict(self.rows["networks"])
        for table in REPOSITORIES:
            ids = changes.ids(table)
            ids |= {
                i for link, owner in _LINKS.items() if owner == table for i in changes.ids(link)
            }
            if not ids:
                continue
            tables.add(table)
            self._reread(atlas, table, ids)
        networks = self.rows["networks"]
        removed = frozenset(i for i in changes.ids("networks") if i not in networks)
        changed = frozenset(i for i in changes.ids("networks") if i in networks)
        tables.discard("networks")
        if tables & {"ties", "memberships"} or removed:
            findings_due = True
        for nid in changed:
            before = old_networks.get(nid)
            after = networks[nid]
            if before is None or any(
                getattr(before, f) != getattr(after, f) for f in _GRAPH_FIELDS
            ):
                findings_due = True
        settings_due = False
        if changes.touches("settings"):
            tables.add("settings")
            settings = Settings.of(atlas)
            settings_due = settings.vitality != self.settings.vitality
            findings_due = findings_due or settings.findings != self.settings.findings
            self.settings = settings
        rescored: set[str] = set()
        for nid in removed:
            self.points.pop(nid, None)
            self.vitality.pop(nid, None)
        touched = changes.network_ids("signals") & networks.keys()
        if touched:
            tables.add("signals")
            self.points.update({nid: [] for nid in touched})
            self.points.update(atlas.signals.points_by_network(touched))
        fresh = {nid for nid in changed if nid not in self.vitality}
        if not settings_due:
            rescore = touched | fresh
            if len(rescore) > INLINE_VITALITY_LIMIT:
                settings_due = True
            else:
                self.vitality.update(
                    compute_all(self.points, self.settings.vitality, self.as_of, rescore)
                )
                rescored = rescore
        return Delta(
            changes,
            networks=changed,
            removed=removed,
            vitality=frozenset(rescored),
            tables=frozenset(tables),
            findings_due=findings_due,
            vitality_due=settings_due,
        )

    def _reread(self, atlas: Atlas, table: str, ids: set[str]) -> None:
        held = self.rows[table]
        found = {obj.id: obj for obj in getattr(atlas, REPOSITORIES[table]).many(ids)}
        for row_id in ids:
            if row_id in found:
                held[row_id] = found[row_id]
            else:
                held.pop(row_id, None)


class _Unclosed:
    """An atlas passed to :func:`load_job` that must stay open after it (direct loads)."""

    def __init__(self, atlas: Atlas) -> None:
        self._atlas = atlas

    def __getattr__(self, name: str) -> Any:
        return getattr(self._atlas, name)

    def close(self) -> None:
        return None
