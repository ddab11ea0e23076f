"""Loading the Dutch translations into Qt (used by the window and the reports).

Source strings are English; every ``resources/i18n/*_nl.qm`` is installed when
the language is Dutch. See ``desktop_app/i18n_tool.py`` for keeping them in step.
"""

from __future__ import annotations

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
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_words.load("qtbase_nl", qt_dir):
            QCoreApplication.installTranslator(qt_words)
            _installed.append(qt_words)
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    return language
