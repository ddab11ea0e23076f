"""Writing is atomic; progress is reported and a cancel leaves nothing behind."""

from __future__ import annotations

import pytest

from desktop_app.reports import export as export_module
from desktop_app.reports import render_pdf
from desktop_app.reports.build import ReportRequest
from desktop_app.reports.export import Cancelled, export_report
from desktop_app.reports.model import ReportKind
from tests.reports.conftest import TODAY, pdf_pages

OLD = b"%PDF-1.4 the earlier report\n"


def out_dir(tmp_path):
    folder = tmp_path / "uit"
    folder.mkdir()
    return folder


def request(atlas):
    return ReportRequest(ReportKind.AREA, atlas.ids["north"], today=TODAY)


def test_failure_halfway_leaves_the_old_file_and_no_temp_file(report_atlas, tmp_path, monkeypatch):
    target = out_dir(tmp_path) / "rapport.pdf"
    target.write_bytes(OLD)
    real = render_pdf.render_pdf

    def failing(doc, decor, path, progress=None):
        real(doc, decor, path, progress)  # the temporary file is complete ...
        raise OSError(28, "No space left on device")  # ... and then the disk is full

    monkeypatch.setattr(export_module, "render_pdf", failing)
    with pytest.raises(Exception, match="schijf is vol"):
        export_report(report_atlas, request(report_atlas), target)
    assert target.read_bytes() == OLD
    assert [p.name for p in target.parent.iterdir()] == ["rapport.pdf"]


def test_cancel_leaves_the_old_file_and_no_temp_file(report_atlas, tmp_path):
    target = out_dir(tmp_path) / "rapport.pdf"
    target.write_bytes(OLD)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return done < 50  # cancel while the pages are being drawn

    with pytest.raises(Cancelled):
        export_report(report_atlas, request(report_atlas), target, progress)
    assert seen and seen[-1][0] >= 50
    assert target.read_bytes() == OLD
    assert [p.name for p in target.parent.iterdir()] == ["rapport.pdf"]


def test_success_replaces_the_old_file_and_reports_progress(report_atlas, tmp_path):
    target = out_dir(tmp_path) / "rapport.pdf"
    target.write_bytes(OLD)
    seen = []
    result = export_report(
        report_atlas, request(report_atlas), target, lambda d, t: seen.append((d, t)) or True
    )
    assert target.read_bytes().startswith(b"%PDF")
    assert len(pdf_pages(target)) == result.pages
    assert seen[0] == (0, 100) and seen[-1] == (100, 100)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert [p.name for p in target.parent.iterdir()] == ["rapport.pdf"]


def test_cancel_while_reading_the_atlas(report_atlas, tmp_path):
    target = out_dir(tmp_path) / "rapport.pdf"
    seen = []

    def progress(done, total):
        seen.append(done)
        return done < 5

    with pytest.raises(Cancelled):
        export_report(
            report_atlas, ReportRequest(ReportKind.MUNICIPALITY, today=TODAY), target, progress
        )
    assert 0 < max(seen) < 30  # stopped before any page was drawn
    assert not target.exists()
    assert list(target.parent.iterdir()) == []
