"""Write a file whole or not at all: a temporary file beside it, fsync, then rename.

Every file Zwermkaart produces (backup, PDF, export) goes through here, so a
full disk or a crash halfway leaves the previous file as it was and no half
file behind::

    atomic_write(path, lambda fh: fh.write(data))          # a binary file object

    with atomic_target(path) as tmp:                        # for writers that want a name
        pdf_writer = QPdfWriter(str(tmp)); ...
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from desktop_app.i18n import Text, os_reason
from desktop_app.store.errors import AtlasError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class WriteFailedError(AtlasError):
    """A file could not be written; any earlier file of that name is unchanged."""

    text = Text(
        "Het bestand kon niet worden opgeslagen. Een eerder bestand met die naam is ongewijzigd.",
        "The file could not be saved. An earlier file with that name is unchanged.",
    )

    def __init__(
        self, text: Text | None = None, *, path: str | None = None, disk_full: bool = False
    ) -> None:
        super().__init__(text, path=path)
        self.disk_full = disk_full


def write_error(exc: OSError, path: Path) -> WriteFailedError:
    """Our message for an ``OSError`` while writing ``path``."""
    if exc.errno in _DISK_FULL:
        return WriteFailedError(
            Text(
                "De schijf is vol: {name} is niet opgeslagen. "
                "Een eerder bestand met die naam is ongewijzigd.",
                "The disk is full: {name} was not saved. "
                "An earlier file with that name is unchanged.",
            ).format(name=path.name),
            path=str(path),
            disk_full=True,
        )
    return WriteFailedError(
        Text(
            "{name} kon niet worden opgeslagen ({reason}). "
            "Een eerder bestand met die naam is ongewijzigd.",
            "{name} could not be saved ({reason}). An earlier file with that name is unchanged.",
        ).format(name=path.name, reason=os_reason(exc)),
        path=str(path),
    )


def fsync_path(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles for this."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fsync_path(folder)


TEMP_SUFFIX = ".tmp"


def _umask() -> int:
    """The process's umask, read without changing it (os.umask would, for all threads)."""
    with contextlib.suppress(OSError, ValueError), open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    old = os.umask(0o022)
    os.umask(old)
    return old


def _final_mode(path: Path, private: bool, mode: int | None) -> int:
    """Owner-only for personal data; else ``mode``; else the replaced file's mode; else
    what a new file gets under the umask (as other programs' files do)."""
    if private:
        return 0o600
    if mode is not None:
        return mode
    with contextlib.suppress(OSError):
        return path.stat().st_mode & 0o7777
    return 0o666 & ~_umask()


def _hold(tmp: Path) -> int | None:
    """An exclusive lock on a temporary while it is written, so the clean-up of
    another run can tell a live temporary from one a crash left behind."""
    if fcntl is None:
        return None
    try:
        fd = os.open(tmp, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        return None
    return fd


def _release(fd: int | None) -> None:
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)


def is_stale(tmp: Path, *, max_age: float = 3600.0) -> bool:
    """Whether a temporary was left by a run that ended (crashed) before renaming it.

    POSIX: nobody holds its lock. Elsewhere: older than ``max_age`` seconds.
    """
    if fcntl is None:
        try:
            return time.time() - tmp.stat().st_mtime > max_age
        except OSError:
            return False
    try:
        fd = os.open(tmp, os.O_RDONLY)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a live writer holds it
    finally:
        os.close(fd)
    return True


def clean_stale(folder: Path, pattern: str = ".*" + TEMP_SUFFIX) -> list[Path]:
    """Remove temporaries matching ``pattern`` in ``folder`` that crashed runs left,
    with the journal SQLite may have left beside one (``<temporary>-journal``)."""
    removed = []
    with contextlib.suppress(OSError):
        for tmp in folder.glob(pattern):
            if tmp.is_file() and is_stale(tmp):
                with contextlib.suppress(OSError):
                    tmp.unlink()
                    removed.append(tmp)
        for side in folder.glob(pattern + "-*"):
            base = side.with_name(side.name.rsplit("-", 1)[0])
            if side.name.endswith(("-journal", "-wal", "-shm")) and not base.exists():
                with contextlib.suppress(OSError):
                    side.unlink()
                    removed.append(side)
    return removed


@contextlib.contextmanager
def atomic_target(
    path: str | os.PathLike[str],
    *,
    private: bool = False,
    mode: int | None = None,
    check: Callable[[Path], None] | None = None,
) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; on success it replaces ``path``.

    The temporary file exists (empty) when yielded. If the block raises,
    ``check(tmp)`` raises, or flushing the data to disk fails, it is removed and
    ``path`` stays as it was. Temporaries of earlier, crashed writes of the same
    ``path`` are removed first. Permissions: ``private=True`` owner-only
    (personal data); else ``mode``; else those of the file replaced; else the
    umask's default for a new file.

    Raises:
        WriteFailedError: for an ``OSError`` (disk full, no permission, ...), or
            when ``check`` raises one.
    """
    path = Path(path)
    folder = path.parent
    clean_stale(folder, f".{glob.escape(path.name)}.*{TEMP_SUFFIX}")
    final_mode = _final_mode(path, private, mode)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=folder)
    except OSError as exc:
        raise write_error(exc, path) from exc
    os.close(fd)
    tmp = Path(name)
    held = _hold(tmp)
    try:
        yield tmp
        if check is not None:
            check(tmp)
        # Set even when private: the writer may have replaced the file mkstemp made.
        os.chmod(tmp, final_mode)
        fsync_path(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise write_error(exc, path) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    finally:
        _release(held)
    fsync_dir(folder)


def atomic_write(
    path: str | os.PathLike[str],
    write_fn: Callable[[BinaryIO], object],
    *,
    private: bool = False,
    mode: int | None = None,
    check: Callable[[Path], None] | None = None,
) -> Path:
    """Write ``path`` through ``write_fn(binary_file)``, whole or not at all.

    ``private``, ``mode`` and ``check`` as for :func:`atomic_target`.
    """
    path = Path(path)
    with (
        atomic_target(path, private=private, mode=mode, check=check) as tmp,
        open(tmp, "wb") as fh,
    ):
        write_fn(fh)
        fh.flush()
        os.fsync(fh.fileno())
    return path


def atomic_write_bytes(
    path: str | os.PathLike[str], data: bytes, *, private: bool = False, mode: int | None = None
) -> Path:
    return atomic_write(path, lambda fh: fh.write(data), private=private, mode=mode)


def atomic_write_text(
    path: str | os.PathLike[str],
    text: str,
    *,
    encoding: str = "utf-8",
    private: bool = False,
    mode: int | None = None,
) -> Path:
    return atomic_write_bytes(path, text.encode(encoding), private=private, mode=mode)


def save_checked(
    path: str | os.PathLike[str], save: Callable[[Path], bool], ending: bytes = b""
) -> bool:
    """Let a writer that only says yes or no (Qt's ``QImage.save``) write ``path`` whole.

    ``save(temporary)`` writes; the result replaces ``path`` only when it said
    yes and the file ends with ``ending`` (a PNG's end chunk). False: not
    saved, and an earlier file of that name is unchanged.
    """

    def check(tmp: Path) -> None:
        with open(tmp, "rb") as fh:
            fh.seek(max(0, fh.seek(0, os.SEEK_END) - len(ending)))
            whole = fh.read() == ending
        if not whole:
            raise OSError(errno.EIO, os.strerror(errno.EIO), str(tmp))

    try:
        with atomic_target(path, check=check) as tmp:
            if not save(tmp):
                raise OSError(errno.EIO, os.strerror(errno.EIO), str(tmp))
    except WriteFailedError:
        return False
    return True


class AtomicGroup:
    """Several files written whole and renamed only once every one of them is complete.

    A CSV export is one file per table: a full disk at the fifth must not leave
    four new files beside four old ones. Each file goes to a temporary name;
    only when all are written, checked and flushed are they renamed (renames
    need no space). Use :func:`atomic_group`.
    """

    def __init__(self) -> None:
        self._targets: list[tuple[Path, Path, int, Callable[[Path], None] | None, int | None]] = []

    def target(
        self,
        path: str | os.PathLike[str],
        *,
        private: bool = False,
        mode: int | None = None,
        check: Callable[[Path], None] | None = None,
    ) -> Path:
        """A temporary (existing, empty) that becomes ``path`` when the group commits."""
        path = Path(path)
        clean_stale(path.parent, f".{glob.escape(path.name)}.*{TEMP_SUFFIX}")
        final_mode = _final_mode(path, private, mode)
        try:
            fd, name = tempfile.mkstemp(
                prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent
            )
        except OSError as exc:
            raise write_error(exc, path) from exc
        os.close(fd)
        tmp = Path(name)
        self._targets.append((path, tmp, final_mode, check, _hold(tmp)))
        return tmp

    def write(
        self,
        path: str | os.PathLike[str],
        write_fn: Callable[[BinaryIO], object],
        *,
        private: bool = False,
        mode: int | None = None,
    ) -> Path:
        tmp = self.target(path, private=private, mode=mode)
        try:
            with open(tmp, "wb") as fh:
                write_fn(fh)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError as exc:
            raise write_error(exc, Path(path)) from exc
        return Path(path)

    def _commit(self) -> list[Path]:
        for path, tmp, final_mode, check, _ in self._targets:
            try:
                if check is not None:
                    check(tmp)
                os.chmod(tmp, final_mode)
                fsync_path(tmp)
            except OSError as exc:
                raise write_error(exc, path) from exc
        for path, tmp, *_ in self._targets:
            try:
                os.replace(tmp, path)
            except OSError as exc:
                raise write_error(exc, path) from exc
        for folder in {path.parent for path, *_ in self._targets}:
            fsync_dir(folder)
        return [path for path, *_ in self._targets]

    def _discard(self) -> None:
        for _, tmp, _, _, held in self._targets:
            with contextlib.suppress(OSError):
                tmp.unlink()
            _release(held)
        self._targets = []


@contextlib.contextmanager
def atomic_group() -> Iterator[AtomicGroup]:
    """Write several files all or none (see :class:`AtomicGroup`).

    Raises:
        WriteFailedError: for an ``OSError``; no file of the group has been replaced.
    """
    group = AtomicGroup()
    try:
        yield group
        group._commit()
    finally:
        group._discard()
