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
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from desktop_app.i18n import Text
from desktop_app.store.errors import AtlasError

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
        ).format(name=path.name, reason=exc.strerror or type(exc).__name__),
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


@contextlib.contextmanager
def atomic_target(
    path: str | os.PathLike[str], *, private: bool = False, mode: int | None = None
) -> Iterator[Path]:
    """Yield a temporary path in ``path``'s folder; on success it replaces ``path``.

    The temporary file exists (empty) when yielded. If the block raises, or
    flushing the data to disk fails, it is removed and ``path`` stays as it was.
    ``private=True`` keeps the file readable by its owner only (personal data);
    ``mode`` sets other permissions (default: readable by all, 0o644).

    Raises:
        WriteFailedError: for an ``OSError`` (disk full, no permission, ...).
    """
    path = Path(path)
    folder = path.parent
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise write_error(exc, path) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        # Set even when private: the writer may have replaced the file mkstemp made.
        os.chmod(tmp, 0o600 if private else (mode if mode is not None else 0o644))
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
    fsync_dir(folder)


def atomic_write(
    path: str | os.PathLike[str],
    write_fn: Callable[[BinaryIO], object],
    *,
    private: bool = False,
) -> Path:
    """Write ``path`` through ``write_fn(binary_file)``, whole or not at all."""
    path = Path(path)
    with atomic_target(path, private=private) as tmp, open(tmp, "wb") as fh:
        write_fn(fh)
        fh.flush()
        os.fsync(fh.fileno())
    return path


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> Path:
    return atomic_write(path, lambda fh: fh.write(data), private=private)


def atomic_write_text(
    path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8", private: bool = False
) -> Path:
    return atomic_write_bytes(path, text.encode(encoding), private=private)
