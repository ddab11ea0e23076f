"""The settings dialog: one page each for language, analysis, privacy and backups.

Where each setting lives (STYLE.md, practice 11):
- language: the window's QSettings (``WindowSettings.language``; None follows the system);
- analysis thresholds and the default for names in reports and exports: the atlas
  (they change results, so everyone opening the file sees the same), saved as one
  undoable step (``SettingCommand`` of the tasks UI);
- backups: the user's backup policy file (:mod:`desktop_app.store.backup_policy`),
  because the store that makes the backups does not read Qt settings.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import qt_i18n
from desktop_app.analysis import settings as analysis_settings
from desktop_app.reports.export import INCLUDE_NAMES_SETTING
from desktop_app.store import AtlasError
from desktop_app.store.backup_policy import MAXIMUM, BackupPolicy, load_policy, save_policy
from desktop_app.ui.tasks.commands import SettingCommand
from desktop_app.ui.window.context import WindowContext

#: The analysis settings the dialog shows, in this order (keys of analysis/settings.py).
ANALYSIS_SETTINGS = (
    analysis_settings.HALF_LIFE_DAYS,
    analysis_settings.SILENCE_DAYS,
    analysis_settings.TREND_WINDOW_DAYS,
    analysis_settings.TREND_STABLE_POINTS,
    analysis_settings.TREND_FALLING_FAST_POINTS,
    analysis_settings.OBSTACLE_OPEN_DAYS,
    analysis_settings.SUPPORT_UNASSIGNED_DAYS,
    analysis_settings.MIN_CLUSTER_SIZE,
    analysis_settings.BRIDGE_TOP_SHARE,
)


class SettingsDialog(QDialog):
    def __init__(
        self, context: WindowContext, set_language: Callable[[str], None], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.window_settings = context.settings
        self.set_language = set_language
        self.session = context.session
        self.setWindowTitle(self.tr("Settings"))
        self.pages = QTabWidget(self)
        self.pages.addTab(self._scrolled(self._general_page()), self.tr("General"))
        self.pages.addTab(self._scrolled(self._analysis_page()), self.tr("Analysis"))
        self.pages.addTab(self._scrolled(self._privacy_page()), self.tr("Privacy"))
        self.pages.addTab(self._scrolled(self._backup_page()), self.tr("Backups"))
        self.error = QLabel(self)
        self.error.setObjectName("settings_error")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 520)

    def _scrolled(self, page: QWidget) -> QScrollArea:
        """Pages scroll rather than push the dialog past a small (or scaled) screen."""
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(page)
        return area

    @staticmethod
    def _hint(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setStyleSheet("color: #555555;")
        return label

    # -- pages ----------------------------------------------------------------------
    def _general_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.language = QComboBox(page)
        self.language.setObjectName("settings_language")
        system = "Nederlands" if qt_i18n.system_language() == "nl" else "English"
        self.language.addItem(self.tr("As the system (%1)").replace("%1", system), None)
        self.language.addItem("Nederlands", "nl")
        self.language.addItem("English", "en")
        chosen = self.window_settings.language
        self.language.setCurrentIndex({"nl": 1, "en": 2}.get(chosen or "", 0))
        form.addRow(self.tr("Language"), self.language)
        form.addRow(
            "",
            self._hint(self.tr("Dates are shown as 27-11-2026 and weeks start on Monday."), page),
        )
        return page

    def _analysis_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        form = QFormLayout()
        labels = {
            analysis_settings.HALF_LIFE_DAYS.key: self.tr("Half-life of a signal"),
            analysis_settings.SILENCE_DAYS.key: self.tr("Silent after"),
            analysis_settings.TREND_WINDOW_DAYS.key: self.tr("Trend window"),
            analysis_settings.TREND_STABLE_POINTS.key: self.tr("Stable trend within"),
            analysis_settings.TREND_FALLING_FAST_POINTS.key: self.tr("Falling fast from"),
            analysis_settings.OBSTACLE_OPEN_DAYS.key: self.tr("Obstacle open too long after"),
            analysis_settings.SUPPORT_UNASSIGNED_DAYS.key: self.tr(
                "Support unassigned too long after"
            ),
            analysis_settings.MIN_CLUSTER_SIZE.key: self.tr("Smallest cluster"),
            analysis_settings.BRIDGE_TOP_SHARE.key: self.tr("Share of bridge networks"),
        }
        suffixes = {
            analysis_settings.TREND_STABLE_POINTS.key: self.tr(" points"),
            analysis_settings.TREND_FALLING_FAST_POINTS.key: self.tr(" points"),
            analysis_settings.MIN_CLUSTER_SIZE.key: self.tr(" networks"),
            analysis_settings.BRIDGE_TOP_SHARE.key: "",
        }
        atlas = self.session.atlas if self.session is not None else None
        self.analysis: dict[str, QSpinBox | QDoubleSpinBox] = {}
        for setting in ANALYSIS_SETTINGS:
            spin: QSpinBox | QDoubleSpinBox
            if setting.integer:
                spin = QSpinBox(page)
                spin.setRange(int(setting.minimum), int(setting.maximum))
                spin.setValue(int(setting.read(atlas)))
            else:
                spin = QDoubleSpinBox(page)
                spin.setLocale(QLocale())
                spin.setDecimals(3)
                spin.setSingleStep(0.01)
                spin.setRange(setting.minimum, setting.maximum)
                spin.setValue(float(setting.read(atlas)))
            spin.setObjectName(f"setting_{setting.key}")
            spin.setSuffix(suffixes.get(setting.key, self.tr(" days")))
            spin.setToolTip(str(setting.description))
            form.addRow(labels[setting.key], spin)
            form.addRow("", self._hint(str(setting.description), page))
            self.analysis[setting.key] = spin
        layout.addLayout(form)
        layout.addWidget(self._atlas_note(page))
        layout.addStretch(1)
        return page

    def _privacy_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.include_names = QCheckBox(
            self.tr("Show residents' real names in new reports and exports"), page
        )
        self.include_names.setObjectName("settings_include_names")
        atlas = self.session.atlas if self.session is not None else None
        self.include_names.setChecked(
            bool(atlas.setting(INCLUDE_NAMES_SETTING, False)) if atlas is not None else False
        )
        layout.addWidget(self.include_names)
        layout.addWidget(
            self._hint(
                self.tr(
                    "Off (recommended): residents appear under a pseudonym (Resident 1, "
                    "Resident 2, ...) in reports and exports, unless names are asked for "
                    "that one report or export."
                ),
                page,
            )
        )
        layout.addWidget(self._atlas_note(page))
        layout.addStretch(1)
        return page

    def _backup_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.policy = load_policy()
        self.backup_folder = QLineEdit(str(self.policy.root()), page)
        self.backup_folder.setObjectName("settings_backup_folder")
        choose = QPushButton(self.tr("Choose…"), page)
        choose.clicked.connect(self.on_choose_folder_clicked)
        default = QPushButton(self.tr("Default"), page)
        default.clicked.connect(self.on_default_folder_clicked)
        row = QHBoxLayout()
        row.addWidget(self.backup_folder, 1)
        row.addWidget(choose)
        row.addWidget(default)
        form.addRow(self.tr("Backup folder"), row)
        form.addRow(
            "",
            self._hint(
                self.tr(
                    "A backup is made when an atlas is opened (once a day) and before an "
                    "import, a migration or a restore. Keep it on another disk than a "
                    "shared atlas. Existing backups stay where they are."
                ),
                page,
            ),
        )
        self.keep: dict[str, QSpinBox] = {}
        for key, label in (
            ("daily", self.tr("Daily backups to keep")),
            ("weekly", self.tr("Weekly backups to keep")),
            ("monthly", self.tr("Monthly backups to keep")),
        ):
            spin = QSpinBox(page)
            spin.setObjectName(f"settings_keep_{key}")
            spin.setRange(1, MAXIMUM[key])
            spin.setValue(getattr(self.policy, key))
            form.addRow(label, spin)
            self.keep[key] = spin
        form.addRow(
            "",
            self._hint(self.tr("All backups of the last 24 hours are always kept."), page),
        )
        return page

    def _atlas_note(self, parent: QWidget) -> QLabel:
        if self.session is None:
            text = self.tr("Open an atlas to change these settings.")
        elif self.session.atlas.read_only:
            text = self.tr("This atlas is open read-only: these settings cannot be changed.")
        else:
            text = self.tr(
                "Stored in the atlas, so everyone using it sees the same results. Undo with Ctrl+Z."
            )
        editable = self.session is not None and not self.session.atlas.read_only
        for spin in getattr(self, "analysis", {}).values():
            spin.setEnabled(editable)
        if hasattr(self, "include_names"):
            self.include_names.setEnabled(editable)
        return self._hint(text, parent)

    # -- slots ----------------------------------------------------------------------
    def on_choose_folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Backup folder"), self.backup_folder.text()
        )
        if folder:
            self.backup_folder.setText(folder)

    def on_default_folder_clicked(self) -> None:
        self.backup_folder.setText(str(BackupPolicy().root()))

    def atlas_changes(self) -> tuple[dict[str, Any], dict[str, Any]]:
        """(before, after) of the atlas settings the user changed."""
        before: dict[str, Any] = {}
        after: dict[str, Any] = {}
        if self.session is None or self.session.atlas.read_only:
            return before, after
        atlas = self.session.atlas
        for setting in ANALYSIS_SETTINGS:
            old = setting.read(atlas)
            new = self.analysis[setting.key].value()
            new = int(new) if setting.integer else round(float(new), 6)
            if new != old:
                before[setting.key] = atlas.setting(setting.key, setting.default)
                after[setting.key] = new
        old_names = bool(atlas.setting(INCLUDE_NAMES_SETTING, False))
        if self.include_names.isChecked() != old_names:
            before[INCLUDE_NAMES_SETTING] = old_names
            after[INCLUDE_NAMES_SETTING] = self.include_names.isChecked()
        return before, after

    def backup_policy(self) -> BackupPolicy:
        text = self.backup_folder.text().strip()
        default = str(BackupPolicy().root())
        return BackupPolicy(
            None if not text or text == default else text,
            self.keep["daily"].value(),
            self.keep["weekly"].value(),
            self.keep["monthly"].value(),
        )

    def on_ok_clicked(self) -> None:
        self.error.hide()
        policy = self.backup_policy()
        if policy != self.policy:
            try:
                if policy.folder:
                    policy.root().mkdir(parents=True, exist_ok=True)
                save_policy(policy)
            except (OSError, ValueError, AtlasError) as exc:
                self._show_error(self.tr("The backup settings were not saved: %1"), exc)
                self.pages.setCurrentIndex(3)
                return
            self.policy = policy
        before, after = self.atlas_changes()
        if after:
            try:
                self.session.execute(
                    SettingCommand(self.session, before, after, self.tr("Change settings"))
                )
            except AtlasError as exc:
                self._show_error(self.tr("The settings were not saved: %1"), exc)
                return
        self._apply_language()
        self.accept()

    def _apply_language(self) -> None:
        chosen = self.language.currentData()
        if chosen == self.window_settings.language:
            return
        self.set_language(chosen or qt_i18n.system_language())
        self.window_settings.language = chosen  # None: follow the system at the next start
        self.window_settings.sync()

    def _show_error(self, template: str, exc: Exception) -> None:
        self.error.setText(template.replace("%1", str(exc)))
        self.error.show()
