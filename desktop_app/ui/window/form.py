"""Dialog forms with a validation message next to each field and OK only when valid."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.ui.window.widgets import error_label, format_date, parse_date


class DateField(QLineEdit):
    """An optional date typed as 27-11-2026 (empty: no date)."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("dd-mm-yyyy"))
        self.setMaximumWidth(140)
        self.set_date(value)

    def set_date(self, value: date | None) -> None:
        self.setText(format_date(value))

    def is_valid(self) -> bool:
        try:
            parse_date(self.text())
        except ValueError:
            return False
        return True

    def date(self) -> date | None:
        """The date (None when empty); only call when :meth:`is_valid`."""
        return parse_date(self.text())


class FormDialog(QDialog):
    """Subclasses add fields with :meth:`add_field` and implement :meth:`problems`."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._errors: dict[str, QLabel] = {}
        self._fields: list[QWidget] = []
        self._ready = False  # fields are still being built: nothing to check yet
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        self.outer = QVBoxLayout(self)

    def new_form(self, parent: QWidget | None = None) -> QFormLayout:
        form = QFormLayout(parent)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return form

    def add_field(self, form: QFormLayout, key: str, caption: str, widget: QWidget) -> QWidget:
        """A row: caption, then the field with its (hidden) error message under it."""
        holder = QWidget(form.parentWidget())
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        error = error_label(holder)
        error.setObjectName(f"error_{key}")
        box.addWidget(error)
        self._errors[key] = error
        self._fields.append(widget)
        caption_label = QLabel(caption, form.parentWidget())
        caption_label.setBuddy(widget)
        form.addRow(caption_label, holder)
        self.watch(widget)
        return widget

    def watch(self, widget: QWidget) -> None:
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.textChanged.connect(self.revalidate)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.revalidate)
            if widget.isEditable():
                widget.editTextChanged.connect(self.revalidate)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(self.revalidate)

    def problems(self) -> dict[str, str]:
        """Field key -> what is wrong with it, in the user's language."""
        return {}

    def revalidate(self, *_args) -> bool:
        if not self._ready:
            return False
        problems = self.problems()
        for key, label in self._errors.items():
            message = problems.get(key, "")
            label.setText(message)
            label.setVisible(bool(message))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not problems)
        return not problems

    def error_text(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if not label.isHidden() else ""

    def date_problem(self, field: DateField) -> str | None:
        if field.is_valid():
            return None
        return QCoreApplication.translate(
            "FormDialog", "Not a date: use dd-mm-yyyy, e.g. 27-11-2026."
        )

    def period_problems(self, since: DateField, until: DateField) -> dict[str, str]:
        """Problems of a since/until pair: each must be a date, and until not before since."""
        found: dict[str, str] = {}
        for key, field in (("since", since), ("until", until)):
            if problem := self.date_problem(field):
                found[key] = problem
        if not found and since.date() and until.date() and until.date() < since.date():
            found["until"] = QCoreApplication.translate("FormDialog", "Until lies before since.")
        return found

    def finish(self) -> None:
        """Put OK/Cancel under the content and check the fields once."""
        self.outer.addWidget(self.buttons)
        self._ready = True
        self.revalidate()

    def showEvent(self, event) -> None:
        """Open with the cursor in the first field one can type in, not on Cancel."""
        super().showEvent(event)
        focus = self.focusWidget()
        if focus is None or isinstance(focus, QAbstractButton):
            for field in self._fields:
                for widget in (field, *field.findChildren(QWidget)):
                    if widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                        widget.setFocus(Qt.FocusReason.OtherFocusReason)
                        return

    def _accept_if_valid(self) -> None:
        if self.revalidate():
            self.accept()


def combo_select_data(combo: QComboBox, value) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def name_problem(text: str) -> str | None:
    text = text.strip()
    if not text:
        return QCoreApplication.translate("FormDialog", "A name is required.")
    if len(text) > 200:
        return QCoreApplication.translate("FormDialog", "At most 200 characters.")
    return None


__all__ = ["DateField", "FormDialog", "Qt", "combo_select_data", "name_problem"]
