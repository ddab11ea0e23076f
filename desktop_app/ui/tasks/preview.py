"""Run one task view on its own, on a small sample atlas (``python -m desktop_app.ui.tasks.X``).

Options: ``--smoke`` shows the view and quits at once (for the smoke test);
``--shot FILE.png`` also saves a picture of it; ``--en`` shows it in English.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable

from PySide6.QtWidgets import QWidget


def run_preview(factory: Callable[[object], QWidget], title: str) -> int:
    from PySide6.QtWidgets import QApplication

    from desktop_app import qt_i18n
    from desktop_app.ui.session import AtlasSession
    from desktop_app.ui.tasks.sample import preview_atlas

    argv = sys.argv[1:]
    app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_i18n.install("en" if "--en" in argv else "nl")
    with tempfile.TemporaryDirectory(prefix="zwerm-preview-") as folder:
        session = AtlasSession(preview_atlas(folder))
        try:
            return _show(app, factory(session), title, argv)
        finally:
            session.close()


def _show(app, widget: QWidget, title: str, argv: list[str]) -> int:
    widget.setWindowTitle(title)
    widget.resize(max(widget.sizeHint().width(), 900), max(widget.sizeHint().height(), 560))
    widget.show()
    if "--shot" in argv:
        app.processEvents()
        widget.grab().save(argv[argv.index("--shot") + 1])
    if "--smoke" in argv or "--shot" in argv:
        app.processEvents()
        widget.close()
        return 0
    return app.exec()
