"""Edit the thresholds behind vitality and 'where to look today' (atlas settings, undoable)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.analysis import settings as analysis_settings
from desktop_app.store import AtlasError
from desktop_app.ui.tasks.commands import SettingCommand


class ThresholdsDialog(QDialog):
    """Half-life, silence period, trend window, obstacle and support limits (in days)."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Thresholds"))
        self.settings = (
            (analysis_settings.HALF_LIFE_DAYS, self.tr("Half-life of a signal")),
            (analysis_settings.SILENCE_DAYS, self.tr("Silent after")),
            (analysis_settings.TREND_WINDOW_DAYS, self.tr("Trend window")),
            (analysis_settings.OBSTACLE_OPEN_DAYS, self.tr("Obstacle open too long after")),
            (
                analysis_settings.SUPPORT_UNASSIGNED_DAYS,
                self.tr("Support unassigned too long after"),
            ),
        )
        self.spins: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for setting, text in self.settings:
            spin = QSpinBox(self)
            spin.setRange(int(setting.minimum), int(setting.maximum))
            spin.setValue(int(setting.read(session.atlas)))
            spin.setSuffix(self.tr(" days"))
            spin.setToolTip(str(setting.description))
            help_text = QLabel(str(setting.description), self)
            help_text.setTextFormat(Qt.TextFormat.PlainText)
            help_text.setWordWrap(True)
            help_text.setStyleSheet("color: #555555;")
            form.addRow(text, spin)
            form.addRow("", help_text)
            self.spins[setting.key] = spin
        note = QLabel(
            self.tr("These settings are stored in the atlas, so everyone using it sees the same.")
        )
        note.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_save_requested)
        self.buttons.rejected.connect(self.reject)

    def changes(self) -> tuple[dict, dict]:
        """(before, after) of the settings whose value the user changed."""
        before, after = {}, {}
        for setting, _ in self.settings:
            old = setting.read(self.session.atlas)
            new = self.spins[setting.key].value()
            if new != old:
                before[setting.key] = old
                after[setting.key] = new
        return before, after

    def on_save_requested(self) -> None:
        before, after = self.changes()
        if after:
            try:
                self.session.execute(
                    SettingCommand(self.session, before, after, self.tr("Change thresholds"))
                )
            except AtlasError as exc:
                self.error.setText(str(exc))
                self.error.show()
                return
        self.accept()
