"""Small pieces shared by the task views: dates, valence colours, area choices, errors.

Dates are shown as 27-11-2026 everywhere. Valence is drawn with a diverging,
colour-blind-safe palette (ColorBrewer RdBu, five classes) and also with a
shape (triangle down / circle / triangle up), so colour is never the only cue.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDockWidget, QMessageBox, QWidget

from desktop_app.domain import Area

DATE_FORMAT = "dd-MM-yyyy"

#: Valence -2..+2 -> colour (RdBu 5 classes; the middle one darkened to stay visible on white).
VALENCE_COLOURS: dict[int, str] = {
    -2: "#ca0020",
    -1: "#f4a582",
    0: "#bababa",
    1: "#92c5de",
    2: "#0571b0",
}
#: Valence -> pyqtgraph symbol: down for worse, circle for neutral, up for better.
VALENCE_SYMBOLS: dict[int, str] = {-2: "t", -1: "t", 0: "o", 1: "t1", 2: "t1"}


def fmt_date(day: date | None) -> str:
    """27-11-2026, or an empty string for no date."""
    return day.strftime("%d-%m-%Y") if day else ""


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def valence_text(valence: int) -> str:
    """-2 -> "−2", 1 -> "+1" (a real minus sign, easier to read than a hyphen)."""
    if valence > 0:
        return f"+{valence}"
    if valence < 0:
        return f"\u2212{-valence}"
    return "0"


def area_tree(areas: list[Area]) -> list[tuple[Area, int]]:
    """Areas in tree order with their depth (municipality 0, district 1, ...)."""
    children: dict[str | None, list[Area]] = {}
    ids = {a.id for a in areas}
    for area in areas:
        parent = area.parent_id if area.parent_id in ids else None
        children.setdefault(parent, []).append(area)
    result: list[tuple[Area, int]] = []

    def walk(parent: str | None, depth: int) -> None:
        for area in sorted(children.get(parent, []), key=lambda a: a.name.casefold()):
            result.append((area, depth))
            walk(area.id, depth + 1)

    walk(None, 0)
    return result


class AreaCombo(QComboBox):
    """Pick an area (indented as a tree) or "All areas"; gives the area with its descendants."""

    def __init__(self, parent: QWidget | None = None, *, all_text: str | None = None) -> None:
        super().__init__(parent)
        self._atlas = None
        self._all_text = all_text
        # Not AdjustToContents: a long area name must not widen a narrow side panel.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)

    def load(self, atlas) -> None:
        """Fill from the atlas, keeping the current choice when it still exists."""
        self._atlas = atlas
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        if self._all_text is not None:
            self.addItem(self._all_text, None)
        for area, depth in area_tree(atlas.areas.all()):
            self.addItem("    " * depth + area.name, area.id)
        index = self.findData(current)
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)

    def set_all_text(self, text: str) -> None:
        """The text of the "all areas" item (after a language switch)."""
        self._all_text = text
        if self.count() and self.itemData(0) is None:
            self.setItemText(0, text)

    def area_id(self) -> str | None:
        return self.currentData()

    def set_area_id(self, area_id: str | None) -> None:
        index = self.findData(area_id)
        if index >= 0:
            self.setCurrentIndex(index)

    def area_ids(self) -> set[str] | None:
        """The chosen area and everything below it; None for all areas."""
        area_id = self.currentData()
        if area_id is None or self._atlas is None:
            return None
        return set(self._atlas.areas.descendant_ids(area_id))


def set_item_texts(combo: QComboBox, texts: list[str]) -> None:
    """The texts of a combo box's first items, in order; their data stays (a language switch)."""
    for index, text in enumerate(texts):
        combo.setItemText(index, text)


def show_error(parent: QWidget | None, error: Exception) -> None:
    """Tell the user why an edit was refused (the atlas is unchanged)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Tasks", "Not saved"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(str(error))
    box.open()


class LazyReload:
    """Mixin for a task panel: reload at once when visible, else when next shown.

    Panels sit in tabbed docks; only the one in front needs to follow every
    change, so a signal saved does not make every hidden panel reread the atlas.
    The widget class provides ``reload()``.
    """

    _stale = False
    _dock: QDockWidget | None = None

    def request_reload(self) -> None:
        if shown(self):  # type: ignore[arg-type]
            self._stale = False
            self.reload()  # type: ignore[attr-defined]
        else:
            self._stale = True
            self._follow_dock()

    def _follow_dock(self) -> None:
        """A dock tabbed behind another stays "visible": its tab becoming current says it."""
        dock = dock_of(self)  # type: ignore[arg-type]
        if dock is not None and dock is not self._dock:
            self._dock = dock
            dock.visibilityChanged.connect(self._on_dock_visibility)

    def _on_dock_visibility(self, visible: bool) -> None:
        if visible and self._stale:
            QTimer.singleShot(0, self._catch_up)

    def _catch_up(self) -> None:
        if self._stale and shown(self):  # type: ignore[arg-type]
            self._stale = False
            self.reload()  # type: ignore[attr-defined]

    def showEvent(self, event) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self._catch_up()


def dock_of(widget: QWidget) -> QDockWidget | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QDockWidget):
        parent = parent.parentWidget()
    return parent


def shown(widget: QWidget) -> bool:
    """On screen now: a panel in a dock tabbed behind another reports ``isVisible()`` True
    but has nothing of it on screen (MEASURED.md)."""
    if not widget.isVisible():
        return False
    return dock_of(widget) is None or not widget.visibleRegion().isEmpty()
