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


def test_unused_qt_files_are_dropped_and_the_needed_ones_kept():
    keep = [
        "PySide6/Qt/translations/qtbase_nl.qm",  # Qt's own Dutch words (qt_i18n loads it)
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",  # --self-test
        "PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/lib/libQt6OpenGL.so.6",  # pyqtgraph needs QtOpenGL
        "resources/i18n/ui_window_nl.qm",
    ]
    drop = [
        "PySide6/Qt/translations/qt_de.qm",
        "PySide6/Qt/translations/qtbase_ja.qm",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-egldevice-integration.so",
        "PySide6/Qt/plugins/imageformats/libqtiff.so",
        "PySide6/Qt/lib/libQt6Network.so.6",
    ]
    assert all(build_installer.kept(path) for path in keep)
    assert not any(build_installer.kept(path) for path in drop)
    assert "kept(entry[0], drop)" in build_installer.spec_text(build_installer.make_plan())


def test_linux_menu_entry_points_at_the_unpacked_bundle(tmp_path):
    bundle = tmp_path / "Zwerm kaart"  # a space in the path stays quoted
    bundle.mkdir()
    (bundle / "install-menu-entry.sh").write_text(build_installer.MENU_ENTRY_SCRIPT)
    (bundle / "zwermkaart.desktop").write_text(build_installer.desktop_entry())
    (bundle / "zwermkaart.png").write_bytes(b"png")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "share")}
    subprocess.run(["sh", str(bundle / "install-menu-entry.sh")], check=True, env=env)
    entry = (tmp_path / "share" / "applications" / "zwermkaart.desktop").read_text()
    assert f'Exec="{bundle}/Zwermkaart" %f' in entry
    icons = tmp_path / "share" / "icons" / "hicolor" / "256x256" / "apps"
    assert (icons / "zwermkaart.png").exists()


def test_bundle_entry_hands_job_processes_to_multiprocessing():
    """A job process in the bundle starts the bundle's own executable; without
    freeze_support() it would open a second window instead of running the job."""
    import ast

    plan = build_installer.make_plan()
    tree = ast.parse(plan.entry.read_text(encoding="utf-8"))
    calls = [
        n.func.attr
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
    ]
    assert calls.index("freeze_support") < calls.index("exit")
