"""Entry point of ``zwermkaart``.

Without a subcommand the window starts; each subcommand lives in its own
module in this package, exposing ``register(subparsers)`` which adds its
parser and sets ``handler`` to a function ``(args) -> int``.

Exit codes: 0 ok, 1 a user error (one-line message on stderr), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop_app import __version__
from desktop_app.i18n import Text

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS = ("desktop_app.cli.atlas_commands", "desktop_app.cli.report_commands")

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="zwermkaart",
        description=str(
            Text(
                "Zwermkaart: een atlas van bewonersnetwerken. Zonder opdracht start het venster.",
                "Zwermkaart: an atlas of residents' networks. Without a command the window starts.",
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"zwermkaart {__version__}")
    parser.add_argument(
        "--lang", choices=("nl", "en"), help=str(Text("taal van de meldingen", "message language"))
    )
    parser.add_argument(
        "atlas", nargs="?", help=str(Text("atlas om te openen (venster)", "atlas to open (window)"))
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _apply_language(argv)
    parser = build_parser()
    # "zwermkaart some.zwerm" opens the window on that atlas; argparse would
    # otherwise read the path as an unknown subcommand.
    if (
        argv
        and not argv[0].startswith("-")
        and argv[0] not in parser._subparsers._group_actions[0].choices
    ):
        return _run_gui(argv)
    args = parser.parse_args(argv)
    if args.command is None:
        return _run_gui(argv)
    from desktop_app.store.errors import AtlasError

    try:
        return int(args.handler(args) or 0)
    except AtlasError as exc:
        print(f"zwermkaart: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130


def _apply_language(argv: list[str]) -> None:
    from desktop_app import i18n

    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in i18n.SUPPORTED:
            i18n.set_language(argv[i + 1])
        elif arg.startswith("--lang=") and arg[7:] in i18n.SUPPORTED:
            i18n.set_language(arg[7:])


def _run_gui(argv: list[str]) -> int:
    from desktop_app.ui.app import run

    return run(argv)


def fail(text: Text) -> int:
    """Print a one-line user error and return exit code 1."""
    print(f"zwermkaart: {text}", file=sys.stderr)
    return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
