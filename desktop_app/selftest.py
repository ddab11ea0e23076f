"""``zwermkaart --self-test``: does this installation work? (also run on every built bundle)

Starts offscreen in a temporary data folder (the user's demo copy, backups and
window settings are not touched), then checks one by one: the program's own
files are there, the demo atlas can be made and opened, the main window builds
with its menus translated, the map draws something, and a PDF report can be
written. Each check prints one line; the exit code is 0 when all passed, 1 with
the failing check's message otherwise.
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop_app import i18n
from desktop_app.i18n import Text

#: Distinct colours a drawn map has at least (a blank widget has one or two).
MIN_MAP_COLOURS = 8
#: A check that hangs (say, a dialog waiting for a click nobody gives) ends the test.
TIMEOUT_SECONDS = 240


class SelfTestError(Exception):
    """A check failed; the message says what was expected."""


def run(language: str | None = None) -> int:
    """Run every check; print one line per check; return the exit code."""
    # Before anything imports Qt: no screen needed, none used.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if language is not None:
        i18n.set_language(language)
    started = time.perf_counter()
    watchdog = threading.Timer(TIMEOUT_SECONDS, _give_up)
    watchdog.daemon = True
    watchdog.start()
    previous = os.environ.get("ZWERMKAART_DATA_DIR")
    try:
        with tempfile.TemporaryDirectory(prefix="zwermkaart-selftest-") as tmp:
            os.environ["ZWERMKAART_DATA_DIR"] = str(Path(tmp) / "data")
            state = _State(Path(tmp), language)
            try:
                for title, check in state.checks():
                    try:
                        detail = check()
                    except Exception as exc:  # a self-test reports every failure
                        print(f"FAILED  {title}: {exc}", flush=True)
                        if not isinstance(exc, SelfTestError):
                            traceback.print_exc(file=sys.stderr)
                        print(str(_FAILED), file=sys.stderr, flush=True)
                        return 1
                    print(f"ok      {title}: {detail}", flush=True)
            finally:
                state.close()
    finally:
        watchdog.cancel()
        if previous is None:
            os.environ.pop("ZWERMKAART_DATA_DIR", None)
        else:
            os.environ["ZWERMKAART_DATA_DIR"] = previous
    print(str(_PASSED).format(seconds=time.perf_counter() - started), flush=True)
    return 0


def _give_up() -> None:
    print(f"FAILED  timeout: no result after {TIMEOUT_SECONDS} s", file=sys.stderr, flush=True)
    os._exit(1)


_PASSED = Text("zelftest geslaagd in {seconds:.1f} s", "self-test passed in {seconds:.1f} s")
_FAILED = Text(
    "zwermkaart: de zelftest is mislukt (zie hierboven)",
    "zwermkaart: the self-test failed (see above)",
)


class _State:
    """What the checks share: the temporary folder, the application, the window."""

    def __init__(self, folder: Path, language: str | None) -> None:
        self.folder = folder
        self.language = language
        self.app = None
        self.window = None
        self.demo: Path | None = None

    def checks(self) -> list[tuple[Text, Callable[[], str]]]:
        return [
            (Text("programmabestanden", "program files"), self.check_files),
            (Text("Qt offscreen", "Qt offscreen"), self.check_qt),
            (Text("demo-atlas", "demo atlas"), self.check_demo),
            (Text("hoofdvenster", "main window"), self.check_window),
            (Text("kaart getekend", "map drawn"), self.check_map),
            (Text("PDF-rapport", "PDF report"), self.check_report),
        ]

    def check_files(self) -> str:
        from desktop_app import paths

        migrations = sorted(paths.migrations_dir().glob("*.sql"))
        if not migrations:
            raise SelfTestError(f"no migrations in {paths.migrations_dir()}")
        if not (paths.demo_dir() / "recipe.json").exists():
            raise SelfTestError(f"demo recipe missing in {paths.demo_dir()}")
        qms = sorted((paths.resources_dir() / "i18n").glob("*_nl.qm"))
        if not qms:
            raise SelfTestError(f"no translations in {paths.resources_dir() / 'i18n'}")
        return f"{len(migrations)} migrations, {len(qms)} translation files, demo recipe"

    def check_qt(self) -> str:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtWidgets import QApplication

        from desktop_app import qt_i18n

        self.app = QApplication.instance() or QApplication(["zwermkaart", "--self-test"])
        self.app.setApplicationName("Zwermkaart")
        language = qt_i18n.install(self.language or i18n.language())
        return f"PySide6 {pyside_version}, platform {self.app.platformName()}, language {language}"

    def check_demo(self) -> str:
        from desktop_app.store import Atlas
        from desktop_app.store.demo import ensure_demo_copy

        self.demo = ensure_demo_copy()
        with Atlas.open(self.demo, read_only=True) as atlas:
            networks = len(atlas.networks.all())
            if not atlas.is_demo or networks == 0:
                raise SelfTestError("the demo atlas is empty or not marked as demo")
        return f"{networks} networks in {self.demo.name}"

    def check_window(self) -> str:
        from desktop_app.ui.main_window import MainWindow
        from desktop_app.ui.window.settings import WindowSettings

        settings = WindowSettings(self.folder / "window.ini")
        self.window = window = MainWindow(settings)
        window.resize(1200, 800)
        window.show()
        if not window.open_atlas(str(self.demo)) or window.session is None:
            raise SelfTestError("the demo atlas did not open in the window")
        self._process_events(0.3)
        file_menu = window.menu("file").title()
        if i18n.language() == "nl" and file_menu == "&File":
            raise SelfTestError("the Dutch translations did not load (menu 'File')")
        menus = [a.text() for a in window.menuBar().actions()]
        return f"menus {', '.join(m.replace('&', '') for m in menus)}"

    def check_map(self) -> str:
        window = self.window
        assert window is not None
        shown = window.map.visible_node_count()
        if shown == 0:
            raise SelfTestError("the map shows no networks")
        self._process_events(0.2)
        image = window.map.grab().toImage()
        colours = _distinct_colours(image)
        if colours < MIN_MAP_COLOURS:
            raise SelfTestError(f"the map looks blank ({colours} colours)")
        path = self.folder / "map.png"
        if not window.map.export_image(str(path)) or path.stat().st_size == 0:
            raise SelfTestError("the map image could not be saved")
        return f"{shown} networks, {image.width()}x{image.height()} px, {colours} colours"

    def check_report(self) -> str:
        from desktop_app.reports.build import ReportRequest
        from desktop_app.reports.export import export_report
        from desktop_app.reports.model import ReportKind

        window = self.window
        assert window is not None and window.session is not None
        path = self.folder / "rapport.pdf"
        result = export_report(
            window.session.atlas, ReportRequest(ReportKind.MUNICIPALITY), str(path)
        )
        data = path.read_bytes()
        if not data.startswith(b"%PDF") or result.pages < 1:
            raise SelfTestError("the report is not a PDF")
        return f"{result.pages} pages, {len(data) // 1024} KB"

    def _process_events(self, seconds: float) -> None:
        from PySide6.QtCore import QCoreApplication, QEventLoop

        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.01)

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
            self._process_events(0.05)


def _distinct_colours(image) -> int:
    """Distinct colours on a coarse grid over ``image`` (enough to tell blank from drawn)."""
    seen: set[int] = set()
    step_x = max(1, image.width() // 80)
    step_y = max(1, image.height() // 60)
    for y in range(0, image.height(), step_y):
        for x in range(0, image.width(), step_x):
            seen.add(image.pixel(x, y))
    return len(seen)
