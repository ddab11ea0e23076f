"""Making a PDF report as a job (run by the dialog's :class:`~desktop_app.ui.jobs.JobRunner`).

The export reads the atlas through a read-only connection of its own (an SQLite
connection belongs to one thread). Cancel is seen at the next step of the
export, which, being atomic, then leaves no file behind.
"""

from __future__ import annotations

from desktop_app.domain.jobs import JobState
from desktop_app.reports.export import ExportResult, export_report


def report_job(inputs, state: JobState) -> ExportResult:
    """Job: write one report; ``inputs`` is (atlas, ReportRequest, target path)."""
    atlas, request, path = inputs
    reader = atlas.reader()
    try:
        return export_report(reader, request, path, state.report)
    finally:
        reader.close()
