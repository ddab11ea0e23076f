"""setup.sh waits for another apt process instead of failing at once."""

from __future__ import annotations

import subprocess
from pathlib import Path

SETUP = Path(__file__).resolve().parents[1] / "setup.sh"

#: apt-get that is "locked" for its first two runs, then works.
FAKE_APT = """#!/usr/bin/env bash
n=$(cat "$COUNTER" 2>/dev/null || echo 0)
echo $((n + 1)) > "$COUNTER"
if [ "$n" -lt 2 ]; then
  echo "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 812 (apt-get)" >&2
  exit 100
fi
echo "args: $*"
"""


def _run(tmp_path, script: str, fake: str = FAKE_APT) -> subprocess.CompletedProcess:
    apt = tmp_path / "apt-get"
    apt.write_text(fake)
    apt.chmod(0o755)
    env = {
        "PATH": f"{tmp_path}:/usr/bin:/bin",
        "COUNTER": str(tmp_path / "count"),
        "APT_LOCK_POLL": "0.05",
        "APT_LOCK_WAIT": "5",
        "PYTHON": "false",  # should the script ever run on when sourced: no venv, no pip
    }
    return subprocess.run(
        ["bash", "-c", f"source {SETUP}; {script}"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )


def test_a_held_apt_lock_is_waited_for(tmp_path):
    result = _run(tmp_path, "apt_wait_run apt-get update -qq")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "count").read_text().strip() == "3"
    assert "Waiting for another apt/dpkg process" in result.stderr
    assert "DPkg::Lock::Timeout=" in result.stdout


def test_other_apt_failures_are_not_retried(tmp_path):
    broken = (
        '#!/usr/bin/env bash\necho x >> "$COUNTER"\n'
        'echo "E: Unable to locate package foo" >&2\nexit 100\n'
    )
    result = _run(tmp_path, "apt_wait_run apt-get install foo", broken)
    assert result.returncode == 100
    assert "Unable to locate package foo" in result.stderr
    assert (tmp_path / "count").read_text().count("x") == 1


def test_the_wait_has_a_limit(tmp_path):
    locked = (
        "#!/usr/bin/env bash\n"
        'echo "E: Could not get lock /var/lib/dpkg/lock-frontend" >&2\nexit 100\n'
    )
    result = _run(tmp_path, "APT_LOCK_WAIT=0.2 apt_wait_run apt-get update", locked)
    assert result.returncode == 100
    assert "Could not get lock" in result.stderr
