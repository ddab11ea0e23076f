"""Numbers shown with the interface language's separators."""

from desktop_app import qt_i18n
from desktop_app.ui.numbers import number


def test_dutch_and_english_separators(qapp):
    qt_i18n.install("nl")
    assert number(10000) == "10.000"
    assert number(0.05, 2) == "0,05"
    assert number(999) == "999"
    qt_i18n.install("en")
    assert number(10000) == "10,000"
    assert number(0.05, 2) == "0.05"
    qt_i18n.install("nl")


def test_the_status_bar_counts_with_dutch_separators(qapp):
    from desktop_app.ui.window.status_bar import WindowStatusBar

    qt_i18n.install("nl")
    bar = WindowStatusBar(None)
    bar.show_counts(12345, {"a", "b"})
    assert "12.345" in bar.counts.text()
    bar.deleteLater()
