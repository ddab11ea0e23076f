"""File names and writes for export that are safe on Windows and Linux.

A name derived from atlas content ("Wijk Noord: netwerken") is cleaned of
characters Windows reserves, of device names (CON, AUX, NUL, COM1, ...), of
leading dots and trailing dots and spaces, and shortened; the resulting path
is checked to lie in the chosen folder. Writing goes to a temporary file in
the same folder, is flushed to disk and then renamed over the target, so a
failure (a full disk) leaves the previous file as it was and no half file.
The file gets the mode of the file it replaces, or the umask's for a new one.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import IO

from desktop_app.i18n import Text, os_reason
from desktop_app.interop.errors import ExportError, TargetExistsError

_RESERVED_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED_NAMES = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    "CONIN$",
    "CONOUT$",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
    *(f"COM{c}" for c in "¹²³"),
    *(f"LPT{c}" for c in "¹²³"),
}
#: Longest file name we produce (characters, extension included); well below
#: the 255 bytes of common file systems even in UTF-8.
MAX_NAME = 120


def safe_filename(name: str, suffix: str = "", *, fallback: str = "export") -> str:
    """``name`` + ``suffix`` as a file name that is valid on Windows and Linux.

    >>> safe_filename('Wijk "Noord": netwerken', ".csv")
    'Wijk _Noord__ netwerken.csv'
    >>> safe_filename("CON", ".csv")
    '_CON.csv'
    """
    text = unicodedata.normalize("NFC", name)
    # Invisible format characters: bidi controls (U+202E shows "fdp.exe" as "exe.pdf"),
    # zero-width spaces and joiners, soft hyphens.
    text = "".join(c for c in text if unicodedata.category(c) != "Cf")
    text = _RESERVED_CHARS.sub("_", text)
    text = " ".join(text.split())  # tabs, newlines and runs of spaces
    # No leading dot (hidden), dash (an option to a command line tool) or space,
    # also when removing one uncovers another (".. - Signalen").
    text = text.lstrip(" .-").rstrip(" .")
    if not text or set(text) <= {"_", "."}:
        text = fallback
    room = MAX_NAME - len(suffix)
    text = text[:room].rstrip(" .") or fallback
    if text.split(".")[0].upper().rstrip(" ") in _RESERVED_NAMES:
        text = "_" + text
    return text + suffix


def inside(folder: str | os.PathLike[str], name: str) -> Path:
    """The path of ``name`` in ``folder``; refuses anything that would leave the folder.

    Raises:
        ExportError
    """
    base = Path(folder).resolve()
    target = (base / name).resolve()
    if target.parent != base or name in ("", ".", ".."):
        raise ExportError(
            Text(
                "De bestandsnaam '{name}' zou buiten de gekozen map komen.",
                "The file name '{name}' would end up outside the chosen folder.",
            ).format(name=name[:80])
        )
    return target


def atomic_write(
    path: str | os.PathLike[str],
    write: Callable[[IO[bytes]], None],
    *,
    overwrite: bool = False,
) -> Path:
    """Write a file through ``write(binary_file)`` atomically.

    Raises:
        TargetExistsError: ``path`` exists and ``overwrite`` is False.
        ExportError: the folder is missing or not writable, or the disk is full;
            the previous file (if any) is untouched and no temporary file is left.
    """
    path = Path(path)
    folder = path.parent
    if path.exists() and not overwrite:
        raise TargetExistsError(path=str(path))
    if path.is_dir():
        raise ExportError(
            Text("'{name}' is een map, geen bestand.", "'{name}' is a folder, not a file.").format(
                name=path.name[:80]
            ),
            path=str(path),
        )
    if not folder.is_dir():
        raise ExportError(
            Text("De map bestaat niet: {folder}", "The folder does not exist: {folder}").format(
                folder=str(folder)
            ),
            path=str(path),
        )
    tmp_name = None
    mode = file_mode(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".zwermkaart-", suffix=".tmp", dir=folder)
        if os.name == "posix":
            # mkstemp makes 0600; an export is an ordinary file the user shares.
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        if not overwrite and path.exists():
            raise TargetExistsError(path=str(path))
        os.replace(tmp_name, path)
        tmp_name = None
        _sync_folder(folder)
    except OSError as exc:
        raise _write_error(exc, path) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return path


def atomic_write_all(
    items: list[tuple[Path, Callable[[IO[bytes]], None]]], *, overwrite: bool = False
) -> list[Path]:
    """Write several files (a CSV folder) all or none: each to a temporary name, and
    renamed only when every one is complete, so a full disk halfway changes nothing.

    Raises:
        TargetExistsError, ExportError: as :func:`atomic_write`; no file was replaced.
    """
    from desktop_app.store.atomic import WriteFailedError, atomic_group

    for path, _ in items:
        if path.exists() and not overwrite:
            raise TargetExistsError(path=str(path))
    try:
        with atomic_group() as group:
            for path, write in items:
                group.write(path, write)
    except WriteFailedError as exc:
        cause = exc.__cause__
        if isinstance(cause, OSError):
            raise _write_error(cause, Path(exc.path or "")) from exc
        raise
    return [path for path, _ in items]


def file_mode(path: Path) -> int:
    """The permissions for writing ``path``: those of the file it replaces, else the
    umask's for a new file (the rule of :mod:`desktop_app.store.atomic`)."""
    from desktop_app.store.atomic import _final_mode

    return _final_mode(path, False, None)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles for this)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _write_error(exc: OSError, path: Path) -> ExportError:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return ExportError(
            Text(
                "De schijf is vol; het bestand is niet geschreven (een eerder bestand is "
                "ongewijzigd).",
                "The disk is full; the file was not written (an earlier file is unchanged).",
            ),
            path=str(path),
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ExportError(
            Text(
                "Geen toestemming om in deze map te schrijven.",
                "No permission to write in this folder.",
            ),
            path=str(path),
        )
    return ExportError(
        Text("Kan het bestand niet schrijven: {reason}", "Cannot write the file: {reason}").format(
            reason=os_reason(exc)
        ),
        path=str(path),
    )
