"""The support board (task 3): support cases in columns by status.

Filter by area, priority and professional. Move a case with the arrow
buttons, Ctrl+Left / Ctrl+Right, or by dragging it to another column; every
move is one undoable command that also sets the date of the step.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import Priority, SupportCase, SupportStatus
from desktop_app.labels import label
from desktop_app.store import AtlasError, ChangeSet
from desktop_app.ui.commands import UpdateCommand
from desktop_app.ui.tasks.case_list import CaseListModel
from desktop_app.ui.tasks.common import AreaCombo, LazyReload, set_item_texts, show_error
from desktop_app.ui.tasks.status_flow import SUPPORT_FLOW, move_support, shifted_support_status


class SupportBoard(LazyReload, QWidget):
    """Five columns (noticed, asked, assigned, running, finished) of support cases."""

    network_activated = Signal(str)

    def __init__(self, session=None, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.session = None
        self._today = today
        #: The network selected in the window: a new case is for it.
        self.selected_network: str | None = None
        self.area = AreaCombo(self, all_text="")
        self.priority = QComboBox(self)
        for value in (None, *(priority.value for priority in Priority)):
            self.priority.addItem("", value)
        self.professional = QComboBox(self)
        self.new_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.back_button = QPushButton(self)
        self.forward_button = QPushButton(self)

        self.models: dict[SupportStatus, CaseListModel] = {}
        self.views: dict[SupportStatus, QListView] = {}
        self.headers: dict[SupportStatus, QLabel] = {}
        columns = QHBoxLayout()
        for status in SUPPORT_FLOW:
            model = CaseListModel(status, self)
            view = QListView(self)
            view.setModel(model)
            view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
            view.setDefaultDropAction(Qt.DropAction.MoveAction)
            view.setWordWrap(True)
            view.setSpacing(2)
            view.setAlternatingRowColors(True)
            header = QLabel(self)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            header.setStyleSheet("font-weight: bold;")
            column = QVBoxLayout()
            column.addWidget(header)
            column.addWidget(view, 1)
            columns.addLayout(column)
            self.models[status] = model
            self.views[status] = view
            self.headers[status] = header

        self.filter_labels = [QLabel(self) for _ in range(3)]
        filters = QHBoxLayout()
        for name, widget in zip(
            self.filter_labels, (self.area, self.priority, self.professional), strict=True
        ):
            filters.addWidget(name)
            filters.addWidget(widget)
        filters.addStretch(1)
        for button in (self.new_button, self.open_button, self.back_button, self.forward_button):
            filters.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(filters)
        layout.addLayout(columns, 1)
        self._selected_id: str | None = None
        self.retranslate()
        self._connect_signals()
        self.set_session(session)

    def retranslate(self) -> None:
        for name, text in zip(
            self.filter_labels,
            (self.tr("Area"), self.tr("Priority"), self.tr("Professional")),
            strict=True,
        ):
            name.setText(text)
        self.area.set_all_text(self.tr("All areas"))
        set_item_texts(self.priority, [self.tr("All priorities"), *(label(p) for p in Priority)])
        if self.professional.count() >= 2:
            set_item_texts(self.professional, self._professional_choices())
        self.new_button.setText(self.tr("New case…"))
        self.open_button.setText(self.tr("Open…"))
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("Move to the previous column (Ctrl+Left)"))
        self.forward_button.setText(self.tr("Forward ▶"))
        self.forward_button.setToolTip(self.tr("Move to the next column (Ctrl+Right)"))
        self._show_headers()

    def _professional_choices(self) -> list[str]:
        return [self.tr("All professionals"), self.tr("Nobody assigned")]

    def _show_headers(self) -> None:
        for status, header in self.headers.items():
            header.setText(f"{label(status)} ({self.models[status].rowCount()})")

    def _connect_signals(self) -> None:
        for combo in (self.area, self.priority, self.professional):
            combo.currentIndexChanged.connect(self.refill)
        for status, view in self.views.items():
            view.clicked.connect(lambda index, s=status: self._on_clicked(s, index))
            view.activated.connect(lambda index, s=status: self._on_activated(s, index))
            # Queued: the board reloads its models, which must not happen inside the drop.
            self.models[status].case_dropped.connect(
                self.on_case_dropped, Qt.ConnectionType.QueuedConnection
            )
        self.new_button.clicked.connect(self.on_new_requested)
        self.open_button.clicked.connect(self.on_open_requested)
        self.back_button.clicked.connect(lambda: self.shift_selected(-1))
        self.forward_button.clicked.connect(lambda: self.shift_selected(1))
        # Only while the board has the focus: elsewhere Ctrl+arrows move through text.
        for keys, step in (("Ctrl+Left", -1), ("Ctrl+Right", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda step=step: self.shift_selected(step))

    @property
    def today(self) -> date:
        return self._today or date.today()

    def set_session(self, session) -> None:
        if self.session is not None:
            self.session.data_changed.disconnect(self.on_data_changed)
        self.session = session
        if session is not None:
            session.data_changed.connect(self.on_data_changed)
        self.request_reload()  # ship: a panel behind a tab loads when first shown (start-up)

    def on_data_changed(self, changes: ChangeSet) -> None:
        if changes.touches("support_cases", "professionals", "professional_areas", "areas"):
            self.request_reload()
        elif changes.touches("networks") and (
            changes.is_whole("networks") or not changes.ids("networks").isdisjoint(self._shown())
        ):
            self.request_reload()  # a network on the board renamed

    def _shown(self) -> set[str]:
        """The networks of the cases on the board."""
        return {
            model.case_at(row).network_id
            for model in self.models.values()
            for row in range(model.rowCount())
        }

    def reload(self) -> None:
        if self.session is None:
            for model in self.models.values():
                model.set_cases([], {}, {})
            return
        atlas = self.session.atlas
        self.area.load(atlas)
        current = self.professional.currentData()
        self.professional.blockSignals(True)
        self.professional.clear()
        all_text, nobody = self._professional_choices()
        self.professional.addItem(all_text, None)
        self.professional.addItem(nobody, "")
        for pro in atlas.professionals.all():
            self.professional.addItem(pro.name, pro.id)
        self.professional.setCurrentIndex(max(0, self.professional.findData(current)))
        self.professional.blockSignals(False)
        self.refill()

    def filtered_cases(self) -> list[SupportCase]:
        atlas = self.session.atlas
        cases = atlas.support.all()
        area_ids = self.area.area_ids()
        if area_ids is not None:
            inside = {n.id for n in atlas.networks.in_areas(area_ids)}
            cases = [c for c in cases if c.network_id in inside]
        priority = self.priority.currentData()
        if priority:
            cases = [c for c in cases if c.priority.value == priority]
        professional = self.professional.currentData()
        if professional is not None:
            cases = [c for c in cases if (c.professional_id or "") == professional]
        return cases

    def refill(self) -> None:
        if self.session is None:
            return
        atlas = self.session.atlas
        networks = {nid: name for nid, (name, _) in atlas.networks.names_and_areas().items()}
        professionals = {p.id: p.name for p in atlas.professionals.all()}
        order = {Priority.HIGH: 0, Priority.NORMAL: 1, Priority.LOW: 2}
        cases = sorted(
            self.filtered_cases(),
            key=lambda c: (order[c.priority], networks.get(c.network_id, "").casefold()),
        )
        for status, model in self.models.items():
            mine = [c for c in cases if c.status is status]
            model.set_cases(mine, networks, professionals)
        self._show_headers()
        if self._selected_id:
            self.select(self._selected_id)
        self._update_buttons()

    # -- selection -----------------------------------------------------------------
    def _on_clicked(self, status: SupportStatus, index) -> None:
        self._selected_id = self.models[status].case_at(index.row()).id
        for other, view in self.views.items():
            if other is not status:
                view.clearSelection()
        self._update_buttons()

    def _on_activated(self, status: SupportStatus, index) -> None:
        self._on_clicked(status, index)
        self.on_open_requested()

    def selected(self) -> SupportCase | None:
        if self._selected_id is None or self.session is None:
            return None
        return self.session.atlas.support.find(self._selected_id)

    def select(self, case_id: str) -> bool:
        for status, model in self.models.items():
            row = model.row_of(case_id)
            view = self.views[status]
            if row >= 0:
                view.setCurrentIndex(model.index(row))
                self._selected_id = case_id
                self._update_buttons()
                return True
            view.clearSelection()
        return False

    def _update_buttons(self) -> None:
        case = self.selected()
        self.open_button.setEnabled(case is not None)
        self.back_button.setEnabled(
            case is not None and shifted_support_status(case.status, -1) is not None
        )
        self.forward_button.setEnabled(
            case is not None and shifted_support_status(case.status, 1) is not None
        )

    # -- moves ---------------------------------------------------------------------
    def move_case(self, case_id: str, status: SupportStatus) -> bool:
        """Move a case to ``status`` (the step's date set to today), one undoable command."""
        case = self.session.atlas.support.find(case_id)
        if case is None or case.status is status:
            return False
        after = move_support(case, status, self.today)
        text = self.tr("Support: %1").replace("%1", label(status))
        try:
            self.session.execute(
                UpdateCommand(self.session, self.session.atlas.support, case, after, text)
            )
        except AtlasError as exc:
            show_error(self, exc)
            return False
        self._selected_id = case_id
        self.select(case_id)
        return True

    def shift_selected(self, step: int) -> bool:
        case = self.selected()
        if case is None:
            return False
        status = shifted_support_status(case.status, step)
        return status is not None and self.move_case(case.id, status)

    def on_case_dropped(self, case_id: str, status: SupportStatus) -> None:
        self.move_case(case_id, status)

    def set_selected_network(self, network_id: str | None) -> None:
        """The network a new case is for (the one selected in the window, or None)."""
        self.selected_network = network_id

    def on_new_requested(self) -> None:
        from desktop_app.ui.tasks.support_case import SupportCaseDialog

        dialog = SupportCaseDialog(
            self.session, self, network_id=self.selected_network, today=self.today
        )
        dialog.network_requested.connect(self.network_activated)
        dialog.open()

    def on_open_requested(self) -> None:
        from desktop_app.ui.tasks.support_case import SupportCaseDialog

        case = self.selected()
        if case is not None:
            dialog = SupportCaseDialog(self.session, self, case=case, today=self.today)
            dialog.network_requested.connect(self.network_activated)
            dialog.open()


def _preview() -> int:  # pragma: no cover - manual preview
    from desktop_app.ui.tasks.preview import run_preview

    return run_preview(lambda session: SupportBoard(session), "Support")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_preview())
