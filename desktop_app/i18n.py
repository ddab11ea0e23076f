"""The language of messages outside Qt (store errors, command line).

The UI translates through Qt (``tr()`` and ``resources/i18n``); layers below
it cannot import Qt, so their user-facing messages carry both a Dutch and an
English text and this module says which one to show. Dutch is the default;
``ZWERMKAART_LANG=en`` or :func:`set_language` switches to English.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass

SUPPORTED = ("nl", "en")
_current: str | None = None


def system_language(platform_language: str | None = None) -> str:
    """The language to use when the user has not chosen one: Dutch unless the system is English.

    ``platform_language`` is what the platform says when no environment variable does
    (Qt's ``QLocale.system()``, e.g. on Windows: see ``qt_i18n.system_language``).
    """
    env = os.environ.get("ZWERMKAART_LANG", "").lower()
    if env in SUPPORTED:
        return env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "").lower()
        if value.startswith("en"):
            return "en"
        if value.startswith("nl"):
            return "nl"
    if platform_language in SUPPORTED:  # ship
        return platform_language
    return "nl"


def language() -> str:
    global _current
    if _current is None:
        _current = system_language()
    return _current


def set_language(lang: str) -> None:
    global _current
    if lang not in SUPPORTED:
        raise ValueError(f"unsupported language: {lang!r}")
    _current = lang


@dataclass(frozen=True, slots=True)
class Text:
    """A user-facing message in both languages."""

    nl: str
    en: str

    def format(self, **values: object) -> Text:
        """Both texts formatted; a value that is a :class:`Text` gives each its own language."""
        nl = {k: v.nl if isinstance(v, Text) else v for k, v in values.items()}
        en = {k: v.en if isinstance(v, Text) else v for k, v in values.items()}
        return Text(self.nl.format(**nl), self.en.format(**en))

    def __str__(self) -> str:
        return self.nl if language() == "nl" else self.en


_OS_REASONS = {
    errno.ENOENT: ("het bestand of de map bestaat niet", "the file or folder does not exist"),
    errno.EACCES: ("geen toestemming", "permission denied"),
    errno.EPERM: ("niet toegestaan", "operation not permitted"),
    errno.EROFS: ("de schijf is alleen-lezen", "the disk is read-only"),
    errno.ENOSPC: ("de schijf is vol", "the disk is full"),
    errno.EISDIR: ("dit is een map", "this is a folder"),
    errno.ENOTDIR: ("een deel van het pad is geen map", "part of the path is not a folder"),
    errno.EEXIST: ("het bestaat al", "it already exists"),
    errno.ENAMETOOLONG: ("de naam is te lang", "the name is too long"),
    errno.EIO: ("een schijffout", "a disk error"),
    errno.EBUSY: ("het is in gebruik", "it is in use"),
    errno.ELOOP: ("te veel verwijzingen (links)", "too many links"),
    errno.EMFILE: ("te veel open bestanden", "too many open files"),
    errno.ENOTEMPTY: ("de map is niet leeg", "the folder is not empty"),
    errno.EXDEV: ("een andere schijf", "a different disk"),
}


def os_reason(exc: OSError) -> Text:
    """Why an operating-system call failed, in words (the system's own text is English)."""
    known = _OS_REASONS.get(exc.errno or -1)
    if known is not None:
        return Text(*known)
    english = exc.strerror or type(exc).__name__
    return Text(f"systeemfout {exc.errno}" if exc.errno else "systeemfout", english)
