"""Writing a validated import: all or nothing, with a report, undo and redo.

:func:`apply` writes the plan of a :class:`~desktop_app.interop.validation.Preview`
in one ``atlas.transaction()``: any error, or a cancel through ``progress``,
rolls everything back. The :class:`ImportResult` it returns holds what was
added and the previous state of what was updated, so the window can offer the
whole import as one undo step (:meth:`ImportResult.undo` / :meth:`ImportResult.redo`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.i18n import Text
from desktop_app.interop.errors import ImportCancelledError, ImportRejectedError
from desktop_app.interop.sources import read_table
from desktop_app.interop.validation import (
    DUPLICATE,
    SKIP,
    WARNING,
    NewRows,
    Preview,
    Problem,
    Progress,
    validate,
)
from desktop_app.store.codec import format_timestamp, utc_now

if TYPE_CHECKING:
    from desktop_app.store import Atlas

#: Problems listed in an error message before "and N more".
MESSAGE_PROBLEMS = 10


def problems_text(problems: list[Problem], limit: int = MESSAGE_PROBLEMS) -> Text:
    """A multi-line message listing the first ``limit`` problems in both languages."""
    nl: list[str] = []
    en: list[str] = []
    for p in problems[:limit]:
        nl.append(f"{f'Rij {p.row}' if p.row else 'Bestand'}: {p.text.nl}")
        en.append(f"{f'Row {p.row}' if p.row else 'File'}: {p.text.en}")
    if len(problems) > limit:
        nl.append(f"... en nog {len(problems) - limit} problemen.")
        en.append(f"... and {len(problems) - limit} more problems.")
    return Text("\n".join(nl), "\n".join(en))


def rejection(preview: Preview) -> ImportRejectedError:
    errors = preview.errors
    head = ImportRejectedError.text
    body = problems_text(errors)
    return ImportRejectedError(
        Text(
            f"{head.nl} {len(errors)} fout(en):\n{body.nl}",
            f"{head.en} {len(errors)} error(s):\n{body.en}",
        ),
        preview=preview,
    )


def local_time(stamp: str) -> str:
    """A stored UTC timestamp ("2026-12-04T02:21:37Z") as local date and time the Dutch
    way ("04-12-2026 03:21"); text that is not a timestamp is kept as it is."""
    from desktop_app.store.codec import parse_timestamp

    try:
        moment = parse_timestamp(stamp)
    except (TypeError, ValueError):
        return stamp
    if moment is None:
        return stamp
    return moment.astimezone().strftime("%d-%m-%Y %H:%M")


@dataclass
class ImportReport:
    """What an import did, for the user (no cell values beyond the problem texts)."""

    target: str
    source: str
    rows: int
    added: int
    updated: int
    skipped: int
    added_per_table: dict[str, int]
    problems: list[Problem] = field(default_factory=list)
    at: str = ""

    def as_text(self) -> Text:
        from desktop_app.interop.catalogue import TARGETS

        label = (
            TARGETS[self.target].label if self.target in TARGETS else Text(self.target, self.target)
        )
        head = Text(
            "Import van {source} als {target_nl} ({at}). Rijen: {rows}; {added} toegevoegd, "
            "{updated} bijgewerkt, {skipped} overgeslagen.",
            "Import of {source} as {target_en} ({at}). Rows: {rows}; {added} added, "
            "{updated} updated, {skipped} skipped.",
        ).format(
            source=self.source,
            target_nl=label.nl,
            target_en=label.en,
            at=local_time(self.at),
            rows=self.rows,
            added=self.added,
            updated=self.updated,
            skipped=self.skipped,
        )
        if not self.problems:
            return head
        body = problems_text(self.problems, limit=1000)
        return Text(f"{head.nl}\n{body.nl}", f"{head.en}\n{body.en}")

    def as_dict(self) -> dict[str, Any]:
        return {
            "target": self.target,
            "source": self.source,
            "at": self.at,
            "rows": self.rows,
            "added": self.added,
            "updated": self.updated,
            "skipped": self.skipped,
            "added_per_table": self.added_per_table,
        }


@dataclass
class ImportResult:
    """What :func:`apply` wrote, enough to take it back and to do it again."""

    report: ImportReport
    #: (repository name, objects added) in the order they were added.
    added: list[tuple[str, list[Any]]]
    #: (repository name, object before, object after)
    updated: list[tuple[str, Any, Any]]
    #: Map positions of added networks (a graph import), restored on redo.
    positions: list[Any] = field(default_factory=list)

    @property
    def tables(self) -> set[str]:
        """Repository names touched (for refreshing views)."""
        return {repo for repo, _ in self.added} | {repo for repo, _, _ in self.updated}

    def undo(self, atlas: Atlas) -> None:
        """Take the whole import back in one transaction."""
        from desktop_app.store.bulk import delete_many

        with atlas.transaction():
            for repo, before, _ in reversed(self.updated):
                getattr(atlas, repo).update(before)
            for repo, objs in reversed(self.added):
                ids = objs.ids() if isinstance(objs, NewRows) else [o.id for o in objs]
                delete_many(atlas, getattr(atlas, repo), ids)

    def redo(self, atlas: Atlas) -> None:
        """Write the same import again (after :meth:`undo`), with the same ids."""
        from desktop_app.store.bulk import forget_tombstones, insert_many, insert_rows

        with atlas.transaction():
            for repo, objs in self.added:
                repository = getattr(atlas, repo)
                if isinstance(objs, NewRows):
                    insert_rows(atlas, repository, objs.columns, objs.rows)
                    ids = objs.ids()
                else:
                    insert_many(atlas, repository, objs)
                    ids = [o.id for o in objs]
                forget_tombstones(atlas, repository.table, ids)
            for repo, _, after in self.updated:
                getattr(atlas, repo).update(after)
            if self.positions:
                atlas.positions.save(self.positions)


def _ticking(
    objs: Iterable[Any], counter: list[int], total: int, progress: Progress | None
) -> Iterator[Any]:
    for obj in objs:
        counter[0] += 1
        if progress is not None and counter[0] % 2000 == 0 and progress(counter[0], total) is False:
            raise ImportCancelledError()
        yield obj


def apply(
    atlas: Atlas,
    preview: Preview,
    *,
    progress: Progress | None = None,
    source: str = "",
) -> ImportResult:
    """Write ``preview``'s plan in one transaction.

    Raises:
        ImportRejectedError: the preview has errors; nothing was written.
        ImportCancelledError: ``progress`` returned False; nothing was written.
        AtlasError: the atlas refused (locked, disk full); nothing was written.
    """
    if not preview.ok:
        raise rejection(preview)
    plan = preview.plan
    total = plan.total
    counter = [0]
    counts = preview.counts()
    added_per_table = {repo: len(objs) for repo, objs in plan.adds}
    report = ImportReport(
        target=preview.target.name,
        source=source or "",
        rows=len(preview.actions),
        added=counts["add"],
        updated=counts["update"],
        skipped=counts[SKIP],
        added_per_table=added_per_table,
        problems=[p for p in preview.file_problems if p.severity == WARNING]
        + [
            p
            for i in sorted(preview.row_problems)
            for p in preview.row_problems[i]
            if p.severity in (DUPLICATE, WARNING)
        ],
        at=format_timestamp(utc_now()),
    )
    if progress is not None and progress(0, total) is False:
        raise ImportCancelledError()
    from desktop_app.store.backups import backup_before_import
    from desktop_app.store.bulk import insert_many, insert_rows

    if not atlas.conn.in_transaction:
        backup_before_import(atlas)  # issue 7: a verified backup before every import
    with atlas.transaction():
        for repo, objs in plan.adds:
            if isinstance(objs, NewRows):
                offset = counter[0]

                def between(done: int, offset: int = offset) -> None:
                    if progress is not None and progress(offset + done, total) is False:
                        raise ImportCancelledError()

                insert_rows(atlas, getattr(atlas, repo), objs.columns, objs.rows, between=between)
                counter[0] += len(objs)
            else:
                insert_many(atlas, getattr(atlas, repo), _ticking(objs, counter, total, progress))
        for repo, _, after in plan.updates:
            counter[0] += 1
            if (
                progress is not None
                and counter[0] % 200 == 0
                and progress(counter[0], total) is False
            ):
                raise ImportCancelledError()
            getattr(atlas, repo).update(after)
        atlas.audit(
            "import",
            preview.target.name,
            f"{report.added} added, {report.updated} updated, {report.skipped} skipped",
        )
        atlas.set_setting("interop.last_import", report.as_dict())
    if progress is not None:
        progress(total, total)
    return ImportResult(report=report, added=list(plan.adds), updated=list(plan.updates))


def import_file(
    atlas: Atlas,
    path: str | os.PathLike[str],
    target: str,
    *,
    mapping: dict[int, str] | None = None,
    by_header: dict[str, str | None] | None = None,
    policy: str = SKIP,
    dry_run: bool = False,
    progress: Progress | None = None,
    sheet: str | None = None,
) -> tuple[Preview, ImportResult | None]:
    """Read, validate and (unless ``dry_run``) import a file in one go.

    Raises:
        SourceError, ImportRejectedError, ImportCancelledError, AtlasError.
    """
    from desktop_app.interop.catalogue import target as target_spec
    from desktop_app.interop.matching import mapping_from_names

    table = read_table(path, sheet=sheet)
    spec = target_spec(target)
    if mapping is None and by_header:
        mapping = mapping_from_names(table.headers, spec, by_header)
    preview = validate(atlas, table, spec, mapping, policy=policy)
    if not preview.ok:
        raise rejection(preview)
    if dry_run:
        return preview, None
    return preview, apply(atlas, preview, progress=progress, source=Path(path).name)
