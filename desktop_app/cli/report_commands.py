"""``zwermkaart report ATLAS --kind area --area NAME -o out.pdf``: a PDF summary, headless.

The atlas is opened read-only (no writer lock), so a report can be made while
the window has the atlas open.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime

from desktop_app.cli.options import common_options
from desktop_app.i18n import Text


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        parents=[common_options()],
        help=str(Text("PDF-rapport maken", "make a PDF report")),
        description=str(
            Text(
                "Maak een PDF-samenvatting: netwerkprofiel, gebiedsoverzicht of gemeenteoverzicht. "
                "Bewoners staan er onder een schuilnaam in, tenzij --with-names.",
                "Make a PDF summary: network profile, area summary or municipality overview. "
                "Residents appear under a pseudonym unless --with-names.",
            )
        ),
    )
    parser.add_argument("atlas", help=str(Text("de atlas (.zwerm)", "the atlas (.zwerm)")))
    parser.add_argument(
        "--kind",
        choices=("network", "area", "municipality"),
        default="municipality",
        help=str(Text("soort rapport", "kind of report")),
    )
    parser.add_argument("--area", help=str(Text("naam van het gebied", "name of the area")))
    parser.add_argument("--network", help=str(Text("naam van het netwerk", "name of the network")))
    parser.add_argument(
        "-o", "--output", required=True, help=str(Text("het PDF-bestand", "the PDF file"))
    )
    parser.add_argument(
        "--with-names",
        action="store_true",
        help=str(
            Text(
                "namen van bewoners opnemen (het rapport bevat dan persoonsgegevens)",
                "include residents' names (the report then contains personal data)",
            )
        ),
    )
    parser.add_argument(
        "--date",
        help=str(
            Text(
                "datum van het rapport, DD-MM-JJJJ (standaard vandaag)",
                "report date, DD-MM-YYYY (default today)",
            )
        ),
    )
    parser.set_defaults(handler=run)


def _parse_date(text: str | None) -> date | None:
    if not text:
        return None
    for fmt in ("%d-%m-%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def run(args: argparse.Namespace) -> int:
    from desktop_app.cli.main import fail

    try:
        today = _parse_date(args.date)
    except ValueError:
        return fail(Text("Ongeldige datum: {d}", "Invalid date: {d}").format(d=args.date))
    if args.kind == "area" and not args.area:
        return fail(Text("Geef een gebied met --area NAAM.", "Give an area with --area NAME."))
    if args.kind == "network" and not args.network:
        return fail(
            Text("Geef een netwerk met --network NAAM.", "Give a network with --network NAME.")
        )

    from desktop_app import qt_i18n
    from desktop_app.reports.build import ReportRequest, find_area, find_network
    from desktop_app.reports.export import ensure_app, export_report
    from desktop_app.reports.model import ReportKind
    from desktop_app.store import Atlas

    ensure_app()
    qt_i18n.install()
    with Atlas.open(args.atlas, read_only=True) as atlas:
        subject = None
        if args.kind == "area":
            subject = find_area(atlas, args.area).id
        elif args.kind == "network":
            subject = find_network(atlas, args.network).id
        request = ReportRequest(ReportKind(args.kind), subject, args.with_names, today)
        result = export_report(atlas, request, args.output)
    pages = (
        Text("{path}: 1 pagina", "{path}: 1 page")
        if result.pages == 1
        else Text("{path}: {pages} pagina's", "{path}: {pages} pages")
    )
    print(pages.format(path=result.path, pages=result.pages), file=sys.stdout)
    return 0
