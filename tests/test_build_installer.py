"""The installer build plan is complete (dry run; the real build is too slow for the suite)."""

import subprocess
import sys
from pathlib import Path

import build_installer

ROOT = Path(__file__).resolve().parent.parent


def test_dry_run_passes_and_prints_the_plan():
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_installer.py"), "--dry-run"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "dry run: the spec is complete" in result.stdout


def test_spec_bundles_data_and_keeps_what_pyqtgraph_needs():
    plan = build_installer.make_plan()
    spec = build_installer.spec_text(plan)
    for dest in ("db/migrations", "db/demo", "resources", "docs"):
        assert repr(dest) in spec
    assert "PySide6.QtOpenGL" not in plan.excludes
    assert "PySide6.QtOpenGL" in plan.hidden
    # Every subcommand module is imported by name, so it must be a hidden import.
    from desktop_app.cli.main import COMMANDS

    assert set(COMMANDS) <= set(plan.hidden)


def test_dry_run_reports_a_missing_data_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(build_installer, "DATA", [("no/such/folder", "x")])
    plan = build_installer.make_plan()
    assert any("no/such/folder" in p for p in plan.problems)
