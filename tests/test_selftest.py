"""``zwermkaart --self-test``: passes on this checkout, fails loudly when a part is missing."""

import os
import subprocess
import sys
from pathlib import Path

from desktop_app import i18n, paths, selftest

ROOT = Path(__file__).resolve().parent.parent


def test_self_test_passes_and_leaves_the_users_data_alone(tmp_path):
    data = tmp_path / "user-data"
    data.mkdir()
    env = {**os.environ, "ZWERMKAART_DATA_DIR": str(data), "ZWERMKAART_LANG": "en"}
    env.pop("QT_QPA_PLATFORM", None)  # the self-test goes offscreen by itself
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=280,
    )
    out = result.stdout
    assert result.returncode == 0, out + result.stderr
    for check in ("program files", "demo atlas", "main window", "map drawn", "PDF report"):
        assert f"ok      {check}" in out, out
    assert "self-test passed" in out
    assert "FAILED" not in out + result.stderr
    # The demo copy, backups and window settings went to a temporary folder.
    assert list(data.iterdir()) == []


def test_a_missing_part_fails_with_a_message(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(i18n, "_current", i18n._current)
    monkeypatch.setattr(paths, "migrations_dir", lambda: tmp_path / "nothing-here")
    assert selftest.run("en") == 1
    captured = capsys.readouterr()
    assert "FAILED  program files: no migrations" in captured.out
    assert "self-test failed" in captured.err


def test_help_mentions_the_self_test():
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--lang", "en", "--help"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0
    assert "--self-test" in result.stdout
