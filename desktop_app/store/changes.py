"""What each write changed: change sets collected by the atlas's own connection.

Every table of the atlas gets TEMP triggers on the writing connection (they
live in that connection's memory and never touch the file's schema). They log
``(table, row id, operation, network ids)`` into a temp table; when the
outermost transaction commits, :class:`ChangeLog` reads and clears that table
and folds it into the pending :class:`ChangeSet`, which the session takes after
each edit.

Why triggers and not the repositories reporting what they wrote: SQLite runs
the schema's ``ON DELETE CASCADE`` and ``SET NULL`` actions as row changes that
fire triggers too, so a deleted network's signals, ties, memberships, position
and notes are in the change set without a hand-kept copy of the cascades, and
no write path (bulk import, undelete, settings, positions) can forget to tell.

Bulk writes of thousands of rows (import, its undo) would pay a logged row per
row; :meth:`ChangeLog.bulk` switches a table's triggers off for the call and
records the table as changed *as a whole* (its ids unknown), which views treat
as "reload this table".
"""

from __future__ import annotations

import contextlib
import dataclasses
import sqlite3
from collections.abc import Iterable, Iterator, Mapping

#: Not logged: bookkeeping the views never show.
_SKIPPED = ("audit_log", "tombstones", "sqlite_sequence")
#: Columns naming the network a row belongs to (first match is the row's network).
_NETWORK_COLUMNS = ("network_id", "source_id")
_LOG = "zk_changes"

INSERTED, UPDATED, DELETED = "i", "u", "d"

#: What two operations on the same row within one change set amount to.
_FOLD = {
    (INSERTED, UPDATED): INSERTED,
    (INSERTED, DELETED): None,
    (UPDATED, UPDATED): UPDATED,
    (UPDATED, DELETED): DELETED,
    (DELETED, INSERTED): UPDATED,
    (DELETED, UPDATED): UPDATED,
    (UPDATED, INSERTED): UPDATED,
    (INSERTED, INSERTED): INSERTED,
    (DELETED, DELETED): DELETED,
}


@dataclasses.dataclass(frozen=True)
class ChangeSet:
    """Which rows of which tables one edit (or its undo) inserted, updated or deleted.

    ``rows[table][id]`` is the operation ("i", "u", "d"); ``networks[table]`` the
    networks the changed rows of that table belong to (a signal's network, both
    ends of a tie, a note's network), deleted rows included. A table in
    ``whole`` changed in bulk: its ids are not listed, reload all of it.
    """

    rows: Mapping[str, Mapping[str, str]] = dataclasses.field(default_factory=dict)
    networks: Mapping[str, frozenset[str]] = dataclasses.field(default_factory=dict)
    whole: frozenset[str] = frozenset()

    @classmethod
    def everything(cls, tables: Iterable[str]) -> ChangeSet:
        """Every row of ``tables`` may have changed (an atlas restored, persons erased)."""
        return cls(whole=frozenset(tables))

    @property
    def tables(self) -> frozenset[str]:
        return frozenset(self.rows) | self.whole

    def __bool__(self) -> bool:
        return bool(self.rows or self.whole)

    def touches(self, *tables: str) -> bool:
        return any(t in self.whole or t in self.rows for t in tables)

    def is_whole(self, *tables: str) -> bool:
        """Any of ``tables`` changed as a whole (its ids not listed)."""
        return any(t in self.whole for t in tables)

    def _with(self, table: str, op: str) -> set[str]:
        return {i for i, o in self.rows.get(table, {}).items() if o == op}

    def inserted(self, table: str) -> set[str]:
        return self._with(table, INSERTED)

    def updated(self, table: str) -> set[str]:
        return self._with(table, UPDATED)

    def deleted(self, table: str) -> set[str]:
        return self._with(table, DELETED)

    def ids(self, table: str) -> set[str]:
        """Ids of the changed rows of ``table``, whatever happened to them."""
        return set(self.rows.get(table, {}))

    def network_ids(self, *tables: str) -> set[str]:
        """Networks whose rows in ``tables`` changed (the network's own row included)."""
        found: set[str] = set()
        for table in tables:
            found |= self.networks.get(table, frozenset())
            if table == "networks":
                found |= self.ids("networks")
        return found

    def merged(self, other: ChangeSet) -> ChangeSet:
        """This change followed by ``other``, as one change set."""
        rows = {t: dict(r) for t, r in self.rows.items()}
        for table, changes in other.rows.items():
            _fold_into(rows.setdefault(table, {}), changes.items())
        networks = {t: set(n) for t, n in self.networks.items()}
        for table, ids in other.networks.items():
            networks.setdefault(table, set()).update(ids)
        return ChangeSet(
            {t: r for t, r in rows.items() if r},
            {t: frozenset(n) for t, n in networks.items()},
            self.whole | other.whole,
        )


def _fold_into(rows: dict[str, str], changes: Iterable[tuple[str, str]]) -> None:
    for row_id, op in changes:
        before = rows.get(row_id)
        after = op if before is None else _FOLD[before, op]
        if after is None:
            del rows[row_id]
        else:
            rows[row_id] = after


def _watched_tables(conn: sqlite3.Connection) -> list[tuple[str, str, list[str]]]:
    """(table, key column, network expressions) of every table of the atlas."""
    found = []
    for (table,) in conn.execute(
        "SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql NOT LIKE '%VIRTUAL%'"
        " ORDER BY name"
    ).fetchall():
        if table in _SKIPPED or table.startswith(("sqlite_", "search_index")):
            continue
        info = conn.execute(f"PRAGMA main.table_info({table})").fetchall()
        columns = [r[1] for r in info]
        keys = sorted((r[5], r[1]) for r in info if r[5])
        key = keys[0][1] if keys else "rowid"
        nets = [c for c in _NETWORK_COLUMNS if c in columns]
        if "target_id" in columns:
            nets.append("target_id")
        if table == "notes":
            nets = ["CASE WHEN {row}.subject_type = 'network' THEN {row}.subject_id END"]
        found.append((table, key, nets))
    return found


def _net(expressions: list[str], index: int, row: str) -> str:
    if index >= len(expressions):
        return "NULL"
    expr = expressions[index]
    return expr.format(row=row) if "{row}" in expr else f"{row}.{expr}"


def _trigger_sql(table: str, key: str, nets: list[str]) -> list[str]:
    def log(op: str, row: str) -> str:
        return (
            f"INSERT INTO {_LOG} VALUES ('{table}', {row}.{key}, '{op}', "
            f"{_net(nets, 0, row)}, {_net(nets, 1, row)});"
        )

    moved = " OR ".join(f"{_net(nets, i, 'OLD')} IS NOT {_net(nets, i, 'NEW')}" for i in (0, 1))
    # A row moved to another network (a signal re-assigned) changes the old one too.
    update = log(UPDATED, "NEW") + (
        f" INSERT INTO {_LOG} SELECT '{table}', OLD.{key}, '{UPDATED}', "
        f"{_net(nets, 0, 'OLD')}, {_net(nets, 1, 'OLD')} WHERE {moved};"
        if nets
        else ""
    )
    head = "CREATE TEMP TRIGGER IF NOT EXISTS"
    return [
        f"{head} zk_{table}_i AFTER INSERT ON main.{table} BEGIN {log(INSERTED, 'NEW')} END",
        f"{head} zk_{table}_u AFTER UPDATE ON main.{table} BEGIN {update} END",
        f"{head} zk_{table}_d AFTER DELETE ON main.{table} BEGIN {log(DELETED, 'OLD')} END",
    ]


class ChangeLog:
    """The change sets of one writing connection (see the module's docstring)."""

    def __init__(self, conn: sqlite3.Connection, *, enabled: bool = True) -> None:
        self._conn = conn
        self._triggers: dict[str, list[str]] = {}
        self._pending = ChangeSet()
        self._whole_now: set[str] = set()
        self.enabled = enabled
        if not enabled:  # a read-only connection writes nothing
            return
        self._install()

    def _install(self) -> None:
        conn = self._conn
        # Changing temp_store drops every temp object: set it first (to what the scrub of
        # an erasure sets as well), so the log stays, and stays in memory.
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(
            f"CREATE TEMP TABLE IF NOT EXISTS {_LOG} "
            "(tbl TEXT NOT NULL, row_id TEXT, op TEXT NOT NULL, net TEXT, net2 TEXT)"
        )
        for table, key, nets in _watched_tables(conn):
            self._triggers[table] = _trigger_sql(table, key, nets)
            for sql in self._triggers[table]:
                conn.execute(sql)

    def read(self) -> ChangeSet:
        """The rows logged in the current transaction, cleared from the log.

        Called just before COMMIT: if the commit fails, the rollback puts the
        log back as it was (it is part of the same transaction).
        """
        if not self.enabled:
            return ChangeSet()
        try:
            logged = self._conn.execute(f"SELECT tbl, row_id, op, net, net2 FROM temp.{_LOG}")
        except sqlite3.OperationalError:
            # The temp objects were dropped (temp_store changed): what changed is unknown.
            self._install()
            self._whole_now = set()
            return ChangeSet.everything(self._triggers)
        rows: dict[str, dict[str, str]] = {}
        networks: dict[str, set[str]] = {}
        for table, row_id, op, net, net2 in logged.fetchall():
            _fold_into(rows.setdefault(table, {}), ((str(row_id), op),))
            if net is not None or net2 is not None:
                ids = networks.setdefault(table, set())
                ids.update(n for n in (net, net2) if n is not None)
        self._conn.execute(f"DELETE FROM temp.{_LOG}")
        whole, self._whole_now = frozenset(self._whole_now), set()
        return ChangeSet(
            {t: r for t, r in rows.items() if r},
            {t: frozenset(n) for t, n in networks.items()},
            whole,
        )

    def committed(self, changes: ChangeSet) -> None:
        """Add what a commit saved to the pending change set."""
        if changes:
            self._pending = self._pending.merged(changes)

    def rolled_back(self) -> None:
        self._whole_now = set()

    def take(self) -> ChangeSet:
        """What was saved since the last call (and forget it)."""
        changes, self._pending = self._pending, ChangeSet()
        return changes

    @contextlib.contextmanager
    def bulk(self, table: str) -> Iterator[None]:
        """Write many rows of ``table`` without logging each; it counts as changed whole.

        Runs inside the caller's transaction: a rollback brings the triggers back too.
        """
        statements = self._triggers.get(table)
        if not statements:
            yield
            return
        for suffix in ("i", "u", "d"):
            self._conn.execute(f"DROP TRIGGER IF EXISTS temp.zk_{table}_{suffix}")
        self._whole_now.add(table)
        try:
            yield
        finally:
            for sql in statements:
                self._conn.execute(sql)
