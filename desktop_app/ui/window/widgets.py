"""Small shared widgets: plain-text labels and message boxes, field errors, row tables, dates.

User text (names, notes, file names, error messages that quote them) is
always shown literally: Qt reads text that looks like HTML as HTML, so a name
``<img src="file:///...">`` would load a local file (on Windows a UNC path is a
network connection) and ``<a href=...>`` would become a link.
"""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def plain_label(text: str = "", parent: QWidget | None = None, *, wrap: bool = True) -> QLabel:
    """A label that shows user text literally (never as HTML) and can be selected."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def plain_question(parent: QWidget | None, title: str, question: str) -> bool:
    """Yes/No (No by default) with the question shown as plain text; True for Yes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(question)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def plain_message(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = QMessageBox.Icon.Warning,
) -> None:
    """A modal message with the text shown as plain text."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


def plain_tooltip(text: str) -> str:
    """``text`` as a tooltip that shows it literally (tooltips have no text format)."""
    if not GuiQt.mightBeRichText(text):
        return text
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def rows_table(parent: QWidget, headers: list[str]) -> QTableWidget:
    """A read-only table of whole rows (one selected at a time), as in the profile dialogs."""
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setAlternatingRowColors(True)
    return table


def set_rows(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


def error_label(parent: QWidget | None = None) -> QLabel:
    """The red message under a field; hidden while the field is valid."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b3261e;")
    label.setObjectName("field_error")
    label.hide()
    return label


def format_date(value: date | None) -> str:
    """27-11-2026, as users read dates here."""
    return value.strftime("%d-%m-%Y") if value else ""


def parse_date(text: str) -> date | None:
    """A date typed as 27-11-2026 (also 27/11/2026, 27.11.2026 or 2026-11-27).

    Raises:
        ValueError: not a date.
    """
    text = text.strip()
    if not text:
        return None
    for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d", "%d-%m-%y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def split_list(text: str) -> tuple[str, ...]:
    """ "a, b ,c" -> ("a", "b", "c"): themes and channels typed on one line."""
    seen: dict[str, None] = {}
    for part in text.split(","):
        part = part.strip()
        if part:
            seen.setdefault(part, None)
    return tuple(seen)
