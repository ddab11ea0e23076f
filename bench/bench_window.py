"""The real main window, every panel open, on a big atlas: edits until every panel is current.

    python bench/bench_window.py [--networks 10000 50000] [--ops rename,signal,...]

Demo atlases are made once with ``zwermkaart demo`` and kept in /tmp/zk-bench/
(the 50,000 one takes minutes); each run works on a copy. The window is the
real one (1920×1080, offscreen) with every panel shown as it starts (task
panels tabbed behind the window's own). Each step is measured until the
window is idle again: no work on the GUI thread or in a thread (the process
uses no CPU) for a second. Printed per step:

- panels: until the GUI thread's last work for it, leaving out what follows
  the graph findings when a change of the graph has them computed again in
  the background (the details say "being computed" meanwhile);
- idle: until the last work seen, findings and everything included;
- GUI blocked: the longest gap between two turns of the event loop (a 5 ms
  timer's largest interval) from the step until idle.

Steps:

- rename: a network renamed (Editor.rename_network);
- signal: a signal recorded for one network;
- delete: a network deleted (and what hangs on it);
- undo: the delete undone;
- filter: the filter set to one district;
- drag: the end of a drag of one node on the map;
- search: search as you type, per keystroke (median and max).

Other programs share this machine: figures are noisy, compare runs side by side.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CACHE = Path("/tmp/zk-bench")
IDLE_S = 1.0
TICK_MS = 5


def demo_atlas(networks: int) -> Path:
    path = CACHE / f"demo{networks // 1000}k.zwerm"
    lock = Path(f"{path}.lock")
    while lock.exists() and path.exists():  # someone else is making it now
        time.sleep(5)
    if not path.exists():
        CACHE.mkdir(parents=True, exist_ok=True)
        print(f"making a demo atlas of {networks:,} networks in {path}…", flush=True)
        subprocess.run(
            [sys.executable, "-m", "desktop_app", "demo", str(path), "--networks", str(networks)],
            check=True,
        )
    return path


class Watch:
    """Event-loop turns and CPU use, to see when the window is idle and how long it blocked."""

    def __init__(self, app) -> None:
        from PySide6.QtCore import QTimer

        self.app = app
        self.timer = QTimer()
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.last_wall = time.perf_counter()
        self.last_cpu = time.process_time()
        self.last_busy = self.last_wall
        self.gui_busy: list[float] = []
        self.findings_at: float | None = None
        self.max_gap = 0.0
        self.timer.start()

    def _tick(self) -> None:
        wall, cpu = time.perf_counter(), time.process_time()
        gap = wall - self.last_wall
        gui = gap > 3 * TICK_MS / 1000
        if gui:
            self.gui_busy.append(wall)
        if gui or (cpu - self.last_cpu) > 0.4 * gap:
            self.last_busy = wall
        self.max_gap = max(self.max_gap, gap)
        self.last_wall, self.last_cpu = wall, cpu

    def findings_done(self) -> None:
        self.findings_at = time.perf_counter()

    def measure(
        self, action, *, busy=lambda: False, timeout_s: float = 900.0
    ) -> tuple[float, float, float]:
        """(ms until the GUI thread's last work for the panels, ms until idle, longest block).

        The first figure leaves out what follows the graph findings, which a
        change of the graph computes again in the background (the panels show
        "being computed" meanwhile); without findings of their own it is the
        last GUI work before idle.
        """
        self.app.processEvents()
        self.max_gap = 0.0
        self.gui_busy = []
        self.findings_at = None
        t0 = time.perf_counter()
        self.last_wall, self.last_cpu, self.last_busy = t0, time.process_time(), t0
        action()
        self._tick()
        while True:
            self.app.processEvents()
            time.sleep(0.001)
            now = time.perf_counter()
            if busy():  # work in a process of its own uses no CPU of this one
                self.last_busy = now
            if now - self.last_busy > IDLE_S or now - t0 > timeout_s:
                break
        cut = self.findings_at if self.findings_at is not None else self.last_busy
        gui = max([t for t in self.gui_busy if t <= cut] or [t0])
        return (gui - t0) * 1000, (self.last_busy - t0) * 1000, self.max_gap * 1000


def _repo(atlas, name: str):
    """A repository as the commands take it: by name before issue 11, as an object after."""
    from desktop_app.ui import commands

    return name if hasattr(commands, "TABLES") else getattr(atlas, name)


def bench(path: Path, ops: list[str]) -> dict[str, tuple[float, ...]]:
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication, QDockWidget

    from desktop_app import qt_i18n
    from desktop_app.domain import Dimension, Signal
    from desktop_app.ui.commands import AddCommand
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.window.settings import WindowSettings

    app = QApplication.instance() or QApplication([])
    qt_i18n.install("nl")
    work = Path(tempfile.mkdtemp())
    copy = work / path.name
    shutil.copy(path, copy)
    watch = Watch(app)
    window = MainWindow(WindowSettings(work / "w.ini"))
    window.resize(1920, 1080)
    window.show()
    for dock in window.findChildren(QDockWidget):
        dock.show()
    results: dict[str, tuple[float, ...]] = {}

    def opened() -> None:
        window.open_atlas(copy)
        findings = getattr(window.session, "findings_changed", None)
        if findings is not None:  # the session's one computation of the findings
            findings.connect(watch.findings_done)

    results["open"] = watch.measure(
        opened, busy=lambda: getattr(window.session, "is_busy", lambda: False)()
    )
    session = window.session
    atlas = session.atlas
    window.editor.confirm = lambda *_a: True
    rows = sorted(window.data.rows, key=lambda r: r.name)
    row = rows[len(rows) // 2]
    window.selection.set_ids([row.id], "bench")
    app.processEvents()
    victim = rows[len(rows) // 3]

    def signal() -> None:
        record = Signal(
            network_id=row.id, date=date.today(), dimension=Dimension.ACTIVITY, valence=2
        )
        session.execute(AddCommand(session, _repo(atlas, "signals"), record, "Record signal"))

    def filter_change() -> None:
        areas = window.data.areas
        top = next(iter(areas.children.get(None, [])), None)
        district = (areas.children.get(top.id) or [top])[0] if top else None
        window.filter_panel.select_area(district.id if district else None)

    def drag() -> None:
        widget = window.map
        node = widget.model.index[row.id]
        x, y = widget.model.pos[node]
        widget._on_drag("start", node, QPointF(x, y))
        widget._on_drag("move", node, QPointF(x + 5, y + 5))
        app.processEvents()
        widget._on_drag("finish", node, QPointF(x + 10, y + 10))

    steps = {
        "rename": lambda: window.editor.rename_network(row.id, row.name + " (b)"),
        "signal": signal,
        "delete": lambda: window.editor.delete_networks([victim.id]),
        "undo": session.undo_stack.undo,
        "filter": filter_change,
        "drag": drag,
    }
    busy = getattr(session, "is_busy", lambda: False)
    for name in ops:
        if name in steps:
            results[name] = watch.measure(steps[name], busy=busy)
    if "search" in ops:
        word = row.name.split()[0]
        times = []
        box = window.search_box
        for k in range(1, len(word) + 1):
            box.setText(word[:k])
            t0 = time.perf_counter()
            box.run_search()
            app.processEvents()
            times.append((time.perf_counter() - t0) * 1000)
        results["search"] = (statistics.median(times), max(times), 0.0)
    window.close()
    app.processEvents()
    shutil.rmtree(work, ignore_errors=True)
    return results


LABELS = {
    "open": "open until idle",
    "rename": "rename",
    "signal": "add signal",
    "delete": "delete network",
    "undo": "undo (the delete)",
    "filter": "filter change",
    "drag": "end of drag",
    "search": "search per key (median, max)",
}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--networks", type=int, nargs="+", default=[10_000, 50_000])
    parser.add_argument("--ops", default="rename,signal,delete,undo,filter,drag,search")
    parser.add_argument("atlas", nargs="*", type=Path)
    args = parser.parse_args(argv)
    os.environ.setdefault("ZWERMKAART_DATA_DIR", tempfile.mkdtemp())
    paths = args.atlas or [demo_atlas(n) for n in args.networks]
    ops = args.ops.split(",")
    for path in paths:
        results = bench(path, ops)
        print(f"{path.name}: panels (ms)  idle (ms)  GUI blocked (ms)", flush=True)
        for name, (panels, idle, blocked) in results.items():
            print(f"  {LABELS[name]:<30} {panels:9.0f} {idle:9.0f} {blocked:9.0f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
