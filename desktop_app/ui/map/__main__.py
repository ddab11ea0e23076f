"""Preview of the map on its own: ``python -m desktop_app.ui.map [ATLAS]``.

Without an atlas it opens the user's demo copy. ``--quit-after-ms N`` closes
it N ms after the first paint (smoke tests); ``--grab FILE`` saves a PNG of
the map just before quitting. ``--layers bridge_persons,professionals``
switches optional layers on.
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop_app.ui.map")
    parser.add_argument("atlas", nargs="?")
    parser.add_argument("--quit-after-ms", type=int, default=0)
    parser.add_argument("--grab", default="")
    parser.add_argument("--layers", default="")
    parser.add_argument("--lang", choices=("nl", "en"), default="nl")
    parser.add_argument("--select", default="", help="name of a network to select and centre")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app import qt_i18n
    from desktop_app.store import Atlas
    from desktop_app.ui.map import MapWidget
    from desktop_app.ui.session import AtlasSession

    app = QApplication.instance() or QApplication(sys.argv[:1])
    qt_i18n.install(args.lang)
    if args.atlas:
        path = args.atlas
    else:
        from desktop_app.store.demo import ensure_demo_copy

        path = str(ensure_demo_copy())
    session = AtlasSession(Atlas.open(path))
    widget = MapWidget()
    widget.setWindowTitle(f"{session.atlas.name} — Zwermkaart")
    widget.resize(1200, 800)
    widget.set_session(session)
    for layer in filter(None, args.layers.split(",")):
        widget.set_layer(layer, True)
    widget.show()
    widget.fit_to_view()
    if args.select:
        matches = [i for i, name in enumerate(widget.model.names) if name == args.select]
        if matches:
            nid = widget.model.ids[matches[0]]
            widget.set_selected_ids([nid])
            widget.center_on(nid)
    if args.quit_after_ms > 0:

        def finish() -> None:
            if args.grab:
                widget.export_image(args.grab)
            widget.close()
            app.quit()

        QTimer.singleShot(args.quit_after_ms, finish)
    code = app.exec()
    widget.set_session(None)
    session.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
