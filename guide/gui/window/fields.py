"""The window's two fields: the navigator's filter (with its Unwatched Only button beside it,
or under it when the column is narrow) and the toolbar's search."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLineEdit, QSizePolicy, QWidget

from guide.gui.i18n import tr


def filter_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName("filter_field")
    field.setAccessibleName(tr("Filter navigator"))
    field.setPlaceholderText(tr("Filter"))  # short: the column is narrow
    field.setToolTip(tr("Narrow the navigator by title or show (Ctrl+L)"))
    field.setClearButtonEnabled(True)
    return field


def search_field(parent: QWidget) -> QLineEdit:
    field = QLineEdit(parent)
    field.setObjectName("search_field")
    field.setAccessibleName(tr("Search library"))
    field.setPlaceholderText(tr("Search (Ctrl+K)"))
    field.setToolTip(tr("Search every article and note (Ctrl+K)"))
    field.setClearButtonEnabled(True)
    field.setMaximumWidth(320)
    # Room for its words; toolbar buttons that no longer fit move into the » menu.
    field.setMinimumWidth(field.fontMetrics().horizontalAdvance(field.placeholderText()) + 48)
    return field


class FilterRow(QWidget):
    """The navigator's filter field and its Unwatched Only button: side by side when both fit,
    the button under the field when the column (or a language's longer words) is too narrow."""

    def __init__(self, field: QLineEdit, button: QWidget, parent: QWidget):
        super().__init__(parent)
        self.field, self.button = field, button
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addWidget(field, 1)
        self.box.addWidget(button, 0, Qt.AlignmentFlag.AlignLeading)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def resizeEvent(self, event: QResizeEvent) -> None:
        field = self.field.fontMetrics().horizontalAdvance(self.field.placeholderText()) + 48
        needed = field + self.box.spacing() + self.button.sizeHint().width()
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= needed
            else QBoxLayout.Direction.TopToBottom
        )
        if self.box.direction() != wanted:
            self.box.setDirection(wanted)
            self.updateGeometry()  # one row or two: the navigator takes the rest
        super().resizeEvent(event)
