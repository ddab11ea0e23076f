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

from desktop_app import __version__, i18n
from desktop_app.cli.options import LANG_HELP
from desktop_app.i18n import Text

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS = (
    "desktop_app.cli.atlas_commands",
    "desktop_app.cli.report_commands",
    "desktop_app.cli.trust_commands",
    "desktop_app.cli.interop_commands",
)

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    return _build()[0]


def _build() -> tuple[argparse.ArgumentParser, frozenset[str]]:
    """The command parser and the names of its subcommands."""
    parser = argparse.ArgumentParser(
        prog="zwermkaart",
        usage="zwermkaart [--lang {nl,en}] [ATLAS]\n       zwermkaart COMMAND [...]",
        description=str(
            Text(
                "Zwermkaart: een atlas van bewonersnetwerken. Zonder opdracht start het venster"
                " (met ATLAS: op die atlas).",
                "Zwermkaart: an atlas of residents' networks. Without a command the window starts"
                " (with ATLAS: on that atlas).",
            )
        ),
    )
    parser.add_argument("--version", action="version", version=f"zwermkaart {__version__}")
    parser.add_argument("--lang", choices=i18n.SUPPORTED, help=str(LANG_HELP))
    parser.add_argument("--self-test", action="store_true", help=str(_SELF_TEST_HELP))  # ship
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", prog="zwermkaart")
    for name in COMMANDS:
        importlib.import_module(name).register(subparsers)
    return parser, frozenset(subparsers.choices)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _apply_language(argv)
    if "--self-test" in argv[:3]:  # ship: zwermkaart [--lang xx] --self-test
        from desktop_app.selftest import run as self_test

        return self_test()
    if _first_positional(argv) is None and not _asks_for_help(argv):
        # ship: the window without an atlas argument; skip importing every subcommand
        # module to build the parser (start-up time, bench/bench_startup.py).
        return _run_gui(argv)
    parser, commands = _build()
    first = _first_positional(argv)
    if first not in commands and not _asks_for_help(argv):
        # "zwermkaart [some.zwerm] [--lang xx] [--quit-after MS]": the window,
        # which reads its own options.
        return _run_gui(argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version (0) and usage errors (2)
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.command is None:
        return _run_gui([])
    from desktop_app.store.errors import AtlasError

    try:
        return int(args.handler(args) or 0)
    except AtlasError as exc:
        return fail(_with_path(str(exc), exc.path))
    except OSError as exc:
        return fail(_with_path(str(i18n.os_reason(exc)), exc.filename))
    except KeyboardInterrupt:
        return 130


_SELF_TEST_HELP = Text(
    "controleer offscreen of deze installatie werkt (demo-atlas, kaart, PDF) en stop",
    "check offscreen that this installation works (demo atlas, map, PDF) and exit",
)


def _first_positional(argv: list[str]) -> str | None:
    """The first argument that is not an option (nor the value of ``--lang``)."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg == "--":  # what follows is a file name, even one called "info"
            return None
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("-"):
            return arg
    return None


def _asks_for_help(argv: list[str]) -> bool:
    return any(a in ("-h", "--help", "--version") for a in argv)


def _with_path(message: str, path: object) -> str:
    if path and str(path) not in message:
        return f"{path}: {message}"
    return message


def _apply_language(argv: list[str]) -> None:
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in i18n.SUPPORTED:
            i18n.set_language(argv[i + 1])
        elif arg.startswith("--lang=") and arg[7:] in i18n.SUPPORTED:
            i18n.set_language(arg[7:])


def _run_gui(argv: list[str]) -> int:
    from desktop_app.ui.app import run

    return run(argv)


def fail(text: Text | str) -> int:
    """Print a one-line user error and return exit code 1."""
    line = " ".join(str(text).split())
    print(f"zwermkaart: {line}", file=sys.stderr)
    return EXIT_USER_ERROR


if __name__ == "__main__":
    sys.exit(main())
