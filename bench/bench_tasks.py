"""Speed of the task views (signals, timeline, inbox, obstacles, support, overview).

Builds a demo atlas per size (``desktop_app.store.demo``) and prints seconds for
what a coordinator waits on: opening quick signal entry, saving a signal (and
the refresh of every open task panel that follows), a network's timeline, the
inbox, the registers and the overview. Offscreen; timings on a shared 2-core
machine are noisy (±50%): orders of magnitude, not promises.

    QT_QPA_PLATFORM=offscreen python bench/bench_tasks.py [--sizes 300 2000]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TODAY = date(2026, 11, 27)


def timed(label: str, fn: Callable[[], Any], repeat: int = 1) -> Any:
    start = time.perf_counter()
    for _ in range(repeat):
        result = fn()
    print(f"  {label:<46} {(time.perf_counter() - start) / repeat:8.3f} s", flush=True)
    return result


def run(size: int, folder: Path, app) -> None:
    from desktop_app.domain import Dimension, Signal
    from desktop_app.store import Atlas
    from desktop_app.store.demo import create_demo
    from desktop_app.ui.commands import AddCommand
    from desktop_app.ui.session import AtlasSession
    from desktop_app.ui.tasks.inbox import SignalInbox
    from desktop_app.ui.tasks.obstacles import ObstacleRegister
    from desktop_app.ui.tasks.overview import Overview
    from desktop_app.ui.tasks.signal_entry import QuickSignalDialog
    from desktop_app.ui.tasks.support_board import SupportBoard
    from desktop_app.ui.tasks.timeline import NetworkTimeline

    path = folder / f"demo-{size}.zwerm"
    print(f"{size} networks")
    timed("build demo atlas", lambda: create_demo(path, networks=size, reference=TODAY))
    session = AtlasSession(Atlas.open(path))
    atlas = session.atlas
    counts = atlas.counts()
    print(
        f"  ({counts['signals']} signals, {counts['obstacles']} obstacles,"
        f" {counts['support_cases']} support cases)"
    )
    busiest = max(atlas.signals.all_by_network().items(), key=lambda kv: len(kv[1]))[0]

    dialog = timed("open quick signal entry", lambda: QuickSignalDialog(session), repeat=3)
    dialog.deleteLater()
    overview = Overview(session, today=TODAY)

    def settle() -> None:
        # The overview computes in a worker; wait for its result.
        done: list[bool] = []
        overview.refreshed.connect(lambda: done.append(True))
        while not done:
            app.processEvents()
            time.sleep(0.005)

    timed("overview, GUI thread (start)", overview.show)
    timed("overview, until shown (worker)", settle)
    inbox = timed("inbox (last 90 days)", lambda: SignalInbox(session, today=TODAY))
    inbox.show()
    timed("inbox: all signals", lambda: inbox.period.setCurrentIndex(3))
    register = timed("obstacles register", lambda: ObstacleRegister(session, today=TODAY))
    register.show()
    board = timed("support board", lambda: SupportBoard(session, today=TODAY))
    board.show()
    timeline = NetworkTimeline(session, today=TODAY)
    timeline.show()
    timed("timeline of the busiest network", lambda: timeline.set_network(busiest), repeat=3)

    def record() -> None:
        signal = Signal(network_id=busiest, date=TODAY, dimension=Dimension.ACTIVITY, valence=1)
        session.execute(AddCommand(session, "signals", signal, "bench"))

    timed("save a signal + refresh open panels (GUI)", record)
    timed("  ... overview recomputed (worker)", settle)
    inbox.hide()  # as in the window: tabbed docks, one shown at a time
    register.hide()
    timed("undo, inbox/register hidden (GUI)", session.undo_stack.undo)
    timed("  ... overview recomputed (worker)", settle)
    for widget in (overview, inbox, register, board, timeline):
        widget.close()
        widget.deleteLater()
    session.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[300, 2000])
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    from desktop_app import qt_i18n

    app = QApplication.instance() or QApplication([])
    qt_i18n.install("nl")
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            run(size, Path(folder), app)
            app.processEvents()


if __name__ == "__main__":
    main()
