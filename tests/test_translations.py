"""Every visible string has a finished Dutch translation, and the .qm files are current."""

from desktop_app import i18n_tool


def test_dutch_translations_are_complete_and_current():
    problems = i18n_tool.stale() + [f"{f}: {c}: {s!r}" for f, c, s in i18n_tool.unfinished()]
    assert problems == []


def test_main_window_strings_come_out_dutch(qapp):
    from PySide6.QtCore import QCoreApplication

    from desktop_app import qt_i18n

    qt_i18n.install("nl")
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"
    finally:
        qt_i18n.install("en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
