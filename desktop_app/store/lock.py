"""One writer per atlas: an exclusive lock on ``<atlas>.lock`` while it is open for writing.

SQLite serialises single transactions, but two app instances editing the
same atlas would overwrite each other's work and race on backups, restore
and re-encryption. So a writable open takes an operating-system lock
(``flock`` on POSIX, ``msvcrt.locking`` on Windows) on a small file next to
the atlas. The lock dies with the process, so a crash leaves no stale lock.
The file holds the holder's host and process id, for the message only.

Two names can be one file (hardlinks), and each has its own ``.lock``; so on
POSIX the atlas file itself is also locked (``flock``, which SQLite's own
``fcntl`` locks do not see), which ties the lock to the file's identity
(device and inode). Not on network mounts, where ``flock`` may become a
mandatory byte-range lock on the server that would block SQLite's reads.

Within one process the lock is shared: opening the same atlas twice (the CLI
on an atlas a test already holds, say), also through another hardlinked
name, is SQLite's business, not a second instance.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.i18n import Text
from desktop_app.store import errors

_guard = threading.Lock()
_held: dict[str, _Held] = {}
#: The same locks by the identity (device, inode) of the atlas file.
_by_identity: dict[tuple[int, int], _Held] = {}


@dataclass
class _Held:
    key: str
    lock_path: Path
    fd: int | None
    count: int = 1
    identity: tuple[int, int] | None = None
    #: The flock on the atlas file itself (POSIX, local file systems).
    file_fd: int | None = None
    previous: str = ""
    noted: str = ""


def _identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


@dataclass
class AtlasLock:
    """A handle on the writer lock of one atlas; :meth:`release` is idempotent."""

    _held: _Held
    _released: bool = field(default=False)

    @property
    def path(self) -> Path:
        return self._held.lock_path

    @property
    def previous_holder(self) -> str:
        """The line a crashed holder left in the lock file ("" after a clean close)."""
        return self._held.previous

    def note(self, state: str) -> None:
        """Record ``state`` ("wrote": there are commits a checkpoint has not yet
        copied into the atlas; "": there are none) for the next holder after a crash."""
        held = self._held
        if held.fd is None or held.noted == state:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(held.fd, 0)
            os.lseek(held.fd, 0, os.SEEK_SET)
            os.write(held.fd, _holder_line(state))
            held.noted = state

    def release(self) -> None:
        with _guard:
            if self._released:
                return
            self._released = True
            held = self._held
            held.count -= 1
            if held.count == 0:
                _held.pop(held.key, None)
                if held.identity is not None and _by_identity.get(held.identity) is held:
                    del _by_identity[held.identity]
                _unlock(held)


def lock_path_for(path: str | os.PathLike[str]) -> Path:
    return Path(f"{path}.lock")


def acquire(path: str | os.PathLike[str]) -> AtlasLock:
    """Take the writer lock of the atlas at ``path``.

    Raises:
        AtlasLockedError: another process has the atlas open for writing.
    """
    key = os.path.realpath(path)
    identity = _identity(path)
    with _guard:
        held = _held.get(key) or (_by_identity.get(identity) if identity else None)
        if held is not None:
            held.count += 1
            return AtlasLock(held)
        lock_path = lock_path_for(key)
        fd = _lock(lock_path, str(path))
        try:
            file_fd = _lock_file_itself(key, str(path))
        except BaseException:
            _unlock(_Held(key, lock_path, fd))
            raise
        held = _Held(key, lock_path, fd, identity=identity, file_fd=file_fd)
        held.previous = _previous.pop(fd, "") if fd is not None else ""
        _held[key] = held
        if identity is not None:
            _by_identity[identity] = held
        return AtlasLock(held)


def holders(path: str | os.PathLike[str]) -> int:
    """How many openers in this process share the writer lock of ``path``."""
    identity = _identity(path)
    with _guard:
        held = _held.get(os.path.realpath(path)) or (
            _by_identity.get(identity) if identity else None
        )
        return held.count if held else 0


def crashed_holder(path: str | os.PathLike[str]) -> str:
    """The line a crashed writer left in the lock file of ``path``, or "" (none, or a
    writer holds it now). Does not take the lock, and leaves the file as it is."""
    if sys.platform == "win32":  # pragma: no cover
        return ""
    lock_path = lock_path_for(os.path.realpath(path))
    try:
        fd = os.open(lock_path, os.O_RDONLY)
    except OSError:
        return ""
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return ""  # held: a writer is alive
    try:
        return _read_all(fd)
    finally:
        os.close(fd)  # drops the shared lock


def is_locked_elsewhere(path: str | os.PathLike[str]) -> bool:
    """Whether another process holds the writer lock (for a status line; racy by nature)."""
    try:
        acquire(path).release()
    except errors.AtlasLockedError:
        return True
    return False


def _locked_error(lock_path: Path, shown: str) -> errors.AtlasLockedError:
    holder = ""
    with contextlib.suppress(OSError, IndexError):
        holder = lock_path.read_text(encoding="utf-8", errors="replace").split()[1]
    where = Text(" (op computer {host})", " (on computer {host})").format(host=holder)
    text = Text(
        "Deze atlas is al geopend in een ander Zwermkaart-venster{where}. Sluit dat eerst, "
        "of open de atlas alleen-lezen.",
        "This atlas is already open in another Zwermkaart window{where}. Close that first, "
        "or open the atlas read-only.",
    )
    text = Text(
        text.nl.format(where=where.nl if holder else ""),
        text.en.format(where=where.en if holder else ""),
    )
    return errors.AtlasLockedError(text, path=shown)


def _holder_line(note: str = "") -> bytes:
    return f"{os.getpid()} {socket.gethostname()} {note}".rstrip().encode() + b"\n"


#: What each lock file held when we took it (a crashed holder's line), by descriptor.
_previous: dict[int, str] = {}


def _read_all(fd: int) -> str:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        return os.read(fd, 4096).decode("utf-8", errors="replace").strip()
    except OSError:
        return ""


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(lock_path: Path, shown: str) -> int | None:
        try:
            fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return None  # a read-only folder: SQLite will refuse the writes itself
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            os.close(fd)
            raise _locked_error(lock_path, shown) from None
        return fd

    def _lock_file_itself(path: str, shown: str) -> int | None:
        # msvcrt locks are mandatory: a lock on the atlas would block SQLite's reads.
        return None

    def _unlock(held: _Held) -> None:
        if held.fd is None:
            return
        try:
            os.lseek(held.fd, 0, os.SEEK_SET)
            msvcrt.locking(held.fd, msvcrt.LK_UNLCK, 1)
        except OSError:
            pass
        os.close(held.fd)

else:
    import fcntl

    def _lock(lock_path: Path, shown: str) -> int | None:
        while True:
            try:
                fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError:
                return None  # a read-only folder: SQLite will refuse the writes itself
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                raise _locked_error(lock_path, shown) from None
            except OSError:
                # The file system has no locks (some network shares); the
                # location warning tells the user such places are unsafe.
                return fd
            # The previous holder may have unlinked the file between our open
            # and our lock: then we hold a lock nobody else can see. Retry.
            try:
                same = os.stat(lock_path).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
            _previous[fd] = _read_all(fd)
            os.ftruncate(fd, 0)
            os.write(fd, _holder_line())
            return fd

    def _lock_file_itself(path: str, shown: str) -> int | None:
        """``flock`` the atlas file (its inode), so a hardlinked name finds it locked."""
        from desktop_app.store.location import is_network_path

        if is_network_path(path):
            return None
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return None  # not created yet, or not readable: SQLite will say so
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise _locked_error(Path(f"{path}.lock"), shown) from None
        except OSError:
            return fd  # no locks on this file system
        return fd

    def _unlock(held: _Held) -> None:
        if held.file_fd is not None:
            with contextlib.suppress(OSError):
                os.close(held.file_fd)  # closing drops the flock
            held.file_fd = None
        if held.fd is None:
            return
        # Unlink while still holding the lock, so no one can lock the old inode
        # after we let go (see the inode check in _lock).
        with contextlib.suppress(OSError):
            held.lock_path.unlink()
        try:
            fcntl.flock(held.fd, fcntl.LOCK_UN)
        finally:
            os.close(held.fd)
