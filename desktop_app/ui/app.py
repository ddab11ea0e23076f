"""Starting the window: QApplication, translations, the atlas to open."""

from __future__ import annotations

import sys


def run(argv: list[str]) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("Zwermkaart")
    app.setOrganizationName("Zwermkaart")
    path = next((a for a in argv if not a.startswith("-")), None)
    window = MainWindow()
    window.open_initial_atlas(path)
    window.show()
    return app.exec()
