"""The details panel: what the selection is, in words (all user text as plain text)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.labels import label
from desktop_app.ui.numbers import number
from desktop_app.ui.window import findings_source, vitality_source
from desktop_app.ui.window.context import WindowContext
from desktop_app.ui.window.networks_data import NetworkData
from desktop_app.ui.window.widgets import format_date, plain_label

MAX_LISTED = 25


class DetailsPanel(QWidget):
    def __init__(self, context: WindowContext, data: NetworkData, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.data = data
        body = QWidget(self)
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(12, 10, 12, 10)
        self._layout.setSpacing(6)

        self.title = plain_label("", body)
        self.title.setObjectName("details_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = plain_label("", body)
        self.subtitle.setStyleSheet("color: palette(mid);")
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.subtitle)

        self.form_widget = QWidget(body)
        self.form = QFormLayout(self.form_widget)
        self.form.setContentsMargins(0, 6, 0, 0)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._fields: dict[str, tuple[QLabel, QLabel]] = {}
        for key in (
            "area",
            "status",
            "size",
            "themes",
            "channels",
            "meeting_place",
            "founded",
            "people",
            "ties",
        ):
            caption = QLabel(self.form_widget)
            value = plain_label("", self.form_widget)
            self.form.addRow(caption, value)
            self._fields[key] = (caption, value)
        self._layout.addWidget(self.form_widget)

        self.description = plain_label("", body)
        self._layout.addWidget(self.description)

        self.vitality_heading = self._heading(body)
        self.vitality = plain_label("", body)
        self._layout.addWidget(self.vitality_heading)
        self._layout.addWidget(self.vitality)
        self.findings_heading = self._heading(body)
        self.findings = plain_label("", body)
        self._layout.addWidget(self.findings_heading)
        self._layout.addWidget(self.findings)

        #: Extra sections from other parts (e.g. support, obstacles): added by add_section().
        self.sections = QVBoxLayout()
        self._layout.addLayout(self.sections)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(body)
        self.open_button.clicked.connect(self._open_selected)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)
        self._layout.addStretch(1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setMinimumWidth(240)

        self.retranslate()
        self._session = None
        self.refresh()

    def on_session_changed(self, session) -> None:
        """Follow the session's picture: any change may concern the network shown."""
        if self._session is not None:
            self._session.picture_changed.disconnect(self._on_picture)
            self._session.vitality_changed.disconnect(self._on_vitality)
            self._session.findings_changed.disconnect(self.refresh)
        self._session = session
        if session is not None:
            session.picture_changed.connect(self._on_picture)
            session.vitality_changed.connect(self._on_vitality)
            session.findings_changed.connect(self.refresh)

    def _on_picture(self, delta) -> None:
        # An obstacle registered, a tie or member added, a signal: one network's
        # rows are read again (cheap), whatever table the change was in.
        if not delta.empty and self.context.selection.ids():
            self.refresh()

    def _on_vitality(self, ids) -> None:
        selected = self.context.selection.ids()
        if selected and (ids is None or not set(ids).isdisjoint(selected)):
            self.refresh()

    def on_rows_changed(self, change) -> None:
        selected = set(self.context.selection.ids())
        touched = change.updated | change.removed | change.inserted
        if selected and (change.all_derived or not selected.isdisjoint(touched)):
            self.refresh()

    @staticmethod
    def _heading(parent: QWidget) -> QLabel:
        heading = QLabel(parent)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setContentsMargins(0, 8, 0, 0)
        return heading

    def add_section(self, widget: QWidget) -> None:
        """Another part's section under the findings (it follows the selection itself)."""
        self.sections.addWidget(widget)

    def retranslate(self) -> None:
        captions = {
            "area": self.tr("Area"),
            "status": self.tr("Status"),
            "size": self.tr("Size"),
            "themes": self.tr("Themes"),
            "channels": self.tr("Channels"),
            "meeting_place": self.tr("Meets at"),
            "founded": self.tr("Founded"),
            "people": self.tr("People"),
            "ties": self.tr("Ties"),
        }
        for key, (caption, _value) in self._fields.items():
            caption.setText(captions[key])
        self.vitality_heading.setText(self.tr("Vitality"))
        self.findings_heading.setText(self.tr("From the map"))
        self.open_button.setText(self.tr("Open profile…"))
        self.refresh()

    def _open_selected(self) -> None:
        ids = self.context.selection.ids()
        if ids:
            self.context.open_network(ids[0])

    def _show(self, *widgets: QWidget, on: bool) -> None:
        for widget in widgets:
            widget.setVisible(on)

    def refresh(self) -> None:
        session = self.context.session
        ids = self.context.selection.ids() if session is not None else []
        detail_widgets = (
            self.form_widget,
            self.description,
            self.vitality_heading,
            self.vitality,
            self.findings_heading,
            self.findings,
            self.open_button,
        )
        if not ids:
            self.title.setText(self.tr("Nothing selected"))
            self.subtitle.setText(
                self.tr("Click a network on the map or in the table to see it here.")
                if session is not None
                else self.tr("No atlas open.")
            )
            self._show(*detail_widgets, on=False)
            return
        if len(ids) > 1:
            self._show_many(ids)
            self._show(*detail_widgets, on=False)
            return
        network = session.atlas.networks.find(ids[0])
        if network is None:
            self.title.setText(self.tr("Nothing selected"))
            self.subtitle.setText("")
            self._show(*detail_widgets, on=False)
            return
        self._show(*detail_widgets, on=True)
        self._show_network(network)

    def _show_many(self, ids: list[str]) -> None:
        rows = [self.data.by_id[i] for i in ids if i in self.data.by_id]
        self.title.setText(self.tr("%n networks selected", "", len(ids)))
        names = [r.name for r in rows[:MAX_LISTED]]
        if len(rows) > MAX_LISTED:
            names.append(self.tr("and %1 more").replace("%1", str(len(rows) - MAX_LISTED)))
        self.subtitle.setText("\n".join(names))

    def _set(self, key: str, text: str) -> None:
        caption, value = self._fields[key]
        value.setText(text)
        caption.setVisible(bool(text))
        value.setVisible(bool(text))

    def _show_network(self, network) -> None:
        atlas = self.context.session.atlas
        data = self.data
        self.title.setText(network.name)
        self.subtitle.setText(label(network.kind))
        self._set("area", data.areas.path(network.area_id))
        status = label(network.status)
        if network.status_since:
            status = (
                self.tr("%1 since %2")
                .replace("%1", status)
                .replace("%2", format_date(network.status_since))
            )
        self._set("status", status)
        self._set(
            "size",
            ""
            if network.size_estimate is None
            else self.tr("about %1 people").replace("%1", number(network.size_estimate)),
        )
        self._set("themes", ", ".join(network.themes))
        self._set("channels", ", ".join(network.channels))
        self._set("meeting_place", network.meeting_place)
        self._set("founded", format_date(network.founded))
        members = [m for m in atlas.memberships.of_network(network.id) if m.until is None]
        self._set("people", str(len(members)) if members else self.tr("none known"))
        ties = [t for t in atlas.ties.of_network(network.id) if t.until is None]
        self._set("ties", str(len(ties)) if ties else self.tr("none"))
        self.description.setText(network.description)
        self.description.setVisible(bool(network.description))
        lines = vitality_source.describe(data.vitality.get(network.id))
        lines += vitality_source.explanation(atlas, network.id)
        self.vitality.setText("\n".join(lines))
        found = findings_source.network_findings(atlas, network.id, data.findings)
        self.findings.setText(
            "\n".join(f"• {line}" for line in found) or self.tr("Nothing notable.")
        )
