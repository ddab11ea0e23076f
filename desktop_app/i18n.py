"""The language of messages outside Qt (store errors, command line).

The UI translates through Qt (``tr()`` and ``resources/i18n``); layers below
it cannot import Qt, so their user-facing messages carry both a Dutch and an
English text and this module says which one to show. Dutch is the default;
``ZWERMKAART_LANG=en`` or :func:`set_language` switches to English.
"""

from __future__ import annotations

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
        return Text(self.nl.format(**values), self.en.format(**values))

    def __str__(self) -> str:
        return self.nl if language() == "nl" else self.en
