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

import errno
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

    with atomic_target(path, check=check_pdf) as tmp:
        return render_pdf(specs, decor, tmp, pages_done)


def check_pdf(path: Path) -> None:
    """Raise OSError unless ``path`` is a whole PDF (its cross-reference table at the offset
    its trailer names, and the end marker).

    QPdfWriter does not report failed writes: on a full disk it leaves a cut-off
    file and carries on, so the file is checked before it replaces anything.
    """
    with open(path, "rb") as fh:
        head = fh.read(8)
        size = fh.seek(0, os.SEEK_END)
        fh.seek(max(0, size - 1024))
        tail = fh.read()
        at = tail.rfind(b"startxref")
        whole = False
        if head.startswith(b"%PDF-") and at >= 0 and tail.rstrip().endswith(b"%%EOF"):
            try:
                offset = int(tail[at + len(b"startxref") :].split()[0])
            except (ValueError, IndexError):
                offset = -1
            if 0 <= offset < size:
                fh.seek(offset)
                whole = fh.read(4) == b"xref"
    if not whole:
        full = _disk_full(path.parent)
        raise OSError(
            errno.ENOSPC if full else errno.EIO,
            os.strerror(errno.ENOSPC if full else errno.EIO),
            str(path),
        )


def _disk_full(folder: Path) -> bool:
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):  # Windows has no statvfs
        return False
    return st.f_bavail * st.f_frsize < 1024 * 1024


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
