"""How long the main window takes on a big atlas (a benchmark, not a test).

    python bench/bench_window.py [ATLAS ...]        # default: a demo of 10,000 networks

Prints, per atlas: opening it in the window (store, rows, filter panel,
table, map) until the first paint (vitality and findings follow in a thread);
reloading the window's rows after an edit; a filter change (one district); a
rename and its undo with every view refreshed, every part of the window built.
Other programs share this machine, so figures are noisy: run it twice.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _ms(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def bench(path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop_app import qt_i18n
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.window.settings import WindowSettings

    app = QApplication.instance() or QApplication([])
    qt_i18n.install("nl")
    work = Path(tempfile.mkdtemp())
    copy = work / path.name
    shutil.copy(path, copy)
    window = MainWindow(WindowSettings(work / "w.ini"))
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    t0 = time.perf_counter()
    window.open_atlas(copy)
    app.processEvents()
    window.repaint()
    opened = _ms(t0)
    n = window.data.count()

    reloads = []
    for _ in range(3):
        t0 = time.perf_counter()
        window.data.reload()
        app.processEvents()
        reloads.append(_ms(t0))

    area = next(iter(window.data.areas.children.get(None, [])), None)
    district = (window.data.areas.children.get(area.id) or [area])[0] if area else None
    t0 = time.perf_counter()
    window.filter_panel.select_area(district.id if district else None)
    app.processEvents()
    filtered = _ms(t0)
    window.filter_panel.reset()

    row = window.data.rows[0]
    t0 = time.perf_counter()
    window.editor.rename_network(row.id, row.name + " (b)")
    app.processEvents()
    renamed = _ms(t0)
    t0 = time.perf_counter()
    window.session.undo_stack.undo()
    app.processEvents()
    undone = _ms(t0)

    print(f"{path.name}: {n} networks")
    print(f"  open in the window until painted: {opened:8.0f} ms")
    print(f"  rows reload after an edit (median): {statistics.median(reloads):6.0f} ms")
    print(f"  filter on one district:           {filtered:8.0f} ms")
    print(f"  rename (saved, views refreshed):  {renamed:8.0f} ms")
    print(f"  undo of the rename:               {undone:8.0f} ms")
    window.close()
    shutil.rmtree(work, ignore_errors=True)


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv]
    if not paths:
        from desktop_app.store.demo import create_demo

        folder = Path(tempfile.mkdtemp())
        target = folder / "demo-10000.zwerm"
        print("making a demo atlas of 10,000 networks…", flush=True)
        create_demo(target, networks=10_000)
        paths = [target]
    os.environ.setdefault("ZWERMKAART_DATA_DIR", tempfile.mkdtemp())
    for path in paths:
        bench(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
