"""The application's log: a rotating file in the user's data folder, free of personal data.

Residents' names and contact data must never reach a log or a crash report.
Exception messages are where they slip in ("no such person: Jansen"), so
tracebacks are written as the exception's type and the code locations only:
never its message, never local variables. This applies to uncaught
exceptions (``sys.excepthook``, ``threading.excepthook``) and to every
``log.exception(...)`` through the file's formatter. Log messages themselves
must carry ids and counts, never names (a rule for the code, checked in
tests/trust/test_logging.py).

Call :func:`install` once at startup (the window and the command line).
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

from desktop_app import paths

LOG_NAME = "zwermkaart.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1_000_000
BACKUPS = 3

_state: dict[str, Any] = {}


def log_dir() -> Path:
    return paths.user_data_dir() / "logs"


def _where(filename: str) -> str:
    """A source path without the user's home folder in it."""
    parts = Path(filename).parts
    for anchor in ("desktop_app", "site-packages"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return Path(filename).name


def safe_traceback(
    exc_type: type[BaseException] | None,
    exc: BaseException | None,
    tb: TracebackType | None,
) -> str:
    """The traceback with exception types and code locations only (no messages, no values)."""
    lines: list[str] = []
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        name = type(exc).__qualname__
        code = getattr(exc, "sqlite_errorname", None)
        block = [f"{type(exc).__module__}.{name}{f' [{code}]' if code else ''} (message withheld)"]
        for frame in traceback.extract_tb(exc.__traceback__ if exc.__traceback__ else tb):
            block.append(f"  {_where(frame.filename)}:{frame.lineno} in {frame.name}")
        lines[:0] = block + ([""] if lines else [])
        exc = exc.__cause__ or exc.__context__
        tb = None
    if not lines and exc_type is not None:
        lines.append(f"{exc_type.__module__}.{exc_type.__qualname__} (message withheld)")
    return "\n".join(lines)


class SafeFormatter(logging.Formatter):
    """Formats exceptions with :func:`safe_traceback`."""

    def format(self, record: logging.LogRecord) -> str:
        # Another handler may have cached the full traceback on the record.
        cached = record.exc_text
        record.exc_text = None
        try:
            return super().format(record)
        finally:
            record.exc_text = cached

    def formatException(self, ei: Any) -> str:
        return safe_traceback(*ei)

    def formatStack(self, stack_info: str) -> str:
        return "(stack withheld)"


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    logging.getLogger("zwermkaart.crash").critical(
        "uncaught exception", exc_info=(exc_type, exc, tb)
    )
    previous = _state.get("excepthook") or sys.__excepthook__
    if previous is not _excepthook:
        previous(exc_type, exc, tb)


def _thread_excepthook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    logging.getLogger("zwermkaart.crash").critical(
        "uncaught exception in thread", exc_info=(args.exc_type, args.exc_value, args.exc_traceback)
    )


def install(*, level: int = logging.INFO, folder: Path | None = None) -> Path:
    """Log to a rotating file in the user's data folder; returns the log file's path."""
    if "handler" in _state:
        return Path(_state["handler"].baseFilename)
    folder = folder or log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(SafeFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    _state.update(
        handler=handler,
        excepthook=sys.excepthook,
        thread_excepthook=threading.excepthook,
        root_level=root.level,
    )
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_excepthook
    # A hard crash (segfault in Qt, say) writes the Python stack, which has
    # code locations only, no values.
    crash: TextIO = open(folder / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115
    _state["crash_file"] = crash
    faulthandler.enable(file=crash)
    os.chmod(folder, 0o700)
    return path


def uninstall() -> None:
    """Undo :func:`install` (tests)."""
    handler = _state.pop("handler", None)
    if handler is None:
        return
    root = logging.getLogger()
    root.removeHandler(handler)
    root.setLevel(_state.get("root_level", logging.WARNING))
    handler.close()
    sys.excepthook = _state.pop("excepthook", sys.__excepthook__)
    threading.excepthook = _state.pop("thread_excepthook", threading.__excepthook__)
    faulthandler.disable()
    crash = _state.pop("crash_file", None)
    if crash is not None:
        crash.close()
    _state.clear()
