"""Run commands onto a small, nearly full disk: a tmpfs mounted in a private mount namespace.

Needs root and ``unshare`` (Linux); :func:`available` says whether this machine has both.
:func:`run` starts a driver under ``unshare -m`` that mounts a tmpfs of ``size`` at
``mount``, runs each step there and prints the results as JSON.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

DRIVER = textwrap.dedent(
    r"""
    import json, os, subprocess, sys
    mount, size, steps = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    subprocess.run(["mount", "--make-rprivate", "/"], check=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", mount], check=True)
    results = []
    for step in steps:
        if step[0] == "fill":  # leave about step[1] bytes free
            fd = os.open(os.path.join(mount, "filler"), os.O_WRONLY | os.O_CREAT | os.O_APPEND)
            try:
                while True:
                    os.write(fd, b"\0" * 4096)
            except OSError:
                pass
            os.close(fd)
            os.truncate(os.path.join(mount, "filler"),
                        max(0, os.path.getsize(os.path.join(mount, "filler")) - step[1]))
            results.append({"free": os.statvfs(mount).f_bavail * os.statvfs(mount).f_frsize})
            continue
        if step[0] == "sha":
            import hashlib
            path = os.path.join(mount, step[1])
            results.append({"sha": hashlib.sha256(open(path, "rb").read()).hexdigest()})
            continue
        if step[0] == "ls":  # every file and folder, with a digest of each file
            import hashlib
            found = {}
            for root, dirs, files in os.walk(mount):
                for n in dirs:
                    found[os.path.relpath(os.path.join(root, n), mount)] = "dir"
                for n in files:
                    full = os.path.join(root, n)
                    with open(full, "rb") as fh:
                        digest = "" if n == "filler" else hashlib.sha256(fh.read()).hexdigest()
                    found[os.path.relpath(full, mount)] = digest
            results.append({"ls": found})
            continue
        done = subprocess.run(step, capture_output=True, text=True)
        results.append({"code": done.returncode, "out": done.stdout, "err": done.stderr})
    print(json.dumps(results))
    """
)


def available() -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(["unshare", "-m", "true"], capture_output=True)
    return probe.returncode == 0


def cli(*args: str) -> list[str]:
    """A step: the command line ``zwermkaart ARGS``."""
    code = "import sys; from desktop_app.cli.main import main; sys.exit(main(sys.argv[1:]))"
    return [sys.executable, "-c", code, *args]


def run(mount: Path, size: str, steps: list[list], env: dict[str, str]) -> list[dict]:
    mount.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["unshare", "-m", sys.executable, "-c", DRIVER, str(mount), size, json.dumps(steps)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen", **env},
        cwd=REPO,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])
