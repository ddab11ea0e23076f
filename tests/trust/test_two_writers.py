"""Two processes writing through the store: no integrity failure, a 'locked' message instead."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from desktop_app.store import Atlas

from .crash_harness import REPO

WRITER = textwrap.dedent(
    """
    import sys, time
    from desktop_app.store import Atlas, AtlasLockedError
    path, rounds = sys.argv[1], int(sys.argv[2])
    ok = locked = 0
    message = ""
    while ok < rounds:
        try:
            atlas = Atlas.open(path, auto_backup=False)
        except AtlasLockedError as exc:
            locked += 1
            message = str(exc)
            time.sleep(0.005)
            continue
        try:
            with atlas.transaction():
                n = atlas.setting("stress.counter", 0)
                time.sleep(0.01)  # hold the atlas like a user would
                atlas.set_setting("stress.counter", n + 1)
            ok += 1
        finally:
            atlas.close()
    print(ok, locked, message, flush=True)
    """
)


def test_two_writing_processes(tmp_path):
    path = tmp_path / "shared.zwerm"
    Atlas.create(path, name="Gedeeld").close()
    rounds = 25
    children = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(rounds)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        for _ in range(2)
    ]
    outputs = []
    for child in children:
        out, _ = child.communicate(timeout=120)
        assert child.returncode == 0
        outputs.append(out.split(maxsplit=2))
    oks = sum(int(o[0]) for o in outputs)
    locked = sum(int(o[1]) for o in outputs)
    assert oks == 2 * rounds
    assert locked > 0
    messages = [o[2] for o in outputs if len(o) > 2]
    assert any("al geopend in een ander Zwermkaart-venster" in m for m in messages)
    with Atlas.open(path) as atlas:
        assert atlas.check() == []
        # No lost update: every increment of the read-modify-write survived.
        assert atlas.setting("stress.counter") == 2 * rounds
