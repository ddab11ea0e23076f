"""The filter and navigation panel: areas as a tree, kinds, themes, status, support, vitality."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import NetworkKind, NetworkStatus, SupportStatus
from desktop_app.labels import label
from desktop_app.ui.numbers import number
from desktop_app.ui.window.context import WindowContext
from desktop_app.ui.window.network_rows import NO_SUPPORT, AreaTree, FilterSpec, kept_ids
from desktop_app.ui.window.networks_data import NetworkData

AREA_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class CheckList(QListWidget):
    """A short list of check boxes; nothing checked means "all"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, rows: int = 6) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setUniformItemSizes(True)
        self.setMaximumHeight(rows * (self.fontMetrics().height() + 3) + 6)
        self.itemChanged.connect(lambda _item: self.changed.emit())

    def set_options(self, options: list[tuple[str, str]]) -> None:
        """(value, text) pairs; keeps the checks of values still present."""
        checked = self.checked()
        with QSignalBlocker(self):
            self.clear()
            for value, text in options:
                item = QListWidgetItem(text, self)
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked
                )

    def checked(self) -> set[str]:
        return {
            self.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        }

    def set_checked(self, values: set[str]) -> None:
        with QSignalBlocker(self):
            for i in range(self.count()):
                item = self.item(i)
                state = item.data(Qt.ItemDataRole.UserRole) in values
                item.setCheckState(Qt.CheckState.Checked if state else Qt.CheckState.Unchecked)
        self.changed.emit()


def _heading(text: str, parent: QWidget) -> QLabel:
    heading = QLabel(text, parent)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    heading.setContentsMargins(0, 8, 0, 2)
    return heading


class FilterPanel(QWidget):
    #: The ids the filter keeps (None: all).
    filter_changed = Signal(object)

    #: The area menu: manage the areas; a new area under this one (or None); edit this one.
    manage_areas_requested = Signal()
    new_area_requested = Signal(object)
    edit_area_requested = Signal(str)

    def __init__(self, context: WindowContext, data: NetworkData, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.data = data
        self._last_emitted: tuple = ((), "")
        self._area_shape: tuple = ()
        self.area_model = QStandardItemModel(self)
        self.area_view = QTreeView(self)
        self.area_view.setObjectName("area_tree")
        self.area_view.setModel(self.area_model)
        self.area_view.setHeaderHidden(True)
        self.area_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.area_view.setMinimumHeight(150)
        self.area_view.selectionModel().currentChanged.connect(lambda *_: self._emit())
        self.area_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.area_view.customContextMenuRequested.connect(self._area_menu)
        self.area_view.doubleClicked.connect(lambda _index: self._edit_area())

        self.kinds = CheckList(self, rows=6)
        self.themes = CheckList(self, rows=5)
        self.statuses = CheckList(self, rows=3)
        self.support = CheckList(self, rows=6)
        self.findings = CheckList(self, rows=6)
        self.vitality_min = QSpinBox(self)
        self.vitality_max = QSpinBox(self)
        for box, value in ((self.vitality_min, 0), (self.vitality_max, 100)):
            box.setRange(0, 100)
            box.setValue(value)
            box.valueChanged.connect(lambda _v: self._emit())
        self.include_unknown = QCheckBox(self)
        self.include_unknown.setChecked(True)
        self.include_unknown.toggled.connect(lambda _on: self._emit())
        self.mode_box = QComboBox(self)
        self.mode_box.currentIndexChanged.connect(lambda _i: self._emit())
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset)
        self.summary = QLabel(self)
        self._shown: tuple[int, int] | None = None
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        for checklist in (self.kinds, self.themes, self.statuses, self.support, self.findings):
            checklist.changed.connect(self._emit)

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 4, 8, 8)
        layout.setSpacing(2)
        self._headings = {}
        for key, widget in (
            ("areas", self.area_view),
            ("kinds", self.kinds),
            ("themes", self.themes),
            ("status", self.statuses),
            ("support", self.support),
            ("findings", self.findings),
        ):
            self._headings[key] = _heading("", body)
            layout.addWidget(self._headings[key])
            layout.addWidget(widget)
        self._headings["vitality"] = _heading("", body)
        layout.addWidget(self._headings["vitality"])
        row = QHBoxLayout()
        self._vitality_from = QLabel(body)
        self._vitality_to = QLabel(body)
        row.addWidget(self._vitality_from)
        row.addWidget(self.vitality_min)
        row.addWidget(self._vitality_to)
        row.addWidget(self.vitality_max)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.include_unknown)
        self._headings["mode"] = _heading("", body)
        layout.addWidget(self._headings["mode"])
        layout.addWidget(self.mode_box)
        line = QFrame(body)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addSpacing(6)
        layout.addWidget(line)
        layout.addWidget(self.summary)
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setMinimumWidth(220)
        self.retranslate()
        mode = context.settings.filter_mode
        self.mode_box.setCurrentIndex(1 if mode == "hide" else 0)

    def retranslate(self) -> None:
        for key, text in (
            ("areas", self.tr("Areas")),
            ("kinds", self.tr("Kind")),
            ("themes", self.tr("Themes")),
            ("status", self.tr("Status")),
            ("support", self.tr("Support")),
            ("findings", self.tr("From the map")),
            ("vitality", self.tr("Vitality")),
            ("mode", self.tr("Outside the filter")),
        ):
            self._headings[key].setText(text)
        self._vitality_from.setText(self.tr("from"))
        self._vitality_to.setText(self.tr("to"))
        self.include_unknown.setText(self.tr("Include unknown vitality"))
        with QSignalBlocker(self.mode_box):
            index = max(self.mode_box.currentIndex(), 0)
            self.mode_box.clear()
            self.mode_box.addItem(self.tr("Fade on the map"), "fade")
            self.mode_box.addItem(self.tr("Hide"), "hide")
            self.mode_box.setCurrentIndex(index)
        self.reset_button.setText(self.tr("Show all networks"))
        self._area_shape = ()  # "All areas" is a translated word: build the tree again
        self.kinds.set_options([(k.value, label(k)) for k in NetworkKind])
        self.statuses.set_options([(s.value, label(s)) for s in NetworkStatus])
        from desktop_app.analysis.finding_kinds import KIND_TITLE  # ship: light at start-up

        self.findings.set_options([(kind.value, str(title)) for kind, title in KIND_TITLE.items()])
        self.support.set_options(
            [(NO_SUPPORT, self.tr("No open support"))]
            + [(s.value, label(s)) for s in SupportStatus if s.is_open]
        )
        self._fill_areas()
        self._show_summary()

    # -- content -----------------------------------------------------------------------
    def refresh(self) -> None:
        """The atlas's areas and themes changed (or another atlas was opened)."""
        self.themes.set_options([(t, t) for t in self.data.themes()])
        self._fill_areas()
        self._emit()

    def _fill_areas(self) -> None:
        tree: AreaTree = self.data.areas
        shape = tuple((a.id, a.name, a.parent_id) for a in tree.areas.values())
        if shape == self._area_shape and self.area_model.rowCount():
            return  # the same areas: keep the tree (and what is expanded) as it is
        self._area_shape = shape
        current = self.selected_area_id()
        with QSignalBlocker(self.area_view.selectionModel()):
            self.area_model.clear()
            root = QStandardItem(self.tr("All areas"))
            root.setData(None, AREA_ID_ROLE)
            root.setEditable(False)
            self.area_model.appendRow(root)
            found = None

            def add(parent: QStandardItem, parent_id: str | None) -> None:
                nonlocal found
                for area in tree.children.get(parent_id, []):
                    item = QStandardItem(area.name)
                    item.setData(area.id, AREA_ID_ROLE)
                    item.setEditable(False)
                    item.setToolTip(label(area.level))
                    parent.appendRow(item)
                    if area.id == current:
                        found = item
                    add(item, area.id)

            add(root, None)
            self.area_view.expand(root.index())
            for row in range(root.rowCount()):
                self.area_view.expand(root.child(row).index())
            target = found or root
            self.area_view.setCurrentIndex(target.index())

    def _area_menu(self, pos) -> None:
        if self.context.session is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("New area here…"), self._new_area)
        edit = menu.addAction(self.tr("Edit area…"), self._edit_area)
        edit.setEnabled(self.selected_area_id() is not None)
        menu.addAction(self.tr("Manage areas…"), self.manage_areas_requested.emit)
        menu.exec(self.area_view.viewport().mapToGlobal(pos))

    def _new_area(self) -> None:
        self.new_area_requested.emit(self.selected_area_id())

    def _edit_area(self) -> None:
        area_id = self.selected_area_id()
        if area_id is not None and self.context.session is not None:
            self.edit_area_requested.emit(area_id)

    def selected_area_id(self) -> str | None:
        index = self.area_view.currentIndex()
        return index.data(AREA_ID_ROLE) if index.isValid() else None

    def select_area(self, area_id: str | None) -> None:
        matches = self.area_model.match(
            self.area_model.index(0, 0),
            AREA_ID_ROLE,
            area_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        if matches:
            self.area_view.setCurrentIndex(matches[0])
        elif area_id is None:
            self.area_view.setCurrentIndex(self.area_model.index(0, 0))

    # -- the filter --------------------------------------------------------------------
    def spec(self) -> FilterSpec:
        area_id = self.selected_area_id()
        return FilterSpec(
            area_ids=frozenset(self.data.areas.descendants(area_id)) if area_id else frozenset(),
            kinds=frozenset(NetworkKind(v) for v in self.kinds.checked()),
            themes=frozenset(self.themes.checked()),
            statuses=frozenset(NetworkStatus(v) for v in self.statuses.checked()),
            support=frozenset(self.support.checked()),
            findings=frozenset(self.findings.checked()),
            vitality_min=self.vitality_min.value(),
            vitality_max=self.vitality_max.value(),
            include_unknown_vitality=self.include_unknown.isChecked(),
        )

    def mode(self) -> str:
        return self.mode_box.currentData() or "fade"

    def reset(self) -> None:
        with QSignalBlocker(self):
            for checklist in (self.kinds, self.themes, self.statuses, self.support, self.findings):
                checklist.set_checked(set())
            self.vitality_min.setValue(0)
            self.vitality_max.setValue(100)
            self.include_unknown.setChecked(True)
            self.select_area(None)
        self._emit()

    def _show_summary(self) -> None:
        if self._shown is None:
            return
        shown, total = self._shown
        self.summary.setText(
            self.tr("%1 of %2 networks shown")
            .replace("%1", number(shown))
            .replace("%2", number(total))
        )

    def _emit(self) -> None:
        if self.signalsBlocked():
            return
        spec = self.spec()
        ids = kept_ids(self.data.rows, spec)
        self.context.settings.filter_mode = self.mode()
        total = self.data.count()
        self._shown = (total if ids is None else len(ids), total)
        self._show_summary()
        # Only a real change reaches the map and the other views: on a big atlas each
        # of them redraws for a while, and a reload after an edit rarely changes the filter.
        state = (ids, self.mode())
        if state == self._last_emitted:
            return
        self._last_emitted = state
        self.filter_changed.emit(ids)
