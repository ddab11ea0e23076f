"""Subcommands on an atlas file as a whole: new, demo, info, check, backup.

Each handler returns an exit code; store errors (not an atlas, too new,
locked, ...) are raised and turned into exit code 1 with their one-line
message by :func:`desktop_app.cli.main.main`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

from desktop_app import i18n
from desktop_app.cli.options import atlas_help, common_options
from desktop_app.i18n import Text
from desktop_app.store import Atlas, AtlasExistsError

#: Largest ``demo --networks``: 50,000 takes about a minute; far more only fills a disk.
MAX_DEMO_NETWORKS = 200_000

TABLE_LABELS = {
    "areas": Text("Gebieden", "Areas"),
    "networks": Text("Netwerken", "Networks"),
    "persons": Text("Personen", "Persons"),
    "memberships": Text("Lidmaatschappen", "Memberships"),
    "professionals": Text("Professionals", "Professionals"),
    "ties": Text("Verbindingen", "Ties"),
    "signals": Text("Signalen", "Signals"),
    "obstacles": Text("Obstakels", "Obstacles"),
    "support_cases": Text("Ondersteuningsvragen", "Support cases"),
    "notes": Text("Notities", "Notes"),
    "positions": Text("Kaartposities", "Map positions"),
}
YES, NO = Text("ja", "yes"), Text("nee", "no")


def register(subparsers: argparse._SubParsersAction) -> None:
    # --lang is also accepted after the command ("zwermkaart info x --lang en").
    common = common_options()
    path_help = atlas_help()

    def add(name: str, summary: Text) -> argparse.ArgumentParser:
        parser = subparsers.add_parser(
            name, parents=[common], help=str(summary), description=str(summary)
        )
        return parser

    new = add("new", Text("Maak een nieuwe, lege atlas.", "Create a new, empty atlas."))
    new.add_argument("path", metavar="PATH", help=path_help)
    new.add_argument(
        "--name",
        help=str(
            Text(
                "naam van de atlas (standaard: de bestandsnaam)", "atlas name (default: file name)"
            )
        ),
    )
    new.set_defaults(handler=cmd_new)

    demo = add(
        "demo",
        Text(
            "Maak een demo-atlas van een verzonnen gemeente.",
            "Create a demo atlas of a fictional municipality.",
        ),
    )
    demo.add_argument("path", metavar="PATH", help=path_help)
    demo.add_argument(
        "--networks",
        type=_network_count,
        default=300,
        metavar="N",
        help=str(Text("aantal netwerken (standaard 300)", "number of networks (default 300)")),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=2026,
        metavar="S",
        help=str(Text("startgetal van het toeval (standaard 2026)", "random seed (default 2026)")),
    )
    demo.add_argument(
        "--date",
        type=_iso_date,
        metavar="JJJJ-MM-DD",
        help=str(
            Text(
                "peildatum van de demo (standaard vandaag)",
                "the demo's reference date (default today)",
            )
        ),
    )
    demo.set_defaults(handler=cmd_demo)

    info = add(
        "info",
        Text(
            "Toon aantallen, schemaversie en of het een demo is.",
            "Show counts, schema version and whether it is a demo.",
        ),
    )
    info.add_argument("path", metavar="PATH", help=path_help)
    info.add_argument(
        "--json", action="store_true", help=str(Text("uitvoer als JSON", "output as JSON"))
    )
    info.set_defaults(handler=cmd_info)

    check = add(
        "check",
        Text(
            "Controleer de atlas (integriteit en verwijzingen).",
            "Check the atlas (integrity and foreign keys).",
        ),
    )
    check.add_argument("path", metavar="PATH", help=path_help)
    check.set_defaults(handler=cmd_check)

    backup = add(
        "backup",
        Text(
            "Maak een consistente kopie, ook van een geopende atlas.",
            "Make a consistent copy, also of an atlas that is open.",
        ),
    )
    backup.add_argument("path", metavar="PATH", help=path_help)
    backup.add_argument(
        "dest",
        metavar="DEST",
        help=str(Text("bestand of map voor de kopie", "file or folder for the copy")),
    )
    backup.add_argument(
        "--force",
        action="store_true",
        help=str(Text("overschrijf een bestaand bestand", "overwrite an existing file")),
    )
    backup.set_defaults(handler=cmd_backup)


# -- argument types -------------------------------------------------------------
def _network_count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= MAX_DEMO_NETWORKS:
        raise argparse.ArgumentTypeError(
            str(
                Text(
                    "een geheel getal van 1 tot en met {max} verwacht",
                    "expected a whole number from 1 to {max}",
                ).format(max=MAX_DEMO_NETWORKS)
            )
        )
    return value


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            str(Text("een datum als 2026-11-27 verwacht", "expected a date like 2026-11-27"))
        ) from None


# -- handlers -----------------------------------------------------------------
def cmd_new(args: argparse.Namespace) -> int:
    path = Path(args.path)
    Atlas.create(path, name=args.name or path.stem).close()
    print(Text("Nieuwe atlas gemaakt: {path}", "New atlas created: {path}").format(path=path))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.store.demo import create_demo

    path = Path(args.path)
    if path.exists():
        raise AtlasExistsError(path=str(path))
    started = time.perf_counter()
    create_demo(path, networks=args.networks, seed=args.seed, reference=args.date)
    seconds = time.perf_counter() - started
    with Atlas.open(path, read_only=True) as atlas:
        counts = atlas.counts()
    print(
        Text(
            "Demo-atlas gemaakt: {path} ({networks} netwerken, {persons} personen, "
            "{signals} signalen) in {seconds} s",
            "Demo atlas created: {path} ({networks} networks, {persons} persons, "
            "{signals} signals) in {seconds} s",
        ).format(
            path=path,
            networks=counts["networks"],
            persons=counts["persons"],
            signals=counts["signals"],
            seconds=f"{seconds:.1f}",
        )
    )
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    with Atlas.open(args.path, read_only=True) as atlas:
        info = atlas.info()
    if args.json:
        data = {
            "path": info.path,
            "name": info.name,
            "schema_version": info.schema_version,
            "is_demo": info.is_demo,
            "encrypted": info.encrypted,
            "counts": info.counts,
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    rows = [
        (Text("Atlas", "Atlas"), info.name),
        (Text("Bestand", "File"), info.path),
        (Text("Schemaversie", "Schema version"), str(info.schema_version)),
        (Text("Demo", "Demo"), str(YES if info.is_demo else NO)),
        (Text("Versleuteld", "Encrypted"), str(YES if info.encrypted else NO)),
    ]
    rows += [(TABLE_LABELS.get(t, Text(t, t)), _number(n)) for t, n in info.counts.items()]
    width = max(len(str(label)) for label, _ in rows)
    for label, value in rows:
        print(f"{label!s:<{width}}  {value}")
    return 0


def _number(n: int) -> str:
    """Right-aligned with thousands separators: 50.000 in Dutch, 50,000 in English."""
    text = f"{n:>10,}"
    return text.replace(",", ".") if i18n.language() == "nl" else text


def cmd_check(args: argparse.Namespace) -> int:
    with Atlas.open(args.path, read_only=True, check_seal=False) as atlas:
        problems = atlas.check()
        if atlas.seal_broken():
            problems.append(
                str(
                    Text(
                        "Het bestand is veranderd sinds Zwermkaart het sloot (beschadigd, of "
                        "door een ander programma gewijzigd).",
                        "The file changed since Zwermkaart closed it (damaged, or changed by "
                        "another program).",
                    )
                )
            )
    if not problems:
        print(Text("Geen problemen gevonden.", "No problems found."))
        return 0
    for problem in problems:
        print(problem)
    print(
        "zwermkaart: "
        + str(
            Text(
                "{n} probleem/problemen gevonden in {path}.",
                "{n} problem(s) found in {path}.",
            ).format(n=len(problems), path=args.path)
        ),
        file=sys.stderr,
    )
    return 1


def cmd_backup(args: argparse.Namespace) -> int:
    source = Path(args.path)
    dest = Path(args.dest)
    if dest.is_dir():
        dest = dest / source.name
    if dest.exists() and dest.resolve() == source.resolve():
        raise AtlasExistsError(
            Text(
                "De kopie kan niet op de plaats van de atlas zelf komen.",
                "The copy cannot replace the atlas itself.",
            ),
            path=str(dest),
        )
    if dest.exists() and not args.force:
        raise AtlasExistsError(
            Text(
                "{dest} bestaat al; kies een andere naam of gebruik --force.",
                "{dest} already exists; choose another name or use --force.",
            ).format(dest=dest),
            path=str(dest),
        )
    with Atlas.open(source, read_only=True) as atlas:
        written = atlas.backup_to(dest)
    print(Text("Kopie gemaakt: {dest}", "Copy made: {dest}").format(dest=written))
    return 0
