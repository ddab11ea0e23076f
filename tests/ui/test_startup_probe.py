"""The start-up probe of bench/bench_startup.py: window-shown after the first paint, then quit."""

import os
import subprocess
import sys


def test_probe_prints_window_shown_and_quits(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "ZWERMKAART_STARTUP_PROBE": "1",
        "ZWERMKAART_DATA_DIR": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["window-shown"]
    assert (tmp_path / "demo.zwerm").exists()  # it opened the demo atlas
