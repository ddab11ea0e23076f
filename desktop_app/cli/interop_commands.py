"""``zwermkaart import`` and ``zwermkaart export``.

Import validates the whole file first and writes nothing when any row has an
error (exit code 1, the problems listed per row); ``--dry-run`` only shows
what would happen. Export writes atomically and refuses to replace a file
without ``--overwrite``. Errors the user can fix exit with code 1 and a
message in Dutch (or English with ``--lang en``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop_app.cli.options import atlas_help, common_options
from desktop_app.i18n import Text, os_reason
from desktop_app.interop.catalogue import TARGETS
from desktop_app.interop.errors import ImportRejectedError
from desktop_app.interop.export import FORMATS, ExportOptions, export
from desktop_app.interop.importer import problems_text
from desktop_app.interop.tables_export import TABLES
from desktop_app.interop.validation import POLICIES, SKIP
from desktop_app.store import Atlas

EXIT_OK = 0
EXIT_USER_ERROR = 1
#: A mapping file is a small JSON object; anything bigger is not one.
MAX_MAPPING_BYTES = 1_000_000
#: Problems (duplicates, unused columns) printed after an import.
SHOWN_PROBLEMS = 20


def register(subparsers: argparse._SubParsersAction) -> None:
    common = common_options()

    summary = Text(
        "Lees een CSV-, Excel- of LibreOffice-bestand in (of een atlas-export in JSON).",
        "Import a CSV, Excel or LibreOffice file (or an atlas export in JSON).",
    )
    imp = subparsers.add_parser(
        "import", parents=[common], help=str(summary), description=str(summary)
    )
    imp.add_argument("atlas", metavar="ATLAS", help=atlas_help())
    imp.add_argument(
        "file", metavar="FILE", help=str(Text("het bestand om in te lezen", "the file to import"))
    )
    imp.add_argument(
        "--as",
        dest="target",
        required=True,
        choices=(*TARGETS, "graph", "atlas"),
        help=str(
            Text(
                "wat het bestand bevat ('graph': GraphML of GEXF uit Gephi, yEd e.a.; "
                "'atlas': een JSON-export, alleen in een lege atlas)",
                "what the file holds ('graph': GraphML or GEXF from Gephi, yEd and others; "
                "'atlas': a JSON export, into an empty atlas only)",
            )
        ),
    )
    imp.add_argument(
        "--mapping",
        metavar="MAP.json",
        help=str(
            Text(
                'koppeling van kolomkoppen aan velden: {"kolomkop": "veld" of null}',
                'mapping of column headers to fields: {"header": "field" or null}',
            )
        ),
    )
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=str(Text("alleen controleren, niets opslaan", "only check, save nothing")),
    )
    imp.add_argument(
        "--duplicates",
        choices=POLICIES,
        default=SKIP,
        help=str(
            Text(
                "wat te doen met rijen die al in de atlas staan (standaard: skip)",
                "what to do with rows already in the atlas (default: skip)",
            )
        ),
    )
    imp.add_argument(
        "--sheet",
        help=str(
            Text(
                "blad van een werkmap (Excel, LibreOffice)",
                "sheet of a workbook (Excel, LibreOffice)",
            )
        ),
    )
    imp.add_argument(
        "--report",
        metavar="PATH",
        help=str(
            Text("schrijf het importverslag ook naar dit bestand", "also write the report here")
        ),
    )
    imp.set_defaults(handler=cmd_import)

    summary = Text(
        "Exporteer de atlas als CSV, Excel, GraphML, GEXF of JSON.",
        "Export the atlas as CSV, Excel, GraphML, GEXF or JSON.",
    )
    exp = subparsers.add_parser(
        "export", parents=[common], help=str(summary), description=str(summary)
    )
    exp.add_argument("atlas", metavar="ATLAS", help=atlas_help())
    exp.add_argument("--format", required=True, choices=FORMATS)
    exp.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="PATH",
        help=str(
            Text(
                "bestand, of map (de naam volgt dan uit de atlasnaam)",
                "file, or folder (the name then follows from the atlas name)",
            )
        ),
    )
    exp.add_argument(
        "--table",
        choices=TABLES,
        help=str(Text("alleen deze tabel (CSV/Excel)", "only this table (CSV/Excel)")),
    )
    exp.add_argument(
        "--network",
        action="append",
        metavar="ID",
        help=str(
            Text(
                "alleen dit netwerk (herhaalbaar): het filter",
                "only this network (repeatable): the filter",
            )
        ),
    )
    exp.add_argument(
        "--with-names",
        action="store_true",
        help=str(
            Text(
                "echte namen en contactgegevens van personen in plaats van 'Bewoner 1'",
                "real names and contact data of persons instead of 'Resident 1'",
            )
        ),
    )
    exp.add_argument(
        "--overwrite",
        action="store_true",
        help=str(Text("een bestaand bestand vervangen", "replace an existing file")),
    )
    exp.add_argument(
        "--delimiter",
        choices=(";", ",", "tab"),
        default=";",
        help=str(Text("scheidingsteken voor CSV (standaard ;)", "CSV delimiter (default ;)")),
    )
    exp.set_defaults(handler=cmd_export)


def _fail(text: Text) -> int:
    print(f"zwermkaart: {text}", file=sys.stderr)
    return EXIT_USER_ERROR


def _read_mapping(path: str) -> dict[str, str | None] | Text:
    try:
        raw = Path(path).read_bytes()[: MAX_MAPPING_BYTES + 1]
    except OSError as exc:
        return Text(
            "Kan het koppelingsbestand niet lezen: {reason}",
            "Cannot read the mapping file: {reason}",
        ).format(reason=os_reason(exc))
    try:
        if len(raw) > MAX_MAPPING_BYTES:
            raise ValueError("too large")
        mapping = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        mapping = None
    if not isinstance(mapping, dict):
        return Text(
            'Het koppelingsbestand moet een JSON-object zijn: {"kolomkop": "veld", ...}.',
            'The mapping file must be a JSON object: {"header": "field", ...}.',
        )
    return mapping


def cmd_import(args: argparse.Namespace) -> int:
    if args.target == "atlas":
        return _import_atlas(args)
    if args.target == "graph":
        return _import_graph(args)
    from desktop_app.interop.importer import apply
    from desktop_app.interop.matching import mapping_from_names
    from desktop_app.interop.sources import read_table
    from desktop_app.interop.validation import validate

    by_header = None
    if args.mapping:
        by_header = _read_mapping(args.mapping)
        if isinstance(by_header, Text):
            return _fail(by_header)
    table = read_table(args.file, sheet=args.sheet)
    spec = TARGETS[args.target]
    with Atlas.open(args.atlas, read_only=args.dry_run) as atlas:
        mapping = mapping_from_names(table.headers, spec, by_header) if by_header else None
        preview = validate(atlas, table, spec, mapping, policy=args.duplicates)
        print(Text("Gelezen: {what}", "Read: {what}").format(what=table.description))
        matched = ", ".join(
            # The preview's table: a CBS layout was turned into rows of its own.
            f"{(preview.table.headers[i] or '#' + str(i + 1))[:30]} -> {spec.field(name).label}"
            for i, name in sorted(preview.mapping.items())
        )
        print(Text("Koppeling: {m}", "Mapping: {m}").format(m=matched))
        print(preview.summary())
        if not preview.ok:
            error = ImportRejectedError(preview=preview)
            print(f"zwermkaart: {error}", file=sys.stderr)
            print(problems_text(preview.errors), file=sys.stderr)
            return EXIT_USER_ERROR
        notes = [p for p in preview.file_problems if p.severity != "error"] + [
            p for i in sorted(preview.row_problems) for p in preview.row_problems[i]
        ]
        if notes:
            print(problems_text(notes, limit=SHOWN_PROBLEMS))
        if args.dry_run:
            print(Text("Proefdraai: er is niets opgeslagen.", "Dry run: nothing was saved."))
            return EXIT_OK
        result = apply(atlas, preview, source=Path(args.file).name)
    report = result.report.as_text()
    print(str(report).splitlines()[0])
    if args.report:
        from desktop_app.interop.safe_files import atomic_write

        atomic_write(args.report, lambda fh: fh.write(str(report).encode("utf-8")), overwrite=True)
    return EXIT_OK


def _import_graph(args: argparse.Namespace) -> int:
    from desktop_app.interop.graph_import import apply_plan, plan_graph

    with Atlas.open(args.atlas, read_only=args.dry_run) as atlas:
        plan = plan_graph(atlas, args.file, policy=args.duplicates)
        print(plan.summary())
        if args.dry_run:
            print(Text("Proefdraai: er is niets opgeslagen.", "Dry run: nothing was saved."))
            return EXIT_OK
        result = apply_plan(atlas, plan)
    counts = result.report.added_per_table
    print(
        Text(
            "Ingelezen: {networks} netwerken en {ties} verbindingen; {skipped} overgeslagen.",
            "Imported: {networks} networks and {ties} ties; {skipped} skipped.",
        ).format(
            networks=counts.get("networks", 0),
            ties=counts.get("ties", 0),
            skipped=result.report.skipped,
        )
    )
    return EXIT_OK


def _import_atlas(args: argparse.Namespace) -> int:
    from desktop_app.interop.atlas_json import import_document, read_document

    document = read_document(args.file)
    if args.dry_run:
        print(Text("Proefdraai: het bestand is leesbaar.", "Dry run: the file is readable."))
        return EXIT_OK
    with Atlas.open(args.atlas) as atlas:
        counts = import_document(atlas, document)
    print(
        Text("Ingelezen: {counts}", "Imported: {counts}").format(
            counts=", ".join(f"{k} {v}" for k, v in counts.items() if v)
        )
    )
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    options = ExportOptions(
        network_ids=tuple(args.network) if args.network else None,
        with_names=args.with_names,
        overwrite=args.overwrite,
        table=args.table,
        delimiter="\t" if args.delimiter == "tab" else args.delimiter,
    )
    out = args.output  # a string: a trailing "/" says it is a folder
    with Atlas.open(args.atlas) as atlas:
        if args.network:
            unknown = [i for i in args.network if atlas.networks.find(i) is None]
            if unknown:
                return _fail(
                    Text("Onbekend netwerk-id: {ids}", "Unknown network id: {ids}").format(
                        ids=", ".join(i[:40] for i in unknown)
                    )
                )
        written = export(atlas, args.format, out, options)
    for path in written:
        print(Text("Geschreven: {path}", "Written: {path}").format(path=path))
    if not args.with_names:
        print(
            Text(
                "Personen zijn gepseudonimiseerd ('Bewoner 1', ...).",
                "Persons are pseudonymised ('Resident 1', ...).",
            )
        )
    return EXIT_OK
