"""Options every subcommand shares."""

from __future__ import annotations

import argparse

from desktop_app.i18n import SUPPORTED, Text

LANG_HELP = Text("taal van de meldingen", "message language")


def common_options() -> argparse.ArgumentParser:
    """A parent parser giving a subcommand ``--lang`` ("zwermkaart info x --lang en")."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--lang",
        choices=SUPPORTED,
        default=argparse.SUPPRESS,
        help=str(LANG_HELP),
    )
    return common


def atlas_help() -> str:
    return str(Text("het atlasbestand (.zwerm)", "the atlas file (.zwerm)"))
