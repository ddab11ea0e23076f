"""Crash safety: SIGKILL at random moments leaves a sound atlas, before or after each transaction.

The full count (at least 100 kills) runs in bench/bench_crash.py; CI runs a few.
"""

from __future__ import annotations

import sys

import pytest

from . import crash_harness

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

CI_KILLS = 12


def test_random_kills_during_edits_and_imports(tmp_path):
    stats = crash_harness.run(CI_KILLS, tmp_path, seed=20261127)
    print(stats.summary())
    assert stats.kills == CI_KILLS
    assert stats.by_mode == {"edit": 4, "import": 4, "backup": 4}
    assert stats.integrity_failures == 0
    assert stats.inconsistent == []
    assert stats.transactions > 0
    assert stats.backups_checked > 0
    # Evidence the kills hit open transactions, not only the gaps between them.
    assert sum(stats.rolled_back.values()) >= 1


def test_random_kills_on_an_encrypted_atlas(tmp_path):
    stats = crash_harness.run(3, tmp_path, seed=7, passphrase="crash wachtwoord")
    print(stats.summary())
    assert stats.kills == 3
    assert stats.integrity_failures == 0
    assert stats.inconsistent == []


def test_harness_notices_a_torn_transaction(tmp_path, monkeypatch):
    """The consistency check can fail: a state that is neither before nor after is caught."""
    path = tmp_path / "crash-edit.zwerm"
    network_id = crash_harness.prepare(path)
    from desktop_app.store import Atlas

    with Atlas.open(path) as atlas:
        atlas.set_setting("crash.counter", 5)  # counter without the network and signal
    problems, counter, size, signals = crash_harness._state(path, network_id, None)
    assert problems == []
    assert (counter, size, signals) == (5, 0, 0)  # what run() reports as inconsistent
