"""One call for the window and the command line: build the report, render it, write it atomically.

The PDF is written to a temporary file beside the target and renamed over it
only when complete (:func:`desktop_app.store.atomic.atomic_target`), so a
failed or cancelled export leaves no half file and does not touch an earlier
file of that name. ``progress(done, total)`` is called along the way (0-100);
when it returns False the export stops with :class:`Cancelled`.

Needs a ``QGuiApplication`` (fonts): :func:`ensure_app` makes an offscreen
one for the command line.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.reports.build import ReportRequest, build_report
from desktop_app.reports.html import build_documents
from desktop_app.reports.model import Report
from desktop_app.reports.render_pdf import Cancelled, render_pdf
from desktop_app.store import Atlas
from desktop_app.store.atomic import atomic_target

__all__ = ["Cancelled", "ExportResult", "ensure_app", "export_report", "write_pdf"]

#: Atlas setting remembering whether the last export included residents' names.
INCLUDE_NAMES_SETTING = "reports.include_names"

Progress = Callable[[int, int], bool]
_BUILD_SHARE = 30


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    pages: int
    report: Report


def ensure_app() -> None:
    """A QGuiApplication for fonts and PDF writing, offscreen when there is no display."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.name == "nt"
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    global _app
    _app = QGuiApplication(["zwermkaart"])


_app = None


def write_pdf(
    report: Report, path: str | os.PathLike[str], progress: Progress | None = None
) -> int:
    """Render a built report to ``path`` atomically; return the page count."""
    specs, decor = build_documents(report)

    def pages_done(done: int, total: int) -> bool:
        if progress is None:
            return True
        return progress(_BUILD_SHARE + (100 - _BUILD_SHARE) * done // max(total, 1), 100)

    with atomic_target(path) as tmp:
        return render_pdf(specs, decor, tmp, pages_done)


def export_report(
    atlas: Atlas,
    request: ReportRequest,
    path: str | os.PathLike[str],
    progress: Progress | None = None,
) -> ExportResult:
    """Build and write one report. Raises Cancelled, SubjectNotFoundError, WriteFailedError."""

    def check(done: int, total: int) -> None:
        if progress is not None and not progress(done, total):
            raise Cancelled()

    check(0, 100)

    def building(done: int, total: int) -> bool:
        return progress is None or progress(_BUILD_SHARE * done // max(total, 1), 100)

    report = build_report(atlas, request, building)
    check(_BUILD_SHARE, 100)
    pages = write_pdf(report, path, progress)
    return ExportResult(Path(path), pages, report)
