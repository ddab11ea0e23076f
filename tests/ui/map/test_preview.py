"""The preview entry point opens the map on an atlas, paints it and quits."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.ui.map.conftest import build_map_atlas


def test_preview_opens_paints_and_quits(tmp_path):
    path = tmp_path / "kaart.zwerm"
    build_map_atlas(path)
    shot = tmp_path / "kaart.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app.ui.map",
            str(path),
            "--quit-after-ms",
            "400",
            "--grab",
            str(shot),
            "--layers",
            "bridge_persons,professionals",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert shot.read_bytes()[:4] == b"\x89PNG"
