"""The user guide, the shortcut overview and the About box."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__, i18n, paths


class _LocalTextBrowser(QTextBrowser):
    """Shows our own documents only: no links followed, no resources loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, type_: int, name: QUrl):
        return None


def guide_path(language: str | None = None):
    name = "handleiding.md" if (language or i18n.language()) == "nl" else "user-guide.md"
    return paths.docs_dir() / name


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = _LocalTextBrowser(self)
        path = guide_path()
        text = path.read_text(encoding="utf-8") if path.exists() else self.tr("Guide not found.")
        self.browser.setMarkdown(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)


class ShortcutsDialog(QDialog):
    """Every action of the window that has a shortcut, read from the window itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = sorted(
            {
                (
                    action.text().replace("&", ""),
                    action.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                )
                for action in (parent.findChildren(QAction) if parent else [])
                if not action.shortcut().isEmpty() and action.text()
            },
            key=lambda r: r[0].lower(),
        )
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, (text, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(text))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(480, 520)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Zwermkaart"))
        title = QLabel(f"Zwermkaart {__version__}", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "An atlas of residents' networks for neighbourhood coordinators.\n"
                "Works offline; your data stays in one file on this computer.\n\n"
                "Licence: European Union Public Licence (EUPL) 1.2.\n"
                "Qt %1, Python %2."
            )
            .replace("%1", _qt_version())
            .replace("%2", _python_version()),
            self,
        )
        text.setTextFormat(Qt.TextFormat.PlainText)
        text.setWordWrap(True)
        self.licence = _LocalTextBrowser(self)
        self.licence.setPlainText(_licence_text())
        self.licence.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        show_licence = buttons.addButton(
            self.tr("Show licence"), QDialogButtonBox.ButtonRole.ActionRole
        )
        show_licence.clicked.connect(self.on_show_licence_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(self.licence, 1)
        layout.addWidget(buttons)
        # No fixed height: with the licence hidden, spare height only spread the lines apart.
        self.resize(560, self.sizeHint().height())

    def on_show_licence_clicked(self) -> None:
        shown = not self.licence.isVisible()
        self.licence.setVisible(shown)
        if shown:
            screen = self.screen().availableGeometry()
            self.resize(max(self.width(), 640), min(max(self.height(), 560), screen.height()))
        else:
            self.resize(self.width(), self.minimumSizeHint().height())


def _licence_text() -> str:
    path = paths.app_root() / "LICENSE"
    return path.read_text(encoding="utf-8") if path.exists() else "EUPL-1.2"


def _qt_version() -> str:
    from PySide6.QtCore import qVersion

    return qVersion()


def _python_version() -> str:
    import platform

    return platform.python_version()
