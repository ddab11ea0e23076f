"""After a crash: notice a ``-wal`` that was damaged or lost, which SQLite passes over in silence.

Committed transactions live in the WAL file until a checkpoint copies them
into the atlas. SQLite replays the WAL's frames up to the first one whose
checksum fails and drops the rest without a word; a WAL that is missing is
simply not replayed. Both lose committed work silently. What can be seen:

- **damaged**: a frame of the WAL's current generation (its salts match the
  header) that marks a commit, *after* a frame whose checksum fails: a
  transaction that was committed and is now dropped. (A commit frame that is
  itself the last, torn frame is a transaction killed while committing: it
  was never reported as saved, so that is not damage.) A WAL whose header is
  broken while frames follow is damaged too.
- **lost**: the previous session crashed (its writer lock file is still
  there), it had written (the lock file says so), and there is no WAL.

The format is SQLite's (https://www.sqlite.org/fileformat2.html#walformat).
"""

from __future__ import annotations

import os
import struct
from array import array
from pathlib import Path

WAL_HEADER = 32
FRAME_HEADER = 24
_MAGIC = (0x377F0682, 0x377F0683)


def _checksum(data: bytes, big_endian: bool, s0: int, s1: int) -> tuple[int, int]:
    words = array("I", data)
    if array("I").itemsize != 4:  # pragma: no cover - every platform we ship on has 4
        words = array("L", data)
    native_big = struct.pack("=I", 1) == struct.pack(">I", 1)
    if big_endian != native_big:
        words.byteswap()
    mask = 0xFFFFFFFF
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & mask
        s1 = (s1 + words[i + 1] + s0) & mask
    return s0, s1


def wal_damaged(wal: str | os.PathLike[str]) -> bool:
    """Whether the WAL at ``wal`` holds committed frames SQLite will drop (see the module)."""
    try:
        data = Path(wal).read_bytes()
    except OSError:
        return False
    if len(data) <= WAL_HEADER:
        return False
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(">8I", data[:32])
    if magic not in _MAGIC or page_size < 512 or page_size & (page_size - 1):
        return any(data[WAL_HEADER:])  # frames behind a broken header
    big = magic & 1 == 1
    if _checksum(data[:24], big, 0, 0) != (c0, c1):
        return any(data[WAL_HEADER:])
    frame = FRAME_HEADER + page_size
    s0, s1 = c0, c1
    broken_at = None
    offset = WAL_HEADER
    index = 0
    while offset + frame <= len(data):
        head = data[offset : offset + FRAME_HEADER]
        _page, commit, f_salt1, f_salt2, f0, f1 = struct.unpack(">6I", head)
        current = (f_salt1, f_salt2) == (salt1, salt2)
        if broken_at is None:
            if not current:
                return False  # the rest is an older generation: ignored rightly
            body = data[offset + FRAME_HEADER : offset + frame]
            s0, s1 = _checksum(head[:8] + body, big, s0, s1)
            if (s0, s1) != (f0, f1):
                broken_at = index
        elif current and commit:
            return True  # committed after the broken frame: dropped by SQLite
        offset += frame
        index += 1
    return False


def wal_lost(path: str | os.PathLike[str], previous_holder: str | None) -> bool:
    """Whether the last session crashed after writing and its WAL is gone.

    ``previous_holder``: what the writer lock file held when it was taken
    (None: no lock file, the last session closed cleanly).
    """
    if not previous_holder or "wrote" not in previous_holder.split():
        return False
    wal = Path(f"{path}-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False
