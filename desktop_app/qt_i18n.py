"""Loading the Dutch translations into Qt (used by the window and the reports).

Source strings are English; every ``resources/i18n/*_nl.qm`` is installed when
the language is Dutch. See ``desktop_app/i18n_tool.py`` for keeping them in step.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app import i18n, paths

_installed: list[QTranslator] = []


def system_language() -> str:
    """The system's language (environment first, then Qt's system locale): "nl" or "en".

    On Windows no LANG variable is set; the UI languages of the user's account
    decide (Dutch on a Dutch Windows). Anything neither Dutch nor English: Dutch.
    """
    locale = QLocale.system()
    names = [*locale.uiLanguages(), locale.name()]
    platform = next((n[:2].lower() for n in names if n[:2].lower() in i18n.SUPPORTED), None)
    return i18n.system_language(platform)


def qt_translation_dirs() -> list[Path]:
    """Where Qt's own translations may be: Qt's configured folder, else PySide6's copy
    (``PySide6/Qt/translations``; an installed or bundled Qt may point elsewhere)."""
    import PySide6

    folders = [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
        paths.resources_dir() / "qt_translations",
    ]
    return [f for f in dict.fromkeys(folders) if (f / "qtbase_nl.qm").is_file()]


def install(language: str | None = None) -> str:
    """Install the translators for ``language`` (default: the current one); return it."""
    language = language or i18n.language()
    i18n.set_language(language)
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if language == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        for qm in sorted((paths.resources_dir() / "i18n").glob("*_nl.qm")):
            translator = QTranslator()
            if translator.load(str(qm)):
                QCoreApplication.installTranslator(translator)
                _installed.append(translator)
        # Qt's own words (OK/Cancel buttons, file dialogs, context menus) in Dutch too.
        qt_words = QTranslator()
        if any(qt_words.load("qtbase_nl", str(folder)) for folder in qt_translation_dirs()):
            QCoreApplication.installTranslator(qt_words)
            _installed.append(qt_words)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return language
