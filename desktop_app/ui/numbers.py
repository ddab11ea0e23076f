"""Numbers as users read them: Dutch separators in the Dutch interface (10.000; 0,05).

``QLocale()`` is the default locale :func:`desktop_app.qt_i18n.install` set for the
interface language, so the same call gives "10,000" in English.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number(value: int | float, decimals: int = 0) -> str:
    """``value`` with the interface language's group and decimal separators."""
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)
