"""'Where to look today': per area the counts, the vitality distribution, and the networks
needing attention with the reason (rules in ``desktop_app.analysis.alerts``)."""

from __future__ import annotations

from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.analysis.alerts import RULE_TITLE, AlertRule
from desktop_app.domain import palette
from desktop_app.store import ChangeSet
from desktop_app.ui.numbers import number  # ship: Dutch separators
from desktop_app.ui.tasks.attention_model import AttentionModel
from desktop_app.ui.tasks.common import AreaCombo, dock_of, set_item_texts, shown


class RuleFilter(QSortFilterProxyModel):
    """Keeps the attention items of one rule (None: all)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rule: AlertRule | None = None

    def set_rule(self, rule: AlertRule | None) -> None:
        self.beginFilterChange()
        self._rule = rule
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row, source_parent) -> bool:
        model = self.sourceModel()
        if self._rule is None or not isinstance(model, AttentionModel):
            return True
        return model.item_at(source_row).rule is self._rule


class Overview(QWidget):
    """The coordinator's start page for an area. Double-click an item to open the network."""

    network_activated = Signal(str)
    #: Emitted when the figures shown are up to date with the atlas.
    refreshed = Signal()

    def __init__(self, session=None, parent: QWidget | None = None, *, today: date | None = None):
        super().__init__(parent)
        self.session = None
        self._today = today
        self.area = AreaCombo(self, all_text="")
        self.thresholds_button = QPushButton(self)
        self.counts: dict[str, QLabel] = {}
        self.count_names: dict[str, QLabel] = {}
        self.counts_box = QGroupBox(self)
        grid = QGridLayout(self.counts_box)
        for row, key in enumerate(
            ("networks", "active", "persons", "grey", "obstacles", "support")
        ):
            value = QLabel("0", self)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setStyleSheet("font-weight: bold;")
            self.count_names[key] = QLabel(self)
            grid.addWidget(self.count_names[key], row, 0)
            grid.addWidget(value, row, 1)
            self.counts[key] = value
        grid.setColumnStretch(0, 1)

        self.chart = pg.PlotWidget()
        self.chart.setBackground("w")
        self.chart.setMenuEnabled(False)
        self.chart.setMouseEnabled(x=False, y=False)
        self.chart.hideButtons()
        self.chart.setMinimumHeight(140)
        self.chart.setMaximumHeight(200)
        self.chart.setMinimumWidth(120)
        self.chart.getAxis("left").setStyle(showValues=False)
        self.chart.getAxis("left").setWidth(4)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.8)
        self.chart.addItem(self.bars)
        self._bar_labels: list[pg.TextItem] = []
        self.chart_box = QGroupBox(self)
        QVBoxLayout(self.chart_box).addWidget(self.chart)

        self.rule = QComboBox(self)
        self.rule.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.rule.setMinimumContentsLength(14)
        for value in (None, *(rule.value for rule in AlertRule)):
            self.rule.addItem("", value)
        self.model = AttentionModel(self)
        self.proxy = RuleFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(
            AttentionModel.REASON, QHeaderView.ResizeMode.Stretch
        )
        self.attention_count = QLabel(self)
        self.attention_box = QGroupBox(self)
        attention_layout = QVBoxLayout(self.attention_box)
        attention_top = QHBoxLayout()
        attention_top.addWidget(self.rule)
        attention_top.addStretch(1)
        attention_top.addWidget(self.attention_count)
        attention_layout.addLayout(attention_top)
        attention_layout.addWidget(self.table)

        self.area_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.area_label)
        top.addWidget(self.area)
        top.addStretch(1)
        top.addWidget(self.thresholds_button)
        # Stacked, so the overview fits a narrow side panel as well as a wide one.
        figures = QVBoxLayout()
        figures.addWidget(self.counts_box)
        figures.addWidget(self.chart_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addLayout(figures, 0)
        layout.addWidget(self.attention_box, 1)
        self._distribution: list[int] = []
        self._stale = False
        self._computed = False
        self._columns_sized = False
        self._waiting = False  # for the session's overview
        self._dock = None
        self.table.horizontalHeader().setResizeContentsPrecision(100)
        self.retranslate()
        self._connect_signals()
        self.set_session(session)

    def retranslate(self) -> None:
        self.area_label.setText(self.tr("Area"))
        self.area.set_all_text(self.tr("Whole atlas"))
        self.thresholds_button.setText(self.tr("Thresholds…"))
        self.counts_box.setTitle(self.tr("In this area"))
        names = {
            "networks": self.tr("Networks"),
            "active": self.tr("Active"),
            "persons": self.tr("Contact persons"),
            "grey": self.tr("Silent or unknown vitality"),
            "obstacles": self.tr("Open obstacles"),
            "support": self.tr("Open support cases"),
        }
        for key, text in names.items():
            self.count_names[key].setText(text)
        self.chart_box.setTitle(self.tr("Vitality of the networks"))
        class_names = [
            f"{lower}–{lower + 19}" if lower < 80 else f"{lower}–100"
            for lower, _ in palette.VITALITY_CLASSES
        ]
        self._class_names = [*class_names, self.tr("silent"), self.tr("unknown")]
        self.chart.getAxis("bottom").setTicks([list(enumerate(self._class_names))])
        set_item_texts(
            self.rule, [self.tr("All reasons"), *(str(RULE_TITLE[rule]) for rule in AlertRule)]
        )
        self.attention_box.setTitle(self.tr("Networks needing attention"))
        self.model.retranslate()
        if self._waiting:
            self.attention_count.setText(self.tr("Computing…"))
        elif self._computed:
            self._update_count()

    def _connect_signals(self) -> None:
        self.area.currentIndexChanged.connect(self.refresh)
        self.rule.currentIndexChanged.connect(self.on_rule_changed)
        self.table.activated.connect(self.on_row_activated)
        self.thresholds_button.clicked.connect(self.on_thresholds_requested)

    @property
    def today(self) -> date:
        if self.session is not None:
            return self.session.snapshot.as_of
        return self._today or date.today()

    def _wiring(self, session):
        return (
            (session.data_changed, self.on_data_changed),
            (session.loaded, self.refresh),
            (session.vitality_changed, self.on_vitality_changed),
            (session.overview_ready, self.on_overview_ready),
            (session.analysis_failed, self.on_failed),
        )

    def set_session(self, session) -> None:
        if self.session is not None:
            for signal, slot in self._wiring(self.session):
                signal.disconnect(slot)
        self.session = session
        if session is not None:
            for signal, slot in self._wiring(session):
                signal.connect(slot)
            self.area.load(session.atlas)
        self.refresh()

    def on_data_changed(self, changes: ChangeSet) -> None:
        if not changes:
            return
        if changes.touches("areas"):
            self.area.load(self.session.atlas)
        self.refresh()

    def on_vitality_changed(self, _ids) -> None:
        self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Show the session's overview of the chosen area (computed there, once per change)."""
        if not shown(self) and self.session is not None and self._computed:
            # A hidden overview (a tab behind another) catches up when shown.
            self._stale = True
            self._follow_dock()
            return
        self._stale = False
        if self.session is None:
            self.model.set_items([], {})
            self._draw_distribution([0] * (len(palette.VITALITY_CLASSES) + 2))
            self.refreshed.emit()
            return
        self._computed = True
        self.session.ensure_started()
        result = self.session.request_overview(self.area.area_id())
        if result is None:
            self._waiting = True
            self.attention_count.setText(self.tr("Computing…"))
            return  # overview_ready follows
        self._show(result)

    def on_overview_ready(self, area_id, result) -> None:
        if self.session is None or area_id != self.area.area_id():
            return
        if shown(self):
            self._show(result)
        else:
            self._stale = True  # drawn when its tab comes to the front (kept by the session)
            self._follow_dock()

    def _follow_dock(self) -> None:
        dock = dock_of(self)
        if dock is not None and dock is not self._dock:
            self._dock = dock
            dock.visibilityChanged.connect(self._on_dock_visibility)

    def _on_dock_visibility(self, visible: bool) -> None:
        if visible and self._stale:
            QTimer.singleShot(0, self._catch_up)

    def _catch_up(self) -> None:
        if self._stale and shown(self):
            self.refresh()

    def _show(self, result) -> None:
        self._waiting = False
        networks = self.session.snapshot.networks
        names = {nid: networks[nid].name for nid in result.network_ids if nid in networks}
        counts = result.counts
        for key, value in (
            ("networks", counts.networks),
            ("active", counts.active),
            ("persons", counts.persons),
            ("grey", result.distribution.grey),
            ("obstacles", counts.open_obstacles),
            ("support", counts.open_support),
        ):
            self.counts[key].setText(str(value))
        dist = result.distribution
        self._draw_distribution([*dist.classes, dist.silent, dist.unknown])
        self.model.set_items(list(result.attention), names)
        if not self._columns_sized and self.model.rowCount():
            # Once, from 100 rows: sizing over every item of a big atlas took seconds.
            self._columns_sized = True
            self.table.resizeColumnToContents(AttentionModel.NETWORK)
            self.table.resizeColumnToContents(AttentionModel.RULE)
        self._update_count()
        self.refreshed.emit()

    def on_failed(self, error: object) -> None:
        self._waiting = False
        self.attention_count.setText(self.tr("Could not compute: %1").replace("%1", str(error)))
        self.refreshed.emit()

    def distribution(self) -> list[int]:
        """What the bar chart shows: networks per vitality class, then silent/unknown."""
        return list(self._distribution)

    def _draw_distribution(self, counts: list[int]) -> None:
        self._distribution = counts
        colours = [c for _, c in palette.VITALITY_CLASSES] + [palette.UNKNOWN, "#d9d9d9"]
        self.bars.setOpts(
            x=list(range(len(counts))),
            height=counts,
            width=0.8,
            brushes=[pg.mkBrush(c) for c in colours],
            pens=[pg.mkPen("#555555") for _ in colours],
        )
        for text in self._bar_labels:
            self.chart.removeItem(text)
        self._bar_labels = []
        for i, count in enumerate(counts):
            text = pg.TextItem(str(count), color="#222222", anchor=(0.5, 1.0))
            text.setPos(i, count)
            self.chart.addItem(text)
            self._bar_labels.append(text)
        self.chart.setYRange(0, max([*counts, 1]) * 1.2, padding=0)
        self.chart.setXRange(-0.6, len(counts) - 0.4, padding=0)

    def on_rule_changed(self) -> None:
        value = self.rule.currentData()
        self.proxy.set_rule(AlertRule(value) if value else None)
        self._update_count()

    def _update_count(self) -> None:
        self.attention_count.setText(
            self.tr("%1 items").replace("%1", number(self.proxy.rowCount()))
        )

    def on_row_activated(self, index) -> None:
        source = self.proxy.mapToSource(index)
        self.network_activated.emit(self.model.item_at(source.row()).network_id)

    def on_thresholds_requested(self) -> None:
        from desktop_app.ui.tasks.thresholds import ThresholdsDialog

        ThresholdsDialog(self.session, self).open()


def _preview() -> int:  # pragma: no cover - manual preview
    from desktop_app.ui.tasks.preview import run_preview

    return run_preview(lambda session: Overview(session), "Overview")


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(_preview())
