"""Networks and their status history."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date

from desktop_app.domain import Network, StatusPeriod, new_id
from desktop_app.store.codec import format_timestamp, utc_now
from desktop_app.store.repository import Repository


def period_id(network_id: str, number: int) -> str:
    """The id of a network's ``number``-th status period (0: the first).

    Derived, not random, so the same atlas content (the demo from one seed) has
    the same rows; unique because a network's periods are numbered.
    """
    return hashlib.blake2b(f"{network_id}/{number}".encode(), digest_size=16).hexdigest()


class NetworkRepository(Repository[Network]):
    table = "networks"
    model = Network
    entity = "network"
    order_by = "name COLLATE NOCASE"

    def _write_extra(self, obj: Network) -> None:
        """Keep the status history in step: a changed status closes the open period."""
        since = obj.status_since or date.today()
        open_period = self.conn.execute(
            "SELECT id, status FROM network_statuses WHERE network_id = ? AND until IS NULL",
            (obj.id,),
        ).fetchone()
        if open_period and open_period[1] == obj.status.value:
            return
        now = format_timestamp(utc_now())
        if open_period:
            self.conn.execute(
                "UPDATE network_statuses SET until = max(since, ?), updated_at = ? WHERE id = ?",
                (since.isoformat(), now, open_period[0]),
            )
        number = self.conn.execute(
            "SELECT count(*) FROM network_statuses WHERE network_id = ?", (obj.id,)
        ).fetchone()[0]
        row_id = period_id(obj.id, number)
        if self.conn.execute("SELECT 1 FROM network_statuses WHERE id = ?", (row_id,)).fetchone():
            row_id = new_id()  # a period deleted in between: the number is taken
        self.conn.execute(
            "INSERT INTO network_statuses (id, network_id, status, since, until, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?)",
            (row_id, obj.id, obj.status.value, since.isoformat(), now, now),
        )

    def _write_extra_many(self, objs: list[Network]) -> None:
        """The open status period of each network just inserted (none can exist yet)."""
        now = format_timestamp(utc_now())
        today = date.today()
        self.conn.executemany(
            "INSERT INTO network_statuses (id, network_id, status, since, until, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, NULL, ?, ?)",
            [
                (
                    period_id(n.id, 0),
                    n.id,
                    n.status.value,
                    (n.status_since or today).isoformat(),
                    now,
                    now,
                )
                for n in objs
            ],
        )

    def add_status_periods(self, periods: Iterable[StatusPeriod]) -> int:
        """Insert earlier (closed) periods of status history in one transaction (demo, import).

        The current, open period is written by :meth:`add`/:meth:`add_many` itself.
        """
        now = format_timestamp(utc_now())
        rows = [
            (
                p.id,
                p.network_id,
                p.status.value,
                p.since.isoformat(),
                p.until.isoformat() if p.until else None,
                format_timestamp(p.created_at) if p.created_at else now,
                format_timestamp(p.updated_at) if p.updated_at else now,
            )
            for p in periods
        ]
        with self._atlas.transaction(), self._atlas.changes.bulk("network_statuses"):
            self.conn.executemany(
                "INSERT INTO network_statuses (id, network_id, status, since, until, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return len(rows)

    def ids(self) -> list[str]:
        """Every network's id (cheap: no objects built), e.g. to score all networks."""
        with self._atlas.reading():
            return [r[0] for r in self.conn.execute("SELECT id FROM networks ORDER BY rowid")]

    def names_and_areas(self) -> dict[str, tuple[str, str | None]]:
        """id -> (name, area id) of every network, without building Network objects.

        Lists that only show which network a row belongs to (signals, obstacles,
        support cases) need no more; building 10,000 full objects took ~0.5 s.
        """
        with self._atlas.reading():
            return {
                r[0]: (r[1], r[2])
                for r in self.conn.execute("SELECT id, name, area_id FROM networks")
            }

    def in_areas(self, area_ids: Iterable[str]) -> list[Network]:
        ids = list(area_ids)
        result: list[Network] = []
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            result += self._select(f"area_id IN ({', '.join('?' * len(chunk))})", chunk)
        return result

    def by_name(self, name: str) -> list[Network]:
        return self._select("name = ? COLLATE NOCASE", (name,))

    def status_periods(self) -> dict[str, list[StatusPeriod]]:
        """Every network's status history at once: network id -> periods by ``since``."""
        with self._atlas.reading():
            rows = self.conn.execute(
                "SELECT network_id, status, since, until, id, created_at, updated_at"
                " FROM network_statuses ORDER BY network_id, since, rowid"
            ).fetchall()
        from desktop_app.store.codec import from_row

        keys = ("network_id", "status", "since", "until", "id", "created_at", "updated_at")
        found: dict[str, list[StatusPeriod]] = {}
        for r in rows:
            found.setdefault(r[0], []).append(
                from_row(StatusPeriod, dict(zip(keys, r, strict=True)))
            )
        return found

    def status_history(self, network_id: str) -> list[StatusPeriod]:
        with self._atlas.reading():
            rows = self.conn.execute(
                "SELECT network_id, status, since, until, id, created_at, updated_at"
                " FROM network_statuses WHERE network_id = ? ORDER BY since, rowid",
                (network_id,),
            ).fetchall()
        from desktop_app.store.codec import from_row

        keys = ("network_id", "status", "since", "until", "id", "created_at", "updated_at")
        return [from_row(StatusPeriod, dict(zip(keys, r, strict=True))) for r in rows]
