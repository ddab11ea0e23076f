"""Starting the window: QApplication, translations, the atlas to open.

``zwermkaart`` without arguments opens the window on the user's demo atlas;
``zwermkaart some.zwerm`` on that atlas. ``--quit-after MS`` closes the window
after that many milliseconds (smoke tests, screenshots).
"""

from __future__ import annotations

import argparse
import sys


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="zwermkaart", add_help=False)
    parser.add_argument("atlas", nargs="?")
    parser.add_argument("--lang", choices=("nl", "en"))
    parser.add_argument("--quit-after", type=int, default=0, metavar="MS")
    args, _unknown = parser.parse_known_args(argv)
    return args


def run(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop_app import i18n, paths, qt_i18n
    from desktop_app.ui.window.settings import WindowSettings

    args = parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Zwermkaart")
    app.setOrganizationName("Zwermkaart")
    app.setApplicationDisplayName("Zwermkaart")
    icon = paths.resources_dir() / "icons" / "zwermkaart.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = WindowSettings()
    qt_i18n.install(args.lang or settings.language or i18n.system_language())

    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(settings)
    if window.first_start:
        window.showMaximized()
    else:
        window.show()
    window.open_initial_atlas(args.atlas)
    if args.quit_after > 0:
        QTimer.singleShot(args.quit_after, window.close)
    return app.exec()
