"""Cold start to a usable window on the demo atlas (issue 8 target: <= 1.5 s median).

Starts ``python -m desktop_app`` offscreen several times with
ZWERMKAART_STARTUP_PROBE=1: the app prints ``window-shown`` once the main window
has been shown and painted, then quits. Measured from process start.

Bytecode is cached (in a temporary PYTHONPYCACHEPREFIX, warmed by the first run)
as in an installed app or the bundle: this environment sets
PYTHONDONTWRITEBYTECODE, which would otherwise add ~0.6 s of compiling to every
start. CPU time (user + system of the whole process) is printed next to wall
time because the machine is shared: wall time grows with the load of others.

    python bench/bench_startup.py [--runs 7] [--exe dist/Zwermkaart/Zwermkaart]

``--exe`` times a built bundle instead of ``python -m desktop_app``.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time


def one_run(env: dict[str, str], command: list[str]) -> tuple[float, float]:
    """(wall seconds to window-shown, CPU seconds of the whole process)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "window-shown":
            elapsed = time.perf_counter() - start
            proc.stdout.read()
            _pid, _status, usage = os.wait4(proc.pid, 0)
            proc.returncode = 0
            return elapsed, usage.ru_utime + usage.ru_stime
    proc.wait(timeout=30)
    raise RuntimeError(
        f"no window-shown line; stderr:\n{proc.stderr.read() if proc.stderr else ''}"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--exe", help="a built bundle's executable to time instead")
    args = parser.parse_args()
    command = [args.exe] if args.exe else [sys.executable, "-m", "desktop_app"]
    with (
        tempfile.TemporaryDirectory() as data,
        tempfile.TemporaryDirectory() as config,
        tempfile.TemporaryDirectory() as pycache,
    ):
        env = {
            **os.environ,
            "PYTHONPYCACHEPREFIX": pycache,
            "QT_QPA_PLATFORM": "offscreen",
            "ZWERMKAART_STARTUP_PROBE": "1",
            "ZWERMKAART_DATA_DIR": data,
            "XDG_CONFIG_HOME": config,
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        first, _cpu = one_run(env, command)  # makes the demo copy and the bytecode cache
        print(f"first start (creates the demo atlas, compiles): {first:.2f} s")
        runs = [one_run(env, command) for _ in range(args.runs)]
    times = [wall for wall, _ in runs]
    cpu = [c for _, c in runs]
    print(
        f"start to shown window, demo atlas: median {statistics.median(times):.2f} s "
        f"(min {min(times):.2f}, max {max(times):.2f}, {args.runs} runs; target <= 1.5 s)"
    )
    print(
        f"CPU time of the whole process (start, show, quit): median "
        f"{statistics.median(cpu):.2f} s (min {min(cpu):.2f}); load average "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
