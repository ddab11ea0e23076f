"""Numbers and dates as users read them: Dutch separators, 27-11-2026, weeks from Monday."""

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


def test_dates_read_27_11_2026_and_calendars_start_on_monday(qapp):
    from datetime import date

    from PySide6.QtCore import QDate, Qt
    from PySide6.QtWidgets import QCalendarWidget

    from desktop_app.ui.tasks.widgets import OptionalDateEdit
    from desktop_app.ui.window.widgets import format_date

    for language in ("nl", "en"):
        qt_i18n.install(language)
        assert QCalendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
        edit = OptionalDateEdit()
        edit.edit.setDate(QDate(2026, 11, 27))
        assert edit.edit.text() == "27-11-2026"
        assert edit.edit.calendarWidget().firstDayOfWeek() == Qt.DayOfWeek.Monday
        assert format_date(date(2026, 11, 27)) == "27-11-2026"
    qt_i18n.install("nl")
