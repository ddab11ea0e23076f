"""Which language the interface takes when the user has not chosen one."""

import pytest

from desktop_app import i18n, qt_i18n

LOCALE_VARS = ("ZWERMKAART_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture
def no_locale_env(monkeypatch):
    for var in LOCALE_VARS:
        monkeypatch.delenv(var, raising=False)


def test_without_environment_the_platform_decides(no_locale_env):
    # A Windows machine sets no LANG: Qt's system locale says what the user reads.
    assert i18n.system_language("en") == "en"
    assert i18n.system_language("nl") == "nl"
    assert i18n.system_language("de") == "nl"  # neither: Dutch first
    assert i18n.system_language(None) == "nl"


def test_the_environment_wins_over_the_platform(no_locale_env, monkeypatch):
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert i18n.system_language("en") == "nl"
    monkeypatch.setenv("ZWERMKAART_LANG", "en")
    assert i18n.system_language("nl") == "en"


def test_qt_system_language_asks_qlocale(no_locale_env, qapp, monkeypatch):
    from PySide6.QtCore import QLocale

    class FakeLocale:
        def uiLanguages(self):
            return ["nl-NL", "en-US"]

        def name(self):
            return "nl_NL"

    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: FakeLocale()))
    assert qt_i18n.system_language() == "nl"
    FakeLocale.uiLanguages = lambda self: ["en-GB"]
    FakeLocale.name = lambda self: "en_GB"
    assert qt_i18n.system_language() == "en"
