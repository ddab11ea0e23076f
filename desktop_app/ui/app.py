"""Starting the window: QApplication, translations, the atlas to open.

``zwermkaart`` without arguments opens the window on the user's demo atlas;
``zwermkaart some.zwerm`` on that atlas. ``--quit-after MS`` closes the window
after that many milliseconds (smoke tests, screenshots).
``ZWERMKAART_STARTUP_PROBE=1`` prints ``window-shown`` once the window with its
atlas has been painted the first time, then quits (bench/bench_startup.py).
"""

from __future__ import annotations

import argparse
import os
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

    from desktop_app import paths, qt_i18n
    from desktop_app.ui.window.settings import WindowSettings

    args = parse_args(argv)
    from desktop_app import logging_setup

    logging_setup.install()  # a log file without personal data; tracebacks without values
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName("Zwermkaart")
    app.setOrganizationName("Zwermkaart")
    app.setApplicationDisplayName("Zwermkaart")
    icon = paths.resources_dir() / "icons" / "zwermkaart.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = WindowSettings()
    qt_i18n.install(args.lang or settings.language or qt_i18n.system_language())

    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(settings)
    if window.first_start:
        window.showMaximized()
    else:
        window.show()
    window.open_initial_atlas(args.atlas)
    if args.quit_after > 0:
        QTimer.singleShot(args.quit_after, window.close)
    if os.environ.get("ZWERMKAART_STARTUP_PROBE") == "1":  # ship: startup benchmark
        _probe_first_paint(window)
    return app.exec()


def _probe_first_paint(window) -> None:
    """Print ``window-shown`` after the window's first paint, then close it (ship)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
                self.done = True
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            print("window-shown", flush=True)
            window.close()

    probe = FirstPaint(window)
    window.installEventFilter(probe)
    window.update()
