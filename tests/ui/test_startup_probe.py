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


def test_start_up_loads_no_library_the_first_window_does_not_need():
    """networkx, scipy, igraph, openpyxl, sqlite_utils (and click) load when first used."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import desktop_app.__main__, desktop_app.cli.main\n"
        "from desktop_app.ui import app\n"
        "from desktop_app.ui.main_window import MainWindow\n"
        "heavy = ('networkx', 'scipy', 'igraph', 'openpyxl', 'sqlite_utils', 'click')\n"
        "print(' '.join(m for m in heavy if m in sys.modules))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
