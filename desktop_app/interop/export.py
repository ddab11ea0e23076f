"""Exporting the atlas: CSV, XLSX, GraphML, GEXF and JSON, written safely.

:func:`export` is the one entry point for the command line and the window.
``out`` is a folder (file names are then derived from the atlas name, made
safe for Windows and Linux) or a file path; a string that ends in a path
separator means a folder, which must exist. Every file is written atomically
and an existing file is only replaced with ``overwrite=True``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.i18n import Text, language
from desktop_app.interop.errors import ExportError
from desktop_app.interop.safe_files import atomic_write, atomic_write_all, inside, safe_filename
from desktop_app.interop.tables_export import TABLE_LABELS, TABLES, TableExporter

if TYPE_CHECKING:
    from desktop_app.store import Atlas

FORMATS = ("csv", "xlsx", "graphml", "gexf", "json")


@dataclass(frozen=True)
class ExportOptions:
    #: Limit to these networks (the current filter); None: everything.
    network_ids: tuple[str, ...] | None = None
    #: Real names and contact data of persons instead of 'Bewoner N'.
    with_names: bool = False
    overwrite: bool = False
    #: CSV/XLSX: one table (see TABLES) instead of all.
    table: str | None = None
    delimiter: str = ";"
    encoding: str = "utf-8-sig"
    lang: str | None = None


def _unknown_table(table: str) -> ExportError:
    return ExportError(
        Text(
            "Onbekende tabel '{table}'; kies uit: {choices}.",
            "Unknown table '{table}'; choose from: {choices}.",
        ).format(table=table[:40], choices=", ".join(TABLES))
    )


def _target(out: Path, atlas: Atlas, suffix: str, part: str = "") -> Path:
    """A file in folder ``out`` named after the atlas (and ``part``), or ``out`` itself."""
    if out.is_dir():
        name = atlas.name + (f" - {part}" if part else "")
        return inside(out, safe_filename(name, suffix))
    return out


def planned_paths(
    atlas: Atlas, fmt: str, out: str | os.PathLike[str], options: ExportOptions | None = None
) -> list[Path]:
    """The files :func:`export` would write (so a window can ask before replacing any)."""
    options = options or ExportOptions()
    lang = options.lang or language()
    out = Path(out)
    if fmt == "csv":
        names = [options.table] if options.table else list(TABLES)
        return [_target(out, atlas, ".csv", _label(TABLE_LABELS[n], lang)) for n in names]
    if fmt == "xlsx":
        part = _label(TABLE_LABELS[options.table], lang) if options.table else ""
        return [_target(out, atlas, ".xlsx", part)]
    return [_target(out, atlas, f".{fmt}")]


def export(
    atlas: Atlas, fmt: str, out: str | os.PathLike[str], options: ExportOptions | None = None
) -> list[Path]:
    """Export ``atlas`` as ``fmt`` to ``out``; returns the files written.

    Raises:
        ExportError (TargetExistsError when a file exists and overwrite is off).
    """
    options = options or ExportOptions()
    lang = options.lang or language()
    folder_asked = isinstance(out, str) and out.endswith(("/", os.sep))
    out = Path(out)
    if folder_asked and not out.is_dir():
        # "-o rapporten/" names a folder; Path() would drop the slash and write a file.
        raise ExportError(
            Text("De map bestaat niet: {folder}", "The folder does not exist: {folder}").format(
                folder=str(out)
            ),
            path=str(out),
        )
    if fmt not in FORMATS:
        raise ExportError(
            Text(
                "Onbekend formaat '{fmt}'; kies uit: {choices}.",
                "Unknown format '{fmt}'; choose from: {choices}.",
            ).format(fmt=fmt[:20], choices=", ".join(FORMATS))
        )
    if options.table is not None and options.table not in TABLES:
        raise _unknown_table(options.table)
    written: list[Path] = []
    if fmt in ("csv", "xlsx"):
        exporter = TableExporter(
            atlas, network_ids=options.network_ids, with_names=options.with_names, lang=lang
        )
        names = [options.table] if options.table else list(TABLES)
        if fmt == "xlsx":
            from desktop_app.interop.writers import write_xlsx

            tables = [exporter.table(n) for n in names]
            part = _label(tables[0].label, lang) if options.table else ""
            path = _target(out, atlas, ".xlsx", part)
            written.append(
                atomic_write(
                    path, lambda fh: write_xlsx(tables, fh, lang=lang), overwrite=options.overwrite
                )
            )
        else:
            from desktop_app.interop.writers import write_csv

            if len(names) > 1 and not out.is_dir():
                raise ExportError(
                    Text(
                        "Voor CSV van alle tabellen is een map nodig (één bestand per tabel); "
                        "of kies één tabel.",
                        "CSV of all tables needs a folder (one file per table); "
                        "or choose one table.",
                    )
                )
            paths = []
            for name in names:
                table = exporter.table(name)
                paths.append((_target(out, atlas, ".csv", _label(table.label, lang)), table))
            # All tables or none: a full disk at the fifth leaves the old folder as it was.
            written += atomic_write_all(
                [
                    (
                        path,
                        lambda fh, t=table: write_csv(
                            t, fh, delimiter=options.delimiter, encoding=options.encoding
                        ),
                    )
                    for path, table in paths
                ],
                overwrite=options.overwrite,
            )
    elif fmt in ("graphml", "gexf"):
        from desktop_app.interop import graph_export

        graph = graph_export.build_graph(
            atlas, network_ids=options.network_ids, lang=lang, with_names=options.with_names
        )
        data = (
            graph_export.graphml_bytes(graph)
            if fmt == "graphml"
            else graph_export.gexf_bytes(graph)
        )
        path = _target(out, atlas, f".{fmt}")
        written.append(atomic_write(path, lambda fh: fh.write(data), overwrite=options.overwrite))
    else:
        from desktop_app.interop.atlas_json import atlas_document, json_bytes

        document = atlas_document(
            atlas,
            with_names=options.with_names,
            network_ids=list(options.network_ids) if options.network_ids is not None else None,
        )
        data = json_bytes(document)
        path = _target(out, atlas, ".json")
        written.append(atomic_write(path, lambda fh: fh.write(data), overwrite=options.overwrite))
    _audit(atlas, fmt, options.table)
    return written


def _label(text: Text, lang: str) -> str:
    return text.nl if lang == "nl" else text.en


def _audit(atlas: Atlas, fmt: str, table: str | None) -> None:
    """An 'export' entry in the audit log (what, not to where: paths may hold names)."""
    if atlas.read_only:
        return
    with atlas.transaction():
        atlas.audit("export", fmt, table or "atlas")
